import { describe, expect, it } from 'vitest';
import { normaliseRepositoryUrl, repositoryLinks } from '../../../src/lib/content/repository-links';

const page = {
  file: 'content/lessons/planning/setting-the-budget.mdx',
  title: 'Setting the budget',
  pageUrl: 'https://example.github.io/one-voice/lessons/setting-the-budget/',
};

describe('repository links', () => {
  it('are left out when no repository is configured or the value is not a web address', () => {
    for (const value of [undefined, '', 'not a url', 'git@github.com:you/one-voice.git', 'ftp://host/repo']) {
      expect(repositoryLinks(value, 'main', page)).toBeUndefined();
    }
  });
  it('point at the source file in the web editor and at a prefilled new issue', () => {
    const links = repositoryLinks('https://github.com/you/one-voice', 'main', page);
    expect(links?.edit).toBe(
      'https://github.com/you/one-voice/edit/main/content/lessons/planning/setting-the-budget.mdx',
    );
    const report = new URL(links?.report ?? '');
    expect(report.origin + report.pathname).toBe('https://github.com/you/one-voice/issues/new');
    expect(report.searchParams.get('title')).toBe('Problem on "Setting the budget"');
    expect(report.searchParams.get('body')).toContain(`Page: ${page.pageUrl}`);
    expect(report.searchParams.get('body')).toContain(`Source: ${page.file}`);
  });
  it('accept a trailing slash or .git and a branch other than main', () => {
    expect(normaliseRepositoryUrl('https://github.com/you/one-voice.git/')).toBe('https://github.com/you/one-voice');
    const links = repositoryLinks('https://github.com/you/one-voice/', 'course/2027', page);
    expect(links?.edit).toBe(
      'https://github.com/you/one-voice/edit/course/2027/content/lessons/planning/setting-the-budget.mdx',
    );
  });
  it('encode a title that would otherwise break the query', () => {
    const links = repositoryLinks('https://github.com/you/one-voice', 'main', { ...page, title: 'A & B? #1' });
    expect(new URL(links?.report ?? '').searchParams.get('title')).toBe('Problem on "A & B? #1"');
  });
});

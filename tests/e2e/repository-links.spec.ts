// "Edit this page" and "Report a problem": on every lesson of a build made with REPO_URL (the root
// build of `npm test`, like the GitHub Pages workflow's build), pointing at a source file that exists
// in this repository; and absent from a build made without it (the sub-path build). No server needed
// for the file checks; the keyboard check uses the served root build.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from './built-pages';

const REPO = 'https://github.com/one-voice-course/one-voice';
const lessonPages = (dist: string) => builtPagePaths(dist).filter((path) => /\/lessons\/[^/]+\/$/.test(path));
const html = (dist: string, page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');

test('every lesson links to its own source file and to a prefilled issue', () => {
  test.skip(!existsSync('dist'), 'dist has not been built');
  const pages = lessonPages('dist');
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const source = html('dist', page);
    const edit = source.match(new RegExp(`href="${REPO}/edit/main/([^"]+)"`))?.[1];
    expect(edit, `${page} has no "Edit this page" link`).toBeDefined();
    expect(existsSync(decodeURIComponent(edit ?? '')), `${page} edits ${edit}, which is not in the repository`).toBe(
      true,
    );
    expect(source).toContain(`href="${REPO}/issues/new?`);
  }
});

test('a build without REPO_URL shows neither link', () => {
  test.skip(!existsSync('dist-subpath'), 'dist-subpath has not been built');
  for (const page of lessonPages('dist-subpath')) {
    expect(html('dist-subpath', page)).not.toContain('Edit this page');
  }
});

test('the links are reachable by keyboard after the lesson text', async ({ page }) => {
  await page.goto('/lessons/setting-the-budget/');
  const nav = page.getByRole('navigation', { name: 'Improve this lesson' });
  await expect(nav.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    `${REPO}/edit/main/content/lessons/planning/setting-the-budget.mdx`,
  );
  await nav.getByRole('link', { name: 'Report a problem' }).focus();
  await expect(nav.getByRole('link', { name: 'Report a problem' })).toBeFocused();
  const box = await nav.getByRole('link', { name: 'Report a problem' }).boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
});

// "Edit this page" and "Report a problem" links for a copy of the course hosted from a Git repository.
// Both come from one configured repository URL (REPO_URL, e.g. https://github.com/you/one-voice) and are
// left out when none is set, so a copy without a public repository shows no dead links.
// GitHub's URL shapes; GitLab and Gitea accept the same /edit/ and /issues/new forms closely enough
// for a link, which is all this is.

export interface RepositoryLinks {
  /** Opens the page's source file in the host's web editor (a fork is offered to non-members). */
  edit: string;
  /** Opens a new issue with the page's title and address filled in. */
  report: string;
}

export interface PageSource {
  /** The source file, relative to the repository root: content/lessons/<module>/<lesson>.mdx. */
  file: string;
  title: string;
  /** The page's public address, for the issue body (absolute when the site URL is known). */
  pageUrl: string;
}

/** The repository URL without a trailing slash or ".git", or undefined when it is not an http(s) URL. */
export function normaliseRepositoryUrl(repoUrl: string | undefined): string | undefined {
  if (!repoUrl) return undefined;
  let url: URL;
  try {
    url = new URL(repoUrl.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
}

export function repositoryLinks(
  repoUrl: string | undefined,
  branch: string,
  page: PageSource,
): RepositoryLinks | undefined {
  const repo = normaliseRepositoryUrl(repoUrl);
  if (!repo) return undefined;
  const segments = (path: string) => path.split('/').map(encodeURIComponent).join('/');
  const file = segments(page.file.replace(/^\.?\/+/, ''));
  const title = `Problem on "${page.title}"`;
  const body = [
    `Page: ${page.pageUrl}`,
    `Source: ${page.file}`,
    '',
    'What is wrong (a fact, a typo, something that does not work), and what it should say or do:',
    '',
  ].join('\n');
  const query = new URLSearchParams({ title, body });
  return {
    // GitHub resolves a branch name with slashes in this path, so its slashes stay.
    edit: `${repo}/edit/${segments(branch)}/${file}`,
    report: `${repo}/issues/new?${query.toString()}`,
  };
}

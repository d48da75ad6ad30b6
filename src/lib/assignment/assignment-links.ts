// Building and reading the links themselves. The data rides in the URL fragment (#a=... / #r=...),
// which browsers never send to a server.

export const ASSIGNMENT_KEY = 'a';
export const RECEIPT_KEY = 'r';

/** `pageUrl` is the absolute address of the student view or receipt page. */
export function linkWithToken(pageUrl: string, key: string, token: string): string {
  return `${pageUrl.replace(/#.*$/, '')}#${key}=${token}`;
}

/** The token under `key` in a location hash ("#a=..."), or '' when there is none. */
export function tokenFromHash(hash: string, key: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(key) ?? '';
}

/**
 * Google Classroom's documented share link (https://classroom.google.com/share?url=...): a plain
 * link, so nothing is loaded from Google until the instructor clicks it.
 */
export function classroomShareUrl(link: string, title?: string): string {
  const params = new URLSearchParams({ url: link });
  if (title) params.set('title', title);
  return `https://classroom.google.com/share?${params.toString()}`;
}

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

const PASS_PARAM = 'pass';

/**
 * A quiz's page link as an assignment opens it: with the assignment's pass mark in the query
 * (?pass=80), so the quiz grades and says the same mark as the checklist, and the quiz's own anchor kept.
 */
export function quizLinkWithPassMark(quizHref: string, passPercent: number): string {
  const [path = '', anchor] = quizHref.split('#');
  const [base = '', query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  params.set(PASS_PARAM, String(passPercent));
  return `${base}?${params.toString()}${anchor === undefined ? '' : `#${anchor}`}`;
}

/** The pass mark an assignment link set (a whole percent from 1 to 100), or undefined. */
export function passMarkFromSearch(search: string): number | undefined {
  const text = new URLSearchParams(search).get(PASS_PARAM) ?? '';
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 && value <= 100 ? value : undefined;
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

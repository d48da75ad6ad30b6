// The service worker's routing rules, as plain functions without imports or outside names: the build
// copies their source into dist/sw.js (service-worker-source.mjs), and tests/unit/offline tests them here.

/**
 * How the worker answers one request: 'page' (network first, then the cache), 'asset' (the cache first,
 * for scripts, styles, images and the search index), or 'network' (not touched: other origins, other
 * sites on the same origin, non-GET requests, ranges, and the worker's own script).
 * @param {{ url: string, method: string, mode: string, hasRange?: boolean }} request
 * @param {string} origin the worker's origin
 * @param {string} base the site's base path, with a trailing slash ("/" or "/one-voice/")
 * @returns {'page' | 'asset' | 'network'}
 */
export function routeFor(request, origin, base) {
  if (request.method !== 'GET' || request.hasRange) return 'network';
  const url = new URL(request.url);
  if (url.origin !== origin || !url.pathname.startsWith(base)) return 'network';
  if (url.pathname === `${base}sw.js`) return 'network';
  return request.mode === 'navigate' ? 'page' : 'asset';
}

/**
 * The URL a response is kept under: without its query and fragment, so Pagefind's `?ts=` cache
 * buster (and a search page's `?q=`) find the one precached copy.
 * @param {string} url
 * @returns {string}
 */
export function requestKey(url) {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * A cache this site made for an earlier version: same prefix (so another site on the same origin,
 * such as a second GitHub Pages project, keeps its caches), another name.
 * @param {string} name
 * @param {string} prefix
 * @param {string} current
 * @returns {boolean}
 */
export function isOldCache(name, prefix, current) {
  return name.startsWith(prefix) && name !== current;
}

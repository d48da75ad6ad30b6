// From the files of a build to what the service worker precaches, and the version that names its
// cache. Pure functions over plain data (paths and their contents' hashes): the integration
// (scripts/offline-integration.mjs) reads the files, tests/unit/offline tests the rules.
import { createHash } from 'node:crypto';

/**
 * Files that are not site content: host configuration, the worker itself, crawler files, the LMS
 * exports (instructors download those while online; they are cached if fetched), and the print-only
 * books (/print/..., large pages that scripts/remix-pdf.mjs prints; no page links them).
 */
export const NOT_PRECACHED = [
  /^sw\.js$/,
  /^_headers$/,
  /^_redirects$/,
  /^robots\.txt$/,
  /^sitemap[^/]*\.xml$/,
  /^exports\//,
  /^print\//,
];

/**
 * The URL a built file is fetched by: pages by their directory ("lessons/x/index.html" -> "/base/lessons/x/").
 * @param {string} file a path inside the build, with forward slashes
 * @param {string} base the base path with a trailing slash
 */
export function urlOfFile(file, base) {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return base + file.slice(0, -'index.html'.length);
  return base + file;
}

/**
 * The URLs to precache, sorted, for the files of a build.
 * @param {string[]} files paths inside the build, with forward slashes
 * @param {string} base
 * @returns {string[]}
 */
export function precacheUrls(files, base) {
  return files
    .filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file)))
    .map((file) => urlOfFile(file, base))
    .sort();
}

/**
 * The build's version: a hash of every file's path and content hash, so any change to any file
 * (and nothing else) makes a new version.
 * @param {{ file: string, hash: string }[]} files
 * @returns {string} 16 hex digits
 */
export function buildVersion(files) {
  const lines = files.map(({ file, hash }) => `${file}\t${hash}\n`).sort();
  return createHash('sha256').update(lines.join('')).digest('hex').slice(0, 16);
}

/** @param {Buffer | string} content */
export const contentHash = (content) => createHash('sha256').update(content).digest('hex');

/** The prefix of every cache the site's worker makes for this base (one origin may hold several sites). */
export const cachePrefix = (base) => `one-voice:${base}:`;

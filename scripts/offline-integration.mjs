// Writes dist/sw.js as the very last step of the build, after the Pagefind index (list this
// integration after pagefindIndex() in astro.config.mjs: Astro runs `astro:build:done` hooks in
// order), so the worker's precache list and version cover every file the build ships.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVersion, cachePrefix, contentHash, precacheUrls, urlOfFile } from './offline/precache-manifest.mjs';
import { serviceWorkerSource } from './offline/service-worker-source.mjs';
import { lateStepsWanted, recordLateSteps } from './late-steps.mjs';

/** A page that has not answered after this long is served from the cache (the network keeps trying). */
const PAGE_TIMEOUT_MS = 3000;

/** @param {string} dir */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * Writes `site`sw.js, precaching the built files (Pagefind's index included: run it after the index).
 * @param {string} site the built site's folder @param {string} base the site's base path, ending in "/"
 * @param {{ info: (message: string) => void }} logger
 */
export function writeServiceWorker(site, base, logger) {
  // One file in memory at a time: at 1,000 lessons dist holds hundreds of megabytes, and holding
  // them all to hash them was the build's last memory peak.
  const files = walk(site).map((path) => {
    const content = readFileSync(path);
    return { file: relative(site, path).split(sep).join('/'), hash: contentHash(content), size: content.length };
  });
  const precache = precacheUrls(
    files.map((f) => f.file),
    base,
  );
  const version = buildVersion(files.map(({ file, hash }) => ({ file, hash })));
  const config = { version, base, cachePrefix: cachePrefix(base), precache, pageTimeoutMs: PAGE_TIMEOUT_MS };
  writeFileSync(join(site, 'sw.js'), serviceWorkerSource(config));
  const precached = new Set(precache);
  const bytes = files.filter((f) => precached.has(urlOfFile(f.file, base))).reduce((n, f) => n + f.size, 0);
  logger.info(`sw.js ${version}: ${precache.length} files precached (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
}

/** @returns {import('astro').AstroIntegration} */
export function offlineSupport() {
  let base = '/';
  return {
    name: 'one-voice:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Under `npm run build` the wrapper writes sw.js after Pagefind, in its own process (late-steps.mjs).
        if (lateStepsWanted()) recordLateSteps({ site, base });
        else writeServiceWorker(site, base, logger);
      },
    },
  };
}

// Builds the Pagefind search index as the last step of the build, through Pagefind's Node API, so
// `npm run build` always ships a search index that matches the pages. `npm run build` (scripts/build.mjs)
// runs it after `astro build` has exited, so the index's memory is not added to the build's; a bare
// `astro build` still runs it in its `astro:build:done` hook.
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { lateStepsWanted } from './late-steps.mjs';

/** Pagefind's prebuilt interfaces, written with every index; the site's own search box replaces them. */
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Indexes the built site in `site` (a directory path ending in "/") into `site`pagefind/.
 * @param {string} site @param {{ info: (message: string) => void }} logger
 */
export async function indexSite(site, logger) {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length) throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The search page uses pagefind.js (and its worker and WebAssembly) only: drop the prebuilt UIs.
  for (const unused of UNUSED_BUNDLES) rmSync(`${site}pagefind/${unused}`, { force: true });
  logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
}

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'one-voice:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!lateStepsWanted()) await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}

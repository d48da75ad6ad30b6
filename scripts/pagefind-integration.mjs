// Builds the Pagefind search index as the last step of `astro build`, through Pagefind's Node API,
// so `npm run build` always ships a search index that matches the pages.
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';

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

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'one-voice:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
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
      },
    },
  };
}

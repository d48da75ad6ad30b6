// Two things Astro 7 puts in the wrong place in every built page, moved by `headInOrder` below (run on
// the built files by the integration at the end of this file, wired in astro.config.mjs):
// 1. The Content-Security-Policy <meta>. Astro writes it with the rest of its head content just before
//    </head>, after the layout's inline theme script; a policy only governs what comes after it, so
//    the theme script's hash would count for nothing. It must follow <meta charset> (which has to be
//    in the first 1024 bytes) and precede every script.
// 2. The island style `astro-island,…{display:contents}`. Astro emits it in <body>, just before the
//    page's first island, where a <style> element is invalid HTML (the Nu Html Checker rejects it
//    unless it happens to be the first child of its parent). Its rule is the same on every page and
//    its hash is in the policy either way, so it moves into <head>.
// Neither can be fixed in the layout's markup: Astro places both after the layout has rendered.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET_META = /<meta charset="utf-8"\s*\/?>/i;

/**
 * Returns the page with the CSP <meta> directly after <meta charset> and the island style in <head>.
 * Throws, naming the reason, when the page lacks the landmarks it moves things between.
 * @param {string} html
 * @returns {string}
 */
export function headInOrder(html) {
  let page = html;
  const csp = page.match(CSP_META)?.[0];
  if (csp) {
    page = page.replace(csp, '');
    const charset = page.match(CHARSET_META);
    if (!charset) throw new Error('a Content-Security-Policy <meta> but no <meta charset="utf-8"> to put it after');
    const at = /** @type {number} */ (charset.index) + charset[0].length;
    page = page.slice(0, at) + csp + page.slice(at);
  }
  const headEnd = page.indexOf('</head>');
  if (headEnd === -1) throw new Error('no </head>');
  const body = page.slice(headEnd);
  if (body.includes(ISLAND_STYLE)) {
    const head = page.slice(0, headEnd);
    page = (head.includes(ISLAND_STYLE) ? head : head + ISLAND_STYLE) + body.replaceAll(ISLAND_STYLE, '');
  }
  return page;
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export function headOrder() {
  return {
    name: 'one-voice:head-order',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const path of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(path, 'utf8');
          let ordered;
          try {
            ordered = headInOrder(html);
          } catch (error) {
            throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
          }
          if (ordered !== html) await writeFile(path, ordered);
          pages++;
        }
        logger.info(`CSP <meta> first and island style in <head> on ${pages} pages`);
      },
    },
  };
}

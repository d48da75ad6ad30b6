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
// And one thing Astro puts in too generously: the policy of every page lists the hashes of every inline
// <script> and <style> of the whole site (about 45 hashes, 1.7 KB gz on each page, though a lesson has
// a dozen inline elements and the home page five). `pagePolicy` keeps only the hashes of this page's own
// inline elements, plus the theme bootstrap's (astro.config.mjs pins it), and fails the build if one of
// them has no hash in Astro's policy: a page whose own inline code the browser would block never ships.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { themeBootstrapScript } from './theme-bootstrap.mjs';

export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET_META = /<meta charset="utf-8"\s*\/?>/i;
// A <script> or <style> element and its text; both are raw-text elements, so the first closing tag ends
// them and the text is exactly what the browser hashes (no entity decoding).
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
// Script types a browser runs, so script-src governs them (an import map too); any other type is a
// data block (application/json, application/ld+json), never run and never checked against the policy.
const RUN_TYPES = new Set(['', 'module', 'importmap', 'text/javascript', 'application/javascript']);
const HASH_SOURCE = /^'sha(256|384|512)-[^']*'$/;

/** @param {string} text @returns {string} the CSP source a browser matches this element text against */
export const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const THEME_BOOTSTRAP = hashSource(themeBootstrapScript);

/** @param {string} attributes @param {string} name @returns {string | undefined} */
function attribute(attributes, name) {
  const match = attributes.match(
    new RegExp(`(?:^|\\s)${name}(?=[\\s=]|$)(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i'),
  );
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * The hash sources the page's own inline elements need, per directive.
 * @param {string} html
 * @returns {{ 'script-src': Set<string>, 'style-src': Set<string> }}
 */
export function inlineHashes(html) {
  const needed = { 'script-src': new Set(), 'style-src': new Set() };
  for (const [, tag, attributes, text] of html.matchAll(INLINE_ELEMENT)) {
    if (tag.toLowerCase() === 'style') {
      needed['style-src'].add(hashSource(text));
      continue;
    }
    if (attribute(attributes, 'src') !== undefined) continue; // an external script: 'self' covers it
    const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase();
    if (RUN_TYPES.has(type)) needed['script-src'].add(hashSource(text));
  }
  return /** @type {{ 'script-src': Set<string>, 'style-src': Set<string> }} */ (needed);
}

/**
 * Astro's site-wide policy cut down to what this page runs: in script-src and style-src only the hash
 * sources of the page's own inline elements (and the theme bootstrap's) stay; every other directive and
 * source ('self', 'wasm-unsafe-eval') stays as it is. Throws, naming the element, if the page has an
 * inline element whose hash Astro's policy lacks.
 * @param {string} policy the content of the CSP <meta>
 * @param {string} html the page
 * @returns {string}
 */
export function pagePolicy(policy, html) {
  const needed = inlineHashes(html);
  const found = { 'script-src': new Set(), 'style-src': new Set() };
  const directives = policy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    if (name !== 'script-src' && name !== 'style-src') return directive;
    const kept = sources.filter((source) => {
      if (!HASH_SOURCE.test(source)) return true;
      if (needed[name].has(source)) found[name].add(source);
      return needed[name].has(source) || (name === 'script-src' && source === THEME_BOOTSTRAP);
    });
    return directive.slice(0, directive.indexOf(name)) + [name, ...kept].join(' ');
  });
  for (const name of /** @type {const} */ (['script-src', 'style-src'])) {
    const missing = [...needed[name]].filter((source) => !found[name].has(source));
    if (missing.length > 0) {
      const element = name === 'script-src' ? '<script>' : '<style>';
      throw new Error(`an inline ${element} whose hash ${missing.join(' ')} is not in the Content-Security-Policy`);
    }
  }
  return directives.join(';');
}

/**
 * Returns the page with its own CSP (see `pagePolicy`) directly after <meta charset> and the island style
 * in <head>.
 * Throws, naming the reason, when the page lacks the landmarks it moves things between.
 * @param {string} html
 * @returns {string}
 */
export function headInOrder(html) {
  let page = html;
  const found = page.match(CSP_META);
  if (found) {
    page = page.replace(found[0], '');
    const csp = found[0].replace(/content="([^"]*)"/, (_, policy) => `content="${pagePolicy(policy, page)}"`);
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
        logger.info(`CSP <meta> first with the page's own hashes, island style in <head>, on ${pages} pages`);
      },
    },
  };
}

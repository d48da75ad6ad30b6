// headInOrder runs on every built page: the CSP <meta> must come before every script, and Astro's island
// style must leave <body>, without anything else moving; and each page's policy keeps only the hashes
// of its own inline elements.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE, hashSource, headInOrder, inlineHashes, pagePolicy } from '../../../src/layouts/head-order.mjs';
import { themeBootstrapScript } from '../../../src/layouts/theme-bootstrap.mjs';

// Computed independently of hashSource, as a browser does: sha256 over the element's UTF-8 text.
const sha = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;
const THEME = sha(themeBootstrapScript);
const CSP = `<meta http-equiv="content-security-policy" content="script-src 'self' ${sha('theme()')}">`;
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('headInOrder', () => {
  it('puts the policy straight after <meta charset>, before the inline theme script', () => {
    const built = page(
      `<meta charset="utf-8"><title>T</title><script>theme()</script>${CSP}<link rel="stylesheet">`,
      '<p>x</p>',
    );
    expect(headInOrder(built)).toBe(
      page(`<meta charset="utf-8">${CSP}<title>T</title><script>theme()</script><link rel="stylesheet">`, '<p>x</p>'),
    );
  });

  it('moves the island style from the body into the head, once', () => {
    const built = page('<meta charset="utf-8">', `<p>intro</p>${ISLAND_STYLE}<astro-island></astro-island>`);
    expect(headInOrder(built)).toBe(
      page(`<meta charset="utf-8">${ISLAND_STYLE}`, '<p>intro</p><astro-island></astro-island>'),
    );
  });

  it('does not add a second island style when the head already has one', () => {
    const built = page(`<meta charset="utf-8">${ISLAND_STYLE}`, `${ISLAND_STYLE}<astro-island></astro-island>`);
    expect(headInOrder(built)).toBe(page(`<meta charset="utf-8">${ISLAND_STYLE}`, '<astro-island></astro-island>'));
  });

  it('leaves a page without policy or islands as it is', () => {
    const built = page('<meta charset="utf-8"><title>T</title>', '<p>No islands here.</p>');
    expect(headInOrder(built)).toBe(built);
  });

  it('fails, saying why, when a page has a policy but no charset to put it after', () => {
    expect(() => headInOrder(page(`<title>T</title>${CSP}`, ''))).toThrow(/no <meta charset="utf-8">/);
  });

  it('fails when the page has no </head>', () => {
    expect(() => headInOrder('<p>fragment</p>')).toThrow(/no <\/head>/);
  });
});

describe('pagePolicy', () => {
  const STATIC = "default-src 'self';img-src 'self' data:;object-src 'none'";
  const sitePolicy = `${STATIC}; script-src 'self' ${THEME} ${sha('a()')} ${sha('b()')}; style-src 'self' ${sha('p{}')} ${sha('q{}')};`;

  it('hashes an element as a browser does, over its exact text, non-ASCII included', () => {
    expect(hashSource('p::after{content:"→"}')).toBe(sha('p::after{content:"→"}'));
    expect(hashSource(' a() ')).not.toBe(hashSource('a()'));
  });

  it("keeps only the hashes of the page's own inline scripts and styles, and the static directives", () => {
    const html = '<head><script>a()</script><style>q{}</style></head>';
    expect(pagePolicy(sitePolicy, html)).toBe(
      `${STATIC}; script-src 'self' ${THEME} ${sha('a()')}; style-src 'self' ${sha('q{}')};`,
    );
  });

  it("keeps the theme bootstrap's hash and sources other than hashes even on a page with no inline element", () => {
    const policy = `${STATIC}; script-src 'self' 'wasm-unsafe-eval' ${THEME} ${sha('a()')}; style-src 'self' ${sha('p{}')}`;
    expect(pagePolicy(policy, '<p>nothing inline</p>')).toBe(
      `${STATIC}; script-src 'self' 'wasm-unsafe-eval' ${THEME}; style-src 'self'`,
    );
  });

  it('fails, naming the hash, when an inline element of the page has no hash in the policy', () => {
    expect(() => pagePolicy(sitePolicy, '<script type="module">c()</script>')).toThrow(
      new RegExp(`inline <script> whose hash ${sha('c()').replace(/[+/]/g, '\\$&')} is not in`),
    );
    expect(() => pagePolicy(sitePolicy, '<style media="print">r{}</style>')).toThrow(/inline <style> whose hash/);
  });

  it('needs no hash for external scripts or data blocks, which script-src never checks as inline code', () => {
    const html =
      '<script src="/x.js" defer></script><script type="application/json">{"a":1}</script>' +
      '<script type="application/ld+json">{}</script><script data-src="y">a()</script>';
    expect(inlineHashes(html)['script-src']).toEqual(new Set([sha('a()')]));
    expect(() => pagePolicy(sitePolicy, html)).not.toThrow();
  });

  it('hashes import maps and classic or module scripts, in any letter case', () => {
    const html = '<SCRIPT type="importmap">{}</SCRIPT><script type="text/javascript">b()</script><Style>p{}</Style>';
    expect(inlineHashes(html)).toEqual({
      'script-src': new Set([sha('{}'), sha('b()')]),
      'style-src': new Set([sha('p{}')]),
    });
  });

  it('prunes the policy of a whole page as headInOrder moves it', () => {
    const built = page(
      `<meta charset="utf-8"><script>a()</script><meta http-equiv="content-security-policy" content="${sitePolicy}">`,
      '<p>x</p>',
    );
    expect(headInOrder(built)).toContain(`script-src 'self' ${THEME} ${sha('a()')}; style-src 'self';`);
  });
});

// headInOrder runs on every built page: the CSP <meta> must come before every script, and Astro's island
// style must leave <body>, without anything else moving.
import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE, headInOrder } from '../../../src/layouts/head-order.mjs';

const CSP = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='">`;
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

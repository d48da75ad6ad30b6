// Astro's HTML compression drops a line break between text and a following element in a template
// ("licensed under\n<a ...>" becomes "licensed under<a ...>"), so words run together on the page
// ("underCC BY 4.0"). Templates write the space explicitly ({' '}); this check finds any that do not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPagePaths } from './built-pages';

const INLINE = '(?:a|strong|em|code|abbr|b|i)';
/** A letter or sentence mark glued to an inline element that opens, or a closing one glued to a word. */
const GLUED = new RegExp(`[A-Za-z,;.:)]<${INLINE}[\\s>]|</${INLINE}>[A-Za-z(]`, 'g');

/** The text around each glued spot in a page's HTML, scripts and styles left out. */
function gluedSpots(html: string): string[] {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  return [...text.matchAll(GLUED)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30));
}

test('the glued-word check finds a lost space and passes a kept one', () => {
  expect(gluedSpots('<p>licensed under<a href="/x">CC BY 4.0</a>.</p>')).toHaveLength(1);
  expect(gluedSpots('<p>the <a href="/x">glossary</a>and more</p>')).toHaveLength(1);
  expect(gluedSpots('<p>licensed under <a href="/x">CC BY 4.0</a>; <strong>done</strong></p>')).toEqual([]);
});

test('no built page runs two words together around a link or emphasis', () => {
  const problems = builtPagePaths('dist').flatMap((path) => {
    const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
    return gluedSpots(readFileSync(file, 'utf8')).map((spot) => `${path}: …${spot}…`);
  });
  expect(problems).toEqual([]);
});

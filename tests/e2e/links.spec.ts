// Every internal link and asset in the built HTML resolves to a file of the same build, for a build
// at the root and for one under a sub-path (GitHub Pages project sites). No server needed.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from './built-pages';

const builds = [
  { dist: 'dist', base: '/' },
  { dist: 'dist-subpath', base: '/one-voice/' },
];

/** The built file a site URL points at, or undefined. */
function target(dist: string, base: string, url: string): string | undefined {
  const path = decodeURI(url.split(/[?#]/)[0] ?? '');
  if (!path.startsWith(base)) return undefined;
  const file = join(dist, path.slice(base.length));
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
}

/** A link's #fragment must name an element of the page it points at (glossary terms, headings). */
function fragmentExists(file: string, url: string): boolean {
  const fragment = url.split('#')[1];
  if (!fragment || !file.endsWith('.html')) return true;
  return readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(fragment)}"`);
}

for (const { dist, base } of builds) {
  test(`every internal link and asset resolves in the build at ${base}`, () => {
    test.skip(!existsSync(dist), `${dist} has not been built`);
    const broken: string[] = [];
    let checked = 0;
    for (const page of builtPagePaths(dist)) {
      const file = join(dist, page.endsWith('/') ? `${page}index.html` : page);
      const html = readFileSync(file, 'utf8');
      const urls = [...html.matchAll(/\s(?:href|src|component-url|renderer-url)="([^"]+)"/g)].map((m) =>
        m[1]!.replace(/&amp;/g, '&'),
      );
      for (const url of urls) {
        if (/^(https?:|mailto:|data:|#|javascript:)/.test(url)) continue;
        checked++;
        if (!url.startsWith('/')) broken.push(`${page}: relative link "${url}" (links must be built with href())`);
        else {
          const file = target(dist, base, url);
          if (!file) broken.push(`${page}: ${url}`);
          else if (!fragmentExists(file, url)) broken.push(`${page}: ${url} (no element with that id)`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
}

test('every page that links lessons with a done mark loads the script that sets it', () => {
  test.skip(!existsSync('dist'), 'dist has not been built');
  const missing: string[] = [];
  let marked = 0;
  for (const page of builtPagePaths('dist')) {
    const html = readFileSync(join('dist', page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    if (!/data-lesson-id=|data-progress-of=/.test(html)) continue;
    marked++;
    if (!/src="[^"]*LessonDoneMarks[^"]*"/.test(html)) missing.push(page);
  }
  expect(marked).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

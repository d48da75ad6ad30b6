// The build's files -> what the service worker precaches, and the version that names its cache.
import { describe, expect, it } from 'vitest';
import {
  buildVersion,
  cachePrefix,
  contentHash,
  precacheUrls,
  urlOfFile,
} from '../../../scripts/offline/precache-manifest.mjs';

const BUILD = [
  'index.html',
  '404.html',
  'lessons/what-is-imc/index.html',
  'search/index.html',
  '_astro/Quiz.Ab12.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/fragment/en_1a.pf_fragment',
  'progress/review/m1.json',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'exports/gift/course.txt',
  'exports/cartridge/course.imscc',
  'print/index.html',
  'print/answers/foundations/index.html',
  '_headers',
  'robots.txt',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'sw.js',
];

describe('precacheUrls', () => {
  it('lists pages by their directory URL and every other file by its own, under the base', () => {
    expect(precacheUrls(BUILD, '/one-voice/')).toEqual([
      '/one-voice/',
      '/one-voice/404.html',
      '/one-voice/_astro/Quiz.Ab12.js',
      '/one-voice/icons/icon-192.png',
      '/one-voice/lessons/what-is-imc/',
      '/one-voice/manifest.webmanifest',
      '/one-voice/pagefind/fragment/en_1a.pf_fragment',
      '/one-voice/pagefind/pagefind-entry.json',
      '/one-voice/pagefind/pagefind.js',
      '/one-voice/progress/review/m1.json',
      '/one-voice/search/',
    ]);
  });

  it('leaves out host files, crawler files, LMS exports, print-only books and the worker itself', () => {
    const urls = precacheUrls(BUILD, '/');
    for (const left of ['/_headers', '/robots.txt', '/sitemap-0.xml', '/sitemap-index.xml', '/sw.js'])
      expect(urls).not.toContain(left);
    expect(urls.filter((u) => u.startsWith('/exports/'))).toEqual([]);
    expect(urls.filter((u) => u.startsWith('/print/'))).toEqual([]);
  });

  it('maps a file to the URL a browser asks for', () => {
    expect(urlOfFile('index.html', '/')).toBe('/');
    expect(urlOfFile('modules/index.html', '/')).toBe('/modules/');
    expect(urlOfFile('pagefind/pagefind.js', '/x/')).toBe('/x/pagefind/pagefind.js');
  });
});

describe('buildVersion', () => {
  const files = [
    { file: 'index.html', hash: contentHash('<h1>One Voice</h1>') },
    { file: '_astro/a.js', hash: contentHash('console.log(1)') },
  ];

  it('is 16 hex digits and does not depend on the order files were found in', () => {
    expect(buildVersion(files)).toMatch(/^[0-9a-f]{16}$/);
    expect(buildVersion([...files].reverse())).toBe(buildVersion(files));
  });

  it('changes when any file changes, is added, or moves', () => {
    const version = buildVersion(files);
    expect(buildVersion([files[0]!, { file: '_astro/a.js', hash: contentHash('console.log(2)') }])).not.toBe(version);
    expect(buildVersion([...files, { file: 'new.html', hash: contentHash('') }])).not.toBe(version);
    expect(buildVersion([files[0]!, { file: '_astro/b.js', hash: files[1]!.hash }])).not.toBe(version);
  });
});

it('names caches per base, so two sites on one origin keep their own', () => {
  expect(cachePrefix('/')).not.toBe(cachePrefix('/one-voice/'));
  expect(cachePrefix('/one-voice/')).toBe('one-voice:/one-voice/:');
});

// The service worker's routing rules (copied into dist/sw.js as source).
import { describe, expect, it } from 'vitest';
import { isOldCache, requestKey, routeFor } from '../../../scripts/offline/sw-routes.mjs';

const ORIGIN = 'https://example.github.io';
const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('routeFor', () => {
  it('sends page navigations network first and everything else of the site cache first', () => {
    expect(routeFor(get(`${ORIGIN}/one-voice/lessons/x/`, 'navigate'), ORIGIN, '/one-voice/')).toBe('page');
    expect(routeFor(get(`${ORIGIN}/one-voice/_astro/Quiz.js`), ORIGIN, '/one-voice/')).toBe('asset');
    expect(routeFor(get(`${ORIGIN}/one-voice/pagefind/pagefind-entry.json?ts=1717`), ORIGIN, '/one-voice/')).toBe(
      'asset',
    );
  });

  it('leaves alone other origins, other sites of the origin, non-GET, ranges and its own script', () => {
    expect(routeFor(get('https://other.example/one-voice/a.js'), ORIGIN, '/one-voice/')).toBe('network');
    expect(routeFor(get(`${ORIGIN}/another-project/`, 'navigate'), ORIGIN, '/one-voice/')).toBe('network');
    expect(routeFor(get(`${ORIGIN}/one-voice`, 'navigate'), ORIGIN, '/one-voice/')).toBe('network');
    expect(routeFor({ ...get(`${ORIGIN}/one-voice/`), method: 'POST' }, ORIGIN, '/one-voice/')).toBe('network');
    expect(routeFor({ ...get(`${ORIGIN}/one-voice/a.png`), hasRange: true }, ORIGIN, '/one-voice/')).toBe('network');
    expect(routeFor(get(`${ORIGIN}/one-voice/sw.js`), ORIGIN, '/one-voice/')).toBe('network');
  });

  it('serves a root build for every path of its origin', () => {
    expect(routeFor(get(`${ORIGIN}/glossary/`, 'navigate'), ORIGIN, '/')).toBe('page');
    expect(routeFor(get(`${ORIGIN}/sw.js`), ORIGIN, '/')).toBe('network');
  });
});

describe('requestKey', () => {
  it("drops Pagefind's ?ts= cache buster, a page's query and the fragment", () => {
    expect(requestKey(`${ORIGIN}/pagefind/pagefind-entry.json?ts=1717171717`)).toBe(
      `${ORIGIN}/pagefind/pagefind-entry.json`,
    );
    expect(requestKey(`${ORIGIN}/search/?q=brand#results`)).toBe(`${ORIGIN}/search/`);
    expect(requestKey(`${ORIGIN}/lessons/x/`)).toBe(`${ORIGIN}/lessons/x/`);
  });
});

describe('isOldCache', () => {
  it('is true only for this site’s caches of other versions', () => {
    const prefix = 'one-voice:/one-voice/:';
    expect(isOldCache(`${prefix}aaaa`, prefix, `${prefix}bbbb`)).toBe(true);
    expect(isOldCache(`${prefix}bbbb`, prefix, `${prefix}bbbb`)).toBe(false);
    expect(isOldCache('one-voice:/:aaaa', prefix, `${prefix}bbbb`)).toBe(false);
    expect(isOldCache('someone-else', prefix, `${prefix}bbbb`)).toBe(false);
  });
});

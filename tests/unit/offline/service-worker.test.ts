// dist/sw.js as the build writes it, run over a fake worker scope and Cache Storage: it precaches the
// list on install, deletes only this site's older caches on activate, takes over only when asked, and
// answers pages from the network (the cache after a timeout) and assets from the cache, ignoring ?ts=.
import { describe, expect, it, vi } from 'vitest';
import { serviceWorkerSource } from '../../../scripts/offline/service-worker-source.mjs';

const ORIGIN = 'http://127.0.0.1:4000';
const config = {
  version: 'v2',
  base: '/one-voice/',
  cachePrefix: 'one-voice:/one-voice/:',
  precache: ['/one-voice/', '/one-voice/pagefind/pagefind-entry.json'],
  pageTimeoutMs: 20,
};

/** Caches keyed by URL without the query (enough for `ignoreSearch` matching). */
function fakeCaches(names: string[] = []) {
  const stores = new Map<string, Map<string, Response>>(names.map((n) => [n, new Map()]));
  const key = (r: Request | string) => {
    const url = new URL(typeof r === 'string' ? r : r.url, ORIGIN);
    return url.origin + url.pathname;
  };
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      addAll: async (requests: Request[]) => {
        for (const r of requests) store.set(key(r), new Response(`precached ${new URL(r.url).pathname}`));
      },
      put: async (r: Request | string, response: Response) => void store.set(key(r), response),
      match: async (r: Request | string) => store.get(key(r))?.clone(),
      keys: async () => [...store.keys()],
    };
  };
  return {
    stores,
    api: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    },
  };
}

function startWorker(fetchImpl: (request: Request) => Promise<Response>, cacheNames?: string[]) {
  const listeners = new Map<string, (event: unknown) => void>();
  const scope = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, fn: (event: unknown) => void) => listeners.set(type, fn),
    skipWaiting: vi.fn(),
    clients: { claim: vi.fn(async () => undefined) },
  };
  const caches = fakeCaches(cacheNames);
  // The real file's text, with its globals handed in; a worker resolves relative URLs against its origin.
  class WorkerRequest extends Request {
    constructor(url: string, init?: RequestInit) {
      super(new URL(url, ORIGIN), init);
    }
  }
  new Function('self', 'caches', 'fetch', 'Request', serviceWorkerSource(config))(
    scope,
    caches.api,
    fetchImpl,
    WorkerRequest,
  );
  /** Dispatches an event; resolves with what it waited on and what it answered. */
  async function dispatch(type: string, fields: Record<string, unknown> = {}) {
    let waited: Promise<unknown> | undefined;
    let answer: Promise<Response> | undefined;
    listeners.get(type)!({
      ...fields,
      waitUntil: (p: Promise<unknown>) => (waited = p),
      respondWith: (p: Promise<Response>) => (answer = p),
    });
    await waited;
    return answer;
  }
  const request = (path: string, mode: RequestMode = 'cors') => {
    const r = new Request(`${ORIGIN}${path}`);
    Object.defineProperty(r, 'mode', { value: mode });
    return r;
  };
  return { scope, caches, dispatch, request };
}

/** A same-origin response, as a browser's fetch gives it ('basic'; Node's Response says 'default'). */
function sameOrigin(body: string): Response {
  const response = new Response(body);
  Object.defineProperty(response, 'type', { value: 'basic' });
  return response;
}

const text = async (answer: Response | undefined) => answer?.text();

describe('the generated service worker', () => {
  it('is a classic script: the config line and no import or export', () => {
    const source = serviceWorkerSource(config);
    expect(source).toMatch(/^const config = \{"version":"v2",/m);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('precaches every listed URL on install, under the version’s cache', async () => {
    const worker = startWorker(async () => new Response('network'));
    await worker.dispatch('install');
    expect([...worker.caches.stores.keys()]).toEqual(['one-voice:/one-voice/:v2']);
    expect([...worker.caches.stores.get('one-voice:/one-voice/:v2')!.keys()]).toEqual(
      config.precache.map((path) => ORIGIN + path),
    );
  });

  it('deletes this site’s older caches on activate, keeps other sites’, and takes control', async () => {
    const worker = startWorker(
      async () => new Response(''),
      ['one-voice:/one-voice/:v1', 'one-voice:/one-voice/:v2', 'one-voice:/:v1', 'unrelated'],
    );
    await worker.dispatch('activate');
    expect([...worker.caches.stores.keys()].sort()).toEqual([
      'one-voice:/:v1',
      'one-voice:/one-voice/:v2',
      'unrelated',
    ]);
    expect(worker.scope.clients.claim).toHaveBeenCalled();
  });

  it('waits until the page asks it to take over', async () => {
    const worker = startWorker(async () => new Response(''));
    await worker.dispatch('message', { data: { type: 'something else' } });
    expect(worker.scope.skipWaiting).not.toHaveBeenCalled();
    await worker.dispatch('message', { data: { type: 'skip-waiting' } });
    expect(worker.scope.skipWaiting).toHaveBeenCalledOnce();
  });

  it('answers assets from the cache, whatever their ?ts=, without the network', async () => {
    const network = vi.fn(async () => new Response('network'));
    const worker = startWorker(network);
    await worker.dispatch('install');
    const answer = await worker.dispatch('fetch', {
      request: worker.request('/one-voice/pagefind/pagefind-entry.json?ts=99'),
    });
    expect(await text(answer)).toBe('precached /one-voice/pagefind/pagefind-entry.json');
    expect(network).not.toHaveBeenCalled();
  });

  it('answers pages from the network and keeps them; from the cache when the network fails or is slow', async () => {
    let behave: 'ok' | 'fail' | 'slow' = 'ok';
    const worker = startWorker(async () => {
      if (behave === 'fail') throw new TypeError('Failed to fetch');
      if (behave === 'slow') await new Promise((resolve) => setTimeout(resolve, 500));
      return sameOrigin('fresh page');
    });
    await worker.dispatch('install');
    const page = () => worker.dispatch('fetch', { request: worker.request('/one-voice/?utm=x', 'navigate') });
    behave = 'fail';
    expect(await text(await page())).toBe('precached /one-voice/');
    behave = 'slow';
    expect(await text(await page())).toBe('precached /one-voice/');
    behave = 'ok';
    expect(await text(await page())).toBe('fresh page');
    behave = 'fail';
    expect(await text(await page()), 'the fresh copy was kept').toBe('fresh page');
  });

  it('does not answer requests outside its site', async () => {
    const worker = startWorker(async () => new Response(''));
    expect(await worker.dispatch('fetch', { request: worker.request('/other-site/', 'navigate') })).toBeUndefined();
    expect(await worker.dispatch('fetch', { request: worker.request('/one-voice/sw.js') })).toBeUndefined();
  });
});

// The site's service worker. The build writes dist/sw.js as this function's source called with the
// build's config (version, base, precache list) and the routing rules of sw-routes.mjs, so it must use
// nothing from outside its parameters. Not bundled into any page.

/**
 * @typedef {{ version: string, base: string, cachePrefix: string, precache: string[], pageTimeoutMs: number }} WorkerConfig
 * @typedef {typeof import('./sw-routes.mjs')} WorkerRoutes
 */

/**
 * @param {any} scope the ServiceWorkerGlobalScope (`self`)
 * @param {WorkerConfig} config
 * @param {WorkerRoutes} routes
 */
export function serviceWorkerMain(scope, config, routes) {
  const cacheName = config.cachePrefix + config.version;

  // Install: fetch every precached URL past the HTTP cache; the worker installs only if all arrive.
  // It then waits: a new version takes over when the learner clicks "Reload" (the `skip-waiting` message).
  scope.addEventListener('install', (/** @type {any} */ event) => {
    event.waitUntil(
      caches
        .open(cacheName)
        .then((cache) => cache.addAll(config.precache.map((url) => new Request(url, { cache: 'reload' })))),
    );
  });

  scope.addEventListener('activate', (/** @type {any} */ event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) =>
          Promise.all(
            names
              .filter((name) => routes.isOldCache(name, config.cachePrefix, cacheName))
              .map((name) => caches.delete(name)),
          ),
        )
        .then(() => scope.clients.claim()),
    );
  });

  scope.addEventListener('message', (/** @type {any} */ event) => {
    if (event.data?.type === 'skip-waiting') scope.skipWaiting();
  });

  /** @param {Response} response */
  const cacheable = (response) => response.ok && response.type === 'basic' && !response.redirected;
  const matchOptions = { ignoreSearch: true, ignoreVary: true };

  /** Network first; after `pageTimeoutMs` without an answer (or with none), the cached copy. */
  async function page(/** @type {any} */ event) {
    const cache = await caches.open(cacheName);
    const network = fetch(event.request).then(async (response) => {
      if (cacheable(response)) await cache.put(routes.requestKey(event.request.url), response.clone());
      return response;
    });
    const timedOut = new Promise((resolve) => setTimeout(resolve, config.pageTimeoutMs));
    const first = await Promise.race([network.catch(() => undefined), timedOut]);
    if (first) return first;
    const cached = await cache.match(event.request, matchOptions);
    if (cached) return cached;
    return network.catch(() => Response.error());
  }

  /** The cache first (the build's files never change within a version), then the network, kept. */
  async function asset(/** @type {Request} */ request) {
    const cache = await caches.open(cacheName);
    const cached = await cache.match(request, matchOptions);
    if (cached) return cached;
    const response = await fetch(request);
    if (cacheable(response)) await cache.put(routes.requestKey(request.url), response.clone());
    return response;
  }

  scope.addEventListener('fetch', (/** @type {any} */ event) => {
    const { request } = event;
    const route = routes.routeFor(
      { url: request.url, method: request.method, mode: request.mode, hasRange: request.headers.has('range') },
      scope.location.origin,
      config.base,
    );
    if (route === 'page') event.respondWith(page(event));
    else if (route === 'asset') event.respondWith(asset(request));
  });
}

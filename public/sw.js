// Served only by `npm run dev`: the build replaces this file with the real worker
// (scripts/offline-integration.mjs). A browser that installed the built site's worker on this origin
// (`npm run preview` uses the same port) would otherwise answer dev requests from its cache; this one
// takes over at once, deletes the site's caches and unregisters itself.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('one-voice:')).map((n) => caches.delete(n))))
      .then(() => self.registration.unregister()),
  );
});

// The pages' service worker, served at /sw.js by WebPages with its version and its list filled in.
// It keeps the pages' static files (the shell) so that a page once loaded online loads again with no
// connection. Online, the files come from the server (so a page never runs an older release's
// script beside a newer one); the cache answers only when the server cannot be reached. It never stores an API answer (they may carry personal data) and never touches a write:
// the patrol terminal's writes wait in its IndexedDB outbox, not here.
const VERSION = '__GRIDSAFE_VERSION__';
const PREFIX = 'gridsafe-shell-';
const CACHE = PREFIX + VERSION;
// The static files, by path: the version is a hash of their bytes, so a changed file is a new cache.
const SHELL = __GRIDSAFE_SHELL__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload', credentials: 'omit' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Older versions' caches go; caches of other names are not this worker's.
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Writes (POST and the rest) go straight to the network: never intercepted, never stored.
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (!SHELL.includes(url.pathname)) {
    // Every other API read, media, anything not in the shell: the network's, untouched.
    return;
  }
  // Network first, the cache when there is no answer at all. An answer is never written into the
  // cache: the cache holds one release's files, as installed, and a new release is a new cache.
  event.respondWith(fetch(request).catch((error) => caches.open(CACHE)
    .then((cache) => cache.match(url.pathname))
    .then((hit) => hit ?? Promise.reject(error))));
});

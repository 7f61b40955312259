// CanGo's service worker. This is the template: the build (Trunk's post_build
// hook, tools/postbuild.mjs) writes dist/sw.js with the build's version and
// every file of the build with its SHA-384 hash.
//
// - install: fetches every file of this build, each checked against its hash,
//   into one cache named after the version; any mismatch (a file of another
//   build, a half-finished deploy) fails the install and the old version
//   stays in charge.
// - fetch: answers only from this version's cache (the page, in-scope
//   navigations, and the hashed files); other same-origin requests go to the
//   network. Never another origin.
// - update: a new version waits until the page asks it to take over
//   (message "skip-waiting", sent when the traveller agrees); then the
//   caches of older versions of this scope are deleted.
const VERSION = '__CANGO_VERSION__';
const FILES = /* __CANGO_FILES__ */ [];
const SCOPE = new URL('./', self.location.href).href;
const PREFIX = `cango ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async ([path, integrity]) => {
        const url = new URL(path, SCOPE).href;
        const res = await fetch(url, { cache: 'no-cache', integrity, credentials: 'same-origin', redirect: 'error' });
        if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
        await cache.put(url, res);
      }));
    } catch (e) {
      await caches.delete(CACHE);
      throw e;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  const path = url.origin + url.pathname;
  const navigation = req.mode === 'navigate' && (path === SCOPE || path === INDEX);
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(navigation ? INDEX : path);
    return hit ?? fetch(req);
  })());
});

// The offline copy: after one visit, the explainer, the plan builder and plan links open
// with no network. `cargo xtask build` writes this file as dist/sw.js with this deployment's
// version and file list filled in; a new deployment therefore changes this file, and the
// browser installs the new copy on the next visit.
//
// Pages: network first (a reader online always gets the newest page), the stored copy when
// offline. Hashed assets (assets/*): stored copy first; their names change with their
// content, so a stored one is never stale. Only same-origin GET requests are touched.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const PREFIX = "hip-explainer-";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// The new copy takes over at once and drops every older deployment's files.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Stores a copy, unless a newer deployment has already dropped this one's cache (an old
// copy still finishing a request must not bring its cache back).
async function keep(request, response) {
  if (!response.ok || response.type !== "basic" || !(await caches.has(CACHE))) return;
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    await keep(request, response.clone());
    return response;
  } catch (error) {
    const stored = await caches.match(request, { ignoreSearch: true });
    if (stored) return stored;
    throw error;
  }
}

async function storedFirst(request) {
  const stored = await caches.match(request);
  if (stored) return stored;
  const response = await fetch(request);
  await keep(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  event.respondWith(path.startsWith("assets/") ? storedFirst(request) : networkFirst(request));
});

// Service worker: keeps the app shell and the data already opened, so that a dashboard opened once
// still opens with no connection.
//  - cache first: build assets (/_next/static, hashed), the basemap and glyphs (/generated/, refreshed in
//    the background once per worker run since rebuilt files keep their names), the map worker, icons;
//  - network first, falling back to the cache: pages (navigations), React Server Component payloads,
//    /api/*, and anything else of this origin.
// Every answer served from the cache, and every request that had no cached copy, is reported to the
// page (OfflineNotice), which tells the reader what is missing.
const VERSION = 'v1';
const STATIC_CACHE = `ng-static-${VERSION}`;
const PAGES_CACHE = `ng-pages-${VERSION}`;
const DATA_CACHE = `ng-data-${VERSION}`;
const CACHES = [STATIC_CACHE, PAGES_CACHE, DATA_CACHE];
const MAX_REPORTS_PER_CLIENT = 50;

/** @type {Map<string, Array<{url: string, outcome: 'cache' | 'missing', kind: string, time: number}>>} */
const reports = new Map();

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('ng-') && !CACHES.includes(n)).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

function isStatic(url) {
  return (
    url.pathname.startsWith('/_next/static/') ||
    url.pathname.startsWith('/generated/') ||
    url.pathname === '/maplibre-gl-worker.mjs' ||
    url.pathname.startsWith('/icons/')
  );
}

function isRsc(request, url) {
  return request.headers.get('RSC') === '1' || url.searchParams.has('_rsc');
}

function kindOf(request, url) {
  if (request.mode === 'navigate') return 'page';
  if (isRsc(request, url)) return 'page-data';
  if (url.pathname.startsWith('/api/')) return 'api';
  if (isStatic(url)) return url.pathname.startsWith('/generated/') ? 'basemap' : 'app';
  return 'other';
}

function cacheFor(kind) {
  if (kind === 'page' || kind === 'page-data') return PAGES_CACHE;
  if (kind === 'app' || kind === 'basemap') return STATIC_CACHE;
  return DATA_CACHE;
}

async function report(clientId, entry) {
  if (!clientId) return;
  const list = reports.get(clientId) ?? [];
  list.push(entry);
  if (list.length > MAX_REPORTS_PER_CLIENT) list.shift();
  reports.set(clientId, list);
  const client = await self.clients.get(clientId);
  client?.postMessage({ type: 'offline-fallback', entry });
}

function offlinePage(url) {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Offline · News geography</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 16px">
<h1 style="font-size:1.4rem">You are offline</h1>
<p>This page (${url.pathname.replace(/[<>&"]/g, '')}) has not been opened on this device before, so there is no saved copy of it.</p>
<p><a href="/" style="display:inline-block;min-height:44px;padding:10px 0">Open the overview</a> (saved if you opened it before), or try again when you are back online.</p>
</body></html>`;
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function unavailable(kind, url) {
  if (kind === 'page') return offlinePage(url);
  if (kind === 'api') {
    return new Response(JSON.stringify({ error: 'Not available offline: this was not opened while online.' }), {
      status: 503,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    });
  }
  return Response.error();
}

/** Basemap files keep their names when the basemap is rebuilt: refresh each once per worker run. */
const refreshed = new Set();

async function refresh(cache, request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response);
  } catch {
    // Offline: the cached copy stays.
  }
}

async function cacheFirst(event, url, kind) {
  const cache = await caches.open(cacheFor(kind));
  const cached = await cache.match(event.request);
  if (cached) {
    if (kind === 'basemap' && !refreshed.has(url.href)) {
      refreshed.add(url.href);
      event.waitUntil(refresh(cache, event.request));
    }
    return cached;
  }
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic') event.waitUntil(cache.put(event.request, response.clone()));
    return response;
  } catch (error) {
    event.waitUntil(report(event.clientId, { url: url.href, outcome: 'missing', kind, time: Date.now() }));
    throw error;
  }
}

async function networkFirst(event, url, kind) {
  const cache = await caches.open(cacheFor(kind));
  try {
    const response = await fetch(event.request);
    // Kept even when marked no-store: the copy is only used when the network cannot be reached.
    if (response.ok && response.type === 'basic') event.waitUntil(cache.put(event.request, response.clone()));
    return response;
  } catch {
    const clientId = event.clientId || event.resultingClientId;
    // RSC payloads differ by router-state headers; the `_rsc` search parameter already keys them.
    let cached = await cache.match(event.request, { ignoreVary: true });
    // A page opened before with other search parameters (e.g. ?article=) is better than nothing.
    if (!cached && kind === 'page') cached = await cache.match(event.request, { ignoreVary: true, ignoreSearch: true });
    event.waitUntil(report(clientId, { url: url.href, outcome: cached ? 'cache' : 'missing', kind, time: Date.now() }));
    return cached ?? unavailable(kind, url);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  const kind = kindOf(request, url);
  if (isStatic(url)) event.respondWith(cacheFirst(event, url, kind));
  else event.respondWith(networkFirst(event, url, kind));
});

/** Copies what the page loaded before this worker controlled it, so its first visit already works offline. */
async function cacheLoaded(page, urls) {
  await Promise.all(
    [page, ...urls].map(async (href) => {
      let url;
      try {
        url = new URL(href, self.location.origin);
      } catch {
        return;
      }
      // RSC payloads need the router's headers to be fetched; they are cached when the router asks.
      if (url.origin !== self.location.origin || url.searchParams.has('_rsc') || url.pathname === '/sw.js') return;
      url.hash = '';
      const request = new Request(url.href, { credentials: 'same-origin' });
      const kind =
        href === page ? 'page' : isStatic(url) ? (url.pathname.startsWith('/generated/') ? 'basemap' : 'app') : url.pathname.startsWith('/api/') ? 'api' : 'other';
      const cache = await caches.open(cacheFor(kind));
      if (await cache.match(request, { ignoreVary: true })) return;
      try {
        const response = await fetch(request);
        if (response.ok && response.type === 'basic') await cache.put(request, response);
      } catch {
        // Offline already: nothing to copy.
      }
    }),
  );
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object') return;
  if (data.type === 'cache-loaded' && typeof data.page === 'string' && Array.isArray(data.urls)) {
    event.waitUntil(cacheLoaded(data.page, data.urls.filter((u) => typeof u === 'string').slice(0, 400)));
  } else if (data.type === 'offline-status' && event.ports[0]) {
    const clientId = event.source && 'id' in event.source ? event.source.id : null;
    event.ports[0].postMessage({ type: 'offline-status', entries: (clientId && reports.get(clientId)) || [] });
  }
});

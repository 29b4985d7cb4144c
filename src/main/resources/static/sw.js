// SiApel's service worker (issue 12): a roll-call sheet opened once opens again without signal, from the
// copy kept here; the marks made on it are kept by the page itself (IndexedDB) until SiApel has them.
// Workbox does the routing and caching; its modules are served by SiApel itself, never from a CDN.
const base = new URL('./', self.location).pathname;
importScripts(base + 'vendor/workbox-7.4.1/workbox-sw.js');
workbox.setConfig({ modulePathPrefix: base + 'vendor/workbox-7.4.1/', debug: false });

workbox.core.skipWaiting();
workbox.core.clientsClaim();

// Only a real sheet is kept: never a login page a redirect landed on, never an error page.
const onlyRealPages = {
    cacheWillUpdate: async ({ response }) => (response && response.status === 200 && !response.redirected
        ? response : null),
};

// Sheet pages: the network first (the freshest sheet), the kept copy when the network does not answer.
workbox.routing.registerRoute(
    ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin
        && /^\/roll-calls\/[^/]+\/\d{4}-\d{2}-\d{2}\/(MORNING|EVENING)$/.test(url.pathname.slice(base.length - 1)),
    new workbox.strategies.NetworkFirst({
        cacheName: 'siapel-sheets',
        networkTimeoutSeconds: 8,
        plugins: [onlyRealPages, new workbox.expiration.ExpirationPlugin({ maxEntries: 12, maxAgeSeconds: 3 * 24 * 3600 })],
    }),
);

// Styles, scripts and icons the sheet needs: served from the copy at once, refreshed behind it. Their
// addresses carry a hash of their content, so old versions age out of the copy (60 files at most).
workbox.routing.registerRoute(
    ({ request, url }) => url.origin === self.location.origin
        && ['style', 'script', 'image', 'manifest'].includes(request.destination),
    new workbox.strategies.StaleWhileRevalidate({ cacheName: 'siapel-assets',
        plugins: [onlyRealPages, new workbox.expiration.ExpirationPlugin({ maxEntries: 60 })] }),
);

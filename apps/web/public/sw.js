/*
 * Hamkar's service worker: the app shell (index.html and the hashed assets the app has loaded) is kept
 * so the app opens on a bad line or none. API calls and the socket always go to the network: data is
 * never served stale from here; the outbox and the sync-by-seq take care of what happens offline.
 */
const SHELL = 'hamkar-shell-v1';
const PAGE = '/index.html';

const assetsOf = (html) => [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]))];

// Keeps a fresh copy of the page and every asset it names (entry script, preloads, stylesheet). When a
// new release's page arrives, the previous release's assets are dropped: they would never be asked again.
async function keepPage(response) {
  const cache = await caches.open(SHELL);
  const html = await response.text();
  const assets = assetsOf(html);
  const previous = await cache.match(PAGE).then((r) => (r ? r.text() : ''));
  if (previous && assetsOf(previous).join() !== assets.join()) {
    const keep = new Set(assets.map((a) => new URL(a, self.location.origin).href));
    for (const request of await cache.keys())
      if (new URL(request.url).pathname.startsWith('/assets/') && !keep.has(request.url)) await cache.delete(request);
  }
  await cache.put(PAGE, new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
  await cache.addAll(assets);
}

async function cacheShell() {
  const response = await fetch(PAGE, { cache: 'no-cache' });
  if (!response.ok) return;
  await keepPage(response);
  await (await caches.open(SHELL)).addAll(['/manifest.webmanifest', '/icons/icon.svg']);
}

self.addEventListener('install', (event) => event.waitUntil(cacheShell().then(() => self.skipWaiting())));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The app tells which lazy chunks it loaded before this worker took control (its language, its calendar).
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.assets)
    ? event.data.assets.filter((u) => typeof u === 'string' && new URL(u, self.location.origin).pathname.startsWith('/assets/'))
    : [];
  if (urls.length) event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(urls)));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  // Hashed assets never change: the cache first, the network once. Vary is ignored: a small chunk sent
  // uncompressed varies on Origin, which a module script's request carries and the kept copy's did not.
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.open(SHELL).then((cache) =>
        cache.match(request, { ignoreVary: true }).then(
          (hit) =>
            hit ||
            fetch(request).then((response) => {
              if (response.ok) cache.put(request, response.clone());
              return response;
            }),
        ),
      ),
    );
    return;
  }

  // The page itself: the network first (a new release shows at once), the kept page when offline.
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) event.waitUntil(keepPage(response.clone()).catch(() => undefined));
          return response;
        })
        .catch(() => caches.match(PAGE)),
    );
  }
});

// Web push: a notification for someone whose app is closed. The payload says what happened (kind),
// about what (title, a short preview) and where (link); the words are in the device's language.
const PUSH_WORDS = {
  en: {
    mention: 'You were mentioned',
    'direct-message': 'Direct message',
    'procurement.join-deadline-tomorrow': 'Joining closes tomorrow',
    'procurement.quote-deadline-tomorrow': 'Quoting closes tomorrow',
    other: 'Hamkar',
  },
  fa: {
    mention: 'از شما نام برده شد',
    'direct-message': 'پیام خصوصی',
    'procurement.join-deadline-tomorrow': 'مهلت پیوستن فردا تمام می‌شود',
    'procurement.quote-deadline-tomorrow': 'مهلت پیشنهاد قیمت فردا تمام می‌شود',
    other: 'همکار',
  },
  az: {
    mention: 'Adınız çəkildi',
    'direct-message': 'Şəxsi mesaj',
    'procurement.join-deadline-tomorrow': 'Qoşulma müddəti sabah bitir',
    'procurement.quote-deadline-tomorrow': 'Təklif müddəti sabah bitir',
    other: 'Hamkar',
  },
};

/** The app's route for a notification's api link (as `hrefOf` in the page). */
function routeOf(data) {
  if (!data || !data.link || !data.clusterId) return '/';
  const message = /^\/channels\/([0-9a-f-]{36})(?:\?seq=(\d+))?/i.exec(data.link);
  if (message) return `/#/c/${data.clusterId}/chat/${message[1]}${message[2] ? `/${message[2]}` : ''}`;
  const thing = /^\/(procurements|projects)\/([0-9a-f-]{36})/i.exec(data.link);
  return thing ? `/#/c/${data.clusterId}/${thing[1]}/${thing[2]}` : '/';
}

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const lang = (self.navigator.language || 'en').slice(0, 2);
  const words = PUSH_WORDS[lang] || PUSH_WORDS.en;
  const heading = words[data.kind] || words.other;
  const isMessage = data.kind === 'mention' || data.kind === 'direct-message';
  // Mentions inside the preview are tokens; the lock screen shows them as a plain @.
  const preview = (data.body || '').replace(/<@[0-9a-f-]{36}>/gi, '@');
  event.waitUntil(
    self.registration.showNotification(heading, {
      body: isMessage ? preview : [data.title, preview].filter(Boolean).join('\n'),
      tag: data.id,
      icon: '/icons/icon-192.png',
      dir: lang === 'fa' ? 'rtl' : 'auto',
      lang,
      data: { url: routeOf(data) },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) return open.navigate(url).then((w) => (w || open).focus());
      return self.clients.openWindow(url);
    }),
  );
});

/* Family Hubs service worker: offline guides and reminder notifications. */
const VERSION = "{{ version }}";
const SHELL_CACHE = "shell-" + VERSION;
const PAGES_CACHE = "pages-" + VERSION;
const SHELL = {{ shell|safe }};
const LANGUAGES = {{ languages|safe }};

self.addEventListener("install", (event) => {
  const offlinePages = LANGUAGES.map((code) => "/" + code + "/offline/");
  event.waitUntil(
    caches.open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL.concat(offlinePages)))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  // A new deploy has a new version: drop every cache of the old one.
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key !== SHELL_CACHE && key !== PAGES_CACHE).map((key) => caches.delete(key))
      ))
      .then(() => self.clients.claim())
  );
});

function languageOf(url) {
  const first = new URL(url).pathname.split("/")[1];
  return LANGUAGES.includes(first) ? first : "en";
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/admin/") || url.pathname.startsWith("/push/")) return;
  if (request.mode === "navigate") {
    // Network first; keep a copy of pages read so they open offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && !url.search) {
            const copy = response.clone();
            caches.open(PAGES_CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request).then((hit) =>
          hit || caches.match("/" + languageOf(request.url) + "/offline/")))
    );
    return;
  }
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});

self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  const title = data.title || "Family Hubs";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: data.body || "",
      icon: data.icon || SHELL[2],
      badge: SHELL[2],
      lang: data.lang || "en",
      dir: data.dir || "auto",
      tag: data.tag || "family-hubs",
      data: { url: data.url || "/" },
    })
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url || "/", self.location.origin);
  if (target.origin !== self.location.origin) return;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (client.url === target.href && "focus" in client) return client.focus();
      }
      return self.clients.openWindow(target.href);
    })
  );
});

/* Family Hubs service worker: offline guides and reminder notifications. */
// VERSION changes whenever the static files (hashed names) or this script change, so a
// new deploy installs a new worker, and its activate step deletes the old caches.
const VERSION = "{{ version }}";
const SHELL_CACHE = "shell-" + VERSION;
const PAGES_CACHE = "pages-" + VERSION;
const SHELL = {{ shell|safe }};
const LANGUAGES = {{ languages|safe }};
const MAX_PAGES = 80;
const NOT_CACHED = ["/admin/", "/django-admin/", "/push/", "/api/", "/documents/", "/sw.js"];

function offlinePage(code) {
  return "/" + code + "/offline/";
}

function languageOf(url) {
  const first = new URL(url).pathname.split("/")[1];
  return LANGUAGES.includes(first) ? first : "en";
}

function cacheable(url) {
  return url.origin === self.location.origin && !url.search &&
    !NOT_CACHED.some((prefix) => url.pathname.startsWith(prefix));
}

// A page is kept for offline reading when it is a plain, public, successful HTML page:
// never one marked no-store (where-are-you-now carries a date of birth in its address).
function keepable(response) {
  const type = response.headers.get("Content-Type") || "";
  const control = response.headers.get("Cache-Control") || "";
  return response.ok && !response.redirected && type.startsWith("text/html") && !/no-store|private/.test(control);
}

function keepPage(request, response) {
  return caches.open(PAGES_CACHE).then((cache) =>
    cache.put(request, response).then(() => cache.keys()).then((keys) =>
      // Oldest first: drop the ones over the limit.
      Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((key) => cache.delete(key)))
    )
  );
}

// The offline page in the languages the parent reads (English as the last resort), not
// all of them: phones on pay-as-you-go data should not fetch nine pages for nothing.
function languagesInUse() {
  return self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) =>
    Array.from(new Set(["en"].concat(windows.map((client) => languageOf(client.url))))));
}

function keepOfflinePage(code) {
  return caches.match(offlinePage(code)).then((hit) => hit ||
    caches.open(SHELL_CACHE).then((cache) => cache.add(offlinePage(code))));
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    languagesInUse()
      .then((codes) => caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL.concat(codes.map(offlinePage)))))
      .then(() => self.skipWaiting())
  );
});

// The page that registered the worker was loaded before the worker existed: fetch a copy
// of it (and of any other open page) so the first guide a parent reads opens offline too.
function keepOpenPages() {
  return self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) =>
    Promise.all(windows.map((client) => {
      const url = new URL(client.url);
      if (!cacheable(url)) return null;
      return fetch(url.href, { credentials: "same-origin" })
        .then((response) => (keepable(response) ? keepPage(url.href, response) : null))
        .catch(() => null);
    }))
  );
}

self.addEventListener("activate", (event) => {
  // A new deploy has a new version: drop every cache of the old one.
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key !== SHELL_CACHE && key !== PAGES_CACHE).map((key) => caches.delete(key))
      ))
      .then(() => self.clients.claim())
      .then(keepOpenPages)
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (NOT_CACHED.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (request.mode === "navigate") {
    // Network first, so parents always get today's sessions and guides; a copy of each
    // page read is kept, and used when there is no connection.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (cacheable(url) && keepable(response)) {
            event.waitUntil(keepPage(request, response.clone())
              .then(() => keepOfflinePage(languageOf(request.url))).catch(() => null));
          }
          return response;
        })
        .catch(() => caches.match(request, { ignoreVary: true })
          .then((hit) => hit || caches.match(offlinePage(languageOf(request.url))))
          .then((hit) => hit || caches.match(offlinePage("en"))))
    );
    return;
  }
  if (url.pathname.startsWith("/static/")) {
    // Static files have content-hashed names: a stored copy never goes stale.
    event.respondWith(
      caches.match(request).then((hit) => hit || fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      }))
    );
  }
});

// --- Reminders: push and notificationclick ---------------------------------
// A reminder's payload is {title, body, url, lang, dir, tag}: nothing that names
// the family, since a lock screen shows it. A tap opens the linked guide (a path
// on this site, already in the parent's language).
self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  const lang = LANGUAGES.includes(data.lang) ? data.lang : "en";
  const title = typeof data.title === "string" && data.title ? data.title : "Family Hubs";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === "string" ? data.body : "",
      icon: SHELL[2],
      badge: SHELL[2],
      lang: lang,
      dir: data.dir === "rtl" ? "rtl" : "ltr",
      tag: typeof data.tag === "string" ? data.tag : "family-hubs",
      data: { url: typeof data.url === "string" ? data.url : "/" + lang + "/" },
    })
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const wanted = (event.notification.data && event.notification.data.url) || "/";
  const target = new URL(wanted, self.location.origin);
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

// The browser renewed its push subscription: hand the new one to the server,
// proving who we are with the old endpoint (the worker cannot read the page's key).
self.addEventListener("pushsubscriptionchange", (event) => {
  const old = event.oldSubscription;
  if (!old) return;
  const options = old.options || {};
  event.waitUntil(
    (event.newSubscription ? Promise.resolve(event.newSubscription) : self.registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: options.applicationServerKey,
    })).then((fresh) => fetch("/push/resubscribe/", {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ old_endpoint: old.endpoint, subscription: fresh.toJSON() }),
    })).catch(() => {})
  );
});

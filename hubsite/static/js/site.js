/* Progressive enhancements only: every page works without this file. */
(function () {
  "use strict";
  if ("serviceWorker" in navigator && window.isSecureContext) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
    });
  }
  // Move focus to an error summary so screen reader users hear it first.
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
  // Offline page: list the pages kept on this phone, in the page's language first.
  var saved = document.getElementById("saved-pages");
  if (saved && "caches" in window) {
    var lang = document.documentElement.lang;
    var decoder = document.createElement("textarea");
    caches.keys().then(function (names) {
      var name = names.filter(function (n) { return n.indexOf("pages-") === 0; })[0];
      return name ? caches.open(name) : null;
    }).then(function (cache) {
      if (!cache) return [];
      return cache.keys().then(function (requests) {
        return Promise.all(requests.map(function (request) {
          return cache.match(request).then(function (response) { return response.text(); }).then(function (html) {
            // Read the heading as text: parsing the whole page would apply its styles.
            var heading = /<main[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
            var lang = /<html[^>]*\blang="([^"]*)"/.exec(html);
            decoder.innerHTML = heading ? heading[1].replace(/<[^>]*>/g, "") : "";
            return { url: new URL(request.url).pathname, title: decoder.value.trim(), lang: lang ? lang[1] : "" };
          });
        }));
      });
    }).then(function (pages) {
      var list = saved.querySelector("ul");
      pages.filter(function (p) { return p.title; }).sort(function (a, b) {
        return (b.lang === lang) - (a.lang === lang);
      }).forEach(function (p) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = p.url;
        link.textContent = p.title;
        if (p.lang !== lang) link.lang = p.lang;
        item.appendChild(link);
        list.appendChild(item);
      });
      saved.hidden = !list.children.length;
    }).catch(function () {});
  }
  // The language list closes with Escape, giving focus back to its button.
  var languages = document.querySelector(".lang-switch");
  if (languages) {
    languages.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && languages.open) {
        languages.open = false;
        languages.querySelector("summary").focus();
      }
    });
  }
})();

/* Suggestions as the parent types, in a native <datalist> (announced by the browser and
   screen readers like any input suggestions). The search page works fully without it. */
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch || !window.AbortController) return;

  var url = input.getAttribute("data-suggest-url");
  var list = document.createElement("datalist");
  list.id = "search-suggestions";
  input.parentNode.appendChild(list);
  input.setAttribute("list", list.id);

  var timer = null;
  var controller = null;
  var lastAsked = "";

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
  }

  function show(suggestions) {
    clear();
    suggestions.forEach(function (item) {
      if (!item || typeof item.text !== "string") return;
      var option = document.createElement("option");
      option.value = item.text; // a property, never parsed as HTML
      list.appendChild(option);
    });
  }

  function ask() {
    var text = input.value.trim();
    if (text.length < 2) {
      lastAsked = "";
      clear();
      return;
    }
    if (text === lastAsked) return;
    lastAsked = text;
    if (controller) controller.abort();
    controller = new AbortController();
    fetch(url + "?q=" + encodeURIComponent(text), {
      signal: controller.signal,
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        if (input.value.trim() === text) show(data.suggestions || []);
      })
      .catch(function () {
        /* offline or aborted: the box still works as a plain search box */
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 150);
  });
})();

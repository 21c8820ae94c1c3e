/* Reminders page: subscribe this browser to push reminders, then manage them.
 * The management key lives only in this browser (localStorage); the server keeps its hash.
 * Without this script (or without Push API support) the page says what is needed instead. */
(function () {
  "use strict";
  var app = document.getElementById("reminders-app");
  if (!app) return;
  var TOKEN_KEY = "familyHubsRemindersKey";
  var messages = JSON.parse(document.getElementById("reminders-messages").textContent);
  var form = document.getElementById("reminders-form");
  var statusBox = document.getElementById("reminders-status");
  var errorsBox = document.getElementById("reminders-errors");
  var manage = document.getElementById("reminders-manage");
  var upcoming = document.getElementById("reminders-upcoming");
  var submit = document.getElementById("reminders-submit");
  var heading = document.getElementById("form-heading");

  document.getElementById("reminders-nojs").hidden = true;
  var supported = window.isSecureContext && "serviceWorker" in navigator &&
    "PushManager" in window && "Notification" in window;
  if (!supported) {
    document.getElementById("reminders-unsupported").hidden = false;
    return;
  }
  app.hidden = false;

  function storedToken() {
    try { return window.localStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }
  function storeToken(token) {
    try {
      if (token) window.localStorage.setItem(TOKEN_KEY, token);
      else window.localStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* private mode: the key lasts as long as the page */ }
    memoryToken = token;
  }
  var memoryToken = storedToken();

  function say(text) {
    statusBox.textContent = text || "";
  }

  function clearErrors() {
    errorsBox.hidden = true;
    errorsBox.querySelector("ul").textContent = "";
    var fieldError = document.getElementById("reminders-date-error");
    fieldError.hidden = true;
    fieldError.textContent = "";
    var date = document.getElementById("reminders-date");
    date.removeAttribute("aria-invalid");
    date.setAttribute("aria-describedby", "reminders-date-hint");
    form.querySelectorAll(".field-error").forEach(function (el) { el.classList.remove("field-error"); });
  }

  function showErrors(message, fieldErrors) {
    clearErrors();
    var list = errorsBox.querySelector("ul");
    var shown = false;
    Object.keys(fieldErrors || {}).forEach(function (name) {
      (fieldErrors[name] || []).forEach(function (text) {
        var item = document.createElement("li");
        var wrapper = document.getElementById("field-" + name);
        if (wrapper) {
          var link = document.createElement("a");
          link.href = "#field-" + name;
          link.textContent = text;
          item.appendChild(link);
          wrapper.classList.add("field-error");
        } else {
          item.textContent = text;
        }
        list.appendChild(item);
        shown = true;
      });
    });
    if (fieldErrors && fieldErrors.date) {
      var fieldError = document.getElementById("reminders-date-error");
      fieldError.textContent = fieldErrors.date[0];
      fieldError.hidden = false;
      var date = document.getElementById("reminders-date");
      date.setAttribute("aria-invalid", "true");
      date.setAttribute("aria-describedby", "reminders-date-hint reminders-date-error");
    }
    if (!shown) {
      var only = document.createElement("li");
      only.textContent = message || messages.failed;
      list.appendChild(only);
    }
    errorsBox.hidden = false;
    errorsBox.focus();
  }

  function post(url, body) {
    body.page_language = app.dataset.pageLanguage;
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": app.dataset.csrf },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        data.httpStatus = response.status;
        if (response.status === 403 && !data.error) data.error = messages.forbidden;
        return data;
      });
    }, function () {
      return { httpStatus: 0, error: messages.network };
    });
  }

  function formValues() {
    var kind = form.querySelector("input[name=date_kind]:checked");
    return {
      date_kind: kind ? kind.value : "",
      date: form.elements.date.value,
      kinds: Array.prototype.map.call(form.querySelectorAll("input[name=kinds]:checked"), function (el) { return el.value; }),
      language: form.elements.language.value,
    };
  }

  function fillForm(state) {
    form.querySelectorAll("input[name=date_kind]").forEach(function (el) { el.checked = el.value === state.date_kind; });
    form.elements.date.value = state.date;
    form.querySelectorAll("input[name=kinds]").forEach(function (el) { el.checked = state.kinds.indexOf(el.value) !== -1; });
    form.elements.language.value = state.language;
  }

  function showManaging(state) {
    fillForm(state);
    upcoming.textContent = "";
    if (!state.windows.length) {
      var none = document.createElement("li");
      none.textContent = messages.noWindows;
      upcoming.appendChild(none);
    }
    state.windows.forEach(function (w) {
      var item = document.createElement("li");
      var name = document.createElement("strong");
      name.textContent = w.name;
      item.appendChild(name);
      item.appendChild(document.createTextNode(": " + w.when));
      upcoming.appendChild(item);
    });
    manage.hidden = false;
    heading.textContent = messages.formHeadingManage;
    submit.textContent = messages.save;
  }

  function showNew() {
    manage.hidden = true;
    heading.textContent = messages.formHeadingNew;
    submit.textContent = messages.turnOn;
  }

  function base64UrlToBytes(text) {
    var padded = (text + "===".slice((text.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = window.atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  function withTimeout(promise, ms) {
    return Promise.race([
      promise,
      new Promise(function (resolve, reject) { setTimeout(function () { reject(new Error("timeout")); }, ms); }),
    ]);
  }

  function browserSubscription() {
    return navigator.serviceWorker.register("/sw.js", { scope: "/" })
      .then(function () { return withTimeout(navigator.serviceWorker.ready, 15000); })
      .then(function (registration) {
        var key = base64UrlToBytes(app.dataset.vapidKey);
        return registration.pushManager.getSubscription().then(function (existing) {
          var sameKey = existing && existing.options && existing.options.applicationServerKey &&
            new Uint8Array(existing.options.applicationServerKey).join() === key.join();
          if (existing && sameKey) return existing;
          var dropOld = existing ? existing.unsubscribe() : Promise.resolve();
          return dropOld.then(function () {
            return withTimeout(registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }), 20000);
          });
        });
      });
  }

  function dropBrowserSubscription() {
    return navigator.serviceWorker.getRegistration("/")
      .then(function (registration) { return registration && registration.pushManager.getSubscription(); })
      .then(function (subscription) { return subscription && subscription.unsubscribe(); })
      .catch(function () {});
  }

  var busy = false;
  function run(task) {
    if (busy) return;
    busy = true;
    say(messages.working);
    form.setAttribute("aria-busy", "true");
    Promise.resolve().then(task).catch(function () {
      say("");
      showErrors(messages.failed);
    }).then(function () {
      busy = false;
      form.removeAttribute("aria-busy");
    });
  }

  function handleGone(data) {
    if (data.gone) {
      storeToken(null);
      showNew();
    }
  }

  function turnOn() {
    clearErrors();
    var values = formValues();
    var permission = Notification.permission === "granted"
      ? Promise.resolve("granted") : Promise.resolve(Notification.requestPermission());
    return permission.then(function (answer) {
      if (answer !== "granted") {
        say("");
        showErrors(messages.denied);
        return null;
      }
      return browserSubscription().then(function (subscription) {
        values.subscription = subscription.toJSON();
        return post(app.dataset.subscribeUrl, values).then(function (data) {
          if (data.httpStatus === 201) {
            storeToken(data.token);
            showManaging(data.reminders);
            say(messages.saved);
          } else {
            say("");
            showErrors(data.error, data.errors);
          }
        });
      }, function () {
        say("");
        showErrors(messages.subscribeFailed);
      });
    });
  }

  function saveChanges() {
    clearErrors();
    var values = formValues();
    values.token = memoryToken;
    return post(app.dataset.updateUrl, values).then(function (data) {
      if (data.httpStatus === 200) {
        showManaging(data.reminders);
        say(messages.updated);
      } else {
        say("");
        handleGone(data);
        showErrors(data.error, data.errors);
      }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(memoryToken ? saveChanges : turnOn);
  });

  document.getElementById("reminders-test").addEventListener("click", function () {
    run(function () {
      clearErrors();
      return post(app.dataset.testUrl, { token: memoryToken }).then(function (data) {
        if (data.httpStatus === 200) {
          say(messages.testSent);
        } else {
          say("");
          handleGone(data);
          showErrors(data.error);
        }
      });
    });
  });

  document.getElementById("reminders-delete").addEventListener("click", function () {
    if (!window.confirm(messages.confirmDelete)) return;
    run(function () {
      clearErrors();
      return post(app.dataset.deleteUrl, { token: memoryToken }).then(function (data) {
        if (data.httpStatus === 200 || data.httpStatus === 410) {
          storeToken(null);
          return dropBrowserSubscription().then(function () {
            showNew();
            say(messages.deleted);
            heading.focus();
          });
        }
        say("");
        showErrors(data.error);
      });
    });
  });

  heading.setAttribute("tabindex", "-1");
  if (memoryToken) {
    post(app.dataset.statusUrl, { token: memoryToken }).then(function (data) {
      if (data.httpStatus === 200) showManaging(data.reminders);
      else if (data.httpStatus === 410) { storeToken(null); showNew(); }
    });
  }
})();

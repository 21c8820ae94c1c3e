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
})();

/* "Use my location": an enhancement of the directory search form. Without it the
   postcode field does the same job. The position is rounded to about 100 metres
   and only sent in this one search request. */
(function () {
  "use strict";
  var form = document.querySelector("[data-directory-search]");
  if (!form) return;
  var button = form.querySelector("[data-use-location]");
  var status = document.getElementById("location-status");

  // A typed postcode wins over an earlier "use my location".
  form.addEventListener("submit", function () {
    if (form.elements.postcode.value.trim()) {
      form.elements.lat.value = "";
      form.elements.lon.value = "";
    }
  });

  if (!button || !("geolocation" in navigator)) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    if (status) status.textContent = button.getAttribute("data-finding");
    navigator.geolocation.getCurrentPosition(
      function (position) {
        form.elements.lat.value = position.coords.latitude.toFixed(3);
        form.elements.lon.value = position.coords.longitude.toFixed(3);
        form.elements.postcode.value = "";
        form.submit();
      },
      function () {
        button.disabled = false;
        if (status) status.textContent = button.getAttribute("data-failed");
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 }
    );
  });
})();

"""One visit per page type and language, shared by several checks.

A phone-sized page loads the page once; the visit records the HTML the server sent, the
requests the browser made (the page's and its service worker's), console errors and
failed responses, axe-core's findings, and whether anything sticks out sideways at
320 CSS pixels and at 195 (a 390-pixel phone zoomed to 200%). The checks in
test_accessibility, test_reflow, test_requests_and_weight and test_html_valid read
these records, so each page is loaded once however many checks look at it.
"""

from .helpers import run_axe

PHONE_WIDTH = 390
WIDTHS = {"320px": 320, "zoom200": 195}

OVERFLOW = """() => {
  const root = document.scrollingElement;
  const width = root.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (!el.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})) continue;
    if (el.closest(".leaflet-container, .visually-hidden, .skip-link")) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.right > width + 1 || box.left < -1) {
      const classes = typeof el.className === "string" && el.className.trim()
        ? "." + el.className.trim().split(/\\s+/).join(".") : "";
      wide.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${classes} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
  }
  return {scrollWidth: root.scrollWidth, clientWidth: width, wide: wide.slice(0, 10)};
}"""


class Survey:
    def __init__(self, browser, site, pages, axe_source, phone):
        self.site = site
        self.pages = pages
        self.axe_source = axe_source
        self.context = browser.new_context(**phone, base_url=site.url)
        self.context.set_default_timeout(15_000)
        self.page = self.context.new_page()
        self.records = {}
        self.requests = []
        self.errors = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        self.page.on("response", self._response)

    def _console(self, message):
        # A failed load is recorded with its address by _response.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(f"console: {message.text}")

    def _response(self, response):
        # The page's own status is checked against what the page type should answer.
        if response.status >= 400 and response.request.resource_type != "document":
            self.errors.append(f"HTTP {response.status}: {response.url}")

    def close(self):
        self.context.close()

    def __call__(self, key, lang):
        if (key, lang) not in self.records:
            self.records[(key, lang)] = self._visit(key, lang)
        return self.records[(key, lang)]

    def _visit(self, key, lang):
        path = self.pages[(key, lang)]
        page = self.page
        page.set_viewport_size({"width": PHONE_WIDTH, "height": 844})
        self.requests.clear()
        self.errors.clear()
        response = page.goto(path)
        record = {"path": path, "status": response.status, "html": response.body()}
        if key == "directory_results":
            page.wait_for_selector(".leaflet-marker-icon")
        page.wait_for_load_state("networkidle")
        record["axe"] = run_axe(page, self.axe_source)
        record["overflow"] = {}
        for name, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 844})
            record["overflow"][name] = page.evaluate(OVERFLOW)
        record["requests"] = list(self.requests)
        record["errors"] = list(self.errors)
        return record

"""Small things the browser tests share: loading a page and watching it, axe, focus."""

import time
from urllib.parse import urlsplit

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class Watch:
    """Console errors, failed requests and every request URL of a page."""

    def __init__(self, page):
        self.errors = []
        self.requests = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("response", self._response)
        page.on(
            "requestfailed",
            lambda request: self.errors.append(f"request failed: {request.url} {request.failure}"),
        )

    def _response(self, response):
        if response.status >= 400:
            self.errors.append(f"HTTP {response.status}: {response.url}")

    def _console(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text}")


def visit(page, path, status=200, wait_until="load"):
    """Go to `path` and check the status code of the document."""
    response = page.goto(path, wait_until=wait_until)
    assert response is not None, path
    assert response.status == status, f"{path}: HTTP {response.status}, expected {status}"
    return response


def inject_axe(page, axe_source):
    # Through the DevTools protocol, so the site's Content-Security-Policy (no inline
    # scripts) stays in force for the page itself.
    if page.evaluate("typeof window.axe === 'undefined'"):
        session = page.context.new_cdp_session(page)
        try:
            result = session.send(
                "Runtime.evaluate", {"expression": axe_source + "\n;true", "returnByValue": True}
            )
            assert "exceptionDetails" not in result, result
        finally:
            session.detach()


def run_axe(page, axe_source):
    """axe-core's violations for the WCAG 2.0/2.1/2.2 A and AA rules, as short dicts."""
    inject_axe(page, axe_source)
    result = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})""",
        AXE_TAGS,
    )
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": [
                {
                    "target": node["target"],
                    "html": node["html"][:200],
                    "why": node["failureSummary"],
                }
                for node in violation["nodes"][:5]
            ],
        }
        for violation in result["violations"]
    ]


def same_origin(url, origin):
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return f"{parts.scheme}://{parts.netloc}" == origin


FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    text: (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 80),
    href: el.getAttribute("href"),
    type: el.getAttribute("type"),
    name: el.getAttribute("name"),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    boxShadow: style.boxShadow,
    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < innerHeight && box.left < innerWidth,
  };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def has_focus_indicator(info):
    """A visible focus ring: an outline of 2px or more, or a box shadow."""
    return bool(info) and (
        (info["outlineStyle"] not in ("none", "") and info["outlineWidth"] >= 2)
        or info["boxShadow"] not in ("none", "")
    )


def tab_to(page, predicate, limit=80, key="Tab"):
    """Press Tab until `predicate(focused info)` holds; every stop must show its focus."""
    seen = []
    for _ in range(limit):
        page.keyboard.press(key)
        info = focused(page)
        if info is None:
            continue
        seen.append(info)
        assert has_focus_indicator(info), f"no visible focus indicator on {info}"
        assert info["visible"], f"focused element is off screen: {info}"
        if predicate(info):
            return info
    raise AssertionError(
        "never reached the element; focus went through: "
        + ", ".join(f"{s['tag']}:{s['text'] or s['href'] or s['id']}" for s in seen)
    )


def wait_until(page, expression, arg=None, timeout=15):
    """Poll a JavaScript function, awaiting the promise it may return, until it is truthy.

    (Playwright's wait_for_function takes a returned promise itself as truthy.)
    """
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression, arg)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {expression} ({arg})")
        time.sleep(0.1)

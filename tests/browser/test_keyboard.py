"""The flows a parent follows, with the keyboard alone (Tab, Shift+Tab, Enter, Space and
typing; arrow keys only where HTML itself uses them), and on every page type: every
control can be reached by Tab, none traps the focus, and each one shows where the focus is.
"""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from .helpers import FOCUSED, focused, has_focus_indicator, tab_to, visit
from .pages import GUIDE_PATH, MISSPELT, PAGE_TYPES, STAGE_PATH, STATUS, alternate

pytestmark = pytest.mark.browser

# Marks the controls the Tab key must stop at (numbered in document order); returns how many.
TABBABLE = """() => {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]";
  const found = [...document.querySelectorAll(selector)].filter((el) => {
    if (el.tabIndex < 0 || el.disabled || el.closest("[inert]")) return false;
    // A radio group is one stop: its checked radio, or the first when none is.
    if (el.type === "radio" && el.name) {
      const group = [...el.form.querySelectorAll(`input[type=radio][name="${el.name}"]`)];
      if (el !== (group.find((r) => r.checked) || group[0])) return false;
    }
    if (el.tagName !== "SUMMARY" && el.closest("details:not([open])")
        && !el.closest("details:not([open]) > summary")) return false;
    return el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true});
  });
  found.forEach((el, i) => { el.dataset.tabStop = String(i); });
  return found.length;
}"""
STOP = "() => document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.tabStop || null : null"


@pytest.fixture
def keyboard_page(new_context):
    return new_context().new_page()


def press(page, key):
    page.keyboard.press(key)
    return focused(page)


def type_date(page, date):
    """Type a date into the focused date field, whose parts come in the browser's order."""
    for order in ("%d%m%Y", "%m%d%Y", "%Y%m%d"):
        page.keyboard.type(date.strftime(order))
        if page.evaluate("() => document.activeElement.value") == date.isoformat():
            return
        page.keyboard.press("Shift+Tab")  # back to the first part, and type over it
        page.keyboard.press("Shift+Tab")
    raise AssertionError(f"could not type {date} into the date field")


def test_skip_link_then_home_stage_guide(keyboard_page):
    page = keyboard_page
    visit(page, "/en/")
    first = press(page, "Tab")
    assert first["text"] == "Skip to main content", first
    assert has_focus_indicator(first) and first["visible"], first
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    tab_to(page, lambda f: f["href"] == STAGE_PATH)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{STAGE_PATH}")
    tab_to(page, lambda f: f["href"] == GUIDE_PATH)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{GUIDE_PATH}")
    assert page.locator("h1").inner_text() == "Safe sleep for your baby"


def disclosure_state(page):
    """(role, expanded) of the focused element in Chromium's accessibility tree."""
    session = page.context.new_cdp_session(page)
    try:
        for node in session.send("Accessibility.getFullAXTree")["nodes"]:
            properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            if properties.get("focused") and node["role"]["value"] != "RootWebArea":
                return node["role"]["value"], properties.get("expanded")
    finally:
        session.detach()
    return None


def test_language_switcher_by_keyboard(keyboard_page, site):
    page = keyboard_page
    visit(page, GUIDE_PATH)
    details = page.locator(".lang-switch")
    summary = tab_to(page, lambda f: f["tag"] == "summary")
    assert summary["text"].startswith("Language"), summary
    # Screen readers hear a button that says whether it is expanded.
    assert disclosure_state(page) == ("DisclosureTriangle", False)
    # Enter opens the list, Escape closes it and leaves the focus on its button.
    page.keyboard.press("Enter")
    assert details.evaluate("d => d.open")
    assert disclosure_state(page) == ("DisclosureTriangle", True)
    page.keyboard.press("Escape")
    assert not details.evaluate("d => d.open")
    assert focused(page)["tag"] == "summary"
    # Space opens it too; Tab walks the languages, named in themselves.
    page.keyboard.press("Space")
    assert details.evaluate("d => d.open")
    link = tab_to(page, lambda f: f["text"] == "اردو", limit=12)
    assert link["href"] == alternate(site, GUIDE_PATH, "ur")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ur/"))
    assert urlsplit(page.url).path == alternate(site, GUIDE_PATH, "ur")
    assert page.evaluate("() => document.documentElement.dir") == "rtl"
    # Shift+Tab goes back the other way, and the closed list is skipped.
    tab_to(page, lambda f: f["tag"] == "summary")
    back = press(page, "Shift+Tab")
    assert back["href"] == "/ur/", back  # the brand link, first in the header after the skip link


def test_where_are_you_now_by_keyboard(keyboard_page):
    page = keyboard_page
    visit(page, "/en/")
    tab_to(page, lambda f: f["text"] == "Where are you now?")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/where-are-you-now/")
    # Nothing entered: the error summary takes the focus and links to the field.
    tab_to(page, lambda f: f["text"] == "Show me")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"date="))
    assert page.evaluate("() => document.activeElement.className") == "error-summary"
    link = press(page, "Tab")
    assert link["href"] == "#id_date", link
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "id_date"
    # The due date is the checked choice; a date eight weeks away.
    type_date(page, datetime.date.today() + datetime.timedelta(weeks=8))
    tab_to(page, lambda f: f["text"] == "Show me")
    page.keyboard.press("Space")
    page.wait_for_selector("#stage-heading")
    assert "32 weeks pregnant" in page.locator("#stage-heading + p").inner_text()
    tab_to(page, lambda f: bool(f["href"]) and "/guides/pregnancy/" in f["href"])


def test_directory_search_by_keyboard(keyboard_page):
    page = keyboard_page
    visit(page, "/en/directory/")
    tab_to(page, lambda f: f["id"] == "id_postcode")
    page.keyboard.type("LE1")
    tab_to(page, lambda f: f["tag"] == "summary" and f["text"].startswith("Filters"))
    page.keyboard.press("Space")
    tab_to(page, lambda f: f["id"] == "id_free")
    page.keyboard.press("Space")
    tab_to(page, lambda f: f["tag"] == "button" and f["text"] == "Search")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/directory/results/"))
    query = parse_qs(urlsplit(page.url).query)
    assert query.get("postcode") == ["LE1"] and query.get("free"), query
    result = tab_to(
        page, lambda f: bool(f["href"]) and "/directory/services/" in f["href"], limit=120
    )
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/directory/services/"))
    assert page.locator("h1").inner_text() == result["text"]


def test_search_by_keyboard(keyboard_page):
    page = keyboard_page
    visit(page, "/en/")
    tab_to(page, lambda f: f["id"] == "home-q")
    page.keyboard.type(MISSPELT)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q=" + MISSPELT))
    hit = tab_to(
        page, lambda f: "breastfeeding" in f["text"].lower() and "/guides/" in (f["href"] or "")
    )
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/guides/"))
    assert "breastfeeding" in page.locator("h1").inner_text().lower(), hit


def test_reminders_opt_in_by_keyboard(keyboard_page, site):
    page = keyboard_page
    page.context.grant_permissions(["notifications"], origin=site.url)
    page.context.add_init_script(
        "window.subscribeCalled = 0; if (window.PushManager) {"
        " const s = PushManager.prototype.subscribe;"
        " PushManager.prototype.subscribe = function () { window.subscribeCalled += 1; return s.apply(this, arguments); }; }"
    )
    visit(page, "/en/reminders/")
    page.wait_for_selector("#reminders-app:not([hidden])")
    tab_to(page, lambda f: f["id"] == "reminders-date")
    type_date(page, datetime.date.today() - datetime.timedelta(weeks=1))
    tab_to(page, lambda f: f["id"] == "reminders-submit")
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.subscribeCalled > 0", timeout=25_000)
    page.wait_for_selector("#reminders-errors:not([hidden])", timeout=25_000)
    assert page.evaluate("() => document.activeElement.id") == "reminders-errors"


@pytest.mark.parametrize(
    "key, lang",
    [(page.key, "en") for page in PAGE_TYPES] + [("guide", "ur"), ("directory_results", "ur")],
)
def test_tab_reaches_everything_and_shows_focus(keyboard_page, pages, key, lang):
    """Tab from the top of the page to the end: every control is reached once, with a
    visible focus indicator, and nothing holds the focus (no keyboard trap)."""
    page = keyboard_page
    visit(page, pages[(key, lang)], status=STATUS[key])
    if key == "directory_results":
        page.wait_for_selector(".leaflet-marker-icon")
    expected = page.evaluate(TABBABLE)
    # Start from the first control (a page may have moved the focus, e.g. to its errors).
    page.evaluate("""() => document.querySelector('[data-tab-stop="0"]').focus()""")
    seen, stops = [], {"0"}
    for _ in range(expected + 40):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUSED)
        if info is None:  # past the last control, the focus leaves the page
            break
        seen.append(info)
        stops.add(page.evaluate(STOP))
        assert has_focus_indicator(info), f"{pages[(key, lang)]}: no visible focus on {info}"
        assert info["visible"], f"{pages[(key, lang)]}: focused but off screen: {info}"
    else:
        pytest.fail(
            f"{pages[(key, lang)]}: the focus never left the page (a keyboard trap?): {seen[-5:]}"
        )
    missed = {str(i) for i in range(expected)} - stops
    assert not missed, (
        f"{pages[(key, lang)]}: Tab never reached controls number {sorted(missed, key=int)} of {expected}; "
        "it went through: "
        + ", ".join(f"{s['tag']}:{s['text'][:30] or s['href'] or s['id']}" for s in seen)
    )

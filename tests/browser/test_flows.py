"""What parents do, on a 390 x 844 phone screen: read a guide, in English and in Urdu,
change language, find their stage from a date, find a group near a postcode, check a
session, and search with a spelling mistake."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from .helpers import Watch, visit
from .pages import GUIDE_PATH, MISSPELT, STAGE_PATH, alternate

pytestmark = pytest.mark.browser


def expect():
    from playwright.sync_api import expect

    return expect


def html_lang(page):
    return page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]")


def test_home_to_stage_to_guide_in_english(page, site):
    watch = Watch(page)
    visit(page, "/")  # the bare address chooses a language
    assert urlsplit(page.url).path == "/en/"
    assert html_lang(page) == ["en", "ltr"]
    page.locator(f'.cards a[href="{STAGE_PATH}"]').click()
    assert urlsplit(page.url).path == STAGE_PATH
    expect()(page.locator("h1")).to_have_text("The first weeks")
    page.locator(f'.guide-list a[href="{GUIDE_PATH}"]').click()
    assert urlsplit(page.url).path == GUIDE_PATH
    expect()(page.locator("h1")).to_have_text("Safe sleep for your baby")
    # A way back up, and the phone numbers that matter on every guide.
    expect()(page.locator("nav.breadcrumb a")).to_have_attribute("href", STAGE_PATH)
    expect()(page.locator('section.talk a[href="tel:999"]')).to_be_visible()
    assert watch.errors == []


def test_guide_in_urdu_is_right_to_left(new_context, site, artefacts):
    urdu = alternate(site, GUIDE_PATH, "ur")
    boxes = {}
    for lang, path in (("en", GUIDE_PATH), ("ur", urdu)):
        page = new_context().new_page()
        watch = Watch(page)
        visit(page, path)
        assert html_lang(page) == [lang, "rtl" if lang == "ur" else "ltr"]
        boxes[lang] = page.evaluate(
            """() => {
              const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
              const firstLine = (selector) => {
                const range = document.createRange();
                range.selectNodeContents(document.querySelector(selector));
                return range.getClientRects()[0].toJSON();
              };
              const arrow = getComputedStyle(document.querySelector(".breadcrumb a"), "::before").content;
              return {
                width: document.documentElement.clientWidth,
                brand: box(".brand"),
                summary: box(".lang-switch summary"),
                h1: box("h1"),
                h1Line: firstLine("h1"),
                crumb: box(".breadcrumb a"),
                arrow: arrow,
                mainDirection: getComputedStyle(document.querySelector("main")).direction,
                phoneDirection: getComputedStyle(document.querySelector('.site-footer a[href^="tel:"]')).direction,
                untranslated: document.querySelector(".notice[role=note]") !== null,
              };
            }"""
        )
        assert watch.errors == []
        if lang == "ur":
            page.screenshot(path=str(artefacts / "guide-ur-390x844.png"), full_page=True)
            expect()(page.locator("h1")).not_to_have_text("Safe sleep for your baby")
    en, ur = boxes["en"], boxes["ur"]
    width = ur["width"]
    assert not ur["untranslated"], "the demo guide has an Urdu translation"
    # Mirrored: the brand moves from the left edge to the right edge, the language
    # button the other way, and headings start on the right.
    assert en["brand"]["left"] < width / 4 and ur["brand"]["right"] > width * 3 / 4, boxes
    assert en["summary"]["right"] > width * 3 / 4 and ur["summary"]["left"] < width / 4, boxes
    assert en["h1Line"]["left"] == pytest.approx(en["h1"]["left"], abs=2)
    assert ur["h1Line"]["right"] == pytest.approx(ur["h1"]["right"], abs=2)
    assert ur["crumb"]["right"] > width * 3 / 4, ur["crumb"]
    assert ur["mainDirection"] == "rtl" and en["mainDirection"] == "ltr"
    # The breadcrumb's arrow points the way the page reads back.
    assert "←" in en["arrow"] and "→" in ur["arrow"], (en["arrow"], ur["arrow"])
    # Phone numbers stay left to right inside right-to-left text.
    assert ur["phoneDirection"] == "ltr"


@pytest.mark.parametrize(
    "start, lang",
    [
        (GUIDE_PATH, "pl"),
        ("/en/directory/results/?postcode=LE1&free=on", "ur"),
        ("/en/search/?q=feeding", "ar"),
        ("/en/where-are-you-now/", "so"),
    ],
)
def test_switching_language_keeps_the_page(page, site, start, lang):
    visit(page, start)
    switcher = page.locator(".lang-switch")
    switcher.locator("summary").click()
    expect()(switcher.locator(f'a[hreflang="{lang}"]')).to_be_visible()
    expect()(switcher.locator('a[aria-current="true"]')).to_have_attribute("hreflang", "en")
    switcher.locator(f'a[hreflang="{lang}"]').click()
    page.wait_for_load_state()
    assert html_lang(page)[0] == lang
    start_parts, now = urlsplit(start), urlsplit(page.url)
    if start == GUIDE_PATH:
        assert now.path == alternate(site, GUIDE_PATH, lang)
        assert now.path != GUIDE_PATH  # Polish has its own slugs
    else:
        assert now.path == re.sub(r"^/en/", f"/{lang}/", start_parts.path)
        assert parse_qs(now.query) == parse_qs(start_parts.query)
    # And back: the switcher on the new page marks the new language as current.
    expect()(page.locator('.lang-switch a[aria-current="true"]')).to_have_attribute(
        "hreflang", lang
    )


def test_where_are_you_now_with_a_date(page):
    visit(page, "/en/")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Where are you now?"
    ).click()
    expect()(page.locator("h1")).to_have_text("Where are you now?")
    # A date in the future for a birth: an error summary that links to the field.
    page.get_by_label("My baby's date of birth").check()
    future = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
    page.get_by_label("Date", exact=True).fill(future)
    page.get_by_role("button", name="Show me").click()
    summary = page.locator(".error-summary")
    expect()(summary).to_be_focused()
    expect()(summary).to_contain_text("cannot be in the future")
    expect()(page.get_by_label("Date", exact=True)).to_have_attribute("aria-invalid", "true")
    # Then a real date of birth: three weeks ago.
    birth = (datetime.date.today() - datetime.timedelta(weeks=3)).isoformat()
    page.get_by_label("My baby's date of birth").check()
    page.get_by_label("Date", exact=True).fill(birth)
    page.get_by_role("button", name="Show me").click()
    expect()(page.locator("#stage-heading + p")).to_have_text("Your baby is 3 weeks old.")
    assert page.locator("section[aria-labelledby=now-guides] .guide-list a").count() >= 1
    assert page.locator(".review-list li").count() >= 1
    # The date stays out of the browser's cache and out of any referrer.
    response = page.request.get(page.url)
    assert "no-store" in response.headers["cache-control"]


def test_directory_search_by_postcode_with_a_filter(page, site):
    watch = Watch(page)
    visit(page, "/en/directory/")
    page.get_by_label("Your postcode").fill("LE1")
    page.locator("details.filters summary").click()
    page.get_by_label("Free only").check()
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r"/en/directory/results/"))
    query = parse_qs(urlsplit(page.url).query)
    assert query["postcode"] == ["LE1"] and query.get("free"), query
    results = page.locator(".result-list > li")
    expect()(page.locator("#results-heading")).to_contain_text("LE1")
    count = results.count()
    assert count >= 1
    # The map shows the results: one marker per listed place.
    markers = page.locator(".leaflet-marker-icon")
    expect()(markers.first).to_be_visible()
    names = set(results.locator(".result-title a").all_inner_texts())
    titles = {markers.nth(i).get_attribute("title") for i in range(markers.count())}
    assert 1 <= markers.count() <= count
    assert titles <= names, titles - names
    # A result opens its service page.
    first = results.first.locator(".result-title a")
    name = first.inner_text()
    first.click()
    expect()(page.locator("h1")).to_have_text(name)
    assert watch.errors == []


def test_service_page_shows_a_cancelled_session(page, pages):
    watch = Watch(page)
    visit(page, pages[("service", "en")])
    cancelled = page.locator(".sessions li.is-cancelled")
    expect()(cancelled.first).to_be_visible()
    expect()(cancelled.first.locator(".cancelled")).to_have_text("Cancelled")
    # A cancelled session offers no calendar file.
    assert cancelled.first.locator("a[download]").count() == 0
    assert watch.errors == []


def test_search_forgives_a_misspelling(page):
    watch = Watch(page)
    visit(page, "/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Search").click()
    # Typing asks for suggestions; wait for them, or submitting would abort that request.
    with page.expect_response(lambda r: "/search/suggest/" in r.url) as suggested:
        page.get_by_label("Search guides and services").fill(MISSPELT)
    assert suggested.value.status == 200
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r"q=" + MISSPELT))
    guides = page.locator("section[aria-labelledby=guides-heading] .search-hit h3 a")
    expect()(guides.first).to_be_visible()
    titles = " ".join(guides.all_inner_texts()).lower()
    assert "breastfeeding" in titles, titles
    assert watch.errors == []


def test_reading_and_searching_work_without_javascript(new_context, site):
    page = new_context(java_script_enabled=False).new_page()
    visit(page, "/en/")
    page.locator(f'.cards a[href="{STAGE_PATH}"]').click()
    page.locator(f'.guide-list a[href="{GUIDE_PATH}"]').click()
    expect()(page.locator("h1")).to_have_text("Safe sleep for your baby")
    # The language list is a plain disclosure: it opens without script.
    page.locator(".lang-switch summary").click()
    page.locator('.lang-switch a[hreflang="ur"]').click()
    assert urlsplit(page.url).path == alternate(site, GUIDE_PATH, "ur")
    # Search, and the directory, are plain forms.
    visit(page, "/en/search/")
    page.get_by_label("Search guides and services").fill(MISSPELT)
    page.get_by_label("Search guides and services").press("Enter")
    page.wait_for_url(re.compile(r"q=" + MISSPELT))
    assert "breastfeeding" in page.locator("main").inner_text().lower()
    visit(page, "/en/directory/")
    page.get_by_label("Your postcode").fill("LE1")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r"/directory/results/"))
    assert page.locator(".result-list > li").count() >= 1
    # The reminders page says what it needs instead of showing a form that cannot work.
    visit(page, "/en/reminders/")
    expect()(page.locator("#reminders-nojs")).to_be_visible()
    expect()(page.locator("#reminders-app")).to_be_hidden()

"""Stored XSS: hostile text in guides, services, places, hubs and cancellation reasons
comes out as text in every HTML page, JSON response, calendar file and map popup.

Each field gets its own payload with its own name in it, so every check can
also see that the field really was shown (a check that finds nothing to escape
proves nothing).
"""

import datetime
import json
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from icalendar import Calendar

from directory.models import Hub, Location, Schedule, ScheduleChange, Service, ServiceAtLocation

MARK = "Zebrafinch"


def payload(field):
    """Script, attribute and quote break-outs, labelled with the field's name."""
    return (
        f'{MARK}{field} <script>alert("{field}")</script><img src=x onerror=alert("{field}")>"\'&'
    )


def shown(field):
    return f'<script>alert("{field}")</script><img src=x onerror=alert("{field}")>'


def rich_text(text):
    """What the rich text editor stores for a paragraph of `text` (converted as Draftail does)."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    state = {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "depth": 0,
                "text": text + " more",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": len(text) + 1, "length": 4, "key": 0}],
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}
        },
    }
    converter = ContentstateConverter(features=["bold", "italic", "link", "ol", "ul"])
    return converter.to_database_format(json.dumps(state))


@pytest.fixture
def hostile(site):
    """A published guide and a listed service whose every text field is a payload."""
    from content.models import GuidePage, StagePage
    from search import indexing

    stage = StagePage.objects.live().order_by("pk").first()
    guide = GuidePage(
        title_en=payload("guide_title"),
        slug_en="hostile-guide",
        summary_en=payload("guide_summary"),
        search_description_en=payload("guide_search_description"),
        body_en=[
            {"type": "heading", "value": payload("guide_heading")},
            {"type": "paragraph", "value": rich_text(payload("guide_paragraph"))},
            {"type": "tip", "value": {"text": rich_text(payload("guide_tip"))}},
            {
                "type": "checklist",
                "value": {
                    "title": payload("checklist_title"),
                    "items": [payload("checklist_item")],
                },
            },
            {
                "type": "details",
                "value": {"question": payload("details_question"), "answer": rich_text("Answer")},
            },
            {
                "type": "directory_link",
                "value": {"category": "stay-and-play", "text": payload("directory_link")},
            },
        ],
        age_from_weeks=-42,
        age_to_weeks=260,
        last_reviewed=datetime.date(2026, 9, 1),
        next_review_due=datetime.date(2027, 9, 1),
    )
    stage.add_child(instance=guide)
    guide.save_revision().publish()

    hub = Hub.objects.get(pk=site.hub_a.pk)
    hub.description_en = payload("hub_description")
    hub.opening_hours_en = payload("hub_hours")[:200]
    hub.save()
    place = Location.objects.create(
        hub=hub,
        name_en=payload("location_name"),
        address_1=payload("address")[:200],
        city="Leicester",
        postcode="LE1 5ZZ",
        latitude=52.6346,
        longitude=-1.1311,
        accessibility_notes_en=payload("accessibility_notes"),
    )
    service = Service.objects.create(
        hub=hub,
        name_en=payload("service_name"),
        description_en=payload("service_description"),
        what_to_expect_en=payload("what_to_expect"),
        alert_en=payload("service_alert"),
        is_free=False,
        cost_description_en=payload("cost")[:200],
        kind="group",
        min_age_months=0,
        max_age_months=60,
    )
    ServiceAtLocation.objects.create(service=service, location=place)
    today = timezone.localdate()
    schedule = Schedule.objects.create(
        service=service,
        location=place,
        freq="WEEKLY",
        byday="MO,TU,WE,TH,FR,SA,SU",
        valid_from=today - datetime.timedelta(days=7),
        opens_at=datetime.time(23, 0),
        closes_at=datetime.time(23, 59),
        notes_en=payload("schedule_notes"),
    )
    for days in (0, 1):
        ScheduleChange.objects.create(
            schedule=schedule,
            date=today + datetime.timedelta(days=days),
            kind="cancelled",
            reason_en=payload("cancel_reason") + "\r\nATTENDEE:mailto:evil@example.org",
        )
    indexing.update_object("guide", guide.pk)
    indexing.update_object("service", str(service.pk))
    return {"guide": guide, "service": service, "place": place, "schedule": schedule, "hub": hub}


def check_html(body, must_show=()):
    """No payload became markup; each field in `must_show` is on the page as text."""
    page = BeautifulSoup(body, "html.parser")
    problems = []
    for element in page.find_all(True):
        handlers = [name for name in element.attrs if name.lower().startswith("on")]
        if handlers:
            problems.append(f"<{element.name}> with {handlers}")
        if element.name == "img" and element.get("src") == "x":
            problems.append("an <img src=x> got in")
        for name in ("href", "src", "action"):
            if str(element.get(name, "")).strip().lower().startswith("javascript:"):
                problems.append(f"a javascript: {name}")
    for script in page.find_all("script"):
        text = script.string or ""
        if re.search(r"<\s*/?\s*(script|img|svg)", text, re.IGNORECASE) or "<!--" in text:
            problems.append(f"markup inside a script: {text[:120]!r}")
        if "alert(" in text and not script.get("nonce"):
            problems.append("a payload in a script without the nonce")
    visible = page.get_text(" ")
    for field in must_show:
        if shown(field) not in visible:
            problems.append(f"{field} is not shown as text")
    return page, problems


def script_strings(page):
    """Every string inside a JSON literal of the page's inline scripts (the map's data:
    marker names and popup HTML), decoded as the browser would."""
    strings = []
    decoder = json.JSONDecoder()

    def collect(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)

    for script in page.find_all("script"):
        text = script.string or ""
        index = 0
        while index < len(text):
            if text[index] in '[{"':
                try:
                    value, end = decoder.raw_decode(text, index)
                except ValueError:
                    index += 1
                    continue
                collect(value)
                index = end
            else:
                index += 1
    return strings


def test_guide_pages_escape_stored_payloads(site, client, hostile):
    guide = hostile["guide"]
    fields = [
        "guide_title",
        "guide_heading",
        "guide_paragraph",
        "guide_tip",
        "checklist_title",
        "checklist_item",
        "details_question",
        "directory_link",
    ]
    response = client.get(guide.url)
    assert response.status_code == 200
    page, problems = check_html(response.content.decode(), fields)
    assert not problems, problems
    description = page.find("meta", attrs={"name": "description"})
    if description is not None:
        assert "<script>" in description["content"] or MARK in description["content"]
    stage = client.get(guide.get_parent().url).content.decode()
    _page, problems = check_html(stage, ["guide_title"])
    assert not problems, problems
    born = (datetime.date.today() - datetime.timedelta(weeks=3)).isoformat()
    now = client.get("/en/where-are-you-now/", {"kind": "birth", "date": born}).content.decode()
    _page, problems = check_html(now, ["guide_title"])
    assert not problems, problems


def test_search_results_and_suggestions_escape_payloads(site, client, hostile):
    response = client.get("/en/search/", {"q": MARK})
    assert response.status_code == 200
    _page, problems = check_html(response.content.decode(), ["guide_title", "service_name"])
    assert not problems, problems
    # The query itself, reflected back.
    reflected = client.get("/en/search/", {"q": payload("query")})
    _page, problems = check_html(reflected.content.decode(), ["query"])
    assert not problems, problems

    suggest = client.get("/en/search/suggest/", {"q": MARK})
    assert suggest.status_code == 200
    assert suggest["Content-Type"].startswith("application/json")
    assert suggest["X-Content-Type-Options"] == "nosniff"
    texts = {item["text"] for item in suggest.json()["suggestions"]}
    assert payload("guide_title") in texts or payload("service_name") in texts, texts
    for item in suggest.json()["suggestions"]:
        assert not item["url"].lower().startswith("javascript:")
        assert item["url"].startswith("/")


def test_suggestions_are_rendered_as_text_by_the_page_script():
    """The suggestions script builds <option> elements; it never parses HTML."""
    from django.contrib.staticfiles import finders

    script = open(finders.find("js/search.js"), encoding="utf-8").read()
    assert 'createElement("option")' in script or "createElement('option')" in script
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(", script)


def test_directory_pages_and_map_popups_escape_payloads(site, client, hostile):
    service = hostile["service"]
    service_fields = [
        "service_name",
        "service_description",
        "what_to_expect",
        "service_alert",
        "location_name",
    ]
    for url, fields in (
        (f"/en/directory/services/{service.pk}/", service_fields + ["cancel_reason"]),
        ("/en/directory/results/?postcode=LE1+5ZZ", ["service_name", "cancel_reason"]),
        (
            f"/en/directory/hubs/{hostile['hub'].slug}/",
            ["hub_description", "service_name", "cancel_reason"],
        ),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        page, problems = check_html(response.content.decode(), fields)
        assert not problems, (url, problems)
        if "hubs" in url:
            continue
        strings = script_strings(page)
        assert page.select("div.map") and strings, f"no map on {url}"
        # Popups are HTML that Leaflet parses: only our own markup, the payloads as text.
        popups = [s for s in strings if MARK in s and "<p" in s]
        assert popups, (url, [s[:80] for s in strings if MARK in s])
        for popup in popups:
            inner = BeautifulSoup(popup, "html.parser")
            assert not inner.find(["script", "img", "svg"]), popup
            assert all(not a.startswith("on") for tag in inner.find_all(True) for a in tag.attrs)
            text = inner.get_text()
            assert shown("service_name") in text and shown("location_name") in text, popup
        # Marker titles are plain text for Leaflet (set as an attribute, never parsed).
        assert payload("service_name") in strings


def test_directory_home_escapes_hub_names(site, client, hostile, settings):
    hub = hostile["hub"]
    hub.name_en = payload("hub_name")
    hub.save()
    response = client.get("/en/directory/")
    _page, problems = check_html(response.content.decode(), ["hub_name"])
    assert not problems, problems


def test_oruk_json_escapes_payloads(site, client, hostile):
    service = hostile["service"]
    listing = client.get("/api/oruk/services", {"search": MARK})
    assert listing.status_code == 200
    assert b"<" not in listing.content and b">" not in listing.content
    names = {item["name"] for item in listing.json()["contents"]}
    assert payload("service_name") in names
    detail = client.get(f"/api/oruk/services/{service.pk}")
    assert b"<" not in detail.content
    body = detail.json()
    assert body["name"] == payload("service_name")
    assert body["description"].startswith(payload("service_description")[:40])
    places = [link["location"]["name"] for link in body["service_at_locations"]]
    assert payload("location_name") in places
    links = client.get("/api/oruk/service_at_locations", {"postcode": "LE1 5ZZ", "per_page": 100})
    assert b"<" not in links.content


def test_calendar_file_keeps_the_reason_in_its_field(site, client, hostile):
    schedule = hostile["schedule"]
    day = timezone.localdate() + datetime.timedelta(days=1)
    response = client.get(f"/en/directory/sessions/{schedule.pk}/{day.isoformat()}.ics")
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert "ATTENDEE" not in event, "a line break in the reason added a property"
    assert not re.search(rb"\r\nATTENDEE", response.content)
    assert payload("cancel_reason") in str(event["DESCRIPTION"])
    assert str(event["SUMMARY"]) == payload("service_name")
    assert str(event["STATUS"]) == "CANCELLED"
    assert response["Content-Type"].startswith("text/calendar")

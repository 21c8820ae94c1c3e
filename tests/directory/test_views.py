"""Parents' pages: search, results, a service, a hub, calendar files; bad input never a 500."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from icalendar import Calendar

from directory.models import ScheduleChange

from .factories import make_location, make_schedule, make_service, next_weekday

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def html(response):
    return response.content.decode()


def test_home_has_a_labelled_get_form_and_the_hubs(client, hub_a):
    page = html(client.get("/en/directory/"))
    assert '<form action="/en/directory/results/" method="get"' in page
    for name in ("postcode", "kind", "category", "age", "day", "language", "free", "step_free"):
        field_id = re.search(
            rf'name="{name}"[^>]*id="(id_{name})"|id="(id_{name})"[^>]*name="{name}"', page
        )
        assert field_id, name
        assert f'for="id_{name}"' in page, f"no label for {name}"
    assert "data-use-location hidden" in page  # shown only by the script, when geolocation exists
    assert "/static/js/directory.js" in page
    assert "Belgrave Family Hub" in page


def test_results_nearest_first_in_miles(client, hub_a, tuesday_group):
    far = make_location(hub_a, latitude=52.7000, longitude=-1.1300, name_en="Birstall hall")
    make_service(hub_a, far, name_en="Rhyme time")
    response = client.get("/en/directory/results/", {"postcode": "LE4 6AB"})
    page = html(response)
    assert response.status_code == 200
    assert "2 places within 10 miles of LE4 6AB" in page
    assert page.index("Tuesday stay and play") < page.index("Rhyme time")
    assert re.search(r"\d\.\d miles away", page)
    assert "We measured from the middle of your postcode area." in page


def test_results_filters_and_next_session(client, hub_a, place_a, tuesday_group):
    make_service(hub_a, place_a, categories=["baby-massage"], name_en="Rub-a-dub massage")
    response = client.get(
        "/en/directory/results/",
        {"postcode": "LE4", "category": "stay-and-play", "day": "TU", "free": "1"},
    )
    page = html(response)
    assert "Tuesday stay and play" in page and "Rub-a-dub massage" not in page
    assert "Next session:" in page
    assert "Filters (3)" in page


def test_results_from_the_device_location(client, tuesday_group):
    page = html(client.get("/en/directory/results/", {"lat": "52.655", "lon": "-1.123"}))
    assert "within 10 miles of your location" in page
    assert 'name="lat" value="52.655"' in page


@pytest.mark.parametrize(
    "params,message",
    [
        ({"postcode": "LE1 6Z"}, "Enter a real postcode, like LE1 6ZG."),
        ({"postcode": "B1 1AA"}, "B1 1AA is outside the area this directory covers."),
        ({"postcode": "LE98 1AA"}, "We could not find the postcode LE98 1AA."),
        ({"kind": "spaceship"}, "Choose a type from the list."),
        ({"category": "<b>"}, "Choose what you need help with from the list."),
        ({"age": "200"}, "Choose an age or stage from the list."),
        ({"day": "XX"}, "Choose a day from the list."),
        ({"language": "klingon"}, "Choose a language from the list."),
        ({"lat": "48.85", "lon": "2.35"}, "Your location seems to be outside the UK"),
        ({"lat": "north", "lon": "-1.1"}, "We could not use your location."),
    ],
)
def test_bad_input_gets_a_clear_message_not_a_500(client, db, params, message):
    response = client.get("/en/directory/results/", params)
    assert response.status_code == 400
    page = html(response)
    assert 'class="error-summary"' in page
    assert message in page
    summary = page[
        page.index('class="error-summary"') : page.index("</ul>", page.index("error-summary"))
    ]
    for target in re.findall(r'href="#([^"]+)"', summary):
        assert f'id="{target}"' in page, (
            f"the error summary links to #{target}, which is not on the page"
        )


@pytest.mark.parametrize(
    "page_param,message",
    [
        ("abc", "is not a page number, so here is page 1."),
        ("0", "Pages start at 1"),
        ("99", "There is no page 99."),
    ],
)
def test_bad_page_numbers(client, tuesday_group, page_param, message):
    response = client.get("/en/directory/results/", {"page": page_param})
    assert response.status_code == 200
    assert message in html(response)
    assert "Tuesday stay and play" in html(response)


def test_pagination_keeps_the_search(client, settings, hub_a, place_a):
    settings.DIRECTORY_RESULTS_PER_PAGE = 2
    for i in range(5):
        make_service(hub_a, place_a, name_en=f"Group {i}")
    page = html(client.get("/en/directory/results/", {"postcode": "LE4", "page": "2"}))
    assert "Page 2 of 3" in page
    assert 'href="?postcode=LE4&amp;page=3"' in page


def test_service_page_shows_sessions_cancelled_not_missing(client, tuesday_group):
    schedule = tuesday_group.schedules.get()
    tuesday = next_weekday(timezone.localdate(), 1)
    ScheduleChange.objects.create(schedule=schedule, date=tuesday, reason_en="Staff sickness")
    page = html(client.get(tuesday_group.get_absolute_url()))
    assert page.count('class="is-cancelled"') == 1
    assert "Cancelled</strong>: Staff sickness" in page
    assert page.count("Add to calendar") == 3  # four Tuesdays, one cancelled
    assert 'href="tel:' not in page or "tel:0" in page
    assert "Directions" in page and "Belgrave Library" in page


def test_service_page_contacts_and_ages(client, tuesday_group):
    tuesday_group.phone = "0116 000 1234"
    tuesday_group.email = "play@example.org"
    tuesday_group.serves_pregnancy = True
    tuesday_group.save()
    page = html(client.get(tuesday_group.get_absolute_url()))
    assert '<a href="tel:01160001234" dir="ltr">0116 000 1234</a>' in page
    assert 'href="mailto:play@example.org"' in page
    assert "During pregnancy, and from birth to 5 years" in page


def test_hidden_services_are_404(client, hub_a, place_a):
    hidden = make_service(hub_a, place_a, published=False)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert (
        client.get("/en/directory/services/6f1d9a3e-2c47-4b8e-9f0a-5d3c1e7b2a90/").status_code
        == 404
    )


def test_hub_page_with_this_weeks_sessions(client, hub_a, tuesday_group):
    schedule = tuesday_group.schedules.get()
    tuesday = next_weekday(timezone.localdate() - dt.timedelta(days=1), 1)
    ScheduleChange.objects.create(schedule=schedule, date=tuesday, reason_en="Building closed")
    page = html(client.get(hub_a.get_absolute_url()))
    assert "This week's sessions" in page
    assert "Cancelled</strong>: Building closed" in page
    assert "Tuesday stay and play" in page
    assert client.get("/en/directory/hubs/no-such-hub/").status_code == 404


def test_names_are_escaped_in_html_and_the_map(client, hub_a, place_a):
    evil = make_service(hub_a, place_a, name_en=XSS)
    place_a.name_en = XSS
    place_a.save()
    for url, params in [
        (evil.get_absolute_url(), {}),
        ("/en/directory/results/", {"postcode": "LE4"}),
    ]:
        page = html(client.get(url, params))
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
        # In the map script the name is JSON with < and > escaped, and popups carry entities.
        assert '\\u003Cscript\\u003Ealert(\\"x\\")' in page
        assert "\\u0026lt;script\\u0026gt;" in page


def _csp_nonce(response):
    match = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    assert match, response["Content-Security-Policy"]
    return match.group(1)


def test_map_is_self_hosted_and_every_inline_script_has_the_nonce(client, tuesday_group):
    response = client.get("/en/directory/results/", {"postcode": "LE4"})
    page = html(response)
    nonce = _csp_nonce(response)
    assert (
        "unsafe-inline"
        not in response["Content-Security-Policy"].split("script-src")[1].split(";")[0]
    )
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert any("leaflet.js" in tag for tag in scripts)
    for tag in scripts:
        if "src=" in tag:
            assert re.search(r'src="/static/', tag), tag
        else:
            assert f'nonce="{nonce}"' in tag, tag
    for tag in re.findall(r"<style\b[^>]*>", page):
        assert f'nonce="{nonce}"' in tag, tag
    for href in re.findall(r'<link[^>]+href="([^"]+)"', page):
        assert href.startswith("/") or href.startswith("http://testserver"), href
    assert "cdn" not in page.lower()
    assert "tileLayer" not in page  # no tile server unless one is configured
    assert " style=" not in page.split("<main")[1]  # inline style attributes would be blocked


def test_tile_server_only_when_configured(client, settings, tuesday_group):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = "Example tiles"
    page = html(client.get(tuesday_group.get_absolute_url()))
    assert "https://tiles.example.org/{z}/{x}/{y}.png" in page


def test_calendar_file_parses_back(client, tuesday_group):
    schedule = tuesday_group.schedules.get()
    summer_tuesday = dt.date(2027, 6, 15)
    response = client.get(f"/en/directory/sessions/{schedule.pk}/{summer_tuesday.isoformat()}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert str(event["summary"]) == "Tuesday stay and play"
    assert start.astimezone(dt.UTC) == dt.datetime(2027, 6, 15, 9, 0, tzinfo=dt.UTC)  # 10:00 BST
    assert event["dtstart"].params["TZID"] == "Europe/London"
    assert calendar.walk("VTIMEZONE"), "the time zone is described for calendars that need it"
    assert "Belgrave Library" in str(event["location"])
    assert str(event["status"]) == "CONFIRMED"


def test_calendar_file_for_a_cancelled_session_and_bad_dates(client, tuesday_group):
    schedule = tuesday_group.schedules.get()
    ScheduleChange.objects.create(schedule=schedule, date=dt.date(2027, 1, 12), reason_en="Snow")
    response = client.get(f"/en/directory/sessions/{schedule.pk}/2027-01-12.ics")
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["status"]) == "CANCELLED"
    assert client.get(f"/en/directory/sessions/{schedule.pk}/2027-01-13.ics").status_code == 404
    assert client.get(f"/en/directory/sessions/{schedule.pk}/2027-02-30.ics").status_code == 404
    assert client.get(f"/en/directory/sessions/{schedule.pk}/soon.ics").status_code == 404


def test_pages_in_the_parents_language_with_english_fallback(client, hub_a, tuesday_group):
    tuesday_group.name_pl = "Wspólna zabawa"
    tuesday_group.save()
    page = html(client.get(f"/pl/directory/services/{tuesday_group.pk}/"))
    assert '<html lang="pl"' in page
    assert "<h1>Wspólna zabawa</h1>" in page
    assert '<div lang="en" dir="ltr"><p>A friendly group' in page
    urdu = html(client.get(f"/ur/directory/services/{tuesday_group.pk}/"))
    assert 'dir="rtl"' in urdu
    assert '<h1 lang="en" dir="ltr">Tuesday stay and play</h1>' in urdu
    assert client.get("/so/directory/results/", {"postcode": "LE4"}).status_code == 200


def test_results_without_any_service(client, db):
    response = client.get("/en/directory/results/", {"postcode": "LE15"})
    assert response.status_code == 200
    assert "Nothing matches your search." in html(response)
    assert '<div class="map"' not in html(response)


def test_changes_show_at_once_without_stale_cache(client, tuesday_group):
    url = tuesday_group.get_absolute_url()
    assert "Cancelled" not in html(client.get(url))
    schedule = tuesday_group.schedules.get()
    ScheduleChange.objects.create(
        schedule=schedule, date=next_weekday(timezone.localdate(), 1), reason_en="Staff training"
    )
    assert "Cancelled</strong>: Staff training" in html(client.get(url))


def test_moved_session_says_when_it_was_planned(client, tuesday_group):
    schedule = tuesday_group.schedules.get()
    tuesday = next_weekday(timezone.localdate(), 1)
    ScheduleChange.objects.create(
        schedule=schedule,
        date=tuesday,
        kind="moved",
        new_opens_at=dt.time(13),
        new_closes_at=dt.time(14),
        new_place_en="Upstairs room",
    )
    page = html(client.get(tuesday_group.get_absolute_url()))
    assert "13:00–14:00" in page
    assert "this session was planned for" in page and "Upstairs room" in page


def test_one_off_event_on_the_page(client, hub_a, place_a):
    event = make_service(hub_a, place_a, name_en="Summer fun day")
    day = timezone.localdate() + dt.timedelta(days=10)
    make_schedule(event, place_a, freq="ONCE", byday="", valid_from=day)
    page = html(client.get(event.get_absolute_url()))
    assert page.count("Add to calendar") == 1

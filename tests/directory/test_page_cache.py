"""Directory pages come from the page cache for anonymous parents, and any change a hub
worker makes in the admin shows on the very next request."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import next_weekday
from .test_admin import cancellation, schedule_post, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory_urls(hub_a, tuesday_group):
    return [
        "/en/directory/",
        "/en/directory/results/?postcode=LE4+6ZZ&kind=group",
        tuesday_group.get_absolute_url(),
        f"/en/directory/hubs/{hub_a.slug}/",
    ]


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, len(queries)


def test_second_request_is_answered_from_the_cache(client, directory_urls):
    for url_ in directory_urls:
        first, first_queries = queries_for(client, url_)
        second, second_queries = queries_for(client, url_)
        assert first_queries > 0
        assert second_queries == 0, url_
        assert second.content.decode().count(
            "Tuesday stay and play"
        ) == first.content.decode().count("Tuesday stay and play")


def test_a_cancellation_made_in_the_admin_shows_on_the_next_request(
    client, worker_a, tuesday_group, directory_urls
):
    session = tuesday_group.schedules.get()
    tuesday = next_weekday(datetime.date.today(), 1)
    for url_ in directory_urls:
        client.get(url_)  # now cached
    client.force_login(worker_a)
    response = client.post(
        url("schedule", "edit", session.pk),
        schedule_post(session, [cancellation(tuesday, "Staff sickness")]),
    )
    assert response.status_code == 302
    client.logout()
    service_page = client.get(tuesday_group.get_absolute_url()).content.decode()
    assert "Cancelled</strong>: Staff sickness" in service_page
    hub_page = client.get(directory_urls[3]).content.decode()
    assert "Staff sickness" in hub_page


def test_a_renamed_service_shows_its_new_name_everywhere_at_once(
    client, tuesday_group, directory_urls
):
    listing = directory_urls[1:]  # results, service and hub pages
    for url_ in listing:
        assert "Tuesday stay and play" in client.get(url_).content.decode(), url_
    tuesday_group.name_en = "Toddler time"
    tuesday_group.save()
    for url_ in listing:
        page = client.get(url_).content.decode()
        assert "Toddler time" in page and "Tuesday stay and play" not in page, url_


def test_pages_are_rendered_again_the_next_day(client, monkeypatch, directory_urls):
    """ "Next session: today" must not be served tomorrow from yesterday's copy."""
    from hubsite import cache

    client.get(directory_urls[2])
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    monkeypatch.setattr(cache.timezone, "localdate", lambda: tomorrow)
    _response, queries = queries_for(client, directory_urls[2])
    assert queries > 0


def test_signed_in_staff_always_see_the_live_page(client, worker_a, directory_urls):
    client.force_login(worker_a)
    for url_ in directory_urls:
        client.get(url_)
        _response, queries = queries_for(client, url_)
        assert queries > 0, url_


def test_live_cache_seconds_zero_keeps_directory_pages_out_of_the_cache(
    client, settings, directory_urls
):
    settings.LIVE_PAGE_CACHE_SECONDS = 0
    for url_ in directory_urls:
        client.get(url_)
        _response, queries = queries_for(client, url_)
        assert queries > 0, url_

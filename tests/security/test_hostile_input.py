"""Hostile input: whatever a visitor sends to a public form or JSON endpoint, the answer
is never a server error (the test client re-raises any exception a view lets out)."""

import json
import uuid
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.cache.backends.base import InvalidCacheKey, memcache_key_warnings
from django.core.cache.backends.locmem import LocMemCache
from hypothesis import example, given
from hypothesis import strategies as st

from .strategies import SECURITY, hostile_text, json_values, query

LANGS = [code for code, _name in settings.LANGUAGES]
languages = st.sampled_from(LANGS)
SEARCH_FIELDS = (
    "q",
    "postcode",
    "radius",
    "kind",
    "category",
    "stage",
    "age",
    "day",
    "language",
    "free",
    "step_free",
    "page",
    "type",
)
DIRECTORY_FIELDS = (
    "postcode",
    "lat",
    "lon",
    "kind",
    "category",
    "age",
    "day",
    "language",
    "free",
    "step_free",
    "page",
)
ORUK_FIELDS = (
    "search",
    "page",
    "per_page",
    "taxonomy_term_id",
    "taxonomy_id",
    "minimum_age",
    "maximum_age",
    "age",
    "day",
    "postcode",
    "proximity",
    "start_time",
    "end_time",
    "lang",
)
ORUK_LISTS = ("", "services", "service_at_locations", "taxonomies", "taxonomy_terms")
ORUK_DETAILS = ("services", "service_at_locations", "taxonomies", "taxonomy_terms")
PUSH_ENDPOINTS = ("subscribe", "status", "update", "test", "delete", "resubscribe")


def assert_no_server_error(response, what):
    assert response.status_code < 500, (what, response.status_code)


def path_part(text):
    return quote(text.replace("/", "_") or "_", safe="")


@pytest.fixture
def no_rate_limits(settings):
    settings.REMINDERS_RATE_LIMITS = {
        name: (10**9, 3600) for name in ("subscribe", "manage", "test")
    }
    return settings


@SECURITY
@given(lang=languages, params=query(**dict.fromkeys(SEARCH_FIELDS, hostile_text)))
@example(lang="en", params={"q": "a\x00b"})
@example(lang="en", params={"q": "feeding", "postcode": "LE1\x00"})
@example(lang="pl", params={"q": "x" * 5000, "page": "9" * 40, "radius": "1e309"})
def test_site_search(site, client, lang, params):
    response = client.get(f"/{lang}/search/", params)
    assert_no_server_error(response, params)
    assert response.status_code in (200, 400)


@SECURITY
@given(lang=languages, q=hostile_text)
@example(lang="en", q="\x00")
@example(lang="ur", q="فیڈ")
def test_search_suggestions(site, client, lang, q):
    response = client.get(f"/{lang}/search/suggest/", {"q": q})
    assert_no_server_error(response, q)
    assert response.status_code == 200
    body = response.json()
    assert isinstance(body["suggestions"], list)


@SECURITY
@given(lang=languages, params=query(kind=hostile_text, date=hostile_text))
@example(lang="en", params={"kind": "birth", "date": "2026-02-30"})
@example(lang="en", params={"kind": "due", "date": "9999-12-31"})
@example(lang="en", params={"kind": "birth", "date": "0001-01-01"})
@example(lang="en", params={"kind": "birth", "date": "31/12/9999"})
def test_where_are_you_now(site, client, lang, params):
    response = client.get(f"/{lang}/where-are-you-now/", params)
    assert_no_server_error(response, params)
    assert response.status_code in (200, 400)


@SECURITY
@given(lang=languages, params=query(**dict.fromkeys(DIRECTORY_FIELDS, hostile_text)))
@example(lang="en", params={"postcode": "LE1\x00"})
@example(lang="en", params={"lat": "nan", "lon": "nan"})
@example(lang="en", params={"lat": "1e309", "lon": "-1e309"})
@example(lang="en", params={"lat": "52.6", "lon": "-1.1", "page": "-1"})
@example(lang="en", params={"postcode": "LE1", "page": "99999999999999999999"})
def test_directory_results(site, client, lang, params):
    response = client.get(f"/{lang}/directory/results/", params)
    assert_no_server_error(response, params)
    assert response.status_code in (200, 400)


@SECURITY
@given(lang=languages, ident=st.one_of(hostile_text, st.uuids().map(str)), day=hostile_text)
@example(lang="en", ident=str(uuid.UUID(int=0)), day="2026-01-01")
@example(lang="en", ident="..", day="..")
def test_service_hub_and_calendar_pages_with_odd_ids(site, client, lang, ident, day):
    for path in (
        f"/{lang}/directory/services/{path_part(ident)}/",
        f"/{lang}/directory/hubs/{path_part(ident)}/",
        f"/{lang}/directory/sessions/{path_part(ident)}/{path_part(day)}.ics",
        f"/{lang}/{path_part(ident)}/",
        f"/{lang}/guides/{path_part(ident)}/{path_part(day)}/",
    ):
        response = client.get(path)
        assert_no_server_error(response, path)
        assert response.status_code in (200, 301, 302, 404), (path, response.status_code)


def test_calendar_of_a_real_session_on_odd_days(site, client):
    from directory.models import Schedule

    schedule = Schedule.objects.order_by("pk").first()
    for day in ("2026-02-30", "0001-01-01", "9999-12-31", "2026-13-01", "20261201", "-1"):
        response = client.get(f"/en/directory/sessions/{schedule.pk}/{day}.ics")
        assert response.status_code in (200, 404), (day, response.status_code)


@SECURITY
@given(
    endpoint=st.sampled_from(ORUK_LISTS),
    params=query(**dict.fromkeys(ORUK_FIELDS, hostile_text)),
)
@example(endpoint="services", params={"search": "\x00"})
@example(endpoint="services", params={"per_page": "0"})
@example(endpoint="services", params={"page": "99999999999999999999999"})
@example(endpoint="service_at_locations", params={"postcode": "LE1 6ZG", "proximity": "nan"})
@example(endpoint="service_at_locations", params={"postcode": "LE1 6ZG", "proximity": "1e309"})
@example(endpoint="services", params={"minimum_age": "nan", "maximum_age": "inf"})
@example(endpoint="services", params={"taxonomy_id": "00000000-0000-0000-0000-00000000000\x00"})
def test_oruk_api_parameters(site, client, endpoint, params):
    response = client.get(f"/api/oruk/{endpoint}", params)
    assert_no_server_error(response, (endpoint, params))
    assert response.status_code in (200, 400), (endpoint, params, response.status_code)
    body = response.json()
    if response.status_code == 400:
        assert isinstance(body["error"], str)


@SECURITY
@given(endpoint=st.sampled_from(ORUK_DETAILS), ident=st.one_of(hostile_text, st.uuids().map(str)))
def test_oruk_api_odd_ids(site, client, endpoint, ident):
    response = client.get(f"/api/oruk/{endpoint}/{path_part(ident)}")
    assert_no_server_error(response, (endpoint, ident))
    assert response.status_code in (200, 404), (endpoint, ident, response.status_code)
    assert response["Content-Type"].startswith("application/json")


# --- the push endpoints: arbitrary JSON and arbitrary bytes -----------------------


def push_like():
    """JSON objects shaped like what the page sends, with hostile values in every field."""
    subscription = st.fixed_dictionaries(
        {},
        optional={
            "endpoint": st.one_of(
                hostile_text,
                st.sampled_from(["https://fcm.googleapis.com/x", "http://127.0.0.1:1/"]),
            ),
            "keys": st.one_of(
                json_values,
                st.fixed_dictionaries({}, optional={"p256dh": json_values, "auth": json_values}),
            ),
            "expirationTime": json_values,
        },
    )
    return st.fixed_dictionaries(
        {},
        optional={
            "token": st.one_of(
                json_values, st.text(alphabet="abcXYZ019_-", min_size=43, max_size=43)
            ),
            "date_kind": st.one_of(json_values, st.sampled_from(["due", "birth"])),
            "date": st.one_of(json_values, st.dates().map(str)),
            "kinds": st.one_of(
                json_values, st.lists(st.sampled_from(["review", "immunisation", "x"]))
            ),
            "language": st.one_of(json_values, languages),
            "page_language": st.one_of(json_values, languages),
            "subscription": st.one_of(json_values, subscription),
            "old_endpoint": json_values,
        },
    )


@SECURITY
@given(endpoint=st.sampled_from(PUSH_ENDPOINTS), data=st.one_of(json_values, push_like()))
@example(
    endpoint="subscribe",
    data={"date": "2026-02-30", "date_kind": "birth", "kinds": ["review"], "language": "en"},
)
@example(endpoint="update", data={"token": "A" * 43, "date": "\x00"})
@example(
    endpoint="subscribe",
    data={"subscription": {"endpoint": "https://fcm.googleapis.com/\x00", "keys": {}}},
)
def test_push_endpoints_with_arbitrary_json(site, client, no_rate_limits, endpoint, data):
    response = client.post(f"/push/{endpoint}/", json.dumps(data), content_type="application/json")
    assert_no_server_error(response, (endpoint, data))
    assert response.status_code in (200, 201, 400, 409, 410, 413, 429), (
        endpoint,
        data,
        response.status_code,
    )
    assert response["Content-Type"].startswith("application/json")


@SECURITY
@given(
    endpoint=st.sampled_from(PUSH_ENDPOINTS),
    body=st.one_of(st.binary(max_size=300), hostile_text.map(lambda t: t.encode("utf-8"))),
    content_type=st.sampled_from(
        [
            "application/json",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
        ]
    ),
)
@example(endpoint="subscribe", body=b"\xff\xfe", content_type="application/json")
@example(endpoint="subscribe", body=b"[" * 5000, content_type="application/json")
@example(endpoint="subscribe", body=b'{"a":' * 3000, content_type="application/json")
@example(endpoint="status", body=b"1e999999", content_type="application/json")
@example(endpoint="status", body=b"x" * 20000, content_type="application/json")
def test_push_endpoints_with_arbitrary_bytes(
    site, client, no_rate_limits, endpoint, body, content_type
):
    response = client.generic("POST", f"/push/{endpoint}/", body, content_type=content_type)
    assert_no_server_error(response, (endpoint, body[:100]))
    assert response.status_code in (400, 410, 413, 429), (
        endpoint,
        body[:100],
        response.status_code,
    )


class MemcachedStrictKeys(LocMemCache):
    """Local memory, refusing the keys memcached refuses (as Django's memcached backends do)."""

    def validate_key(self, key):
        for warning in memcache_key_warnings(key):
            raise InvalidCacheKey(warning)


@SECURITY
@given(path=hostile_text)
@example(path="a page with spaces")
@example(path="x" * 400)
@example(path="\x7f\x01")
def test_odd_paths_with_a_memcached_cache(site, client, settings, path):
    """Production may use memcached: no path may make a cache key it refuses."""
    settings.CACHES = {
        "default": {"BACKEND": f"{__name__}.MemcachedStrictKeys", "LOCATION": "odd-paths"}
    }
    response = client.get(f"/en/{quote(path, safe='/')}")
    assert_no_server_error(response, path)
    cached = client.get("/en/")  # a cacheable page, stored and then served from the cache
    assert cached.status_code == 200 and client.get("/en/").status_code == 200


@SECURITY
@given(lang=st.one_of(languages, hostile_text))
def test_manifest_language(site, client, lang):
    response = client.get("/manifest.webmanifest", {"lang": lang})
    assert response.status_code == 200
    assert response.json()["lang"] in LANGS


@SECURITY
@given(username=hostile_text, password=hostile_text)
def test_admin_sign_in_form(site, client, settings, username, password):
    settings.AXES_ENABLED = True
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert_no_server_error(response, username)
    assert response.status_code in (200, 403, 429)

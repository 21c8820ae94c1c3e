"""Postcode to place: local table first, optional geocoder, clear messages."""

import http.server
import json
import threading

import pytest

from directory.models import PostcodePlace
from directory.postcodes import PostcodeError, find_place
from directory.validators import normalise_postcode

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed,normal",
    [
        ("le1 6zg", "LE1 6ZG"),
        (" LE16ZG ", "LE1 6ZG"),
        ("le10 1aa", "LE10 1AA"),
        ("LE4", "LE4"),
        ("sw1a 1aa", "SW1A 1AA"),
        ("LE1 6ZC", None),  # C is never a unit letter
        ("12345", None),
        ("", None),
    ],
)
def test_normalise(typed, normal):
    assert normalise_postcode(typed) == normal


def test_district_from_the_shipped_table():
    place = find_place("le4")
    assert place.precision == "district"
    assert (round(place.latitude, 2), round(place.longitude, 2)) == (52.67, -1.13)


def test_full_postcode_uses_the_most_precise_match():
    PostcodePlace.objects.create(postcode="LE2 0", kind="sector", latitude=52.630, longitude=-1.115)
    assert find_place("LE2 0XX").precision == "sector"
    PostcodePlace.objects.create(postcode="LE2 0XX", kind="unit", latitude=52.631, longitude=-1.116)
    place = find_place("le2 0xx")
    assert (place.precision, place.latitude) == ("unit", 52.631)


@pytest.mark.parametrize(
    "typed,code,text",
    [
        ("", "required", "Enter a postcode, like LE1 6ZG."),
        ("not one", "invalid", "Enter a real postcode, like LE1 6ZG."),
        ("M1 1AE", "outside_area", "M1 1AE is outside the area this directory covers."),
        ("LE99 9ZZ", "unknown", "We could not find the postcode LE99 9ZZ. Check it and try again."),
    ],
)
def test_clear_messages(typed, code, text):
    with pytest.raises(PostcodeError) as caught:
        find_place(typed)
    assert caught.value.code == code
    assert text in caught.value.message


class _Geocoder(http.server.BaseHTTPRequestHandler):
    calls = []

    def do_GET(self):
        _Geocoder.calls.append(self.path)
        body = json.dumps({"status": 200, "result": {"latitude": 52.6401, "longitude": -1.1402}})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def geocoder():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Geocoder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Geocoder.calls.clear()
    yield f"http://127.0.0.1:{server.server_port}/postcodes/{{postcode}}"
    server.shutdown()


def test_no_geocoder_by_default(settings, geocoder):
    assert settings.DIRECTORY_GEOCODER_URL == ""
    assert find_place("LE1 9QQ").precision == "district"
    assert _Geocoder.calls == []


def test_optional_geocoder_fills_in_and_remembers(settings, geocoder):
    settings.DIRECTORY_GEOCODER_URL = geocoder
    place = find_place("LE1 9QQ")
    assert (place.precision, place.latitude) == ("unit", 52.6401)
    assert _Geocoder.calls == ["/postcodes/LE19QQ"]
    assert PostcodePlace.objects.filter(postcode="LE1 9QQ", kind="unit").exists()
    find_place("LE1 9QQ")
    assert len(_Geocoder.calls) == 1  # stored: asked once


def test_geocoder_down_falls_back_to_the_district(settings):
    settings.DIRECTORY_GEOCODER_URL = "http://127.0.0.1:9/{postcode}"
    settings.DIRECTORY_GEOCODER_TIMEOUT = 0.5
    assert find_place("LE1 9QQ").precision == "district"

"""The ORUK 3.0 read API validates against the ORUK schemas and only shows listed services."""

import datetime
import json
import urllib.parse
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from directory.models import ScheduleChange
from directory.reference import TAXONOMY_ID

from .factories import make_location, make_schedule, make_service

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "fixtures" / "oruk"


def load(name):
    return json.loads((SCHEMAS / name).read_text())


def _is_datetime(value):
    datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


def _is_uri(value):
    parts = urllib.parse.urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path))


FORMATS = FormatChecker()  # uuid, email and date come with jsonschema; add the two it lacks
FORMATS.checks("date-time", raises=ValueError)(_is_datetime)
FORMATS.checks("uri")(_is_uri)
REGISTRY = Registry().with_resource(
    "taxonomy_term.json", Resource.from_contents(load("taxonomy_term.json"), DRAFT202012)
)


def validate(instance, schema_name):
    validator = Draft202012Validator(load(schema_name), registry=REGISTRY, format_checker=FORMATS)
    errors = sorted(validator.iter_errors(instance), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def validate_page(body, item_schema):
    page_schema = load("openapi.json")["components"]["schemas"]["Page"]
    validate_with(body, {**page_schema, "required": list(page_schema["properties"])})
    assert isinstance(body["contents"], list)
    for item in body["contents"]:
        validate(item, item_schema)


def validate_with(instance, schema):
    errors = list(Draft202012Validator(schema, format_checker=FORMATS).iter_errors(instance))
    assert not errors, [e.message for e in errors]


@pytest.fixture
def listed(tuesday_group, hub_a, place_a):
    tuesday_group.website = "https://example.org/stay-and-play"
    tuesday_group.email = "play@example.org"
    tuesday_group.phone = "0116 000 1234"
    tuesday_group.languages.set([])
    tuesday_group.save()
    make_schedule(tuesday_group, place_a, freq="MONTHLY", byday="2TU")
    return tuesday_group


def get_json(client, path, **params):
    response = client.get(f"/api/oruk/{path}", params)
    assert response["Access-Control-Allow-Origin"] == "*"
    return response, response.json()


def test_root(client):
    response, body = get_json(client, "")
    assert response.status_code == 200
    assert body["version"] == "3.0"
    assert _is_uri(body["openapi_url"]) and _is_uri(body["profile"])


def test_services_page_validates(client, listed):
    response, body = get_json(client, "services")
    assert response.status_code == 200
    validate_page(body, "service_list.json")
    assert body["total_items"] == 1
    assert body["contents"][0]["id"] == str(listed.pk)


def test_service_fully_nested_validates(client, listed):
    schedule = listed.schedules.first()
    ScheduleChange.objects.create(schedule=schedule, date=datetime.date(2026, 12, 1), reason_en="x")
    response, body = get_json(client, f"services/{listed.pk}")
    assert response.status_code == 200
    validate(body, "service.json")
    assert {s["byday"] for s in body["schedules"]} == {"TU", "2TU"}
    assert body["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "LE4 6ZZ"
    assert body["attributes"][0]["taxonomy_term"]["term"] == "stay-and-play"
    assert body["contacts"][0]["phones"][0]["number"] == "0116 000 1234"


def test_service_at_locations_validate(client, listed):
    response, body = get_json(client, "service_at_locations")
    validate_page(body, "service_at_location_list.json")
    assert body["total_items"] == 1
    link = body["contents"][0]
    response, detail = get_json(client, f"service_at_locations/{link['id']}")
    assert response.status_code == 200
    validate(detail, "service_at_location.json")
    assert detail["location"]["addresses"]


def test_taxonomies_and_terms_validate(client, db):
    response, body = get_json(client, "taxonomies")
    validate_page(body, "taxonomy.json")
    taxonomy_id = body["contents"][0]["id"]
    response, taxonomy = get_json(client, f"taxonomies/{taxonomy_id}")
    validate(taxonomy, "taxonomy.json")
    assert {term["term"] for term in taxonomy["taxonomy_terms"]} >= {"infant-feeding", "send"}
    response, terms = get_json(client, "taxonomy_terms", per_page=5)
    validate_page(terms, "taxonomy_term.json")
    assert terms["size"] == 5 and terms["total_items"] >= 12 and not terms["last_page"]
    response, term = get_json(client, f"taxonomy_terms/{terms['contents'][0]['id']}")
    validate(term, "taxonomy_term.json")


def test_only_published_active_services(client, hub_a, place_a, listed):
    hidden = make_service(hub_a, place_a, name_en="Hidden", published=False)
    closed = make_service(hub_a, place_a, name_en="Closed", status="temporarily closed")
    _response, body = get_json(client, "services")
    ids = {item["id"] for item in body["contents"]}
    assert str(listed.pk) in ids
    assert not ids & {str(hidden.pk), str(closed.pk)}
    assert client.get(f"/api/oruk/services/{hidden.pk}").status_code == 404
    _response, links = get_json(client, "service_at_locations")
    assert {item["service_id"] for item in links["contents"]} == {str(listed.pk)}


def test_filters(client, hub_a, listed):
    far = make_location(hub_a, latitude=52.7700, longitude=-1.2050, postcode="LE11 1AA")
    clinic = make_service(
        hub_a,
        far,
        categories=["health-visiting-clinic"],
        name_en="Loughborough clinic",
        kind="clinic",
        min_age_months=24,
        max_age_months=60,
    )
    make_schedule(clinic, far, byday="FR")

    def ids(**params):
        response, body = get_json(client, "services", **params)
        assert response.status_code == 200, body
        return [item["name"] for item in body["contents"]]

    assert ids(search="stay and play") == ["Tuesday stay and play"]
    assert ids(taxonomy_term_id="health-visiting-clinic") == ["Loughborough clinic"]
    assert ids(day="FR") == ["Loughborough clinic"]
    assert ids(day="tuesday") == ["Tuesday stay and play"]
    assert ids(age="1") == ["Tuesday stay and play"]
    assert set(ids(minimum_age="2", maximum_age="3")) == {
        "Tuesday stay and play",
        "Loughborough clinic",
    }
    assert ids(postcode="LE4 6AA", proximity="3000") == ["Tuesday stay and play"]
    assert ids(postcode="LE11") == ["Loughborough clinic", "Tuesday stay and play"]
    assert set(ids(taxonomy_id=str(TAXONOMY_ID))) == {
        "Tuesday stay and play",
        "Loughborough clinic",
    }
    assert ids(taxonomy_id="6f1d9a3e-2c47-4b8e-9f0a-5d3c1e7b2a90") == []


@pytest.mark.parametrize(
    "params,message",
    [
        ({"page": "x"}, "'page' must be a whole number."),
        ({"per_page": "1000"}, "'per_page' must be between 1 and 100."),
        ({"minimum_age": "old"}, "'minimum_age' must be a number."),
        ({"age": "-3"}, "'age' must be an age in years between 0 and 150."),
        ({"day": "Funday"}, "'day' must be a day such as TU or Tuesday."),
        ({"postcode": "ZZZ"}, "Enter a real postcode"),
        ({"postcode": "M1 1AE"}, "outside the area"),
        ({"postcode": "LE2", "proximity": "near"}, "'proximity' must be a distance in metres."),
        ({"taxonomy_term_id": "nope"}, "Unknown taxonomy_term_id."),
        ({"taxonomy_id": "nope"}, "'taxonomy_id' must be a UUID."),
    ],
)
def test_bad_parameters_are_400_with_a_reason(client, db, params, message):
    response, body = get_json(client, "services", **params)
    assert response.status_code == 400
    assert message in body["error"]


def test_unknown_ids_are_json_404(client, db):
    for path in (
        "services/not-a-uuid",
        "services/6f1d9a3e-2c47-4b8e-9f0a-5d3c1e7b2a90",
        "taxonomy_terms/x",
    ):
        response, body = get_json(client, path)
        assert response.status_code == 404
        assert body == {"error": "Not found."}


def test_names_are_escaped_in_json(client, hub_a, place_a):
    payload = '</script><script>alert("x")</script>'
    service = make_service(hub_a, place_a, name_en=payload)
    response = client.get(f"/api/oruk/services/{service.pk}")
    assert response["Content-Type"].startswith("application/json")
    assert b"<script>" not in response.content and b"</script>" not in response.content
    assert response.json()["name"] == payload

"""find_services: filters, distance order, radius and a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import ServiceAtLocation
from directory.postcodes import find_place
from directory.queries import DirectoryQuery, find_services

from .factories import make_location, make_schedule, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def spread(hub_a):
    """Three places at known distances north of the LE1 district centre."""
    near = make_location(hub_a, latitude=52.6400, longitude=-1.1332, name_en="Near")  # 0.25 mi
    mid = make_location(
        hub_a, latitude=52.6800, longitude=-1.1332, name_en="Mid", step_free_access=False
    )
    far = make_location(hub_a, latitude=52.8500, longitude=-1.1332, name_en="Far")  # ~15 mi
    return near, mid, far


def names(results):
    return [service.name for service in results[:]]


def test_nearest_first_with_miles(hub_a, spread):
    near, mid, far = spread
    make_service(hub_a, mid, name_en="B mid")
    make_service(hub_a, near, name_en="A near")
    make_service(hub_a, far, name_en="C far")
    results = find_services(DirectoryQuery(place=find_place("LE1")))
    assert names(results) == ["A near", "B mid"]  # far is outside the 10-mile radius
    first = results[0]
    assert first.distance_miles == pytest.approx(0.25, abs=0.02)
    assert first.nearest_location == near
    wider = find_services(DirectoryQuery(place=find_place("LE1"), radius_miles=20))
    assert names(wider)[-1] == "C far"


def test_a_service_in_two_places_appears_once_at_its_nearest(hub_a, spread):
    near, mid, _far = spread
    service = make_service(hub_a, mid, name_en="Two places")
    ServiceAtLocation.objects.create(service=service, location=near)
    results = find_services(DirectoryQuery(place=find_place("LE1")))
    assert len(results) == 1
    assert results[0].nearest_location == near


def test_without_a_place_everything_by_name(hub_a, spread):
    make_service(hub_a, spread[2], name_en="Zebra group")
    make_service(hub_a, None, name_en="Apple helpline")
    assert names(find_services(DirectoryQuery())) == ["Apple helpline", "Zebra group"]


def test_filters(hub_a, spread):
    near, mid, _far = spread
    play = make_service(hub_a, near, categories=["stay-and-play"], name_en="Play", is_free=True)
    make_schedule(play, near, byday="TU")
    clinic = make_service(
        hub_a,
        mid,
        categories=["health-visiting-clinic"],
        name_en="Clinic",
        kind="clinic",
        min_age_months=0,
        max_age_months=11,
        is_free=False,
        cost_description_en="£1",
    )
    make_schedule(clinic, mid, freq="MONTHLY", byday="2WE")
    bump = make_service(
        hub_a, near, name_en="Bump", serves_pregnancy=True, min_age_months=None, max_age_months=None
    )
    bump.languages.set(bump.languages.model.objects.filter(code="pl"))
    bump.save()

    def run(**filters):
        return sorted(names(find_services(DirectoryQuery(**filters))))

    assert run(kind="clinic") == ["Clinic"]
    assert run(category="stay-and-play") == ["Play"]
    assert run(day="WE") == ["Clinic"]
    assert run(day="TU") == ["Play"]
    assert run(age="pregnancy") == ["Bump"]
    assert run(age="baby") == ["Clinic", "Play"]
    assert run(age="2") == ["Play"]
    assert run(free_only=True) == ["Bump", "Play"]
    assert run(language="pl") == ["Bump"]
    assert run(step_free=True) == ["Bump", "Play"]
    assert run(step_free=True, place=find_place("LE1")) == ["Bump", "Play"]
    assert run(category="stay-and-play", day="TU", place=find_place("LE1")) == ["Play"]


def test_hidden_and_inactive_are_left_out(hub_a, spread):
    make_service(hub_a, spread[0], name_en="Shown")
    make_service(hub_a, spread[0], name_en="Draft", published=False)
    make_service(hub_a, spread[0], name_en="Gone", status="defunct")
    assert names(find_services(DirectoryQuery())) == ["Shown"]


def test_query_count_does_not_grow_with_results(client, hub_a, spread):
    def count_queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(
                "/en/directory/results/", {"postcode": "LE1", "category": "stay-and-play"}
            )
        assert response.status_code == 200
        return len(captured)

    for i in range(2):
        service = make_service(hub_a, spread[i % 2], categories=["stay-and-play"])
        make_schedule(service, spread[i % 2])
    few = count_queries()
    for i in range(12):
        service = make_service(hub_a, spread[i % 2], categories=["stay-and-play", "parenting"])
        make_schedule(service, spread[i % 2], byday="MO,WE")
        make_schedule(service, spread[i % 2], freq="MONTHLY", byday="1FR", term_time_only=True)
    many = count_queries()
    assert few == many
    assert many <= 15

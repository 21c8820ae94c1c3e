"""Small builders for directory records: each call makes what a test needs and no more."""

import datetime
import itertools

from django.contrib.auth import get_user_model

from directory.models import Hub, Location, Schedule, Service, ServiceAtLocation, TaxonomyTerm
from directory.roles import add_hub_staff

_counter = itertools.count(1)


def make_hub(slug=None, kind="spoke", central=None, **fields):
    n = next(_counter)
    slug = slug or f"hub-{n}"
    if kind == "spoke" and central is None:
        central = Hub.objects.filter(kind="central").first() or make_hub(kind="central")
    return Hub.objects.create(
        slug=slug,
        name_en=fields.pop("name_en", f"Test hub {n}"),
        kind=kind,
        central=central if kind == "spoke" else None,
        **fields,
    )


def make_location(hub, latitude=52.6365, longitude=-1.1332, **fields):
    n = next(_counter)
    values = {
        "name_en": f"Place {n}",
        "address_1": f"{n} Test Street",
        "city": "Leicester",
        "postcode": "LE1 6ZG",
        "step_free_access": True,
    }
    values.update(fields)
    return Location.objects.create(hub=hub, latitude=latitude, longitude=longitude, **values)


def make_service(hub, location=None, categories=(), **fields):
    n = next(_counter)
    values = {
        "name_en": f"Service {n}",
        "description_en": "A friendly group for parents and babies.",
        "kind": "group",
        "min_age_months": 0,
        "max_age_months": 60,
    }
    values.update(fields)
    service = Service.objects.create(hub=hub, **values)
    if categories:
        service.categories.set(TaxonomyTerm.objects.filter(code__in=categories))
        service.save()
    if location is not None:
        ServiceAtLocation.objects.create(service=service, location=location)
    return service


def make_schedule(service, location=None, byday="TU", freq="WEEKLY", **fields):
    values = {
        "valid_from": datetime.date(2026, 1, 6),
        "opens_at": datetime.time(10, 0),
        "closes_at": datetime.time(11, 30),
        "interval": 1,
    }
    values.update(fields)
    return Schedule.objects.create(
        service=service, location=location, freq=freq, byday=byday, **values
    )


def make_user(username, hub=None, groups=(), **fields):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="a-long-test-password",
        **fields,
    )
    for group in groups:
        user.groups.add(group)
    if hub is not None:
        add_hub_staff(user, hub)
    return user


def next_weekday(day, weekday):
    """The first date after `day` that falls on `weekday` (0 = Monday)."""
    ahead = (weekday - day.weekday()) % 7 or 7
    return day + datetime.timedelta(days=ahead)

"""Builds the demo directory idempotently: fixed ids, so running it again updates in place."""

import datetime
import uuid

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from . import demo_data
from .models import (
    Hub,
    Language,
    Location,
    Organisation,
    Schedule,
    ScheduleChange,
    SchoolHoliday,
    Service,
    TaxonomyTerm,
)
from .reference import ID_NAMESPACE, ensure_reference_data
from .schedules import session_dates

LANGS = {code for code, _name in settings.LANGUAGES}


def demo_id(*parts):
    return uuid.uuid5(ID_NAMESPACE, ":".join(("demo", *parts)))


def translated(field, texts, **format_args):
    """{"name_en": ..., "name_pl": ...} for the languages given (never the bare field, which
    modeltranslation would write in whatever language is active)."""
    return {
        f"{field}_{lang}": text.format(**format_args)
        for lang, text in texts.items()
        if lang in LANGS
    }


def _time(text):
    return datetime.time.fromisoformat(text)


def seed(today=None):
    """Create or update the demo hubs, places, services, sessions and this week's changes."""
    with translation.override("en"), transaction.atomic():
        return _seed(today or timezone.localdate())


def _seed(today):
    ensure_reference_data()
    for name, starts, ends in demo_data.SCHOOL_HOLIDAYS:
        SchoolHoliday.objects.update_or_create(
            name_en=name,
            defaults={"starts": starts, "ends": ends},
        )
    organisations = {
        org["key"]: Organisation.objects.update_or_create(
            id=demo_id("org", org["key"]),
            defaults={"name_en": org["name"], "description_en": org["description"]},
        )[0]
        for org in demo_data.ORGANISATIONS
    }
    terms = {term.code: term for term in TaxonomyTerm.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}

    hubs, buildings, venues = {}, {}, {}
    central = None
    for spec in demo_data.HUBS:
        key = spec["key"]
        hub, _created = Hub.objects.update_or_create(
            slug=key,
            defaults={
                **translated("name", spec["name"]),
                **translated("description", spec["description"]),
                **translated("opening_hours", spec["opening_hours"]),
                "kind": spec["kind"],
                "central": central if spec["kind"] == "spoke" else None,
                "phone": spec["phone"],
                "email": f"{key}.hub@example.org",
            },
        )
        if spec["kind"] == "central":
            central = hub
        hubs[key] = hub
        for role, store in (("building", buildings), ("venue", venues)):
            name, street, postcode, lat, lon = spec[role]
            store[key] = Location.objects.update_or_create(
                id=demo_id("location", key, role),
                defaults={
                    "hub": hub,
                    "name_en": name,
                    "address_1": street,
                    "city": "Leicester",
                    "postcode": postcode,
                    "latitude": lat,
                    "longitude": lon,
                    "step_free_access": role == "building" or key != "braunstone",
                    "baby_change": True,
                    "parking": key in ("braunstone", "hamilton"),
                },
            )[0]
        hub.main_location = buildings[key]
        hub.save(update_fields=["main_location"])

    schedules = {}
    for spec in demo_data.SERVICES:
        for key in spec.get("hubs", list(hubs)):
            hub = hubs[key]
            pregnancy, low, high = spec["ages"]
            service, _created = Service.objects.update_or_create(
                id=demo_id("service", key, spec["key"]),
                defaults={
                    "hub": hub,
                    "organisation": organisations[spec["org"]],
                    "kind": spec["kind"],
                    **translated("name", spec["name"], hub=hub.name_en),
                    **translated("description", spec["description"]),
                    **translated("what_to_expect", spec["what"]),
                    "serves_pregnancy": pregnancy,
                    "min_age_months": low,
                    "max_age_months": high,
                    "is_free": "cost" not in spec,
                    **(
                        translated("cost_description", {"en": spec["cost"]})
                        if "cost" in spec
                        else {}
                    ),
                    "phone": hub.phone,
                    "email": hub.email,
                    "origin": "demo",
                },
            )
            service.categories.set([terms[code] for code in spec["categories"]])
            service.languages.set(
                [languages[code] for code in demo_data.LANGUAGES_BY_HUB[key] if code in languages]
            )
            service.save()
            freq, byday, opens, closes, term_time, at = spec["schedule"]
            location = buildings[key] if at == "building" else venues[key]
            schedule, _created = Schedule.objects.update_or_create(
                id=demo_id("schedule", key, spec["key"]),
                defaults={
                    "service": service,
                    "location": location,
                    "freq": freq,
                    "interval": 1,
                    "byday": byday,
                    "valid_from": datetime.date(2026, 9, 1),
                    "opens_at": _time(opens),
                    "closes_at": _time(closes),
                    "term_time_only": term_time,
                },
            )
            schedules[(spec["key"], key)] = schedule

    for service_key, hub_key, kind, reason, new_place in demo_data.THIS_WEEK_CHANGES:
        schedule = schedules[(service_key, hub_key)]
        dates = session_dates(schedule, today, today + datetime.timedelta(days=6))
        if not dates:
            continue
        ScheduleChange.objects.update_or_create(
            schedule=schedule,
            date=dates[0],
            defaults={
                "kind": kind,
                **translated("reason", reason),
                **(translated("new_place", new_place) if new_place else {}),
            },
        )
    return {"hubs": len(hubs), "services": len(schedules)}

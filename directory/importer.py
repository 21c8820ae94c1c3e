"""Import an Open Referral UK feed: upsert by id, skip (and report) broken records.

Each record is checked first and written in its own transaction, so a broken
record changes nothing and the others still go in. Only English text is written
(`name_en` etc.): translations made on this site are kept, and records already
stored but missing from the feed are left alone.
"""

import datetime
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from wagtail.log_actions import log

from .models import (
    Frequency,
    Language,
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    Taxonomy,
    TaxonomyTerm,
)
from .reference import ID_NAMESPACE
from .validators import normalise_postcode, parse_byday, parse_bymonthday, validate_in_uk

STATUSES = {choice.value for choice in ServiceStatus}
TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?")


class RecordProblem(ValueError):
    """Why a record cannot be imported; the message goes into the report."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    skipped: list = field(default_factory=list)  # (position, id, reason)
    warnings: list = field(default_factory=list)  # (position, id, note)

    @property
    def total(self):
        return self.created + self.updated + len(self.skipped)

    def summary(self):
        return (
            f"{self.created} created, {self.updated} updated, {len(self.skipped)} skipped "
            f"(of {self.total} records)"
        )


# --- Reading feeds -------------------------------------------------------------


def _records_in(document):
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        return document["contents"]
    if isinstance(document, dict):
        return [document]
    raise RecordProblem("the feed is not a service, a list of services or a page of services")


def read_file(path):
    with open(Path(path), encoding="utf-8") as handle:
        return _records_in(json.load(handle))


def read_url(url, timeout=20, max_pages=1000):
    """Every service from a /services page chain, each fetched in full from /services/{id}."""
    import requests

    session = requests.Session()
    base, _sep, _query = url.partition("?")
    records, page = [], 1
    while page <= max_pages:
        response = session.get(base, params={"page": page, "per_page": 100}, timeout=timeout)
        response.raise_for_status()
        document = response.json()
        items = _records_in(document)
        for item in items:
            if "service_at_locations" in item or not item.get("id"):
                records.append(item)
                continue
            detail = session.get(f"{base.rstrip('/')}/{item['id']}", timeout=timeout)
            records.append(detail.json() if detail.status_code == 200 else item)
        if not isinstance(document, dict) or document.get("last_page", True) or not items:
            break
        page += 1
    return records


def read_feed(source):
    if re.match(r"^https?://", source):
        return read_url(source)
    return read_file(source)


# --- Checking a record -----------------------------------------------------------


def _uuid(value, what):
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError, AttributeError):
        raise RecordProblem(f"{what} id {value!r} is not a UUID") from None


def _text(data, key, what, required=False, limit=None):
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise RecordProblem(f"{what} has no {key}")
        return ""
    if not isinstance(value, str):
        raise RecordProblem(f"{what} {key} is not text")
    value = value.strip()
    if limit and len(value) > limit:
        raise RecordProblem(f"{what} {key} is longer than {limit} characters")
    return value


def _date(value, what):
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise RecordProblem(f"{what} {value!r} is not a date (YYYY-MM-DD)") from None


def _time(value, what):
    if value in (None, ""):
        return None
    match = TIME_RE.match(str(value))
    if not match:
        raise RecordProblem(f"{what} {value!r} is not a time (HH:MM)")
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    try:
        return datetime.time(hours, minutes, seconds)
    except ValueError:
        raise RecordProblem(f"{what} {value!r} is not a time (HH:MM)") from None


def _months(value, what):
    if value in (None, ""):
        return None
    try:
        years = float(value)
    except (TypeError, ValueError):
        raise RecordProblem(f"{what} {value!r} is not a number") from None
    if not 0 <= years <= 18:
        raise RecordProblem(f"{what} {value!r} is not an age between 0 and 18")
    return round(years * 12)


def check_location(data):
    if not isinstance(data, dict):
        raise RecordProblem("a location is not an object")
    location_id = _uuid(data.get("id"), "location")
    lat, lon = data.get("latitude"), data.get("longitude")
    if lat is not None or lon is not None:
        try:
            lat, lon = float(lat), float(lon)
            validate_in_uk(lat, lon)
        except (TypeError, ValueError):
            raise RecordProblem(
                f"location {location_id} has coordinates that are not numbers"
            ) from None
        except ValidationError:
            raise RecordProblem(
                f"location {location_id} is outside the UK ({lat}, {lon})"
            ) from None
    addresses = data.get("addresses") or [{}]
    address = addresses[0] if isinstance(addresses[0], dict) else {}
    postcode = address.get("postal_code") or ""
    if postcode and not normalise_postcode(postcode):
        raise RecordProblem(f"location {location_id} has an invalid postcode {postcode!r}")
    features = " ".join(
        str(item.get("description") or item.get("accessibility") or "")
        for item in data.get("accessibility") or []
        if isinstance(item, dict)
    )
    return {
        "id": location_id,
        "name_en": _text(data, "name", "location", limit=200)
        or address.get("address_1")
        or "Place",
        "description_en": _text(data, "description", "location"),
        "address_1": str(address.get("address_1") or "")[:200],
        "address_2": str(address.get("address_2") or address.get("region") or "")[:200],
        "city": str(address.get("city") or "")[:100],
        "postcode": normalise_postcode(postcode) or "",
        "latitude": lat,
        "longitude": lon,
        "step_free_access": bool(re.search(r"step[- ]free|wheelchair", features, re.I)),
        "baby_change": bool(re.search(r"baby chang", features, re.I)),
        "parking": bool(re.search(r"parking", features, re.I)),
        "accessibility_notes_en": features[:1000],
    }


def check_schedule(data, warnings):
    what = "schedule"
    schedule_id = _uuid(data.get("id"), what)
    freq = data.get("freq") or Frequency.ONCE
    if freq not in {"WEEKLY", "MONTHLY", "ONCE"}:
        raise RecordProblem(f"schedule {schedule_id} has an unknown freq {freq!r}")
    opens = _time(data.get("opens_at"), f"schedule {schedule_id} opens_at")
    closes = _time(data.get("closes_at"), f"schedule {schedule_id} closes_at")
    start = _date(data.get("dtstart") or data.get("valid_from"), f"schedule {schedule_id} start")
    until = _date(data.get("valid_to"), f"schedule {schedule_id} valid_to")
    if opens is None or closes is None or start is None:
        warnings.append(f"schedule {schedule_id} has no times or start date, so it was left out")
        return None
    if closes <= opens:
        raise RecordProblem(f"schedule {schedule_id} closes ({closes}) before it opens ({opens})")
    if until and until < start:
        raise RecordProblem(f"schedule {schedule_id} ends ({until}) before it starts ({start})")
    try:
        days = parse_byday(data.get("byday"))
        parse_bymonthday(data.get("bymonthday"))
    except ValueError as error:
        raise RecordProblem(
            f"schedule {schedule_id} has an invalid day {error.args[0]!r}"
        ) from None
    if freq == "WEEKLY":
        days = [(None, day) for _n, day in days]
    if freq != Frequency.ONCE and not days and not data.get("bymonthday"):
        raise RecordProblem(f"schedule {schedule_id} repeats but says on which day")
    try:
        interval = max(1, min(12, int(float(data.get("interval") or 1))))
    except (TypeError, ValueError):
        raise RecordProblem(f"schedule {schedule_id} has an invalid interval") from None
    return {
        "id": schedule_id,
        "service_at_location_id": data.get("service_at_location_id"),
        "freq": freq,
        "interval": interval,
        "byday": ",".join(f"{n or ''}{day}" for n, day in days),
        "bymonthday": str(data.get("bymonthday") or ""),
        "valid_from": start,
        "valid_until": until,
        "opens_at": opens,
        "closes_at": closes,
        "notes_en": _text(data, "notes", "schedule")[:300],
    }


def check_record(data):
    """The record as model values, or RecordProblem saying what is wrong."""
    if not isinstance(data, dict):
        raise RecordProblem("the record is not an object")
    service_id = _uuid(data.get("id"), "service")
    what = f"service {service_id}"
    status = data.get("status")
    if status not in STATUSES:
        raise RecordProblem(f"{what} has status {status!r}; expected one of {sorted(STATUSES)}")
    warnings = []
    organisation = None
    if isinstance(data.get("organization"), dict):
        org = data["organization"]
        organisation = {
            "id": _uuid(org.get("id"), "organization"),
            "name_en": _text(org, "name", "organization", required=True, limit=200),
            "description_en": _text(org, "description", "organization"),
            "email": _text(org, "email", "organization")[:254],
            "website": _text(org, "website", "organization")[:200],
        }
    links = []
    for link in data.get("service_at_locations") or []:
        if not isinstance(link, dict):
            raise RecordProblem(f"{what} has a service_at_location that is not an object")
        links.append(
            {
                "id": _uuid(link.get("id"), "service_at_location"),
                "location": check_location(link.get("location")),
            }
        )
    schedules = [
        checked
        for item in data.get("schedules") or []
        if (checked := check_schedule(item, warnings)) is not None
    ]
    costs = [c for c in data.get("cost_options") or [] if isinstance(c, dict)]
    paid = [c for c in costs if (c.get("amount") or 0) > 0]
    phones = [
        phone.get("number")
        for contact in data.get("contacts") or []
        if isinstance(contact, dict)
        for phone in contact.get("phones") or []
        if isinstance(phone, dict) and phone.get("number")
    ]
    min_months = _months(data.get("minimum_age"), f"{what} minimum_age")
    max_months = _months(data.get("maximum_age"), f"{what} maximum_age")
    if min_months is not None and max_months is not None and max_months < min_months:
        raise RecordProblem(f"{what} maximum_age is below minimum_age")
    return {
        "id": service_id,
        "fields": {
            "name_en": _text(data, "name", what, required=True, limit=200),
            "description_en": _text(data, "description", what) or _text(data, "name", what),
            "status": status,
            "website": _text(data, "url", what)[:200],
            "email": _text(data, "email", what)[:254],
            "alert_en": _text(data, "alert", what)[:300],
            "min_age_months": min_months,
            "max_age_months": max_months,
            "is_free": not paid,
            "cost_description_en": (
                str(
                    paid[0].get("amount_description")
                    or paid[0].get("option")
                    or f"£{paid[0]['amount']}"
                )[:200]
                if paid
                else ""
            ),
            "phone": str(phones[0])[:30] if phones else "",
        },
        "organisation": organisation,
        "links": links,
        "schedules": schedules,
        "terms": [
            a.get("taxonomy_term")
            for a in data.get("attributes") or []
            if isinstance(a, dict) and isinstance(a.get("taxonomy_term"), dict)
        ],
        "languages": [lang for lang in data.get("languages") or [] if isinstance(lang, dict)],
        "warnings": warnings,
    }


# --- Writing ----------------------------------------------------------------------


def _term_for(data):
    """Our category for an ORUK taxonomy term: by id, then by code; new terms are added."""
    term_id = data.get("id")
    try:
        term_uuid = uuid.UUID(str(term_id))
    except ValueError:
        term_uuid = None
    if term_uuid and (found := TaxonomyTerm.objects.filter(pk=term_uuid).first()):
        return found
    code = slugify(str(data.get("term") or data.get("name") or ""))[:100]
    if not code:
        return None
    if found := TaxonomyTerm.objects.filter(code=code).first():
        return found
    taxonomy_name = str(data.get("taxonomy") or "Imported categories")[:200]
    taxonomy, _created = Taxonomy.objects.get_or_create(
        id=uuid.uuid5(ID_NAMESPACE, f"imported-taxonomy:{taxonomy_name}"),
        defaults={"name": taxonomy_name},
    )
    name = str(data.get("name") or code)[:200]
    return TaxonomyTerm.objects.create(
        id=term_uuid or uuid.uuid5(ID_NAMESPACE, f"imported-term:{code}"),
        taxonomy=taxonomy,
        code=code,
        name_en=name,
        description_en=str(data.get("description") or ""),
    )


def _languages_for(items):
    wanted = {str(item.get("code") or "").lower() for item in items} | {
        str(item.get("name") or "").lower() for item in items
    }
    wanted.discard("")
    return [
        language
        for language in Language.objects.all()
        if language.code.lower() in wanted or language.name.lower() in wanted
    ]


def _upsert(model, pk, values):
    instance = model.objects.filter(pk=pk).first()
    created = instance is None
    if created:
        instance = model(pk=pk)
    for name, value in values.items():
        setattr(instance, name, value)
    instance.save()
    return instance, created


def save_record(checked, hub=None):
    """Write a checked record. Returns True if the service is new."""
    organisation = None
    if checked["organisation"]:
        org = dict(checked["organisation"])
        organisation, _created = _upsert(Organisation, org.pop("id"), org)

    service = Service.objects.filter(pk=checked["id"]).first()
    created = service is None
    if created:
        service = Service(pk=checked["id"], hub=hub, origin="import")
    elif hub is not None:
        service.hub = hub
    for name, value in checked["fields"].items():
        setattr(service, name, value)
    if organisation is not None:
        service.organisation = organisation
    if checked["terms"]:
        service.categories.set([t for t in map(_term_for, checked["terms"]) if t is not None])
    if checked["languages"]:
        service.languages.set(_languages_for(checked["languages"]))
    service.save()

    link_ids = {}
    for link in checked["links"]:
        values = dict(link["location"])
        location_id = values.pop("id")
        location = Location.objects.filter(pk=location_id).first()
        if location is None:
            location = Location(pk=location_id, hub=service.hub)
        for name, value in values.items():
            setattr(location, name, value)
        location.save()
        existing = (
            ServiceAtLocation.objects.filter(pk=link["id"]).first()
            or ServiceAtLocation.objects.filter(service=service, location=location).first()
        )
        if existing is None:
            existing = ServiceAtLocation.objects.create(
                pk=link["id"], service=service, location=location
            )
        link_ids[str(link["id"])] = location
    for values in checked["schedules"]:
        values = dict(values)
        schedule_id = values.pop("id")
        location = link_ids.get(str(values.pop("service_at_location_id") or ""))
        if location is None and len(link_ids) == 1:
            location = next(iter(link_ids.values()))
        _upsert(Schedule, schedule_id, {**values, "service": service, "location": location})

    service.save_revision(clean=False)
    log(instance=service, action="wagtail.create" if created else "wagtail.edit")
    return created


def import_records(records, hub=None):
    """Check and save each record; a broken one is reported and skipped."""
    report = ImportReport()
    with translation.override("en"):
        for position, record in enumerate(records, start=1):
            record_id = record.get("id") if isinstance(record, dict) else None
            try:
                checked = check_record(record)
                with transaction.atomic():
                    created = save_record(checked, hub=hub)
            except RecordProblem as problem:
                report.skipped.append((position, record_id, str(problem)))
                continue
            except ValidationError as error:
                report.skipped.append((position, record_id, "; ".join(error.messages)))
                continue
            if created:
                report.created += 1
            else:
                report.updated += 1
            for note in checked["warnings"]:
                report.warnings.append((position, record_id, note))
    return report

"""Open Referral UK 3.0 views of the directory models (plain dicts, ready for JSON).

Objects without their own table (addresses, accessibility, languages, costs,
contacts, category links) get stable UUIDs derived from their parent's id, so a
consumer sees the same id on every request. Empty optional values are left out
rather than sent as "" (which would not be a valid URI or email).
"""

import datetime
import math
import uuid

from django.conf import settings

from .models import Frequency
from .reference import ID_NAMESPACE

ORUK_VERSION = "3.0"
PROFILE_URL = "https://openreferral.org/openreferraluk/"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/openapi.json"
LOCAL_TIME_NOTE = "Times are UK local time (Europe/London, GMT or BST)."


def derived_id(kind, *parts):
    return str(uuid.uuid5(ID_NAMESPACE, ":".join([kind, *map(str, parts)])))


def _compact(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _years(months):
    if months is None:
        return None
    years = months / 12
    return int(years) if years == int(years) else round(years, 2)


def _timestamp(moment):
    if moment is None:
        return None
    utc = moment.astimezone(datetime.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def organisation_data(organisation):
    if organisation is None:
        return None
    data = {
        "id": str(organisation.pk),
        "name": organisation.name,
        "description": organisation.description or organisation.name,
    }
    return data | _compact({"email": organisation.email, "website": organisation.website})


def taxonomy_data(taxonomy, terms=None):
    data = _compact(
        {
            "id": str(taxonomy.pk),
            "name": taxonomy.name,
            "description": taxonomy.description or taxonomy.name,
            "uri": taxonomy.uri,
            "version": taxonomy.version,
        }
    )
    if terms is not None:
        data["taxonomy_terms"] = [taxonomy_term_data(term) for term in terms]
    return data


def taxonomy_term_data(term):
    return _compact(
        {
            "id": str(term.pk),
            "name": str(term.label),
            "description": term.description or str(term.label),
            "parent_id": str(term.parent_id) if term.parent_id else None,
            "taxonomy": term.taxonomy.name if term.taxonomy_id else None,
            "taxonomy_id": str(term.taxonomy_id) if term.taxonomy_id else None,
            "term": term.code,
        }
    )


def address_data(location):
    return _compact(
        {
            "id": derived_id("address", location.pk),
            "location_id": str(location.pk),
            "address_1": location.address_1,
            "city": location.city,
            "region": location.address_2,
            "state_province": settings.DIRECTORY_DEFAULT_COUNTY,
            "postal_code": location.postcode,
            "country": "GB",
            "address_type": "physical",
        }
    )


def accessibility_data(location):
    found = []
    facts = [
        (location.step_free_access, "step-free", "Step-free access"),
        (location.baby_change, "baby-change", "Baby changing facilities"),
        (location.parking, "parking", "Parking"),
    ]
    for present, key, text in facts:
        if present:
            found.append({"id": derived_id("accessibility", location.pk, key), "description": text})
    if location.accessibility_notes:
        found.append(
            {
                "id": derived_id("accessibility", location.pk, "notes"),
                "description": location.accessibility_notes,
            }
        )
    return found


def location_data(location, full=True):
    data = _compact(
        {
            "id": str(location.pk),
            "location_type": "physical",
            "name": location.name,
            "description": location.description,
            "latitude": location.latitude,
            "longitude": location.longitude,
        }
    )
    if full:
        data["addresses"] = [address_data(location)]
        data["accessibility"] = accessibility_data(location)
    return data


def schedule_data(schedule, service_at_location_ids):
    note_parts = [
        schedule.notes,
        "Term time only." if schedule.term_time_only else "",
        LOCAL_TIME_NOTE,
    ]
    return _compact(
        {
            "id": str(schedule.pk),
            "service_id": str(schedule.service_id),
            "service_at_location_id": service_at_location_ids.get(schedule.location_id),
            "valid_from": schedule.valid_from.isoformat(),
            "valid_to": schedule.valid_until.isoformat() if schedule.valid_until else None,
            "dtstart": schedule.valid_from.isoformat(),
            "freq": schedule.freq if schedule.freq != Frequency.ONCE else None,
            "interval": schedule.interval if schedule.freq != Frequency.ONCE else None,
            "byday": schedule.byday if schedule.freq != Frequency.ONCE else None,
            "bymonthday": schedule.bymonthday,
            "description": schedule.describe(),
            "opens_at": schedule.opens_at.strftime("%H:%M:%S"),
            "closes_at": schedule.closes_at.strftime("%H:%M:%S"),
            "attending_type": "In person" if schedule.location_id else "Online or by phone",
            "notes": " ".join(part for part in note_parts if part),
        }
    )


def service_basic_data(service):
    """The one-to-one fields of a service (ORUK service_list item)."""
    data = _compact(
        {
            "id": str(service.pk),
            "organization_id": str(service.organisation_id) if service.organisation_id else None,
            "name": service.name,
            "description": service.description,
            "url": service.website,
            "email": service.email,
            "status": service.status,
            "fees": "Free" if service.is_free else service.cost_description,
            "minimum_age": _years(service.min_age_months)
            if service.min_age_months is not None
            else (0 if service.serves_pregnancy else None),
            "maximum_age": _years(service.max_age_months),
            "alert": service.alert,
            "last_modified": _timestamp(service.last_modified),
        }
    )
    organisation = organisation_data(service.organisation)
    if organisation:
        data["organization"] = organisation
    return data


def service_full_data(service):
    """A fully nested service (ORUK compiled service.json). Expects `load_services` prefetching."""
    data = service_basic_data(service)
    links = list(service.service_at_locations.all())
    sal_ids = {link.location_id: str(link.pk) for link in links}
    data["service_at_locations"] = [
        {
            "id": str(link.pk),
            "service_id": str(service.pk),
            "location_id": str(link.location_id),
            "location": location_data(link.location),
        }
        for link in links
    ]
    data["schedules"] = [schedule_data(s, sal_ids) for s in service.schedules.all()]
    data["languages"] = [
        {
            "id": derived_id("language", service.pk, language.code),
            "service_id": str(service.pk),
            "name": language.name,
            "code": language.code,
        }
        for language in service.languages.all()
    ]
    data["cost_options"] = [
        _compact(
            {
                "id": derived_id("cost", service.pk),
                "service_id": str(service.pk),
                "option": "Free" if service.is_free else service.cost_description,
                "amount": 0 if service.is_free else None,
                "amount_description": None if service.is_free else service.cost_description,
            }
        )
    ]
    data["contacts"] = []
    if service.phone or service.email:
        contact_id = derived_id("contact", service.pk)
        contact = {"id": contact_id, "service_id": str(service.pk), "name": service.name}
        if service.phone:
            contact["phones"] = [
                {
                    "id": derived_id("phone", service.pk),
                    "contact_id": contact_id,
                    "number": service.phone,
                }
            ]
        data["contacts"].append(contact)
    data["attributes"] = [
        {
            "id": derived_id("attribute", service.pk, term.pk),
            "link_id": str(service.pk),
            "link_type": "service",
            "taxonomy_term_id": str(term.pk),
            "taxonomy_term": taxonomy_term_data(term),
        }
        for term in service.categories.all()
    ]
    return data


def service_at_location_data(link, full=False):
    data = {
        "id": str(link.pk),
        "service_id": str(link.service_id),
        "location_id": str(link.location_id),
        "location": location_data(link.location, full=full),
        "service": service_basic_data(link.service),
    }
    return data


def page_data(items, total, page_number, per_page):
    total_pages = max(1, math.ceil(total / per_page)) if per_page else 1
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page_number,
        "size": len(items),
        "first_page": page_number == 1,
        "last_page": page_number >= total_pages,
        "empty": total == 0,
        "contents": items,
    }

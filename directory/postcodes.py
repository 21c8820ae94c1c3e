"""Postcode to place: the local table first (full postcode, sector, district), then,
only if a geocoder URL is configured, an online lookup. No network call by default.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from .geo import in_uk
from .validators import is_full_postcode, normalise_postcode

logger = logging.getLogger(__name__)


class PostcodeError(ValueError):
    """A postcode we cannot use; `message` is for the parent, in their language."""

    def __init__(self, message, code):
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float
    label: str
    precision: str  # unit | sector | district | device


def covered_areas():
    return [area.upper() for area in settings.DIRECTORY_COVERED_POSTCODE_AREAS]


def postcode_area(postcode):
    """The letters at the start: 'LE' for 'LE2 0AA'."""
    letters = ""
    for char in postcode:
        if not char.isalpha():
            break
        letters += char
    return letters


def centre_of_postcode(postcode):
    """The stored centre of the most precise matching unit, sector or district; None if unknown."""
    from .models import PostcodePlace

    normal = normalise_postcode(postcode)
    if not normal:
        return None
    keys = [normal]
    if is_full_postcode(normal):
        outward, inward = normal.split(" ")
        keys = [normal, f"{outward} {inward[0]}", outward]
    found = {p.postcode: p for p in PostcodePlace.objects.filter(postcode__in=keys)}
    for key in keys:
        if key in found:
            place = found[key]
            return Place(place.latitude, place.longitude, normal, place.kind)
    return None


def geocode_online(postcode):
    """Ask the configured geocoder (e.g. postcodes.io) and remember the answer; None on any failure.

    DIRECTORY_GEOCODER_URL contains `{postcode}`; the response must be JSON with
    `result.latitude` and `result.longitude` (the postcodes.io shape).
    """
    url_template = settings.DIRECTORY_GEOCODER_URL
    if not url_template or not is_full_postcode(postcode):
        return None
    import requests

    from .models import PostcodePlace

    try:
        response = requests.get(
            url_template.format(postcode=postcode.replace(" ", "")),
            timeout=settings.DIRECTORY_GEOCODER_TIMEOUT,
        )
        if response.status_code != 200:
            return None
        result = response.json().get("result") or {}
        latitude, longitude = float(result["latitude"]), float(result["longitude"])
    except (requests.RequestException, ValueError, KeyError, TypeError, AttributeError):
        logger.warning("online postcode lookup failed")
        return None
    if not in_uk(latitude, longitude):
        return None
    PostcodePlace.objects.update_or_create(
        postcode=postcode,
        defaults={"kind": PostcodePlace.UNIT, "latitude": latitude, "longitude": longitude},
    )
    return Place(latitude, longitude, postcode, PostcodePlace.UNIT)


def find_place(text):
    """The place for what a parent typed, or PostcodeError with a message that says what to do."""
    if not (text or "").strip():
        raise PostcodeError(_("Enter a postcode, like LE1 6ZG."), "required")
    normal = normalise_postcode(text)
    if normal is None:
        raise PostcodeError(
            _(
                "Enter a real postcode, like LE1 6ZG. You can also enter just the first part, like LE4."
            ),
            "invalid",
        )
    areas = covered_areas()
    if areas and postcode_area(normal) not in areas:
        raise PostcodeError(
            _(
                "%(postcode)s is outside the area this directory covers. It lists family hubs, "
                "clinics and groups for postcodes starting with %(areas)s."
            )
            % {"postcode": normal, "areas": ", ".join(areas)},
            "outside_area",
        )
    place = centre_of_postcode(normal)
    if place is None or (place.precision == "district" and is_full_postcode(normal)):
        better = geocode_online(normal)
        place = better or place
    if place is None:
        raise PostcodeError(
            _("We could not find the postcode %(postcode)s. Check it and try again.")
            % {"postcode": normal},
            "unknown",
        )
    return place

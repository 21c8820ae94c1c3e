"""Checks shared by the admin forms, the parents' search form and the ORUK import."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .geo import in_uk

# Outward code: area (1-2 letters), district (digit, then a digit or letter).
# Inward code: sector digit, then two unit letters (never C, I, K, M, O or V).
_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
FULL_POSTCODE_RE = re.compile(rf"^({_OUTWARD}) ?({_INWARD})$")
OUTWARD_RE = re.compile(rf"^({_OUTWARD})$")
SECTOR_RE = re.compile(rf"^({_OUTWARD}) ([0-9])$")

BYDAY_RE = re.compile(r"^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
BYMONTHDAY_RE = re.compile(r"^-?([1-9]|[12][0-9]|3[01])$")


def clean_postcode_text(value):
    """Upper case without spaces or stray punctuation: ' le2  0aa ' -> 'LE20AA'."""
    return re.sub(r"[^A-Za-z0-9]", "", value or "").upper()


def normalise_postcode(value):
    """The postcode in its standard form ('LE2 0AA', or 'LE2' for a district), or None."""
    compact = clean_postcode_text(value)
    if len(compact) >= 5:
        match = FULL_POSTCODE_RE.match(f"{compact[:-3]} {compact[-3:]}")
        if match:
            return f"{match.group(1)} {match.group(2)}"
    if OUTWARD_RE.match(compact):
        return compact
    return None


def is_full_postcode(value):
    return bool(FULL_POSTCODE_RE.match(value or ""))


def validate_uk_postcode(value):
    """For stored addresses: a complete UK postcode such as LE1 6ZG."""
    normal = normalise_postcode(value)
    if not normal or not is_full_postcode(normal):
        raise ValidationError(_("Enter a full UK postcode, like LE1 6ZG."), code="invalid_postcode")


def validate_in_uk(latitude, longitude):
    """Coordinates must fall inside the UK; swapped latitude and longitude are the usual mistake."""
    if latitude is None or longitude is None:
        return
    if not in_uk(latitude, longitude):
        hint = ""
        if in_uk(longitude, latitude):
            hint = " " + str(_("The latitude and longitude look swapped."))
        raise ValidationError(
            str(
                _(
                    "These coordinates are outside the UK. Latitude should be between 49.8 and 61, "
                    "longitude between -8.8 and 1.8 (Leicester is about 52.63, -1.13)."
                )
            )
            + hint,
            code="outside_uk",
        )


def parse_byday(value):
    """'TU,TH' or '2TU' or '-1FR' -> [(None, 'TU'), (2, 'TU'), (-1, 'FR')]; ValueError if malformed."""
    parts = []
    for raw in (value or "").split(","):
        raw = raw.strip().upper()
        if not raw:
            continue
        match = BYDAY_RE.match(raw)
        if not match:
            raise ValueError(raw)
        parts.append((int(match.group(1)) if match.group(1) else None, match.group(2)))
    return parts


def parse_bymonthday(value):
    days = []
    for raw in (value or "").split(","):
        raw = raw.strip()
        if not raw:
            continue
        if not BYMONTHDAY_RE.match(raw):
            raise ValueError(raw)
        days.append(int(raw))
    return days

"""Words and links for parents: ages, sessions, directions. Used by views and template tags."""

import datetime

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .schedules import holiday_ranges, sessions_between


def age_words(months):
    if months == 0:
        return _("birth")
    if months < 24:
        return ngettext("%(n)d month", "%(n)d months", months) % {"n": months}
    years = months // 12
    return ngettext("%(n)d year", "%(n)d years", years) % {"n": years}


def describe_ages(service):
    """'During pregnancy, and from birth to 1 year', 'From 2 years to 5 years', 'All ages'."""
    key = (
        translation.get_language(),
        service.serves_pregnancy,
        service.min_age_months,
        service.max_age_months,
    )
    if key not in _AGES:
        _AGES[key] = _describe_ages(*key[1:])
    return _AGES[key]


_AGES = {}  # a handful of distinct age ranges; the words only depend on them and the language


def _describe_ages(serves_pregnancy, low, high):
    child = ""
    if low is not None and high is not None:
        child = _("from %(low)s to %(high)s") % {"low": age_words(low), "high": age_words(high)}
    elif low is not None:
        child = _("from %(low)s") % {"low": age_words(low)}
    elif high is not None:
        child = _("up to %(high)s") % {"high": age_words(high)}
    if serves_pregnancy and child:
        return _("During pregnancy, and %(ages)s") % {"ages": child}
    if serves_pregnancy:
        return _("During pregnancy")
    if child:
        return child[0].upper() + child[1:]
    return _("All ages")


def directions_url(location):
    if location is None:
        return ""
    if location.has_coordinates:
        return settings.DIRECTORY_DIRECTIONS_URL.format(
            lat=f"{location.latitude:.5f}", lon=f"{location.longitude:.5f}"
        )
    return ""


def tel_href(number):
    digits = "".join(char for char in number or "" if char.isdigit() or char == "+")
    return f"tel:{digits}" if digits else ""


def attach_next_sessions(services, now=None):
    """Give each service `next_session`: its next session that has not ended (cancelled ones too)."""
    now = now or timezone.localtime()
    today = now.date()
    last = today + datetime.timedelta(days=27)
    schedules = [s for service in services for s in service.schedules.all()]
    holidays = holiday_ranges(today, last) if any(s.term_time_only for s in schedules) else ()
    for service in services:
        upcoming = [
            session
            for session in sessions_between(service.schedules.all(), today, last, holidays)
            if session.end >= now
        ]
        service.next_session = upcoming[0] if upcoming else None

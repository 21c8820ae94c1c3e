"""Session dates from schedules, with dateutil's rrule, minus changes to single sessions.

A schedule is an RFC 5545 pattern (weekly, monthly or once) on local dates; the
start and end times are wall-clock times in the site's time zone, so a session
at 10:00 stays at 10:00 when British Summer Time starts or ends.
"""

import datetime
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .validators import parse_byday, parse_bymonthday

RRULE_DAYS = {
    "MO": rrule.MO,
    "TU": rrule.TU,
    "WE": rrule.WE,
    "TH": rrule.TH,
    "FR": rrule.FR,
    "SA": rrule.SA,
    "SU": rrule.SU,
}
ORDINALS = {
    1: gettext_lazy("1st"),
    2: gettext_lazy("2nd"),
    3: gettext_lazy("3rd"),
    4: gettext_lazy("4th"),
    5: gettext_lazy("5th"),
    -1: gettext_lazy("last"),
}


@lru_cache(maxsize=4)
def site_zone(name=None):
    return ZoneInfo(name or settings.TIME_ZONE)


def local_today():
    return timezone.localdate()


def build_rule(schedule, holidays=()):
    """The schedule as an rruleset of session dates (as midnight datetimes).

    `holidays` is a list of (first day, last day) pairs excluded for term-time-only schedules.
    """
    start = datetime.datetime.combine(schedule.valid_from, datetime.time())
    until = (
        datetime.datetime.combine(schedule.valid_until, datetime.time())
        if schedule.valid_until
        else None
    )
    rules = rrule.rruleset()
    if schedule.freq == "ONCE":
        rules.rrule(rrule.rrule(rrule.DAILY, dtstart=start, count=1))
    else:
        days = [
            RRULE_DAYS[day](n) if n is not None else RRULE_DAYS[day]
            for n, day in parse_byday(schedule.byday)
        ]
        month_days = parse_bymonthday(schedule.bymonthday)
        freq = rrule.MONTHLY if schedule.freq == "MONTHLY" else rrule.WEEKLY
        if not days and not month_days:
            raise ValueError("a repeating schedule needs days")
        rules.rrule(
            rrule.rrule(
                freq,
                dtstart=start,
                interval=max(1, schedule.interval or 1),
                byweekday=days or None,
                bymonthday=month_days or None,
                until=until,
            )
        )
    if schedule.term_time_only:
        for first, last in holidays:
            rules.exrule(
                rrule.rrule(
                    rrule.DAILY,
                    dtstart=datetime.datetime.combine(first, datetime.time()),
                    until=datetime.datetime.combine(last, datetime.time()),
                )
            )
    return rules


def session_dates(schedule, first, last, holidays=None):
    """Dates from `first` to `last` (inclusive) on which the schedule has a session."""
    if holidays is None:
        holidays = holiday_ranges(first, last) if schedule.term_time_only else ()
    rules = build_rule(schedule, holidays)
    return [
        moment.date()
        for moment in rules.between(
            datetime.datetime.combine(first, datetime.time()),
            datetime.datetime.combine(last, datetime.time()),
            inc=True,
        )
    ]


def holiday_ranges(first, last):
    """School holidays that overlap the window, as (first day, last day) pairs."""
    from .models import SchoolHoliday

    return [
        (h.starts, h.ends)
        for h in SchoolHoliday.objects.filter(starts__lte=last, ends__gte=first).only(
            "starts", "ends"
        )
    ]


def aware(day, moment):
    """A wall-clock time on a date in the site's time zone (BST or GMT as on that date)."""
    return datetime.datetime.combine(day, moment, tzinfo=site_zone())


@dataclass
class Session:
    """One occurrence of a schedule, as parents see it."""

    schedule: object
    date: datetime.date  # the date it was planned for
    start: datetime.datetime
    end: datetime.datetime
    status: str = "on"  # on | cancelled | moved
    reason: str = ""
    new_place: str = ""

    @property
    def service(self):
        return self.schedule.service

    @property
    def location(self):
        return self.schedule.location

    @property
    def is_cancelled(self):
        return self.status == "cancelled"

    @property
    def is_moved(self):
        return self.status == "moved"

    @property
    def day(self):
        """The date it actually happens (a moved session may change day)."""
        return timezone.localtime(self.start, site_zone()).date()


def sessions_between(schedules, first, last, holidays=None):
    """Every session of `schedules` from `first` to `last`, cancelled ones included, by start time.

    Changes are read from `schedule.changes.all()`, so prefetch them for many schedules.
    """
    schedules = list(schedules)
    if holidays is None:
        holidays = holiday_ranges(first, last) if any(s.term_time_only for s in schedules) else ()
    found = []
    for schedule in schedules:
        changes = {change.date: change for change in schedule.changes.all()}
        try:
            dates = session_dates(schedule, first, last, holidays)
        except ValueError:
            continue
        for day in dates:
            session = Session(
                schedule=schedule,
                date=day,
                start=aware(day, schedule.opens_at),
                end=aware(day, schedule.closes_at),
            )
            change = changes.get(day)
            if change is not None:
                apply_change(session, change)
            found.append(session)
    found.sort(key=lambda s: (s.start, str(s.schedule.pk)))
    return found


def apply_change(session, change):
    session.reason = change.reason
    if change.kind == "cancelled":
        session.status = "cancelled"
        return
    session.status = "moved"
    day = change.new_date or session.date
    opens = change.new_opens_at or session.schedule.opens_at
    closes = change.new_closes_at or session.schedule.closes_at
    session.start, session.end = aware(day, opens), aware(day, closes)
    session.new_place = change.new_place


def find_session(schedule, day):
    """The session planned for `day`, or None if the schedule has none that day."""
    sessions = sessions_between([schedule], day, day)
    return sessions[0] if sessions else None


def upcoming_sessions(schedules, days=28, today=None):
    today = today or local_today()
    return sessions_between(schedules, today, today + datetime.timedelta(days=days - 1))


def describe_schedule(schedule):
    """In words: 'Every Tuesday, 10:00 to 11:30 (term time only)'."""
    from .models import WEEKDAY_LABELS

    times = _("%(start)s to %(end)s") % {
        "start": time_format(schedule.opens_at, "H:i"),
        "end": time_format(schedule.closes_at, "H:i"),
    }
    try:
        parts = parse_byday(schedule.byday)
    except ValueError:
        parts = []
    day_names = ", ".join(str(WEEKDAY_LABELS[day]) for n, day in parts if n is None)
    if schedule.freq == "ONCE":
        when = _("On %(date)s") % {"date": date_format(schedule.valid_from, "l j F Y")}
    elif schedule.freq == "MONTHLY":
        ordinals = ", ".join(
            _("the %(nth)s %(day)s") % {"nth": ORDINALS.get(n, str(n)), "day": WEEKDAY_LABELS[day]}
            for n, day in parts
            if n is not None
        )
        when = _("Every month on %(days)s") % {"days": ordinals or schedule.bymonthday}
    elif (schedule.interval or 1) > 1:
        when = ngettext(
            "Every %(n)s week on %(days)s", "Every %(n)s weeks on %(days)s", schedule.interval
        ) % {"n": schedule.interval, "days": day_names}
    else:
        when = _("Every %(days)s") % {"days": day_names}
    text = f"{when}, {times}"
    if schedule.term_time_only:
        text += " " + _("(term time only)")
    return text

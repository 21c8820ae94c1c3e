"""Date arithmetic for reminder windows, and the windows still to come for one date.

Offsets are (amount, unit) with unit days, weeks or months. Months follow
dateutil's relativedelta: 31 January + 1 month is 28 (or 29) February, and
29 February + 12 months is 28 February. Adding months is monotonic but not
invertible, so "which dates land on or before a day" is found by stepping
around the naive inverse rather than by subtracting.
"""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

UNITS = ("days", "weeks", "months")
ONE_DAY = datetime.timedelta(days=1)


def shift(date, amount, unit):
    """`date` moved by `amount` `unit`s (negative amounts go back)."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    return date + relativedelta(**{unit: amount})


def latest_date_shifting_to_at_most(target, amount, unit):
    """The largest d with shift(d, amount, unit) <= target."""
    d = shift(target, -amount, unit)
    while shift(d + ONE_DAY, amount, unit) <= target:
        d += ONE_DAY
    while shift(d, amount, unit) > target:
        d -= ONE_DAY
    return d


def earliest_date_shifting_to_at_least(target, amount, unit):
    """The smallest d with shift(d, amount, unit) >= target."""
    d = shift(target, -amount, unit)
    while shift(d - ONE_DAY, amount, unit) >= target:
        d -= ONE_DAY
    while shift(d, amount, unit) < target:
        d += ONE_DAY
    return d


@dataclass(frozen=True)
class Window:
    name: str
    kind: str
    opens: datetime.date
    closes: datetime.date
    guide_url: str | None
    reminder_id: int


def upcoming_windows(kind, date, today=None, kinds=("review",)):
    """Windows that have not closed yet for a due date (kind "due") or a date of birth ("birth").

    Names and guide links are in the active language. For a due date, pregnancy
    windows count from it and baby windows take it as the expected birth date.
    """
    from .models import Reminder

    today = today or datetime.date.today()
    windows = []
    reminders = Reminder.objects.filter(enabled=True, kind__in=list(kinds)).select_related("guide")
    for reminder in reminders:
        if not reminder.applies_to(kind, date):
            continue
        opens, closes = reminder.window_for(date)
        if closes < today:
            continue
        windows.append(
            Window(
                name=reminder.name,
                kind=reminder.kind,
                opens=opens,
                closes=closes,
                guide_url=_guide_url(reminder),
                reminder_id=reminder.pk,
            )
        )
    windows.sort(key=lambda w: (w.opens, w.closes, w.reminder_id))
    return windows


def _guide_url(reminder):
    from django.utils import translation

    return reminder.guide_url_in(translation.get_language() or "en")

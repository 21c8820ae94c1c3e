"""Session dates from rrule: weekly, fortnightly, monthly, term time, one-off, BST, changes."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from directory.models import Schedule, ScheduleChange, SchoolHoliday
from directory.schedules import describe_schedule, find_session, session_dates, sessions_between

from .factories import make_schedule

UTC = dt.UTC
D = dt.date


def schedule(**fields):
    """An unsaved schedule: the date logic needs no database."""
    values = {
        "freq": "WEEKLY",
        "interval": 1,
        "byday": "TU",
        "bymonthday": "",
        "valid_from": D(2027, 1, 1),
        "valid_until": None,
        "opens_at": dt.time(10, 0),
        "closes_at": dt.time(11, 30),
        "term_time_only": False,
    }
    values.update(fields)
    return Schedule(**values)


def test_weekly_tuesdays():
    dates = session_dates(schedule(), D(2027, 1, 1), D(2027, 1, 31))
    assert dates == [D(2027, 1, 5), D(2027, 1, 12), D(2027, 1, 19), D(2027, 1, 26)]


def test_weekly_on_two_days_and_fortnightly():
    assert session_dates(schedule(byday="TU,TH"), D(2027, 1, 4), D(2027, 1, 10)) == [
        D(2027, 1, 5),
        D(2027, 1, 7),
    ]
    fortnightly = schedule(interval=2, valid_from=D(2027, 1, 5))
    assert session_dates(fortnightly, D(2027, 1, 1), D(2027, 2, 2)) == [
        D(2027, 1, 5),
        D(2027, 1, 19),
        D(2027, 2, 2),
    ]


def test_monthly_second_tuesday_and_last_friday():
    second = schedule(freq="MONTHLY", byday="2TU")
    assert session_dates(second, D(2027, 1, 1), D(2027, 3, 31)) == [
        D(2027, 1, 12),
        D(2027, 2, 9),
        D(2027, 3, 9),
    ]
    last = schedule(freq="MONTHLY", byday="-1FR")
    assert session_dates(last, D(2027, 1, 1), D(2027, 2, 28)) == [D(2027, 1, 29), D(2027, 2, 26)]


def test_valid_from_and_until_bound_the_dates():
    bounded = schedule(valid_from=D(2027, 1, 10), valid_until=D(2027, 1, 20))
    assert session_dates(bounded, D(2027, 1, 1), D(2027, 1, 31)) == [D(2027, 1, 12), D(2027, 1, 19)]


def test_one_off():
    once = schedule(freq="ONCE", byday="", valid_from=D(2027, 3, 3))
    assert session_dates(once, D(2027, 1, 1), D(2027, 12, 31)) == [D(2027, 3, 3)]


def test_term_time_only_skips_holidays():
    holidays = [(D(2027, 2, 15), D(2027, 2, 19))]
    term = schedule(term_time_only=True)
    dates = session_dates(term, D(2027, 2, 8), D(2027, 2, 28), holidays)
    assert dates == [D(2027, 2, 9), D(2027, 2, 23)]
    assert D(2027, 2, 16) in session_dates(schedule(), D(2027, 2, 8), D(2027, 2, 28), holidays)


@pytest.mark.django_db
def test_term_time_reads_school_holidays_from_the_database(tuesday_group):
    SchoolHoliday.objects.create(name_en="Half term", starts=D(2027, 2, 15), ends=D(2027, 2, 19))
    term = make_schedule(tuesday_group, term_time_only=True)
    assert D(2027, 2, 16) not in session_dates(term, D(2027, 2, 8), D(2027, 2, 28))


def test_times_stay_local_across_british_summer_time():
    # BST starts on Sunday 28 March 2027 and ends on Sunday 31 October 2027.
    spring = sessions_between([_saved(schedule())], D(2027, 3, 23), D(2027, 3, 30), holidays=())
    assert [s.start.astimezone(UTC).time() for s in spring] == [dt.time(10, 0), dt.time(9, 0)]
    autumn = sessions_between([_saved(schedule())], D(2027, 10, 26), D(2027, 11, 2), holidays=())
    assert [s.start.astimezone(UTC).time() for s in autumn] == [dt.time(9, 0), dt.time(10, 0)]
    london = ZoneInfo("Europe/London")
    assert all(s.start.astimezone(london).time() == dt.time(10, 0) for s in spring + autumn)


def test_a_session_on_the_day_the_clocks_change():
    sunday = _saved(schedule(byday="SU"))
    (session,) = sessions_between([sunday], D(2027, 3, 28), D(2027, 3, 28), holidays=())
    assert session.start.astimezone(UTC) == dt.datetime(2027, 3, 28, 9, 0, tzinfo=UTC)
    assert session.end - session.start == dt.timedelta(minutes=90)


@pytest.mark.django_db
def test_changes_cancel_or_move_single_sessions(tuesday_group):
    weekly = tuesday_group.schedules.get()
    ScheduleChange.objects.create(
        schedule=weekly, date=D(2027, 1, 12), kind="cancelled", reason_en="Staff sickness"
    )
    ScheduleChange.objects.create(
        schedule=weekly,
        date=D(2027, 1, 19),
        kind="moved",
        new_date=D(2027, 1, 21),
        new_opens_at=dt.time(13, 0),
        new_closes_at=dt.time(14, 0),
        new_place_en="Room 2",
    )
    weekly = type(weekly).objects.prefetch_related("changes").get(pk=weekly.pk)
    sessions = sessions_between([weekly], D(2027, 1, 10), D(2027, 1, 25))
    assert [(s.date, s.status) for s in sessions] == [
        (D(2027, 1, 12), "cancelled"),
        (D(2027, 1, 19), "moved"),
    ]
    cancelled, moved = sessions
    assert cancelled.reason == "Staff sickness"
    assert moved.day == D(2027, 1, 21) and moved.new_place == "Room 2"
    assert moved.start.astimezone(ZoneInfo("Europe/London")).time() == dt.time(13, 0)
    assert find_session(weekly, D(2027, 1, 13)) is None
    assert find_session(weekly, D(2027, 1, 12)).is_cancelled


def test_descriptions():
    assert describe_schedule(schedule()) == "Every Tuesday, 10:00 to 11:30"
    assert describe_schedule(schedule(freq="MONTHLY", byday="2TU,4TU", term_time_only=True)) == (
        "Every month on the 2nd Tuesday, the 4th Tuesday, 10:00 to 11:30 (term time only)"
    )
    assert (
        describe_schedule(schedule(interval=2, byday="MO"))
        == "Every 2 weeks on Monday, 10:00 to 11:30"
    )
    assert describe_schedule(schedule(freq="ONCE", valid_from=D(2027, 3, 3))).startswith(
        "On Wednesday 3 March 2027"
    )


def _saved(item):
    """An unsaved schedule with an empty in-memory list of changes (modelcluster)."""
    item.changes = []
    return item

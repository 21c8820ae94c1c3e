"""The schedule against review-schedule.md: windows for due dates and dates of birth."""

import datetime

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from reminders.models import BIRTH_DATE, DUE_DATE
from reminders.schedule import (
    earliest_date_shifting_to_at_least,
    latest_date_shifting_to_at_most,
    shift,
    upcoming_windows,
)

D = datetime.date

# Born 10 March 2026: every window from the tables, worked out by hand.
BORN = D(2026, 3, 10)
BIRTH_TABLE = {
    "new-birth-visit": (D(2026, 3, 20), D(2026, 3, 24)),  # 10 to 14 days
    "review-6-8-weeks": (D(2026, 4, 21), D(2026, 5, 5)),  # 6 to 8 weeks
    "contact-3-4-months": (D(2026, 6, 10), D(2026, 7, 10)),
    "review-1-year": (D(2027, 1, 10), D(2027, 3, 10)),  # 10 to 12 months (LLR)
    "review-2-years": (D(2028, 3, 10), D(2028, 9, 10)),  # 2 years to 2 years 6 months
    "questionnaire-3-years": (D(2029, 3, 10), D(2029, 9, 10)),
    "immunisations-8-weeks": (D(2026, 5, 5), D(2026, 5, 19)),
    "immunisations-12-weeks": (D(2026, 6, 2), D(2026, 6, 16)),
    "immunisations-16-weeks": (D(2026, 6, 30), D(2026, 7, 14)),
    "immunisations-1-year": (D(2027, 3, 10), D(2027, 4, 10)),  # on or after the first birthday
    "immunisations-18-months": (D(2027, 9, 10), D(2027, 10, 10)),
    "immunisations-pre-school": (D(2029, 7, 10), D(2029, 9, 10)),  # from 3 years 4 months
}


@pytest.mark.parametrize("key,window", sorted(BIRTH_TABLE.items()))
def test_windows_from_a_date_of_birth(schedule, key, window):
    assert schedule[key].window_for(BORN) == window


def test_antenatal_contact_is_28_to_36_weeks_of_pregnancy(schedule):
    due = D(2026, 6, 15)
    opens, closes = schedule["antenatal-contact"].window_for(due)
    assert (opens, closes) == (D(2026, 3, 23), D(2026, 5, 18))
    # 40 weeks at the due date: 28 weeks is 12 weeks before it, 36 weeks is 4 weeks before.
    assert (due - opens).days == 12 * 7 and (due - closes).days == 4 * 7


def test_seven_reviews_and_six_immunisation_appointments(schedule):
    kinds = [r.kind for r in schedule.values()]
    assert kinds.count("review") == 7
    assert kinds.count("immunisation") == 6


@pytest.mark.parametrize(
    "born,key,window",
    [
        # month ends: a shorter month clips to its last day
        (D(2026, 1, 31), "contact-3-4-months", (D(2026, 4, 30), D(2026, 5, 31))),
        (D(2026, 1, 31), "review-1-year", (D(2026, 11, 30), D(2027, 1, 31))),
        (D(2025, 8, 31), "immunisations-18-months", (D(2027, 2, 28), D(2027, 3, 31))),
        (D(2026, 8, 31), "review-2-years", (D(2028, 8, 31), D(2029, 2, 28))),
        # leap years: 29 February + 1 year is 28 February; a leap day can be reached
        (D(2024, 2, 29), "immunisations-1-year", (D(2025, 2, 28), D(2025, 3, 29))),
        (D(2024, 2, 29), "review-2-years", (D(2026, 2, 28), D(2026, 8, 29))),
        (D(2027, 11, 30), "contact-3-4-months", (D(2028, 2, 29), D(2028, 3, 30))),
        (D(2027, 12, 31), "review-1-year", (D(2028, 10, 31), D(2028, 12, 31))),
        (D(2028, 2, 25), "new-birth-visit", (D(2028, 3, 6), D(2028, 3, 10))),
    ],
)
def test_month_ends_and_leap_years(schedule, born, key, window):
    assert schedule[key].window_for(born) == window


def names(windows):
    return [w.name for w in windows]


def test_eighteen_month_appointment_only_for_children_born_from_1_july_2024(schedule):
    today = D(2024, 12, 1)
    before = upcoming_windows(BIRTH_DATE, D(2024, 6, 30), today=today, kinds=("immunisation",))
    after = upcoming_windows(BIRTH_DATE, D(2024, 7, 1), today=today, kinds=("immunisation",))
    assert "18 month vaccinations" not in names(before)
    assert "18 month vaccinations" in names(after)
    # A due date counts as the expected date of birth.
    due = upcoming_windows(DUE_DATE, D(2024, 7, 1), today=D(2024, 3, 1), kinds=("immunisation",))
    assert "18 month vaccinations" in names(due)
    due_early = upcoming_windows(
        DUE_DATE, D(2024, 6, 30), today=D(2024, 3, 1), kinds=("immunisation",)
    )
    assert "18 month vaccinations" not in names(due_early)


def test_due_date_windows_include_pregnancy_and_baby_windows_in_date_order(schedule):
    due = D(2027, 3, 1)
    windows = upcoming_windows(DUE_DATE, due, today=D(2026, 11, 23))
    assert names(windows) == [
        "Antenatal contact with a health visitor",
        "New birth visit",
        "6 to 8 week review",
        "3 to 4 month contact",
        "One year review",
        "2 to 2½ year review",
        "3 to 3½ year questionnaire",
    ]
    assert windows[0].opens == D(2026, 12, 7) and windows[0].closes == D(2027, 2, 1)
    assert windows[1].opens == D(2027, 3, 11)  # counted from the due date as the expected birth
    assert [w.opens for w in windows] == sorted(w.opens for w in windows)
    assert all(w.kind == "review" for w in windows)


def test_date_of_birth_has_no_pregnancy_window(schedule):
    windows = upcoming_windows(BIRTH_DATE, D(2026, 11, 1), today=D(2026, 11, 2))
    assert "Antenatal contact with a health visitor" not in names(windows)
    assert names(windows)[0] == "New birth visit"


def test_a_window_is_listed_until_the_day_it_closes(schedule):
    born = D(2026, 3, 10)
    closes = BIRTH_TABLE["review-6-8-weeks"][1]
    on_last_day = upcoming_windows(BIRTH_DATE, born, today=closes)
    after = upcoming_windows(BIRTH_DATE, born, today=closes + datetime.timedelta(days=1))
    assert "6 to 8 week review" in names(on_last_day)
    assert "6 to 8 week review" not in names(after)


def test_names_in_the_active_language_with_english_fallback(schedule):
    with translation.override("pl"):
        polish = upcoming_windows(BIRTH_DATE, BORN, today=BORN)
    with translation.override("so"):
        somali = upcoming_windows(BIRTH_DATE, BORN, today=BORN)
    assert names(polish)[0] == "Wizyta po porodzie"
    assert names(somali)[0] == "New birth visit"


def test_guide_link_in_the_active_language(schedule, guide_tree):
    from content.models import GuidePage

    guide = GuidePage.objects.live().first()
    reminder = schedule["antenatal-contact"]
    reminder.guide = guide
    reminder.save()
    with translation.override("en"):
        english = upcoming_windows(DUE_DATE, D(2027, 3, 1), today=D(2026, 11, 23))[0]
    with translation.override("pl"):
        polish = upcoming_windows(DUE_DATE, D(2027, 3, 1), today=D(2026, 11, 23))[0]
    assert english.guide_url.startswith("/en/") and english.guide_url.rstrip("/").endswith(
        guide.slug_en
    )
    assert polish.guide_url.startswith("/pl/")
    others = upcoming_windows(DUE_DATE, D(2027, 3, 1), today=D(2026, 11, 23))[1:]
    assert all(w.guide_url is None for w in others)


def test_disabled_reminder_is_not_listed(schedule):
    schedule["new-birth-visit"].enabled = False
    schedule["new-birth-visit"].save()
    assert "New birth visit" not in names(upcoming_windows(BIRTH_DATE, BORN, today=BORN))


# --- the inverse arithmetic the SQL selection relies on ------------------------------
offsets = st.tuples(st.integers(-60, 60), st.sampled_from(["days", "weeks", "months"]))
targets = st.dates(min_value=D(2020, 1, 1), max_value=D(2032, 12, 31))


@given(target=targets, offset=offsets)
def test_latest_date_shifting_to_at_most_is_exact(target, offset):
    latest = latest_date_shifting_to_at_most(target, *offset)
    assert shift(latest, *offset) <= target
    # Every later date lands after the target (monotonic: checking the next few days suffices).
    for step in range(1, 5):
        assert shift(latest + datetime.timedelta(days=step), *offset) > target


@given(target=targets, offset=offsets)
def test_earliest_date_shifting_to_at_least_is_exact(target, offset):
    earliest = earliest_date_shifting_to_at_least(target, *offset)
    assert shift(earliest, *offset) >= target
    for step in range(1, 5):
        assert shift(earliest - datetime.timedelta(days=step), *offset) < target


def test_month_inverse_takes_in_every_clipped_day():
    # 29, 30 and 31 January + 1 month all land on 28 February 2027.
    assert latest_date_shifting_to_at_most(D(2027, 2, 28), 1, "months") == D(2027, 1, 31)
    assert earliest_date_shifting_to_at_least(D(2027, 2, 28), 1, "months") == D(2027, 1, 28)
    assert earliest_date_shifting_to_at_least(D(2027, 3, 1), 1, "months") == D(2027, 2, 1)

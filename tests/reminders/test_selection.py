"""The SQL selection of due reminders agrees with the rule worked out one family at a time."""

import datetime

import pytest

from reminders import tokens
from reminders.models import BIRTH_DATE, DUE_DATE, Delivery, Subscription
from reminders.sending import claim_new, count_due, due_subscriptions

D = datetime.date


@pytest.fixture
def every_date(db):
    """One subscription per day and per date kind over five and a half years, kinds alternating."""
    first, last = D(2022, 9, 1), D(2027, 9, 30)
    rows = []
    day = first
    n = 0
    while day <= last:
        for kind in (BIRTH_DATE, DUE_DATE):
            n += 1
            rows.append(
                Subscription(
                    endpoint=f"https://fcm.googleapis.com/fcm/send/{n}",
                    endpoint_digest=tokens.digest(f"e{n}"),
                    p256dh="x",
                    auth="y",
                    date_kind=kind,
                    date=day,
                    language="en",
                    wants_reviews=n % 3 != 0,
                    wants_immunisations=n % 3 != 1,
                    token_digest=tokens.digest(f"t{n}"),
                )
            )
        day += datetime.timedelta(days=1)
    Subscription.objects.bulk_create(rows, batch_size=2000)
    return list(Subscription.objects.all())


@pytest.mark.parametrize(
    "today",
    [D(2026, 11, 23), D(2027, 2, 28), D(2027, 3, 31), D(2028, 2, 29), D(2026, 12, 31)],
)
def test_sql_selection_matches_the_rule_for_every_date(schedule, every_date, today):
    for reminder in schedule.values():
        selected = set(due_subscriptions(reminder, today).values_list("pk", flat=True))
        expected = {
            s.pk
            for s in every_date
            if reminder.kind in s.kinds and reminder.is_due(s.date_kind, s.date, today)
        }
        assert selected == expected, reminder.key
    assert count_due(today) > 0


def test_lead_time_and_window_end_are_the_edges(schedule, every_date):
    reminder = schedule["review-6-8-weeks"]  # 6 to 8 weeks, lead 7 days
    today = D(2026, 11, 23)
    dates = set(due_subscriptions(reminder, today).values_list("date", flat=True))
    # Due from 5 weeks old (6 weeks less 7 days) until the last day of the window at 8 weeks.
    assert max(dates) == today - datetime.timedelta(weeks=5)
    assert min(dates) == today - datetime.timedelta(weeks=8)


def test_claimed_pairs_are_not_selected_again(schedule, every_date):
    reminder = schedule["review-6-8-weeks"]
    today = D(2026, 11, 23)
    before = due_subscriptions(reminder, today).count()
    lease = datetime.datetime(2026, 11, 23, 13, tzinfo=datetime.UTC)
    claimed, last = claim_new(reminder, today, lease, limit=5)
    assert len(claimed) == 5
    assert Delivery.objects.filter(status=Delivery.CLAIMED).count() == 5
    assert due_subscriptions(reminder, today).count() == before - 5
    # The next chunk goes on from the last one seen and takes different pairs.
    again, _last = claim_new(reminder, today, lease, limit=5, after=last)
    assert len(again) == 5
    assert {c[1] for c in again}.isdisjoint({c[1] for c in claimed})
    # Walking to the end claims every due pair exactly once.
    total, after = len(claimed) + len(again), _last
    while after is not None:
        chunk, after = claim_new(reminder, today, lease, limit=7, after=after)
        total += len(chunk)
    assert total == before
    assert due_subscriptions(reminder, today).count() == 0
    assert Delivery.objects.count() == before


def test_a_walk_claims_only_the_pairs_not_claimed_before(schedule, every_date):
    reminder = schedule["review-6-8-weeks"]
    today = D(2026, 11, 23)
    lease = datetime.datetime(2026, 11, 23, 13, tzinfo=datetime.UTC)
    due = list(due_subscriptions(reminder, today).order_by("date", "id"))
    # Another sender got the first ten already.
    for subscription in due[:10]:
        Delivery.objects.create(subscription=subscription, reminder=reminder, not_before=lease)
    claims, after = [], None
    while True:
        chunk, after = claim_new(reminder, today, lease, limit=4, after=after)
        if after is None:
            break
        claims += chunk
    assert sorted(c[1] for c in claims) == sorted(s.pk for s in due[10:])


def test_selection_uses_the_date_index(schedule, every_date):
    """The query plan reads subscriptions through the date index, not a full scan."""
    from django.db import connection

    queryset = due_subscriptions(schedule["review-6-8-weeks"], D(2026, 11, 23)).values("pk")
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET enable_seqscan = off")  # tiny table: ask what it can use
            cursor.execute("EXPLAIN " + sql, params)
            plan = " ".join(row[0] for row in cursor.fetchall())
            cursor.execute("SET enable_seqscan = on")
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "reminders_sub_date" in plan
    if connection.vendor == "sqlite":
        # NOT EXISTS looks each pair up in the unique index (named automatically by SQLite).
        assert "(subscription_id=? AND reminder_id=?)" in plan, plan

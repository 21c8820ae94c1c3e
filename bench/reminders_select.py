"""Benchmark: the due-reminder selection over 1,000,000 subscriptions.

    .venv/bin/python bench/reminders_select.py [--count 1000000] [--no-claim]

Subscriptions get dates spread over what the opt-in accepts (85% dates of birth
up to five years back, 15% due dates up to 42 weeks ahead) and random kinds;
they are bulk loaded (COPY on PostgreSQL, executemany on SQLite). Then:
1. the selection: every (subscription, reminder) pair due today, as sending
   runs it (one range query on the date index per reminder, NOT EXISTS a send
   record);
2. claiming all of them in chunks as the sender does (INSERT ... SELECT ... ON
   CONFLICT DO NOTHING RETURNING);
3. the selection again, now that every due pair has a send record.
"""

import argparse
import datetime
import os
import random
import sys
import time

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import reminders_common as common  # noqa: E402

COLUMNS = (
    "endpoint",
    "endpoint_digest",
    "p256dh",
    "auth",
    "date_kind",
    "date",
    "language",
    "wants_reviews",
    "wants_immunisations",
    "token_digest",
)
LANGUAGES = ("en", "pl", "ur", "pa", "gu", "so", "ar", "bn", "ro")


def rows(count, today, seed=5):
    rng = random.Random(seed)
    p256dh = "B" + "A" * 86
    auth = "A" * 22
    for i in range(count):
        if rng.random() < 0.15:
            kind, date = "due", today + datetime.timedelta(days=rng.randint(-42, 294))
        else:
            kind, date = "birth", today - datetime.timedelta(days=rng.randint(0, 5 * 365))
        reviews = rng.random() < 0.9
        immunisations = rng.random() < 0.5 or not reviews
        yield (
            f"https://fcm.googleapis.com/fcm/send/{i:012d}",
            f"{i:064x}",
            p256dh,
            auth,
            kind,
            date,
            LANGUAGES[i % len(LANGUAGES)],
            reviews,
            immunisations,
            f"{i:064x}",
        )


def bulk_load(count, today):
    from django.db import connection, transaction

    from reminders.models import Subscription

    table = Subscription._meta.db_table
    started = time.perf_counter()
    if connection.vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            raw = cursor.cursor
            with raw.copy(f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                for row in rows(count, today):
                    copy.write_row(row)
        with connection.cursor() as cursor:
            # What autovacuum does soon after a load: statistics and the visibility map.
            cursor.execute(f"VACUUM ANALYZE {table}")
    else:
        placeholders = ", ".join(["%s"] * len(COLUMNS))
        sql = f"INSERT INTO {table} ({', '.join(COLUMNS)}) VALUES ({placeholders})"
        batch = []
        with transaction.atomic(), connection.cursor() as cursor:
            for row in rows(count, today):
                batch.append((*row[:5], row[5].isoformat(), *row[6:]))
                if len(batch) == 50_000:
                    cursor.executemany(sql, batch)
                    batch.clear()
            if batch:
                cursor.executemany(sql, batch)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return time.perf_counter() - started


def select_all_due(today, reminders):
    from reminders.sending import due_subscriptions

    pairs = 0
    for reminder in reminders:
        pairs += len(list(due_subscriptions(reminder, today).values_list("id", flat=True)))
    return pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--no-claim", action="store_true", help="only time the selection")
    args = parser.parse_args()
    common.setup_django()

    with common.throwaway_database():
        from django.utils import timezone

        from reminders import demo
        from reminders.models import Delivery
        from reminders.sending import claim_new

        reminders = demo.seed()
        today = timezone.localdate()
        loaded = bulk_load(args.count, today)
        print(f"  {args.count} subscriptions loaded in {loaded:.1f} s", file=sys.stderr)

        started, cpu = time.perf_counter(), time.process_time()
        pairs = select_all_due(today, reminders)
        selection, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"reminders_select [{common.vendor()}]: selection of {pairs} due pairs among "
            f"{args.count} subscriptions x {len(reminders)} reminders in {selection:.2f} s "
            f"(this process's CPU {cpu:.2f} s)"
        )
        if args.no_claim:
            return
        lease = timezone.now() + datetime.timedelta(minutes=15)
        started, cpu = time.perf_counter(), time.process_time()
        claimed = 0
        for reminder in reminders:
            after = None
            while True:
                batch, after = claim_new(reminder, today, lease, 500, after)
                if after is None:
                    break
                claimed += len(batch)
        claiming, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"reminders_select [{common.vendor()}]: claimed {claimed} pairs in chunks of 500 in "
            f"{claiming:.1f} s ({claimed / claiming:.0f} claims/s; this process's CPU {cpu:.1f} s)"
        )
        started = time.perf_counter()
        left = select_all_due(today, reminders)
        again = time.perf_counter() - started
        print(
            f"reminders_select [{common.vendor()}]: selection again with {Delivery.objects.count()} "
            f"send records: {left} due pairs in {again:.2f} s"
        )


if __name__ == "__main__":
    main()

"""At most once per subscription and reminder: two senders at once, and a sender that dies."""

import datetime
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from reminders import push
from reminders.models import Delivery
from reminders.sending import send_due_reminders

from .conftest import at_noon

TODAY = datetime.date(2026, 11, 23)
NOW = at_noon(TODAY)
BORN = TODAY - datetime.timedelta(weeks=5, days=3)
PROJECT = Path(__file__).resolve().parents[2]


def deliveries_per_browser(receiver):
    return Counter(d.path for d in receiver.delivered)


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_senders_send_each_reminder_once(schedule, receiver, make_subscription):
    browsers = [receiver.new_browser() for _ in range(150)]
    for browser in browsers:
        make_subscription(browser, BORN)
    start = threading.Barrier(2)
    summaries, failures = [], []

    def sender():
        try:
            start.wait()
            summaries.append(send_due_reminders(now=NOW, chunk_size=5))
        except Exception as error:  # reported by the assertion below
            failures.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert failures == []
    counts = deliveries_per_browser(receiver)
    assert all(counts[b.path] == 1 for b in browsers), counts.most_common(3)
    assert len(receiver.requests) == 150
    assert sum(s.sent for s in summaries) == 150
    assert all(s.claimed > 0 for s in summaries), "both senders should have taken a share"
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 150


class SimulatedCrash(Exception):
    pass


def test_crash_between_claim_and_send_loses_nothing_and_repeats_nothing(
    schedule, receiver, make_subscription
):
    browsers = [receiver.new_browser() for _ in range(30)]
    for browser in browsers:
        make_subscription(browser, BORN)
    chunks = []

    def crash_on_second_chunk(jobs):
        chunks.append(len(jobs))
        if len(chunks) == 2:
            raise SimulatedCrash

    with pytest.raises(SimulatedCrash):
        send_due_reminders(now=NOW, chunk_size=10, before_send=crash_on_second_chunk)
    assert len(receiver.delivered) == 10
    assert Delivery.objects.filter(status=Delivery.CLAIMED).count() == 10

    # Restarted before the lease runs out: the rest go, the abandoned claims wait.
    send_due_reminders(now=NOW + datetime.timedelta(minutes=1), chunk_size=10)
    assert len(receiver.delivered) == 20
    # After the lease, the abandoned claims are taken over and sent.
    later = NOW + datetime.timedelta(seconds=settings.PUSH_CLAIM_LEASE_SECONDS + 60)
    send_due_reminders(now=later, chunk_size=10)
    counts = deliveries_per_browser(receiver)
    assert all(counts[b.path] == 1 for b in browsers)
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 30


class SenderDied(Exception):
    pass


class DiesAfterSecondWave(push.Pusher):
    """Posts for real; the second wave's results never come back to the sender."""

    waves = 0

    def start_posting(self, encoded):
        DiesAfterSecondWave.waves += 1
        futures = super().start_posting(encoded)
        if DiesAfterSecondWave.waves == 2:
            for future in futures:
                future.result()  # every push of this wave has been accepted...
            raise SenderDied  # ...and the sender dies before recording them
        return futures


def test_pushes_accepted_before_a_crash_are_not_sent_again(schedule, receiver, make_subscription):
    """The wave on the wire when the sender died was marked first: it is settled as sent
    after the lease, never sent again; the claims that never left are sent then."""
    browsers = [receiver.new_browser() for _ in range(30)]
    for browser in browsers:
        make_subscription(browser, BORN)
    DiesAfterSecondWave.waves = 0
    with pytest.raises(SenderDied), DiesAfterSecondWave(threads=4) as pusher:
        send_due_reminders(now=NOW, chunk_size=10, pusher=pusher)
    assert len(receiver.delivered) == 8  # two waves of four were accepted
    assert Delivery.objects.filter(status=Delivery.SENDING).count() == 4  # unrecorded
    assert Delivery.objects.filter(status=Delivery.CLAIMED).count() == 2  # never left
    send_due_reminders(now=NOW)  # restarted at once: the unclaimed rest
    assert len(receiver.delivered) == 28
    later = NOW + datetime.timedelta(seconds=settings.PUSH_CLAIM_LEASE_SECONDS + 60)
    summary = send_due_reminders(now=later)
    assert summary.settled == 4 and summary.sent == 2
    counts = deliveries_per_browser(receiver)
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 30
    assert all(counts[b.path] == 1 for b in browsers), counts.most_common(3)


def _database_url():
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        return (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        )
    name = str(db["NAME"])
    if "memory" in name or not name:
        return None
    return f"sqlite:///{name}"


@pytest.mark.django_db(transaction=True)
def test_sender_killed_with_sigkill_mid_batch_then_restart(
    schedule, receiver, make_subscription, settings
):
    url = _database_url()
    if url is None:
        pytest.skip("an in-memory SQLite test database cannot be shared with a subprocess")
    browsers = [receiver.new_browser() for _ in range(30)]
    for browser in browsers:
        make_subscription(browser, BORN)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "hubsite.settings.test",
        "VAPID_PUBLIC_KEY": settings.VAPID_PUBLIC_KEY,
        "VAPID_PRIVATE_KEY": settings.VAPID_PRIVATE_KEY,
        "PYTHONPATH": str(PROJECT),
    }
    child = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("crash_sender.py")), NOW.isoformat(), "10"],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    assert "not killed" not in child.stdout
    assert len(receiver.delivered) == 10
    assert Delivery.objects.filter(status=Delivery.CLAIMED).count() == 10

    later = NOW + datetime.timedelta(seconds=settings.PUSH_CLAIM_LEASE_SECONDS + 60)
    send_due_reminders(now=later, chunk_size=10)
    counts = deliveries_per_browser(receiver)
    assert all(counts[b.path] == 1 for b in browsers)
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 30

"""Sending due reminders: select in SQL, claim, push, record. Safe to run every hour.

Exactly once per (subscription, reminder):
- New work is claimed with one INSERT ... SELECT ... ON CONFLICT DO NOTHING
  RETURNING into Delivery, whose (subscription, reminder) pair is unique: two
  senders at once cannot both insert the same pair, so only one sends it.
- The claim commits before anything is sent and carries a lease. A sender that
  dies between claiming and recording leaves CLAIMED rows whose lease runs
  out; the next run takes them over with a conditional UPDATE (and FOR UPDATE
  SKIP LOCKED on PostgreSQL), which again only one sender can win.
- Pushes go out in waves (as many as the pusher has threads). A wave is
  encrypted first; then its claims are marked SENDING in one conditional
  UPDATE, it is posted, and its outcomes are recorded as soon as it is back.
  A sender that dies leaves CLAIMED rows (never sent: taken over and sent
  after the lease) and at most one wave of SENDING rows (perhaps sent: settled
  as sent after the lease and never sent again). So a crash never sends a
  reminder twice; the price is that a push marked but not yet written to its
  socket when the process died is not sent at all: the few milliseconds
  between the mark's commit and the posts, for at most one wave.

The selection is set-based: for each reminder, Python works out once the range
of dates for which it is due today (month arithmetic via relativedelta), and the
database compares the indexed date column with that range, excluding pairs
that already have a Delivery (NOT EXISTS on the unique index).
"""

import datetime
import logging
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from . import push
from .messages import MessageBuilder, trial_payload
from .models import DUE_DATE, IMMUNISATION, REVIEW, Delivery, Reminder, Subscription
from .schedule import earliest_date_shifting_to_at_least

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    expired: int = 0
    settled: int = 0  # pushes a dead sender had on the wire, counted as sent
    claimed: int = 0
    sent: int = 0
    retry: int = 0
    gone: int = 0
    gave_up: int = 0
    quiet: bool = False  # outside the sending hours: nothing was sent
    outcomes: Counter = field(default_factory=Counter)

    def as_dict(self):
        data = asdict(self)
        data["outcomes"] = dict(self.outcomes)
        return data

    def line(self):
        return (
            f"claimed={self.claimed} sent={self.sent} retry={self.retry} gone={self.gone} "
            f"gave_up={self.gave_up} expired={self.expired} settled={self.settled}"
            + (" (outside sending hours)" if self.quiet else "")
        )


# --- selection -------------------------------------------------------------------
def _kind_filter(kind):
    return {"wants_reviews": True} if kind == REVIEW else {"wants_immunisations": True}


def due_subscriptions(reminder, today):
    """Subscriptions for which `reminder` is due today and not yet claimed (a QuerySet)."""
    date_range = reminder.due_date_range(today)
    if date_range is None:
        return Subscription.objects.none()
    queryset = Subscription.objects.filter(date__range=date_range, **_kind_filter(reminder.kind))
    if reminder.counted_from == DUE_DATE:
        queryset = queryset.filter(date_kind=DUE_DATE)
    already = Delivery.objects.filter(subscription=OuterRef("pk"), reminder=reminder.pk)
    return queryset.filter(~Exists(already))


def count_due(today, reminders=None):
    """How many (subscription, reminder) pairs are due today and unclaimed."""
    reminders = reminders if reminders is not None else Reminder.objects.filter(enabled=True)
    return sum(due_subscriptions(r, today).count() for r in reminders)


def _q(name):
    return connection.ops.quote_name(name)


def _dt(value):
    return connection.ops.adapt_datetimefield_value(value)


def claim_new(reminder, today, lease_until, limit, after=None):
    """Claim the next `limit` due pairs of `reminder`, walking the date index in order.

    `after` is the (date, id) of the last candidate the previous call saw, so a
    run reads each due subscription once however many chunks it takes.
    Returns (claims, last seen): claims as [(delivery id, subscription id,
    reminder id, attempts)] for the pairs this call inserted (pairs another
    sender inserted first are left to it), and last seen None when none are left.
    """
    candidates = due_subscriptions(reminder, today)
    if after is not None:
        candidates = candidates.filter(date__gte=after[0]).exclude(date=after[0], id__lte=after[1])
    seen = list(candidates.order_by("date", "id").values_list("date", "id")[:limit])
    if not seen:
        return [], None
    ids = [row[1] for row in seen]
    table = _q(Delivery._meta.db_table)
    sql = (
        f"INSERT INTO {table} ({_q('subscription_id')}, {_q('reminder_id')}, {_q('status')}, "
        f"{_q('attempts')}, {_q('not_before')}) "
        f"SELECT s.{_q('id')}, %s, %s, 1, %s FROM {_q(Subscription._meta.db_table)} s "
        f"WHERE s.{_q('id')} IN ({', '.join(['%s'] * len(ids))}) "
        f"ON CONFLICT ({_q('subscription_id')}, {_q('reminder_id')}) DO NOTHING "
        f"RETURNING {_q('id')}, {_q('subscription_id')}"
    )
    params = [reminder.pk, Delivery.CLAIMED, _dt(lease_until), *ids]
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            claims = [(row[0], row[1], reminder.pk, 1) for row in cursor.fetchall()]
    return claims, seen[-1]


def mark_sending(delivery_ids, lease_until):
    """Mark claims as going on the wire now; returns the ids this sender still held."""
    if not delivery_ids:
        return set()
    table = _q(Delivery._meta.db_table)
    sql = (
        f"UPDATE {table} SET {_q('status')} = %s, {_q('not_before')} = %s "
        f"WHERE {_q('id')} IN ({', '.join(['%s'] * len(delivery_ids))}) "
        f"AND {_q('status')} = %s RETURNING {_q('id')}"
    )
    params = [Delivery.SENDING, _dt(lease_until), *delivery_ids, Delivery.CLAIMED]
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {row[0] for row in cursor.fetchall()}


def settle_abandoned_sends(now):
    """Pushes a dead sender had put on the wire: count them as sent, never send them again.

    Whether the push service got them is unknown; re-sending could deliver twice,
    and a reminder must reach a parent at most once.
    """
    return Delivery.objects.filter(status=Delivery.SENDING, not_before__lte=now).update(
        status=Delivery.SENT, not_before=None
    )


def claim_retries(now, lease_until, limit):
    """Take over deliveries due for another try, or whose sender's lease ran out.

    Returns [(delivery id, subscription id, reminder id, attempts)].
    """
    pending = (
        Delivery.objects.filter(status__in=[Delivery.CLAIMED, Delivery.RETRY], not_before__lte=now)
        .order_by("not_before")
        .values("id")[:limit]
    )
    sub_sql, sub_params = pending.query.sql_with_params()
    if connection.features.has_select_for_update_skip_locked:
        sub_sql += " FOR UPDATE SKIP LOCKED"
    table = _q(Delivery._meta.db_table)
    sql = (
        f"UPDATE {table} SET {_q('status')} = %s, {_q('attempts')} = {_q('attempts')} + 1, "
        f"{_q('not_before')} = %s "
        f"WHERE {_q('id')} IN ({sub_sql}) AND {_q('status')} IN (%s, %s) AND {_q('not_before')} <= %s "
        f"RETURNING {_q('id')}, {_q('subscription_id')}, {_q('reminder_id')}, {_q('attempts')}"
    )
    params = [
        Delivery.CLAIMED,
        _dt(lease_until),
        *sub_params,
        Delivery.CLAIMED,
        Delivery.RETRY,
        _dt(now),
    ]
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [tuple(row) for row in cursor.fetchall()]


# --- recording ---------------------------------------------------------------------
def backoff_seconds(attempts, retry_after=None):
    """Wait before the next try: doubling from PUSH_RETRY_BASE_SECONDS, at most six hours."""
    wait = min(settings.PUSH_RETRY_BASE_SECONDS * 2 ** max(0, attempts - 1), 6 * 3600)
    if retry_after:
        wait = max(wait, min(retry_after, 24 * 3600))
    return wait


def delete_subscriptions(ids):
    """Delete subscriptions and their send records; nothing of them is left."""
    ids = list(ids)
    if not ids:
        return 0
    with transaction.atomic():
        Delivery.objects.filter(subscription_id__in=ids).delete()
        deleted, _detail = Subscription.objects.filter(pk__in=ids).delete()
    return deleted


def record_outcomes(results, now, summary):
    """Write what happened to each push of a wave in one transaction."""
    sent, gave_up, gone = [], [], set()
    retry_at = defaultdict(list)
    for result in results:
        delivery_id, subscription_id, attempts = result.ref
        if result.outcome == push.SENT:
            sent.append(delivery_id)
        elif result.outcome == push.GONE:
            gone.add(subscription_id)
        elif result.outcome == push.RETRY and attempts < settings.PUSH_MAX_ATTEMPTS:
            wait = backoff_seconds(attempts, result.retry_after)
            retry_at[now + datetime.timedelta(seconds=int(wait))].append(delivery_id)
        else:
            gave_up.append(delivery_id)
    claimed = Delivery.objects.filter(status__in=[Delivery.CLAIMED, Delivery.SENDING])
    with transaction.atomic():
        if sent:
            claimed.filter(pk__in=sent).update(status=Delivery.SENT, not_before=None)
        for when, ids in retry_at.items():
            claimed.filter(pk__in=ids).update(status=Delivery.RETRY, not_before=when)
        if gave_up:
            claimed.filter(pk__in=gave_up).update(status=Delivery.GAVE_UP, not_before=None)
        delete_subscriptions(gone)
    summary.outcomes.update(result.outcome for result in results)
    summary.sent += len(sent)
    summary.retry += sum(len(ids) for ids in retry_at.values())
    summary.gave_up += len(gave_up)
    summary.gone += len(gone)


# --- expiry ------------------------------------------------------------------------
def expire_finished_subscriptions(today):
    """Delete subscriptions whose every reminder window has closed: after the last reminder."""
    reminders = list(Reminder.objects.filter(enabled=True))
    combos = [
        ({"wants_reviews": True, "wants_immunisations": False}, {REVIEW}),
        ({"wants_reviews": False, "wants_immunisations": True}, {IMMUNISATION}),
        ({"wants_reviews": True, "wants_immunisations": True}, {REVIEW, IMMUNISATION}),
    ]
    expired = 0
    for flags, kinds in combos:
        relevant = [r for r in reminders if r.kind in kinds]
        if not relevant:
            continue  # nothing configured: keep them rather than guess
        # Every window has closed for dates before the earliest of these cut-offs.
        cutoff = min(earliest_date_shifting_to_at_least(today, *r.end) for r in relevant)
        ids = list(
            Subscription.objects.filter(date__lt=cutoff, **flags).values_list("pk", flat=True)[
                :10_000
            ]
        )
        while ids:
            expired += delete_subscriptions(ids)
            ids = list(
                Subscription.objects.filter(date__lt=cutoff, **flags).values_list("pk", flat=True)[
                    :10_000
                ]
            )
    return expired


# --- the run -----------------------------------------------------------------------
def retry_when_locked(fn, *args, attempts=200):
    """Call fn(*args), waiting and trying again while SQLite reports a lock.

    PostgreSQL waits for row locks by itself. SQLite lets one writer in at a
    time and answers "database is locked" (or, for a shared-cache database,
    "database table is locked") when another sender holds it; every operation
    here is its own transaction, so trying it again is safe.
    """
    for attempt in range(attempts):
        try:
            return fn(*args)
        except OperationalError as error:
            if (
                connection.vendor != "sqlite"
                or "locked" not in str(error)
                or attempt == attempts - 1
            ):
                raise
            time.sleep(min(0.005 * (attempt + 1), 0.1))


def _still_wanted(reminder, subscription, today):
    if reminder is None or not reminder.enabled:
        return False
    if reminder.kind not in subscription.kinds:
        return False
    if not reminder.applies_to(subscription.date_kind, subscription.date):
        return False
    return today <= reminder.window_for(subscription.date)[1]


class Sender:
    """One run of sending. `now` fixes the clock (tests); by default it is the real time."""

    def __init__(self, now=None, pusher=None, chunk_size=None, before_send=None):
        self.fixed_now = now
        self.today = timezone.localdate(now or timezone.now())
        self.pusher = pusher
        self.chunk_size = chunk_size or settings.PUSH_CHUNK_SIZE
        self.before_send = before_send
        self.summary = RunSummary()
        self.builder = MessageBuilder()
        self.reminders = {}

    def now(self):
        return self.fixed_now or timezone.now()

    def lease_until(self):
        return self.now() + datetime.timedelta(seconds=settings.PUSH_CLAIM_LEASE_SECONDS)

    def within_sending_hours(self):
        hour = timezone.localtime(self.now()).hour
        return settings.PUSH_SEND_FROM_HOUR <= hour < settings.PUSH_SEND_UNTIL_HOUR

    def run(self):
        self.summary.expired = retry_when_locked(expire_finished_subscriptions, self.today)
        if not self.within_sending_hours():
            self.summary.quiet = True
            log.info("reminders run: outside sending hours, nothing sent")
            return self.summary
        self.summary.settled = retry_when_locked(settle_abandoned_sends, self.now())
        self.reminders = retry_when_locked(self._load_reminders)
        own = self.pusher is None
        self.pusher = self.pusher or push.Pusher()
        try:
            self._pump(self._retry_claims(), check=True)
            for reminder in self.reminders.values():
                self._pump(self._new_claims(reminder), check=False)
        finally:
            if own:
                self.pusher.close()
        log.info("reminders run: %s", self.summary.line())
        return self.summary

    def _load_reminders(self):
        reminders = {r.pk: r for r in Reminder.objects.filter(enabled=True).select_related("guide")}
        self.builder.prepare(reminders.values())  # guide links looked up once, not per push
        return reminders

    def _retry_claims(self):
        while claims := retry_when_locked(
            claim_retries, self.now(), self.lease_until(), self.chunk_size
        ):
            yield claims

    def _new_claims(self, reminder):
        after = None  # from the start of the due range
        while True:
            claims, after = retry_when_locked(
                claim_new, reminder, self.today, self.lease_until(), self.chunk_size, after
            )
            if after is None:  # nothing left in the range
                return
            if claims:
                yield claims

    def _pump(self, chunks, check):
        """Send chunk after chunk in waves of as many pushes as the pusher has threads.

        A wave is encrypted first (nothing leaves), then marked SENDING and posted,
        then recorded. While one wave is on the wire the next is encrypted, and the
        next chunk is claimed while the last wave of a chunk is on the wire. Every
        wave before a chunk is recorded before that chunk's first wave goes out.
        """
        in_flight = None
        try:
            for claims in chunks:
                jobs, unwanted = self._prepare(claims, check)
                if in_flight is not None:
                    self._finish(*in_flight)
                    in_flight = None
                if unwanted:
                    retry_when_locked(record_outcomes, unwanted, self.now(), self.summary)
                if self.before_send is not None:
                    self.before_send(jobs)
                size = self.pusher.threads
                for start in range(0, len(jobs), size):
                    encoding = self.pusher.start_encoding(jobs[start : start + size])
                    if in_flight is not None:
                        self._finish(*in_flight)
                        in_flight = None
                    encoded = [future.result() for future in encoding]
                    ready = [e for e in encoded if isinstance(e, push.EncodedPush)]
                    refused = [e for e in encoded if isinstance(e, push.PushResult)]
                    held = retry_when_locked(
                        mark_sending, [e.ref[0] for e in ready], self.lease_until()
                    )
                    ready = [e for e in ready if e.ref[0] in held]
                    in_flight = (self.pusher.start_posting(ready), refused)
        finally:
            if in_flight is not None:
                self._finish(*in_flight)

    def _prepare(self, claims, check):
        self.summary.claimed += len(claims)
        subscriptions = retry_when_locked(Subscription.objects.in_bulk, [c[1] for c in claims])
        jobs, unwanted = [], []
        for delivery_id, subscription_id, reminder_id, attempts in claims:
            subscription = subscriptions.get(subscription_id)
            if subscription is None:
                continue  # deleted meanwhile, and its delivery with it
            reminder = self.reminders.get(reminder_id)
            if check and (
                attempts > settings.PUSH_MAX_ATTEMPTS
                or not _still_wanted(reminder, subscription, self.today)
            ):
                unwanted.append(
                    push.PushResult((delivery_id, subscription_id, attempts), "expired")
                )
                continue
            jobs.append(
                push.PushJob(
                    ref=(delivery_id, subscription_id, attempts),
                    endpoint=subscription.endpoint,
                    p256dh=subscription.p256dh,
                    auth=subscription.auth,
                    payload=self.builder.payload(
                        reminder, subscription.language, subscription.date
                    ),
                    topic=f"reminder-{reminder.pk}",
                )
            )
        return jobs, unwanted

    def _finish(self, futures, refused):
        results = [future.result() for future in futures] + refused
        retry_when_locked(record_outcomes, results, self.now(), self.summary)


def send_due_reminders(now=None, pusher=None, chunk_size=None, before_send=None):
    """Send every reminder due now; returns a RunSummary of counts."""
    return Sender(now=now, pusher=pusher, chunk_size=chunk_size, before_send=before_send).run()


def send_trial(subscription):
    """Send the test notification at once; returns the push outcome."""
    job = push.PushJob(
        ref=(None, subscription.pk, 1),
        endpoint=subscription.endpoint,
        p256dh=subscription.p256dh,
        auth=subscription.auth,
        payload=trial_payload(subscription.language),
        topic="reminders-test",
    )
    with push.Pusher(threads=1) as pusher:
        result = pusher.send_one(job)
    if result.outcome == push.GONE:
        delete_subscriptions([subscription.pk])
    return result.outcome

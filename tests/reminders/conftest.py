"""Fixtures for the reminders tests: keys, the schedule, a local push receiver, subscriptions."""

import datetime

import pytest

from reminders import tokens
from reminders.models import BIRTH_DATE, Subscription
from reminders.vapid import new_key_pair

from .receiver import PushReceiver

_KEYS = new_key_pair()


@pytest.fixture(autouse=True)
def reminder_settings(settings, tmp_path):
    """A VAPID pair from settings, and no development key file written into the project."""
    settings.VAPID_PUBLIC_KEY, settings.VAPID_PRIVATE_KEY = _KEYS
    settings.VAPID_SUBJECT = "mailto:reminders-tests@example.org"
    settings.VAPID_DEV_KEY_FILE = tmp_path / "var" / "vapid.json"
    settings.PUSH_SEND_THREADS = 4
    settings.PUSH_TIMEOUT_SECONDS = 5
    settings.PUSH_SEND_FROM_HOUR, settings.PUSH_SEND_UNTIL_HOUR = 0, 24  # tests run at any hour
    return settings


@pytest.fixture
def local_push(settings):
    """Allow http:// and 127.0.0.1 endpoints: the explicit test-only switch."""
    settings.PUSH_ALLOW_INSECURE_LOCAL = True
    return settings


@pytest.fixture
def receiver(local_push):
    server = PushReceiver().start()
    yield server
    server.stop()


@pytest.fixture
def schedule(db):
    from reminders import demo

    return {r.key: r for r in demo.seed()}


@pytest.fixture
def make_subscription(db):
    """Subscription for a fake browser; returns (subscription, token)."""

    def make(browser, date, date_kind=BIRTH_DATE, language="en", reviews=True, immunisations=False):
        token = tokens.new_token()
        subscription = Subscription.objects.create(
            endpoint=browser.endpoint,
            endpoint_digest=tokens.digest(browser.endpoint),
            p256dh=browser.p256dh,
            auth=browser.auth,
            date_kind=date_kind,
            date=date,
            language=language,
            wants_reviews=reviews,
            wants_immunisations=immunisations,
            token_digest=tokens.digest(token),
        )
        return subscription, token

    return make


def at_noon(day):
    """An aware datetime at noon UK time on `day` (a run of the sender)."""
    from django.utils import timezone

    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12, 0)))

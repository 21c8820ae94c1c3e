"""The security tests run against the demo site, seeded once for the whole folder.

`seeded_site` builds the demo (guidance, directory, reminder schedule, roles)
inside an outer transaction that is rolled back when the folder is done, so
the other apps' tests see an empty database as before. Each test runs in its
own savepoint on top of it (pytest-django's `db`), like Django's
`TestCase.setUpTestData`.

It also adds what the demo does not have but an attacker would look for:
staff accounts with recognisable names and e-mail addresses, and reminder
subscriptions with recognisable push endpoints and keys.
"""

import datetime
import hashlib
import io

import pytest
from django.db import transaction
from django.test.utils import override_settings
from django.utils import translation

from .strategies import SECURITY  # noqa: F401  (registers the hypothesis profile)

# Things that must never appear in a public response.
SECRET_MARK = "zq7private"
STAFF = {
    # role: (username, e-mail)
    "staff_a": (f"{SECRET_MARK}-wa", f"{SECRET_MARK}.wa@{SECRET_MARK}mail.test"),
    "staff_b": (f"{SECRET_MARK}-wb", f"{SECRET_MARK}.wb@{SECRET_MARK}mail.test"),
    "translator": (f"{SECRET_MARK}-tr", f"{SECRET_MARK}.tr@{SECRET_MARK}mail.test"),
    "editor": (f"{SECRET_MARK}-ed", f"{SECRET_MARK}.ed@{SECRET_MARK}mail.test"),
}
PASSWORD = "a-long-and-unguessable-test-password"


class Site:
    """What `seeded_site` made: hubs, staff users, subscriptions and their secrets."""

    def __init__(self):
        self.users = {}
        self.subscriptions = []
        self.secrets = []  # strings (endpoints, keys, digests, e-mails) never to be shown


def _make_users(site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from content.roles import COMMS_EDITORS, TRANSLATORS
    from directory.models import Hub
    from directory.roles import add_hub_staff

    spokes = list(Hub.objects.filter(kind="spoke").order_by("slug"))
    site.hub_a, site.hub_b = spokes[0], spokes[1]
    User = get_user_model()
    for role, (username, email) in STAFF.items():
        user = User.objects.create_user(
            username=username,
            email=email,
            password=PASSWORD,
            first_name=f"{SECRET_MARK}first",
            last_name=f"{SECRET_MARK}last",
        )
        site.users[role] = user
        site.secrets += [username, email]
    add_hub_staff(site.users["staff_a"], site.hub_a)
    add_hub_staff(site.users["staff_b"], site.hub_b)
    site.users["translator"].groups.add(Group.objects.get(name=TRANSLATORS))
    site.users["editor"].groups.add(Group.objects.get(name=COMMS_EDITORS))


def _make_subscriptions(site):
    from reminders import tokens
    from reminders.models import Delivery, Reminder, Subscription

    reminder = Reminder.objects.order_by("pk").first()
    today = datetime.date.today()
    for n in range(3):
        endpoint = f"https://fcm.googleapis.com/fcm/send/{SECRET_MARK}-endpoint-{n}"
        token = f"{SECRET_MARK}token{n}".ljust(43, "x")
        p256dh = f"B{SECRET_MARK}p256dh{n}".ljust(87, "A")
        auth = f"{SECRET_MARK}auth{n}".ljust(22, "A")
        subscription = Subscription.objects.create(
            endpoint=endpoint,
            endpoint_digest=hashlib.sha256(endpoint.encode()).hexdigest(),
            p256dh=p256dh,
            auth=auth,
            date_kind="birth",
            date=today - datetime.timedelta(weeks=5 + n),
            language="en",
            token_digest=tokens.digest(token),
        )
        if reminder is not None:
            Delivery.objects.create(subscription=subscription, reminder=reminder, status="sent")
        site.subscriptions.append(subscription)
        site.secrets += [
            endpoint,
            f"{SECRET_MARK}-endpoint-{n}",
            token,
            p256dh,
            auth,
            subscription.endpoint_digest,
            subscription.token_digest,
        ]


@pytest.fixture(scope="package")
def seeded_site(django_db_setup, django_db_blocker):
    """The demo site plus staff and subscriptions, for every test in this folder."""
    from django.core.management import call_command

    from search import indexing, signals

    # Search reads the database index here; Elasticsearch (if configured for the
    # search tests) is left alone.
    no_es = override_settings(ELASTICSEARCH_URL="", PUSH_ALLOW_INSECURE_LOCAL=False)
    no_es.enable()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with translation.override("en"):
                call_command("seed_demo", stdout=io.StringIO())
                site = Site()
                _make_users(site)
                _make_subscriptions(site)
                # Index updates wait for a commit that never comes: build the index now.
                signals.forget_pending()
                indexing.rebuild_database()
            yield site
        finally:
            signals.forget_pending()
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
    no_es.disable()


@pytest.fixture
def site(seeded_site, db):
    """The seeded site, in a savepoint of its own for this test."""
    translation.activate("en")
    return seeded_site

"""A sender that dies after its pushes were accepted, before it wrote that down.

scripts/faults/sender-sigkill kills a real sender process with SIGKILL mid-batch and
counts at a local push service. This test is the same fault made deterministic: the
sender "dies" (an exception out of the pusher) after every push of its second wave
has been accepted by a push service that decrypts them. The wave was marked as on the
wire before it left, so it is never sent again; the claims that never left are.
"""

import datetime
import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from django.utils import timezone

from reminders import push, tokens
from reminders.models import Delivery, Subscription
from reminders.sending import send_due_reminders
from reminders.vapid import new_key_pair

PUSHLAB = Path(__file__).resolve().parents[2] / "scripts" / "faults" / "pushlab.py"
spec = importlib.util.spec_from_file_location("pushlab", PUSHLAB)
pushlab = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pushlab)


class SenderDied(Exception):
    pass


class DiesAfterSecondWave(push.Pusher):
    """Sends for real; the second wave's results never come back to the sender."""

    waves = 0

    def start_posting(self, encoded):
        DiesAfterSecondWave.waves += 1
        futures = super().start_posting(encoded)
        if DiesAfterSecondWave.waves == 2:
            for future in futures:
                future.result()  # every push of this chunk has been accepted...
            raise SenderDied  # ...and the process dies before recording them
        return futures


@pytest.fixture
def receiver(settings):
    settings.PUSH_ALLOW_INSECURE_LOCAL = True
    settings.PUSH_SEND_FROM_HOUR, settings.PUSH_SEND_UNTIL_HOUR = 0, 24
    settings.VAPID_PUBLIC_KEY, settings.VAPID_PRIVATE_KEY = new_key_pair()
    server = pushlab.Receiver()
    yield server
    server.stop()


def test_pushes_accepted_before_a_crash_are_not_sent_again(site, receiver):
    Subscription.objects.all().delete()  # the seeded ones point at real push services
    today = timezone.localdate()
    born = today - datetime.timedelta(weeks=5, days=3)  # the 6 to 8 week review is due
    browsers = [receiver.new_browser() for _ in range(30)]
    for browser in browsers:
        Subscription.objects.create(
            endpoint=browser.endpoint,
            endpoint_digest=tokens.digest(browser.endpoint),
            p256dh=browser.p256dh,
            auth=browser.auth,
            date_kind="birth",
            date=born,
            language="en",
            token_digest=tokens.digest(tokens.new_token()),
        )
    noon = timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    DiesAfterSecondWave.waves = 0
    with pytest.raises(SenderDied), DiesAfterSecondWave(threads=4) as pusher:
        send_due_reminders(now=noon, chunk_size=10, pusher=pusher)
    assert len(receiver.delivered) == 8  # two waves of four were accepted
    assert Delivery.objects.filter(status=Delivery.SENDING).count() == 4  # unrecorded
    assert Delivery.objects.filter(status=Delivery.CLAIMED).count() == 2  # never left
    send_due_reminders(now=noon)  # restarted at once: the unclaimed rest
    assert len(receiver.delivered) == 28
    later = send_due_reminders(now=noon + datetime.timedelta(minutes=16))  # after the lease
    assert later.settled == 4 and later.sent == 2
    per_browser = Counter(path for path, _topic, _payload in receiver.delivered)
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 30
    assert all(per_browser[b.path] >= 1 for b in browsers), "a reminder was lost"
    assert all(per_browser[b.path] == 1 for b in browsers), (
        f"{sum(1 for b in browsers if per_browser[b.path] > 1)} of 30 were delivered twice"
    )

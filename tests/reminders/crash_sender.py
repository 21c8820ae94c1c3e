"""Run by test_exactly_once: a sender that kills itself with SIGKILL after claiming its second chunk."""

import datetime
import os
import signal
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hubsite.settings.test")
django.setup()

from django.conf import settings  # noqa: E402

from reminders.sending import send_due_reminders  # noqa: E402

settings.PUSH_ALLOW_INSECURE_LOCAL = True  # the receiver is on 127.0.0.1
chunks = 0


def die_on_second_chunk(jobs):
    global chunks
    chunks += 1
    if chunks == 2:
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)


send_due_reminders(
    now=datetime.datetime.fromisoformat(sys.argv[1]),
    chunk_size=int(sys.argv[2]),
    before_send=die_on_second_chunk,
)
print("not killed")

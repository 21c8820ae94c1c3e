"""Sending end to end to a local push receiver that decrypts every message."""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from reminders.models import BIRTH_DATE, DUE_DATE, Delivery, Subscription
from reminders.sending import send_due_reminders

from .conftest import at_noon

D = datetime.date
TODAY = D(2026, 11, 23)
NOW = at_noon(TODAY)
# Born five and a half weeks ago: the 6 to 8 week review (lead 7 days) is due, nothing else is.
BORN = TODAY - datetime.timedelta(weeks=5, days=3)


def sent_count():
    return Delivery.objects.filter(status=Delivery.SENT).count()


@pytest.mark.parametrize(
    "language,title",
    [
        ("en", "The 6 to 8 week review"),
        ("pl", "Przegląd w wieku 6–8 tygodni"),
        ("ur", "6 سے 8 ہفتے کا جائزہ"),
        ("so", "The 6 to 8 week review"),  # no Somali text yet: English
    ],
)
def test_due_reminder_arrives_decrypted_in_the_parents_language(
    schedule, receiver, make_subscription, language, title
):
    browser = receiver.new_browser()
    make_subscription(browser, BORN, language=language)

    summary = send_due_reminders(now=NOW)

    assert summary.sent == 1 and summary.claimed == 1
    [message] = receiver.messages_for(browser)
    assert receiver.errors == []
    assert message.payload["title"] == title
    assert message.payload["lang"] == language
    assert message.payload["dir"] == ("rtl" if language == "ur" else "ltr")
    assert (
        message.payload["url"] == f"/{language}/reminders/"
    )  # no guide linked: the reminders page
    assert message.payload["tag"] == "reminder-review-6-8-weeks"
    opens, closes = schedule["review-6-8-weeks"].window_for(BORN)
    if language == "en" or language == "so":
        assert message.payload["body"].startswith(
            f"Due between {opens.day} {opens:%B %Y} and {closes.day} {closes:%B %Y}."
        )
    if language == "pl":
        assert message.payload["body"].startswith(
            f"Termin: między {opens.day} listopada 2026 a {closes.day} grudnia 2026."
        )
    assert message.vapid_ok
    assert message.headers["Content-Encoding"] == "aes128gcm"
    assert message.headers["TTL"] == str(3 * 24 * 3600)
    assert message.headers["Urgency"] == "normal"


def test_each_reminder_is_sent_once_across_runs_and_window_changes(
    schedule, receiver, make_subscription
):
    browser = receiver.new_browser()
    make_subscription(browser, BORN)
    send_due_reminders(now=NOW)
    send_due_reminders(now=NOW + datetime.timedelta(hours=1))
    assert len(receiver.messages_for(browser)) == 1

    # The comms team moves the window and rewrites the text: nothing is sent again.
    reminder = schedule["review-6-8-weeks"]
    reminder.start_amount, reminder.lead_days = 5, 10
    reminder.body_en = "New text between {opens} and {closes}."
    reminder.save()
    send_due_reminders(now=NOW + datetime.timedelta(days=1))
    assert len(receiver.messages_for(browser)) == 1
    assert sent_count() == 1


def test_guide_link_in_the_parents_language(schedule, receiver, make_subscription, guide_tree):
    from content.models import GuidePage

    guide = GuidePage.objects.live().first()
    reminder = schedule["review-6-8-weeks"]
    reminder.guide = guide
    reminder.save()
    browser = receiver.new_browser()
    make_subscription(browser, BORN, language="pl")
    send_due_reminders(now=NOW)
    [message] = receiver.messages_for(browser)
    with translation.override("pl"):
        expected = guide.specific.get_url()
    assert expected.startswith("/pl/")
    assert message.payload["url"] == expected


def test_only_the_kinds_chosen_are_sent(schedule, receiver, make_subscription):
    born = TODAY - datetime.timedelta(weeks=7, days=2)  # 6-8 week review and 8 week jabs both due
    both, reviews, jabs = (receiver.new_browser() for _ in range(3))
    make_subscription(both, born, reviews=True, immunisations=True)
    make_subscription(reviews, born, reviews=True, immunisations=False)
    make_subscription(jabs, born, reviews=False, immunisations=True)
    send_due_reminders(now=NOW)
    tags = lambda b: sorted(m.payload["tag"] for m in receiver.messages_for(b))  # noqa: E731
    assert tags(both) == ["reminder-immunisations-8-weeks", "reminder-review-6-8-weeks"]
    assert tags(reviews) == ["reminder-review-6-8-weeks"]
    assert tags(jabs) == ["reminder-immunisations-8-weeks"]


def test_pregnancy_reminder_from_the_due_date(schedule, receiver, make_subscription):
    due = TODAY + datetime.timedelta(weeks=12, days=5)  # 27 weeks and 2 days pregnant
    pregnant = receiver.new_browser()
    make_subscription(pregnant, due, date_kind=DUE_DATE)
    born = receiver.new_browser()  # the same date given as a birth date gets no antenatal reminder
    make_subscription(born, due, date_kind=BIRTH_DATE)
    send_due_reminders(now=NOW)
    assert [m.payload["tag"] for m in receiver.messages_for(pregnant)] == [
        "reminder-antenatal-contact"
    ]
    assert receiver.messages_for(born) == []


def test_410_deletes_the_subscription_and_its_records(schedule, receiver, make_subscription):
    browser = receiver.new_browser()
    subscription, _token = make_subscription(browser, BORN)
    receiver.script(browser, 410)
    summary = send_due_reminders(now=NOW)
    assert summary.gone == 1
    assert not Subscription.objects.filter(pk=subscription.pk).exists()
    assert not Delivery.objects.exists()


def test_404_deletes_the_subscription_too(schedule, receiver, make_subscription):
    browser = receiver.new_browser()
    subscription, _token = make_subscription(browser, BORN)
    receiver.script(browser, 404)
    send_due_reminders(now=NOW)
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


def test_500_is_retried_on_a_later_run_and_sent_exactly_once(
    schedule, receiver, make_subscription, settings
):
    settings.PUSH_RETRY_BASE_SECONDS = 900
    browser = receiver.new_browser()
    make_subscription(browser, BORN)
    receiver.script(browser, 500, 503)

    first = send_due_reminders(now=NOW)
    assert first.retry == 1 and receiver.messages_for(browser) == []
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.RETRY and delivery.attempts == 1
    assert delivery.not_before == NOW + datetime.timedelta(seconds=900)

    # Too early for the next try: nothing happens.
    send_due_reminders(now=NOW + datetime.timedelta(minutes=10))
    assert len(receiver.requests_for(browser)) == 1

    second = send_due_reminders(now=NOW + datetime.timedelta(minutes=16))
    assert second.retry == 1
    delivery.refresh_from_db()
    assert delivery.attempts == 2
    assert delivery.not_before == NOW + datetime.timedelta(minutes=16, seconds=1800)  # doubled

    send_due_reminders(now=NOW + datetime.timedelta(hours=1))
    send_due_reminders(now=NOW + datetime.timedelta(hours=2))
    assert len(receiver.messages_for(browser)) == 1
    assert len(receiver.requests_for(browser)) == 3
    delivery.refresh_from_db()
    assert delivery.status == Delivery.SENT and delivery.attempts == 3


def test_429_waits_at_least_retry_after(schedule, receiver, make_subscription):
    browser = receiver.new_browser()
    make_subscription(browser, BORN)
    receiver.script(browser, (429, {"Retry-After": "7200"}))
    send_due_reminders(now=NOW)
    assert Delivery.objects.get().not_before == NOW + datetime.timedelta(hours=2)
    send_due_reminders(now=NOW + datetime.timedelta(hours=1, minutes=59))
    assert receiver.messages_for(browser) == []
    send_due_reminders(now=NOW + datetime.timedelta(hours=2))
    assert len(receiver.messages_for(browser)) == 1


def test_a_timeout_is_retried(schedule, receiver, make_subscription, settings):
    settings.PUSH_TIMEOUT_SECONDS = 0.3
    browser = receiver.new_browser()
    make_subscription(browser, BORN)
    receiver.delay = 1.0
    summary = send_due_reminders(now=NOW)
    assert summary.retry == 1
    assert Delivery.objects.get().status == Delivery.RETRY
    receiver.delay = 0
    send_due_reminders(now=NOW + datetime.timedelta(hours=1))
    assert Delivery.objects.get().status == Delivery.SENT


def test_gives_up_after_the_last_attempt(schedule, receiver, make_subscription, settings):
    settings.PUSH_MAX_ATTEMPTS = 3
    browser = receiver.new_browser()
    make_subscription(browser, BORN)
    receiver.script(browser, *([500] * 10))
    for hours in range(0, 30, 3):
        send_due_reminders(now=NOW + datetime.timedelta(hours=hours))
    assert len(receiver.requests_for(browser)) == 3
    assert Delivery.objects.get().status == Delivery.GAVE_UP


def test_a_refused_message_is_not_retried(schedule, receiver, make_subscription):
    browser = receiver.new_browser()
    make_subscription(browser, BORN)
    receiver.script(browser, 400)
    send_due_reminders(now=NOW)
    send_due_reminders(now=NOW + datetime.timedelta(days=1))
    assert len(receiver.requests_for(browser)) == 1
    assert Delivery.objects.get().status == Delivery.GAVE_UP


def test_retry_stops_when_the_window_has_closed(schedule, receiver, make_subscription):
    browser = receiver.new_browser()
    make_subscription(browser, BORN)
    receiver.script(browser, 500)
    send_due_reminders(now=NOW)
    closes = schedule["review-6-8-weeks"].window_for(BORN)[1]
    send_due_reminders(now=at_noon(closes + datetime.timedelta(days=1)))
    assert len(receiver.requests_for(browser)) == 1
    assert Delivery.objects.get().status == Delivery.GAVE_UP


def test_subscription_deleted_after_its_last_reminder(schedule, receiver, make_subscription):
    browser = receiver.new_browser()
    # Born 3 years 6 months and 1 day ago: every window has closed.
    old, _t = make_subscription(browser, D(2023, 5, 22), reviews=True, immunisations=True)
    young_browser = receiver.new_browser()
    young, _t = make_subscription(young_browser, D(2023, 5, 24), reviews=True)
    send_due_reminders(now=NOW)
    assert not Subscription.objects.filter(pk=old.pk).exists()
    assert Subscription.objects.filter(pk=young.pk).exists()
    assert receiver.messages_for(browser) == []


def test_the_management_command_prints_counts_only(
    schedule, receiver, make_subscription, capsys, caplog
):
    browser = receiver.new_browser()
    make_subscription(browser, timezone.localdate() - datetime.timedelta(weeks=5, days=3))
    with caplog.at_level(logging.DEBUG):
        call_command("send_due_reminders")
    out = capsys.readouterr().out
    assert "sent=1" in out
    everything = out + caplog.text
    assert browser.path not in everything and "127.0.0.1" not in everything
    assert browser.p256dh not in everything


def test_nothing_is_sent_at_night(schedule, receiver, make_subscription, settings):
    settings.PUSH_SEND_FROM_HOUR, settings.PUSH_SEND_UNTIL_HOUR = 9, 20
    browser = receiver.new_browser()
    make_subscription(browser, BORN)
    night = timezone.make_aware(datetime.datetime.combine(TODAY, datetime.time(2, 30)))
    evening = timezone.make_aware(datetime.datetime.combine(TODAY, datetime.time(20, 0)))
    assert send_due_reminders(now=night).quiet
    assert send_due_reminders(now=evening).quiet
    assert receiver.requests == [] and not Delivery.objects.exists()
    morning = timezone.make_aware(datetime.datetime.combine(TODAY, datetime.time(9, 0)))
    assert send_due_reminders(now=morning).sent == 1

"""The JSON endpoints: opting in, managing with the token, test sends, deleting; and bad input."""

import base64
import datetime
import hashlib
import json

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from reminders.models import Delivery, Reminder, Subscription

from .receiver import b64url

IP = "203.0.113.77"
AGENT = "Mozilla/5.0 (Linux; Android 14) FamilyTest/1.0"


def today():
    return timezone.localdate()


def post(client, name, body, **extra):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(
        f"/push/{name}/",
        data=data,
        content_type="application/json",
        REMOTE_ADDR=IP,
        HTTP_USER_AGENT=AGENT,
        **extra,
    )


def opt_in_body(browser, **overrides):
    body = {
        "subscription": browser.subscription_json(),
        "date_kind": "birth",
        "date": (today() - datetime.timedelta(days=20)).isoformat(),
        "kinds": ["review", "immunisation"],
        "language": "pl",
        "page_language": "en",
    }
    body.update(overrides)
    return body


@pytest.fixture
def subscribed(client, receiver, schedule):
    browser = receiver.new_browser()
    response = post(client, "subscribe", opt_in_body(browser))
    assert response.status_code == 201, response.content
    return browser, response.json()["token"]


def test_opt_in_stores_the_date_kinds_language_and_subscription_only(client, receiver, schedule):
    browser = receiver.new_browser()
    response = post(client, "subscribe", opt_in_body(browser))
    assert response.status_code == 201
    data = response.json()
    token = data["token"]
    assert len(token) == 43
    assert data["reminders"]["kinds"] == ["review", "immunisation"]
    assert data["reminders"]["windows"], "the parent sees what is coming"
    assert "no-store" in response["Cache-Control"]

    subscription = Subscription.objects.get()
    assert subscription.endpoint == browser.endpoint
    assert (subscription.p256dh, subscription.auth) == (browser.p256dh, browser.auth)
    assert subscription.date == today() - datetime.timedelta(days=20)
    assert subscription.language == "pl"
    assert subscription.wants_reviews and subscription.wants_immunisations
    assert subscription.token_digest == hashlib.sha256(token.encode()).hexdigest()

    # Nothing else: these are all the columns there are, and none holds the address,
    # the browser's name or the token itself.
    columns = {f.attname for f in Subscription._meta.concrete_fields}
    assert columns == {
        "id",
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
    }
    values = " ".join(str(v) for v in Subscription.objects.values_list().get())
    assert IP not in values and "FamilyTest" not in values and token not in values


def test_the_rate_limit_cache_key_does_not_hold_the_address(client, receiver, schedule):
    post(client, "subscribe", opt_in_body(receiver.new_browser()))
    keys = " ".join(str(k) for k in cache._cache.keys())  # LocMemCache in tests
    assert "reminders:rl:subscribe" in keys
    assert IP not in keys


def test_nothing_about_the_family_is_logged(client, receiver, schedule, caplog):
    browser = receiver.new_browser()
    with caplog.at_level("DEBUG"):
        response = post(client, "subscribe", opt_in_body(browser))
        post(client, "test", {"token": response.json()["token"]})
    text = caplog.text
    for secret in (IP, browser.path, browser.p256dh, browser.auth, response.json()["token"]):
        assert secret not in text


def test_the_same_browser_opting_in_again_replaces_its_subscription(client, receiver, schedule):
    browser = receiver.new_browser()
    first = post(client, "subscribe", opt_in_body(browser)).json()["token"]
    second = post(client, "subscribe", opt_in_body(browser, language="ur")).json()["token"]
    assert Subscription.objects.count() == 1
    assert Subscription.objects.get().language == "ur"
    assert post(client, "status", {"token": first}).status_code == 410
    assert post(client, "status", {"token": second}).status_code == 200


def test_status_lists_windows_in_the_page_language(client, subscribed):
    _browser, token = subscribed
    data = post(client, "status", {"token": token, "page_language": "pl"}).json()["reminders"]
    names = [w["name"] for w in data["windows"]]
    assert "Przegląd w wieku 6–8 tygodni" in names
    assert all(w["opens"] <= w["closes"] for w in data["windows"])


def test_update_changes_date_kinds_and_language(client, subscribed):
    _browser, token = subscribed
    due = today() + datetime.timedelta(weeks=10)
    response = post(
        client,
        "update",
        {
            "token": token,
            "date_kind": "due",
            "date": due.isoformat(),
            "kinds": ["review"],
            "language": "ur",
        },
    )
    assert response.status_code == 200, response.content
    subscription = Subscription.objects.get()
    assert (subscription.date_kind, subscription.date, subscription.language) == ("due", due, "ur")
    assert subscription.wants_reviews and not subscription.wants_immunisations
    # Fields left out keep their value.
    assert post(client, "update", {"token": token, "language": "pl"}).status_code == 200
    subscription.refresh_from_db()
    assert (subscription.date, subscription.language) == (due, "pl")


def test_update_forgets_unsent_attempts_but_not_sent_ones(client, subscribed):
    _browser, token = subscribed
    subscription = Subscription.objects.get()
    reminders = list(Reminder.objects.all()[:3])
    for reminder, status in zip(
        reminders, [Delivery.SENT, Delivery.RETRY, Delivery.GAVE_UP], strict=True
    ):
        Delivery.objects.create(subscription=subscription, reminder=reminder, status=status)
    post(client, "update", {"token": token, "kinds": ["review"]})
    assert list(Delivery.objects.values_list("status", flat=True)) == [Delivery.SENT]


def test_test_send_arrives_in_the_subscribers_language(client, subscribed, receiver):
    browser, token = subscribed
    response = post(client, "test", {"token": token})
    assert response.status_code == 200 and response.json() == {"sent": True}
    [message] = receiver.messages_for(browser)
    assert message.payload["lang"] == "pl"
    assert message.payload["tag"] == "reminders-test"
    assert message.payload["url"] == "/pl/reminders/"
    assert message.vapid_ok


def test_test_send_to_an_expired_subscription_deletes_it(client, subscribed, receiver):
    browser, token = subscribed
    receiver.script(browser, 410)
    response = post(client, "test", {"token": token})
    assert response.status_code == 410
    assert response.json()["gone"] is True
    assert not Subscription.objects.exists()


def test_delete_leaves_no_row_behind(client, subscribed):
    _browser, token = subscribed
    subscription = Subscription.objects.get()
    for reminder in Reminder.objects.all()[:4]:
        Delivery.objects.create(subscription=subscription, reminder=reminder, status=Delivery.SENT)
    response = post(client, "delete", {"token": token})
    assert response.status_code == 200 and response.json() == {"deleted": True}
    assert Subscription.objects.count() == 0
    assert Delivery.objects.count() == 0
    assert post(client, "delete", {"token": token}).status_code == 410


def test_resubscribe_swaps_in_the_new_subscription(client, subscribed, receiver):
    old, token = subscribed
    new = receiver.new_browser()
    strict = Client(enforce_csrf_checks=True)  # the service worker has no CSRF token
    response = post(
        strict,
        "resubscribe",
        {"old_endpoint": old.endpoint, "subscription": new.subscription_json()},
    )
    assert response.status_code == 200
    assert Subscription.objects.get().endpoint == new.endpoint
    post(client, "test", {"token": token})
    assert len(receiver.messages_for(new)) == 1 and receiver.messages_for(old) == []
    unknown = post(
        strict,
        "resubscribe",
        {"old_endpoint": old.endpoint, "subscription": new.subscription_json()},
    )
    assert unknown.status_code == 410


# --- CSRF and rate limits --------------------------------------------------------
def test_posts_without_the_csrf_token_are_refused(receiver, schedule):
    strict = Client(enforce_csrf_checks=True)
    body = opt_in_body(receiver.new_browser())
    assert post(strict, "subscribe", body).status_code == 403
    page = strict.get("/en/reminders/")
    token = page.cookies["csrftoken"].value
    response = post(strict, "subscribe", body, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201


def test_opt_in_is_rate_limited_per_client(client, receiver, schedule, settings):
    settings.REMINDERS_RATE_LIMITS = {**settings.REMINDERS_RATE_LIMITS, "subscribe": (3, 3600)}
    codes = [
        post(client, "subscribe", opt_in_body(receiver.new_browser())).status_code for _ in range(4)
    ]
    assert codes == [201, 201, 201, 429]
    limited = post(client, "subscribe", opt_in_body(receiver.new_browser()))
    assert int(limited["Retry-After"]) > 0 and limited.json()["error"]
    other = client.post(
        "/push/subscribe/",
        data=json.dumps(opt_in_body(receiver.new_browser())),
        content_type="application/json",
        REMOTE_ADDR="198.51.100.5",
    )
    assert other.status_code == 201


def test_test_sends_are_rate_limited(client, subscribed, settings):
    settings.REMINDERS_RATE_LIMITS = {**settings.REMINDERS_RATE_LIMITS, "test": (2, 3600)}
    _browser, token = subscribed
    codes = [post(client, "test", {"token": token}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


# --- bad input: a clear message, never a 500 -------------------------------------
def not_on_curve():
    return b64url(b"\x04" + b"\x00" * 64)


BAD_OPT_INS = [
    ("date", "2026-02-30"),
    ("date", "yesterday"),
    ("date", 20261123),
    ("date", None),
    ("date", ""),
    ("date", ["2026-01-01"]),
    ("date_kind", "twins"),
    ("date_kind", None),
    ("kinds", []),
    ("kinds", "review"),
    ("kinds", ["weekly"]),
    ("kinds", [1]),
    ("language", "xx"),
    ("language", 5),
    ("subscription", None),
    ("subscription", "https://fcm.googleapis.com/x"),
    ("subscription", {"endpoint": "https://fcm.googleapis.com/x"}),
    ("subscription", {"endpoint": 7, "keys": {"p256dh": "a", "auth": "b"}}),
]


@pytest.mark.parametrize("field,value", BAD_OPT_INS)
def test_bad_opt_in_fields_get_a_clear_400(client, receiver, schedule, field, value):
    body = opt_in_body(receiver.new_browser(), **{field: value})
    response = post(client, "subscribe", body)
    assert response.status_code == 400, response.content
    assert response.json()["error"]
    assert not Subscription.objects.exists()


def test_dates_out_of_range_get_their_own_message(client, receiver, schedule):
    far = (today() + datetime.timedelta(weeks=43)).isoformat()
    future_birth = (today() + datetime.timedelta(days=1)).isoformat()
    too_old = (today() - datetime.timedelta(days=6 * 366)).isoformat()
    cases = [
        ("due", far, "42 weeks"),
        ("birth", future_birth, "future"),
        ("birth", too_old, "5 years"),
    ]
    for kind, date, words in cases:
        body = opt_in_body(receiver.new_browser(), date_kind=kind, date=date)
        response = post(client, "subscribe", body)
        assert response.status_code == 400
        assert words in response.json()["error"]
        assert words in response.json()["errors"]["date"][0]


@pytest.mark.parametrize(
    "keys",
    [
        {"p256dh": "short", "auth": b64url(b"a" * 16)},
        {"p256dh": not_on_curve(), "auth": b64url(b"a" * 16)},
        {"p256dh": b64url(b"\x04" + b"\x01" * 64), "auth": b64url(b"a" * 16)},
        {"p256dh": "!!!!", "auth": "!!!!"},
        {"p256dh": None, "auth": None},
        {"auth": b64url(b"a" * 16)},
    ],
)
def test_malformed_keys_get_a_clear_400(client, receiver, schedule, keys):
    browser = receiver.new_browser()
    subscription = {"endpoint": browser.endpoint, "keys": keys}
    response = post(client, "subscribe", opt_in_body(browser, subscription=subscription))
    assert response.status_code == 400
    assert "subscription" in response.json()["errors"]


def test_wrong_auth_length_is_refused(client, receiver, schedule):
    browser = receiver.new_browser()
    subscription = browser.subscription_json()
    subscription["keys"]["auth"] = b64url(b"a" * 15)
    response = post(client, "subscribe", opt_in_body(browser, subscription=subscription))
    assert response.status_code == 400


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://fcm.googleapis.com/x",
        "https://10.0.0.1/x",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/x",
        "https://localhost/x",
        "https://evil.example.com/push",
    ],
)
def test_ssrf_endpoints_are_refused_at_opt_in(client, schedule, endpoint, settings):
    settings.PUSH_ALLOW_INSECURE_LOCAL = False
    from .receiver import FakeBrowser

    browser = FakeBrowser(path="/x", endpoint=endpoint)
    response = post(client, "subscribe", opt_in_body(browser))
    assert response.status_code == 400
    assert response.json()["errors"]["subscription"]


@pytest.mark.parametrize(
    "raw",
    [b"not json", b"[1, 2]", b'"text"', b"\xff\xfe", b"", b"null"],
)
def test_unreadable_bodies_get_a_400(client, schedule, raw):
    response = post(client, "subscribe", raw)
    assert response.status_code == 400
    assert response.json()["error"]


def test_an_oversized_body_is_refused(client, schedule):
    response = post(client, "subscribe", b"{" + b" " * 9000 + b"}")
    assert response.status_code == 413


@pytest.mark.parametrize("name", ["status", "update", "test", "delete"])
@pytest.mark.parametrize(
    "token,status",
    [
        (None, 400),
        ("", 400),
        ("short", 400),
        (12345, 400),
        ("!" * 43, 400),
        (base64.urlsafe_b64encode(b"x" * 32).decode().rstrip("="), 410),
    ],
)
def test_bad_or_unknown_tokens(client, schedule, name, token, status):
    response = post(client, name, {"token": token})
    assert response.status_code == status
    assert response.json()["error"]


def test_bad_update_values_are_refused_and_nothing_changes(client, subscribed):
    _browser, token = subscribed
    before = Subscription.objects.values().get()
    for body in [
        {"date": "31/31/2026"},
        {"kinds": []},
        {"language": "zz"},
        {"subscription": {"endpoint": "x"}},
    ]:
        response = post(client, "update", {"token": token, **body})
        assert response.status_code == 400, body
        assert response.json()["error"]
    assert Subscription.objects.values().get() == before


def test_get_is_not_allowed(client, schedule):
    response = client.get("/push/subscribe/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"

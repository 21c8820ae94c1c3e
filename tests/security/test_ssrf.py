"""Server-side request forgery through push subscriptions is refused.

A push subscription names a URL the server will later POST to. Every way of
pointing it at this machine, the private network or a cloud metadata service
is refused when the subscription is made, changed or swapped, and the sender
refuses again when it connects (a name that resolves to a private address at
sending time). A TCP listener on 127.0.0.1 checks that nothing reached it.
"""

import base64
import json
import os
import socket
import threading

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from reminders import push, tokens
from reminders.models import Subscription


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def keys():
    point = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )
    return {"p256dh": b64url(point), "auth": b64url(os.urandom(16))}


class Listener:
    """Accepts TCP connections on 127.0.0.1 and records what arrives."""

    def __init__(self, port=0):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.received = b""
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.running:
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.settimeout(0.5)
            try:
                self.received += conn.recv(4096)
            except OSError:
                pass
            conn.close()

    def close(self):
        self.running = False
        self.thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


def hostile_endpoints(port):
    return [
        f"http://127.0.0.1:{port}/wpush/1",
        f"https://127.0.0.1:{port}/wpush/1",
        f"http://localhost:{port}/wpush/1",
        f"https://[::1]:{port}/wpush/1",
        "http://fcm.googleapis.com/fcm/send/abc",
        "https://127.0.0.1/wpush",
        "https://127.1/wpush",
        "https://2130706433/wpush",
        "https://0x7f000001/wpush",
        "https://0177.0.0.1/wpush",
        "https://[::1]/wpush",
        "https://[::ffff:127.0.0.1]/wpush",
        "https://[0:0:0:0:0:ffff:7f00:1]/wpush",
        "https://localhost/wpush",
        "https://localhost./wpush",
        "https://0.0.0.0/wpush",
        "https://169.254.169.254/latest/meta-data/",
        "https://[fd00:ec2::254]/latest/meta-data/",
        "https://10.0.0.1/wpush",
        "https://192.168.1.1/wpush",
        "https://172.16.0.1/wpush",
        "https://[fe80::1%25eth0]/wpush",
        "https://fcm.googleapis.com.attacker.example/fcm/send/abc",
        "https://attacker.example/fcm.googleapis.com/",
        "https://fcm.googleapis.com@127.0.0.1/wpush",
        "https://user:pw@fcm.googleapis.com/fcm/send/abc",
        "https://fcm.googleapis.com:22/fcm/send/abc",
        f"https://fcm.googleapis.com:{port}/fcm/send/abc",
        "https://fcm.googleapis.com\\@127.0.0.1/wpush",
        "https://fcm.googleapis.com%2f@127.0.0.1/wpush",
        "https://fcm.googleapis.com/x\r\nHost: 127.0.0.1",
        " https://127.0.0.1/wpush",
        "//127.0.0.1/wpush",
        "https:///wpush",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_INFO",
        "ftp://fcm.googleapis.com/x",
        "javascript:alert(1)",
        "https://" + "a" * 2000 + ".fcm.googleapis.com/x",
    ]


def subscribe(client, endpoint, **extra):
    data = {
        "date_kind": "birth",
        "date": "2026-10-01",
        "kinds": ["review"],
        "language": "en",
        "subscription": {"endpoint": endpoint, "expirationTime": None, "keys": keys()},
        **extra,
    }
    return client.post("/push/subscribe/", json.dumps(data), content_type="application/json")


@pytest.fixture
def no_rate_limits(settings):
    settings.REMINDERS_RATE_LIMITS = {
        name: (10**9, 3600) for name in ("subscribe", "manage", "test")
    }


def test_subscribe_refuses_every_internal_endpoint(
    site, client, listener, no_rate_limits, settings
):
    assert settings.PUSH_ALLOW_INSECURE_LOCAL is False
    before = Subscription.objects.count()
    accepted = []
    for endpoint in hostile_endpoints(listener.port):
        response = subscribe(client, endpoint)
        if response.status_code != 400:
            accepted.append((endpoint, response.status_code))
    assert not accepted, accepted
    assert Subscription.objects.count() == before
    assert listener.connections == 0 and listener.received == b""


def test_the_listener_would_have_seen_a_push(site, client, listener, no_rate_limits, settings):
    """The control: with the test-only switch on, the same local endpoint is accepted and
    a test notification reaches the listener. So the refusals above are the guard's."""
    settings.PUSH_ALLOW_INSECURE_LOCAL = True
    response = subscribe(client, f"http://127.0.0.1:{listener.port}/wpush/1")
    assert response.status_code == 201
    token = response.json()["token"]
    client.post("/push/test/", json.dumps({"token": token}), content_type="application/json")
    assert listener.connections >= 1 and listener.received.startswith(b"POST /wpush/1")


def make_subscription(endpoint):
    token = tokens.new_token()
    subscription = Subscription.objects.create(
        endpoint=endpoint,
        endpoint_digest=tokens.digest(endpoint),
        **keys(),
        date_kind="birth",
        date="2026-10-01",
        language="en",
        token_digest=tokens.digest(token),
    )
    return subscription, token


def test_update_and_resubscribe_refuse_internal_endpoints(site, client, listener, no_rate_limits):
    good = "https://fcm.googleapis.com/fcm/send/legit-browser"
    subscription, token = make_subscription(good)
    for endpoint in hostile_endpoints(listener.port):
        new = {"endpoint": endpoint, "keys": keys()}
        update = client.post(
            "/push/update/",
            json.dumps({"token": token, "subscription": new}),
            content_type="application/json",
        )
        swap = client.post(
            "/push/resubscribe/",
            json.dumps({"old_endpoint": good, "subscription": new}),
            content_type="application/json",
        )
        assert update.status_code == 400, (endpoint, update.status_code)
        assert swap.status_code == 400, (endpoint, swap.status_code)
    subscription.refresh_from_db()
    assert subscription.endpoint == good
    assert listener.connections == 0


def test_sender_refuses_a_stored_internal_endpoint(site, client, listener, no_rate_limits):
    """An endpoint that got into the database some other way is still never posted to."""
    subscription, token = make_subscription(f"http://127.0.0.1:{listener.port}/wpush/stored")
    response = client.post(
        "/push/test/", json.dumps({"token": token}), content_type="application/json"
    )
    assert response.status_code == 502
    job = push.PushJob(
        ref=1,
        endpoint=subscription.endpoint,
        p256dh=subscription.p256dh,
        auth=subscription.auth,
        payload=b"{}",
    )
    with push.Pusher(threads=1) as pusher:
        assert pusher.send_one(job).outcome == push.BLOCKED
        for endpoint in hostile_endpoints(listener.port):
            result = pusher.send_one(
                push.PushJob(
                    ref=2, endpoint=endpoint, p256dh=job.p256dh, auth=job.auth, payload=b"{}"
                )
            )
            assert result.outcome == push.BLOCKED, (endpoint, result)
    assert listener.connections == 0


def test_a_name_that_resolves_to_this_machine_is_refused_when_connecting(site, settings):
    """DNS rebinding: an allowed push host whose name now points at 127.0.0.1 is refused
    by the connection guard before a byte is sent (here: `localhost` in the allowlist)."""
    try:
        server = Listener(port=443)
    except OSError:
        pytest.skip("cannot listen on 127.0.0.1:443 here")
    try:
        settings.PUSH_SERVICE_HOSTS = ["localhost"]
        # Refused when subscribing: the name resolves to a loopback address.
        from reminders.endpoints import EndpointRejected, check_endpoint

        with pytest.raises(EndpointRejected):
            check_endpoint("https://localhost/wpush/1")
        # And refused when sending, if it got through (e.g. it resolved elsewhere back then).
        job = push.PushJob(ref=1, endpoint="https://localhost/wpush/1", payload=b"{}", **keys())
        with push.Pusher(threads=1, timeout=3) as pusher:
            assert pusher.send_one(job).outcome == push.BLOCKED
        assert server.received == b"", "bytes reached the local listener"
    finally:
        server.close()

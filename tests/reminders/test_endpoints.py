"""No server-side request forgery: which push endpoints the server will post to."""

import socket

import pytest

from reminders.endpoints import EndpointRejected, check_endpoint
from reminders.push import BlockedAddress, Pusher, PushJob


def public_dns(host, port, **kwargs):
    """Stands in for DNS, which this machine cannot reach: a public address for any name."""
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("142.250.180.10", port))]


def dns_answering(address):
    def resolve(host, port, **kwargs):
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]

    return resolve


def reason(url, resolve=public_dns):
    with pytest.raises(EndpointRejected) as caught:
        check_endpoint(url, resolve=resolve)
    assert str(caught.value.message)  # a sentence for the parent
    return caught.value.reason


def test_big_push_services_are_allowed():
    for url in [
        "https://fcm.googleapis.com/fcm/send/abc:def",
        "https://updates.push.services.mozilla.com/wpush/v2/gAAAA",
        "https://wns2-by3p.notify.windows.com/w/?token=BQYAAA",
        "https://web.push.apple.com/QGx3",
    ]:
        assert check_endpoint(url, resolve=public_dns).startswith("https://")


@pytest.mark.parametrize(
    "url,why",
    [
        ("http://fcm.googleapis.com/fcm/send/abc", "scheme"),
        ("ftp://fcm.googleapis.com/x", "scheme"),
        ("javascript:alert(1)", "scheme"),
        ("https://user:pw@fcm.googleapis.com/x", "authority"),
        ("https://fcm.googleapis.com:8443/x", "port"),
        ("https://evil.example.com/push", "not allowlisted"),
        ("https://fcm.googleapis.com.evil.example/push", "not allowlisted"),
        ("https://notify.windows.com.evil.example/x", "not allowlisted"),
        ("https://127.0.0.1/push", "address"),
        ("https://10.0.0.8/push", "address"),
        ("https://169.254.169.254/latest/meta-data/", "address"),
        ("https://[::1]/push", "address"),
        ("https://[fd00::1]/push", "address"),
        ("https:///push", "authority"),
        ("https://fcm.googleapis.com/a b", "characters"),
        ("https://fcm.googleapis.com/" + "a" * 1100, "length"),
    ],
)
def test_rejected_endpoints(url, why, settings):
    assert reason(url) == why


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/push",
        "https://10.1.2.3/push",
        "https://172.16.0.1/push",
        "https://192.168.1.1/push",
        "https://169.254.169.254/latest/meta-data/",
        "https://100.64.0.1/push",
        "https://0.0.0.0/push",
        "https://[::1]/push",
        "https://[::ffff:127.0.0.1]/push",
        "https://[fe80::1]/push",
    ],
)
def test_private_addresses_rejected_even_with_no_allowlist(url, settings):
    settings.PUSH_SERVICE_HOSTS = []
    assert reason(url) == "address"


def test_a_name_that_resolves_to_loopback_is_rejected(settings):
    settings.PUSH_SERVICE_HOSTS = []
    # Real DNS (the hosts file): localhost is 127.0.0.1.
    assert reason("https://localhost/push", resolve=socket.getaddrinfo) == "address"
    # Numeric forms that resolvers read as 127.0.0.1.
    assert reason("https://2130706433/push", resolve=socket.getaddrinfo) == "address"


@pytest.mark.parametrize("address", ["10.0.0.5", "169.254.169.254", "127.0.0.1", "::1"])
def test_an_allowlisted_name_resolving_to_a_private_address_is_rejected(address):
    assert reason("https://fcm.googleapis.com/x", resolve=dns_answering(address)) == "address"


def test_unresolvable_host_is_refused_with_a_message():
    def no_dns(host, port, **kwargs):
        raise socket.gaierror("no answer")

    assert reason("https://fcm.googleapis.com/x", resolve=no_dns) == "dns"


def test_allowlist_is_a_setting(settings):
    settings.PUSH_SERVICE_HOSTS = ["push.example.net", "*.pushes.example.org"]
    assert check_endpoint("https://push.example.net/1", resolve=public_dns)
    assert check_endpoint("https://eu.pushes.example.org/1", resolve=public_dns)
    assert reason("https://fcm.googleapis.com/x") == "not allowlisted"
    assert reason("https://pushes.example.org.evil/x") == "not allowlisted"


def test_local_receiver_needs_the_explicit_test_switch(settings):
    assert settings.PUSH_ALLOW_INSECURE_LOCAL is False  # the default
    assert reason("http://127.0.0.1:8765/x", resolve=socket.getaddrinfo) == "scheme"
    settings.PUSH_ALLOW_INSECURE_LOCAL = True
    assert check_endpoint("http://127.0.0.1:8765/x", resolve=socket.getaddrinfo)
    # Even then only loopback, never the private network.
    assert reason("http://10.0.0.1:8765/x") == "address"
    assert reason("http://169.254.169.254/x") == "address"


def test_the_connection_itself_refuses_a_loopback_peer(receiver, settings):
    """DNS rebinding: whatever a name resolved to earlier, the socket's peer is checked at connect."""
    settings.PUSH_ALLOW_INSECURE_LOCAL = False
    with Pusher(threads=1) as pusher:
        for origin in (f"http://localhost:{receiver.port}", receiver.origin):
            with pytest.raises(BlockedAddress):
                pusher.pool_for(origin).urlopen("POST", "/wpush/x", body=b"", retries=False)
    assert receiver.requests == []


def test_redirects_are_not_followed(receiver):
    browser = receiver.new_browser()
    receiver.script(browser, (307, {"Location": f"{receiver.origin}/elsewhere"}))
    job = PushJob(
        ref=1, endpoint=browser.endpoint, p256dh=browser.p256dh, auth=browser.auth, payload=b"{}"
    )
    with Pusher(threads=1) as pusher:
        result = pusher.send_one(job)
    assert result.outcome == "rejected" and result.status == 307
    assert receiver.requests == [browser.path]

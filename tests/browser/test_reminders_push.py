"""Reminders in a real browser.

1. The opt-in page, filled in on a phone, reaches the push subscription call with the
   site's VAPID key, and says so plainly when the browser cannot subscribe (headless
   Chromium has no push service: see stack-notes.md) instead of hanging.
2. A push message delivered to the service worker through the DevTools protocol is shown
   as a notification in the parent's language; a tap on it (reported by a stand-in
   desktop notification server, as a phone's system would) opens the linked guide in
   that language.
"""

import datetime
import json
import os
import queue
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import missing
from .helpers import Watch, visit
from .pages import alternate

pytestmark = pytest.mark.browser

DAEMON = Path(__file__).with_name("notification_daemon.py")
GUIDE_OF_REMINDER = ("new-birth-visit", "/en/guides/first-weeks/new-birth-visit/")

# Records each call to pushManager.subscribe() and passes it on unchanged.
SUBSCRIBE_SPY = """
(() => {
  if (!("PushManager" in window)) return;
  const subscribe = PushManager.prototype.subscribe;
  window.subscribeCalls = [];
  PushManager.prototype.subscribe = function (options) {
    const key = options && options.applicationServerKey;
    const bytes = key ? new Uint8Array(key instanceof ArrayBuffer ? key : key.buffer) : new Uint8Array();
    window.subscribeCalls.push({
      userVisibleOnly: Boolean(options && options.userVisibleOnly),
      key: btoa(String.fromCharCode.apply(null, bytes)).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, ""),
    });
    return subscribe.apply(this, arguments);
  };
})();
"""

NOTIFICATIONS = """() => navigator.serviceWorker.ready
  .then((registration) => registration.getNotifications())
  .then((shown) => shown.map((n) => ({title: n.title, body: n.body, lang: n.lang, dir: n.dir, tag: n.tag, data: n.data})))"""


def test_opt_in_reaches_the_push_subscription(new_context, site):
    from playwright.sync_api import expect

    context = new_context()
    context.grant_permissions(["notifications"], origin=site.url)
    context.add_init_script(SUBSCRIBE_SPY)
    page = context.new_page()
    watch = Watch(page)
    posts = []
    page.on("request", lambda request: request.method == "POST" and posts.append(request.url))
    visit(page, "/en/reminders/")
    expect(page.locator("#reminders-app")).to_be_visible()
    expect(page.locator("#reminders-nojs")).to_be_hidden()

    birth = (datetime.date.today() - datetime.timedelta(weeks=2)).isoformat()
    page.get_by_label("My baby's date of birth").check()
    page.get_by_label("Date", exact=True).fill(birth)
    page.get_by_role("button", name="Turn on reminders").click()

    # reminders.js gives the subscription 20 seconds at most.
    page.wait_for_function("() => window.subscribeCalls.length > 0", timeout=25_000)
    assert page.evaluate("() => window.subscribeCalls") == [
        {"userVisibleOnly": True, "key": site.vapid_public_key}
    ]
    errors = page.locator("#reminders-errors")
    expect(errors).to_be_visible(timeout=25_000)
    expect(errors).to_be_focused()
    assert errors.inner_text().strip(), "the error summary says nothing"
    assert not [url for url in posts if "/push/subscribe" in url], posts
    # Chromium's own explanation of the refusal is the only console error allowed.
    assert [e for e in watch.errors if "Push API in incognito" not in e] == []


class DesktopNotifications:
    """A private D-Bus session with a notification server on it (notification_daemon.py)."""

    def __init__(self, workdir):
        dbus_daemon = shutil.which("dbus-daemon")
        python = (
            "/usr/bin/python3" if Path("/usr/bin/python3").exists() else shutil.which("python3")
        )
        usable = (
            dbus_daemon
            and python
            and subprocess.run([python, "-c", "import dbus, gi"], capture_output=True).returncode
            == 0
        )
        if not usable:
            missing("dbus-daemon with python3-dbus and python3-gi (to tap a notification)")
        self.bus = subprocess.Popen(
            [dbus_daemon, "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            text=True,
        )
        address = self.bus.stdout.readline().strip()
        assert address, "dbus-daemon gave no address"
        self.env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        self.server = subprocess.Popen(
            [python, str(DAEMON)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=self.env,
            cwd=workdir,
        )
        assert self.server.stdout.readline().strip() == "ready"
        self.shown = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.server.stdout:
            self.shown.put(json.loads(line))

    def next_shown(self, timeout=15):
        return self.shown.get(timeout=timeout)

    def tap(self, number):
        self.server.stdin.write(f"tap {number}\n")
        self.server.stdin.flush()

    def close(self):
        for process in (self.server, self.bus):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def desktop(tmp_path):
    notifications = DesktopNotifications(tmp_path)
    yield notifications
    notifications.close()


def reminder_payload(site, key, language):
    """The payload the site's own sender builds for this reminder, language and a birth date."""
    code = (
        "import datetime\n"
        "from reminders.messages import MessageBuilder\n"
        "from reminders.models import Reminder\n"
        f"reminder = Reminder.objects.get(key={key!r})\n"
        f"print(MessageBuilder().payload(reminder, {language!r}, datetime.date.today()).decode())\n"
    )
    return site.shell(code).strip().splitlines()[-1]


def test_push_shows_a_notification_whose_tap_opens_the_guide(desktop, persistent_context, site):
    # `desktop` comes first so that it is torn down last: Chromium may exit on its own when
    # its D-Bus session goes away, and the context must be closed before that happens.
    key, english_guide = GUIDE_OF_REMINDER
    guide = alternate(site, english_guide, "ur")
    payload = reminder_payload(site, key, "ur")
    message = json.loads(payload)
    assert message["url"] == guide and message["lang"] == "ur", message

    # A persistent profile: Chromium routes taps only to notifications of a real profile.
    context = persistent_context(env=desktop.env)
    context.grant_permissions(["notifications"], origin=site.url)
    page = context.pages[0] if context.pages else context.new_page()
    registrations = {}
    cdp = context.new_cdp_session(page)
    cdp.on(
        "ServiceWorker.workerRegistrationUpdated",
        lambda event: registrations.update({r["scopeURL"]: r for r in event["registrations"]}),
    )
    cdp.send("ServiceWorker.enable")
    visit(page, "/ur/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    registration = registrations[site.url + "/"]
    assert not registration["isDeleted"]

    cdp.send(
        "ServiceWorker.deliverPushMessage",
        {"origin": site.url, "registrationId": registration["registrationId"], "data": payload},
    )
    shown = desktop.next_shown()
    assert shown["summary"] == message["title"]
    assert message["body"] in shown["body"]
    notifications = page.evaluate(NOTIFICATIONS)
    assert notifications == [
        {
            "title": message["title"],
            "body": message["body"],
            "lang": "ur",
            "dir": "rtl",
            "tag": message["tag"],
            "data": {"url": guide},
        }
    ]

    with context.expect_page() as opened:
        desktop.tap(shown["id"])
    tab = opened.value
    tab.wait_for_load_state()
    assert urlsplit(tab.url).path == guide
    assert tab.evaluate("() => [document.documentElement.lang, document.documentElement.dir]") == [
        "ur",
        "rtl",
    ]
    assert tab.locator("h1").inner_text().strip()
    # The tap closed the notification.
    assert page.evaluate(NOTIFICATIONS) == []

"""A desktop notification server (org.freedesktop.Notifications) for one browser test.

Chromium on Linux hands web notifications to whatever owns this D-Bus name, and turns
the server's ActionInvoked signal into a real `notificationclick` in the service worker,
exactly as when a parent taps a notification. This stand-in for a desktop shell prints
each notification it is given as a line of JSON, and reports a tap on notification N
when it reads the line "tap N" on its standard input.

Runs with the system Python (Debian packages python3-dbus and python3-gi):

    DBUS_SESSION_BUS_ADDRESS=... /usr/bin/python3 notification_daemon.py
"""

import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus):
        super().__init__(bus, PATH)
        self.shown = []

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body", "body-hyperlinks", "icon-static", "persistence"]

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("family-hubs-test", "family-hubs", "1.0", "1.2")

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        number = int(replaces) or len(self.shown) + 1
        self.shown.append(
            {
                "id": number,
                "summary": str(summary),
                "body": str(body),
                "actions": [str(a) for a in actions],
            }
        )
        print(json.dumps(self.shown[-1], ensure_ascii=False), flush=True)
        return dbus.UInt32(number)

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, number):
        self.NotificationClosed(number, dbus.UInt32(3))

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, number, action):
        pass

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, number, reason):
        pass

    def tap(self, number):
        """A tap on the notification's body is its "default" action."""
        self.ActionInvoked(dbus.UInt32(number), "default")


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)  # owned while this runs
    server = Server(bus)
    loop = GLib.MainLoop()

    def command(source, condition):
        line = sys.stdin.readline()
        if not line:  # the test closed our input: stop
            loop.quit()
            return False
        words = line.split()
        if len(words) == 2 and words[0] == "tap" and words[1].isdigit():
            server.tap(int(words[1]))
        return True

    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, command)
    print("ready", flush=True)
    try:
        loop.run()
    except KeyboardInterrupt:
        pass
    return 0 if name else 1


if __name__ == "__main__":
    sys.exit(main())

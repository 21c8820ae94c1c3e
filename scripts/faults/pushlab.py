"""A stand-in push service on 127.0.0.1 for the fault scripts, and fake browsers for it.

Each fake browser is a P-256 key pair and an auth secret, subscribed with its own path
on the receiver. The receiver decrypts what it is sent (aes128gcm, as a browser would),
so a message only counts as delivered if it really was one. How it answers is
switchable per request: a function of (path, how many requests that path has had)
returns (status, headers, delay in seconds).

A request the sender gives up on while the receiver is still "slow" (the sender timed
out and closed the connection) is recorded as abandoned, not delivered: the receiver
checks that the connection is still open before it accepts the message.
"""

import base64
import json
import os
import select
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Browser:
    def __init__(self, origin, number):
        self.path = f"/wpush/{number}-{b64url(os.urandom(6))}"
        self.endpoint = origin + self.path
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.secret = os.urandom(16)

    @property
    def p256dh(self):
        point = self.key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return b64url(point)

    @property
    def auth(self):
        return b64url(self.secret)


def accept(path, count):
    return 201, {}, 0.0


class Receiver:
    def __init__(self):
        self.browsers = {}
        self.behaviour = accept
        self.lock = threading.Lock()
        self.requests = Counter()  # path -> posts received
        self.delivered = []  # (path, topic, payload)
        self.abandoned = Counter()  # path -> posts the sender gave up on while we were slow
        self.undecryptable = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with receiver.lock:
                    receiver.requests[self.path] += 1
                    count = receiver.requests[self.path]
                status, headers, delay = receiver.behaviour(self.path, count)
                if delay:
                    time.sleep(delay)
                    if receiver._closed_by_peer(self.connection):
                        with receiver.lock:
                            receiver.abandoned[self.path] += 1
                        self.close_connection = True
                        return
                if 200 <= status < 300:
                    receiver._deliver(self.path, self.headers.get("Topic"), body)
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                except OSError:
                    pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # the sender opens dozens of connections at once

            def handle_error(self, request, client_address):
                pass  # a sender killed mid-request resets its connections: expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @staticmethod
    def _closed_by_peer(sock):
        readable, _w, _x = select.select([sock], [], [], 0)
        if not readable:
            return False
        try:
            return sock.recv(1, 0x2) == b""  # MSG_PEEK: EOF means the sender hung up
        except OSError:
            return True

    def _deliver(self, path, topic, body):
        browser = self.browsers.get(path)
        try:
            plain = http_ece.decrypt(
                body, private_key=browser.key, auth_secret=browser.secret, version="aes128gcm"
            )
            payload = json.loads(plain)
        except Exception:
            with self.lock:
                self.undecryptable += 1
            return
        with self.lock:
            self.delivered.append((path, topic, payload))

    def new_browser(self):
        browser = Browser(self.origin, len(self.browsers) + 1)
        self.browsers[browser.path] = browser
        return browser

    def reset(self):
        with self.lock:
            self.requests.clear()
            self.delivered.clear()
            self.abandoned.clear()
            self.undecryptable = 0

    def delivered_per_browser(self):
        with self.lock:
            return Counter(path for path, _topic, _payload in self.delivered)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

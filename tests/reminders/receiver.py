"""A stand-in push service on 127.0.0.1 that decrypts what it receives.

Each fake browser is a P-256 key pair and a 16-byte auth secret, registered
under its own path. The receiver checks the VAPID JWT (ES256 signature,
audience, expiry), decrypts the body with http_ece (aes128gcm) and keeps the
payload. Status codes can be scripted per browser to play a failing service.
"""

import base64
import json
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class FakeBrowser:
    path: str
    endpoint: str
    private_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    auth_secret: bytes = field(default_factory=lambda: os.urandom(16))

    @property
    def p256dh(self):
        return b64url(
            self.private_key.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
        )

    @property
    def auth(self):
        return b64url(self.auth_secret)

    def subscription_json(self):
        return {
            "endpoint": self.endpoint,
            "expirationTime": None,
            "keys": {"p256dh": self.p256dh, "auth": self.auth},
        }


@dataclass
class Delivered:
    path: str
    headers: dict
    payload: dict
    vapid_ok: bool


def verify_vapid(authorization, audience):
    """True if `authorization` is "vapid t=JWT,k=KEY" with a valid ES256 JWT for `audience`."""
    try:
        scheme, params = authorization.split(" ", 1)
        parts = dict(p.strip().split("=", 1) for p in params.split(","))
        token, key = parts["t"], parts["k"]
        header_b64, claims_b64, signature_b64 = token.split(".")
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(key))
        signature = unb64url(signature_b64)
        public.verify(
            encode_dss_signature(
                int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
            ),
            f"{header_b64}.{claims_b64}".encode("ascii"),
            ec.ECDSA(hashes.SHA256()),
        )
        claims = json.loads(unb64url(claims_b64))
    except (ValueError, KeyError, InvalidSignature):
        return False
    return (
        scheme == "vapid"
        and claims.get("aud") == audience
        and claims.get("exp", 0) > time.time()
        and claims.get("exp", 0) <= time.time() + 24 * 3600
        and str(claims.get("sub", "")).startswith("mailto:")
    )


class PushReceiver:
    def __init__(self):
        self.browsers = {}
        self.delivered = []
        self.requests = []  # every request's path, whatever the answer
        self.errors = []
        self.scripted = {}  # path -> [(status, headers)] answered in order, then 201
        self.delay = 0.0
        self.lock = threading.Lock()
        self._count = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status, extra = receiver._answer(self.path, dict(self.headers), body)
                if receiver.delay:
                    time.sleep(receiver.delay)
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def new_browser(self):
        with self.lock:
            self._count += 1
            path = f"/wpush/{self._count}-{b64url(os.urandom(6))}"
        browser = FakeBrowser(path=path, endpoint=self.origin + path)
        self.browsers[path] = browser
        return browser

    def script(self, browser, *answers):
        """Answer the next requests for `browser` with these statuses (or (status, headers))."""
        self.scripted[browser.path] = [a if isinstance(a, tuple) else (a, {}) for a in answers]

    def _answer(self, path, headers, body):
        with self.lock:
            self.requests.append(path)
            queue = self.scripted.get(path)
            if queue:
                return queue.pop(0)
        browser = self.browsers.get(path)
        if browser is None:
            return 404, {}
        try:
            plain = http_ece.decrypt(
                body,
                private_key=browser.private_key,
                auth_secret=browser.auth_secret,
                version="aes128gcm",
            )
            payload = json.loads(plain)
        except Exception as error:  # recorded for the test to fail on
            with self.lock:
                self.errors.append(repr(error))
            return 400, {}
        ok = verify_vapid(headers.get("Authorization", ""), self.origin)
        with self.lock:
            self.delivered.append(Delivered(path, headers, payload, ok))
        return 201, {}

    def messages_for(self, browser):
        with self.lock:
            return [d for d in self.delivered if d.path == browser.path]

    def requests_for(self, browser):
        with self.lock:
            return [p for p in self.requests if p == browser.path]

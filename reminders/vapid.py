"""VAPID keys: from settings, or a development pair kept in a file under var/.

Keys are base64url without padding: the private key as its raw 32-byte
scalar, the public key as the 65-byte uncompressed point browsers want as
`applicationServerKey`.
"""

import base64
import json
import os
import threading
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from py_vapid import Vapid02

_lock = threading.Lock()
_cached = {}


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text):
    if isinstance(text, str):
        text = text.encode("ascii")
    return base64.urlsafe_b64decode(text + b"=" * (-len(text) % 4))


def new_key_pair():
    """(public, private) as base64url strings."""
    key = ec.generate_private_key(ec.SECP256R1())
    return public_key_of(key), b64url(key.private_numbers().private_value.to_bytes(32, "big"))


def public_key_of(private_key):
    point = private_key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return b64url(point)


def _load_private(text):
    text = text.strip()
    if "BEGIN" in text:
        key = serialization.load_pem_private_key(text.encode("ascii"), password=None)
    else:
        raw = b64url_decode(text)
        if len(raw) != 32:
            raise ImproperlyConfigured("VAPID_PRIVATE_KEY must be a raw 32-byte key, base64url.")
        key = ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise ImproperlyConfigured("VAPID_PRIVATE_KEY must be a P-256 key.")
    return key


def _development_private_key(path):
    """Read the development pair, creating it once (safe when two processes race)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        public, private = new_key_pair()
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump({"public": public, "private": private}, handle)
        try:
            os.link(tmp, path)  # fails if another process made it first: keep theirs
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    with open(path) as handle:
        return _load_private(json.load(handle)["private"])


@dataclass(frozen=True)
class VapidKeys:
    vapid: Vapid02
    public_key: str
    from_settings: bool


def keys():
    """The site's VAPID keys (cached per configured value)."""
    private_setting = getattr(settings, "VAPID_PRIVATE_KEY", "") or ""
    dev_file = settings.VAPID_DEV_KEY_FILE
    cache_key = (private_setting, str(dev_file))
    with _lock:
        found = _cached.get(cache_key)
        if found is None:
            if private_setting:
                private = _load_private(private_setting)
            else:
                private = _development_private_key(dev_file)
            found = VapidKeys(Vapid02(private), public_key_of(private), bool(private_setting))
            _cached.clear()
            _cached[cache_key] = found
    return found


class AuthorizationCache:
    """One signed VAPID header per push service origin, reused until close to expiry.

    webpush() signs a new JWT for every message; here a header is signed once
    per origin and kept for about twelve hours (the JWT may last at most 24).
    """

    LIFETIME = 12 * 3600
    RENEW_BEFORE = 3600

    def __init__(self, vapid_keys=None, subject=None):
        self.keys = vapid_keys or keys()
        self.subject = subject or settings.VAPID_SUBJECT
        self._headers = {}
        self._lock = threading.Lock()

    def header_for(self, origin, now=None):
        now = now or time.time()
        with self._lock:
            cached = self._headers.get(origin)
            if cached is None or cached[1] - now < self.RENEW_BEFORE:
                expires = int(now) + self.LIFETIME
                signed = self.keys.vapid.sign({"aud": origin, "sub": self.subject, "exp": expires})
                cached = (signed["Authorization"], expires)
                self._headers[origin] = cached
            return cached[0]

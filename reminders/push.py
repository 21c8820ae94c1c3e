"""Posting encrypted messages to push services, concurrently.

One kept-alive HTTP connection pool per push service origin (urllib3, the
library under requests: a requests.Session measured 1.3 ms of CPU per post
here against 0.44 ms for urllib3 directly, and sending is CPU-bound once the
network is fast), the VAPID Authorization header signed once per origin
(vapid.AuthorizationCache), the payload encrypted with pywebpush (aes128gcm),
and a thread pool because each post waits on the network. Nothing here logs an
endpoint, a key or a date.
"""

import email.utils
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import certifi
import urllib3
from django.conf import settings
from pywebpush import WebPusher
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .endpoints import (
    MAX_ENDPOINT_LENGTH,
    EndpointRejected,
    address_allowed,
    check_endpoint_url,
    origin_of,
)
from .vapid import AuthorizationCache

SENT = "sent"
GONE = "gone"  # 404/410: the subscription no longer exists
RETRY = "retry"  # 429, 5xx, timeouts, connection failures
REJECTED = "rejected"  # other answers: retrying would not help
BLOCKED = "blocked"  # the endpoint is not one we post to


PRINTABLE_URL = re.compile(r"[\x21-\x7e]+")


class BlockedAddress(Exception):
    """The push host resolved to an address we must not connect to."""


class _GuardMixin:
    def _new_conn(self):
        sock = super()._new_conn()
        try:
            peer = sock.getpeername()[0]
        except OSError:
            peer = ""
        if not address_allowed(peer):
            sock.close()
            raise BlockedAddress("push host resolved to a non-public address")
        return sock


class GuardedHTTPConnection(_GuardMixin, HTTPConnection):
    pass


class GuardedHTTPSConnection(_GuardMixin, HTTPSConnection):
    pass


class GuardedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = GuardedHTTPConnection


class GuardedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = GuardedHTTPSConnection


def guarded_pool(origin, size, timeout):
    """A connection pool for one push service whose sockets refuse non-public peers.

    The peer address is checked after connecting, so a name that resolved to a
    public address when the subscription was made and to a private one now
    (DNS rebinding) is refused too. No proxies from the environment, no redirects.
    """
    parts = urlsplit(origin)
    timeout = urllib3.Timeout(connect=min(5.0, timeout), read=timeout)
    if parts.scheme == "https":
        return GuardedHTTPSConnectionPool(
            parts.hostname,
            parts.port or 443,
            maxsize=size,
            block=True,
            timeout=timeout,
            retries=False,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
        )
    return GuardedHTTPConnectionPool(
        parts.hostname, parts.port or 80, maxsize=size, block=True, timeout=timeout, retries=False
    )


@dataclass(frozen=True)
class PushJob:
    ref: object
    endpoint: str
    p256dh: str
    auth: str
    payload: bytes
    topic: str | None = None


@dataclass(frozen=True)
class EncodedPush:
    """A push encrypted and ready to post: what goes on the wire, nothing more to compute."""

    ref: object
    origin: str
    target: str
    headers: dict
    body: bytes


@dataclass(frozen=True)
class PushResult:
    ref: object
    outcome: str
    status: int | None = None
    retry_after: float | None = None


def parse_retry_after(value, now=None):
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now or time.time()))


def outcome_for_status(status):
    if 200 <= status < 300:
        return SENT
    if status in (404, 410):
        return GONE
    if status == 429 or status >= 500 or status == 408:
        return RETRY
    return REJECTED


class Pusher:
    """Sends PushJobs; safe to share between threads. Use as a context manager."""

    def __init__(self, threads=None, timeout=None, ttl=None, urgency=None, auth_cache=None):
        self.threads = threads or settings.PUSH_SEND_THREADS
        self.timeout = timeout or settings.PUSH_TIMEOUT_SECONDS
        self.ttl = str(int(ttl if ttl is not None else settings.PUSH_TTL_SECONDS))
        self.urgency = urgency or settings.PUSH_URGENCY
        self.auth_cache = auth_cache or AuthorizationCache()
        self._pools = {}
        self._origins = {}
        self._lock = threading.Lock()
        self._executor = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        with self._lock:
            for pool in self._pools.values():
                pool.close()
            self._pools.clear()

    def pool_for(self, origin):
        with self._lock:
            pool = self._pools.get(origin)
            if pool is None:
                pool = guarded_pool(origin, self.threads, self.timeout)
                self._pools[origin] = pool
            return pool

    def _origin_for(self, parts, url):
        """The endpoint's origin if we may post there, else None (checked once per origin)."""
        key = (parts.scheme, parts.netloc)
        origin = self._origins.get(key)
        if origin is None:
            try:
                check_endpoint_url(url)
                origin = origin_of(url)
            except EndpointRejected:
                origin = ""
            self._origins[key] = origin
        return origin or None

    def encode(self, job):
        """Encrypt `job` for its push service: an EncodedPush, or a PushResult when it may
        not or cannot be sent. Nothing leaves the machine."""
        if len(job.endpoint) > MAX_ENDPOINT_LENGTH or not PRINTABLE_URL.fullmatch(job.endpoint):
            return PushResult(job.ref, BLOCKED)
        parts = urlsplit(job.endpoint)
        origin = self._origin_for(parts, job.endpoint)
        if origin is None:
            return PushResult(job.ref, BLOCKED)
        try:
            body = (
                WebPusher(
                    {"endpoint": job.endpoint, "keys": {"p256dh": job.p256dh, "auth": job.auth}}
                )
                .encode(job.payload, "aes128gcm")
                .get("body")
            )
        except Exception:  # a key that does not decode or is not on the curve
            return PushResult(job.ref, REJECTED)
        headers = {
            "Authorization": self.auth_cache.header_for(origin),
            "Content-Encoding": "aes128gcm",
            "Content-Type": "application/octet-stream",
            "TTL": self.ttl,
            "Urgency": self.urgency,
        }
        if job.topic:
            headers["Topic"] = job.topic
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return EncodedPush(job.ref, origin, target or "/", headers, body)

    def post(self, encoded):
        """Send an EncodedPush; returns its PushResult."""
        try:
            response = self.pool_for(encoded.origin).urlopen(
                "POST",
                encoded.target,
                body=encoded.body,
                headers=encoded.headers,
                redirect=False,
                retries=False,
            )
        except BlockedAddress:
            return PushResult(encoded.ref, BLOCKED)
        except (urllib3.exceptions.HTTPError, OSError):
            return PushResult(encoded.ref, RETRY)
        status = response.status
        outcome = outcome_for_status(status)
        retry_after = (
            parse_retry_after(response.headers.get("Retry-After")) if outcome == RETRY else None
        )
        return PushResult(encoded.ref, outcome, status, retry_after)

    def send_one(self, job):
        encoded = self.encode(job)
        return encoded if isinstance(encoded, PushResult) else self.post(encoded)

    def _submit(self, fn, items):
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="push")
        return [self._executor.submit(fn, item) for item in items]

    def start_encoding(self, jobs):
        """Start encrypting `jobs` on the thread pool; futures of EncodedPush or PushResult."""
        return self._submit(self.encode, jobs)

    def start_posting(self, encoded):
        """Start posting EncodedPushes on the thread pool; futures of PushResult, in order."""
        return self._submit(self.post, encoded)

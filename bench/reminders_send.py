"""Benchmark: send 100,000 due reminders to a local push receiver on 127.0.0.1.

    .venv/bin/python bench/reminders_send.py [--count 100000] [--threads 16] [--chunk 500]

The receiver runs in its own process (so it does not compete for the sender's
GIL); it counts requests and checks that each carries an aes128gcm body and a
VAPID header, without decrypting. Prints pushes per second (wall clock) and the
sender process's CPU time per push.
"""

import argparse
import asyncio
import datetime
import multiprocessing
import os
import sys
import time

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import reminders_common as common  # noqa: E402


# --- the receiver (child process) ---------------------------------------------------
class _Counter(asyncio.Protocol):
    totals = {"ok": 0, "bad": 0}

    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""

    def data_received(self, data):
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _sep, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            if head.startswith("GET /count"):
                body = f"{self.totals['ok']} {self.totals['bad']}".encode()
                self.transport.write(
                    b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
                )
                continue
            lowered = head.lower()
            good = length > 86 and "aes128gcm" in lowered and "authorization: vapid t=" in lowered
            self.totals["ok" if good else "bad"] += 1
            self.transport.write(b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n")


def run_receiver(port_pipe):
    async def main():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(_Counter, "127.0.0.1", 0, backlog=1024)
        port_pipe.send(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


def receiver_counts(port):
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/count")
    ok, bad = connection.getresponse().read().decode().split()
    connection.close()
    return int(ok), int(bad)


# --- the sender ---------------------------------------------------------------------
def make_subscriptions(count, port):
    """`count` subscriptions for which exactly one reminder (the 6 to 8 week review) is due."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from django.utils import timezone

    from reminders.models import BIRTH_DATE, Subscription
    from reminders.vapid import b64url

    keys = []
    for _ in range(500):  # browsers' keys, reused: the receiver does not decrypt
        public = (
            ec.generate_private_key(ec.SECP256R1())
            .public_key()
            .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        )
        keys.append((b64url(public), b64url(os.urandom(16))))
    born = timezone.localdate() - datetime.timedelta(weeks=5, days=3)
    rows = []
    for i in range(count):
        p256dh, auth = keys[i % len(keys)]
        endpoint = f"http://127.0.0.1:{port}/push/{i:08d}"
        rows.append(
            Subscription(
                endpoint=endpoint,
                endpoint_digest=f"{i:064x}",
                p256dh=p256dh,
                auth=auth,
                date_kind=BIRTH_DATE,
                date=born,
                language=("en", "pl", "ur", "so")[i % 4],
                wants_reviews=True,
                wants_immunisations=False,
                token_digest=f"{i:064x}",
            )
        )
    Subscription.objects.bulk_create(rows, batch_size=5000)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--chunk", type=int, default=None)
    args = parser.parse_args()

    common.setup_django()
    from django.conf import settings
    from django.test.utils import override_settings

    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe()
    receiver = context.Process(target=run_receiver, args=(child_end,), daemon=True)
    receiver.start()
    port = parent_end.recv()

    from reminders.vapid import new_key_pair

    public, private = new_key_pair()
    overrides = {
        "PUSH_ALLOW_INSECURE_LOCAL": True,  # the receiver is on 127.0.0.1, over http
        "PUSH_SEND_FROM_HOUR": 0,  # whatever the time of day
        "PUSH_SEND_UNTIL_HOUR": 24,
        "VAPID_PUBLIC_KEY": public,
        "VAPID_PRIVATE_KEY": private,
        "PUSH_SEND_THREADS": args.threads or settings.PUSH_SEND_THREADS,
        "PUSH_CHUNK_SIZE": args.chunk or settings.PUSH_CHUNK_SIZE,
    }
    try:
        with common.throwaway_database(), override_settings(**overrides):
            from reminders import demo
            from reminders.models import Delivery
            from reminders.sending import send_due_reminders

            demo.seed()
            started = time.perf_counter()
            make_subscriptions(args.count, port)
            print(
                f"  {args.count} subscriptions inserted in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
            wall0, cpu0 = time.perf_counter(), time.process_time()
            summary = send_due_reminders()
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            ok, bad = receiver_counts(port)
            recorded = Delivery.objects.filter(status=Delivery.SENT).count()
    finally:
        receiver.kill()

    print(
        f"reminders_send [{common.vendor()}]: {summary.sent} pushes in {wall:.1f} s = "
        f"{summary.sent / wall:.0f} pushes/s, sender CPU {cpu / max(summary.sent, 1) * 1000:.2f} ms/push "
        f"({overrides['PUSH_SEND_THREADS']} threads, chunks of {overrides['PUSH_CHUNK_SIZE']}); "
        f"receiver counted {ok} good, {bad} bad; {recorded} recorded as sent"
    )
    if ok != args.count or bad or recorded != args.count:
        sys.exit("mismatch: not every reminder arrived exactly once")


if __name__ == "__main__":
    main()

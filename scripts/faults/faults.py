"""The fault scenarios behind scripts/faults/*: each prints a short report, exits 0 or 1.

    es-down-under-load            Elasticsearch stopped in the middle of a load run
    push-service-faults           the push service answers 500, 429 (Retry-After) or slowly
    sender-sigkill                the reminder sender killed with SIGKILL mid-batch, restarted
    postgres-restart-under-load   PostgreSQL restarted in the middle of a load run

Shared machines: the two load faults use their own Elasticsearch node (port 9201) and
their own PostgreSQL cluster ("faults", port 5433), so stopping or restarting them
disturbs nobody else's tests; --shared uses the ones on 9200 and 5432 instead. The two
push faults use their own database on the local PostgreSQL. Network traffic stays on
127.0.0.1.
"""

import argparse
import datetime
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # noqa: E402  (bench/load.py)

PG_VERSION = "15"


def report(title, lines, ok):
    print(f"== {title}: {'PASS' if ok else 'FAIL'}")
    for line in lines:
        print(f"   {line}")
    return 0 if ok else 1


def sh(*args, env=None, check=True):
    return subprocess.run(args, cwd=ROOT, env=env, check=check, capture_output=True, text=True)


# --- load faults -------------------------------------------------------------------------


def load_phases(out_dir, marks):
    """Requests and failures per phase, from locust's per-second history.

    `marks` is [(label, unix time)] in order; each phase runs from its mark to the next.
    """
    rows = load.history(out_dir)
    phases = []
    bounds = marks + [("end", rows[-1][0] + 1 if rows else time.time())]
    for (label, start), (_next, end) in zip(bounds, bounds[1:], strict=False):
        inside = [row for row in rows if start <= row[0] < end]
        before = [row for row in rows if row[0] < start]
        first = before[-1] if before else (0, 0, 0)
        last = inside[-1] if inside else first
        phases.append((label, last[1] - first[1], last[2] - first[2]))
    return phases


def es_down_under_load(args):
    es_port = 9200 if args.shared else 9201
    es_url = f"http://127.0.0.1:{es_port}"
    es_env = {**os.environ, "ES_PORT": str(es_port)}
    load.ES_URL = es_url
    load.ensure_postgres()
    sh("scripts/elasticsearch", "start", env=es_env)
    server, base = load.start_server(args.port, elasticsearch=True)
    lines = []
    try:
        targets = load.discover(base)
        load.warm_up(base, targets)
        out_dir = Path(tempfile.mkdtemp(prefix="hubsite-fault-es-"))
        locust = load.start_locust(
            base, args.users, args.spawn_rate, args.seconds, out_dir, targets
        )
        started = time.time()
        time.sleep(args.stop_after)
        stopped_at = time.time()
        sh("scripts/elasticsearch", "stop", env=es_env)
        lines.append(f"Elasticsearch ({es_url}) stopped {stopped_at - started:.0f} s into the run")
        locust.wait()
        rows, failures, report_data = load.read_results(out_dir)
        requests, errors = (
            int(rows["Aggregated"]["Request Count"]),
            int(rows["Aggregated"]["Failure Count"]),
        )
        phases = load_phases(out_dir, [("ES up", 0), ("ES down", int(stopped_at))])
        backends = report_data.get("search_backends", {})
        search = rows.get("site search", {})
        lines += [
            f"requests {requests}, errors {errors}, throughput {requests / args.seconds:.1f}/s, "
            f"p50 {load.figure(rows['Aggregated'], '50%')} ms, p99 {load.figure(rows['Aggregated'], '99%')} ms",
            *(f"{label}: {count} requests, {failed} errors" for label, count, failed in phases),
            f"site search: {search.get('Request Count', 0)} requests, p99 {load.figure(search, '99%')} ms, "
            f"errors {search.get('Failure Count', 0)}",
            "search answered by " + ", ".join(f"{k}: {v}" for k, v in sorted(backends.items())),
        ]
        lines += [
            f"error: {f['Name']}: {f['Error'][:120]} (x{f['Occurrences']})" for f in failures[:5]
        ]
        # Elasticsearch back: search returns to it once the breaker's pause is over.
        sh("scripts/elasticsearch", "start", env=es_env)
        restarted = time.time()
        back = None
        while time.time() - restarted < 120:
            status, body = load.get(f"{base}/en/search/?q=feeding")
            if status == 200 and b'data-search-backend="elasticsearch"' in body:
                back = time.time() - restarted
                break
            time.sleep(2)
        lines.append(
            f"Elasticsearch restarted; search answered by it again after {back:.0f} s"
            if back is not None
            else "Elasticsearch restarted, but search did not return to it within 120 s"
        )
        ok = (
            errors == 0 and backends.get("database", 0) > 0 and backends.get("elasticsearch", 0) > 0
        )
        return report("Elasticsearch stopped under load", lines, ok and back is not None)
    finally:
        load.stop_server(server)
        if args.shared:
            if not load.elasticsearch_running():
                sh("scripts/elasticsearch", "start", env=es_env, check=False)
        else:
            sh("scripts/elasticsearch", "stop", env=es_env, check=False)  # our own node


def ensure_fault_cluster(port):
    """A PostgreSQL cluster of our own ("faults"), with the hubsite role and database."""
    clusters = sh("pg_lsclusters", "-h").stdout
    if not any(line.split()[:2] == [PG_VERSION, "faults"] for line in clusters.splitlines()):
        sh("pg_createcluster", PG_VERSION, "faults", "-p", str(port))
    sh("pg_ctlcluster", PG_VERSION, "faults", "start", check=False)
    for _ in range(30):
        if sh("pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port), check=False).returncode == 0:
            break
        time.sleep(1)

    def as_postgres(sql):
        return sh("su", "postgres", "-c", f'psql -p {port} -tAc "{sql}"', check=False).stdout

    if "1" not in as_postgres("SELECT 1 FROM pg_roles WHERE rolname='hubsite'"):
        as_postgres("CREATE ROLE hubsite LOGIN CREATEDB PASSWORD 'hubsite'")
    if "1" not in as_postgres("SELECT 1 FROM pg_database WHERE datname='hubsite_faults'"):
        as_postgres("CREATE DATABASE hubsite_faults OWNER hubsite")
    return f"postgres://hubsite:hubsite@127.0.0.1:{port}/hubsite_faults"


def postgres_restart_under_load(args):
    load.ensure_postgres()
    if args.shared:
        cluster, database_url = "main", None  # serve-production's default database
    else:
        cluster, database_url = "faults", ensure_fault_cluster(5433)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    load.ensure_elasticsearch()
    server, base = load.start_server(args.port, elasticsearch=True)
    master = server.pid
    lines = []
    try:
        targets = load.discover(base)
        load.warm_up(base, targets)
        out_dir = Path(tempfile.mkdtemp(prefix="hubsite-fault-pg-"))
        locust = load.start_locust(
            base, args.users, args.spawn_rate, args.seconds, out_dir, targets
        )
        started = time.time()
        time.sleep(args.stop_after)
        restart_began = time.time()
        sh("pg_ctlcluster", PG_VERSION, cluster, "restart")
        restart_done = time.time()
        lines.append(
            f"PostgreSQL cluster {PG_VERSION}/{cluster} restarted {restart_began - started:.0f} s "
            f"into the run (took {restart_done - restart_began:.1f} s)"
        )
        locust.wait()
        rows, failures, _report = load.read_results(out_dir)
        total = rows["Aggregated"]
        requests, errors = int(total["Request Count"]), int(total["Failure Count"])
        settle = int(restart_done) + 5
        phases = load_phases(
            out_dir,
            [
                ("before the restart", 0),
                ("restart and 5 s after", int(restart_began)),
                ("from 5 s after the restart", settle),
            ],
        )
        lines += [
            f"requests {requests}, failed {errors}, p50 {load.figure(total, '50%')} ms, "
            f"p99 {load.figure(total, '99%')} ms",
            *(f"{label}: {count} requests, {failed} failed" for label, count, failed in phases),
        ]
        lines += [
            f"error: {f['Name']}: {f['Error'][:120]} (x{f['Occurrences']})" for f in failures[:5]
        ]
        # After the run: every kind of page, several times (each worker), all must answer.
        probes = Counter()
        for _ in range(5):
            for url in (
                targets["guides"]["pl"][0],
                targets["services"][1],
                "/en/directory/results/?postcode=LE2",
                "/en/search/?q=sleep",
                "/api/oruk/services",
            ):
                probes[load.get(base + url)[0]] += 1
        same_master = server.poll() is None and server.pid == master
        lines.append(
            f"after the run: {dict(probes)} (status: count); gunicorn master unchanged: {same_master}"
        )
        after = phases[-1]
        ok = after[2] == 0 and after[1] > 0 and set(probes) == {200} and same_master
        return report("PostgreSQL restarted under load", lines, ok)
    finally:
        load.stop_server(server)
        if not args.shared:
            sh("pg_ctlcluster", PG_VERSION, "faults", "stop", check=False)  # our own cluster


# --- push faults ---------------------------------------------------------------------------

PUSH_DATABASE = "hubsite_faults_push"


def setup_push_django():
    """Django on a database of our own, with the reminder schedule, sending to 127.0.0.1."""
    load.ensure_postgres()
    base = sh("scripts/postgres", "url").stdout.strip().rsplit("/", 1)[0]
    exists = sh(
        "psql",
        "-qtA",
        f"{base}/postgres",
        "-c",
        f"SELECT 1 FROM pg_database WHERE datname='{PUSH_DATABASE}'",
    ).stdout
    if "1" not in exists:
        sh("psql", "-q", f"{base}/postgres", "-c", f"CREATE DATABASE {PUSH_DATABASE}")
    os.environ["DATABASE_URL"] = f"{base}/{PUSH_DATABASE}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "hubsite.settings.dev"
    os.environ["DEBUG"] = "False"
    os.environ["ELASTICSEARCH_URL"] = ""
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from pushlab import b64url

    key = ec.generate_private_key(ec.SECP256R1())
    os.environ["VAPID_PUBLIC_KEY"] = b64url(
        key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
    )
    os.environ["VAPID_PRIVATE_KEY"] = b64url(
        key.private_numbers().private_value.to_bytes(32, "big")
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    from reminders import demo

    demo.seed()
    settings.PUSH_ALLOW_INSECURE_LOCAL = True  # the push service is on 127.0.0.1
    settings.PUSH_SEND_FROM_HOUR, settings.PUSH_SEND_UNTIL_HOUR = 0, 24
    return settings


def noon(day):
    from django.utils import timezone

    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12, 0)))


def subscribe_browsers(receiver, count, born):
    from reminders import tokens
    from reminders.models import Delivery, Subscription

    Delivery.objects.all().delete()
    Subscription.objects.all().delete()
    browsers = [receiver.new_browser() for _ in range(count)]
    Subscription.objects.bulk_create(
        [
            Subscription(
                endpoint=b.endpoint,
                endpoint_digest=tokens.digest(b.endpoint),
                p256dh=b.p256dh,
                auth=b.auth,
                date_kind="birth",
                date=born,
                language="en",
                token_digest=tokens.digest(tokens.new_token()),
            )
            for b in browsers
        ]
    )
    return browsers


def exactly_once(receiver, browsers):
    per_browser = receiver.delivered_per_browser()
    lost = sum(1 for b in browsers if per_browser[b.path] == 0)
    twice = sum(1 for b in browsers if per_browser[b.path] > 1)
    return lost, twice


def push_service_faults(args):
    settings = setup_push_django()
    from pushlab import Receiver

    from reminders.models import Delivery
    from reminders.sending import send_due_reminders

    settings.PUSH_TIMEOUT_SECONDS = 1.0
    today = datetime.date.today()
    born = today - datetime.timedelta(weeks=5, days=3)  # the 6 to 8 week review is due
    t0 = noon(today)
    minutes = lambda m: t0 + datetime.timedelta(minutes=m)  # noqa: E731
    receiver = Receiver()
    results = []

    def scenario(title, behaviour, runs, settle=0.0):
        receiver.reset()
        browsers = subscribe_browsers(receiver, args.browsers, born)
        receiver.behaviour = behaviour
        lines, ok = [], True
        for at, expect in runs:
            before = len(receiver.delivered)
            started = time.perf_counter()
            summary = send_due_reminders(now=minutes(at))
            took = time.perf_counter() - started
            arrived = len(receiver.delivered) - before
            lines.append(
                f"run at +{at} min: {summary.line()}; delivered now {arrived} ({took:.1f} s)"
            )
            if expect is not None and arrived != expect:
                ok = False
                lines.append(f"  expected {expect} to arrive in this run")
        time.sleep(settle)  # let slow answers still being "worked on" finish before counting
        lost, twice = exactly_once(receiver, browsers)
        sent = Delivery.objects.filter(status=Delivery.SENT).count()
        posts = sum(receiver.requests.values())
        lines.append(
            f"{len(browsers)} browsers: lost {lost}, delivered twice {twice}, "
            f"posts received {posts}, abandoned by the sender {sum(receiver.abandoned.values())}, "
            f"undecryptable {receiver.undecryptable}, send records 'sent' {sent}"
        )
        ok = (
            ok
            and lost == 0
            and twice == 0
            and sent == len(browsers)
            and receiver.undecryptable == 0
        )
        results.append(report(title, lines, ok))

    n = args.browsers
    # 500 twice, then accepted: retried after 15 and then 30 more minutes (backoff doubles).
    scenario(
        "push service answers 500 (twice per browser)",
        lambda path, count: (500, {}, 0.0) if count <= 2 else (201, {}, 0.0),
        [(0, 0), (1, 0), (16, 0), (30, 0), (47, n), (200, 0)],
    )
    # 429 with Retry-After: one hour; nothing is retried before the hour is up.
    scenario(
        "push service answers 429 with Retry-After: 3600",
        lambda path, count: (429, {"Retry-After": "3600"}, 0.0) if count == 1 else (201, {}, 0.0),
        [(0, 0), (16, 0), (45, 0), (61, n), (200, 0)],
    )
    # Slow: the first answer takes 3 s, the sender waits 1 s, gives up and retries later.
    scenario(
        "push service answers slowly (3 s, sender timeout 1 s)",
        lambda path, count: (201, {}, 3.0) if count == 1 else (201, {}, 0.0),
        [(0, 0), (16, n), (200, 0)],
        settle=3.5,
    )
    receiver.stop()
    subscribe_browsers(receiver, 0, born)  # nothing left behind
    return 1 if any(results) else 0


SENDER = textwrap.dedent(
    """
    import datetime, os, sys
    sys.path.insert(0, {root!r})
    import django
    django.setup()
    from django.conf import settings
    settings.PUSH_ALLOW_INSECURE_LOCAL = True
    settings.PUSH_SEND_FROM_HOUR, settings.PUSH_SEND_UNTIL_HOUR = 0, 24
    from reminders.sending import send_due_reminders
    summary = send_due_reminders(now=datetime.datetime.fromisoformat(sys.argv[1]), chunk_size=int(sys.argv[2]))
    print(summary.line())
    """
)


def sender_sigkill(args):
    setup_push_django()
    from pushlab import Receiver

    from reminders.models import Delivery

    today = datetime.date.today()
    born = today - datetime.timedelta(weeks=5, days=3)
    t0 = noon(today)
    receiver = Receiver()
    receiver.behaviour = lambda path, count: (201, {}, args.push_delay)
    browsers = subscribe_browsers(receiver, args.browsers, born)
    script = Path(tempfile.mkdtemp(prefix="hubsite-sender-")) / "sender.py"
    script.write_text(SENDER.format(root=str(ROOT)))

    def start(at):
        return subprocess.Popen(
            [sys.executable, str(script), at.isoformat(), str(args.chunk)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    lines = []
    child = start(t0)
    threshold = int(args.browsers * args.kill_at)
    while len(receiver.delivered) < threshold and child.poll() is None:
        time.sleep(0.005)
    delivered_at_kill = len(receiver.delivered)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    killed = child.returncode == -signal.SIGKILL
    statuses = Counter(Delivery.objects.values_list("status", flat=True))
    lines.append(
        f"sender killed with SIGKILL: {killed}, after {delivered_at_kill} of {len(browsers)} "
        f"arrived; send records then: {dict(statuses)}"
    )
    # Restarted at once: new work only (the dead sender's claims are leased for 15 minutes).
    for label, at in (
        ("restarted at once", t0),
        ("16 minutes later (leases over)", t0 + datetime.timedelta(minutes=16)),
    ):
        before = len(receiver.delivered)
        child = start(at)
        out, err = child.communicate(timeout=600)
        lines.append(
            f"{label}: {out.strip() or err.strip()[-200:]}; arrived {len(receiver.delivered) - before}"
        )
    lost, twice = exactly_once(receiver, browsers)
    per_topic = Counter((path, topic) for path, topic, _p in receiver.delivered)
    statuses = Counter(Delivery.objects.values_list("status", flat=True))
    lines.append(
        f"{len(browsers)} browsers: lost {lost}, delivered twice {twice} "
        f"(posts received {sum(receiver.requests.values())}; distinct browser+Topic pairs {len(per_topic)}); "
        f"send records now {dict(statuses)}"
    )
    if twice:
        lines.append(
            "the duplicates are pushes of the chunk in flight at the kill: posted, but not yet "
            "recorded (sending.py records outcomes per chunk); each repeat carries the same Topic"
        )
    receiver.stop()
    subscribe_browsers(receiver, 0, born)  # nothing left behind
    ok = killed and lost == 0 and twice == 0
    return report("sender killed with SIGKILL mid-batch", lines, ok)


SCENARIOS = {
    "es-down-under-load": es_down_under_load,
    "push-service-faults": push_service_faults,
    "sender-sigkill": sender_sigkill,
    "postgres-restart-under-load": postgres_restart_under_load,
}


def main():
    parser = argparse.ArgumentParser(description="Run one fault scenario.")
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--port", type=int, default=8110)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spawn-rate", type=float, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--stop-after", type=int, default=20, help="seconds into the load run")
    parser.add_argument(
        "--shared", action="store_true", help="fault the shared ES node / PG cluster"
    )
    parser.add_argument("--browsers", type=int, default=200, help="push faults: subscriptions")
    parser.add_argument("--chunk", type=int, default=250, help="sender-sigkill: chunk size")
    parser.add_argument(
        "--push-delay", type=float, default=0.02, help="sender-sigkill: push service latency"
    )
    parser.add_argument(
        "--kill-at", type=float, default=0.4, help="sender-sigkill: share delivered at the kill"
    )
    args = parser.parse_args()
    if args.scenario == "sender-sigkill" and args.browsers == 200:
        args.browsers = 3000
    return SCENARIOS[args.scenario](args)


if __name__ == "__main__":
    sys.exit(main())

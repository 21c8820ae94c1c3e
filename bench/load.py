"""Load: 200 parents for 60 seconds against the production-like site, one figure a line.

    .venv/bin/python bench/load.py                       # start everything, run, stop
    .venv/bin/python bench/load.py --url http://127.0.0.1:8100   # use a running server

Starts PostgreSQL and Elasticsearch on this machine if they are not running, then the
site with scripts/serve-production (gunicorn, production settings, seeded demo data),
discovers guide, service and category URLs over HTTP, and runs locust headless
(bench/locustfile.py: guides in en/pl/ur, directory search by postcode, site search
with misspellings, service pages; 1-3 s between pages). Loopback only: any other host
is refused. The same load runs for 30 s first (--warm-up) from a standing start; that
run gets one summary line, and the figures are those of the 60 s that follow: throughput,
p50/p95/p99 and errors, and the same per kind of page.

The fault scripts (scripts/faults/) use the functions here.
"""

import argparse
import csv
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
ES_URL = "http://127.0.0.1:9200"


def say(message):
    print(message, file=sys.stderr, flush=True)


def require_loopback(url):
    host = urllib.parse.urlsplit(url).hostname
    if host not in LOOPBACK:
        raise SystemExit(f"refusing to send load to {host}: loopback only")


# --- services -------------------------------------------------------------------------


def ensure_postgres():
    subprocess.run([str(ROOT / "scripts/postgres"), "start"], check=True, capture_output=True)


def elasticsearch_running():
    try:
        with urllib.request.urlopen(f"{ES_URL}/_cluster/health", timeout=3) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


def ensure_elasticsearch():
    if not elasticsearch_running():
        say("starting Elasticsearch...")
        subprocess.run(
            [str(ROOT / "scripts/elasticsearch"), "start"], check=True, capture_output=True
        )


def get(url, timeout=30):
    """(status, body bytes) of a GET, never raising for HTTP errors."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_until_up(base, timeout=900, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"the server exited ({process.returncode}); see var/serve-production/")
        try:
            if get(f"{base}/robots.txt", timeout=5)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit(f"{base} did not come up within {timeout} s")


def start_server(port, elasticsearch=True, setup=True, workers=3, threads=4):
    """scripts/serve-production in the background; returns (process, base URL)."""
    env = {**os.environ, "PYTHON": sys.executable}
    env["ELASTICSEARCH_URL"] = ES_URL if elasticsearch else ""
    args = [str(ROOT / "scripts/serve-production"), "--port", str(port)]
    args += ["--workers", str(workers), "--threads", str(threads)]
    if not setup:
        args.append("--no-setup")
    log = open(ROOT / "var" / f"serve-production-{port}.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    say(f"starting the site on {base} (migrate, seed and index the first time: a few minutes)...")
    wait_until_up(base, process=process)
    return process, base


def stop_server(process):
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- what to request ------------------------------------------------------------------


def links(base, path):
    status, body = get(base + path)
    if status != 200:
        return []
    found = re.findall(rb'href="(/[^"#?]*)"', body)
    return sorted({urllib.parse.unquote(link.decode()) for link in found})


def discover(base):
    """Guide URLs per language, service page URLs and category codes, over HTTP."""
    guides = {}
    for lang in ("en", "pl", "ur"):
        prefix = f"/{lang}/"
        depth = lambda path: len(path.strip("/").split("/"))  # noqa: E731
        skip = ("directory", "search", "reminders", "where-are-you-now", "offline")
        home = [p for p in links(base, prefix) if p.startswith(prefix)]
        home = [p for p in home if depth(p) >= 2 and p.strip("/").split("/")[1] not in skip]
        # Stage pages (/en/guides/feeding/) are linked from the home page; guides from them.
        stages = {p for p in home if depth(p) == 3}
        found = {
            p
            for stage in stages
            for p in links(base, stage)
            if p.startswith(stage) and depth(p) == 4
        }
        guides[lang] = sorted(found)
        if not found:
            raise SystemExit(f"found no guide pages under {prefix}")
    status, body = get(f"{base}/api/oruk/services?per_page=100")
    services = [f"/en/directory/services/{item['id']}/" for item in json.loads(body)["contents"]]
    status, body = get(f"{base}/api/oruk/taxonomy_terms?per_page=100")
    categories = [item["term"] for item in json.loads(body)["contents"] if item.get("term")]
    return {"guides": guides, "services": services, "categories": categories}


# --- locust ---------------------------------------------------------------------------


def start_locust(base, users, spawn_rate, seconds, out_dir, targets):
    require_loopback(base)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "targets.json").write_text(json.dumps(targets))
    env = {
        **os.environ,
        "LOAD_TARGETS": str(out_dir / "targets.json"),
        "LOAD_REPORT": str(out_dir / "report.json"),
    }
    args = [
        str(VENV_BIN / "locust"),
        "-f",
        str(ROOT / "bench" / "locustfile.py"),
        "--headless",
        "--host",
        base,
        "--users",
        str(users),
        "--spawn-rate",
        str(spawn_rate),
        "--run-time",
        f"{seconds}s",
        "--stop-timeout",
        "30",  # requests still in flight at the end finish (and count) rather than being cut
        "--csv",
        str(out_dir / "load"),
        "--csv-full-history",
        "--only-summary",
        "--loglevel",
        "ERROR",
    ]
    log = open(out_dir / "locust.log", "w")  # noqa: SIM115
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def read_results(out_dir):
    """Aggregated and per-name figures from locust's CSV files."""
    out_dir = Path(out_dir)
    with open(out_dir / "load_stats.csv", newline="") as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    failures = []
    failures_file = out_dir / "load_failures.csv"
    if failures_file.exists():
        with open(failures_file, newline="") as handle:
            failures = list(csv.DictReader(handle))
    report = {}
    if (out_dir / "report.json").exists():
        report = json.loads((out_dir / "report.json").read_text())
    return rows, failures, report


def history(out_dir):
    """Locust's per-second history of the aggregated figures: [(unix time, requests, failures)]."""
    out = []
    with open(Path(out_dir) / "load_stats_history.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Name"] == "Aggregated":
                out.append(
                    (
                        int(row["Timestamp"]),
                        int(row["Total Request Count"]),
                        int(row["Total Failure Count"]),
                    )
                )
    return out


def figure(row, key):
    value = row.get(key) or "0"
    return "n/a" if value == "N/A" else value


def print_figures(rows, failures, seconds, label="load"):
    total = rows["Aggregated"]
    requests = int(total["Request Count"])
    errors = int(total["Failure Count"])
    print(f"{label}: requests {requests}")
    print(f"{label}: throughput {requests / seconds:.1f} requests/s")
    print(f"{label}: p50 {figure(total, '50%')} ms")
    print(f"{label}: p95 {figure(total, '95%')} ms")
    print(f"{label}: p99 {figure(total, '99%')} ms")
    print(f"{label}: max {float(figure(total, 'Max Response Time')):.0f} ms")
    print(f"{label}: errors {errors}")
    for name, row in sorted(rows.items()):
        if name == "Aggregated":
            continue
        print(
            f"{label}: {name}: {row['Request Count']} requests, p50 {figure(row, '50%')} ms, "
            f"p95 {figure(row, '95%')} ms, p99 {figure(row, '99%')} ms, errors {row['Failure Count']}"
        )
    for failure in failures[:10]:
        print(
            f"{label}: error: {failure['Name']}: {failure['Error'][:160]} (x{failure['Occurrences']})"
        )
    return requests, errors


def run_load(base, users, spawn_rate, seconds, out_dir, targets):
    process = start_locust(base, users, spawn_rate, seconds, out_dir, targets)
    process.wait()
    return read_results(out_dir)


def warm_up(base, targets):
    """One request to each kind of page per worker, so the first seconds are not cold starts."""
    for _ in range(6):
        for url in (
            targets["guides"]["en"][0],
            targets["services"][0],
            "/en/directory/results/?postcode=LE1",
            "/en/search/?q=feeding",
        ):
            get(base + url)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="use this running server instead of starting one")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spawn-rate", type=float, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--warm-up",
        type=int,
        default=30,
        help="seconds of the same load first, reported on one line but not in the figures "
        "(a server that has just started has cold processes and an empty page cache)",
    )
    parser.add_argument("--no-elasticsearch", action="store_true", help="database search only")
    args = parser.parse_args()

    server = None
    try:
        if args.url:
            base = args.url.rstrip("/")
            require_loopback(base)
        else:
            ensure_postgres()
            if not args.no_elasticsearch:
                ensure_elasticsearch()
            server, base = start_server(
                args.port, not args.no_elasticsearch, workers=args.workers, threads=args.threads
            )
        targets = discover(base)
        warm_up(base, targets)
        say(
            f"locust: {args.users} users (spawn {args.spawn_rate}/s) for {args.seconds} s on {base}; "
            f"{sum(len(v) for v in targets['guides'].values())} guide pages, "
            f"{len(targets['services'])} services"
        )
        warm_errors = 0
        if args.warm_up > 0:
            warm_dir = Path(tempfile.mkdtemp(prefix="hubsite-load-warm-"))
            rows, failures, _report = run_load(
                base, args.users, args.spawn_rate, args.warm_up, warm_dir, targets
            )
            total = rows["Aggregated"]
            warm_errors = int(total["Failure Count"])
            print(
                f"load: warm-up {args.warm_up} s from a standing start (not in the figures below): "
                f"{total['Request Count']} requests, p50 {figure(total, '50%')} ms, "
                f"p99 {figure(total, '99%')} ms, max {float(figure(total, 'Max Response Time')):.0f} ms, "
                f"errors {warm_errors}"
            )
        out_dir = Path(tempfile.mkdtemp(prefix="hubsite-load-"))
        rows, failures, report = run_load(
            base, args.users, args.spawn_rate, args.seconds, out_dir, targets
        )
        _requests, errors = print_figures(rows, failures, args.seconds)
        backends = report.get("search_backends", {})
        print(
            "load: search answered by " + ", ".join(f"{k} {v}" for k, v in sorted(backends.items()))
        )
        print(
            f"load: machine {os.cpu_count()} cores shared by locust and gunicorn ({args.workers} workers x {args.threads} threads)"
        )
        return 1 if errors or warm_errors else 0
    finally:
        stop_server(server)


if __name__ == "__main__":
    sys.exit(main())

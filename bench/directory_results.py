"""Server time of the directory results page: postcode search + two filters over 10,000 services.

    .venv/bin/python bench/directory_results.py [--services 10000] [--requests 200]

Builds a throwaway SQLite database (and, when DATABASE_URL points at PostgreSQL, a
throwaway PostgreSQL database next to it), fills it with `manage.py generate_directory`,
then times the results view through Django's test client (every middleware, the query,
the template and the map; the page cache off) and prints p50 and p95 in milliseconds. Not a test: numbers
depend on the machine.
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTCODES = [f"LE{n}" for n in range(1, 20)] + [
    "LE2 0AA",
    "LE4 6AB",
    "LE5 4AB",
    "LE3 1ZZ",
    "LE11 3AB",
]
FILTER_PAIRS = [
    {"category": "stay-and-play", "day": "TU"},
    {"kind": "group", "free": "1"},
    {"age": "baby", "language": "pl"},
    {"category": "infant-feeding", "step_free": "1"},
    {"day": "WE", "age": "2"},
    {"kind": "clinic", "category": "health-visiting-clinic"},
]


def bench_env(database_url, workdir):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        STATIC_ROOT=workdir,
        DJANGO_SETTINGS_MODULE="hubsite.settings.dev",
        DEBUG="0",
        LOG_LEVEL="ERROR",
        PYTHONPATH=str(ROOT),
        # The work of each search, not the page cache (a repeated search comes from there).
        PAGE_CACHE_SECONDS="0",
    )
    return env


def manage(env, *args):
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def run_backend(label, database_url, services, requests, workdir):
    env = bench_env(database_url, workdir)
    started = time.perf_counter()
    manage(env, "migrate", "--noinput")
    manage(env, "generate_directory", "--services", str(services))
    print(
        f"{label}: built {services} services in {time.perf_counter() - started:.0f} s", flush=True
    )
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--worker",
            label,
            "--services",
            str(services),
            "--requests",
            str(requests),
        ],
        env=env,
        cwd=ROOT,
        check=True,
    )


def worker(label, services, requests):
    """Runs inside the bench database's settings: times the view."""
    import django

    django.setup()
    from django.db import connection, reset_queries
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    rng = random.Random(7)
    plan = [
        {"postcode": rng.choice(POSTCODES), **rng.choice(FILTER_PAIRS)}
        for _ in range(requests + 20)
    ]
    for params in plan[:20]:  # warm the caches, templates and connection
        assert client.get("/en/directory/results/", params).status_code == 200
    timings, cpu, found = [], [], []
    for params in plan[20:]:
        reset_queries()
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get("/en/directory/results/", params)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, params
        found.append(response.content.count(b'class="result-title"'))
    what = f"{requests} requests, {services} services, postcode + 2 filters, {connection.vendor}"
    print(f"{label}: results page p50 {percentile(timings, 50):.1f} ms ({what})")
    print(f"{label}: results page p95 {percentile(timings, 95):.1f} ms ({what})")
    # CPU time of this process (the database's too, for SQLite): steadier than wall time
    # when other work shares the machine.
    print(f"{label}: results page CPU p50 {percentile(cpu, 50):.1f} ms")
    print(f"{label}: results page CPU p95 {percentile(cpu, 95):.1f} ms")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{label}: mean results on the page {statistics.mean(found):.1f}; load average {load:.1f}"
    )


def percentile(values, pct):
    ordered = sorted(values)
    return ordered[max(0, int(round(pct / 100 * len(ordered))) - 1)]


def postgres_throwaway(url):
    """(create, drop) for a new database on the server DATABASE_URL points at."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = f"hubsite_bench_{os.getpid()}"
    admin = psycopg.connect(url, autocommit=True)

    def create():
        admin.execute(f'CREATE DATABASE "{name}"')
        return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))

    def drop():
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()

    return create, drop


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker, args.services, args.requests)

    workdir = tempfile.mkdtemp(prefix="directory-bench-")
    try:
        run_backend(
            "sqlite", f"sqlite:///{workdir}/bench.sqlite3", args.services, args.requests, workdir
        )
        database_url = os.environ.get("DATABASE_URL", "")
        if database_url.startswith(("postgres://", "postgresql://", "pgsql://")):
            create, drop = postgres_throwaway(database_url)
            try:
                run_backend("postgresql", create(), args.services, args.requests, workdir)
            finally:
                drop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

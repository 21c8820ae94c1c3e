"""Shared set-up for the reminders benchmarks: a throwaway database with the schema.

DATABASE_URL set: a database named <its name>_bench_reminders is created on that
server and dropped afterwards. Unset: a throwaway SQLite file in a temp folder.
"""

import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hubsite.settings.test")
    folder = None
    if not os.environ.get("DATABASE_URL"):
        folder = tempfile.mkdtemp(prefix="reminders-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    import django

    django.setup()
    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        db.setdefault("TEST", {})["NAME"] = db["NAME"]
    else:
        db.setdefault("TEST", {})["NAME"] = f"{db['NAME']}_bench_reminders"
    return folder


@contextlib.contextmanager
def throwaway_database():
    """Create and migrate the database, yield, then drop it."""
    from django.test.utils import setup_databases, teardown_databases

    started = time.perf_counter()
    print("preparing a throwaway database (migrations take a little while)...", file=sys.stderr)
    with contextlib.redirect_stdout(io.StringIO()):  # the translation migrations talk a lot
        names = setup_databases(verbosity=0, interactive=False)
    print(f"  ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    try:
        yield
    finally:
        teardown_databases(names, verbosity=0)


def vendor():
    from django.db import connection

    return connection.vendor

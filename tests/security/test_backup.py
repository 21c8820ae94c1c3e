"""`scripts/backup check` on a seeded PostgreSQL database: dump, restore into a fresh
database, compare every table, serve pages from the copy. PostgreSQL and pg_dump only.

The source database is a copy of the migrated test database (pg_dump of its committed
state), seeded with the demo site and some reminder subscriptions in a subprocess.
A second restore, with one subscription removed, must make the comparison fail.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql" or not shutil.which("pg_dump") or not shutil.which("psql"),
    reason="needs DATABASE_URL on PostgreSQL and pg_dump/psql",
)

SUBSCRIPTIONS = """
import datetime, django
django.setup()
from reminders.models import Delivery, Reminder, Subscription
reminder = Reminder.objects.order_by("pk").first()
for n in range(5):
    s = Subscription.objects.create(
        endpoint=f"https://fcm.googleapis.com/fcm/send/backup-{n}", endpoint_digest=f"{n:064d}",
        p256dh="B" * 87, auth="A" * 22, date_kind="birth",
        date=datetime.date(2026, 9, 1) + datetime.timedelta(days=n), language="pl",
        token_digest=f"{n + 100:064d}",
    )
    Delivery.objects.create(subscription=s, reminder=reminder, status="sent")
print(Subscription.objects.count())
"""


def url_for(name):
    settings = connection.settings_dict
    return (
        f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{name}"
    )


def run(args, database_url, **kwargs):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "hubsite.settings.dev",
        "DEBUG": "False",
        "PYTHON": sys.executable,
        "ELASTICSEARCH_URL": "",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, **kwargs
    )


def psql(sql):
    result = subprocess.run(
        ["psql", "-q", url_for("postgres"), "-c", sql], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_backup_check_restores_pages_translations_directory_and_subscriptions(db, tmp_path):
    test_db = connection.settings_dict["NAME"]  # the test database pytest-django migrated
    source, damaged = f"{test_db}_backup_src_{os.getpid()}", f"{test_db}_backup_bad_{os.getpid()}"
    for name in (source, damaged):
        psql(f"DROP DATABASE IF EXISTS {name}")
    try:
        psql(f"CREATE DATABASE {source}")
        migrated = tmp_path / "migrated.dump"
        assert run(["scripts/backup", "dump", str(migrated)], url_for(test_db)).returncode == 0
        restored = run(
            ["scripts/backup", "restore", str(migrated), url_for(source)], url_for(source)
        )
        assert restored.returncode == 0, restored.stderr
        seeded = run([sys.executable, "manage.py", "seed_demo"], url_for(source))
        assert seeded.returncode == 0, seeded.stderr[-3000:]
        added = run([sys.executable, "-c", SUBSCRIPTIONS], url_for(source))
        assert added.returncode == 0 and added.stdout.strip() == "5", added.stderr[-3000:]

        check = run(["scripts/backup", "check"], url_for(source))
        output = check.stdout + check.stderr
        assert check.returncode == 0, output[-4000:]
        assert "tables match" in output and "backup check passed" in output
        assert "guide pages" in output and "service pages" in output

        # The comparison notices a restore that lost something.
        dump = tmp_path / "site.dump"
        assert run(["scripts/backup", "dump", str(dump)], url_for(source)).returncode == 0
        psql(f"CREATE DATABASE {damaged}")
        assert (
            run(
                ["scripts/backup", "restore", str(dump), url_for(damaged)], url_for(damaged)
            ).returncode
            == 0
        )
        psql_damage = subprocess.run(
            [
                "psql",
                "-q",
                url_for(damaged),
                "-c",
                "DELETE FROM reminders_delivery WHERE id = (SELECT max(id) FROM reminders_delivery);"
                "UPDATE content_guidepage SET summary_pl = summary_pl || '!' "
                "WHERE page_ptr_id = (SELECT min(page_ptr_id) FROM content_guidepage);",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert psql_damage.returncode == 0, psql_damage.stderr
        compare = run(
            [sys.executable, "manage.py", "compare_databases", url_for(damaged)], url_for(source)
        )
        assert compare.returncode != 0
        assert "reminders.Delivery" in compare.stderr and "content.GuidePage" in compare.stderr
    finally:
        for name in (source, damaged):
            psql(f"DROP DATABASE IF EXISTS {name}")

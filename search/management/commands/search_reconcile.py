"""Compare the search indexes with the database and repair what differs.

Missing documents (should be found, are not), stale ones (an older version)
and extra ones (unpublished or deleted objects) are reported and, unless
--dry-run, fixed. Safe to run at any time, e.g. nightly or after an outage.
"""

from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.backends.database import DatabaseBackend
from search.service import ELASTICSEARCH_ERRORS, elasticsearch_enabled


class Command(BaseCommand):
    help = "Find and repair missing, stale and extra documents in the search indexes."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report only; change nothing.")
        parser.add_argument("--backend", choices=["all", "db", "es"], default="all")

    def handle(self, *args, dry_run=False, backend="all", **options):
        expected = indexing.expected_fingerprints()
        targets = []
        if backend in ("all", "db"):
            targets.append(("database", DatabaseBackend()))
        if backend in ("all", "es"):
            if elasticsearch_enabled():
                targets.append(("Elasticsearch", indexing.elasticsearch_backend(admin=True)))
            elif backend == "es":
                raise CommandError("ELASTICSEARCH_URL is not set.")
        failed = False
        for label, target in targets:
            try:
                if label == "Elasticsearch":
                    from search.backends.elastic import admin_client, ensure_index

                    if not dry_run:
                        ensure_index(admin_client())
                diff = indexing.reconcile(target, expected, repair=not dry_run)
            except ELASTICSEARCH_ERRORS as error:
                self.stderr.write(f"{label}: not reachable ({type(error).__name__})")
                failed = True
                continue
            verb = "found" if dry_run else "repaired"
            self.stdout.write(
                f"{label}: {len(diff.missing)} missing, {len(diff.stale)} stale, "
                f"{len(diff.extra)} extra {verb} ({len(expected)} expected)"
            )
        if failed:
            raise CommandError("Some indexes could not be checked.")

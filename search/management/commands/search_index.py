"""Build the search indexes from the database.

    manage.py search_index --rebuild                 # every configured index
    manage.py search_index --rebuild --backend es    # only Elasticsearch
    manage.py search_index                           # counts only

Elasticsearch: a new versioned index is filled in bulk, then the alias moves to
it in one atomic call and the old index is deleted, so searches never see an
empty or half-built index. The database index is rebuilt in one transaction.
"""

from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.backends.database import DatabaseBackend
from search.service import ELASTICSEARCH_ERRORS, elasticsearch_enabled


class Command(BaseCommand):
    help = "Rebuild the search indexes (database and Elasticsearch) from guides and services."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Rebuild from scratch.")
        parser.add_argument(
            "--backend",
            choices=["all", "db", "es"],
            default="all",
            help="Which index: the database one, Elasticsearch, or both (default).",
        )

    def handle(self, *args, rebuild=False, backend="all", **options):
        want_db = backend in ("all", "db")
        want_es = backend in ("all", "es")
        if backend == "es" and not elasticsearch_enabled():
            raise CommandError("ELASTICSEARCH_URL is not set.")
        want_es = want_es and elasticsearch_enabled()

        if not rebuild:
            self.stdout.write(f"database index: {DatabaseBackend().count()} documents")
            if want_es:
                try:
                    count = indexing.elasticsearch_backend(admin=True).count()
                except ELASTICSEARCH_ERRORS as error:
                    raise CommandError(f"Elasticsearch: {type(error).__name__}") from error
                self.stdout.write(f"Elasticsearch index: {count} documents")
            self.stdout.write("Add --rebuild to rebuild.")
            return

        if want_db:
            count = indexing.rebuild_database()
            self.stdout.write(f"database index rebuilt: {count} documents")
        if want_es:
            try:
                name, count = indexing.rebuild_elasticsearch()
            except ELASTICSEARCH_ERRORS as error:
                raise CommandError(f"Elasticsearch rebuild failed: {error}") from error
            self.stdout.write(
                f"Elasticsearch index {name} built with {count} documents; alias moved"
            )

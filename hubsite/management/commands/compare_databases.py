"""Compare the site's data in two databases: after a restore, nothing must be missing.

    manage.py compare_databases postgres://.../restored

Compares, model by model, the number of rows and a digest of every row's
values (ordered by primary key) for the project's apps and the Wagtail tables
that hold pages, their translations and revisions.
"""

import hashlib

import environ
from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

CHECKED_APPS = {
    "content",
    "directory",
    "reminders",
    "search",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "auth",
}


def table_digest(model, alias):
    """(row count, sha256 of all rows) for one model in one database."""
    digest = hashlib.sha256()
    count = 0
    fields = [field.attname for field in model._meta.concrete_fields]
    rows = model._base_manager.using(alias).order_by("pk").values_list(*fields)
    for row in rows.iterator(chunk_size=2000):
        digest.update(repr(row).encode())
        count += 1
    return count, digest.hexdigest()


class Command(BaseCommand):
    help = "Checks that a second database (e.g. a restored backup) holds the same site data."

    def add_arguments(self, parser):
        parser.add_argument("other_database_url")

    def handle(self, other_database_url, **options):
        connections.settings["restored"] = environ.Env.db_url_config(other_database_url)
        differences = []
        checked = 0
        for model in apps.get_models():
            if model._meta.app_label not in CHECKED_APPS or model._meta.proxy:
                continue
            here = table_digest(model, "default")
            there = table_digest(model, "restored")
            checked += 1
            if here != there:
                differences.append(f"{model._meta.label}: {here[0]} rows here, {there[0]} there")
            elif options["verbosity"] > 1:
                self.stdout.write(f"{model._meta.label}: {here[0]} rows match")
        connections["restored"].close()
        if differences:
            raise CommandError("Databases differ:\n" + "\n".join(differences))
        self.stdout.write(self.style.SUCCESS(f"{checked} tables match."))

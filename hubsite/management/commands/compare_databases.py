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
    """(row count, sha256 of all rows) for one model's own table in one database.

    Raw column values, read with SQL: the ORM would turn some columns into objects
    whose repr differs between two reads of the same data (StreamField values).
    Inherited fields are compared with their own table (wagtailcore.Page).
    """
    connection = connections[alias]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in model._meta.local_concrete_fields)
    sql = (
        f"SELECT {columns} FROM {quote(model._meta.db_table)} "
        f"ORDER BY {quote(model._meta.pk.column)}"
    )
    digest = hashlib.sha256()
    count = 0
    with connection.cursor() as cursor:
        cursor.execute(sql)
        while rows := cursor.fetchmany(2000):
            for row in rows:
                digest.update(repr(row).encode())
                count += 1
    return count, digest.hexdigest()


class Command(BaseCommand):
    help = "Checks that a second database (e.g. a restored backup) holds the same site data."

    def add_arguments(self, parser):
        parser.add_argument("other_database_url")

    def handle(self, other_database_url, **options):
        other = environ.Env.db_url_config(other_database_url)
        # Django's defaults (OPTIONS, TIME_ZONE, AUTOCOMMIT...) filled in as for DATABASES.
        filled = connections.configure_settings({"default": dict(other), "restored": other})
        connections.settings["restored"] = filled["restored"]
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

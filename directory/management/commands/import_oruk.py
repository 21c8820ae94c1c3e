from django.core.management.base import BaseCommand, CommandError

from directory.importer import RecordProblem, import_records, read_feed
from directory.models import Hub


class Command(BaseCommand):
    help = (
        "Imports an Open Referral UK feed (a JSON file, or the URL of a /services endpoint whose "
        "pages are followed). Upserts by id; broken records are reported and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="A JSON file or an https:// URL of a /services endpoint")
        parser.add_argument("--hub", help="Slug of the hub that will own new services and places")

    def handle(self, source, hub=None, **options):
        owner = None
        if hub:
            owner = Hub.objects.filter(slug=hub).first()
            if owner is None:
                raise CommandError(f"No hub with the slug {hub!r}.")
        try:
            records = read_feed(source)
        except (OSError, ValueError, RecordProblem) as error:
            raise CommandError(f"Could not read {source}: {error}") from error
        report = import_records(records, hub=owner)
        for position, record_id, reason in report.skipped:
            self.stderr.write(f"skipped record {position} (id {record_id}): {reason}")
        for position, record_id, note in report.warnings:
            self.stdout.write(f"note on record {position} (id {record_id}): {note}")
        self.stdout.write(report.summary())

"""Send the reminders due now. Safe to run every hour from cron, and twice at once."""

from django.core.management.base import BaseCommand

from reminders.sending import send_due_reminders


class Command(BaseCommand):
    help = "Sends every push reminder that is due (exactly once per family and reminder)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print nothing.")

    def handle(self, *args, quiet=False, **options):
        summary = send_due_reminders()
        if not quiet:
            self.stdout.write(summary.line())

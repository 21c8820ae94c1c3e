"""Print a new VAPID key pair for the settings (environment variables)."""

from django.core.management.base import BaseCommand

from reminders.vapid import new_key_pair


class Command(BaseCommand):
    help = "Prints a new VAPID key pair as VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY lines."

    def handle(self, *args, **options):
        public, private = new_key_pair()
        self.stdout.write(f"VAPID_PUBLIC_KEY={public}")
        self.stdout.write(f"VAPID_PRIVATE_KEY={private}")
        self.stderr.write(
            "Keep the private key secret. Changing keys later stops existing subscriptions working."
        )

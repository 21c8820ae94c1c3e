from django.core.management.base import BaseCommand

from content.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Creates or updates the 'Comms editors' and 'Translators' groups and the guidance workflow."
    )

    def handle(self, *args, **options):
        editors, translators = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Groups ready: {editors.name}, {translators.name}."))

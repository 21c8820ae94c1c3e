from importlib import import_module

from django.core.management.base import BaseCommand

# Each app that has demo data exposes demo.seed(); the order matters (guides first).
DEMO_SEEDERS = [
    "content.demo.seed_content",
    "content.roles.setup_roles",
    "directory.demo.seed",
    "reminders.demo.seed",
]


class Command(BaseCommand):
    help = "Builds (or brings up to date) the demo site: guidance, directory and reminder schedule."

    def handle(self, *args, **options):
        for dotted in DEMO_SEEDERS:
            module_name, func_name = dotted.rsplit(".", 1)
            try:
                module = import_module(module_name)
            except ModuleNotFoundError as error:
                if error.name != module_name:
                    raise
                continue
            getattr(module, func_name)()
            self.stdout.write(f"seeded {module_name}")
        self.stdout.write(self.style.SUCCESS("Demo site ready."))

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from directory.models import Hub
from directory.roles import add_hub_staff, remove_hub_staff


class Command(BaseCommand):
    help = (
        "Adds a person to a hub's staff (they can then edit that hub's listings), removes or lists."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["add", "remove", "list"])
        parser.add_argument("username", nargs="?")
        parser.add_argument("hub", nargs="?", help="The hub's slug")

    def handle(self, action, username=None, hub=None, **options):
        if action == "list":
            for item in Hub.objects.select_related("staff_group").order_by("slug"):
                members = item.staff_group.user_set.order_by("username") if item.staff_group else []
                names = ", ".join(user.get_username() for user in members) or "-"
                self.stdout.write(f"{item.slug}: {names}")
            return
        if not (username and hub):
            raise CommandError("Give a username and a hub slug.")
        user = (
            get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()
        )
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        found = Hub.objects.filter(slug=hub).first()
        if found is None:
            raise CommandError(f"No hub with the slug {hub!r}.")
        if action == "add":
            add_hub_staff(user, found)
            self.stdout.write(f"{username} now edits the listings of {found.name}.")
        else:
            remove_hub_staff(user, found)
            self.stdout.write(f"{username} no longer edits the listings of {found.name}.")

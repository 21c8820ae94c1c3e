"""The reminder schedule in the Wagtail admin, as a snippet the comms team edits."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Reminder


class ReminderViewSet(SnippetViewSet):
    model = Reminder
    icon = "date"
    menu_label = "Reminders"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "kind", "lead_days", "enabled"]
    list_filter = ["kind", "enabled"]


register_snippet(ReminderViewSet)

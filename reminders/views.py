"""The reminders page: opt in, and manage reminders kept by this browser."""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie

from .models import Reminder
from .vapid import keys


def age_in_words(months):
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(ngettext("%(count)d year", "%(count)d years", years) % {"count": years})
    if rest or not parts:
        parts.append(ngettext("%(count)d month", "%(count)d months", rest) % {"count": rest})
    return " ".join(parts)


def last_reminder_age():
    """Roughly how old a child is when the last window closes, for "how long we keep it"."""
    longest = 0
    for amount, unit in Reminder.objects.filter(enabled=True).values_list("end_amount", "end_unit"):
        months = {"months": amount, "weeks": amount * 7 // 30, "days": amount // 30}[unit]
        longest = max(longest, months)
    return age_in_words(longest) if longest else None


def browser_messages():
    """Texts the page's script shows, in the page's language."""
    return {
        "saved": _("Your reminders are on. We will send the first one before it is due."),
        "updated": _("Your changes are saved."),
        "testSent": _("Test notification sent. It should appear in a few seconds."),
        "deleted": _("Your reminders are deleted, and everything we kept for them."),
        "confirmDelete": _("Delete your reminders and everything we keep for them?"),
        "denied": _(
            "Notifications are blocked for this site. To get reminders, allow notifications in your browser's settings, then try again."
        ),
        "subscribeFailed": _(
            "Your browser could not turn on notifications. Try again, or try another browser."
        ),
        "network": _("We could not reach the site. Check your connection and try again."),
        "forbidden": _("This page has been open too long. Reload it and try again."),
        "failed": _("Something went wrong. Try again."),
        "working": _("Please wait…"),
        "turnOn": _("Turn on reminders"),
        "save": _("Save changes"),
        "formHeadingNew": _("Turn on reminders"),
        "formHeadingManage": _("Change your reminders"),
        "noWindows": _("There are no more reminders to come."),
    }


@never_cache
@ensure_csrf_cookie
def opt_in(request):
    languages = [(code, local) for code, _name, local, _bidi in settings.SITE_LANGUAGES]
    context = {
        "vapid_public_key": keys().public_key,
        "site_languages": languages,
        "last_reminder_age": last_reminder_age(),
        "browser_messages": browser_messages(),
    }
    response = render(request, "reminders/opt_in.html", context)
    response["Referrer-Policy"] = "no-referrer"
    return response

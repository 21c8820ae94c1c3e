"""What a notification says: title, short body, a link, in the parent's language.

Reminder texts are content (per-language fields, English when a language has
none); the dates in them are formatted in that language. Nothing in a payload
identifies the family: it can be read on a lock screen.
"""

import json

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext

from hubsite.i18n import is_rtl

DATE_FORMAT = "j E Y"


def site_language(code):
    known = {c for c, _name in settings.LANGUAGES}
    return code if code in known else settings.LANGUAGE_CODE


def reminders_page_url(language):
    with translation.override(language):
        return reverse("reminders:opt_in")


def encode(title, body, url, language, tag):
    return json.dumps(
        {
            "title": title,
            "body": body,
            "url": url,
            "lang": language,
            "dir": "rtl" if is_rtl(language) else "ltr",
            "tag": tag,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


class MessageBuilder:
    """Builds payloads, caching what repeats across a run (texts, links, formatted dates)."""

    def __init__(self):
        self._texts = {}
        self._dates = {}
        self._payloads = {}

    def prepare(self, reminders):
        """Look up every reminder's texts and link in every language now."""
        for reminder in reminders:
            for code, _name in settings.LANGUAGES:
                self._texts_for(reminder, code)

    def _texts_for(self, reminder, language):
        key = (reminder.pk, language)
        found = self._texts.get(key)
        if found is None:
            url = reminder.guide_url_in(language) or reminders_page_url(language)
            found = (reminder.text_in("title", language), reminder.text_in("body", language), url)
            self._texts[key] = found
        return found

    def _date(self, date, language):
        key = (date, language)
        found = self._dates.get(key)
        if found is None:
            with translation.override(language):
                found = formats.date_format(date, DATE_FORMAT)
            self._dates[key] = found
        return found

    def payload(self, reminder, language, date):
        """The encoded payload of `reminder` for a family whose date is `date`."""
        language = site_language(language)
        key = (reminder.pk, language, date)
        found = self._payloads.get(key)
        if found is None:
            title, body, url = self._texts_for(reminder, language)
            opens, closes = reminder.window_for(date)
            body = body.replace("{opens}", self._date(opens, language)).replace(
                "{closes}", self._date(closes, language)
            )
            found = encode(title, body, url, language, f"reminder-{reminder.key}")
            if len(self._payloads) > 50_000:
                self._payloads.clear()
            self._payloads[key] = found
        return found


def trial_payload(language):
    language = site_language(language)
    with translation.override(language):
        title = gettext("Reminders are on")
        body = gettext(
            "This is a test. You will get a notification like this before each review or appointment you chose."
        )
    return encode(title, body, reminders_page_url(language), language, "reminders-test")

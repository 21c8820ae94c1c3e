"""Reminders: the schedule (a snippet the comms team edits), subscriptions and send records.

A subscription stores only what sending needs: the push endpoint and its keys,
one date (a due date or a date of birth), the language and the kinds chosen.
The management token is kept by the parent's browser; only its hash is here.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel

from . import schedule

DUE_DATE = "due"
BIRTH_DATE = "birth"
DATE_KINDS = [(DUE_DATE, _("Due date")), (BIRTH_DATE, _("Date of birth"))]

REVIEW = "review"
IMMUNISATION = "immunisation"
REMINDER_KINDS = [(REVIEW, _("Health visitor reviews")), (IMMUNISATION, _("Immunisations"))]

UNIT_CHOICES = [(unit, unit) for unit in schedule.UNITS]
PLACEHOLDERS = ("{opens}", "{closes}")


class Reminder(models.Model):
    """One review or immunisation appointment, with its window and its message."""

    key = models.SlugField(
        max_length=60,
        unique=True,
        help_text="A fixed name for this reminder used by the system; do not change it.",
    )
    kind = models.CharField(max_length=20, choices=REMINDER_KINDS, default=REVIEW)
    name = models.CharField(max_length=120, help_text='Shown in lists, e.g. "6 to 8 week review".')
    counted_from = models.CharField(
        max_length=10,
        choices=[(DUE_DATE, "Due date (pregnancy only)"), (BIRTH_DATE, "Date of birth")],
        default=BIRTH_DATE,
        help_text=(
            "Counted from the due date: only for parents who gave a due date (before the birth). "
            "Counted from the date of birth: parents who gave a due date get it counted from the due date."
        ),
    )
    start_amount = models.SmallIntegerField(
        help_text="The window opens this long after the date (negative: before it)."
    )
    start_unit = models.CharField(max_length=6, choices=UNIT_CHOICES, default="weeks")
    end_amount = models.SmallIntegerField(help_text="The window closes this long after the date.")
    end_unit = models.CharField(max_length=6, choices=UNIT_CHOICES, default="weeks")
    born_on_or_after = models.DateField(
        null=True,
        blank=True,
        help_text="Only for children born (or due) on or after this date. Leave empty for all.",
    )
    lead_days = models.PositiveSmallIntegerField(
        default=7, help_text="Send the reminder this many days before the window opens."
    )
    title = models.CharField(
        max_length=80,
        help_text="Notification title. Seen on a lock screen: nothing that identifies the family.",
    )
    body = models.TextField(
        max_length=300,
        help_text="Notification text. {opens} and {closes} are replaced with the window's dates.",
    )
    guide = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The guide that prepares the parent; a tap on the notification opens it.",
    )
    enabled = models.BooleanField(default=True, help_text="Untick to stop sending this reminder.")

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("key")]),
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("counted_from"),
                FieldRowPanel([FieldPanel("start_amount"), FieldPanel("start_unit")]),
                FieldRowPanel([FieldPanel("end_amount"), FieldPanel("end_unit")]),
                FieldPanel("born_on_or_after"),
                FieldPanel("lead_days"),
            ],
            heading="Window",
        ),
        FieldPanel("title"),
        FieldPanel("body"),
        PageChooserPanel("guide", "content.GuidePage"),
        FieldPanel("enabled"),
    ]

    class Meta:
        ordering = ["kind", "id"]
        verbose_name = "reminder"

    def __str__(self):
        return self.name or self.key

    # --- the window ---------------------------------------------------------
    @property
    def start(self):
        return (self.start_amount, self.start_unit)

    @property
    def end(self):
        return (self.end_amount, self.end_unit)

    def window_for(self, date):
        """(opens, closes) for a family whose date is `date`, both days included."""
        return schedule.shift(date, *self.start), schedule.shift(date, *self.end)

    def applies_to(self, date_kind, date):
        if self.counted_from == DUE_DATE and date_kind != DUE_DATE:
            return False
        return self.born_on_or_after is None or date >= self.born_on_or_after

    def send_from(self, date):
        return self.window_for(date)[0] - datetime.timedelta(days=self.lead_days)

    def is_due(self, date_kind, date, today):
        """The rule the SQL selection implements, one family at a time (tests compare the two)."""
        if not self.applies_to(date_kind, date):
            return False
        return self.send_from(date) <= today <= self.window_for(date)[1]

    def due_date_range(self, today):
        """The dates d for which this reminder is due today, as an inclusive (low, high) range.

        Worked out once per reminder in Python (month arithmetic), so that the
        database only compares an indexed date column with two constants.
        Returns None when no date can be due.
        """
        high = schedule.latest_date_shifting_to_at_most(
            today + datetime.timedelta(days=self.lead_days), *self.start
        )
        low = schedule.earliest_date_shifting_to_at_least(today, *self.end)
        if self.born_on_or_after and self.born_on_or_after > low:
            low = self.born_on_or_after
        return (low, high) if low <= high else None

    def clean(self):
        super().clean()
        errors = {}
        reference = datetime.date(2024, 1, 31)
        if None not in (self.start_amount, self.end_amount):
            opens, closes = self.window_for(reference)
            if closes < opens:
                errors["end_amount"] = "The window must not close before it opens."
        for name in self.translated_text_fields():
            text = getattr(self, name, "") or ""
            leftover = text
            for placeholder in PLACEHOLDERS:
                leftover = leftover.replace(placeholder, "")
            if "{" in leftover or "}" in leftover:
                errors[name] = "Only {opens} and {closes} may be used in curly brackets."
        if errors:
            raise ValidationError(errors)

    @classmethod
    def translated_text_fields(cls):
        from django.conf import settings

        return [
            f"{field}_{code}" for field in ("title", "body") for code, _name in settings.LANGUAGES
        ]

    # --- texts in a language, English when missing --------------------------
    def text_in(self, field, language):
        return getattr(self, f"{field}_{language}", None) or getattr(self, f"{field}_en", "") or ""

    def guide_url_in(self, language):
        if self.guide_id is None:
            return None
        page = self.guide.specific
        if not page.live:
            return None
        with translation.override(language):
            return page.get_url()


class Subscription(models.Model):
    """One browser's push subscription and the one date it counts from."""

    endpoint = models.TextField()
    endpoint_digest = models.CharField(max_length=64, unique=True)
    p256dh = models.CharField(max_length=100)
    auth = models.CharField(max_length=40)
    date_kind = models.CharField(max_length=8, choices=DATE_KINDS)
    date = models.DateField()
    language = models.CharField(max_length=8)
    wants_reviews = models.BooleanField(default=True)
    wants_immunisations = models.BooleanField(default=False)
    token_digest = models.CharField(max_length=64, unique=True)

    class Meta:
        # Sending walks the due range of dates in (date, id) order; the columns it
        # filters on come last, so the selection is answered from the index alone.
        indexes = [
            models.Index(
                fields=["date", "id", "date_kind", "wants_reviews", "wants_immunisations"],
                name="reminders_sub_date",
            )
        ]

    def __str__(self):
        return f"subscription {self.pk}"

    @property
    def kinds(self):
        return [
            k
            for k, wanted in (
                (REVIEW, self.wants_reviews),
                (IMMUNISATION, self.wants_immunisations),
            )
            if wanted
        ]

    def subscription_info(self):
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}}


class Delivery(models.Model):
    """The claim on sending one reminder to one subscription: unique, so it is sent once.

    `not_before` is the end of the lease while CLAIMED (a sender that died is
    taken over after it) or SENDING (after it, the push counts as sent), and the
    next attempt's time while RETRY.
    """

    CLAIMED = "claimed"
    SENDING = "sending"
    SENT = "sent"
    RETRY = "retry"
    GAVE_UP = "gave_up"
    STATUSES = [
        (CLAIMED, "claimed"),
        (SENDING, "on the wire"),
        (SENT, "sent"),
        (RETRY, "to retry"),
        (GAVE_UP, "gave up"),
    ]

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    reminder = models.ForeignKey(Reminder, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=8, choices=STATUSES, default=CLAIMED)
    attempts = models.PositiveSmallIntegerField(default=1)
    not_before = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "reminder"], name="reminders_one_delivery_per_pair"
            )
        ]
        indexes = [
            models.Index(
                fields=["not_before"],
                name="reminders_delivery_pending",
                condition=Q(status__in=["claimed", "sending", "retry"]),
            )
        ]

    def __str__(self):
        return f"delivery {self.pk} ({self.status})"

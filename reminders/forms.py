"""Checking what the opt-in page posts: the date, the kinds, the language and the subscription.

Every error is a sentence for the parent in the active language.
"""

import binascii
import datetime
import re

from cryptography.hazmat.primitives.asymmetric import ec
from dateutil.relativedelta import relativedelta
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .endpoints import EndpointRejected, check_endpoint
from .models import BIRTH_DATE, DATE_KINDS, DUE_DATE, REMINDER_KINDS
from .vapid import b64url_decode

MAX_WEEKS_AHEAD = 42
MAX_WEEKS_OVERDUE = 6
MAX_CHILD_AGE = relativedelta(years=5)
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")


class ReminderSettingsForm(forms.Form):
    date_kind = forms.ChoiceField(
        choices=DATE_KINDS,
        error_messages={
            "required": _("Choose whether you are giving a due date or a date of birth."),
            "invalid_choice": _("Choose whether you are giving a due date or a date of birth."),
        },
    )
    date = forms.DateField(
        input_formats=["%Y-%m-%d"],
        error_messages={
            "required": _("Enter a date."),
            "invalid": _("Enter a real date, for example 27/03/2027."),
        },
    )
    kinds = forms.MultipleChoiceField(
        choices=REMINDER_KINDS,
        error_messages={
            "required": _("Choose at least one kind of reminder."),
            "invalid_choice": _("Choose at least one kind of reminder."),
            "invalid_list": _("Choose at least one kind of reminder."),
        },
    )
    language = forms.ChoiceField(
        choices=[],
        error_messages={
            "required": _("Choose a language."),
            "invalid_choice": _("Choose one of the languages in the list."),
        },
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or datetime.date.today()
        self.fields["language"].choices = list(settings.LANGUAGES)

    def clean(self):
        data = super().clean()
        kind, date = data.get("date_kind"), data.get("date")
        if not (kind and date):
            return data
        if kind == DUE_DATE:
            if date > self.today + datetime.timedelta(weeks=MAX_WEEKS_AHEAD):
                self.add_error(
                    "date", _("A due date is at most 42 weeks away. Check the date you entered.")
                )
            elif date < self.today - datetime.timedelta(weeks=MAX_WEEKS_OVERDUE):
                self.add_error(
                    "date",
                    _("That due date has passed. If your baby is born, enter their date of birth."),
                )
        elif kind == BIRTH_DATE:
            if date > self.today:
                self.add_error("date", _("A date of birth cannot be in the future."))
            elif date < self.today - MAX_CHILD_AGE:
                self.add_error(
                    "date",
                    _("This site is for children up to 5 years old. Check the date you entered."),
                )
        return data


def _decode_key(value, length):
    if not isinstance(value, str) or not value or len(value) > 200:
        return None
    try:
        raw = b64url_decode(value.strip())
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == length else None


def parse_subscription(value, resolve=None):
    """The browser's PushSubscription (as JSON) → {endpoint, p256dh, auth}; ValidationError if bad."""
    broken = _(
        "Your browser's notification subscription could not be read. Reload the page and try again."
    )
    if not isinstance(value, dict):
        raise ValidationError(broken, code="subscription")
    endpoint = value.get("endpoint")
    keys = value.get("keys")
    if not isinstance(endpoint, str) or not isinstance(keys, dict):
        raise ValidationError(broken, code="subscription")
    p256dh = _decode_key(keys.get("p256dh"), 65)
    auth = _decode_key(keys.get("auth"), 16)
    if p256dh is None or auth is None or p256dh[0] != 4:
        raise ValidationError(broken, code="subscription")
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), p256dh)
    except ValueError as error:
        raise ValidationError(broken, code="subscription") from error
    try:
        if resolve is None:
            check_endpoint(endpoint)
        else:
            check_endpoint(endpoint, resolve=resolve)
    except EndpointRejected as error:
        raise ValidationError(error.message, code="endpoint") from error
    return {"endpoint": endpoint, "p256dh": keys["p256dh"].strip(), "auth": keys["auth"].strip()}


def valid_token(value):
    return isinstance(value, str) and TOKEN_PATTERN.fullmatch(value) is not None

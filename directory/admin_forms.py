"""Wagtail admin forms for directory records: choices limited to the editor's own hubs.

The limits are enforced on the server: a ModelChoiceField only accepts values
from its queryset, so a hub worker who posts another hub's id gets a form error.
"""

import datetime

from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .permissions import user_hub_ids

WEEKS_OF_MONTH = [
    ("1", _("1st")),
    ("2", _("2nd")),
    ("3", _("3rd")),
    ("4", _("4th")),
    ("-1", _("last")),
]


def _scope_choice_fields(form, hub_ids):
    """Narrow every hub-owned ModelChoiceField of `form` (and its inline forms) to `hub_ids`."""
    from .permissions import hub_field

    for field in form.fields.values():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        model = field.queryset.model
        if getattr(model, "hub_lookup", None) and model._meta.app_label == "directory":
            field.queryset = field.queryset.filter(**{f"{hub_field(model)}__in": hub_ids})
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            _scope_choice_fields(child, hub_ids)


class HubScopedAdminForm(WagtailAdminModelForm):
    """Hub staff can only choose their own hubs, places and services."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.hub_ids = user_hub_ids(self.for_user) if self.for_user is not None else None
        if self.hub_ids is None:
            return
        _scope_choice_fields(self, self.hub_ids)
        if isinstance(self.instance, apps.get_model("directory", "Hub")):
            # Hub staff keep their hub's description and contacts current; its name and
            # place in the hub network are for the comms team.
            for name, field in self.fields.items():
                if name.startswith("name_") or name in ("slug", "kind", "central"):
                    field.disabled = True
            return
        hub = self.fields.get("hub")
        if hub is not None:
            hub.required = True
            hub.empty_label = None


class ScheduleAdminForm(HubScopedAdminForm):
    """Days as checkboxes (and weeks of the month) instead of a raw RFC 5545 BYDAY string."""

    weekdays = forms.MultipleChoiceField(
        label=_("Days"), required=False, widget=forms.CheckboxSelectMultiple
    )
    week_of_month = forms.MultipleChoiceField(
        label=_("Weeks of the month (monthly only)"),
        choices=WEEKS_OF_MONTH,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For example the 2nd and 4th Tuesday: tick Tuesday, 2nd and 4th."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .models import WEEKDAYS
        from .validators import parse_byday

        self.fields["weekdays"].choices = WEEKDAYS
        try:
            parts = parse_byday(self.instance.byday)
        except ValueError:
            parts = []
        if parts and not self.is_bound:
            self.initial.setdefault("weekdays", sorted({day for _n, day in parts}, key=_day_order))
            weeks = sorted({str(n) for n, _day in parts if n is not None})
            if weeks:
                self.initial.setdefault("week_of_month", weeks)

    def clean(self):
        data = super().clean()
        from .models import Frequency

        days = sorted(data.get("weekdays") or [], key=_day_order)
        weeks = data.get("week_of_month") or []
        freq = data.get("freq")
        if freq == Frequency.MONTHLY and weeks:
            self.instance.byday = ",".join(f"{n}{day}" for n in weeks for day in days)
        elif freq == Frequency.MONTHLY and not days and self.instance.bymonthday:
            self.instance.byday = ""
        elif freq == Frequency.MONTHLY:
            # No week chosen: keep the bare days so model validation explains what is missing.
            self.instance.byday = ",".join(days)
        elif freq == Frequency.WEEKLY:
            if weeks:
                self.add_error("week_of_month", _("Weeks of the month are for monthly sessions."))
            self.instance.byday = ",".join(days)
        self._check_change_dates(data)
        return data

    def _update_errors(self, errors):
        # The model checks its RFC 5545 fields; here they are edited as the day checkboxes.
        if hasattr(errors, "error_dict"):
            for source in ("byday", "bymonthday"):
                if source in errors.error_dict:
                    moved = errors.error_dict.pop(source)
                    errors.error_dict.setdefault("weekdays", []).extend(moved)
        super()._update_errors(errors)

    def _check_change_dates(self, data):
        """Each change must be for a date when there is a session."""
        from .models import Schedule
        from .schedules import session_dates

        needed = ("freq", "valid_from", "opens_at", "closes_at")
        if any(data.get(name) is None for name in needed) or self.errors:
            return
        probe = Schedule(
            freq=data["freq"],
            interval=data.get("interval") or 1,
            byday=self.instance.byday,
            bymonthday=self.instance.bymonthday,
            valid_from=data["valid_from"],
            valid_until=data.get("valid_until"),
            opens_at=data["opens_at"],
            closes_at=data["closes_at"],
            term_time_only=data.get("term_time_only", False),
        )
        formset = self.formsets.get("changes")
        if formset is None:
            return
        for child in formset.forms:
            if not child.is_valid() or child.cleaned_data.get("DELETE"):
                continue
            day = child.cleaned_data.get("date")
            if day is None:
                continue
            try:
                dates = session_dates(probe, day, day)
            except ValueError:
                return
            if day not in dates:
                child.add_error(
                    "date",
                    _("There is no session on %(date)s. Check the date.")
                    % {"date": _long_date(day)},
                )


def _day_order(code):
    return ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].index(code)


def _long_date(day: datetime.date):
    from django.utils.formats import date_format

    return date_format(day, "l j F Y")

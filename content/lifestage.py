"""Where a family is now, from a due date or a date of birth.

Weeks are counted relative to birth (negative while pregnant), the same scale
guide pages use for the age range they apply to.
"""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django import forms
from django.utils.translation import gettext_lazy as _

DUE_DATE = "due"
BIRTH_DATE = "birth"

MAX_WEEKS_AHEAD = 42  # a due date further ahead than a whole pregnancy is a typo
MAX_WEEKS_OVERDUE = 6  # after this, ask for the date of birth instead
MAX_CHILD_AGE = relativedelta(years=5)

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %m %Y"]


@dataclass(frozen=True)
class LifeStage:
    kind: str
    date: datetime.date
    today: datetime.date

    @property
    def weeks(self):
        """Whole weeks since birth (or the due date); negative before it."""
        return (self.today - self.date).days // 7

    @property
    def weeks_pregnant(self):
        return 40 + self.weeks if self.kind == DUE_DATE else None

    @property
    def age(self):
        return relativedelta(self.today, self.date) if self.kind == BIRTH_DATE else None

    @property
    def stage(self):
        if self.kind == DUE_DATE:
            return "pregnancy"
        if self.weeks < 8:
            return "first-weeks"
        return "talking-and-play"


class LifeStageForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Which date do you have?"),
        choices=[(DUE_DATE, _("My due date")), (BIRTH_DATE, _("My baby's date of birth"))],
        widget=forms.RadioSelect,
        initial=DUE_DATE,
    )
    date = forms.DateField(
        label=_("Date"),
        help_text=_("For example, 27/03/2027"),
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "off"}),
        error_messages={
            "invalid": _("Enter a real date, for example 27/03/2027."),
            "required": _("Enter a date."),
        },
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or datetime.date.today()

    def clean(self):
        data = super().clean()
        kind, date = data.get("kind"), data.get("date")
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
        else:
            if date > self.today:
                self.add_error("date", _("A date of birth cannot be in the future."))
            elif date < self.today - MAX_CHILD_AGE:
                self.add_error(
                    "date",
                    _("This site is for children up to 5 years old. Check the date you entered."),
                )
        return data

    def life_stage(self):
        return LifeStage(self.cleaned_data["kind"], self.cleaned_data["date"], self.today)

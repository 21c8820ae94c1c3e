"""The parents' search form: a place (postcode or "use my location") and filters, all GET."""

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .geo import in_uk
from .models import WEEKDAYS, Language, ServiceKind, TaxonomyTerm
from .postcodes import Place, PostcodeError, find_place
from .queries import PREGNANCY, DirectoryQuery
from .taxonomy import CATEGORY_LABELS

AGE_CHOICES = [
    ("", _("Any age")),
    (PREGNANCY, _("During pregnancy")),
    ("baby", _("Baby (under 1)")),
    ("1", _("1 year old")),
    ("2", _("2 years old")),
    ("3", _("3 years old")),
    ("4", _("4 years old")),
    ("5", _("5 years old")),
]


def category_choices():
    """(code, label) for every category, by label: our codes use the translated interface labels."""
    lang = translation.get_language() or "en"
    name = f"name_{lang}" if hasattr(TaxonomyTerm, f"name_{lang}") else "name_en"
    if name == "name_en":
        rows = [
            (code, english, english)
            for code, english in TaxonomyTerm.objects.values_list("code", "name_en")
        ]
    else:
        rows = TaxonomyTerm.objects.values_list("code", name, "name_en")
    labels = [
        (code, CATEGORY_LABELS.get(code) or local or english) for code, local, english in rows
    ]
    return sorted(labels, key=lambda choice: str(choice[1]))


class DirectorySearchForm(forms.Form):
    postcode = forms.CharField(
        label=_("Postcode"),
        required=False,
        max_length=10,
        help_text=_("For example, LE1 6ZG. The first part, like LE4, is enough."),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "size": 9}),
    )
    lat = forms.FloatField(required=False, widget=forms.HiddenInput)
    lon = forms.FloatField(required=False, widget=forms.HiddenInput)
    kind = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("Any type"))] + list(ServiceKind.choices),
        error_messages={"invalid_choice": _("Choose a type from the list.")},
    )
    category = forms.ChoiceField(
        label=_("Help with"),
        required=False,
        error_messages={"invalid_choice": _("Choose what you need help with from the list.")},
    )
    age = forms.ChoiceField(
        label=_("Age or stage"),
        required=False,
        choices=AGE_CHOICES,
        error_messages={"invalid_choice": _("Choose an age or stage from the list.")},
    )
    day = forms.ChoiceField(
        label=_("Day"),
        required=False,
        choices=[("", _("Any day"))] + WEEKDAYS,
        error_messages={"invalid_choice": _("Choose a day from the list.")},
    )
    language = forms.ChoiceField(
        label=_("Language spoken"),
        required=False,
        error_messages={"invalid_choice": _("Choose a language from the list.")},
    )
    free = forms.BooleanField(label=_("Free only"), required=False)
    step_free = forms.BooleanField(label=_("Step-free access"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("Anything"))] + category_choices()
        self.fields["language"].choices = [("", _("Any language"))] + [
            (code, local if local == name else f"{local} ({name})")
            for code, name, local in Language.objects.values_list("code", "name", "name_local")
        ]
        for name in ("lat", "lon"):
            self.fields[name].error_messages["invalid"] = _(
                "We could not use your location. Enter a postcode instead."
            )

    def clean(self):
        data = super().clean()
        # The hidden location fields cannot take focus: report their errors on the postcode.
        for hidden in ("lat", "lon"):
            if hidden in self._errors:
                messages = self._errors.pop(hidden)
                if "postcode" not in self._errors:
                    self.add_error("postcode", messages)
                return data
        lat, lon = data.get("lat"), data.get("lon")
        data["place"] = None
        if lat is not None or lon is not None:
            if lat is None or lon is None or not in_uk(lat, lon):
                self.add_error(
                    "postcode",
                    _(
                        "Your location seems to be outside the UK, so we cannot find places near "
                        "you. Enter a postcode instead."
                    ),
                )
            else:
                data["place"] = Place(lat, lon, str(_("your location")), "device")
            return data
        if data.get("postcode"):
            try:
                data["place"] = find_place(data["postcode"])
            except PostcodeError as error:
                self.add_error("postcode", forms.ValidationError(error.message, code=error.code))
        return data

    def to_query(self):
        data = self.cleaned_data
        return DirectoryQuery(
            place=data.get("place"),
            kind=data.get("kind") or "",
            category=data.get("category") or "",
            age=data.get("age") or "",
            day=data.get("day") or "",
            free_only=bool(data.get("free")),
            language=data.get("language") or "",
            step_free=bool(data.get("step_free")),
        )

    def active_filter_count(self):
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return 0
        names = ("kind", "category", "age", "day", "language", "free", "step_free")
        return sum(1 for name in names if self.cleaned_data.get(name))

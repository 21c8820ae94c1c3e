"""Reading the search page's GET parameters into a SearchQuery, with messages for bad input.

Nothing a parent can put in the URL raises an error: unknown filters are
dropped, a bad page number becomes page 1, an overlong search is shortened,
and each of these is explained in a short notice.
"""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .geo import place_for_postcode
from .query import (
    AGE_BANDS,
    DAYS,
    DEFAULT_RADIUS_MILES,
    FACETS,
    MAX_PAGE,
    SearchQuery,
)
from .text import MAX_QUERY_LENGTH

RADIUS_CHOICES = [("1", "1"), ("3", "3"), ("5", "5"), ("10", "10")]
SCOPES = [
    ("all", gettext_lazy("All")),
    ("guide", gettext_lazy("Guides")),
    ("service", gettext_lazy("Services")),
]
PER_PAGE = 10


def _category_choices():
    from directory.taxonomy import CATEGORIES

    return [(code, label) for code, label in CATEGORIES]


def _stage_choices():
    from content.models import STAGES

    return list(STAGES)


def _kind_choices():
    try:
        from directory.models import ServiceKind
    except ImportError:
        return []
    return list(ServiceKind.choices)


class SearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Search guides and services"),
        required=False,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "autocomplete": "off",
                "enterkeyhint": "search",
                "spellcheck": "true",
            }
        ),
    )
    postcode = forms.CharField(
        label=gettext_lazy("Postcode (optional)"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "dir": "ltr", "size": "9"}),
    )
    radius = forms.TypedChoiceField(
        label=gettext_lazy("Within (miles)"),
        choices=RADIUS_CHOICES,
        coerce=float,
        required=False,
        empty_value=DEFAULT_RADIUS_MILES,
    )

    def __init__(self, data=None, lang="en"):
        super().__init__(data)
        self.lang = lang
        self.notices = []

    def _filter_choices(self):
        return {
            "kind": _kind_choices(),
            "category": _category_choices(),
            "stage": _stage_choices(),
            "age": [(code, label) for code, label, _lo, _hi in AGE_BANDS],
            "day": list(DAYS),
        }

    def to_query(self):
        """A SearchQuery and the place it is near (or None); `self.notices` explains anything dropped."""
        data = self.data
        text = ""
        if self.is_valid():
            text = self.cleaned_data["q"]
        elif "q" in data:
            text = str(data.get("q", ""))
        if "postcode" in self.errors:
            self.notices.append(_("That postcode is too long. Enter a postcode like LE1 6ZG."))
        if "radius" in self.errors:
            self.notices.append(_("Choose a distance from the list."))

        filters, unknown = {}, False
        choices = self._filter_choices()
        for spec in FACETS:
            value = data.get(spec.name)
            if value in (None, ""):
                continue
            if spec.boolean:
                if value == "true":
                    filters[spec.name] = True
                else:
                    unknown = True
            elif spec.name in choices and value not in dict(choices[spec.name]):
                unknown = True
            elif spec.name == "language" and not (
                value.isascii() and value.replace("-", "").isalnum() and len(value) <= 12
            ):
                unknown = True
            else:
                filters[spec.name] = value
        if unknown:
            self.notices.append(_("We left out a filter we did not recognise."))

        page = 1
        raw_page = data.get("page")
        if raw_page not in (None, ""):
            try:
                page = int(raw_page)
                if not 1 <= page <= MAX_PAGE:
                    raise ValueError
            except (TypeError, ValueError):
                page = 1
                self.notices.append(
                    _("That page number does not exist, so here is the first page.")
                )

        scope = data.get("type") or "all"
        if scope not in dict(SCOPES):
            scope = "all"

        place = None
        postcode = (self.cleaned_data.get("postcode") if self.is_valid() else "") or ""
        if postcode:
            place, message = place_for_postcode(postcode)
            if message:
                self.notices.append(message)
        radius = (
            self.cleaned_data.get("radius") if self.is_valid() else None
        ) or DEFAULT_RADIUS_MILES

        query = SearchQuery(
            text=text,
            lang=self.lang,
            place=place,
            radius_miles=radius,
            filters=filters,
            page=page,
            per_page=PER_PAGE,
            scope=scope,
        )
        if query.truncated:
            self.notices.append(
                _("Your search was long, so we used the first %(count)s characters.")
                % {"count": MAX_QUERY_LENGTH}
            )
        return query

"""What a search asks for and what it answers: the one interface both backends share."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .text import MAX_QUERY_LENGTH, clean_query, unique_tokens

GUIDE = "guide"
SERVICE = "service"
KINDS = (GUIDE, SERVICE)

MAX_PER_PAGE = 50
MAX_PAGE = 100  # deep pages are never useful to a parent and are costly to compute
DEFAULT_RADIUS_MILES = 3.0
MAX_RADIUS_MILES = 30.0
EARTH_RADIUS_MILES = 3958.8
WEEKS_PER_MONTH = 52 / 12

# Age bands shared by guides and services, in weeks from birth, half-open.
AGE_BANDS = [
    ("pregnancy", _("Pregnancy"), -42, 0),
    ("0-1", _("Under 1 year"), 0, 52),
    ("1-2", _("1 to 2 years"), 52, 104),
    ("2-5", _("2 to 5 years"), 104, 261),
]
AGE_BAND_CODES = [code for code, _label, _lo, _hi in AGE_BANDS]
YOUNGEST_WEEKS, OLDEST_WEEKS = -42, 260

DAYS = [
    ("mon", _("Monday")),
    ("tue", _("Tuesday")),
    ("wed", _("Wednesday")),
    ("thu", _("Thursday")),
    ("fri", _("Friday")),
    ("sat", _("Saturday")),
    ("sun", _("Sunday")),
]
DAY_CODES = [code for code, _label in DAYS]


@dataclass(frozen=True)
class FacetSpec:
    name: str
    label: str
    kinds: tuple  # which result groups have this facet (and are narrowed by its filter)
    boolean: bool = False  # a yes/no facet: only "true" is counted and offered


FACETS = [
    FacetSpec("kind", _("Type of service"), (SERVICE,)),
    FacetSpec("category", _("Category"), (GUIDE, SERVICE)),
    FacetSpec("stage", _("Stage"), (GUIDE,)),
    FacetSpec("age", _("Child's age"), (GUIDE, SERVICE)),
    FacetSpec("day", _("Day"), (SERVICE,)),
    FacetSpec("free", _("Cost"), (SERVICE,), boolean=True),
    FacetSpec("language", _("Language spoken"), (SERVICE,)),
    FacetSpec("step_free", _("Access"), (SERVICE,), boolean=True),
]
FACETS_BY_NAME = {spec.name: spec for spec in FACETS}
FILTER_NAMES = tuple(FACETS_BY_NAME) + ("age_months",)


def facets_for(kind):
    return [spec for spec in FACETS if kind in spec.kinds]


def age_bands_for(from_weeks, to_weeks):
    """The age band codes a range of weeks from birth overlaps."""
    if from_weeks is None and to_weeks is None:
        return list(AGE_BAND_CODES)
    lo = YOUNGEST_WEEKS if from_weeks is None else from_weeks
    hi = OLDEST_WEEKS if to_weeks is None else to_weeks
    return [code for code, _label, start, end in AGE_BANDS if lo < end and hi >= start]


def months_to_weeks(months):
    return round(months * WEEKS_PER_MONTH)


def site_language_codes():
    return [code for code, _name in settings.LANGUAGES]


@dataclass
class SearchQuery:
    """A parent's search. Constructing one cleans the text and drops unusable filters.

    `filters` holds at most one value per facet name (see FACETS) plus
    `age_months` (an int, child's age; negative during pregnancy). `place` is
    (lat, lon) or None; with a place, services are limited to `radius_miles`
    and sorted nearest first. `scope` is "all", "guide" or "service".
    """

    text: str = ""
    lang: str = "en"
    place: tuple | None = None
    radius_miles: float = DEFAULT_RADIUS_MILES
    filters: dict = field(default_factory=dict)
    page: int = 1
    per_page: int = 10
    scope: str = "all"
    truncated: bool = field(default=False, init=False)

    def __post_init__(self):
        self.text, self.truncated = clean_query(self.text, MAX_QUERY_LENGTH)
        if self.lang not in site_language_codes():
            self.lang = settings.LANGUAGE_CODE
        self.page = min(max(int(self.page or 1), 1), MAX_PAGE)
        self.per_page = min(max(int(self.per_page or 10), 1), MAX_PER_PAGE)
        self.radius_miles = min(
            max(float(self.radius_miles or DEFAULT_RADIUS_MILES), 0.1), MAX_RADIUS_MILES
        )
        if self.scope not in ("all", *KINDS):
            self.scope = "all"
        if self.place is not None:
            lat, lon = (float(v) for v in self.place)
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError("place must be (latitude, longitude)")
            self.place = (lat, lon)
        self.filters = clean_filters(self.filters)

    @property
    def words(self):
        return unique_tokens(self.text)

    @property
    def languages(self):
        """The languages searched: the parent's, then English (the fallback for missing content)."""
        return [self.lang] if self.lang == "en" else [self.lang, "en"]

    @property
    def offset(self):
        return (self.page - 1) * self.per_page

    def wants(self, kind):
        return self.scope in ("all", kind)

    def filters_for(self, kind, excluding=None):
        """The filters that narrow `kind` results, leaving out the facet `excluding`."""
        active = {}
        for name, value in self.filters.items():
            if name == excluding:
                continue
            if name == "age_months" or kind in FACETS_BY_NAME[name].kinds:
                active[name] = value
        return active

    @property
    def is_empty(self):
        """Nothing to search for: the page offers browsing instead."""
        return not self.text and not self.filters and self.place is None


def clean_filters(filters):
    """Keep known filter names with usable values; booleans become True or are dropped."""
    clean = {}
    for name, value in (filters or {}).items():
        if name not in FILTER_NAMES or value in (None, "", [], ()):
            continue
        if name == "age_months":
            try:
                months = int(value)
            except (TypeError, ValueError):
                continue
            if -10 <= months <= 60:
                clean[name] = months
            continue
        spec = FACETS_BY_NAME[name]
        if spec.boolean:
            if value in (True, "true", "1", "yes", "on"):
                clean[name] = True
            continue
        value = str(value)[:80]
        if name == "age" and value not in AGE_BAND_CODES:
            continue
        if name == "day" and value not in DAY_CODES:
            continue
        clean[name] = value
    return clean


@dataclass
class Hit:
    kind: str
    id: int
    title: str
    url: str
    snippet: str  # safe HTML: escaped text with <mark> around matching words
    lang: str  # the language of title and snippet (English when untranslated)
    score: float | None = None
    distance_miles: float | None = None
    place: dict | None = None  # the nearest (or first) location of a service
    meta: dict = field(default_factory=dict)

    @property
    def day_labels(self):
        labels = dict(DAYS)
        return [labels[d] for d in self.meta.get("days", []) if d in labels]

    @property
    def upcoming_changes(self, limit=3):
        """Cancelled or moved sessions from today on, soonest first."""
        import datetime

        from django.utils import timezone

        today = timezone.localdate()
        found = []
        for change in self.meta.get("changes", []):
            try:
                day = datetime.date.fromisoformat(change["date"])
            except (KeyError, TypeError, ValueError):
                continue
            if day >= today:
                found.append({**change, "date": day})
        return found[:limit]


@dataclass
class ResultGroup:
    kind: str
    hits: list = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = 10

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.per_page))

    @property
    def first_index(self):
        return (self.page - 1) * self.per_page + 1 if self.hits else 0

    @property
    def last_index(self):
        return self.first_index + len(self.hits) - 1 if self.hits else 0


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    values: list


@dataclass
class SearchResults:
    query: SearchQuery
    guides: ResultGroup
    services: ResultGroup
    facets: list = field(default_factory=list)  # [Facet], in FACETS order
    suggestion: str | None = None  # "did you mean", a whole corrected query
    backend: str = ""
    fell_back: bool = False  # Elasticsearch failed and the database answered

    @property
    def total(self):
        return self.guides.total + self.services.total

    @property
    def num_pages(self):
        groups = [g for g in (self.guides, self.services) if self.query.wants(g.kind)]
        return max((g.num_pages for g in groups), default=1)


@dataclass
class RawResults:
    """What a backend returns before labels are attached: counts are {facet: {value: n}}."""

    guides: ResultGroup
    services: ResultGroup
    facet_counts: dict
    suggestion: str | None = None

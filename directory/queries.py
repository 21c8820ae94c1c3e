"""The directory search: which services match, and how far away they are.

`find_services` is the one place that builds the results list, so the site
search can replace it with its own engine: anything returning a sequence whose
slices are Service objects carrying `distance_miles` and `nearest_location`
will do for the results page.
"""

import datetime
import math
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db.models import (
    CharField,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    Min,
    OuterRef,
    Prefetch,
    Q,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone, translation

from .geo import MILES_PER_DEGREE_LATITUDE, bounding_box, great_circle_miles
from .models import (
    Location,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
)

# Parents choose an age band; each is a range of months.
AGE_BANDS = {
    "baby": (0, 11),
    "1": (12, 23),
    "2": (24, 35),
    "3": (36, 47),
    "4": (48, 59),
    "5": (60, 71),
}
PREGNANCY = "pregnancy"


@dataclass
class DirectoryQuery:
    """What a parent (or an API client) asked for. Empty values mean "any"."""

    place: object = None  # directory.postcodes.Place
    radius_miles: float = None
    kind: str = ""
    category: str = ""
    age: str = ""  # "pregnancy" or a key of AGE_BANDS
    age_range: tuple = None  # (low, high) months, for the API
    day: str = ""  # MO..SU
    free_only: bool = False
    language: str = ""
    step_free: bool = False
    text: str = ""
    hub_id: int = None
    taxonomy_id: object = None  # UUID of an ORUK taxonomy: any of its terms

    def radius(self):
        return self.radius_miles or settings.DIRECTORY_SEARCH_RADIUS_MILES


def listed_services():
    """Services parents may see: published and active."""
    return Service.objects.filter(published=True, status=ServiceStatus.ACTIVE)


def _age_filter(low, high):
    """Services for a child aged between `low` and `high` months (ranges overlap)."""
    has_child_ages = Q(max_age_months__isnull=False) | Q(serves_pregnancy=False)
    starts_in_time = Q(min_age_months__lte=high) | (Q(min_age_months__isnull=True) & has_child_ages)
    ends_in_time = Q(max_age_months__gte=low) | Q(max_age_months__isnull=True)
    return starts_in_time & ends_in_time


def filter_services(services, query, today=None):
    """Apply every filter of `query` except the place (which `find_services` handles)."""
    today = today or timezone.localdate()
    if query.kind:
        services = services.filter(kind=query.kind)
    # Related-table filters as `id IN (subquery)`: the database can start from the small
    # matching set (one category, one day) instead of testing every service.
    if query.category:
        through = Service.categories.through
        services = services.filter(
            pk__in=through.objects.filter(taxonomyterm__code=query.category).values("service_id")
        )
    if query.age == PREGNANCY:
        services = services.filter(serves_pregnancy=True)
    elif query.age in AGE_BANDS:
        services = services.filter(_age_filter(*AGE_BANDS[query.age]))
    if query.age_range:
        services = services.filter(_age_filter(*query.age_range))
    if query.day:
        sessions = Schedule.objects.filter(byday__contains=query.day).filter(
            Q(valid_until__isnull=True) | Q(valid_until__gte=today)
        )
        services = services.filter(pk__in=sessions.values("service_id"))
    if query.free_only:
        services = services.filter(is_free=True)
    if query.language:
        through = Service.languages.through
        services = services.filter(
            pk__in=through.objects.filter(language__code=query.language).values("service_id")
        )
    if query.taxonomy_id:
        through = Service.categories.through
        services = services.filter(
            pk__in=through.objects.filter(taxonomyterm__taxonomy_id=query.taxonomy_id).values(
                "service_id"
            )
        )
    if query.hub_id:
        services = services.filter(hub_id=query.hub_id)
    if query.text:
        lang = translation.get_language() or "en"
        words = Q()
        for field in {"name_en", f"name_{lang}", "description_en", f"description_{lang}"}:
            if hasattr(Service, field):
                words |= Q(**{f"{field}__icontains": query.text})
        services = services.filter(words)
    return services


def planar_distance_squared(
    origin, lat_field="location__latitude", lon_field="location__longitude"
):
    """Squared distance in miles² on a flat map centred on `origin`, as a database expression.

    Plain arithmetic (no trigonometry), so SQLite and PostgreSQL both compute it in
    SQL. Within the search radius it orders places exactly as great-circle distance
    does, except for near ties; the distances shown are great-circle ones.
    """
    x_scale = MILES_PER_DEGREE_LATITUDE * math.cos(math.radians(origin.latitude))
    north = (F(lat_field) - Value(origin.latitude)) * Value(MILES_PER_DEGREE_LATITUDE)
    east = (F(lon_field) - Value(origin.longitude)) * Value(x_scale)
    return ExpressionWrapper(north * north + east * east, output_field=FloatField())


def places_near(queryset, origin, radius, prefix="location__"):
    """`queryset` narrowed to a bounding box (indexed) and the radius, annotated with `d2`."""
    box = bounding_box(origin.latitude, origin.longitude, radius)
    return (
        queryset.filter(
            **{
                f"{prefix}latitude__range": (box.min_lat, box.max_lat),
                f"{prefix}longitude__range": (box.min_lon, box.max_lon),
            }
        )
        .annotate(d2=planar_distance_squared(origin, f"{prefix}latitude", f"{prefix}longitude"))
        .filter(d2__lte=radius * radius)
    )


def find_services(query, today=None):
    """Listed services matching `query`, nearest first when a place is given, else by name.

    Returns a `ServiceResults` sequence: the database ranks and counts; only the
    slice shown is loaded, with its categories, places and sessions.
    """
    services = filter_services(listed_services(), query, today=today)
    if query.place is None:
        if query.step_free:
            services = services.filter(
                Exists(
                    ServiceAtLocation.objects.filter(
                        service_id=OuterRef("pk"), location__step_free_access=True
                    )
                )
            )
        lang = translation.get_language() or "en"
        name = f"name_{lang}" if hasattr(Service, f"name_{lang}") else "name_en"
        ranked = (
            services.annotate(sort_name=Coalesce(name, "name_en", output_field=CharField()))
            .order_by("sort_name", "pk")
            .values_list("pk", flat=True)
        )
        return ServiceResults(ranked)

    links = ServiceAtLocation.objects.filter(service__in=services)
    if query.step_free:
        links = links.filter(location__step_free_access=True)
    ranked = (
        places_near(links, query.place, query.radius())
        .values("service_id")
        .annotate(best=Min("d2"), key=Cast("service_id", output_field=CharField()))
        .order_by("best", "service_id")
        .values_list("key", flat=True)
    )
    # One query ranks and counts: the ids come back as text, cheap even by the thousand.
    return ServiceResults(
        ranked, origin=query.place, step_free_only=query.step_free, fetch_all=True
    )


def _translated(*fields):
    """The columns behind translated fields in the active language and English."""
    lang = translation.get_language() or "en"
    return [f"{field}_{code}" for field in fields for code in dict.fromkeys((lang, "en"))]


def load_services(ids, full=True, organisation=True):
    """Services by id, with their places and sessions, in a fixed number of queries.

    `full` also loads categories, languages and each session's place (the service
    page and the API need them). A results list (`full=False, organisation=False`)
    reads only the columns it shows: the rows carry every language's text otherwise.
    """
    schedules = Schedule.objects.prefetch_related("changes")
    places = ServiceAtLocation.objects.select_related("location")
    services = Service.objects.filter(pk__in=ids)
    if full:
        schedules = schedules.select_related("location")
        services = services.prefetch_related("categories", "languages")
    if full or organisation:
        services = services.select_related("hub", "organisation")
    else:
        services = services.select_related("hub").only(
            "id",
            "hub_id",
            "kind",
            "serves_pregnancy",
            "min_age_months",
            "max_age_months",
            "is_free",
            "published",
            "status",
            *_translated("name", "cost_description"),
            "hub__id",
            "hub__slug",
            *(f"hub__{name}" for name in _translated("name")),
        )
        places = places.only(
            "id",
            "service_id",
            "location_id",
            "sort_order",
            "location__id",
            "location__address_1",
            "location__postcode",
            "location__latitude",
            "location__longitude",
            "location__step_free_access",
            *(f"location__{name}" for name in _translated("name")),
        )
        schedules = schedules.only(
            "id",
            "service_id",
            "location_id",
            "freq",
            "interval",
            "byday",
            "bymonthday",
            "valid_from",
            "valid_until",
            "opens_at",
            "closes_at",
            "term_time_only",
        )
    services = services.prefetch_related(
        Prefetch("service_at_locations", queryset=places),
        Prefetch("schedules", queryset=schedules),
    )
    return {service.pk: service for service in services}


class ServiceResults:
    """Ranked service ids (a queryset of ids, or a list); slicing loads the services.

    Each loaded service carries `nearest_location` and, when searching from a place,
    `distance_miles` (great-circle).
    """

    def __init__(self, ranked, origin=None, step_free_only=False, fetch_all=False):
        self.ranked = ranked
        self.origin = origin
        self.step_free_only = step_free_only
        self.fetch_all = fetch_all
        self.full = False  # set True for categories, languages and session places too
        self.with_organisation = False
        self._count = None

    def _ids(self):
        if self.fetch_all and not isinstance(self.ranked, list):
            self.ranked = list(self.ranked)
        return self.ranked

    def count(self):
        if self._count is None:
            ranked = self._ids()
            self._count = len(ranked) if isinstance(ranked, list) else ranked.count()
        return self._count

    def __len__(self):
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        ids = [uuid.UUID(str(key)) for key in self._ids()[key]]
        loaded = load_services(ids, full=self.full, organisation=self.with_organisation)
        results = []
        for service_id in ids:
            service = loaded.get(service_id)
            if service is not None:
                self._place(service)
                results.append(service)
        return results

    def _place(self, service):
        places = [link.location for link in service.service_at_locations.all()]
        if self.step_free_only:
            places = [place for place in places if place.step_free_access] or places
        service.distance_miles = None
        service.nearest_location = places[0] if places else None
        if self.origin is None:
            return
        measured = [
            (
                great_circle_miles(
                    self.origin.latitude, self.origin.longitude, p.latitude, p.longitude
                ),
                p,
            )
            for p in places
            if p.has_coordinates
        ]
        if measured:
            miles, place = min(measured, key=lambda pair: pair[0])
            service.distance_miles, service.nearest_location = miles, place


def locations_with_coordinates(services):
    """(service, location) pairs to put on a map, one per result."""
    return [
        (service, service.nearest_location)
        for service in services
        if isinstance(getattr(service, "nearest_location", None), Location)
        and service.nearest_location.has_coordinates
    ]


def this_week(today=None):
    today = today or timezone.localdate()
    return today, today + datetime.timedelta(days=6)

"""Open Referral UK 3.0 read API: published, active services only; open to any origin.

Errors are JSON `{"error": ...}` with status 400 or 404, never a 500 for bad input.
"""

import functools
import math
import uuid

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.views.decorators.http import require_GET

from . import oruk
from .maps import JSON_ESCAPES
from .models import WEEKDAYS, ServiceAtLocation, Taxonomy, TaxonomyTerm
from .postcodes import PostcodeError, find_place
from .queries import (
    DirectoryQuery,
    filter_services,
    find_services,
    listed_services,
    load_services,
    places_near,
)

DAY_NAMES = {str(label).lower(): code for code, label in WEEKDAYS}
METRES_PER_MILE = 1609.344


class BadRequest(Exception):
    pass


class SafeJSONEncoder(DjangoJSONEncoder):
    """JSON with <, > and & as \\u escapes: the same values, harmless if sniffed or embedded."""

    def encode(self, o):
        return super().encode(o).translate(JSON_ESCAPES)


def oruk_endpoint(view):
    """JSON out, CORS open, English unless ?lang= asks for another site language."""

    @require_GET
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        lang = request.GET.get("lang", "en")
        if lang not in {code for code, _name in settings.LANGUAGES}:
            lang = "en"
        with translation.override(lang):
            try:
                if any("\x00" in value for value in request.GET.values()):
                    # PostgreSQL cannot compare text with a NUL character in it.
                    raise BadRequest("Parameters must not contain NUL characters.")
                data, status = view(request, *args, **kwargs), 200
            except BadRequest as error:
                data, status = {"error": str(error)}, 400
            except Http404:
                data, status = {"error": "Not found."}, 404
        response = JsonResponse(
            data, encoder=SafeJSONEncoder, status=status, json_dumps_params={"ensure_ascii": False}
        )
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped


def _int_param(request, name, default, low, high):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"'{name}' must be a whole number.") from None
    if not low <= value <= high:
        raise BadRequest(f"'{name}' must be between {low} and {high}.")
    return value


def _number_param(request, name):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return None
    try:
        value = float(raw)
    except ValueError:
        raise BadRequest(f"'{name}' must be a number.") from None
    if not math.isfinite(value) or value < 0 or value > 150:
        raise BadRequest(f"'{name}' must be an age in years between 0 and 150.")
    return value


def _paging(request):
    page = _int_param(request, "page", 1, 1, 1_000_000)
    per_page = _int_param(request, "per_page", 20, 1, settings.DIRECTORY_API_MAX_PER_PAGE)
    return page, per_page


def _page_of(items, total, page, per_page, serialise):
    return oruk.page_data([serialise(item) for item in items], total, page, per_page)


def _query_from(request):
    """A DirectoryQuery from the ORUK filter parameters."""
    query = DirectoryQuery(text=(request.GET.get("search") or "").strip()[:200])
    term = (request.GET.get("taxonomy_term_id") or "").strip()
    if term:
        found = _term_by_id_or_code(term)
        if found is None:
            raise BadRequest("Unknown taxonomy_term_id.")
        query.category = found.code
    low = _number_param(request, "minimum_age")
    high = _number_param(request, "maximum_age")
    age = _number_param(request, "age")
    if age is not None:
        low = high = age
    if low is not None or high is not None:
        low_months = int((low or 0) * 12)
        high_months = int(high * 12 + 11) if high is not None else 10_000
        if high_months < low_months:
            raise BadRequest("'maximum_age' must not be below 'minimum_age'.")
        query.age_range = (low_months, high_months)
    day = (request.GET.get("day") or "").strip()
    if day:
        code = day.upper()[:2] if day.upper()[:2] in dict(WEEKDAYS) and len(day) == 2 else None
        code = code or DAY_NAMES.get(day.lower())
        if code is None:
            raise BadRequest("'day' must be a day such as TU or Tuesday.")
        query.day = code
    taxonomy_id = (request.GET.get("taxonomy_id") or "").strip()
    if taxonomy_id:
        try:
            query.taxonomy_id = uuid.UUID(taxonomy_id)
        except ValueError:
            raise BadRequest("'taxonomy_id' must be a UUID.") from None
    postcode = (request.GET.get("postcode") or "").strip()
    if postcode:
        try:
            query.place = find_place(postcode)
        except PostcodeError as error:
            raise BadRequest(error.message) from None
        proximity = request.GET.get("proximity")
        if proximity not in (None, ""):
            try:
                metres = float(proximity)
            except ValueError:
                raise BadRequest("'proximity' must be a distance in metres.") from None
            if not 0 < metres <= 200_000:
                raise BadRequest("'proximity' must be between 1 and 200000 metres.")
            query.radius_miles = metres / METRES_PER_MILE
    return query


def _term_by_id_or_code(value):
    try:
        return TaxonomyTerm.objects.filter(pk=uuid.UUID(value)).first()
    except ValueError:
        return TaxonomyTerm.objects.filter(code=value).first()


@oruk_endpoint
def api_root(request):
    return {
        "version": oruk.ORUK_VERSION,
        "profile": oruk.PROFILE_URL,
        "openapi_url": oruk.OPENAPI_URL,
    }


@oruk_endpoint
def services(request):
    page, per_page = _paging(request)
    query = _query_from(request)
    found = find_services(query)
    found.with_organisation = True
    start = (page - 1) * per_page
    items = found[start : start + per_page]
    return _page_of(items, len(found), page, per_page, oruk.service_basic_data)


def _uuid(value):
    try:
        return uuid.UUID(value)
    except ValueError:
        raise Http404 from None


@oruk_endpoint
def service_detail(request, pk):
    pk = _uuid(pk)
    service = load_services([pk]).get(pk)
    if service is None or not service.is_listed:
        raise Http404
    return oruk.service_full_data(service)


@oruk_endpoint
def service_at_locations(request):
    page, per_page = _paging(request)
    query = _query_from(request)
    services_matching = filter_services(listed_services(), query)
    links = ServiceAtLocation.objects.filter(service__in=services_matching).select_related(
        "location", "service__organisation"
    )
    if query.place is not None:
        links = places_near(links, query.place, query.radius()).order_by("d2", "pk")
    else:
        links = links.order_by("service__name_en", "pk")
    total = links.count()
    items = list(links[(page - 1) * per_page : page * per_page])
    return _page_of(items, total, page, per_page, oruk.service_at_location_data)


@oruk_endpoint
def service_at_location_detail(request, pk):
    pk = _uuid(pk)
    link = (
        ServiceAtLocation.objects.filter(pk=pk, service__in=listed_services())
        .select_related("location", "service__organisation")
        .first()
    )
    if link is None:
        raise Http404
    return oruk.service_at_location_data(link, full=True)


@oruk_endpoint
def taxonomies(request):
    page, per_page = _paging(request)
    rows = Taxonomy.objects.order_by("name", "pk")
    items = list(rows[(page - 1) * per_page : page * per_page])
    return _page_of(items, rows.count(), page, per_page, oruk.taxonomy_data)


@oruk_endpoint
def taxonomy_detail(request, pk):
    taxonomy = get_object_or_404(Taxonomy, pk=_uuid(pk))
    return oruk.taxonomy_data(taxonomy, terms=taxonomy.terms.select_related("taxonomy"))


@oruk_endpoint
def taxonomy_terms(request):
    page, per_page = _paging(request)
    rows = TaxonomyTerm.objects.select_related("taxonomy").order_by("code")
    taxonomy_id = request.GET.get("taxonomy_id")
    if taxonomy_id:
        try:
            rows = rows.filter(taxonomy_id=uuid.UUID(taxonomy_id))
        except ValueError:
            raise BadRequest("'taxonomy_id' must be a UUID.") from None
    items = list(rows[(page - 1) * per_page : page * per_page])
    return _page_of(items, rows.count(), page, per_page, oruk.taxonomy_term_data)


@oruk_endpoint
def taxonomy_term_detail(request, pk):
    term = TaxonomyTerm.objects.select_related("taxonomy").filter(pk=_uuid(pk)).first()
    if term is None:
        raise Http404
    return oruk.taxonomy_term_data(term)

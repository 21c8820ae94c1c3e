"""Parents' pages: directory home, results, a service, a hub, and a session's calendar file.

The pages are kept in the page cache for a short while (hubsite.cache); any change
made in the admin clears it, so the change shows on the next request.
"""

import datetime
import uuid

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import CharField
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from hubsite.cache import mark_live_cacheable

from .calendar import session_calendar
from .forms import DirectorySearchForm
from .maps import MapPoint, popup_for, render_map
from .models import Hub, Schedule, ServiceKind, ServiceStatus
from .presentation import attach_next_sessions, directions_url
from .queries import DirectoryQuery, find_services, listed_services, load_services
from .schedules import find_session, sessions_between, upcoming_sessions


def _nonce(request):
    return str(getattr(request, "csp_nonce", ""))


def _hubs():
    lang = translation.get_language() or "en"
    name = f"name_{lang}" if hasattr(Hub, f"name_{lang}") else "name_en"
    return (
        Hub.objects.select_related("main_location")
        .annotate(sort_name=Coalesce(name, "name_en", output_field=CharField()))
        .order_by("kind", "sort_name")
    )


def parse_page_number(raw, num_pages):
    """(page number to show, message or None). Never raises on what a person typed."""
    if raw in (None, ""):
        return 1, None
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1, _("“%(page)s” is not a page number, so here is page 1.") % {"page": raw[:20]}
    if number < 1:
        return 1, _("Pages start at 1, so here is page 1.")
    if number > num_pages:
        return num_pages, _("There is no page %(page)d. Here is the last page.") % {"page": number}
    return number, None


def service_url_builder():
    """pk -> service page URL, reversing the pattern once rather than once per result."""
    marker = uuid.UUID(int=0)
    pattern = reverse("directory:service", kwargs={"pk": marker})
    return lambda pk: pattern.replace(str(marker), str(pk))


def map_for(services, nonce, origin=None):
    points = []
    for service in services:
        location = getattr(service, "nearest_location", None)
        if location is None or not location.has_coordinates:
            continue
        points.append(
            MapPoint(
                location.latitude,
                location.longitude,
                service.name,
                popup_for(service, location, service.url, service.distance_miles),
            )
        )
    return render_map(points, nonce, origin=origin)


@require_GET
def home(request):
    return mark_live_cacheable(
        render(request, "directory/home.html", {"form": DirectorySearchForm(), "hubs": _hubs()})
    )


@require_GET
def results(request):
    form = DirectorySearchForm(request.GET or None)
    context = {"form": form, "place": None}
    if form.is_bound and not form.is_valid():
        return render(request, "directory/results.html", context, status=400)
    query = form.to_query() if form.is_bound else DirectoryQuery()
    found = find_services(query)
    paginator = Paginator(found, settings.DIRECTORY_RESULTS_PER_PAGE)
    number, page_message = parse_page_number(request.GET.get("page"), paginator.num_pages)
    page = paginator.page(number)
    services = list(page.object_list)
    url_for = service_url_builder()
    kinds = dict(ServiceKind.choices)
    for service in services:
        service.url = url_for(service.pk)
        service.kind_label = kinds.get(service.kind, service.kind)
    attach_next_sessions(services)
    context.update(
        place=query.place,
        page_obj=page,
        services=services,
        page_message=page_message,
        radius=query.radius(),
        map=map_for(services, _nonce(request), origin=query.place),
        filter_count=form.active_filter_count() if form.is_bound else 0,
    )
    return mark_live_cacheable(render(request, "directory/results.html", context))


@require_GET
def service_detail(request, pk):
    service = load_services([pk]).get(pk)
    if service is None or not service.is_listed:
        raise Http404
    places = [link.location for link in service.service_at_locations.all()]
    points = [
        MapPoint(p.latitude, p.longitude, service.name, popup_for(service, p, request.path))
        for p in places
        if p.has_coordinates
    ]
    response = render(
        request,
        "directory/service.html",
        {
            "service": service,
            "places": [(place, directions_url(place)) for place in places],
            "sessions": upcoming_sessions(service.schedules.all(), days=28),
            "schedules": list(service.schedules.all()),
            "map": render_map(points, _nonce(request)),
        },
    )
    return mark_live_cacheable(response)


@require_GET
def hub_detail(request, slug):
    hub = get_object_or_404(Hub.objects.select_related("main_location", "central"), slug=slug)
    ids = list(listed_services().filter(hub=hub).values_list("pk", flat=True))
    services = sorted(load_services(ids).values(), key=lambda s: str(s.name).lower())
    today = timezone.localdate()
    schedules = [schedule for service in services for schedule in service.schedules.all()]
    response = render(
        request,
        "directory/hub.html",
        {
            "hub": hub,
            "services": services,
            "spokes": _hubs().filter(central=hub),
            "sessions": sessions_between(schedules, today, today + datetime.timedelta(days=6)),
            "directions": directions_url(hub.main_location),
        },
    )
    return mark_live_cacheable(response)


@require_GET
def session_ics(request, pk, day):
    """One session as an .ics file (cancelled sessions say so)."""
    try:
        date = datetime.date.fromisoformat(day)
    except ValueError:
        raise Http404 from None
    schedule = get_object_or_404(
        Schedule.objects.select_related("service", "location").prefetch_related("changes"),
        pk=pk,
        service__published=True,
        service__status=ServiceStatus.ACTIVE,
    )
    session = find_session(schedule, date)
    if session is None:
        raise Http404
    body = session_calendar(
        session,
        request.build_absolute_uri(schedule.service.get_absolute_url()),
        request.get_host().split(":")[0],
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{date.isoformat()}.ics"'
    return response

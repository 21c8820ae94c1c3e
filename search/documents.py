"""What is indexed: guides and services turned into plain documents both backends store.

A document is a dict:

    key            "guide-12" / "service-<uuid>"
    kind, id       GUIDE or SERVICE, the object's primary key as a string
    texts          {lang: {"title", "summary", "body"}} for English and every
                   language with its own text (untranslated fields are absent)
    keywords       language-neutral words: place names, postcodes, category
                   and stage names in every site language
    urls           {lang: url} for every site language
    facets         {facet name: [values]} (see search.query.FACETS)
    age_from_weeks, age_to_weeks
    places         services: [{"name", "address", "postcode", "lat", "lon"}]
    meta           display details that are not searched
    suggest        {lang: [phrases]} for suggestions as the parent types
    fingerprint    a hash of all the above, to find stale index entries

Building documents is the one place that knows the content models; the backends,
the tasks and the reconcile command only see these dicts.
"""

import hashlib
import json
import logging
from functools import lru_cache

from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from .query import (
    AGE_BAND_CODES,
    GUIDE,
    OLDEST_WEEKS,
    SERVICE,
    YOUNGEST_WEEKS,
    age_bands_for,
    months_to_weeks,
    site_language_codes,
)

logger = logging.getLogger(__name__)

DAY_FROM_RFC5545 = {
    "MO": "mon",
    "TU": "tue",
    "WE": "wed",
    "TH": "thu",
    "FR": "fri",
    "SA": "sat",
    "SU": "sun",
}
MAX_BODY_CHARS = 20_000


def document_key(kind, object_id):
    return f"{kind}-{object_id}"


def split_key(key):
    kind, _sep, object_id = key.partition("-")
    return kind, object_id


def fingerprint(doc):
    body = {k: v for k, v in doc.items() if k != "fingerprint"}
    data = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()


def _finish(doc):
    doc["fingerprint"] = fingerprint(doc)
    return doc


_LABELS = {}


def _translated_labels(label):
    """A lazy label in every site language, without repeats (cached per process)."""
    with translation.override("en"):
        key = str(label)
    if key not in _LABELS:
        seen = []
        for lang in site_language_codes():
            with translation.override(lang):
                text = str(label)
            if text not in seen:
                seen.append(text)
        _LABELS[key] = seen
    return list(_LABELS[key])


def _suggest_phrases(title):
    """The title, and the title from its second and third word, so "feeding" finds "Breastfeeding support"."""
    words = title.split()
    phrases = [title]
    for start in (1, 2):
        if len(words) > start:
            phrases.append(" ".join(words[start:]))
    return [p[:100] for p in phrases if p]


# --- Guides ------------------------------------------------------------------


def _stream_text(value):
    if not value:
        return ""
    try:
        parts = value.stream_block.get_searchable_content(value)
    except (AttributeError, TypeError):
        return ""
    return " ".join(" ".join(str(p).split()) for p in parts if p)[:MAX_BODY_CHARS]


def _stream_categories(value):
    codes = []
    for block in value or []:
        if block.block_type == "directory_link":
            code = block.value.get("category")
            if code and code not in codes:
                codes.append(code)
    return codes


def _page_url(page, lang):
    with translation.override(lang):
        try:
            return page.get_url() or ""
        except Exception:  # a page outside any site has no URL; search still lists it
            logger.warning("search: no URL for page %s in %s", page.pk, lang)
            return ""


def _stage_pages():
    StagePage = apps.get_model("content", "StagePage")
    return {stage.path: stage for stage in StagePage.objects.all()}


def build_guide(page, stage_pages=None):
    """The document for a live, public guide page."""
    langs = site_language_codes()
    stage_pages = stage_pages if stage_pages is not None else _stage_pages()
    stage = stage_pages.get(page.path[: -page.steplen])
    texts = {}
    categories = []
    for lang in langs:
        title = getattr(page, f"title_{lang}", None) or ""
        summary = getattr(page, f"summary_{lang}", None) or ""
        body_value = getattr(page, f"body_{lang}", None)
        if lang == "en":
            title = title or page.title
        if not (title or summary):
            continue
        texts[lang] = {"title": title or "", "summary": summary, "body": _stream_text(body_value)}
        for code in _stream_categories(body_value):
            if code not in categories:
                categories.append(code)
    keywords = []
    if stage is not None:
        for lang in langs:
            stage_title = getattr(stage, f"title_{lang}", None)
            if stage_title and stage_title not in keywords:
                keywords.append(stage_title)
    from directory.taxonomy import CATEGORY_LABELS

    for code in categories:
        if code in CATEGORY_LABELS:
            keywords.extend(_translated_labels(CATEGORY_LABELS[code]))
    facets = {
        "age": age_bands_for(page.age_from_weeks, page.age_to_weeks),
        "category": categories,
    }
    if stage is not None:
        facets["stage"] = [stage.stage]
    doc = {
        "key": document_key(GUIDE, page.pk),
        "kind": GUIDE,
        "id": str(page.pk),
        "texts": texts,
        "keywords": " ".join(keywords),
        "urls": {lang: _page_url(page, lang) for lang in langs},
        "facets": facets,
        "age_from_weeks": page.age_from_weeks,
        "age_to_weeks": page.age_to_weeks,
        "places": [],
        "meta": {
            "stage": stage.stage if stage is not None else "",
            "age_from_weeks": page.age_from_weeks,
            "age_to_weeks": page.age_to_weeks,
        },
        "suggest": {lang: _suggest_phrases(t["title"]) for lang, t in texts.items() if t["title"]},
    }
    return _finish(doc)


def indexable_guides():
    GuidePage = apps.get_model("content", "GuidePage")
    return GuidePage.objects.live().public().order_by("path")


def guide_documents(ids=None):
    pages = indexable_guides()
    if ids is not None:
        pages = pages.filter(pk__in=[int(i) for i in ids if str(i).isdigit()])
    stage_pages = _stage_pages()
    for page in pages.iterator(chunk_size=200):
        yield build_guide(page, stage_pages)


def guide_ids():
    return {str(pk) for pk in indexable_guides().values_list("pk", flat=True)}


# --- Services ----------------------------------------------------------------


def directory_ready():
    """Whether the directory app defines services (it is built alongside search)."""
    try:
        apps.get_model("directory", "Service")
    except LookupError:
        return False
    return True


_URL_PLACEHOLDER = "00000000-0000-4000-8000-000000000000"


@lru_cache(maxsize=32)
def _service_url_pattern(lang):
    """The service page URL in `lang` with a placeholder id: reverse() once, not per service."""
    with translation.override(lang):
        try:
            return reverse("directory:service", kwargs={"pk": _URL_PLACEHOLDER})
        except NoReverseMatch:
            return ""


def _service_url(service, lang):
    return _service_url_pattern(lang).replace(_URL_PLACEHOLDER, str(service.pk))


def _service_age_weeks(service):
    """(from, to) in weeks from birth, the same scale as guides; negative is pregnancy."""
    low_months, high_months = service.min_age_months, service.max_age_months
    if service.serves_pregnancy:
        start = YOUNGEST_WEEKS
        if low_months is None and high_months is None:
            return start, -1
        return start, months_to_weeks(high_months) if high_months is not None else OLDEST_WEEKS
    if low_months is None and high_months is None:
        return 0, OLDEST_WEEKS
    start = months_to_weeks(low_months or 0)
    end = months_to_weeks(high_months) if high_months is not None else OLDEST_WEEKS
    return start, min(end, OLDEST_WEEKS)


def _location_place(location):
    return {
        "id": str(location.pk),
        "name": location.name,
        "address": ", ".join(
            line for line in (location.address_1, location.address_2, location.city) if line
        ),
        "postcode": location.postcode,
        "lat": location.latitude,
        "lon": location.longitude,
        "step_free": bool(location.step_free_access),
    }


def build_service(service):
    """The document for a listed service (published and active)."""
    from directory.models import ServiceKind
    from directory.taxonomy import CATEGORY_LABELS

    langs = site_language_codes()
    texts = {}
    for lang in langs:
        name = getattr(service, f"name_{lang}", None) or ""
        description = getattr(service, f"description_{lang}", None) or ""
        expect = getattr(service, f"what_to_expect_{lang}", None) or ""
        if lang == "en":
            name = name or service.name
            description = description or service.description
            expect = expect or service.what_to_expect
        if not (name or description):
            continue
        texts[lang] = {"title": name, "summary": description, "body": expect[:MAX_BODY_CHARS]}

    locations = {}
    for sal in service.service_at_locations.all():
        locations[sal.location.pk] = sal.location
    schedules = list(service.schedules.all())
    for schedule in schedules:
        if schedule.location_id and schedule.location is not None:
            locations.setdefault(schedule.location.pk, schedule.location)
    places = [_location_place(loc) for loc in locations.values()]
    places.sort(key=lambda p: (p["name"], p["id"]))

    days = []
    today = timezone.localdate()
    for schedule in schedules:
        if schedule.valid_until is not None and schedule.valid_until < today:
            continue  # a finished pattern; the nightly reconcile drops it from the index
        for code in schedule.weekday_codes:
            day = DAY_FROM_RFC5545.get(code)
            if day and day not in days:
                days.append(day)
    changes = []
    for schedule in schedules:
        for change in schedule.changes.all():
            changes.append(
                {"date": change.date.isoformat(), "kind": change.kind, "reason": change.reason}
            )
    changes.sort(key=lambda c: c["date"])

    categories = [term.code for term in service.categories.all()]
    languages = [language.code for language in service.languages.all()]
    keywords = []
    for place in places:
        keywords.extend([place["name"], place["address"], place["postcode"]])
    for code in categories:
        if code in CATEGORY_LABELS:
            keywords.extend(_translated_labels(CATEGORY_LABELS[code]))
    kind_label = dict(ServiceKind.choices).get(service.kind)
    if kind_label:
        keywords.extend(_translated_labels(kind_label))
    if service.organisation_id and service.organisation is not None:
        keywords.append(service.organisation.name)
    if service.hub_id and service.hub is not None:
        keywords.append(service.hub.name)

    age_from, age_to = _service_age_weeks(service)
    facets = {
        "kind": [service.kind],
        "category": categories,
        "age": age_bands_for(age_from, age_to),
        "day": [d for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun") if d in days],
        "free": ["true"] if service.is_free else [],
        "language": languages,
        "step_free": ["true"] if any(p["step_free"] for p in places) else [],
    }
    doc = {
        "key": document_key(SERVICE, service.pk),
        "kind": SERVICE,
        "id": str(service.pk),
        "texts": texts,
        "keywords": " ".join(k for k in keywords if k),
        "urls": {lang: _service_url(service, lang) for lang in langs},
        "facets": facets,
        "age_from_weeks": age_from,
        "age_to_weeks": age_to,
        "places": [p for p in places if p["lat"] is not None and p["lon"] is not None]
        + [p for p in places if p["lat"] is None or p["lon"] is None],
        "meta": {
            "service_kind": service.kind,
            "free": bool(service.is_free),
            "cost": service.cost_description,
            "days": facets["day"],
            "alert": service.alert,
            "organisation": service.organisation.name if service.organisation_id else "",
            "changes": changes,
        },
        "suggest": {lang: _suggest_phrases(t["title"]) for lang, t in texts.items() if t["title"]},
    }
    return _finish(doc)


def indexable_services():
    from directory.models import Service, ServiceStatus

    return Service.objects.filter(published=True, status=ServiceStatus.ACTIVE)


def service_documents(ids=None):
    if not directory_ready():
        return
    services = (
        indexable_services()
        .select_related("organisation", "hub")
        .prefetch_related(
            "categories",
            "languages",
            "service_at_locations__location",
            "schedules__location",
            "schedules__changes",
        )
    )
    if ids is not None:
        services = services.filter(pk__in=list(ids))
    services = services.order_by("pk")
    # prefetch_related works per chunk with iterator(chunk_size=...).
    for service in services.iterator(chunk_size=500):
        yield build_service(service)


def service_ids():
    if not directory_ready():
        return set()
    return {str(pk) for pk in indexable_services().values_list("pk", flat=True)}


# --- Both ----------------------------------------------------------------------

BUILDERS = {GUIDE: guide_documents, SERVICE: service_documents}
ID_LISTS = {GUIDE: guide_ids, SERVICE: service_ids}


def build_document(kind, object_id):
    """The current document for one object, or None when it should not be in the index."""
    if kind == SERVICE and not directory_ready():
        return None
    try:
        return next(iter(BUILDERS[kind]([object_id])), None)
    except (ValueError, TypeError, ValidationError):  # not a valid primary key for this kind
        return None


def all_documents():
    for kind in (GUIDE, SERVICE):
        yield from BUILDERS[kind]()


def indexable_keys():
    return {document_key(kind, i) for kind in (GUIDE, SERVICE) for i in ID_LISTS[kind]()}


__all__ = ["AGE_BAND_CODES", "build_document", "all_documents", "indexable_keys"]

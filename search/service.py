"""The one search interface: `search(SearchQuery(...)) -> SearchResults`, and `suggest()`.

Which engine answers is a setting: Elasticsearch when ELASTICSEARCH_URL is set,
the database otherwise. If Elasticsearch fails (down, slow, broken index) the
database answers instead and a warning is logged (the error's type only,
never what the parent typed). After a failure Elasticsearch is left alone for
a short while, so an outage costs one timeout, not one per request.
"""

import logging
import threading
import time

from django.conf import settings
from django.utils.translation import gettext as _
from elastic_transport import TransportError
from elasticsearch import ApiError

from .backends.database import DatabaseBackend
from .query import (
    AGE_BANDS,
    DAYS,
    FACETS,
    GUIDE,
    SERVICE,
    Facet,
    FacetValue,
    SearchQuery,
    SearchResults,
)

logger = logging.getLogger(__name__)

ELASTICSEARCH_ERRORS = (TransportError, ApiError, ConnectionError, TimeoutError)
RETRY_AFTER_SECONDS = 15.0
MIN_SUGGEST_LENGTH = 2
MAX_SUGGEST_LENGTH = 60


class CircuitBreaker:
    """After a failure, skip Elasticsearch for `retry_after` seconds (per process)."""

    def __init__(self, retry_after=RETRY_AFTER_SECONDS):
        self.retry_after = retry_after
        self._open_until = 0.0
        self._lock = threading.Lock()

    def allows(self):
        return time.monotonic() >= self._open_until

    def trip(self):
        with self._lock:
            self._open_until = time.monotonic() + self.retry_after

    def reset(self):
        with self._lock:
            self._open_until = 0.0


breaker = CircuitBreaker()


def elasticsearch_enabled():
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def primary_backend():
    """The configured backend: Elasticsearch when ELASTICSEARCH_URL is set, else the database."""
    if elasticsearch_enabled():
        from .backends.elastic import ElasticsearchBackend

        return ElasticsearchBackend()
    return DatabaseBackend()


def database_backend():
    return DatabaseBackend()


def _fall_back(operation, error):
    breaker.trip()
    logger.warning(
        "search: Elasticsearch failed during %s (%s); answering from the database",
        operation,
        type(error).__name__,
    )


def search(query: SearchQuery) -> SearchResults:
    """Guides and services for `query`, grouped, with facets and a "did you mean"."""
    raw, backend_name, fell_back = None, DatabaseBackend.name, False
    if elasticsearch_enabled():
        if breaker.allows():
            try:
                backend = primary_backend()
                raw = backend.search(query)
                backend_name = backend.name
            except ELASTICSEARCH_ERRORS as error:
                _fall_back("a search", error)
                fell_back = True
        else:
            fell_back = True
    if raw is None:
        raw = database_backend().search(query)
    return SearchResults(
        query=query,
        guides=raw.guides,
        services=raw.services,
        facets=label_facets(raw.facet_counts, query),
        suggestion=raw.suggestion,
        backend=backend_name,
        fell_back=fell_back,
    )


def suggest(prefix, lang, limit=8):
    """Titles starting with (or close to) what the parent has typed so far: [{text, url, kind}]."""
    prefix = " ".join((prefix or "").split())[:MAX_SUGGEST_LENGTH]
    if len(prefix) < MIN_SUGGEST_LENGTH:
        return []
    query = SearchQuery(text=prefix, lang=lang)  # cleans the text and checks the language
    if not query.text:
        return []
    if elasticsearch_enabled() and breaker.allows():
        try:
            return primary_backend().suggest(query.text, query.lang, limit)
        except ELASTICSEARCH_ERRORS as error:
            _fall_back("suggestions", error)
    return database_backend().suggest(query.text, query.lang, limit)


# --- Facet labels --------------------------------------------------------------------


def _label_maps():
    from content.models import STAGES
    from directory.taxonomy import CATEGORY_LABELS

    maps = {
        "category": dict(CATEGORY_LABELS),
        "stage": dict(STAGES),
        "age": {code: label for code, label, _lo, _hi in AGE_BANDS},
        "day": dict(DAYS),
        "free": {"true": _("Free")},
        "step_free": {"true": _("Step-free access")},
    }
    try:
        from directory.models import ServiceKind

        maps["kind"] = dict(ServiceKind.choices)
    except ImportError:
        maps["kind"] = {}
    maps["language"] = _language_names()
    return maps


_language_cache = {"names": None, "until": 0.0}
LANGUAGE_NAMES_SECONDS = 300


def _language_names():
    """{code: name in itself} of the directory's languages, re-read every few minutes."""
    now = time.monotonic()
    if _language_cache["names"] is None or now > _language_cache["until"]:
        try:
            from directory.models import Language
        except ImportError:
            return {}
        _language_cache["names"] = {
            lang.code: (lang.name_local or lang.name) for lang in Language.objects.all()
        }
        _language_cache["until"] = now + LANGUAGE_NAMES_SECONDS
    return _language_cache["names"]


def _value_order(name, labels):
    """Facet values in a meaningful order: days and ages as they come, the rest by label."""
    if name in ("day", "age", "stage"):
        return list(labels)
    return None


def label_facets(counts, query):
    """[Facet] in FACETS order, values labelled in the active language, zero counts left out
    (except the selected value, so it can be removed)."""
    maps = _label_maps()
    facets = []
    for spec in FACETS:
        if not any(query.wants(kind) for kind in spec.kinds):
            continue
        found = dict(counts.get(spec.name, {}))
        selected = query.filters.get(spec.name)
        selected_key = "true" if selected is True else selected
        if selected_key and selected_key not in found:
            found[selected_key] = 0
        labels = maps.get(spec.name, {})
        values = [
            FacetValue(
                value=value,
                label=str(labels.get(value, value)),
                count=count,
                selected=value == selected_key,
            )
            for value, count in found.items()
            if (count > 0 or value == selected_key) and (not spec.boolean or value == "true")
        ]
        order = _value_order(spec.name, labels)
        if order is not None:
            rank = {code: i for i, code in enumerate(order)}
            values.sort(key=lambda v: (rank.get(v.value, len(rank)), v.label))
        else:
            values.sort(key=lambda v: (-v.count, v.label.casefold()))
        if values:
            facets.append(Facet(name=spec.name, label=str(spec.label), values=values))
    return facets


__all__ = ["search", "suggest", "SearchQuery", "SearchResults", "GUIDE", "SERVICE", "breaker"]

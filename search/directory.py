"""The directory's results list answered by the search index.

`find_services(DirectoryQuery)` is a drop-in for `directory.queries.find_services`:
it returns a sequence the directory's results page can paginate, whose slices
are Service objects with `nearest_location` and `distance_miles`, loaded by the
directory's own code. Ranking, filtering and counting come from
`search.service.search` (Elasticsearch, or the database backend).

What the index does not hold (a hub filter, the API's exact month ranges, age
bands it has no equivalent for) is passed to the directory's own query.
"""

import uuid

from django.utils import translation

from . import service
from .query import MAX_PER_PAGE, SERVICE, SearchQuery

DAYS = {"MO": "mon", "TU": "tue", "WE": "wed", "TH": "thu", "FR": "fri", "SA": "sat", "SU": "sun"}
# The directory's age bands (months) to the nearest band of the search index.
AGE_BANDS = {
    "pregnancy": "pregnancy",
    "baby": "0-1",
    "1": "1-2",
    "2": "2-5",
    "3": "2-5",
    "4": "2-5",
}


def can_answer(query):
    """Whether the search index can answer this directory query faithfully."""
    return not query.hub_id and not query.age_range and (not query.age or query.age in AGE_BANDS)


def search_query_for(query, lang, page=1, per_page=10):
    filters = {
        "kind": query.kind,
        "category": query.category,
        "age": AGE_BANDS.get(query.age, ""),
        "day": DAYS.get(query.day, ""),
        "free": bool(query.free_only) or None,
        "language": query.language,
        "step_free": bool(query.step_free) or None,
    }
    place = None
    if query.place is not None:
        place = (query.place.latitude, query.place.longitude)
    return SearchQuery(
        text=query.text or "",
        lang=lang,
        place=place,
        radius_miles=query.radius(),
        filters=filters,
        page=page,
        per_page=per_page,
        scope=SERVICE,
    )


class IndexedServiceResults:
    """Like directory.queries.ServiceResults, but the ids come from the search index."""

    def __init__(self, query, lang):
        self.query = query
        self.lang = lang
        self.full = False
        self.with_organisation = False
        self._count = None

    def _search(self, page, per_page):
        return service.search(search_query_for(self.query, self.lang, page=page, per_page=per_page))

    def count(self):
        if self._count is None:
            self._count = self._search(1, 1).services.total
        return self._count

    def __len__(self):
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def _ids(self, start, stop):
        """Result ids from `start` to `stop`, fetched in as few pages as the page size allows."""
        size = stop - start
        if size <= 0:
            return []
        if start % size == 0 and size <= MAX_PER_PAGE:
            pages = [(start // size + 1, size)]
            skip = 0
        else:
            size = MAX_PER_PAGE
            first = start // size
            pages = [(n + 1, size) for n in range(first, (stop - 1) // size + 1)]
            skip = start - first * size
        ids = []
        for page, per_page in pages:
            ids.extend(hit.id for hit in self._search(page, per_page).services.hits)
        return ids[skip : skip + (stop - start)]

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop, _step = key.indices(self.count())
        ids = [uuid.UUID(pk) for pk in self._ids(start, stop)]
        from directory.queries import ServiceResults

        loader = ServiceResults(ids, origin=self.query.place, step_free_only=self.query.step_free)
        loader.full, loader.with_organisation = self.full, self.with_organisation
        return loader[:]


def find_services(query, today=None):
    """Listed services for a DirectoryQuery, from the search index where it can answer."""
    if not can_answer(query):
        from directory.queries import find_services as from_the_database

        return from_the_database(query, today=today)
    return IndexedServiceResults(query, translation.get_language() or "en")

"""Links for the search page: facet toggles, tabs, pages and "did you mean", as GET URLs.

Kept out of the template so each link is built one way: from the current
parameters, changing one thing and always going back to page 1 unless it is
a page link.
"""

from dataclasses import dataclass

from django.http import QueryDict

KEPT_PARAMS = (
    "q",
    "postcode",
    "radius",
    "type",
    "kind",
    "category",
    "stage",
    "age",
    "day",
    "free",
    "language",
    "step_free",
)


def _url(params, **changes):
    query = QueryDict(mutable=True)
    for name in KEPT_PARAMS:
        value = params.get(name)
        if value not in (None, ""):
            query[name] = value
    for name, value in changes.items():
        if value in (None, ""):
            query.pop(name, None)
        else:
            query[name] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def facet_link(params, name, value, selected):
    """Select a facet value, or remove it when it is the selected one."""
    return _url(params, **{name: None if selected else value})


def clear_filters_link(params):
    return _url(
        params,
        **{name: None for name in KEPT_PARAMS if name not in ("q", "postcode", "radius", "type")},
    )


def scope_link(params, scope):
    return _url(params, type=None if scope == "all" else scope)


def suggestion_link(params, text):
    return _url(params, q=text)


@dataclass
class PageLink:
    number: int
    url: str
    current: bool


def page_links(params, current, num_pages, window=2):
    """Numbered links around the current page, with the first and last."""
    numbers = {1, num_pages, *range(max(1, current - window), min(num_pages, current + window) + 1)}
    return [
        PageLink(n, _url(params, page=None if n == 1 else str(n)), n == current)
        for n in sorted(numbers)
    ]


def has_filters(params):
    return any(
        params.get(name) for name in KEPT_PARAMS if name not in ("q", "postcode", "radius", "type")
    )


def decorate(results, params):
    """Attach link URLs to the facets and build the page links (objects the template reads)."""
    for facet in results.facets:
        for value in facet.values:
            value.url = facet_link(params, facet.name, value.value, value.selected)
    pages = (
        page_links(params, results.query.page, results.num_pages) if results.num_pages > 1 else []
    )
    return {
        "page_links": pages,
        "previous_url": _url(
            params, page=str(results.query.page - 1) if results.query.page > 2 else None
        )
        if results.query.page > 1
        else None,
        "next_url": _url(params, page=str(results.query.page + 1))
        if results.query.page < results.num_pages
        else None,
        "suggestion_url": suggestion_link(params, results.suggestion)
        if results.suggestion
        else None,
        "clear_url": clear_filters_link(params) if has_filters(params) else None,
        "scope_links": {scope: scope_link(params, scope) for scope in ("all", "guide", "service")},
    }

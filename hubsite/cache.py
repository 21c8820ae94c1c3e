"""Whole-page caching for anonymous parents, cleared at once when content changes.

Every cached page is keyed on a generation number; anything that changes what a
parent sees (publishing, unpublishing, a session cancelled) bumps the generation,
so no stale page survives a change.
"""

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "public-cache-generation"


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, None)
        generation = cache.get(GENERATION_KEY) or 1
    return generation


def bump_public_cache(*args, **kwargs):
    """Invalidate every cached public page (usable directly as a signal receiver)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


def page_cache_key(request):
    return f"page:{current_generation()}:{request.get_full_path()}"


def is_cacheable(request):
    return (
        request.method == "GET"
        and not request.GET
        and settings.PAGE_CACHE_SECONDS > 0
        and not getattr(request, "is_preview", False)
        and not (hasattr(request, "user") and request.user.is_authenticated)
    )

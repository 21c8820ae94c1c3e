"""Whole-page caching for anonymous parents, cleared at once when content changes.

`PageCacheMiddleware` answers a repeat request before Wagtail routes it (routing
through translated page paths is the slow part); only responses that a page marks
as cacheable are stored. Every key carries a generation number, and anything that
changes what a parent sees (publishing, unpublishing, a session cancelled) bumps
the generation, so no stale page survives a change.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "public-cache-generation"
CACHEABLE_ATTRIBUTE = "_hubsite_page_cacheable"


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


def mark_cacheable(response):
    setattr(response, CACHEABLE_ATTRIBUTE, True)
    return response


def page_cache_key(request):
    # The path is hashed: it may hold spaces or control characters, or be long, and
    # memcached refuses such keys (an error on every such request).
    digest = hashlib.sha256(request.path.encode("utf-8", "surrogatepass")).hexdigest()
    return f"page:{current_generation()}:{digest}"


def is_cacheable(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and settings.PAGE_CACHE_SECONDS > 0
        and not getattr(request, "is_preview", False)
        and not request.path.startswith(("/admin/", "/django-admin/"))
        and not (hasattr(request, "user") and request.user.is_authenticated)
    )


class PageCacheMiddleware:
    """Serve anonymous GETs of pages marked cacheable from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable(request):
            return self.get_response(request)
        key = page_cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if getattr(response, CACHEABLE_ATTRIBUTE, False) and response.status_code == 200:
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

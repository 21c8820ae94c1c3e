"""Whole-page caching for anonymous parents, cleared at once when content changes.

`PageCacheMiddleware` answers a repeat request before Wagtail routes it (routing
through translated page paths is the slow part); only responses that a view marks
as cacheable are stored. Every key carries a generation number, and anything that
changes what a parent sees (publishing, unpublishing, any directory change) bumps
the generation, so no stale page survives a change. Search pages are never stored.

Pages with a map carry the response's CSP nonce. They are stored with a placeholder
where the nonce was and get a fresh nonce on every answer from the cache (the CSP
middleware sits outside this one, so the header names the same fresh nonce).

Keys hold a hash of the path and query and today's date, so a page that shows "next
session" is never served from yesterday. Pages whose content moves with the clock
(directory pages) are kept for `LIVE_PAGE_CACHE_SECONDS` only.
"""

import copy
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

GENERATION_KEY = "public-cache-generation"
CACHEABLE_ATTRIBUTE = "_hubsite_page_cache_seconds"
NONCE_PLACEHOLDER_ATTRIBUTE = "_hubsite_nonce_placeholder"
# Not base64, so it can never be mistaken for a real nonce.
NONCE_PLACEHOLDER = b"!csp-nonce!"


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


def bump_public_cache_on_commit(*args, **kwargs):
    """Invalidate once the change is committed: a page rendered between the save and
    the commit (from the old data) must not outlive the change."""
    bump_public_cache()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump_public_cache)


def mark_cacheable(response, seconds=None):
    """Let the page cache keep this response for `seconds` (default PAGE_CACHE_SECONDS)."""
    if seconds is None:
        seconds = settings.PAGE_CACHE_SECONDS
    setattr(response, CACHEABLE_ATTRIBUTE, seconds)  # 0: not kept at all
    return response


def mark_live_cacheable(response):
    """As mark_cacheable, for pages that change with the time of day (next sessions)."""
    return mark_cacheable(response, settings.LIVE_PAGE_CACHE_SECONDS)


def page_cache_key(request):
    # The path is hashed: it may hold spaces or control characters, or be long, and
    # memcached refuses such keys (an error on every such request).
    path = request.get_full_path().encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(path).hexdigest()
    return f"page:{current_generation()}:{timezone.localdate().isoformat()}:{digest}"


def is_cacheable(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.PAGE_CACHE_SECONDS > 0
        and not getattr(request, "is_preview", False)
        and not request.path.startswith(("/admin/", "/django-admin/"))
        and not (hasattr(request, "user") and request.user.is_authenticated)
    )


def storable(request, response):
    """A copy of the response to keep, with the request's nonce (if used) as a placeholder."""
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    nonce = getattr(request, "_csp_nonce", None)
    if not isinstance(nonce, str):
        return response
    kept = copy.copy(response)
    kept.content = response.content.replace(nonce.encode("ascii"), NONCE_PLACEHOLDER)
    setattr(kept, NONCE_PLACEHOLDER_ATTRIBUTE, True)
    return kept


def with_fresh_nonce(request, response):
    if getattr(response, NONCE_PLACEHOLDER_ATTRIBUTE, False):
        nonce = str(request.csp_nonce).encode("ascii")
        response.content = response.content.replace(NONCE_PLACEHOLDER, nonce)
    return response


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
            return with_fresh_nonce(request, cached)
        response = self.get_response(request)
        seconds = getattr(response, CACHEABLE_ATTRIBUTE, None)
        if seconds and response.status_code == 200:
            cache.set(key, storable(request, response), seconds)
        return response

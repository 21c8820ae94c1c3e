"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

IN_PROCESS_CACHES = ("django.core.cache.backends.locmem.LocMemCache",)


@register(Tags.caches, deploy=True)
def page_cache_is_shared(app_configs, **kwargs):
    """Each gunicorn worker has its own in-process cache, and a change (a cancelled session,
    a published guide) clears only the cache of the worker that saved it: the others would
    show the old page until it expires."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in IN_PROCESS_CACHES or settings.PAGE_CACHE_SECONDS <= 0:
        return []
    return [
        Warning(
            "The page cache is in each worker's own memory, so a change clears it in one "
            "worker only and the others show the old page for up to PAGE_CACHE_SECONDS.",
            hint="Set CACHE_URL to a shared Redis (redis://host:6379/1, persistence off) or "
            "memcached. With a single worker process, silence this with "
            "SILENCED_SYSTEM_CHECKS=hubsite.W001.",
            id="hubsite.W001",
        )
    ]

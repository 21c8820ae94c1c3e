"""A version string for the deployed static files, so a new deploy replaces old caches."""

import hashlib
from functools import lru_cache

from django.contrib.staticfiles import finders


@lru_cache(maxsize=1)
def asset_version():
    digest = hashlib.sha256()
    for name in ("css/site.css", "js/site.js", "js/reminders.js"):
        path = finders.find(name)
        if path:
            with open(path, "rb") as handle:
                digest.update(handle.read())
    return digest.hexdigest()[:12]

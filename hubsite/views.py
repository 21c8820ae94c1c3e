"""Site-wide views: robots, icons, the web app manifest, the service worker and error pages."""

import hashlib
import json
import sys

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import InterfaceError, OperationalError
from django.http import FileResponse, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .assets import asset_version
from .i18n import is_rtl

# What the service worker stores when it installs (the push handler uses the icon, third).
SHELL_FILES = ("css/site.css", "js/site.js", "icons/icon-192.png")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /django-admin/", "Allow: /"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
@cache_control(max_age=604800, public=True)
def favicon(request):
    return FileResponse(open(finders.find("icons/favicon.ico"), "rb"), content_type="image/x-icon")


@require_GET
@cache_control(max_age=3600, public=True)
def manifest(request):
    """The web app manifest in the language of the page that links it (?lang=ur).

    Every language's manifest has the same `id`, so it is one app whichever page a parent
    installs it from; it opens on the home page in their language.
    """
    known = [code for code, _name in settings.LANGUAGES]
    code = request.GET.get("lang")
    if code not in known:
        code = translation.get_language() if translation.get_language() in known else "en"
    with translation.override(code):
        data = {
            "id": "/",
            "name": _("Family Hubs: from pregnancy to five"),
            "short_name": _("Family Hubs"),
            "description": _(
                "Help for families from pregnancy to five: guides, family hubs, groups and reminders."
            ),
            "lang": code,
            "dir": "rtl" if is_rtl(code) else "ltr",
            "start_url": f"/{code}/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#005a70",
            "icons": [
                {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {
                    "src": static("icons/icon-maskable-512.png"),
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
            ],
        }
    response = JsonResponse(data, content_type="application/manifest+json")
    response["Content-Language"] = code
    return response


def service_worker_version(shell, languages):
    """Changes with the deployed static files (their hashed names and contents) and the script."""
    digest = hashlib.sha256()
    for part in (*shell, *languages, asset_version(), get_template("sw.js").template.source):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()[:12]


@require_GET
def service_worker(request):
    """Served from the site root so its scope is the whole site."""
    shell = [static(name) for name in SHELL_FILES]
    languages = [code for code, _n in settings.LANGUAGES]
    response = render(
        request,
        "sw.js",
        {
            "version": service_worker_version(shell, languages),
            "shell": json.dumps(shell),
            "languages": json.dumps(languages),
        },
        content_type="application/javascript",
    )
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def offline(request):
    return render(request, "offline.html")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """The error page, in the parent's language, rendered without touching the database.

    While the database is unreachable (a restart, a failover) the answer is 503 with
    Retry-After: the site is briefly unavailable, not broken.
    """
    error = sys.exc_info()[1]
    body = render_to_string("500.html")
    if isinstance(error, OperationalError | InterfaceError):
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "30"
    else:
        response = HttpResponse(body, status=500)
    response["Cache-Control"] = "no-store"
    return response

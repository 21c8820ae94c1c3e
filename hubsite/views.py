"""Site-wide views: robots, icons, the web app manifest, the service worker and error pages."""

import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import FileResponse, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .assets import asset_version


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
    data = {
        "name": _("Family Hubs: from pregnancy to five"),
        "short_name": _("Family Hubs"),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#005a70",
        "icons": [
            {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("icons/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json")


@require_GET
def service_worker(request):
    """Served from the site root so its scope is the whole site."""
    response = render(
        request,
        "sw.js",
        {
            "version": asset_version(),
            "shell": json.dumps(
                [static("css/site.css"), static("js/site.js"), static("icons/icon-192.png")]
            ),
            "languages": json.dumps([code for code, _n in settings.LANGUAGES]),
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
    return render(request, "500.html", status=500)

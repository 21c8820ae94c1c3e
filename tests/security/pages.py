"""The public page types of the seeded site, and small HTML helpers."""

import datetime
import re

from bs4 import BeautifulSoup
from django.utils import translation

NONCE_IN_CSP = re.compile(r"'nonce-([^']+)'")


def public_pages():
    """[(label, url)]: one URL of every kind of page a parent can open."""
    from content.models import GuidePage, GuidesIndexPage, HomePage, StagePage
    from directory.models import Hub, Service

    pages = []
    with translation.override("en"):
        home = HomePage.objects.live().first()
        pages += [
            ("home", home.url),
            ("guides index", GuidesIndexPage.objects.live().first().url),
            ("stage", StagePage.objects.live().first().url),
            ("guide", GuidePage.objects.live().order_by("pk").first().url),
        ]
    with translation.override("ur"):
        pages += [
            ("home (ur, right to left)", home.url),
            ("guide (ur)", GuidePage.objects.live().exclude(title_ur="").first().url),
        ]
    with translation.override("pl"):
        pages.append(("guide (pl)", GuidePage.objects.live().exclude(title_pl="").first().url))
    born = (datetime.date.today() - datetime.timedelta(weeks=6)).isoformat()
    service = Service.objects.filter(published=True, status="active").order_by("pk").first()
    hub = Hub.objects.order_by("slug").first()
    pages += [
        ("where are you now", "/en/where-are-you-now/"),
        ("where are you now, answered", f"/en/where-are-you-now/?kind=birth&date={born}"),
        ("directory", "/en/directory/"),
        ("directory results with map", "/en/directory/results/?postcode=LE1"),
        ("directory results, filtered", "/en/directory/results/?postcode=LE4&kind=group&free=on"),
        ("service with map", f"/en/directory/services/{service.pk}/"),
        ("hub", f"/en/directory/hubs/{hub.slug}/"),
        ("search", "/en/search/"),
        ("search results", "/en/search/?q=feeding"),
        ("search results near a postcode", "/en/search/?q=stay+and+play&postcode=LE1+6ZG"),
        ("reminders", "/en/reminders/"),
        ("offline", "/en/offline/"),
        ("not found", "/en/no-such-page-here/"),
    ]
    return pages


def soup(response):
    return BeautifulSoup(response.content.decode(response.charset or "utf-8"), "html.parser")


def csp_directives(header):
    """{'script-src': ["'self'", ...], ...} from a Content-Security-Policy header."""
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = words[1:]
    return directives

"""Every page type a parent meets, found on the running demo site.

Guidance paths come from the demo content (`seed_demo`); the service with a cancelled
session and the hub are found by following the site's own links, the way a parent would.
Other languages are reached through each page's `<link rel="alternate" hreflang>`.
"""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

LANGUAGES = ("en", "ur")

# Demo content: a stage and a guide translated into Urdu (content/demo_data.py).
STAGE_PATH = "/en/guides/first-weeks/"
GUIDE_PATH = "/en/guides/first-weeks/safe-sleep/"
POSTCODE = "LE1 1AA"
MISSPELT = "brestfeeding"


@dataclass(frozen=True)
class PageType:
    key: str
    description: str
    status: int = 200


PAGE_TYPES = [
    PageType("home", "home page"),
    PageType("guides_index", "guides index"),
    PageType("stage", "stage page"),
    PageType("guide", "guide page"),
    PageType("where_results", "where are you now, with results"),
    PageType("where_errors", "where are you now, with errors", status=200),
    PageType("directory_home", "directory home"),
    PageType("directory_results", "directory results (postcode and a filter)"),
    PageType("service", "service with a cancelled session"),
    PageType("hub", "family hub"),
    PageType("search_results", "search with results"),
    PageType("reminders", "reminders opt-in"),
    PageType("not_found", "page not found", status=404),
    PageType("offline", "offline page"),
]
STATUS = {page.key: page.status for page in PAGE_TYPES}


def soup(body):
    return BeautifulSoup(body, "html.parser")


def alternate(site, path, lang):
    """The URL path of `path` in `lang`, from the page's own hreflang links."""
    status, _headers, body = site.get(path)
    assert status == 200, f"{path} answered {status}"
    link = soup(body).find("link", rel="alternate", hreflang=lang)
    assert link is not None, f"{path} has no hreflang={lang} link"
    return urlsplit(link["href"]).path


def in_language(path, lang):
    """A non-Wagtail path (/en/directory/...) in another language."""
    return re.sub(r"^/[a-z]{2}/", f"/{lang}/", path)


def find_cancelled_service(site):
    """A service page that lists a cancelled session, found from the hubs' week listings."""
    _status, _headers, body = site.get("/en/directory/")
    hubs = [a["href"] for a in soup(body).select('a[href*="/directory/hubs/"]')]
    assert hubs, "the directory home lists no hubs"
    for hub in hubs:
        _status, _headers, body = site.get(hub)
        for item in soup(body).select("li.is-cancelled"):
            link = item.find("a", href=re.compile(r"/directory/services/"))
            if link:
                return hubs[0], link["href"]
    raise AssertionError("no hub lists a cancelled session this week (demo data)")


def catalogue(site):
    """{(page key, language): URL path} for every page type in every tested language."""
    birth = (datetime.date.today() - datetime.timedelta(weeks=3)).isoformat()
    future = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    hub, service = find_cancelled_service(site)
    english = {
        "home": "/en/",
        "guides_index": None,
        "stage": STAGE_PATH,
        "guide": GUIDE_PATH,
        "where_results": f"/en/where-are-you-now/?kind=birth&date={birth}",
        "where_errors": f"/en/where-are-you-now/?kind=birth&date={future}",
        "directory_home": "/en/directory/",
        "directory_results": "/en/directory/results/?postcode=LE1&free=on",
        "service": service,
        "hub": hub,
        "search_results": "/en/search/?q=feeding",
        "reminders": "/en/reminders/",
        "not_found": "/en/no-such-page/",
        "offline": "/en/offline/",
    }
    _status, _headers, body = site.get(STAGE_PATH)
    crumb = soup(body).select_one("nav.breadcrumb a")
    assert crumb is not None, "the stage page has no breadcrumb"
    english["guides_index"] = crumb["href"]

    wagtail = {"home", "guides_index", "stage", "guide"}
    pages = {}
    for key, path in english.items():
        pages[(key, "en")] = path
        for lang in LANGUAGES[1:]:
            pages[(key, lang)] = (
                alternate(site, path, lang) if key in wagtail else in_language(path, lang)
            )
    return pages

"""Installable and offline: the web app manifest and its icons, the service worker's shell
cache, guides that open offline once read, the offline page in the parent's language, and
a new deploy replacing the caches of the old one."""

import contextlib
import json
import re
import struct
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .helpers import Watch, visit, wait_until
from .pages import GUIDE_PATH, alternate, soup

pytestmark = pytest.mark.browser

CACHES = """() => caches.keys().then((names) => Promise.all(names.map((name) =>
  caches.open(name).then((cache) => cache.keys()).then((requests) =>
    [name, requests.map((r) => new URL(r.url).pathname + new URL(r.url).search)])))).then(Object.fromEntries)"""


def png_size(body):
    assert body[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", body[16:24])


def sw_constants(site):
    status, headers, body = site.get("/sw.js")
    assert status == 200 and headers["Content-Type"].startswith("application/javascript")
    text = body.decode()
    version = re.search(r'const VERSION = "([0-9a-f]{12})";', text).group(1)
    shell = json.loads(re.search(r"const SHELL = (\[.*?\]);", text).group(1))
    return version, shell, text


@pytest.mark.parametrize("lang, direction", [("en", "ltr"), ("ur", "rtl")])
def test_manifest_and_icons(site, lang, direction):
    status, headers, body = site.get(f"/{lang}/")
    link = soup(body).find("link", rel="manifest")
    assert link is not None
    status, headers, body = site.get(link["href"])
    assert status == 200 and headers["Content-Type"] == "application/manifest+json"
    manifest = json.loads(body)
    assert manifest["id"] == "/" and manifest["scope"] == "/"
    assert manifest["start_url"] == f"/{lang}/"
    assert manifest["lang"] == lang and manifest["dir"] == direction
    assert manifest["display"] == "standalone"
    assert manifest["name"] and manifest["short_name"]
    if lang != "en":
        status, _h, english = site.get("/manifest.webmanifest?lang=en")
        assert manifest["name"] != json.loads(english)["name"], "the name is not translated"
    sizes = {}
    for icon in manifest["icons"]:
        status, headers, image = site.get(icon["src"])
        assert status == 200 and headers["Content-Type"] == "image/png", icon
        width, height = png_size(image)
        assert icon["sizes"] == f"{width}x{height}", icon
        sizes.setdefault(icon.get("purpose", "any"), set()).add(width)
    assert {192, 512} <= sizes["any"] and 512 in sizes["maskable"], sizes


def test_chromium_finds_the_site_installable(persistent_context):
    context = persistent_context()
    page = context.pages[0] if context.pages else context.new_page()
    visit(page, "/ur/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    session = page.context.new_cdp_session(page)
    manifest = session.send("Page.getAppManifest")
    assert manifest["errors"] == [], manifest["errors"]
    assert urlsplit(manifest["url"]).path == "/manifest.webmanifest"
    assert json.loads(manifest["data"])["start_url"] == "/ur/"
    installability = session.send("Page.getInstallabilityErrors")
    assert installability["installabilityErrors"] == [], installability


def test_shell_is_cached_and_versioned_by_the_static_files(page, site):
    version, shell, _text = sw_constants(site)
    visit(page, "/en/")
    # The shell is the stylesheet and script every page uses, under their hashed names.
    used = page.evaluate(
        """() => [document.querySelector('link[rel=stylesheet]').getAttribute('href'),
                  document.querySelector('script[src*="/js/site."]').getAttribute('src')]"""
    )
    assert shell[:2] == used, (shell, used)
    assert all(re.search(r"\.[0-9a-f]{12}\.(css|js|png)$", path) for path in shell), shell
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    # The page open when the worker arrived is kept too.
    wait_until(page, "() => caches.match('/en/').then((hit) => Boolean(hit))")
    cached = page.evaluate(CACHES)
    assert set(cached) == {f"shell-{version}", f"pages-{version}"}, cached
    assert cached[f"pages-{version}"] == ["/en/"]
    # The offline page in the language being read, and in English; not all nine.
    assert set(cached[f"shell-{version}"]) == set(shell) | {"/en/offline/"}


def test_guides_read_open_offline(new_context, site, pages):
    context = new_context()
    page = context.new_page()
    watch = Watch(page)
    urdu_guide = alternate(site, GUIDE_PATH, "ur")
    # The first page a parent opens is kept even though no worker was there to see it load.
    visit(page, GUIDE_PATH)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    wait_until(page, """path => caches.match(path).then((hit) => Boolean(hit))""", arg=GUIDE_PATH)
    # A second guide, read in Urdu by following a link.
    page.locator(".lang-switch summary").click()
    page.locator('.lang-switch a[hreflang="ur"]').click()
    page.wait_for_url(f"**{urdu_guide}")
    for kept in (urdu_guide, "/ur/offline/"):
        wait_until(page, """path => caches.match(path).then((hit) => Boolean(hit))""", arg=kept)
    # A date of birth in an address is never kept.
    visit(page, "/en/where-are-you-now/?kind=birth&date=2026-01-01")
    stored = page.evaluate(CACHES)
    assert not [p for paths in stored.values() for p in paths if "where-are-you-now" in p], stored
    # A kept page with a map (inline styles under its own nonce) must not upset the
    # offline page's list of kept pages.
    visit(page, pages[("service", "en")])
    wait_until(
        page,
        """path => caches.match(path).then((hit) => Boolean(hit))""",
        arg=pages[("service", "en")],
    )
    watch.errors.clear()  # from here on, what happens offline

    context.set_offline(True)
    for path, lang in ((GUIDE_PATH, "en"), (urdu_guide, "ur")):
        page.goto(path)
        assert page.evaluate("() => document.documentElement.lang") == lang
        assert page.locator("article.guide h1").is_visible(), path
    assert page.locator("h1").inner_text() == soup(site.get(urdu_guide)[2]).h1.get_text(strip=True)

    # A page never opened: the offline page, in the language the parent reads; in English
    # for a language never read here.
    for path, lang in (("/ur/directory/", "ur"), ("/en/search/", "en"), ("/pl/directory/", "en")):
        page.goto(path)
        offline = soup(site.get(f"/{lang}/offline/")[2])
        assert page.evaluate("() => document.documentElement.lang") == lang, path
        assert page.locator("h1").inner_text() == offline.h1.get_text(strip=True), path
        if lang == "ur":
            assert page.evaluate("() => document.documentElement.dir") == "rtl"
            # It lists the pages kept on the phone, the Urdu guide first.
            saved = page.locator("#saved-pages a")
            saved.first.wait_for()
            assert saved.first.get_attribute("href") == urdu_guide
            assert set(saved.evaluate_all("links => links.map((a) => a.getAttribute('href'))")) >= {
                urdu_guide,
                GUIDE_PATH,
            }
    context.set_offline(False)
    assert [e for e in watch.errors if "ERR_INTERNET_DISCONNECTED" not in e] == []


@contextlib.contextmanager
def deployed_with_a_changed_stylesheet(site):
    """Deploy again with a changed stylesheet, as `collectstatic` would leave it: a file under
    a new hashed name, the manifest pointing to it; then restart the server. Undone after."""
    root = Path(site.env["STATIC_ROOT"])
    manifest = root / "staticfiles.json"
    original = manifest.read_text()
    data = json.loads(original)
    old_name = data["paths"]["css/site.css"]
    new_name = re.sub(r"\.[0-9a-f]{12}\.css$", ".0123456789ab.css", old_name)
    assert new_name != old_name
    (root / new_name).write_bytes((root / old_name).read_bytes() + b"\n/* the next deploy */\n")
    data["paths"]["css/site.css"] = new_name
    manifest.write_text(json.dumps(data))
    site.stop()
    site.start()
    try:
        yield "/static/" + new_name
    finally:
        manifest.write_text(original)
        (root / new_name).unlink()
        site.stop()
        site.start()


def test_a_new_deploy_replaces_old_caches(new_context, site):
    """A worker of a new version deletes every cache of the old one when it activates.

    First, caches of an earlier deploy (made on a same-origin page that registers no
    worker, as that deploy's worker would have left them) go when today's worker comes.
    Then a real redeploy with a changed stylesheet: the worker script's version changes
    with it, the browser's update check installs the new worker, and only its caches remain.
    """
    current, _shell, _script = sw_constants(site)
    context = new_context()
    page = context.new_page()
    visit(page, "/robots.txt")
    page.evaluate(
        """() => Promise.all(["shell-0ld0ld0ld0ld", "pages-0ld0ld0ld0ld"].map((name) =>
             caches.open(name).then((cache) => cache.put("/en/", new Response("old")))))"""
    )
    assert set(page.evaluate(CACHES)) == {"shell-0ld0ld0ld0ld", "pages-0ld0ld0ld0ld"}
    visit(page, "/en/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    wait_until(
        page,
        """names => caches.keys().then((keys) => keys.sort().join() === names)""",
        arg=",".join(sorted([f"pages-{current}", f"shell-{current}"])),
    )

    with deployed_with_a_changed_stylesheet(site) as stylesheet:
        new, shell, _script = sw_constants(site)
        assert new != current and stylesheet in shell
        page.evaluate("() => navigator.serviceWorker.getRegistration().then((r) => r.update())")
        cached = wait_until(
            page,
            """names => caches.keys().then((keys) => keys.sort().join() === names)
                 .then((same) => same && caches.open("shell-" + names.split(",")[1].slice(6)))
                 .then((cache) => cache && cache.keys())
                 .then((keys) => keys && keys.map((r) => new URL(r.url).pathname))""",
            arg=",".join(sorted([f"pages-{new}", f"shell-{new}"])),
        )
        assert stylesheet in cached

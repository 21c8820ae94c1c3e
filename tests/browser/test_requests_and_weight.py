"""Privacy and weight, as the browser sees them: every request any page type makes goes to
the site's own origin (no fonts, maps, analytics or CDNs from elsewhere), and a guide
page costs at most 50 KB to transfer (HTML, CSS and JS as sent over the wire,
compressed; images aside)."""

import pytest

from .helpers import same_origin, visit
from .pages import LANGUAGES, PAGE_TYPES

pytestmark = pytest.mark.browser

GUIDE_BUDGET_BYTES = 50 * 1024
TEXT_TYPES = {"Document", "Stylesheet", "Script"}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", [page.key for page in PAGE_TYPES])
def test_every_request_stays_on_the_site(survey, site, key, lang):
    record = survey(key, lang)
    assert record["requests"], "no requests seen"
    elsewhere = [url for url in record["requests"] if not same_origin(url, site.url)]
    assert elsewhere == [], f"{record['path']} asked other sites for: {elsewhere}"


def transfer(page, path):
    """{url: (resource type, bytes on the wire, content encoding)} for one fresh page load."""
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.setCacheDisabled", {"cacheDisabled": True})
    seen = {}
    finished = {}
    session.on(
        "Network.responseReceived",
        lambda e: seen.__setitem__(
            e["requestId"],
            (
                e["type"],
                e["response"]["url"],
                {k.lower(): v for k, v in e["response"]["headers"].items()},
            ),
        ),
    )
    session.on(
        "Network.loadingFinished",
        lambda e: finished.__setitem__(e["requestId"], e["encodedDataLength"]),
    )
    visit(page, path)
    page.wait_for_load_state("networkidle")
    result = {}
    for request_id, (kind, url, headers) in seen.items():
        if request_id in finished:
            result[url] = (kind, finished[request_id], headers.get("content-encoding", ""))
    return result


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_page_transfer_is_within_budget(context, pages, lang, capsys):
    page = context.new_page()
    loads = transfer(page, pages[("guide", lang)])
    text = {url: load for url, load in loads.items() if load[0] in TEXT_TYPES}
    kinds = {load[0] for load in text.values()}
    assert {"Document", "Stylesheet", "Script"} <= kinds, loads
    for url, (kind, _size, encoding) in text.items():
        if kind != "Document":
            assert encoding in ("br", "gzip", "zstd"), f"{url} is sent uncompressed"
    total = sum(size for _kind, size, _encoding in text.values())
    with capsys.disabled():
        print(
            f"\nguide page ({lang}) transfer, HTML + CSS + JS: {total / 1024:.1f} KB "
            + ", ".join(
                f"{url.rsplit('/', 2)[-1] or url.rsplit('/', 2)[-2]} {size / 1024:.1f} KB {encoding or 'identity'}"
                for url, (kind, size, encoding) in text.items()
            )
        )
    assert total <= GUIDE_BUDGET_BYTES, f"{total} bytes: {text}"

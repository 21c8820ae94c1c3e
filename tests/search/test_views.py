"""The search page and the suggestions endpoint, as a parent's browser sees them (no JavaScript)."""

import re

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

URL = "/en/search/"


def page(client, params, url=URL):
    response = client.get(url, params)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def test_empty_query_offers_browsing_by_category(client, corpus):
    response, soup = page(client, {})
    links = [a["href"] for a in soup.select(".browse-list a")]
    assert "?category=infant-feeding" in links
    assert any(link.startswith("?stage=pregnancy") for link in links)
    assert soup.select_one(".search-results") is None


def test_results_grouped_with_highlighted_snippets(client, corpus):
    response, soup = page(client, {"q": "breastfeeding"})
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]
    results = soup.select_one(".search-results")
    assert results["data-search-backend"] == "database"
    guides = soup.select_one("#guides-heading").find_parent("section")
    first = guides.select_one(".search-hit h3 a")
    assert first.get_text() == "Breastfeeding: getting started and getting help"
    assert first["href"] == corpus.guides["breastfeeding-support"].url
    assert guides.select_one(".snippet mark").get_text().lower() == "breastfeeding"
    services = soup.select_one("#services-heading").find_parent("section")
    assert "Infant feeding support group" in services.get_text()


def test_did_you_mean_links_to_the_corrected_search(client, corpus):
    _response, soup = page(client, {"q": "brestfeeding"})
    link = soup.select_one(".did-you-mean a")
    assert link.get_text() == "breastfeeding"
    assert link["href"] == "?q=breastfeeding"


def test_facet_links_filter_and_show_counts(client, corpus):
    _response, soup = page(client, {"q": "play"})
    kind_links = {a.get_text(" ", strip=True): a["href"] for a in soup.select("#facet-kind ~ ul a")}
    assert any(label.startswith("Group") for label in kind_links)
    group_href = next(href for label, href in kind_links.items() if label.startswith("Group"))
    assert "kind=group" in group_href and "q=play" in group_href

    _response, soup = page(client, {"q": "play", "kind": "group"})
    selected = soup.select_one("#facet-kind ~ ul a[aria-current]")
    assert selected is not None and "kind=group" not in selected["href"]
    assert soup.select_one(".facets a[href*='q=play']") is not None


def test_pagination_links(client, corpus):
    _response, soup = page(client, {"type": "guide", "age": "0-1"})
    nav = soup.select_one("nav[aria-label='Pages of results']")
    assert nav is not None
    assert nav.select_one("a[aria-current=page]").get_text(strip=True).endswith("1")
    next_link = nav.select_one("a[rel=next]")["href"]
    assert "page=2" in next_link and "type=guide" in next_link and "age=0-1" in next_link
    _response, soup = page(client, {"type": "guide", "age": "0-1", "page": "2"})
    assert soup.select(".search-hit")


def test_postcode_sorts_services_by_distance(client, corpus):
    _response, soup = page(client, {"q": "", "postcode": "LE3", "radius": "3", "type": "service"})
    distances = [float(m) for m in re.findall(r"([\d.]+)</span> miles away", str(soup))]
    assert distances and distances == sorted(distances)


def test_unknown_postcode_explains(client, corpus):
    _response, soup = page(client, {"q": "play", "postcode": "ZZ99 9ZZ"})
    assert soup.select_one(".notice[role=status]") is not None


@pytest.mark.parametrize(
    "params",
    [
        {"q": "title:* OR 1=1"},
        {"q": '"unclosed'},
        {"q": "\\"},
        {"q": "x" * 10_000},
        {"q": "bad\x00\x07\x1b input"},
        {"q": "<script>alert(1)</script>"},
        {"q": "play", "page": "-3"},
        {"q": "play", "page": "999999999999999999999"},
        {"q": "play", "page": "two"},
        {"q": "play", "category": "<script>"},
        {"q": "play", "free": "maybe"},
        {"q": "play", "radius": "9999"},
        {"q": "play", "postcode": "LE1" * 50},
        {"q": "play", "type": "everything"},
        {"q": "play", "language": "'; DROP TABLE search_searchentry;--"},
        {"q": "play", "age": "99"},
    ],
)
def test_hostile_input_gets_a_page_not_an_error(client, corpus, params):
    response, soup = page(client, params)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert not soup.select("main script")
    search_box = soup.select_one("input[name=q]")
    assert len(search_box["value"]) <= 200


def test_hostile_input_is_echoed_escaped(client, corpus):
    response, soup = page(client, {"q": "<script>alert(1)</script>"})
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()
    assert soup.select_one("input[name=q]")["value"] == "<script>alert(1)</script>"


def test_bad_filters_and_pages_are_explained(client, corpus):
    _response, soup = page(client, {"q": "play", "category": "nonsense", "page": "0"})
    notices = " ".join(n.get_text() for n in soup.select(".notice"))
    assert "filter" in notices and "page" in notices
    _response, soup = page(client, {"q": "x" * 500})
    assert "200" in soup.select_one(".notice").get_text()


def test_page_in_polish_and_urdu(client, corpus):
    response, soup = page(client, {"q": "karmienie"}, url="/pl/search/")
    assert soup.html["lang"] == "pl"
    assert "Karmienie piersią" in soup.select_one(".result-list").get_text()
    response, soup = page(client, {"q": "یرقان"}, url="/ur/search/")
    assert soup.html["dir"] == "rtl"
    assert "یرقان" in soup.select_one(".result-list").get_text()


def test_untranslated_result_is_marked_english(client, corpus):
    _response, soup = page(client, {"q": "tantrums"}, url="/pl/search/")
    hit = soup.select_one(".search-hit")
    assert hit["lang"] == "en" and hit["dir"] == "ltr"


def test_search_box_is_labelled_and_script_is_self_hosted(client, corpus):
    _response, soup = page(client, {"q": "play"})
    box = soup.select_one("input[name=q]")
    assert soup.select_one(f"label[for={box['id']}]") is not None
    assert soup.select_one("form[role=search]")["method"] == "get"
    assert box["data-suggest-url"] == "/en/search/suggest/"
    scripts = soup.select("script")
    assert all(s.get("src", "").startswith("/static/") for s in scripts if s.get("src"))
    assert not [s for s in scripts if not s.get("src")]  # no inline script (CSP)


def test_suggest_endpoint(client, corpus):
    response = client.get("/en/search/suggest/", {"q": "breastf"})
    assert response.status_code == 200
    data = response.json()
    assert data["suggestions"][0]["text"].startswith("Breastfeeding")
    assert client.get("/en/search/suggest/", {"q": "b"}).json() == {"suggestions": []}
    assert client.get("/en/search/suggest/", {"q": "\x00" * 1000}).json() == {"suggestions": []}
    assert client.post("/en/search/suggest/", {"q": "breast"}).status_code == 405

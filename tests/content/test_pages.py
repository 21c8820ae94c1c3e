"""Every page type renders in English, Polish and Urdu with the right language and direction."""

import re

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

LANGS = [("en", "ltr"), ("pl", "ltr"), ("ur", "rtl")]


def page_urls(tree, lang):
    from django.utils import translation

    with translation.override(lang):
        return {
            "home": tree.home.url,
            "index": tree.index.url,
            "stage": tree.stages["feeding"].url,
            "guide": tree.translated.url,
            "where": f"/{lang}/where-are-you-now/",
        }


def html_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("lang,direction", LANGS)
@pytest.mark.parametrize("kind", ["home", "index", "stage", "guide", "where"])
def test_page_type_renders_with_lang_and_dir(client, guide_tree, lang, direction, kind):
    url = page_urls(guide_tree, lang)[kind]
    assert url.startswith(f"/{lang}/")
    response = client.get(url)
    assert response.status_code == 200
    html = html_of(response).html
    assert html["lang"] == lang
    assert html["dir"] == direction
    assert response["Content-Language"] == lang


def test_translated_guide_shows_its_own_text(client, guide_tree):
    response = client.get("/pl/poradniki/feeding-pl/wsparcie-w-karmieniu-piersia/")
    assert response.status_code == 200
    soup = html_of(response)
    assert soup.h1.get_text() == "Wsparcie w karmieniu piersią"
    assert "Karmienie piersią w prostych słowach." in soup.main.get_text()
    assert soup.select_one(".notice") is None


def test_missing_translation_falls_back_to_english_with_notice(client, guide_tree):
    from django.utils import translation

    with translation.override("ur"):
        url = guide_tree.english_only.url
    response = client.get(url)
    assert response.status_code == 200
    soup = html_of(response)
    notice = soup.select_one(".notice")
    assert notice is not None and notice.get_text(strip=True)
    assert soup.h1.get_text() == "Safe sleep for your baby"
    assert "Safe sleep for your baby in plain words." in soup.main.get_text()
    # The English text is marked as English inside the Urdu page.
    assert soup.html["dir"] == "rtl"
    assert soup.select_one('main [lang="en"][dir="ltr"] h1') is not None


def test_language_switcher_keeps_the_page(client, guide_tree):
    response = client.get("/pl/poradniki/feeding-pl/wsparcie-w-karmieniu-piersia/")
    links = {a["hreflang"]: a["href"] for a in html_of(response).select(".lang-list a")}
    assert len(links) == 9
    assert links["en"] == "/en/guides/feeding/breastfeeding-support/"
    assert links["pl"] == "/pl/poradniki/feeding-pl/wsparcie-w-karmieniu-piersia/"
    assert links["ur"].startswith("/ur/")
    for code, href in links.items():
        target = client.get(href)
        assert target.status_code == 200, href
        soup = html_of(target)
        assert soup.html["lang"] == code
        assert soup.h1.get_text() in {
            "Breastfeeding support",
            "Wsparcie w karmieniu piersią",
            "دودھ پلانے میں مدد",
        }


def test_language_switcher_names_each_language_in_itself(client, guide_tree):
    response = client.get("/en/")
    names = [a.get_text() for a in html_of(response).select(".lang-list a")]
    assert names == [
        "English",
        "ગુજરાતી",
        "ਪੰਜਾਬੀ",
        "اردو",
        "Polski",
        "Soomaali",
        "العربية",
        "বাংলা",
        "Română",
    ]


def test_hreflang_alternates_for_every_language(client, guide_tree):
    soup = html_of(client.get("/en/guides/feeding/breastfeeding-support/"))
    alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"]')}
    assert set(alternates) == {"en", "gu", "pa", "ur", "pl", "so", "ar", "bn", "ro"}
    assert alternates["pl"].endswith("/pl/poradniki/feeding-pl/wsparcie-w-karmieniu-piersia/")


def test_switcher_on_non_page_views_keeps_the_query(client, guide_tree):
    response = client.get("/en/where-are-you-now/?kind=birth&date=2026-01-01")
    links = {a["hreflang"]: a["href"] for a in html_of(response).select(".lang-list a")}
    assert links["ur"] == "/ur/where-are-you-now/?kind=birth&date=2026-01-01"


@pytest.mark.parametrize("lang", ["so", "gu"])
def test_languages_django_does_not_know_are_served(client, guide_tree, lang):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    assert response["Content-Language"] == lang


@pytest.mark.parametrize("path", ["/xx/", "/xx/guides/", "/zz-yy/whatever/"])
def test_unknown_language_prefix_is_a_404_page(client, guide_tree, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_unknown_page_is_a_404_in_the_parents_language(client, guide_tree):
    response = client.get("/ur/no-such-page/")
    assert response.status_code == 404
    assert html_of(response).html["dir"] == "rtl"


def test_home_page_is_the_front_door(client, guide_tree):
    soup = html_of(client.get("/en/"))
    text = soup.main.get_text()
    stage_links = [a.get_text() for a in soup.select(".cards a")]
    assert stage_links == ["Pregnancy", "The first weeks", "Talking and play", "Feeding"]
    assert soup.select_one('form[action="/en/directory/results/"] input[name="postcode"]')
    assert soup.select_one('form[role="search"] input[name="q"]')
    assert soup.select_one('a[href="/en/reminders/"]')
    assert "Talk to someone" in text
    assert soup.select_one('a[href^="tel:999"]')


def test_guide_shows_review_dates(client, guide_tree):
    soup = html_of(client.get("/en/guides/feeding/breastfeeding-support/"))
    times = [t["datetime"] for t in soup.select(".review-dates time")]
    assert times == ["2026-09-01", "2027-09-01"]


def test_pages_make_no_third_party_requests(client, guide_tree):
    html = client.get("/en/guides/feeding/breastfeeding-support/").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    external = [
        s for s in sources if s.startswith(("http:", "https:", "//")) and "testserver" not in s
    ]
    assert external == []

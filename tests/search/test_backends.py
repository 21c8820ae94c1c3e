"""The same behaviour from both backends: typo tolerance, languages, places, facets, paging."""

import pytest

from search import service
from search.query import SearchQuery

pytestmark = pytest.mark.django_db


def run(text="", backend_name=None, **kwargs):
    results = service.search(SearchQuery(text=text, **kwargs))
    if backend_name is not None:
        assert results.backend == backend_name and not results.fell_back
    return results


def ids(group):
    return [hit.id for hit in group.hits]


@pytest.mark.parametrize("text", ["breastfeeding", "brestfeeding", "Breastfeeding"])
def test_breastfeeding_and_its_misspelling_find_the_guide(backend, corpus, text):
    results = run(text, backend)
    assert ids(results.guides)[0] == str(corpus.guides["breastfeeding-support"].pk)
    assert str(corpus.services["infant-feeding-highfields"].pk) in ids(results.services)


def test_misspelling_offers_did_you_mean(backend, corpus):
    results = run("brestfeeding", backend)
    assert results.suggestion == "breastfeeding"
    assert run("breastfeeding", backend).suggestion is None


def test_snippets_are_highlighted_and_escaped(backend, corpus):
    hit = run("breastfeeding", backend).guides.hits[0]
    assert "<mark>" in hit.snippet
    assert "<script" not in hit.snippet


def test_polish_query_finds_polish_guide_in_polish(backend, corpus):
    results = run("karmienie piersią", backend, lang="pl")
    top = results.guides.hits[0]
    assert top.id == str(corpus.guides["breastfeeding-support"].pk)
    assert top.lang == "pl"
    assert top.title == "Karmienie piersią: dobry początek i pomoc"
    assert top.url.startswith("/pl/")


def test_polish_without_diacritics(backend, corpus):
    results = run("karmienie piersia", backend, lang="pl")
    assert ids(results.guides)[0] == str(corpus.guides["breastfeeding-support"].pk)


def test_urdu_query_finds_urdu_guide(backend, corpus):
    results = run("یرقان", backend, lang="ur")
    top = results.guides.hits[0]
    assert top.id == str(corpus.guides["jaundice"].pk)
    assert top.lang == "ur" and top.title == "نوزائیدہ بچوں میں یرقان"


def test_untranslated_guides_are_found_in_english_from_other_languages(backend, corpus):
    results = run("tantrums", backend, lang="pl")
    top = results.guides.hits[0]
    assert top.id == str(corpus.guides["toddler-tantrums"].pk)
    assert top.lang == "en"
    assert top.url.startswith("/pl/")  # the Polish page shows English with a notice


def test_distance_filter_and_sort(backend, corpus):
    braunstone = (52.6290, -1.1860)
    results = run("", backend, place=braunstone, radius_miles=1)
    found = ids(results.services)
    assert set(found) == {
        str(corpus.services[k].pk) for k in ("stay-play-braunstone", "dads-braunstone")
    }
    assert all(
        hit.distance_miles is not None and hit.distance_miles <= 1 for hit in results.services.hits
    )

    wider = run("", backend, place=braunstone, radius_miles=3)
    distances = [hit.distance_miles for hit in wider.services.hits]
    assert distances == sorted(distances)
    assert len(distances) > 2
    assert wider.services.hits[0].place["name"] == "Braunstone Family Hub"
    # A place narrows services only; guides are not about a place.
    assert wider.guides.total == len(corpus.guides)


def test_text_with_place_sorts_matching_services_by_distance(backend, corpus):
    belgrave = (52.6530, -1.1230)
    results = run("play", backend, place=belgrave, radius_miles=5)
    distances = [hit.distance_miles for hit in results.services.hits]
    assert distances == sorted(distances) and distances
    titles = [hit.title for hit in results.services.hits]
    assert "Baby massage" not in titles  # not about play


def test_facet_counts(backend, corpus):
    results = run("", backend, filters={"free": True})
    facets = {f.name: {v.value: v.count for v in f.values} for f in results.facets}
    # Nine of the ten services are free; the free filter's own facet still shows its count.
    assert results.services.total == 9
    assert facets["free"] == {"true": 9}
    assert facets["kind"] == {"group": 6, "clinic": 3}
    assert facets["day"] == {"mon": 2, "tue": 2, "wed": 2, "thu": 2, "fri": 1, "sat": 1}
    assert (
        facets["language"]["pl"] == 3
        and facets["language"]["ur"] == 2
        and facets["language"]["pa"] == 1
    )
    assert facets["step_free"] == {"true": 7}
    assert facets["stage"] == {
        "pregnancy": 3,
        "first-weeks": 4,
        "feeding": 3,
        "talking-and-play": 4,
    }
    # Shared facets add guides and services: stay-and-play is two services and no guide.
    assert facets["category"]["stay-and-play"] == 2


def test_selecting_a_facet_value_keeps_the_other_values_counted(backend, corpus):
    results = run("", backend, filters={"kind": "clinic"})
    assert results.services.total == 3
    kinds = {
        v.value: (v.count, v.selected) for f in results.facets if f.name == "kind" for v in f.values
    }
    assert kinds == {"clinic": (3, True), "group": (7, False)}


def test_filters_narrow_results(backend, corpus):
    results = run("", backend, filters={"category": "speech-and-language", "day": "fri"})
    assert ids(results.services) == [str(corpus.services["speech-beaumont"].pk)]
    results = run("", backend, filters={"language": "ur"}, scope="service")
    assert set(ids(results.services)) == {
        str(corpus.services[k].pk) for k in ("infant-feeding-highfields", "perinatal-mental-health")
    }
    pregnancy = run("", backend, filters={"age": "pregnancy"})
    assert {h.id for h in pregnancy.guides.hits} == {
        str(corpus.guides[s].pk) for s in ("antenatal-contact", "baby-movements", "stop-smoking")
    }
    assert str(corpus.services["antenatal-centre"].pk) in ids(pregnancy.services)
    toddler = run("", backend, filters={"age_months": 30}, scope="guide")
    assert str(corpus.guides["toddler-tantrums"].pk) in ids(toddler.guides)
    assert str(corpus.guides["jaundice"].pk) not in ids(toddler.guides)


def test_pagination(backend, corpus):
    first = run("", backend, filters={"stage": "first-weeks"}, scope="guide", per_page=3)
    second = run("", backend, filters={"stage": "first-weeks"}, scope="guide", per_page=3, page=2)
    assert first.guides.total == second.guides.total == 4
    assert len(first.guides.hits) == 3 and len(second.guides.hits) == 1
    assert not set(ids(first.guides)) & set(ids(second.guides))
    assert first.num_pages == 2


def test_scope_limits_groups(backend, corpus):
    results = run("feeding", backend, scope="guide")
    assert results.services.total == 0 and results.guides.total > 0


@pytest.mark.parametrize(
    "text",
    [
        "title:* OR 1=1",
        '"unclosed',
        "\\",
        "x" * 10_000,
        "a\x00b\x07c",
        "<script>alert(1)</script>",
        "*",
        "~~~",
    ],
)
def test_hostile_text_never_raises(backend, corpus, text):
    results = run(text, backend)
    for hit in results.guides.hits + results.services.hits:
        assert "<script" not in hit.snippet


def test_suggestions_as_you_type(backend, corpus, settings):
    rows = service.suggest("breastf", "en")
    assert rows and rows[0]["text"].startswith("Breastfeeding")
    assert rows[0]["url"].startswith("/en/")
    polish = service.suggest("karmienie pie", "pl")
    assert any(row["text"].startswith("Karmienie piersią") for row in polish)
    assert service.suggest("b", "en") == []

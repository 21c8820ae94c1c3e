"""Judged queries: mean reciprocal rank of the expected result, per backend, with a floor."""

import pytest

from search import service
from search.query import SearchQuery

from .conftest import MRR_SCORES
from .judgements import GUIDE, JUDGEMENTS

pytestmark = pytest.mark.django_db

FLOORS = {"elasticsearch": 0.7, "database": 0.5}


def expected_id(corpus, kind, name):
    objects = corpus.guides if kind == GUIDE else corpus.services
    return str(objects[name].pk)


def reciprocal_rank(results, kind, wanted):
    group = results.guides if kind == GUIDE else results.services
    for rank, hit in enumerate(group.hits, start=1):
        if hit.id == wanted:
            return 1 / rank
    return 0.0


def test_mean_reciprocal_rank(backend, corpus):
    ranks = []
    misses = []
    for text, lang, kind, name in JUDGEMENTS:
        results = service.search(SearchQuery(text=text, lang=lang, scope=kind, per_page=10))
        assert results.backend == backend and not results.fell_back
        rr = reciprocal_rank(results, kind, expected_id(corpus, kind, name))
        ranks.append(rr)
        if rr < 1:
            misses.append(f"{text!r} ({lang}): {rr:.2f}")
    mrr = sum(ranks) / len(ranks)
    MRR_SCORES[backend] = (mrr, len(ranks))
    print(f"\n{backend}: MRR {mrr:.3f}; not first: {misses}")
    assert mrr >= FLOORS[backend], misses

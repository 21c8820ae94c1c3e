"""Fixtures for the search tests.

Elasticsearch tests (marked `elasticsearch`) use the node at ELASTICSEARCH_TEST_URL
(settings.ELASTICSEARCH_URL in the test settings). When it is not reachable they
are skipped, or fail when REQUIRE_ELASTICSEARCH=1 (CI). Every test session uses
its own index prefix and deletes its indices at the end. Every other test here
runs on the database backend.
"""

import os
import uuid

import pytest
from django.conf import settings as django_settings

ES_URL = django_settings.ELASTICSEARCH_URL
SESSION_PREFIX = f"hubsite-test-{uuid.uuid4().hex[:10]}"
MRR_SCORES = {}
_reachable = {}


def elasticsearch_required():
    return os.environ.get("REQUIRE_ELASTICSEARCH", "") not in ("", "0", "false", "no")


def node_problem():
    """None when the test node answers, else why not (checked once per session)."""
    if "problem" not in _reachable:
        problem = None
        if not ES_URL:
            problem = "ELASTICSEARCH_TEST_URL is not set"
        else:
            from elasticsearch import Elasticsearch

            try:
                health = Elasticsearch(ES_URL, request_timeout=3, max_retries=0).cluster.health()
                if health["status"] not in ("green", "yellow"):
                    problem = f"cluster status is {health['status']}"
            except Exception as error:  # any failure means no usable node
                problem = f"no Elasticsearch node at {ES_URL} ({type(error).__name__})"
        _reachable["problem"] = problem
    return _reachable["problem"]


@pytest.fixture(autouse=True)
def search_settings(request, settings):
    """Elasticsearch-marked tests get the test node and this session's prefix; others none."""
    from search.service import breaker
    from search.signals import forget_pending

    breaker.reset()
    forget_pending()  # updates queued by fixtures whose transactions never commit
    if request.node.get_closest_marker("elasticsearch"):
        problem = node_problem()
        if problem:
            if elasticsearch_required():
                pytest.fail(f"REQUIRE_ELASTICSEARCH=1 but {problem}")
            pytest.skip(problem)
        settings.ELASTICSEARCH_URL = ES_URL
        settings.ELASTICSEARCH_TIMEOUT = 1.0  # the most the code allows; a busy CI machine needs it
    else:
        settings.ELASTICSEARCH_URL = ""
    settings.ELASTICSEARCH_INDEX_PREFIX = SESSION_PREFIX
    yield
    breaker.reset()


@pytest.fixture(scope="session", autouse=True)
def delete_test_indices():
    yield
    if not ES_URL or node_problem():
        return
    from elasticsearch import Elasticsearch

    client = Elasticsearch(ES_URL, request_timeout=30, max_retries=0)
    names = list(client.indices.get(index=f"{SESSION_PREFIX}-*", expand_wildcards="all").keys())
    for name in names:  # by name: the test node refuses wildcard deletes
        client.options(ignore_status=404).indices.delete(index=name)


def _build_corpus():
    from types import SimpleNamespace

    from .corpus import build_guides, build_services

    guides, stages = build_guides()
    services, places = build_services()
    return SimpleNamespace(
        guides=guides, stages=stages, services=services, places=places, es_indexed=False
    )


@pytest.fixture(scope="module")
def shared_corpus(django_db_setup, django_db_blocker):
    """The corpus, built once per test module inside a transaction rolled back at its end.

    Each test runs in a savepoint inside it (pytest-django's own transaction), so
    a test may change the corpus: its changes are rolled back after it. Building
    the pages once per module instead of per test saves minutes.
    """
    from django.db import transaction

    from search import indexing

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            corpus = _build_corpus()
            indexing.rebuild_database()
            yield corpus
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def corpus(db, shared_corpus):
    """Guides in three languages and services around Leicester, in the database index.

    The objects are fetched afresh for each test: an earlier test's changes to
    them (rolled back in the database) must not leak through Python objects.
    """
    from content.models import GuidePage, StagePage
    from directory.models import Location, Service

    shared = shared_corpus
    if not hasattr(shared, "ids"):
        shared.ids = {
            name: {key: obj.pk for key, obj in getattr(shared, name).items()}
            for name in ("guides", "stages", "services", "places")
        }
    for name, model in (
        ("guides", GuidePage),
        ("stages", StagePage),
        ("services", Service),
        ("places", Location),
    ):
        found = model.objects.in_bulk(list(shared.ids[name].values()))
        setattr(shared, name, {key: found[pk] for key, pk in shared.ids[name].items()})
    return shared


def index_everything(backend_name):
    """Build the index(es) for `backend_name` from the database, ready to search."""
    from search import indexing

    indexing.rebuild_database()
    if backend_name == "elasticsearch":
        indexing.rebuild_elasticsearch()


@pytest.fixture
def es_index(corpus):
    """For tests (marked `elasticsearch`) that change the index: a fresh Elasticsearch
    index of the corpus now, marked dirty afterwards so the next test rebuilds it."""
    from search import indexing

    indexing.rebuild_elasticsearch()
    corpus.es_indexed = False
    yield
    corpus.es_indexed = False


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def backend(request, corpus):
    """Each backend in turn, with the module's corpus indexed. Yields its name.

    Tests using this fixture must not change the Elasticsearch index (the
    database's changes are rolled back after each test, Elasticsearch's are not).
    """
    if request.param == "elasticsearch" and not corpus.es_indexed:
        from search import indexing

        indexing.rebuild_elasticsearch()
        corpus.es_indexed = True
    return request.param


def pytest_terminal_summary(terminalreporter):
    if MRR_SCORES:
        terminalreporter.section("search relevance (mean reciprocal rank)")
        for name, (score, count) in sorted(MRR_SCORES.items()):
            terminalreporter.write_line(f"{name}: MRR {score:.3f} over {count} judged queries")

"""Elasticsearch specifics on the real node: mappings on the core-only distribution,
versioned indices behind an alias, and a rebuild that never leaves searches empty."""

import threading

import pytest

from search import indexing
from search.backends import elastic
from search.query import SearchQuery

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


def test_mapping_uses_language_analyzers_only_where_the_cluster_has_them(corpus, settings):
    client = elastic.admin_client()
    found = elastic.detect_analyzers(client)
    indexing.rebuild_elasticsearch()
    corpus.es_indexed = False
    (index,) = elastic.indices_behind_alias(client)
    mapping = client.indices.get_mapping(index=index)[index]["mappings"]["properties"]
    for lang, props in mapping["title"]["properties"].items():
        assert props["analyzer"] == found.get(lang, "standard")
    # Whatever the cluster has, each detected analyzer really exists there.
    for name in set(found.values()):
        client.indices.analyze(analyzer=name, text="test")
    assert mapping["locations"]["properties"]["point"]["type"] == "geo_point"
    assert mapping["suggest"]["type"] == "completion"


def test_detection_falls_back_to_standard_for_missing_analyzers(settings):
    client = elastic.admin_client()
    body = elastic.index_body({"pl": "polish"})
    title = body["mappings"]["properties"]["title"]["properties"]
    assert title["pl"]["analyzer"] == "polish" and title["ur"]["analyzer"] == "standard"
    try:
        client.indices.analyze(analyzer="surely-not-an-analyzer", text="x")
        raise AssertionError("expected an error")
    except elastic.BadRequestError:
        pass


def test_rebuild_creates_a_new_index_and_moves_the_alias(corpus):
    client = elastic.admin_client()
    indexing.rebuild_elasticsearch()
    (first,) = elastic.indices_behind_alias(client)
    new_name, count = indexing.rebuild_elasticsearch()
    corpus.es_indexed = False
    assert count == len(corpus.guides) + len(corpus.services)
    assert elastic.indices_behind_alias(client) == [new_name]
    assert new_name != first
    assert not client.indices.exists(index=first)


def test_no_moment_without_results_during_rebuilds(corpus):
    indexing.rebuild_elasticsearch()
    corpus.es_indexed = False
    # Searches go straight to Elasticsearch (no fallback) with a generous timeout:
    # this is about the alias swap, not about speed.
    backend = elastic.ElasticsearchBackend(client=elastic.admin_client())
    query = SearchQuery(text="breastfeeding")
    totals, errors = [], []
    stop = threading.Event()

    def keep_searching():
        while not stop.is_set():
            try:
                raw = backend.search(query)
                totals.append(raw.guides.total + raw.services.total)
            except Exception as error:  # recorded and asserted on below
                errors.append(repr(error))

    thread = threading.Thread(target=keep_searching)
    thread.start()
    try:
        for _round in range(3):
            indexing.rebuild_elasticsearch()
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert len(totals) > 10
    assert min(totals) > 0


def test_index_updates_never_create_an_index_by_accident(corpus, settings):
    """With no alias yet, an update creates a proper (mapped) index behind the alias."""
    client = elastic.admin_client()
    for name in elastic.indices_behind_alias(client):
        client.indices.delete(index=name)
    corpus.es_indexed = False
    indexing.update_object("guide", corpus.guides["jaundice"].pk)
    (index,) = elastic.indices_behind_alias(client)
    assert index.startswith(elastic.alias_name() + "-")
    mapping = client.indices.get_mapping(index=index)[index]["mappings"]["properties"]
    assert mapping["locations"]["properties"]["point"]["type"] == "geo_point"


def test_search_index_command(corpus):
    import io

    from django.core.management import call_command

    out = io.StringIO()
    call_command("search_index", "--rebuild", stdout=out)
    corpus.es_indexed = False
    text = out.getvalue()
    total = len(corpus.guides) + len(corpus.services)
    assert f"database index rebuilt: {total} documents" in text
    assert f"built with {total} documents; alias moved" in text

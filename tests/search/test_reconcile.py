"""`manage.py search_reconcile` finds and repairs missing, stale and extra documents."""

import io

import pytest
from django.core.management import call_command

from search import indexing, service
from search.backends.database import DatabaseBackend
from search.documents import document_key
from search.models import SearchEntry
from search.query import SearchQuery

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def target(request, corpus):
    """The index under test: the database's, or a fresh Elasticsearch one."""
    if request.param == "elasticsearch":
        request.getfixturevalue("es_index")
        return indexing.elasticsearch_backend(admin=True)
    return DatabaseBackend()


def reconcile_command(*args):
    out = io.StringIO()
    call_command("search_reconcile", *args, stdout=out)
    return out.getvalue()


def refresh(target):
    if hasattr(target, "refresh"):
        target.refresh()


def test_a_deleted_document_is_put_back(target, corpus):
    guide = corpus.guides["safe-sleep"]
    key = document_key("guide", guide.pk)
    target.remove([key])
    refresh(target)
    assert key not in target.fingerprints()

    report = reconcile_command("--dry-run")
    assert "1 missing" in report
    assert key not in target.fingerprints()  # a dry run changes nothing

    report = reconcile_command()
    assert "1 missing" in report and "repaired" in report
    refresh(target)
    assert key in target.fingerprints()
    results = service.search(SearchQuery(text="safe sleep"))
    assert results.guides.hits[0].id == str(guide.pk)


def test_stale_and_extra_documents_are_repaired(target, corpus):
    from search.signals import forget_pending

    # Changes made behind the signals' back (as if a task had been lost).
    guide = corpus.guides["teething"]
    type(guide).objects.filter(pk=guide.pk).update(title_en="Teething troubles")
    dads = corpus.services["dads-braunstone"]
    type(dads).objects.filter(pk=dads.pk).update(published=False)
    forget_pending()

    expected = indexing.expected_fingerprints()
    diff = indexing.reconcile(target, expected, repair=True)
    assert diff.stale == [document_key("guide", guide.pk)]
    assert diff.extra == [document_key("service", dads.pk)]
    refresh(target)
    assert indexing.compare(target.fingerprints(), expected).total == 0


def test_reconcile_reports_a_clean_index(corpus):
    report = reconcile_command("--backend", "db")
    assert "database: 0 missing, 0 stale, 0 extra" in report
    assert SearchEntry.objects.count() == len(corpus.guides) + len(corpus.services)

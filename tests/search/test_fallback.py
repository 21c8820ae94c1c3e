"""When Elasticsearch is down or slow, parents get database results and a warning is logged.

These tests point the backend at a real closed port and at a real server that
accepts connections and never answers, so the client's own timeout fires.
They need no Elasticsearch node.
"""

import logging
import socket
import threading
import time

import pytest

from search import indexing, service
from search.query import SearchQuery

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return port  # nothing listens here any more


@pytest.fixture
def silent_server():
    """Accepts connections, reads, never replies: a node that is hung."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _addr = server.accept()
                held.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def assert_fell_back(results, caplog, secret):
    assert results.backend == "database" and results.fell_back
    warnings = [
        r for r in caplog.records if r.levelno == logging.WARNING and r.name == "search.service"
    ]
    assert warnings, "a warning must be logged"
    assert all(secret not in r.getMessage() for r in caplog.records), "no parent data in logs"


def test_closed_port_falls_back_to_database(corpus, settings, closed_port, caplog):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port}"
    caplog.set_level(logging.WARNING)
    results = service.search(SearchQuery(text="breastfeeding"))
    assert_fell_back(results, caplog, "breastfeeding")
    assert results.guides.hits[0].id == str(corpus.guides["breastfeeding-support"].pk)


def test_hung_node_times_out_within_a_second_and_falls_back(
    corpus, settings, silent_server, caplog
):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{silent_server}"
    settings.ELASTICSEARCH_TIMEOUT = 5  # the code caps it at one second
    caplog.set_level(logging.WARNING)
    started = time.monotonic()
    results = service.search(SearchQuery(text="jaundice"))
    elapsed = time.monotonic() - started
    assert_fell_back(results, caplog, "jaundice")
    assert "Timeout" in " ".join(r.getMessage() for r in caplog.records)
    assert elapsed < 2.0
    assert results.guides.total >= 1


def test_after_a_failure_elasticsearch_is_skipped_for_a_while(corpus, settings, silent_server):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{silent_server}"
    service.search(SearchQuery(text="sleep"))
    started = time.monotonic()
    results = service.search(SearchQuery(text="sleep"))
    assert time.monotonic() - started < 0.5
    assert results.fell_back and results.guides.total >= 1


def test_suggestions_fall_back_too(corpus, settings, closed_port):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port}"
    assert service.suggest("breastf", "en")[0]["text"].startswith("Breastfeeding")


def test_search_page_answers_when_elasticsearch_is_down(client, corpus, settings, closed_port):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port}"
    response = client.get("/en/search/", {"q": "breastfeeding"})
    assert response.status_code == 200
    assert b'data-search-backend="database"' in response.content
    assert b"Breastfeeding: getting started" in response.content


def test_saving_with_elasticsearch_down_updates_the_database_index(
    corpus, settings, closed_port, caplog, django_capture_on_commit_callbacks
):
    from search.models import SearchEntry

    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port}"
    caplog.set_level(logging.WARNING)
    service_obj = corpus.services["dads-braunstone"]
    with django_capture_on_commit_callbacks(execute=True):
        service_obj.name = "Dads and kids Saturday club"
        service_obj.save()
    entry = SearchEntry.objects.get(kind="service", object_id=str(service_obj.pk))
    assert entry.title == "Dads and kids Saturday club"
    assert any("not updated" in r.getMessage() for r in caplog.records)


def test_rebuild_command_reports_a_down_node(corpus, settings, closed_port):
    from django.core.management import CommandError, call_command

    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port}"
    with pytest.raises(CommandError):
        call_command("search_index", "--rebuild", "--backend", "es")
    # The database index does not depend on it.
    assert indexing.rebuild_database() == len(corpus.guides) + len(corpus.services)

"""A real node stopped under the site: searches fall back to the database with a warning.

Starts a second, throwaway node with scripts/elasticsearch on its own port (the
shared test node is left alone), indexes the corpus into it, stops it, and
searches again. It takes about half a minute, so it runs only when asked:
SEARCH_NODE_STOP_TEST=1 (CI sets it).
"""

import logging
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from search import indexing, service
from search.query import SearchQuery

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        os.environ.get("SEARCH_NODE_STOP_TEST", "") in ("", "0"),
        reason="set SEARCH_NODE_STOP_TEST=1 to start and stop a throwaway node",
    ),
]

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "elasticsearch"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def node(command, port):
    env = {**os.environ, "ES_PORT": str(port)}
    return subprocess.run(
        [str(SCRIPT), command], env=env, capture_output=True, text=True, timeout=300
    )


def test_stopping_the_node_falls_back_to_the_database(corpus, settings, caplog):
    port = free_port()
    started = node("start", port)
    assert started.returncode == 0, started.stderr
    try:
        settings.ELASTICSEARCH_URL = started.stdout.strip()
        indexing.rebuild_elasticsearch()
        before = service.search(SearchQuery(text="breastfeeding"))
        assert before.backend == "elasticsearch" and before.guides.total >= 1
    finally:
        stopped = node("stop", port)
    assert stopped.returncode == 0, stopped.stderr
    assert node("status", port).returncode == 3
    shutil.rmtree(SCRIPT.parents[1] / "var" / "elasticsearch" / f"node-{port}", ignore_errors=True)

    caplog.set_level(logging.WARNING)
    after = service.search(SearchQuery(text="breastfeeding"))
    assert after.backend == "database" and after.fell_back
    assert after.guides.hits[0].id == before.guides.hits[0].id
    assert any(r.name == "search.service" and r.levelno == logging.WARNING for r in caplog.records)
    assert all("breastfeeding" not in r.getMessage() for r in caplog.records)

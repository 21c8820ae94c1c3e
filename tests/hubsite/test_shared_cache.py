"""The page cache on a real Redis, as production runs it (CACHE_URL=redis://...): pages
survive pickling with their nonce placeholder, and a change made in another process (another
gunicorn worker, the task worker) clears the cache for every process.

Needs REDIS_TEST_URL (scripts/redis start prints one); skipped without it, and a failure
in CI, where .ci/run starts Redis.
"""

import os
import subprocess
import sys
from pathlib import Path

import environ
import pytest
import redis
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.directory.factories import make_hub, make_location, make_schedule, make_service

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
NONCE = 'nonce="'


@pytest.fixture
def redis_cache(settings):
    url = os.environ.get("REDIS_TEST_URL", "")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("REDIS_TEST_URL is not set (scripts/redis start)")
        pytest.skip("REDIS_TEST_URL is not set (scripts/redis start)")
    settings.CACHES = {"default": environ.Env.cache_url_config(url)}
    assert type(caches["default"]).__name__ == "RedisCache"
    cache.clear()
    yield url
    cache.clear()


@pytest.fixture
def group(db):
    hub = make_hub(slug="belgrave", name_en="Belgrave Family Hub")
    place = make_location(hub, name_en="Belgrave Library", latitude=52.6545, longitude=-1.1225)
    service = make_service(hub, place, name_en="Tuesday stay and play")
    make_schedule(service, place, byday="TU")
    return service


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), len(queries)


def nonce_in(page):
    start = page.index(NONCE) + len(NONCE)
    return page[start : page.index('"', start)]


def test_a_map_page_comes_back_from_redis_with_a_fresh_nonce(client, redis_cache, group):
    url = group.get_absolute_url()
    first, first_queries = get(client, url)
    second, second_queries = get(client, url)
    assert first_queries > 0 and second_queries == 0
    assert "Tuesday stay and play" in second
    assert nonce_in(first) != nonce_in(second)
    assert "!csp-nonce!" not in second
    stored = redis.Redis.from_url(redis_cache).keys("*")
    assert any(key.startswith(b":1:page:") for key in stored), stored


def test_a_change_in_another_process_clears_the_cache_here(client, redis_cache, group):
    url = group.get_absolute_url()
    get(client, url)
    assert get(client, url)[1] == 0  # cached
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hubsite.settings.dev",
        "CACHE_URL": redis_cache,
        "PYTHONPATH": str(ROOT),
    }
    code = "import django; django.setup(); from hubsite.cache import bump_public_cache as b; b()"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)
    page, queries = get(client, url)
    assert queries > 0  # rendered again, not the old copy
    assert "Tuesday stay and play" in page

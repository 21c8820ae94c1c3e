"""Fixtures shared by every app's tests."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def english_and_empty_cache():
    """Each test starts in English with an empty cache (a request to /pl/ leaves Polish active)."""
    translation.activate("en")
    cache.clear()
    yield
    translation.activate("en")
    cache.clear()


@pytest.fixture
def guide_tree(db):
    """A small published site: home, guides index, four stages, and guides in some languages."""
    from tests.content.factories import build_guide_tree

    return build_guide_tree()


@pytest.fixture
def today():
    return datetime.date.today()

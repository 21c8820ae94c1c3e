"""search.directory.find_services gives the directory's results page what the directory's
own query gives, from the search index (checked against directory.queries.find_services)."""

import pytest
from django.core.paginator import Paginator

from directory.postcodes import find_place
from directory.queries import DirectoryQuery
from directory.queries import find_services as directory_find_services
from search.directory import IndexedServiceResults, can_answer, find_services

pytestmark = pytest.mark.django_db


def names(results):
    return [service.name for service in results[:]]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"kind": "clinic"},
        {"category": "stay-and-play"},
        {"day": "TH"},
        {"free_only": True},
        {"language": "pl"},
        {"step_free": True},
        {"age": "pregnancy"},
    ],
)
def test_same_services_as_the_directory_query(backend, corpus, filters):
    query = DirectoryQuery(**filters)
    ours = find_services(query)
    assert isinstance(ours, IndexedServiceResults)
    assert sorted(names(ours)) == sorted(names(directory_find_services(query)))
    assert len(ours) == directory_find_services(query).count()


def test_nearest_first_with_distances_like_the_directory(backend, corpus):
    query = DirectoryQuery(place=find_place("LE3"), radius_miles=3)
    ours = find_services(query)[:]
    theirs = directory_find_services(query)[:]
    # Same services at the same distances; services sharing a place may come in either order.
    assert sorted((round(s.distance_miles, 2), s.name) for s in ours) == sorted(
        (round(s.distance_miles, 2), s.name) for s in theirs
    )
    distances = [s.distance_miles for s in ours]
    assert distances == sorted(distances)
    assert all(s.nearest_location is not None for s in ours)


def test_pages_through_a_paginator(backend, corpus):
    results = find_services(DirectoryQuery())
    paginator = Paginator(results, 3)
    seen = [s.pk for number in paginator.page_range for s in paginator.page(number).object_list]
    assert len(seen) == len(set(seen)) == len(corpus.services)
    assert results[4:7] == results[:][4:7]


def test_queries_the_index_cannot_answer_go_to_the_directory(corpus):
    query = DirectoryQuery(hub_id=1)
    assert not can_answer(query)
    assert not isinstance(find_services(query), IndexedServiceResults)

"""Schemathesis against the Open Referral UK API, in process through the WSGI application.

The OpenAPI file is a copy of the ORUK 3.0 profile's (fixtures/oruk, see its README)
with remote $refs pointing at local copies. For every operation schemathesis
generates requests from the schema (valid ones, and invalid ones for the
parameters), and each response must:

- never be a server error;
- have a content type the schema allows, where the schema defines the response;
- conform to the response schema, where the schema defines one (the schema only
  defines 200 responses; 400 and 404 answers are JSON errors it says nothing about).

Detail operations are also called with the ids of real records, so that their 200
responses are validated, not only their 404s.
"""

from pathlib import Path

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from .strategies import SECURITY

SCHEMA_PATH = Path(__file__).parent / "fixtures" / "oruk" / "openapi.json"
CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]


@pytest.fixture
def oruk_schema(site):
    """The schema bound to the Django WSGI application, sharing the test's database connection."""
    from hubsite.wsgi import application

    schema = schemathesis.openapi.from_path(str(SCHEMA_PATH))
    schema.app = application
    # Django closes "old" connections at the start and end of every request; inside the
    # test's transaction that would close it. Its own test client does the same as this.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield schema
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def operations(schema):
    found = []
    for result in schema.get_all_operations():
        found.append(result.ok())
    return found


def run(case, failures):
    try:
        # Uncompressed: schemathesis's WSGI transport does not decode a gzip body, and
        # the site compresses what it can (GZipMiddleware).
        case.call_and_validate(checks=CHECKS, headers={"Accept-Encoding": "identity"})
    except Exception as error:  # every kind of check failure, reported together
        failures.append(f"{case.operation.label} {case.path_parameters} {case.query}: {error}")


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_generated_requests(oruk_schema, mode):
    generation_mode = schemathesis.GenerationMode[mode.upper()]
    failures = []
    calls = {}
    for operation in operations(oruk_schema):
        calls[operation.label] = 0

        @settings(SECURITY, max_examples=60 if mode == "positive" else 30)
        @given(case=operation.as_strategy(generation_mode=generation_mode))
        def exercise(case):
            calls[case.operation.label] += 1
            run(case, failures)

        try:
            exercise()
        except Unsatisfiable:
            # Only "any string" parameters (or none): no request breaks the schema.
            assert mode == "negative", operation.label
    assert len(calls) == 9, calls
    if mode == "positive":
        assert calls.pop("GET /") >= 1  # no parameters: one request is all there is
        assert all(count >= 10 for count in calls.values()), calls
    else:  # the list operations have integer and number parameters to get wrong
        assert all(calls[f"GET /{name}"] >= 5 for name in ("services", "taxonomies")), calls
    assert not failures, "\n".join(failures[:10])


def real_ids():
    from directory.models import ServiceAtLocation, Taxonomy, TaxonomyTerm
    from directory.queries import listed_services

    services = [
        str(pk) for pk in listed_services().order_by("pk").values_list("pk", flat=True)[:12]
    ]
    links = ServiceAtLocation.objects.filter(service_id__in=services).order_by("pk")
    return {
        "GET /services/{id}": services,
        "GET /service_at_locations/{id}": [
            str(pk) for pk in links.values_list("pk", flat=True)[:12]
        ],
        "GET /taxonomies/{id}": [str(pk) for pk in Taxonomy.objects.values_list("pk", flat=True)],
        "GET /taxonomy_terms/{id}": [
            str(pk)
            for pk in TaxonomyTerm.objects.order_by("code").values_list("pk", flat=True)[:12]
        ],
    }


def test_real_records_conform(oruk_schema):
    failures = []
    checked = 0
    by_label = {op.label: op for op in operations(oruk_schema)}
    for label, ids in real_ids().items():
        assert ids, label
        for ident in ids:
            case = by_label[label].Case(path_parameters={"id": ident})
            response = case.call()
            assert response.status_code == 200, (label, ident, response.status_code)
            run(case, failures)
            checked += 1
    # List pages, whole, in the largest page size the API allows.
    for label in (
        "GET /services",
        "GET /service_at_locations",
        "GET /taxonomies",
        "GET /taxonomy_terms",
    ):
        case = by_label[label].Case(query={"per_page": 100})
        assert case.call().status_code == 200
        run(case, failures)
        checked += 1
    assert checked > 30
    assert not failures, "\n".join(failures[:10])

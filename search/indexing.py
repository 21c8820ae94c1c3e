"""Keeping the indexes true: update one object, rebuild everything, reconcile differences.

The database index is always kept, also when Elasticsearch is the engine: it is
what the site falls back to. Elasticsearch failures are logged, never raised
to the caller (an editor saving a page must not see them); the reconcile
command repairs whatever was missed.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction

from .backends.database import DatabaseBackend
from .documents import all_documents, build_document, document_key, indexable_keys, split_key
from .service import ELASTICSEARCH_ERRORS, elasticsearch_enabled

logger = logging.getLogger(__name__)


def elasticsearch_backend(admin=False):
    from .backends.elastic import ElasticsearchBackend, admin_client

    return ElasticsearchBackend(client=admin_client() if admin else None)


def _write_database(operation, *args):
    """Run a database index write in a savepoint so a failure cannot spoil the caller's transaction."""
    try:
        with transaction.atomic():
            return getattr(DatabaseBackend(), operation)(*args)
    except Exception:  # logged with its traceback; reconcile repairs the index
        logger.exception("search: the database index could not be updated")
        return None


def _write_elasticsearch(operation, *args):
    if not elasticsearch_enabled():
        return None
    from .backends.elastic import BulkIndexError

    try:
        return getattr(elasticsearch_backend(), operation)(*args)
    except (*ELASTICSEARCH_ERRORS, BulkIndexError) as error:
        logger.warning(
            "search: Elasticsearch index not updated (%s); run search_reconcile once it is back",
            type(error).__name__,
        )
        return None


def update_object(kind, object_id):
    """Bring one guide or service up to date in every index: store it, or remove it if it
    should no longer be found (unpublished, deleted, private)."""
    doc = build_document(kind, str(object_id))
    if doc is None:
        remove_keys([document_key(kind, object_id)])
        return "removed"
    _write_database("store", [doc])
    _write_elasticsearch("store", [doc])
    return "stored"


def remove_keys(keys):
    _write_database("remove", keys)
    _write_elasticsearch("remove", keys)


def rebuild_database():
    return DatabaseBackend().replace_all(all_documents())


def rebuild_elasticsearch():
    """New versioned index, bulk-filled, then the alias swapped (errors propagate: it is a command)."""
    from .backends.elastic import rebuild

    return rebuild(all_documents())


@dataclass
class Differences:
    missing: list = field(default_factory=list)  # should be found, is not in the index
    stale: list = field(default_factory=list)  # in the index with an old version
    extra: list = field(default_factory=list)  # in the index, should not be

    @property
    def total(self):
        return len(self.missing) + len(self.stale) + len(self.extra)


def compare(indexed, expected):
    """Differences between {key: fingerprint} in an index and the documents expected."""
    diff = Differences()
    for key, fingerprint in expected.items():
        if key not in indexed:
            diff.missing.append(key)
        elif indexed[key] != fingerprint:
            diff.stale.append(key)
    diff.extra = sorted(set(indexed) - set(expected))
    diff.missing.sort()
    diff.stale.sort()
    return diff


def expected_fingerprints():
    """{key: fingerprint} of every document that should be in the index, built afresh."""
    return {doc["key"]: doc["fingerprint"] for doc in all_documents()}


def reconcile(backend, expected, repair=True):
    """Compare one backend's index with `expected` and, if `repair`, fix what differs."""
    diff = compare(backend.fingerprints(), expected)
    if repair and diff.total:
        if diff.extra:
            backend.remove(diff.extra)
        to_store = diff.missing + diff.stale
        for start in range(0, len(to_store), 200):
            docs = []
            for key in to_store[start : start + 200]:
                kind, object_id = split_key(key)
                doc = build_document(kind, object_id)
                if doc is not None:
                    docs.append(doc)
            backend.store(docs)
    return diff


__all__ = [
    "update_object",
    "remove_keys",
    "rebuild_database",
    "rebuild_elasticsearch",
    "reconcile",
    "indexable_keys",
]

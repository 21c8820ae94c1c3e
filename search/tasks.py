"""Background tasks that keep the search indexes true (django-tasks).

In development they run in-process (ImmediateBackend); in production the
database queue runs them in `manage.py db_worker`, so editors never wait on
Elasticsearch. Arguments are plain strings so they serialise to JSON.
"""

from django_tasks import task

from . import indexing


@task()
def update_search_index(kind: str, object_ids: list[str]) -> dict:
    """Store, update or remove guides or services in every index."""
    outcome = {"stored": 0, "removed": 0}
    for object_id in object_ids:
        outcome[indexing.update_object(kind, object_id)] += 1
    return outcome


@task()
def remove_from_search_index(keys: list[str]) -> int:
    """Remove documents by key ("guide-12"): for objects that no longer exist."""
    indexing.remove_keys(keys)
    return len(keys)

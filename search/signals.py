"""Changes to guides and services queue an index update once the transaction commits.

Updates are collected per thread and sent as one task per kind when the
transaction commits, so saving a service with its places and sessions queues
one update, not ten. If a transaction rolls back its ids stay pending and go
out with the next commit (an update recomputes from the database, so an extra
one is harmless).
"""

import logging
import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from .query import GUIDE, SERVICE

logger = logging.getLogger(__name__)

_local = threading.local()


def _pending():
    if not hasattr(_local, "pending"):
        _local.pending = {}
    return _local.pending


def flush_pending():
    """Queue one update task per kind for everything collected so far."""
    from .tasks import update_search_index

    pending = _pending()
    while pending:
        kind, ids = pending.popitem()
        if ids:
            try:
                update_search_index.enqueue(kind, sorted(ids))
            except Exception:  # a broken queue must not break saving; reconcile repairs
                logger.exception("search: could not queue an index update")


def forget_pending():
    """Drop collected updates (tests: fixtures build data in transactions that never commit)."""
    _pending().clear()


@contextmanager
def suspended():
    """No index updates from this thread while inside (bulk imports: rebuild afterwards)."""
    previous = getattr(_local, "suspended", False)
    _local.suspended = True
    try:
        yield
    finally:
        _local.suspended = previous


def schedule_update(kind, object_ids):
    if getattr(_local, "suspended", False):
        return
    ids = {str(i) for i in object_ids if i is not None}
    if not ids:
        return
    _pending().setdefault(kind, set()).update(ids)
    transaction.on_commit(flush_pending)


def _safely(receiver):
    """Signal receivers must never make a save fail."""

    def wrapper(*args, **kwargs):
        if kwargs.get("raw"):
            return
        try:
            receiver(*args, **kwargs)
        except Exception:
            logger.exception("search: could not work out what to re-index")

    wrapper.__name__ = receiver.__name__
    return wrapper


# --- Guides --------------------------------------------------------------------------


def _guides_under(page):
    from content.models import GuidePage

    return GuidePage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)


@_safely
def page_changed(sender, instance, **kwargs):
    """Published, unpublished or moved: the guide, or every guide below the page."""
    from content.models import GuidePage

    if isinstance(instance, GuidePage) or sender is GuidePage:
        schedule_update(GUIDE, [instance.pk])
    else:
        schedule_update(GUIDE, list(_guides_under(instance)))


@_safely
def guide_deleted(sender, instance, **kwargs):
    schedule_update(GUIDE, [instance.pk])


# --- Services --------------------------------------------------------------------------


def _services_of(model_name, instance):
    from directory.models import Schedule, Service

    if model_name == "service":
        return [instance.pk]
    if model_name in ("serviceatlocation", "schedule"):
        return [instance.service_id]
    if model_name == "schedulechange":
        return list(
            Schedule.objects.filter(pk=instance.schedule_id).values_list("service_id", flat=True)
        )
    if model_name == "location":
        from django.db.models import Q

        return list(
            Service.objects.filter(
                Q(service_at_locations__location=instance) | Q(schedules__location=instance)
            )
            .values_list("pk", flat=True)
            .distinct()
        )
    if model_name in ("organisation", "hub"):
        return list(Service.objects.filter(**{model_name: instance}).values_list("pk", flat=True))
    if model_name in ("taxonomyterm", "language"):
        related = "categories" if model_name == "taxonomyterm" else "languages"
        return list(Service.objects.filter(**{related: instance}).values_list("pk", flat=True))
    return []


@_safely
def directory_saved(sender, instance, **kwargs):
    schedule_update(SERVICE, _services_of(sender._meta.model_name, instance))


@_safely
def directory_deleting(sender, instance, **kwargs):
    """Before a delete cascades away the rows that say which services are affected."""
    instance._search_services = _services_of(sender._meta.model_name, instance)


@_safely
def directory_deleted(sender, instance, **kwargs):
    ids = getattr(instance, "_search_services", None)
    if ids is None:
        ids = _services_of(sender._meta.model_name, instance)
    if sender._meta.model_name == "service":
        ids = [instance.pk]
    schedule_update(SERVICE, ids)


@_safely
def service_relations_changed(sender, instance, action, pk_set=None, reverse=False, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        from directory.models import Service

        related = "categories" if sender is Service.categories.through else "languages"
        ids = (
            list(pk_set)
            if pk_set
            else list(Service.objects.filter(**{related: instance}).values_list("pk", flat=True))
        )
        schedule_update(SERVICE, ids)
    else:
        schedule_update(SERVICE, [instance.pk])


DIRECTORY_MODELS = (
    "Service",
    "ServiceAtLocation",
    "Schedule",
    "ScheduleChange",
    "Location",
    "Organisation",
    "Hub",
    "TaxonomyTerm",
    "Language",
)


def connect():
    from content.models import GuidePage, StagePage

    for signal, name in (
        (page_published, "published"),
        (page_unpublished, "unpublished"),
    ):
        for model in (GuidePage, StagePage):
            signal.connect(
                page_changed, sender=model, dispatch_uid=f"search-{name}-{model.__name__}"
            )
    post_page_move.connect(page_changed, dispatch_uid="search-moved")
    post_delete.connect(guide_deleted, sender=GuidePage, dispatch_uid="search-guide-deleted")

    from .documents import directory_ready

    if not directory_ready():
        return
    from django.apps import apps

    for name in DIRECTORY_MODELS:
        try:
            model = apps.get_model("directory", name)
        except LookupError:
            continue
        uid = f"search-directory-{name}"
        post_save.connect(directory_saved, sender=model, dispatch_uid=f"{uid}-saved")
        pre_delete.connect(directory_deleting, sender=model, dispatch_uid=f"{uid}-deleting")
        post_delete.connect(directory_deleted, sender=model, dispatch_uid=f"{uid}-deleted")
    Service = apps.get_model("directory", "Service")
    for through in (Service.categories.through, Service.languages.through):
        m2m_changed.connect(
            service_relations_changed, sender=through, dispatch_uid=f"search-m2m-{through.__name__}"
        )

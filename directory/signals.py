"""Every hub gets its staff group as soon as it is saved; any directory change clears
the public page cache."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from hubsite.cache import bump_public_cache_on_commit

from .models import Hub


@receiver(post_save, sender=Hub, dispatch_uid="directory-hub-staff-group")
def make_staff_group(sender, instance, raw=False, **kwargs):
    if raw or instance.staff_group_id:
        return
    from .roles import hub_staff_group

    hub_staff_group(instance)


@receiver(post_save, dispatch_uid="directory-clears-page-cache-saved")
@receiver(post_delete, dispatch_uid="directory-clears-page-cache-deleted")
@receiver(m2m_changed, dispatch_uid="directory-clears-page-cache-m2m")
def clear_page_cache(sender, raw=False, **kwargs):
    """Services, places, sessions, cancellations, hubs, terms, holidays, postcodes: a change
    to any of them can change a directory page, so none may come from the cache after it."""
    if raw or sender._meta.app_label != "directory":
        return
    bump_public_cache_on_commit()

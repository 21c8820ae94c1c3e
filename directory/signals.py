"""Every hub gets its staff group as soon as it is saved."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Hub


@receiver(post_save, sender=Hub, dispatch_uid="directory-hub-staff-group")
def make_staff_group(sender, instance, raw=False, **kwargs):
    if raw or instance.staff_group_id:
        return
    from .roles import hub_staff_group

    hub_staff_group(instance)

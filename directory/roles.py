"""The groups that edit the directory: one staff group per hub, and the comms editors.

`content`'s `setup_roles` command calls `grant_comms_editor_permissions` on the
"Comms editors" group. A hub's staff group is made when the hub is saved;
`manage.py hub_staff add <username> <hub-slug>` (or the Users admin) puts a
person in it.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

COMMS_EDITORS = "Comms editors"
HUB_STAFF_PREFIX = "Hub staff: "

# What every hub's staff may do, model by model (narrowed to their own hub by the policy).
HUB_STAFF_ACTIONS = {
    "service": ("add", "change", "delete", "view"),
    "schedule": ("add", "change", "delete", "view"),
    "location": ("add", "change", "delete", "view"),
    "hub": ("change", "view"),
    "organisation": ("view",),
}
DIRECTORY_MODELS = (
    "hub",
    "location",
    "service",
    "schedule",
    "organisation",
    "taxonomyterm",
    "language",
    "schoolholiday",
)


def _permissions(model_actions):
    found = []
    for model_name, actions in model_actions.items():
        content_type = ContentType.objects.get_by_natural_key("directory", model_name)
        codenames = [f"{action}_{model_name}" for action in actions]
        found += list(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    return found


def _admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def grant_comms_editor_permissions(group):
    """Give `group` every directory permission, for every hub."""
    actions = ("add", "change", "delete", "view")
    group.permissions.add(
        *_permissions({name: actions for name in DIRECTORY_MODELS}),
        Permission.objects.get(content_type__app_label="directory", codename="manage_all_hubs"),
        _admin_access(),
    )
    return group


def comms_editors_group():
    group, _created = Group.objects.get_or_create(name=COMMS_EDITORS)
    return grant_comms_editor_permissions(group)


@transaction.atomic
def hub_staff_group(hub):
    """The hub's staff group, made (with its permissions) if it does not exist yet."""
    from .models import Hub

    group = hub.staff_group
    if group is None:
        group, _created = Group.objects.get_or_create(name=f"{HUB_STAFF_PREFIX}{hub.slug}")
        Hub.objects.filter(pk=hub.pk).update(staff_group=group)
        hub.staff_group = group
    group.permissions.add(*_permissions(HUB_STAFF_ACTIONS), _admin_access())
    return group


def add_hub_staff(user, hub):
    from .permissions import forget_hub_ids

    user.groups.add(hub_staff_group(hub))
    forget_hub_ids(user)


def remove_hub_staff(user, hub):
    from .permissions import forget_hub_ids

    if hub.staff_group_id:
        user.groups.remove(hub.staff_group)
    forget_hub_ids(user)

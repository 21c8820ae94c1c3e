"""Who may edit which directory records: hub staff their own hub's, comms editors everything.

Model-level rights (add/change/delete/view) come from Django permissions on the
user's groups, as usual in Wagtail. On top of that, every record belongs to a
hub, and a user who is not a comms editor (permission `directory.manage_all_hubs`)
or superuser reaches only the records of the hubs whose staff group they are in.
`HubOwnedPermissionPolicy` is registered for each hub-owned model, so Wagtail's
own views, bulk actions and choosers ask it; `HubScopedViewSetMixin` in
`directory.wagtail_hooks` adds the same check in front of every view that takes a
primary key.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

ALL_HUBS_PERMISSION = "directory.manage_all_hubs"
_CACHE_ATTR = "_directory_hub_ids"


def user_hub_ids(user):
    """The ids of the hubs a user may edit, or None for every hub (comms editors, superusers)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, _CACHE_ATTR, False)
    if cached is not False:
        return cached
    if user.is_superuser or user.has_perm(ALL_HUBS_PERMISSION):
        ids = None
    else:
        from .models import Hub

        ids = frozenset(Hub.objects.filter(staff_group__user=user).values_list("pk", flat=True))
    setattr(user, _CACHE_ATTR, ids)
    return ids


def forget_hub_ids(user):
    """Drop the cached hub list, e.g. after adding the user to a hub."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)
    for attr in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        if hasattr(user, attr):
            delattr(user, attr)


def hub_field(model):
    """The ORM path from `model` to the owning hub's id ("pk" for the Hub itself)."""
    lookup = model.hub_lookup
    return "pk" if lookup == "pk" else f"{lookup}_id"


def scope_to_user(queryset, user):
    """Only the rows of `queryset` that belong to a hub the user may edit."""
    ids = user_hub_ids(user)
    if ids is None:
        return queryset
    return queryset.filter(**{f"{hub_field(queryset.model)}__in": ids})


def user_can_reach(user, instance):
    """Whether the record belongs to a hub the user may edit."""
    ids = user_hub_ids(user)
    return ids is None or (instance.owning_hub_id is not None and instance.owning_hub_id in ids)


class HubOwnedPermissionPolicy(ModelPermissionPolicy):
    """Django model permissions, narrowed to the hubs the user belongs to."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and user_can_reach(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and user_can_reach(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return scope_to_user(self.model._default_manager.all(), user)

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        app_label, codename = ALL_HUBS_PERMISSION.split(".")
        every_hub = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        reach = (
            Q(is_superuser=True)
            | Q(user_permissions__in=every_hub)
            | Q(groups__permissions__in=every_hub)
        )
        if instance.owning_hub_id is not None:
            reach |= Q(groups__directory_hub__pk=instance.owning_hub_id)
        return get_user_model().objects.filter(pk__in=users.filter(reach).values("pk"))

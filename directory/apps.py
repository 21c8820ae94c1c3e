from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Directory"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import signals  # noqa: F401
        from .models import Hub, Location, Schedule, Service
        from .permissions import HubOwnedPermissionPolicy

        # Registered before any admin code asks for a policy (Wagtail then keeps a fallback).
        for model in (Hub, Location, Service, Schedule):
            register_permission_policy(model, HubOwnedPermissionPolicy(model), exact_class=True)

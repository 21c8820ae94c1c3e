from django.apps import AppConfig


class HubsiteConfig(AppConfig):
    name = "hubsite"
    verbose_name = "Site"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)

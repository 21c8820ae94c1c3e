from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()

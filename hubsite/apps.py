from django.apps import AppConfig


class HubsiteConfig(AppConfig):
    name = "hubsite"
    verbose_name = "Site"

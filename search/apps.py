from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    name = "search"

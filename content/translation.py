"""Which fields are translatable per language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import ContactSettings, GuidePage, GuidesIndexPage, HomePage, StagePage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro",)


@register(GuidesIndexPage)
class GuidesIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(StagePage)
class StagePageTR(TranslationOptions):
    fields = ("intro",)


@register(GuidePage)
class GuidePageTR(TranslationOptions):
    fields = ("summary", "body")


@register(ContactSettings)
class ContactSettingsTR(TranslationOptions):
    fields = ("service_name", "opening_hours", "urgent_text")

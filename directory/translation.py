"""Parent-facing text translatable per language (django-modeltranslation), falling back to English."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    Hub,
    Location,
    Organisation,
    Schedule,
    ScheduleChange,
    SchoolHoliday,
    Service,
    TaxonomyTerm,
)


@register(Hub)
class HubTR(TranslationOptions):
    fields = ("name", "description", "opening_hours")


@register(Organisation)
class OrganisationTR(TranslationOptions):
    fields = ("name", "description")


@register(Location)
class LocationTR(TranslationOptions):
    fields = ("name", "description", "accessibility_notes")


@register(Service)
class ServiceTR(TranslationOptions):
    fields = ("name", "description", "what_to_expect", "cost_description", "alert")


@register(Schedule)
class ScheduleTR(TranslationOptions):
    fields = ("notes",)


@register(ScheduleChange)
class ScheduleChangeTR(TranslationOptions):
    fields = ("reason", "new_place")


@register(TaxonomyTerm)
class TaxonomyTermTR(TranslationOptions):
    fields = ("name", "description")


@register(SchoolHoliday)
class SchoolHolidayTR(TranslationOptions):
    fields = ("name",)

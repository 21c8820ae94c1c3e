"""Guidance pages: the home page, the guides index, the four stages and guide articles."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from hubsite.cache import mark_cacheable

from .blocks import GuideBodyBlock

STAGES = [
    ("pregnancy", _("Pregnancy")),
    ("first-weeks", _("The first weeks")),
    ("talking-and-play", _("Talking and play")),
    ("feeding", _("Feeding")),
]

# Weeks relative to birth: -40 is conception-ish, 260 is five years.
AGE_WEEKS_VALIDATORS = [MinValueValidator(-42), MaxValueValidator(260)]


class CachedPageMixin:
    """Let `hubsite.cache.PageCacheMiddleware` keep this page for anonymous parents."""

    def serve(self, request, *args, **kwargs):
        return mark_cacheable(super().serve(request, *args, **kwargs))


class TranslationStatusMixin:
    """Whether this page has its own text in the active language."""

    translated_field_names = ("title",)

    @cached_property
    def is_translated(self):
        lang = translation.get_language() or "en"
        if lang == "en":
            return True
        return all(
            bool(getattr(self, f"{name}_{lang}", None)) for name in self.translated_field_names
        )


class HomePage(CachedPageMixin, TranslationStatusMixin, Page):
    intro = models.TextField(blank=True, help_text="One or two short sentences under the title.")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["content.GuidesIndexPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stages"] = StagePage.objects.live().public().order_by("path")
        return context


class GuidesIndexPage(CachedPageMixin, TranslationStatusMixin, Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["content.StagePage"]
    parent_page_types = ["content.HomePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stages"] = StagePage.objects.child_of(self).live().public()
        return context


class StagePage(CachedPageMixin, TranslationStatusMixin, Page):
    stage = models.CharField(max_length=30, choices=STAGES, unique=True)
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("stage"), FieldPanel("intro")]
    subpage_types = ["content.GuidePage"]
    parent_page_types = ["content.GuidesIndexPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = GuidePage.objects.child_of(self).live().public().specific()
        return context


class GuidePage(CachedPageMixin, TranslationStatusMixin, Page):
    summary = models.TextField(
        max_length=300, help_text="What this guide helps with, in one or two sentences."
    )
    body = StreamField(GuideBodyBlock(), use_json_field=True)
    age_from_weeks = models.SmallIntegerField(
        validators=AGE_WEEKS_VALIDATORS,
        help_text="Weeks from birth when this guide starts to apply; negative during pregnancy (-12 = 28 weeks pregnant).",
    )
    age_to_weeks = models.SmallIntegerField(
        validators=AGE_WEEKS_VALIDATORS,
        help_text="Weeks from birth when it stops applying.",
    )
    last_reviewed = models.DateField()
    next_review_due = models.DateField()

    translated_field_names = ("title", "summary", "body")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("age_from_weeks"), FieldPanel("age_to_weeks")],
            heading="Who it is for",
        ),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("next_review_due")],
            heading="Review dates",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    subpage_types = []
    parent_page_types = ["content.StagePage"]

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.age_from_weeks is not None
            and self.age_to_weeks is not None
            and self.age_to_weeks < self.age_from_weeks
        ):
            errors["age_to_weeks"] = "The end of the age range must not be before its start."
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            errors["next_review_due"] = "The next review must be after the last review."
        if errors:
            raise ValidationError(errors)

    @property
    def stage_page(self):
        return self.get_parent().specific

    def applies_at(self, weeks):
        return self.age_from_weeks <= weeks <= self.age_to_weeks


@register_setting(icon="mail")
class ContactSettings(BaseGenericSetting):
    """The "talk to someone" contacts on the home page, edited by the comms team."""

    service_name = models.CharField(max_length=120, default="Healthy Together health visiting team")
    phone = models.CharField(max_length=30, default="0116 000 0000")
    text_number = models.CharField(max_length=30, blank=True, default="07000 000000")
    opening_hours = models.CharField(
        max_length=200, blank=True, default="Monday to Friday, 9am to 5pm"
    )
    urgent_text = models.TextField(
        blank=True,
        default="If you think your baby is seriously ill, call 999. For urgent advice, call NHS 111.",
    )
    show_demo_notice = models.BooleanField(
        default=False, help_text="Show a banner saying that the content is for demonstration only."
    )

    panels = [
        FieldPanel("service_name"),
        FieldPanel("phone"),
        FieldPanel("text_number"),
        FieldPanel("opening_hours"),
        FieldPanel("urgent_text"),
        FieldPanel("show_demo_notice"),
    ]

    class Meta:
        verbose_name = "Contact details"

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format
from django.utils.safestring import mark_safe

from ..presentation import describe_ages, tel_href

register = template.Library()


@register.filter
def ages(service):
    return describe_ages(service)


@register.filter
def tel(number):
    return tel_href(number)


@register.filter
def miles(value):
    """1.2345 -> '1.2' in the active language's number format."""
    if value is None:
        return ""
    return number_format(round(value, 1), 1)


@register.simple_tag
def ics_url(session):
    return reverse(
        "directory:session_ics",
        kwargs={"pk": session.schedule.pk, "day": session.date.isoformat()},
    )


@register.simple_tag
def fallback_lang(obj, field):
    """` lang="en" dir="ltr"` when a translated field shows its English fallback."""
    lang = translation.get_language() or "en"
    if lang == "en" or getattr(obj, f"{field}_{lang}", None):
        return ""
    return mark_safe(' lang="en" dir="ltr"')

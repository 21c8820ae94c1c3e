from django import template
from django.utils import translation

from hubsite.i18n import alternate_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in every site language."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = translation.get_language()
    return [
        {"code": code, "name": name, "url": url, "current": code == current}
        for code, name, url in alternate_urls(request, page)
    ]


@register.simple_tag
def home_url():
    return f"/{translation.get_language() or 'en'}/"

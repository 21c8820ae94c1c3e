"""Language helpers: the site's languages, their direction and links between them."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def site_languages():
    """[(code, name in itself, is right-to-left)] in the configured order."""
    return [(code, local, bidi) for code, _name, local, bidi in settings.SITE_LANGUAGES]


def is_rtl(code):
    return any(c == code and bidi for c, _n, _l, bidi in settings.SITE_LANGUAGES)


def alternate_urls(request, page=None):
    """The same page in every language: [(code, name in itself, url)].

    Wagtail pages use their per-language slugs; other views translate the URL
    pattern with Django. The query string is kept so a search stays a search.
    """
    query = request.META.get("QUERY_STRING", "")
    suffix = f"?{query}" if query else ""
    links = []
    for code, local, _bidi in site_languages():
        if page is not None:
            with translation.override(code):
                url = page.specific_deferred.get_url(request=request) or "/"
        else:
            url = translate_url(request.path, code)
        links.append((code, local, url + suffix))
    return links


def language_context(request):
    code = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "LANG_CODE": code,
        "LANG_DIR": "rtl" if is_rtl(code) else "ltr",
    }

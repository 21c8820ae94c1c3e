"""The search page and the suggestions endpoint. Thin: the work is in search.service."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from . import service
from .forms import SearchForm
from .presentation import decorate


def _browse_context():
    from content.models import STAGES
    from directory.taxonomy import CATEGORIES

    return {"browse_categories": CATEGORIES, "browse_stages": STAGES}


@require_GET
def search(request):
    lang = translation.get_language() or "en"
    form = SearchForm(request.GET, lang=lang)
    query = form.to_query()
    context = {
        "form": form,
        "query": query,
        "notices": form.notices,
        "radius_selected": f"{query.radius_miles:g}",
    }
    if query.is_empty:
        context.update(_browse_context())
    else:
        results = service.search(query)
        context["results"] = results
        context.update(decorate(results, request.GET))
    response = render(request, "search/search.html", context)
    # What parents search for is their business: keep it out of shared caches and search engines.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def suggest(request):
    """Titles for what has been typed so far, as JSON: {"suggestions": [{text, url, kind}]}."""
    lang = translation.get_language() or "en"
    rows = service.suggest(request.GET.get("q", ""), lang)
    response = JsonResponse({"suggestions": rows})
    response["Cache-Control"] = "private, max-age=60"
    response["X-Robots-Tag"] = "noindex"
    return response

"""Views of the guidance app that are not Wagtail pages."""

from django.shortcuts import render

from .lifestage import LifeStageForm
from .models import GuidePage, StagePage


def guides_for(weeks, limit=6):
    """Guides that apply at `weeks` from birth, and the ones coming next."""
    live = GuidePage.objects.live().public()
    now = list(
        live.filter(age_from_weeks__lte=weeks, age_to_weeks__gte=weeks).order_by("age_from_weeks")[
            :limit
        ]
    )
    upcoming = list(live.filter(age_from_weeks__gt=weeks).order_by("age_from_weeks")[:limit])
    return now, upcoming


def upcoming_reviews(stage):
    """Health visitor reviews with their date windows, from the reminders schedule."""
    try:
        from reminders.schedule import upcoming_windows
    except ImportError:  # the reminders app is optional for reading guidance
        return []
    return upcoming_windows(stage.kind, stage.date, today=stage.today, kinds=("review",))


def where_are_you_now(request):
    """A GET form: the date never leaves the parent's browser except in this request, and is never stored."""
    context = {}
    if "date" in request.GET or "kind" in request.GET:
        form = LifeStageForm(request.GET)
        if form.is_valid():
            stage = form.life_stage()
            now, upcoming = guides_for(stage.weeks)
            context.update(
                stage=stage,
                stage_page=StagePage.objects.live().filter(stage=stage.stage).first(),
                guides_now=now,
                guides_next=upcoming,
                reviews=upcoming_reviews(stage),
            )
    else:
        form = LifeStageForm()
    context["form"] = form
    response = render(request, "content/where_are_you_now.html", context)
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response

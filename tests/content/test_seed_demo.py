"""`seed_demo` is idempotent: running it twice gives the same site."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page

from content.models import GuidePage, StagePage

pytestmark = pytest.mark.django_db

SEEDED_APPS = ("content", "directory", "reminders", "wagtailcore", "auth")
SKIPPED_MODELS = {"revision", "modellogentry", "pagelogentry", "taskstate", "referenceindex"}


def snapshot():
    pages = sorted(
        (
            (p.url_path_en, p.title_en, p.title_pl, p.title_ur, p.slug_pl, p.live)
            for p in Page.objects.all()
        ),
        key=repr,
    )
    counts = {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in SEEDED_APPS and model._meta.model_name not in SKIPPED_MODELS
    }
    return pages, counts


def test_seed_demo_twice_gives_the_same_site():
    call_command("seed_demo", verbosity=0)
    first = snapshot()
    call_command("seed_demo", verbosity=0)
    assert snapshot() == first


def test_seed_demo_builds_the_demo_guidance():
    call_command("seed_demo", verbosity=0)
    stages = list(StagePage.objects.live().order_by("path").values_list("stage", flat=True))
    assert stages == ["pregnancy", "first-weeks", "talking-and-play", "feeding"]
    guides = GuidePage.objects.live()
    assert guides.count() >= 16
    for stage in StagePage.objects.all():
        assert GuidePage.objects.child_of(stage).count() >= 4, stage.stage
    polish = [g for g in guides if g.title_pl and g.body_pl]
    urdu = [g for g in guides if g.title_ur and g.body_ur]
    assert len(polish) >= 6 and len(urdu) >= 6

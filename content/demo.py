"""Builds the demo guidance: the page tree, the stages and the guides, idempotently.

Running it again updates the same pages (found by their English slug) instead of
adding new ones, so `seed_demo` twice gives the same site.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Page, Site

from .demo_data import CONTACT, GUIDES, HOME, INDEX, STAGES
from .models import ContactSettings, GuidePage, GuidesIndexPage, HomePage, StagePage

LANGS = [code for code, _name in settings.LANGUAGES]
REVIEWED = datetime.date(2026, 9, 1)
NEXT_REVIEW = datetime.date(2027, 9, 1)


def _translated(field, texts):
    """{"title_en": ..., "title_pl": ...} for the languages a text has."""
    return {f"{field}_{lang}": value for lang, value in texts.items() if lang in LANGS}


def _slugs(slug, titles):
    """English slug as given; other languages get a slug from their own title when it is Latin script."""
    slugs = {"slug_en": slug}
    for lang, title in titles.items():
        if lang == "en":
            continue
        local = slugify(title.replace("ł", "l").replace("Ł", "L"))
        slugs[f"slug_{lang}"] = local if local else slug
    return slugs


def _body_streams(body):
    """Per-language StreamField values in Wagtail's raw list form."""
    return {
        f"body_{lang}": [{"type": kind, "value": value} for kind, value in blocks]
        for lang, blocks in body.items()
        if lang in LANGS
    }


def _upsert(model, parent, slug, fields):
    page = model.objects.filter(slug_en=slug).first()
    if page is None:
        page = model(**fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


@transaction.atomic
def seed_content():
    with translation.override("en"):
        root = Page.get_first_root_node()
        # Wagtail's starter page is replaced by our home page.
        for page in root.get_children().exclude(content_type__model="homepage"):
            if not page.specific_class or page.specific_class is Page:
                page.delete()
        home_fields = {
            **_translated("title", HOME["title"]),
            # The root's slug is part of every URL path: the same in every language.
            **{f"slug_{lang}": "home" for lang in LANGS},
            **_translated("intro", HOME["intro"]),
        }
        home = _upsert(HomePage, root, "home", home_fields)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Family Hubs",
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "Family Hubs"
            site.save()

        index = _upsert(
            GuidesIndexPage,
            home,
            "guides",
            {
                **_translated("title", INDEX["title"]),
                **_slugs("guides", INDEX["title"]),
                **_translated("intro", INDEX["intro"]),
            },
        )
        stage_pages = {}
        for stage in STAGES:
            stage_pages[stage["stage"]] = _upsert(
                StagePage,
                index,
                stage["slug"],
                {
                    "stage": stage["stage"],
                    **_translated("title", stage["title"]),
                    **_slugs(stage["slug"], stage["title"]),
                    **_translated("intro", stage["intro"]),
                },
            )
        for guide in GUIDES:
            _upsert(
                GuidePage,
                stage_pages[guide["stage"]],
                guide["slug"],
                {
                    **_translated("title", guide["title"]),
                    **_slugs(guide["slug"], guide["title"]),
                    **_translated("summary", guide["summary"]),
                    **_body_streams(guide["body"]),
                    "age_from_weeks": guide["age_from_weeks"],
                    "age_to_weeks": guide["age_to_weeks"],
                    "last_reviewed": REVIEWED,
                    "next_review_due": NEXT_REVIEW,
                    **_translated("search_description", guide["summary"]),
                },
            )
        contact = ContactSettings.load()
        for name, value in CONTACT.items():
            if isinstance(value, dict):
                for lang, text in value.items():
                    setattr(contact, f"{name}_{lang}", text)
            else:
                setattr(contact, name, value)
        contact.show_demo_notice = True
        contact.save()
    return home

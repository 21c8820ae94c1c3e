"""Small builders for guidance pages, so tests do not need long set-ups."""

import datetime
from types import SimpleNamespace

from django.utils import translation
from wagtail.models import Page, Site

from content.models import GuidePage, GuidesIndexPage, HomePage, StagePage
from content.roles import setup_roles

PARAGRAPH = "paragraph"


def body(*paragraphs):
    return [{"type": PARAGRAPH, "value": f"<p>{text}</p>"} for text in paragraphs]


def add_page(parent, model, **fields):
    page = model(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


def add_guide(stage, slug, title, **extra):
    fields = {
        "title_en": title,
        "slug_en": slug,
        "summary_en": f"Summary of {title.lower()}.",
        "body_en": body(f"{title} in plain words."),
        "age_from_weeks": -20,
        "age_to_weeks": 10,
        "last_reviewed": datetime.date(2026, 9, 1),
        "next_review_due": datetime.date(2027, 9, 1),
    }
    fields.update(extra)
    return add_page(stage, GuidePage, **fields)


def build_guide_tree():
    with translation.override("en"):
        root = Page.get_first_root_node()
        for child in root.get_children():
            child.delete()
        home = add_page(
            root,
            HomePage,
            **{f"slug_{code}": "home" for code in ("en", "pl", "ur")},
            title_en="Help for your family",
            title_pl="Pomoc dla rodziny",
            title_ur="آپ کے خاندان کے لیے مدد",
            intro_en="Guides and places near you.",
        )
        Site.objects.all().delete()
        Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
        index = add_page(
            home,
            GuidesIndexPage,
            title_en="Guides",
            slug_en="guides",
            title_pl="Poradniki",
            slug_pl="poradniki",
        )
        stages = {}
        for stage, title_en, title_pl, title_ur in [
            ("pregnancy", "Pregnancy", "Ciąża", "حمل"),
            ("first-weeks", "The first weeks", "Pierwsze tygodnie", "پہلے ہفتے"),
            ("talking-and-play", "Talking and play", "Rozmowa i zabawa", "بات چیت اور کھیل"),
            ("feeding", "Feeding", "Karmienie", "دودھ پلانا"),
        ]:
            stages[stage] = add_page(
                index,
                StagePage,
                stage=stage,
                title_en=title_en,
                slug_en=stage,
                title_pl=title_pl,
                slug_pl=f"{stage}-pl",
                title_ur=title_ur,
            )
        translated = add_guide(
            stages["feeding"],
            "breastfeeding-support",
            "Breastfeeding support",
            title_pl="Wsparcie w karmieniu piersią",
            slug_pl="wsparcie-w-karmieniu-piersia",
            summary_pl="Gdzie szukać pomocy przy karmieniu piersią.",
            body_pl=body("Karmienie piersią w prostych słowach."),
            title_ur="دودھ پلانے میں مدد",
            slug_ur="breastfeeding-support",
            summary_ur="دودھ پلانے میں مدد کہاں سے ملے۔",
            body_ur=body("آسان الفاظ میں دودھ پلانا۔"),
            age_from_weeks=0,
            age_to_weeks=52,
        )
        english_only = add_guide(
            stages["first-weeks"],
            "safe-sleep",
            "Safe sleep for your baby",
            age_from_weeks=0,
            age_to_weeks=26,
        )
        antenatal = add_guide(
            stages["pregnancy"],
            "antenatal-contact",
            "Your antenatal contact",
            age_from_weeks=-12,
            age_to_weeks=-4,
        )
        setup_roles(home)
    return SimpleNamespace(
        home=home,
        index=index,
        stages=stages,
        translated=translated,
        english_only=english_only,
        antenatal=antenatal,
    )

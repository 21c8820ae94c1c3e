"""Comms editors and translators work through the Wagtail admin's own views."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.models import GuidePage
from content.roles import COMMS_EDITORS, TRANSLATORS

pytestmark = pytest.mark.django_db

LANGS = [code for code, _name in settings.LANGUAGES]


def member_of(group_name, username):
    user = User.objects.create_user(username, password="a-long-test-password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def guide_form(texts, **overrides):
    """Admin form data for a guide; `texts` maps a language to (title, slug, summary, paragraph)."""
    data = {
        "age_from_weeks": "-4",
        "age_to_weeks": "12",
        "last_reviewed": "2026-11-01",
        "next_review_due": "2027-11-01",
    }
    for lang in LANGS:
        title, slug, summary, paragraph = texts.get(lang, ("", "", "", None))
        data[f"title_{lang}"] = title
        data[f"slug_{lang}"] = slug
        data[f"summary_{lang}"] = summary
        data[f"seo_title_{lang}"] = ""
        data[f"search_description_{lang}"] = ""
        blocks = [("paragraph", rich_text(paragraph))] if paragraph else []
        data[f"body_{lang}"] = streamfield(blocks)
    data.update(overrides)
    return nested_form_data(data)


TEXTS = {
    "en": (
        "Skin to skin",
        "skin-to-skin",
        "Holding your baby close after birth.",
        "Hold your baby on your chest.",
    ),
    "pl": (
        "Kontakt skóra do skóry",
        "kontakt-skora-do-skory",
        "Trzymaj dziecko blisko.",
        "Połóż dziecko na piersi.",
    ),
}


def test_comms_editor_creates_and_publishes_a_translated_guide(client, guide_tree):
    editor = member_of(COMMS_EDITORS, "editor")
    client.force_login(editor)
    stage = guide_tree.stages["first-weeks"]
    url = reverse("wagtailadmin_pages:add", args=("content", "guidepage", stage.pk))
    response = client.post(url, guide_form(TEXTS, **{"action-publish": "publish"}))
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )
    guide = GuidePage.objects.get(slug_en="skin-to-skin")
    assert guide.live
    assert guide.title_pl == "Kontakt skóra do skóry"
    assert guide.owner == editor
    client.logout()
    en = client.get("/en/guides/first-weeks/skin-to-skin/")
    pl = client.get("/pl/poradniki/first-weeks-pl/kontakt-skora-do-skory/")
    assert en.status_code == 200 and "Hold your baby on your chest." in en.content.decode()
    assert pl.status_code == 200 and "Połóż dziecko na piersi." in pl.content.decode()


def test_comms_editor_edit_publishes_and_clears_the_page_cache(client, guide_tree):
    page_url = "/en/guides/feeding/breastfeeding-support/"
    assert "Breastfeeding support" in client.get(page_url).content.decode()  # now cached
    client.force_login(member_of(COMMS_EDITORS, "editor"))
    guide = guide_tree.translated
    texts = {
        "en": ("Breastfeeding help", "breastfeeding-support", guide.summary_en, "New words."),
        "pl": (guide.title_pl, guide.slug_pl, guide.summary_pl, "Nowe słowa."),
    }
    url = reverse("wagtailadmin_pages:edit", args=(guide.pk,))
    response = client.post(url, guide_form(texts, **{"action-publish": "publish"}))
    assert response.status_code == 302
    client.logout()
    body = client.get(page_url).content.decode()
    assert "Breastfeeding help" in body and "New words." in body


def test_translator_cannot_publish_but_can_submit_for_moderation(client, guide_tree):
    translator = member_of(TRANSLATORS, "translator")
    client.force_login(translator)
    guide = guide_tree.english_only
    texts = {
        "en": (
            guide.title_en,
            guide.slug_en,
            guide.summary_en,
            "Safe sleep for your baby in plain words.",
        ),
        "pl": (
            "Bezpieczny sen",
            "bezpieczny-sen",
            "Jak dziecko bezpiecznie śpi.",
            "Na plecach, we własnym łóżeczku.",
        ),
    }
    url = reverse("wagtailadmin_pages:edit", args=(guide.pk,))

    client.post(url, guide_form(texts, **{"action-publish": "publish"}))
    guide.refresh_from_db()
    assert guide.title_pl in (None, "")  # the live page is unchanged
    assert client.get("/pl/guides/first-weeks-pl/bezpieczny-sen/").status_code == 404

    response = client.post(url, guide_form(texts, **{"action-submit": "submit"}))
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(guide.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    guide.refresh_from_db()
    assert guide.has_unpublished_changes
    assert guide.title_pl in (None, "")

    # A comms editor approves: now it is live in Polish.
    client.force_login(member_of(COMMS_EDITORS, "editor"))
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(guide.pk, "approve", task_state.pk)
    )
    response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302)
    guide.refresh_from_db()
    assert guide.title_pl == "Bezpieczny sen"
    assert guide.live and not guide.has_unpublished_changes


def test_translator_cannot_create_guides(client, guide_tree):
    client.force_login(member_of(TRANSLATORS, "translator"))
    stage = guide_tree.stages["first-weeks"]
    url = reverse("wagtailadmin_pages:add", args=("content", "guidepage", stage.pk))
    response = client.post(url, guide_form(TEXTS, **{"action-publish": "publish"}))
    assert response.status_code in (302, 403)
    assert not GuidePage.objects.filter(slug_en="skin-to-skin").exists()


def test_admin_rejects_an_age_range_that_ends_before_it_starts(client, guide_tree):
    client.force_login(member_of(COMMS_EDITORS, "editor"))
    stage = guide_tree.stages["first-weeks"]
    url = reverse("wagtailadmin_pages:add", args=("content", "guidepage", stage.pk))
    response = client.post(
        url,
        guide_form(TEXTS, age_from_weeks="10", age_to_weeks="2", **{"action-publish": "publish"}),
    )
    assert response.status_code == 200
    assert "age_to_weeks" in response.context["form"].errors
    assert not GuidePage.objects.filter(slug_en="skin-to-skin").exists()


def test_scheduled_publishing_is_wagtails_own(client, guide_tree):
    guide = guide_tree.english_only
    guide.title_en = "Safe sleep, updated"
    guide.go_live_at = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    revision = guide.save_revision()
    revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at == guide.go_live_at
    page = client.get("/en/guides/first-weeks/safe-sleep/").content.decode()
    assert "Safe sleep for your baby" in page
    assert "Safe sleep, updated" not in page

"""The reminders page, the VAPID keys, the demo schedule, the task and the admin snippet."""

import json
import stat

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from reminders import demo
from reminders.models import Reminder
from reminders.vapid import b64url_decode, keys

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("code", LANGUAGES)
def test_opt_in_page_in_every_language(client, schedule, code):
    response = client.get(f"/{code}/reminders/")
    assert response.status_code == 200
    assert response["Content-Language"] == code
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code
    assert soup.html["dir"] == ("rtl" if code in ("ur", "ar") else "ltr")
    app = soup.find(id="reminders-app")
    assert app.has_attr("hidden")  # shown by the script only where push works
    assert app["data-page-language"] == code
    assert len(b64url_decode(app["data-vapid-key"])) == 65
    assert app["data-csrf"]
    # The language chosen by default is the page's.
    assert soup.find("option", selected=True)["value"] == code
    messages = json.loads(soup.find(id="reminders-messages").string)
    assert messages["confirmDelete"]


def test_page_says_what_is_kept_and_what_is_needed_without_javascript(client, schedule):
    soup = BeautifulSoup(client.get("/en/reminders/").content, "html.parser")
    kept = soup.find(id="kept-heading").find_parent("section").get_text(" ", strip=True)
    for words in ["due date", "date of birth", "language", "two keys", "never send one twice"]:
        assert words in kept
    assert "IP address" in kept
    assert "about 3 years 6 months old" in kept  # from the schedule: the last window closes
    nojs = soup.find(id="reminders-nojs")
    assert not nojs.has_attr("hidden")
    assert "need JavaScript and a browser that supports notifications" in nojs.get_text()


def test_every_form_control_has_a_label(client, schedule):
    soup = BeautifulSoup(client.get("/en/reminders/").content, "html.parser")
    form = soup.find(id="reminders-form")
    for control in form.find_all(["input", "select"]):
        assert form.find("label", attrs={"for": control["id"]}), control
    assert [f.legend.get_text(strip=True) for f in form.find_all("fieldset")]


def test_development_key_pair_is_created_once_and_kept(settings, tmp_path):
    settings.VAPID_PRIVATE_KEY = ""
    settings.VAPID_PUBLIC_KEY = ""
    settings.VAPID_DEV_KEY_FILE = tmp_path / "var" / "vapid.json"
    first = keys()
    assert settings.VAPID_DEV_KEY_FILE.exists()
    assert stat.S_IMODE(settings.VAPID_DEV_KEY_FILE.stat().st_mode) == 0o600
    settings.VAPID_DEV_KEY_FILE = tmp_path / "var" / "vapid.json"  # a fresh read of the same file
    from reminders import vapid

    vapid._cached.clear()
    assert keys().public_key == first.public_key
    assert not first.from_settings


def test_keys_from_settings_are_used(settings):
    assert keys().public_key == settings.VAPID_PUBLIC_KEY
    assert keys().from_settings


def test_generate_vapid_keys_prints_a_working_pair(capsys, settings):
    call_command("generate_vapid_keys")
    lines = dict(line.split("=", 1) for line in capsys.readouterr().out.split())
    settings.VAPID_PRIVATE_KEY = lines["VAPID_PRIVATE_KEY"]
    assert keys().public_key == lines["VAPID_PUBLIC_KEY"]
    assert len(b64url_decode(lines["VAPID_PUBLIC_KEY"])) == 65


def test_mismatched_public_key_fails_the_system_check(settings):
    from reminders.checks import vapid_keys_match

    assert vapid_keys_match(None) == []
    from reminders.vapid import new_key_pair

    settings.VAPID_PUBLIC_KEY = new_key_pair()[0]  # another pair's public half
    assert [e.id for e in vapid_keys_match(None)] == ["reminders.E003"]


def test_insecure_local_sending_fails_the_deploy_check(settings):
    from reminders.checks import push_settings_for_deploy

    assert push_settings_for_deploy(None) == []
    settings.PUSH_ALLOW_INSECURE_LOCAL = True
    assert "reminders.E001" in [e.id for e in push_settings_for_deploy(None)]


def test_demo_seed_is_idempotent_and_translated(db):
    demo.seed()
    demo.seed()
    assert Reminder.objects.count() == 13
    reminder = Reminder.objects.get(key="review-6-8-weeks")
    with translation.override("pl"):
        assert reminder.name == "Przegląd w wieku 6–8 tygodni"
    with translation.override("ar"):  # no Arabic text: English
        assert reminder.name == "6 to 8 week review"
    assert reminder.text_in("title", "ur") == "6 سے 8 ہفتے کا جائزہ"
    assert reminder.text_in("body", "bn").startswith("Due between {opens} and {closes}")
    for item in Reminder.objects.all():
        item.full_clean()  # every seeded text passes the editors' checks


def test_demo_links_a_guide_when_one_has_the_slug(db, guide_tree):
    from content.models import GuidePage

    page = GuidePage.objects.first()
    page.slug_en = "your-antenatal-contact"
    page.save()
    demo.seed()
    assert Reminder.objects.get(key="antenatal-contact").guide_id == page.pk
    assert Reminder.objects.get(key="new-birth-visit").guide_id is None


def test_editors_cannot_save_a_window_that_closes_before_it_opens(schedule):
    from django.core.exceptions import ValidationError

    reminder = schedule["review-6-8-weeks"]
    reminder.end_amount = 5
    with pytest.raises(ValidationError) as caught:
        reminder.full_clean()
    assert "end_amount" in caught.value.message_dict
    reminder.end_amount = 8
    reminder.body_en = "Due {opens} {name}"
    with pytest.raises(ValidationError) as caught:
        reminder.full_clean()
    assert "body_en" in caught.value.message_dict


def test_the_task_runs_a_send(schedule, receiver, make_subscription):
    import datetime

    from django.utils import timezone

    from reminders.tasks import send_due_reminders_task

    browser = receiver.new_browser()
    make_subscription(browser, timezone.localdate() - datetime.timedelta(weeks=5, days=3))
    result = send_due_reminders_task.enqueue()  # the immediate backend in tests
    assert result.return_value["sent"] == 1
    assert len(receiver.messages_for(browser)) == 1


def test_the_snippet_is_in_the_admin(admin_client, schedule):
    response = admin_client.get("/admin/snippets/reminders/reminder/")
    assert response.status_code == 200
    assert "6 to 8 week review" in response.content.decode()
    edit = admin_client.get(
        f"/admin/snippets/reminders/reminder/edit/{schedule['review-6-8-weeks'].pk}/"
    )
    assert edit.status_code == 200
    assert 'name="body_pl"' in edit.content.decode()


def test_service_worker_handles_reminder_pushes(client):
    body = client.get("/sw.js").content.decode()
    assert 'addEventListener("push"' in body
    assert 'addEventListener("notificationclick"' in body
    assert "/push/resubscribe/" in body

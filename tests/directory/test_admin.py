"""Hub staff edit their own hub's listings in the Wagtail admin, and nothing else."""

import datetime

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from directory.models import Location, Schedule, ScheduleChange, Service

from .factories import make_location, make_schedule, make_service, make_user, next_weekday

pytestmark = pytest.mark.django_db


def url(model, action, *args):
    return reverse(f"wagtailsnippets_directory_{model}:{action}", args=[quote(a) for a in args])


def schedule_post(schedule, changes=(), **overrides):
    data = nested_form_data(
        {"changes": inline_formset(list(changes), initial=schedule.changes.count())}
    )
    data.update(
        {
            "service": str(schedule.service_id),
            "location": str(schedule.location_id),
            "freq": "WEEKLY",
            "weekdays": ["TU"],  # lists stay lists: the test client sends each value
            "interval": "1",
            "opens_at": "10:00",
            "closes_at": "11:30",
            "valid_from": "2026-01-06",
            "valid_until": "",
        }
    )
    data.update(overrides)
    return data


def cancellation(day, reason="Staff sickness"):
    return {"date": day.isoformat(), "kind": "cancelled", "reason_en": reason}


@pytest.fixture
def session(tuesday_group):
    return tuesday_group.schedules.get()


@pytest.fixture
def next_tuesday():
    return next_weekday(timezone.localdate(), 1)


def test_hub_worker_cancels_next_tuesday_and_parents_see_it_at_once(
    client, worker_a, session, next_tuesday
):
    client.force_login(worker_a)
    response = client.post(
        url("schedule", "edit", session.pk),
        schedule_post(session, [cancellation(next_tuesday)], closes_at="12:00"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    session.refresh_from_db()
    assert session.closes_at == datetime.time(12, 0)
    change = ScheduleChange.objects.get(schedule=session)
    assert (change.date, change.kind, change.reason) == (
        next_tuesday,
        "cancelled",
        "Staff sickness",
    )

    client.logout()
    page = client.get(session.service.get_absolute_url()).content.decode()
    block = page[page.index("Sessions in the next four weeks") :]
    assert "Cancelled</strong>: Staff sickness" in block
    # Cancelled, not missing: the date is still listed, with the new end time.
    assert next_tuesday.strftime("%A %-d %B") in block
    assert "10:00–12:00" in block


def test_edit_keeps_history_of_who_changed_what(client, worker_a, session, next_tuesday):
    client.force_login(worker_a)
    client.post(
        url("schedule", "edit", session.pk), schedule_post(session, [cancellation(next_tuesday)])
    )
    entry = ModelLogEntry.objects.filter(object_id=str(session.pk), action="wagtail.edit").get()
    assert entry.user == worker_a
    revision = Revision.objects.for_instance(session).latest("created_at")
    assert revision.user == worker_a
    assert revision.content["changes"][0]["reason_en"] == "Staff sickness"
    history = client.get(url("schedule", "history", session.pk))
    assert history.status_code == 200
    assert "worker-a" in history.content.decode()


def test_other_hubs_worker_is_refused_the_same_edit(client, worker_b, session, next_tuesday):
    client.force_login(worker_b)
    response = client.post(
        url("schedule", "edit", session.pk), schedule_post(session, [cancellation(next_tuesday)])
    )
    assert response.status_code == 403
    assert not ScheduleChange.objects.exists()
    assert client.get(url("schedule", "edit", session.pk)).status_code == 403


@pytest.mark.parametrize("action", ["history", "history_results", "delete", "usage", "copy"])
def test_other_hubs_worker_gets_403_on_every_object_view(
    client, worker_a, worker_b, session, action
):
    client.force_login(worker_a)
    assert client.get(url("schedule", action, session.pk)).status_code == 200
    client.force_login(worker_b)
    assert client.get(url("schedule", action, session.pk)).status_code == 403


def test_other_hubs_worker_cannot_compare_or_revert_revisions(client, worker_a, worker_b, session):
    client.force_login(worker_a)
    client.post(url("schedule", "edit", session.pk), schedule_post(session))
    revision = Revision.objects.for_instance(session).latest("created_at")
    client.force_login(worker_b)
    compare = reverse(
        "wagtailsnippets_directory_schedule:revisions_compare",
        args=[quote(session.pk), "earliest", str(revision.pk)],
    )
    revert = url("schedule", "revisions_revert", session.pk, revision.pk)
    assert client.get(compare).status_code == 403
    assert client.get(revert).status_code == 403


def test_other_hubs_worker_cannot_delete(client, worker_b, session):
    client.force_login(worker_b)
    assert client.post(url("schedule", "delete", session.pk)).status_code == 403
    assert Schedule.objects.filter(pk=session.pk).exists()


def test_list_shows_only_own_hub_and_refuses_another_hubs_list(
    client, worker_a, worker_b, hub_a, hub_b, tuesday_group, place_b
):
    other = make_service(hub_b, place_b, name_en="Braunstone baby clinic")
    client.force_login(worker_b)
    listing = client.get(url("service", "list")).content.decode()
    assert "Braunstone baby clinic" in listing
    assert "Tuesday stay and play" not in listing
    assert client.get(url("service", "list"), {"hub": hub_a.pk}).status_code == 403
    assert client.get(url("service", "list"), {"hub": hub_b.pk}).status_code == 200
    client.force_login(worker_a)
    assert other.name not in client.get(url("service", "list")).content.decode()


def test_choosers_only_offer_own_hub(client, worker_b, hub_b, tuesday_group, place_a):
    client.force_login(worker_b)
    chooser = reverse("wagtailsnippetchoosers_directory_location:choose")
    assert "Belgrave Library" not in client.get(chooser).content.decode()
    chosen = reverse("wagtailsnippetchoosers_directory_location:chosen", args=[quote(place_a.pk)])
    assert client.get(chosen).status_code == 403
    chosen_service = reverse(
        "wagtailsnippetchoosers_directory_service:chosen", args=[quote(tuesday_group.pk)]
    )
    assert client.get(chosen_service).status_code == 403


def test_worker_cannot_move_a_service_to_another_hub(client, worker_a, hub_b, tuesday_group):
    client.force_login(worker_a)
    data = nested_form_data(
        {
            "hub": str(hub_b.pk),
            "name_en": "Moved",
            "kind": "group",
            "status": "active",
            "published": "on",
            "description_en": "x",
            "is_free": "on",
            "service_at_locations": inline_formset([]),
        }
    )
    response = client.post(url("service", "edit", tuesday_group.pk), data)
    assert response.status_code == 200  # the form again, with an error
    assert "Select a valid choice" in response.content.decode()
    tuesday_group.refresh_from_db()
    assert tuesday_group.hub_id != hub_b.pk


def test_worker_creates_a_service_for_own_hub_only(client, worker_a, hub_a, hub_b):
    client.force_login(worker_a)
    base = {
        "name_en": "New group",
        "kind": "group",
        "status": "active",
        "published": "on",
        "description_en": "A new group.",
        "is_free": "on",
        "service_at_locations": inline_formset([]),
    }
    refused = client.post(url("service", "add"), nested_form_data({**base, "hub": str(hub_b.pk)}))
    assert refused.status_code == 200
    assert not Service.objects.filter(name_en="New group").exists()
    made = client.post(url("service", "add"), nested_form_data({**base, "hub": str(hub_a.pk)}))
    assert made.status_code == 302
    assert Service.objects.get(name_en="New group").hub == hub_a


def test_comms_editor_edits_any_hub(client, comms_editor, session, next_tuesday):
    client.force_login(comms_editor)
    response = client.post(
        url("schedule", "edit", session.pk),
        schedule_post(session, [cancellation(next_tuesday, "Flood")]),
    )
    assert response.status_code == 302
    assert ScheduleChange.objects.get().reason == "Flood"


def test_validation_messages_in_the_admin(client, worker_a, session, next_tuesday):
    client.force_login(worker_a)
    wednesday = next_tuesday + datetime.timedelta(days=1)
    response = client.post(
        url("schedule", "edit", session.pk),
        schedule_post(
            session, [cancellation(wednesday)], closes_at="09:00", valid_until="2025-01-01"
        ),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "The end time must be after the start time." in page
    assert "The &#x27;until&#x27; date must be on or after the &#x27;from&#x27; date." in page
    assert not ScheduleChange.objects.exists()

    response = client.post(
        url("schedule", "edit", session.pk), schedule_post(session, [cancellation(wednesday)])
    )
    assert "There is no session on" in response.content.decode()
    assert not ScheduleChange.objects.exists()


def test_location_validation_postcode_and_coordinates(client, worker_a, hub_a):
    client.force_login(worker_a)
    data = {
        "hub": str(hub_a.pk),
        "name_en": "Hall",
        "address_1": "1 Road",
        "city": "Leicester",
        "postcode": "LE1 X",
        "latitude": "-1.13",
        "longitude": "52.63",
    }
    page = client.post(url("location", "add"), data).content.decode()
    assert "Enter a full UK postcode, like LE1 6ZG." in page
    assert "These coordinates are outside the UK." in page
    assert "The latitude and longitude look swapped." in page
    data.update(postcode="le4 6zz", latitude="", longitude="")
    assert client.post(url("location", "add"), data).status_code == 302
    made = Location.objects.get(name_en="Hall")
    assert made.postcode == "LE4 6ZZ"
    assert round(made.latitude, 2) == 52.67  # the LE4 district centre


def test_monthly_second_tuesday_from_checkboxes(client, worker_a, tuesday_group, place_a):
    client.force_login(worker_a)
    session = make_schedule(tuesday_group, place_a, byday="TU")
    client.post(
        url("schedule", "edit", session.pk),
        schedule_post(session, freq="MONTHLY", weekdays=["TU"], week_of_month=["2", "4"]),
    )
    session.refresh_from_db()
    assert (session.freq, session.byday) == ("MONTHLY", "2TU,4TU")


def test_hub_worker_edits_own_hub_details_but_not_its_name(client, worker_a, hub_a):
    client.force_login(worker_a)
    response = client.post(
        url("hub", "edit", hub_a.pk),
        {"name_en": "Renamed", "description_en": "Open every weekday.", "phone": "0116 000 0001"},
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    hub_a.refresh_from_db()
    assert hub_a.description == "Open every weekday."
    assert hub_a.name_en == "Belgrave Family Hub"


def test_worker_without_a_hub_sees_nothing(client, hub_a, tuesday_group):
    nobody = make_user("nobody", is_staff=False)
    client.force_login(nobody)
    assert client.get(url("service", "edit", tuesday_group.pk)).status_code in (302, 403)


def test_other_hubs_places_are_refused_in_a_schedule(client, worker_a, session, hub_b):
    foreign = make_location(hub_b, name_en="Foreign hall")
    client.force_login(worker_a)
    response = client.post(
        url("schedule", "edit", session.pk), schedule_post(session, location=str(foreign.pk))
    )
    assert response.status_code == 200
    session.refresh_from_db()
    assert session.location_id != foreign.pk


VIEWSETS = [
    "service",
    "schedule",
    "location",
    "hub",
    "organisation",
    "taxonomyterm",
    "language",
    "schoolholiday",
]


@pytest.mark.parametrize("model", VIEWSETS)
def test_every_listing_add_and_search_page_renders_for_comms(
    client, comms_editor, tuesday_group, model
):
    client.force_login(comms_editor)
    assert client.get(url(model, "list")).status_code == 200
    assert client.get(url(model, "list"), {"q": "play"}).status_code == 200
    assert client.get(url(model, "add")).status_code == 200


@pytest.mark.parametrize("model", ["service", "schedule", "location"])
def test_hub_worker_pages_render(client, worker_a, tuesday_group, model):
    client.force_login(worker_a)
    assert client.get(url(model, "list"), {"q": "play"}).status_code == 200
    assert client.get(url(model, "add")).status_code == 200
    instance = {
        "service": tuesday_group,
        "schedule": tuesday_group.schedules.get(),
        "location": tuesday_group.service_at_locations.get().location,
    }[model]
    assert client.get(url(model, "edit", instance.pk)).status_code == 200
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    organisations = reverse("wagtailsnippetchoosers_directory_organisation:choose")
    assert client.get(organisations).status_code == 200


def test_bulk_delete_skips_another_hubs_records(client, worker_a, worker_b, session):
    bulk = reverse("wagtail_bulk_action", args=["directory", "schedule", "delete"])
    client.force_login(worker_b)
    client.post(f"{bulk}?id={session.pk}", {})
    assert Schedule.objects.filter(pk=session.pk).exists()
    client.force_login(worker_a)
    client.post(f"{bulk}?id={session.pk}", {})
    assert not Schedule.objects.filter(pk=session.pk).exists()

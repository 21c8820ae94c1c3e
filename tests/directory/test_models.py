"""Validation with messages an editor can act on."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from directory.models import Hub, Location, Schedule, ScheduleChange, SchoolHoliday, Service

pytestmark = pytest.mark.django_db


def errors_of(instance):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return {field: " ".join(messages) for field, messages in caught.value.message_dict.items()}


def test_schedule_times_and_dates(tuesday_group):
    bad = Schedule(
        service=tuesday_group,
        freq="WEEKLY",
        byday="TU",
        valid_from=dt.date(2027, 1, 10),
        valid_until=dt.date(2027, 1, 1),
        opens_at=dt.time(11, 0),
        closes_at=dt.time(10, 0),
    )
    errors = errors_of(bad)
    assert errors["closes_at"] == "The end time must be after the start time."
    assert errors["valid_until"] == "The 'until' date must be on or after the 'from' date."


@pytest.mark.parametrize(
    "freq,byday,message",
    [
        ("WEEKLY", "", "Choose the day or days of the week."),
        ("WEEKLY", "2TU", "A weekly session cannot use a week of the month."),
        ("MONTHLY", "TU", "Choose which week of the month"),
        ("MONTHLY", "", "Choose which day of the month"),
        ("WEEKLY", "TUESDAY", "'TUESDAY' is not a day like TU, 2TU or -1FR."),
    ],
)
def test_schedule_days(tuesday_group, freq, byday, message):
    bad = Schedule(
        service=tuesday_group,
        freq=freq,
        byday=byday,
        valid_from=dt.date(2027, 1, 1),
        opens_at=dt.time(10),
        closes_at=dt.time(11),
    )
    assert message in errors_of(bad)["byday"]


def test_schedule_place_must_belong_to_the_services_hub(tuesday_group, place_b):
    bad = Schedule(
        service=tuesday_group,
        location=place_b,
        freq="WEEKLY",
        byday="TU",
        valid_from=dt.date(2027, 1, 1),
        opens_at=dt.time(10),
        closes_at=dt.time(11),
    )
    assert errors_of(bad)["location"] == "Choose one of this hub's places."


def test_one_off_takes_its_weekday_and_links_the_place(tuesday_group, place_a):
    once = Schedule.objects.create(
        service=tuesday_group,
        location=place_a,
        freq="ONCE",
        valid_from=dt.date(2027, 3, 3),
        opens_at=dt.time(10),
        closes_at=dt.time(11),
    )
    assert (once.byday, once.valid_until) == ("WE", dt.date(2027, 3, 3))
    assert tuesday_group.service_at_locations.filter(location=place_a).count() == 1


def test_location_postcode_and_coordinates(hub_a):
    errors = errors_of(
        Location(
            hub=hub_a,
            name_en="x",
            address_1="1 Road",
            postcode="LE1",
            latitude=48.0,
            longitude=-1.1,
        )
    )
    assert errors["postcode"] == "Enter a full UK postcode, like LE1 6ZG."
    assert errors["latitude"].startswith("These coordinates are outside the UK.")
    only_one = errors_of(
        Location(hub=hub_a, name_en="x", address_1="1 Road", postcode="LE1 6ZG", latitude=52.6)
    )
    assert only_one["longitude"] == "Enter both latitude and longitude, or neither."


def test_location_takes_the_postcode_centre(hub_a):
    place = Location(hub=hub_a, name_en="x", address_1="1 Road", postcode=" le11 3ab ")
    place.full_clean()
    assert place.postcode == "LE11 3AB"
    assert (round(place.latitude, 2), round(place.longitude, 2)) == (52.77, -1.21)


def test_service_ages_and_cost(hub_a):
    errors = errors_of(
        Service(
            hub=hub_a,
            name_en="x",
            description_en="y",
            min_age_months=24,
            max_age_months=12,
            is_free=False,
        )
    )
    assert errors["max_age_months"] == "The oldest age must not be below the youngest age."
    assert errors["cost_description"] == "Say what it costs, or tick 'free'."


def test_service_serves_age():
    pregnancy_only = Service(serves_pregnancy=True)
    assert pregnancy_only.serves_age(None) and not pregnancy_only.serves_age(3)
    babies = Service(min_age_months=0, max_age_months=12)
    assert babies.serves_age(6) and not babies.serves_age(13) and not babies.serves_age(None)


def test_hub_network(central_hub):
    assert errors_of(Hub(name_en="x", slug="x", kind="spoke"))["central"] == (
        "A spoke hub must name its central hub."
    )
    assert errors_of(Hub(name_en="y", slug="y", kind="central", central=central_hub))[
        "central"
    ] == ("A central hub does not have a central hub.")


def test_change_and_holiday_validation(tuesday_group):
    weekly = tuesday_group.schedules.get()
    moved = ScheduleChange(
        schedule=weekly, date=dt.date(2027, 1, 5), kind="moved", new_opens_at=dt.time(12)
    )
    errors = errors_of(moved)
    assert errors["new_closes_at"] == "Enter both the new start and end times."
    nowhere = ScheduleChange(schedule=weekly, date=dt.date(2027, 1, 5), kind="moved")
    assert errors_of(nowhere)["new_date"] == "Say where or when the session moves to."
    holiday = SchoolHoliday(
        name_en="Half term", starts=dt.date(2027, 2, 19), ends=dt.date(2027, 2, 15)
    )
    assert "must not be before" in errors_of(holiday)["ends"]


def test_translated_text_falls_back_to_english(tuesday_group):
    from django.utils import translation

    tuesday_group.name_pl = "Wspólna zabawa"
    tuesday_group.save()
    with translation.override("pl"):
        assert Service.objects.get(pk=tuesday_group.pk).name == "Wspólna zabawa"
        assert Service.objects.get(pk=tuesday_group.pk).description == (
            "A friendly group for parents and babies."
        )
    with translation.override("ur"):
        assert Service.objects.get(pk=tuesday_group.pk).name == "Tuesday stay and play"

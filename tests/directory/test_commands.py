"""Management commands: postcode loaders, the synthetic directory, hub staff, the demo seed."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from directory import demo
from directory.geo import great_circle_miles
from directory.models import Hub, PostcodePlace, ScheduleChange, Service
from directory.permissions import user_hub_ids
from directory.postcodes import find_place

from .factories import make_user

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


def test_load_onspd(capsys):
    call_command("load_postcodes", str(FIXTURES / "onspd_sample.csv"), "--centroids")
    out = capsys.readouterr().out
    assert "3 postcodes loaded, 2 skipped." in out  # terminated and no-coordinates rows
    place = PostcodePlace.objects.get(postcode="LE1 6ZG")
    assert (place.kind, place.latitude, place.longitude) == ("unit", 52.63501, -1.13381)
    assert not PostcodePlace.objects.filter(postcode__in=["LE4 9ZX", "LE5 0ZZ", "NG1 1AA"]).exists()
    sector = PostcodePlace.objects.get(postcode="LE4 6")
    assert sector.kind == "sector"
    assert sector.latitude == pytest.approx((52.65746 + 52.65826) / 2)
    assert find_place("le4 6ab").precision == "unit"


def test_load_onspd_other_areas_on_request():
    call_command("load_postcodes", str(FIXTURES / "onspd_sample.csv"), "--areas", "NG")
    assert list(PostcodePlace.objects.filter(kind="unit").values_list("postcode", flat=True)) == [
        "NG1 1AA"
    ]


def test_load_codepoint_open_converts_the_grid():
    call_command("load_postcodes", str(FIXTURES / "codepoint_sample.csv"), "--format", "codepoint")
    place = PostcodePlace.objects.get(postcode="LE1 6ZG")
    # The sample rows are made up; the projection itself is checked against the OS worked
    # example in test_geo. Here: the grid reference lands in central Leicester.
    assert great_circle_miles(place.latitude, place.longitude, 52.6365, -1.1332) < 0.2
    assert not PostcodePlace.objects.filter(postcode="LE5 4XX").exists()


def test_load_postcodes_missing_file():
    with pytest.raises(CommandError, match="does not exist"):
        call_command("load_postcodes", str(FIXTURES / "nope.csv"))


def test_generate_directory_and_clear(capsys):
    call_command("generate_directory", "--services", "40")
    assert Service.objects.filter(origin="synthetic").count() == 40
    call_command("generate_directory", "--services", "10", "--clear")
    assert Service.objects.filter(origin="synthetic").count() == 10
    assert Hub.objects.filter(slug__startswith="synthetic-").count() == 10
    assert "10 services, 5 places, 10 sessions created." in capsys.readouterr().out


def test_hub_staff_command(capsys, hub_a):
    user = make_user("sam")
    call_command("hub_staff", "add", "sam", hub_a.slug)
    user = get_user_model().objects.get(pk=user.pk)
    assert user_hub_ids(user) == {hub_a.pk}
    call_command("hub_staff", "list")
    assert f"{hub_a.slug}: sam" in capsys.readouterr().out
    call_command("hub_staff", "remove", "sam", hub_a.slug)
    assert user_hub_ids(get_user_model().objects.get(pk=user.pk)) == frozenset()
    with pytest.raises(CommandError, match="No hub"):
        call_command("hub_staff", "add", "sam", "nowhere")


def test_demo_seed_is_idempotent_and_leicester_like():
    first = demo.seed()
    counts = (Hub.objects.count(), Service.objects.count(), ScheduleChange.objects.count())
    assert demo.seed() == first
    assert (Hub.objects.count(), Service.objects.count(), ScheduleChange.objects.count()) == counts
    assert Hub.objects.filter(kind="central").count() == 1
    assert Hub.objects.filter(kind="spoke").count() == 4
    assert Service.objects.exclude(kind="family-hub").count() >= 25
    assert ScheduleChange.objects.filter(kind="cancelled").count() >= 1
    assert Service.objects.exclude(name_pl=None).exclude(name_pl="").exists()
    assert Service.objects.exclude(name_ur=None).exclude(name_ur="").exists()
    assert all(hub.staff_group for hub in Hub.objects.all())

import pytest
from django.utils import translation

from directory.roles import comms_editors_group

from .factories import make_hub, make_location, make_schedule, make_service, make_user


@pytest.fixture(autouse=True)
def english():
    """Each test starts in English (a request to /pl/ leaves Polish active in the thread)."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def central_hub(db):
    return make_hub(slug="city", kind="central", name_en="City Centre Family Hub")


@pytest.fixture
def hub_a(central_hub):
    return make_hub(slug="belgrave", central=central_hub, name_en="Belgrave Family Hub")


@pytest.fixture
def hub_b(central_hub):
    return make_hub(slug="braunstone", central=central_hub, name_en="Braunstone Family Hub")


@pytest.fixture
def place_a(hub_a):
    return make_location(
        hub_a, name_en="Belgrave Library", latitude=52.6545, longitude=-1.1225, postcode="LE4 6ZZ"
    )


@pytest.fixture
def place_b(hub_b):
    return make_location(
        hub_b, name_en="Braunstone Hall", latitude=52.6228, longitude=-1.1782, postcode="LE3 1ZZ"
    )


@pytest.fixture
def tuesday_group(hub_a, place_a):
    """Stay and play at Belgrave, every Tuesday 10:00-11:30."""
    service = make_service(
        hub_a, place_a, categories=["stay-and-play"], name_en="Tuesday stay and play"
    )
    make_schedule(service, place_a, byday="TU")
    return service


@pytest.fixture
def worker_a(hub_a):
    return make_user("worker-a", hub=hub_a)


@pytest.fixture
def worker_b(hub_b):
    return make_user("worker-b", hub=hub_b)


@pytest.fixture
def comms_editor(db):
    return make_user("comms", groups=[comms_editors_group()])

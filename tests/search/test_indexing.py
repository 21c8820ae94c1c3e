"""Publishing, unpublishing, moving and deleting guides, and saving or deleting services,
sessions and cancellations, update the index through the django-tasks task."""

import datetime

import pytest
from django.utils import translation

from search import service
from search.models import SearchEntry
from search.query import SearchQuery

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def live(request, corpus):
    """A backend whose index the test changes; Elasticsearch gets a fresh index first."""
    if request.param == "elasticsearch":
        request.getfixturevalue("es_index")
    return request.param


@pytest.fixture
def enqueued():
    """Names of the tasks enqueued during the test."""
    from django_tasks.signals import task_enqueued

    names = []

    def record(sender, task_result, **kwargs):
        names.append((task_result.task.name, task_result.args))

    task_enqueued.connect(record, dispatch_uid="search-test-enqueued")
    yield names
    task_enqueued.disconnect(dispatch_uid="search-test-enqueued")


def found(live, text, kind="guide", **kwargs):
    if live == "elasticsearch":
        from search.backends.elastic import ElasticsearchBackend

        ElasticsearchBackend().refresh()
    results = service.search(SearchQuery(text=text, scope=kind, **kwargs))
    assert results.backend == live and not results.fell_back
    group = results.guides if kind == "guide" else results.services
    return group.hits


def test_publishing_a_new_guide_indexes_it(
    live, corpus, django_capture_on_commit_callbacks, enqueued
):
    from content.models import GuidePage

    from .corpus import NEXT_REVIEW, REVIEWED, paragraphs

    assert not found(live, "hiccups")
    with django_capture_on_commit_callbacks(execute=True), translation.override("en"):
        guide = GuidePage(
            title_en="Hiccups in babies",
            slug_en="hiccups",
            summary_en="Why babies get hiccups and why they are harmless.",
            body_en=paragraphs("Hiccups are common."),
            age_from_weeks=0,
            age_to_weeks=26,
            last_reviewed=REVIEWED,
            next_review_due=NEXT_REVIEW,
        )
        corpus.stages["first-weeks"].add_child(instance=guide)
        guide.save_revision().publish()
    assert ("update_search_index", ["guide", [str(guide.pk)]]) in [
        (n, list(a)) for n, a in enqueued
    ]
    hits = found(live, "hiccups")
    assert [h.id for h in hits] == [str(guide.pk)]
    assert hits[0].url == "/en/guides/first-weeks/hiccups/"


def test_republishing_updates_the_text(live, corpus, django_capture_on_commit_callbacks):
    guide = corpus.guides["teething"]
    with django_capture_on_commit_callbacks(execute=True):
        guide.title_en = "Teething and toothbrushing"
        guide.summary_en = "Sore gums, dribbling and the first toothbrush."
        guide.save_revision().publish()
    hits = found(live, "toothbrushing")
    assert hits and hits[0].title == "Teething and toothbrushing"


def test_unpublishing_removes_the_guide(live, corpus, django_capture_on_commit_callbacks):
    guide = corpus.guides["jaundice"]
    assert found(live, "jaundice")
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert not found(live, "jaundice")


def test_deleting_removes_the_guide(live, corpus, django_capture_on_commit_callbacks):
    guide = corpus.guides["toddler-tantrums"]
    assert found(live, "tantrums")
    with django_capture_on_commit_callbacks(execute=True):
        guide.delete()
    assert not found(live, "tantrums")


def test_deleting_a_stage_removes_its_guides(live, corpus, django_capture_on_commit_callbacks):
    assert found(live, "jaundice")
    with django_capture_on_commit_callbacks(execute=True):
        corpus.stages["first-weeks"].delete()
    assert not found(live, "jaundice")
    assert not found(live, "colic")


def test_moving_a_guide_updates_its_stage_and_url(live, corpus, django_capture_on_commit_callbacks):
    guide = corpus.guides["teething"]
    with django_capture_on_commit_callbacks(execute=True):
        guide.move(corpus.stages["feeding"], pos="last-child")
    hits = found(live, "teething", filters={"stage": "feeding"})
    assert [h.id for h in hits] == [str(guide.pk)]
    assert hits[0].url == "/en/guides/feeding/teething/"


def test_saving_a_service_updates_it(live, corpus, django_capture_on_commit_callbacks, enqueued):
    dads = corpus.services["dads-braunstone"]
    with django_capture_on_commit_callbacks(execute=True):
        dads.name = "Dads and toddlers football"
        dads.save()
    assert any(name == "update_search_index" for name, _args in enqueued)
    hits = found(live, "football", kind="service")
    assert [h.id for h in hits] == [str(dads.pk)]


def test_hiding_and_deleting_services_removes_them(
    live, corpus, django_capture_on_commit_callbacks
):
    massage = corpus.services["baby-massage-belgrave"]
    speech = corpus.services["speech-beaumont"]
    speech_id = str(speech.pk)
    with django_capture_on_commit_callbacks(execute=True):
        massage.published = False
        massage.save()
    with django_capture_on_commit_callbacks(execute=True):
        speech.delete()
    assert not found(live, "massage", kind="service")
    assert speech_id not in [h.id for h in found(live, "speech", kind="service")]
    if live == "database":
        assert not SearchEntry.objects.filter(object_id__in=[str(massage.pk), speech_id]).exists()


def test_sessions_and_cancellations_update_the_service(
    live, corpus, django_capture_on_commit_callbacks
):
    from directory.models import Schedule, ScheduleChange

    rhyme = corpus.services["rhyme-time-beaumont"]
    assert not found(live, "", kind="service", filters={"day": "sun"})
    with django_capture_on_commit_callbacks(execute=True):
        schedule = Schedule.objects.create(
            service=rhyme,
            location=corpus.places["beaumont"],
            freq="WEEKLY",
            byday="SU",
            valid_from=datetime.date(2026, 1, 4),
            opens_at=datetime.time(14, 0),
            closes_at=datetime.time(15, 0),
        )
    assert [h.id for h in found(live, "", kind="service", filters={"day": "sun"})] == [
        str(rhyme.pk)
    ]

    soon = datetime.date.today() + datetime.timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        ScheduleChange.objects.create(
            schedule=schedule, date=soon, kind="cancelled", reason="Staff training"
        )
    hit = found(live, "rhyme", kind="service")[0]
    assert hit.upcoming_changes[0]["date"] == soon
    assert hit.upcoming_changes[0]["reason"] == "Staff training"

    with django_capture_on_commit_callbacks(execute=True):
        schedule.delete()
    assert not found(live, "", kind="service", filters={"day": "sun"})
    assert not found(live, "rhyme", kind="service")[0].upcoming_changes


def test_changing_categories_updates_the_service(live, corpus, django_capture_on_commit_callbacks):
    from directory.models import TaxonomyTerm

    clinic = corpus.services["baby-clinic-centre"]
    with django_capture_on_commit_callbacks(execute=True):
        clinic.categories.add(TaxonomyTerm.objects.get(code="infant-feeding"))
        clinic.save()  # a ParentalManyToManyField is written when the service is saved
    hits = found(live, "", kind="service", filters={"category": "infant-feeding"})
    assert str(clinic.pk) in [h.id for h in hits]


def test_moving_a_place_updates_distances(live, corpus, django_capture_on_commit_callbacks):
    beaumont = corpus.places["beaumont"]
    braunstone = (52.6280, -1.1850)
    near = {h.id for h in found(live, "", kind="service", place=braunstone, radius_miles=0.5)}
    assert str(corpus.services["speech-beaumont"].pk) not in near
    with django_capture_on_commit_callbacks(execute=True):
        beaumont.latitude, beaumont.longitude = 52.6285, -1.1855
        beaumont.save()
    near = {h.id for h in found(live, "", kind="service", place=braunstone, radius_miles=0.5)}
    assert str(corpus.services["speech-beaumont"].pk) in near


def test_rolled_back_changes_are_not_indexed(live, corpus):
    from django.db import transaction

    dads = corpus.services["dads-braunstone"]
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            dads.name = "Never saved name zzzq"
            dads.save()
            raise RuntimeError
    assert not found(live, "zzzq", kind="service")

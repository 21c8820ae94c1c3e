"""ORUK import: upsert by id, idempotent, a broken record reported and skipped, nothing lost."""

import copy
import http.server
import json
import threading
from pathlib import Path

import pytest
from django.core.management import call_command

from directory.importer import import_records, read_file
from directory.models import Location, Schedule, ScheduleChange, Service, ServiceAtLocation

pytestmark = pytest.mark.django_db

FEED = Path(__file__).parent / "fixtures" / "oruk" / "feed.json"
GOOD_ID = "ac148810-d857-441c-9679-408f346de14b"
BROKEN_ID = "b1c2d3e4-0000-4000-8000-000000000002"


def counts():
    return (
        Service.objects.count(),
        Location.objects.count(),
        ServiceAtLocation.objects.count(),
        Schedule.objects.count(),
    )


def test_import_reports_the_broken_record_and_keeps_the_rest(hub_a):
    report = import_records(read_file(FEED), hub=hub_a)
    assert (report.created, report.updated) == (2, 0)
    ((position, record_id, reason),) = report.skipped
    assert (position, record_id) == (2, BROKEN_ID)
    assert "outside the UK" in reason
    service = Service.objects.get(pk=GOOD_ID)
    assert service.name == "Saffron stay and play"
    assert service.hub == hub_a
    assert [t.code for t in service.categories.all()] == ["stay-and-play"]
    assert [lang.code for lang in service.languages.all()] == ["pl"]
    schedule = service.schedules.get()
    assert (schedule.freq, schedule.byday, str(schedule.opens_at)) == ("WEEKLY", "TU", "10:00:00")
    assert schedule.location.postcode == "LE2 6AB"
    assert not Service.objects.filter(pk=BROKEN_ID).exists()
    assert counts() == (2, 1, 2, 2)  # two services share one place


def test_import_is_idempotent_and_keeps_local_work(hub_a):
    import_records(read_file(FEED), hub=hub_a)
    before = counts()
    service = Service.objects.get(pk=GOOD_ID)
    service.name_pl = "Wspólna zabawa w Saffron"
    service.save()
    ScheduleChange.objects.create(
        schedule=service.schedules.get(), date="2026-12-01", reason_en="Staff sickness"
    )
    local = Service.objects.create(hub=hub_a, name_en="Made here", description_en="Not in the feed")

    again = import_records(read_file(FEED), hub=hub_a)
    assert (again.created, again.updated, len(again.skipped)) == (0, 2, 1)
    assert counts() == (before[0] + 1, *before[1:])
    service.refresh_from_db()
    assert service.name_pl == "Wspólna zabawa w Saffron"
    assert ScheduleChange.objects.filter(schedule__service=service).count() == 1
    assert Service.objects.filter(pk=local.pk).exists()


def test_a_broken_update_changes_nothing_stored(hub_a):
    records = read_file(FEED)
    import_records(records, hub=hub_a)
    bad = copy.deepcopy(records[0])
    bad["name"] = "Renamed"
    bad["schedules"][0]["closes_at"] = "09:00"  # before it opens
    report = import_records([bad])
    assert "closes (09:00:00) before it opens" in report.skipped[0][2]
    assert Service.objects.get(pk=GOOD_ID).name == "Saffron stay and play"


@pytest.mark.parametrize(
    "change,reason",
    [
        ({"id": "not-a-uuid"}, "is not a UUID"),
        ({"status": "open"}, "has status 'open'"),
        ({"name": ""}, "has no name"),
        ({"minimum_age": "young"}, "is not a number"),
    ],
)
def test_reasons_for_broken_records(change, reason):
    record = read_file(FEED)[0]
    record.update(change)
    report = import_records([record, "not even an object"])
    assert reason in report.skipped[0][2]
    assert report.skipped[1][2] == "the record is not an object"


def test_command_prints_the_report(capsys, hub_a):
    call_command("import_oruk", str(FEED), hub=hub_a.slug)
    out, err = capsys.readouterr()
    assert "2 created, 0 updated, 1 skipped (of 3 records)" in out
    assert f"skipped record 2 (id {BROKEN_ID}): location" in err


class _Feed(http.server.BaseHTTPRequestHandler):
    """A two-page ORUK /services endpoint with list items and full records by id."""

    records = {}

    def do_GET(self):
        path, _sep, query = self.path.partition("?")
        ids = sorted(self.records)
        if path == "/services":
            page = 2 if "page=2" in query else 1
            chunk = ids[:2] if page == 1 else ids[2:]
            body = {
                "total_items": len(ids),
                "total_pages": 2,
                "page_number": page,
                "size": len(chunk),
                "first_page": page == 1,
                "last_page": page == 2,
                "empty": False,
                "contents": [
                    {"id": i, "name": self.records[i]["name"], "status": "active"} for i in chunk
                ],
            }
        elif path.startswith("/services/") and path.rsplit("/", 1)[1] in self.records:
            body = self.records[path.rsplit("/", 1)[1]]
        else:
            self.send_response(404)
            self.end_headers()
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_import_follows_a_page_chain_over_http(hub_a):
    _Feed.records = {record["id"]: record for record in read_file(FEED)}
    server = http.server.HTTPServer(("127.0.0.1", 0), _Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        call_command(
            "import_oruk", f"http://127.0.0.1:{server.server_port}/services", hub=hub_a.slug
        )
    finally:
        server.shutdown()
    assert Service.objects.count() == 2
    assert Service.objects.get(pk=GOOD_ID).schedules.count() == 1

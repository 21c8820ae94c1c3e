"""Access control as a matrix: who reaches which admin, editing and private endpoint.

- anonymous visitors: every admin and Django-admin URL the resolver knows, by GET
  and POST, ends at the sign-in page (or 403/404), never a 200 and never a 500;
- hub staff of hub A: every snippet view of hub B's services, sessions, places and
  the hub itself (list, add, edit, delete, history, usage, revisions, choosers, bulk
  actions) is a 403 or 404, and B's records are unchanged;
- translators can edit but not publish;
- the ORUK API and the parents' pages show only published, active services.
"""

import re
from urllib.parse import urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup

from directory.models import Hub, Location, Schedule, Service, ServiceAtLocation

from .urls import concrete_urls

# Admin pages a person who is not signed in may see: signing in, and resetting a password.
PUBLIC_ADMIN_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "admin:login",
    "admin:logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",  # the icon sprite: an SVG file, the same for everyone
}
LOGIN_PATHS = ("/admin/login/", "/django-admin/login/")


def _samples(site):
    from content.models import GuidePage

    guide = GuidePage.objects.live().first()
    return {"pk": guide.pk, "page_id": guide.pk, "parent_page_id": guide.get_parent().pk}


def admin_urls(site):
    found, unresolved = concrete_urls(("admin/", "django-admin/"), _samples(site))
    assert len(found) > 300, len(found)
    assert len(unresolved) <= 3, [u.pattern for u in unresolved]
    return found


def _refused_anonymous(response):
    if response.status_code in (301, 302):
        location = urlsplit(response["Location"]).path
        return location in LOGIN_PATHS or location.startswith(LOGIN_PATHS)
    return response.status_code in (401, 403, 404, 405)


def test_anonymous_reaches_no_admin_url(site, client):
    failures = []
    checked = 0
    for url in admin_urls(site):
        if url.name in PUBLIC_ADMIN_NAMES:
            continue
        for method in ("get", "post"):
            response = getattr(client, method)(url.path)
            checked += 1
            if response.status_code >= 500 or not _refused_anonymous(response):
                failures.append((method.upper(), url.path, url.name, response.status_code))
    assert not failures, failures[:30]
    assert checked > 600


def test_public_admin_pages_reveal_nothing(site, client):
    """The sign-in and password reset pages answer, but show no staff or content data."""
    for path in ("/admin/login/", "/admin/password_reset/", "/django-admin/login/"):
        response = client.get(path)
        assert response.status_code == 200, path
        body = response.content.decode()
        assert not any(secret in body for secret in site.secrets), path
    # Asking for a reset of a staff address says the same as for an unknown one.
    known = client.post("/admin/password_reset/", {"email": site.users["editor"].email})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code
    assert urlsplit(known.get("Location", "")).path == urlsplit(unknown.get("Location", "")).path


def test_staff_without_admin_rights_get_no_django_admin(site, client):
    client.force_login(site.users["staff_a"])
    for path in ("/django-admin/", "/django-admin/auth/user/", "/django-admin/axes/accessattempt/"):
        response = client.get(path)
        assert _refused_anonymous(response) or response.status_code == 403, (
            path,
            response.status_code,
        )


# --- hub staff: hub A against hub B's records ------------------------------------

SCOPED_MODELS = ("service", "schedule", "location", "hub")


def b_objects(site):
    """One record of each hub-owned kind belonging to hub B, with a revision to point at."""
    hub = Hub.objects.get(pk=site.hub_b.pk)  # fresh: earlier tests' revisions were rolled back
    service = Service.objects.filter(hub=hub).order_by("pk").first()
    objects = {
        "service": service,
        "schedule": Schedule.objects.filter(service__hub=hub).order_by("pk").first(),
        "location": Location.objects.filter(hub=hub).order_by("pk").first(),
        "hub": hub,
    }
    revisions = {name: obj.save_revision() for name, obj in objects.items()}
    return objects, revisions


def snippet_urls_for(site, model_name, obj, revision):
    samples = {
        "pk": obj.pk,
        "revision_id": revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
    }
    found, _unresolved = concrete_urls(("admin/",), samples)
    namespaces = (
        f"wagtailsnippets_directory_{model_name}:",
        f"wagtailsnippetchoosers_directory_{model_name}:",
    )
    return [u for u in found if u.name.startswith(namespaces)]


def snapshot(obj):
    obj = type(obj).objects.get(pk=obj.pk)
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


@pytest.mark.parametrize("model_name", SCOPED_MODELS)
def test_hub_staff_reach_no_other_hubs_records(site, client, model_name):
    objects, revisions = b_objects(site)
    target = objects[model_name]
    before = snapshot(target)
    client.force_login(site.users["staff_a"])
    urls = snippet_urls_for(site, model_name, target, revisions[model_name])
    names = {u.name.split(":")[1] for u in urls}
    assert {"edit", "delete", "history"} <= names, names
    with_pk = [u for u in urls if str(target.pk) in u.path]
    assert len(with_pk) >= 5, [u.path for u in urls]
    failures = []
    for url in with_pk:
        for method in ("get", "post"):
            response = getattr(client, method)(url.path)
            if response.status_code not in (403, 404, 405):
                failures.append((method.upper(), url.name, url.path, response.status_code))
    assert not failures, failures
    assert snapshot(target) == before
    assert type(target).objects.filter(pk=target.pk).exists()


@pytest.mark.parametrize("model_name", SCOPED_MODELS)
def test_hub_staff_listings_and_choosers_hide_other_hubs(site, client, model_name):
    objects, _revisions = b_objects(site)
    target = objects[model_name]
    client.force_login(site.users["staff_a"])
    base = f"/admin/snippets/directory/{model_name}/"
    own = client.get(base)
    assert own.status_code == 200
    assert f"/{target.pk}/" not in own.content.decode()
    assert client.get(base, {"hub": site.hub_b.pk}).status_code == 403
    assert client.get(base, {"hub": "not-a-number"}).status_code in (400, 403, 404)
    chooser = f"/admin/snippets/choose/directory/{model_name}/"
    for path in (chooser, chooser + "results/"):
        response = client.get(path, {"q": str(target)[:20]})
        assert response.status_code == 200, path
        assert str(target.pk) not in response.content.decode(), path
    multiple = client.get(chooser + "chosen-multiple/", {"id": str(target.pk)})
    assert multiple.status_code in (200, 403, 404)
    if multiple.status_code == 200:
        assert str(target.pk) not in multiple.content.decode()


@pytest.mark.parametrize("model_name", ("service", "schedule", "location"))
def test_hub_staff_cannot_bulk_delete_other_hubs_records(site, client, model_name):
    objects, _revisions = b_objects(site)
    target = objects[model_name]
    client.force_login(site.users["staff_a"])
    path = f"/admin/bulk/directory/{model_name}/delete/?" + urlencode(
        {"id": target.pk, "next": "/admin/"}
    )
    shown = client.get(path)
    assert shown.status_code in (200, 302, 403, 404)
    if shown.status_code == 200:
        page = shown.content.decode()
        assert str(target) not in page or "have permission to delete" in page
        assert 'type="submit"' not in page.split("<main", 1)[-1] or str(target) not in page
    client.post(path)
    assert type(target).objects.filter(pk=target.pk).exists()


def form_data(html, form_selector="form[method=post]"):
    """What a browser without JavaScript would post from the admin edit form."""
    page = BeautifulSoup(html, "html.parser")
    forms = [f for f in page.select(form_selector) if f.find(["input", "textarea", "select"])]
    form = max(forms, key=lambda f: len(f.find_all(["input", "textarea", "select"])))
    data = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "textarea":
            add(name, element.text)
        elif element.name == "select":
            chosen = element.find_all("option", selected=True)
            if chosen:
                for option in chosen:
                    add(name, option.get("value", option.text))
            elif not element.has_attr("multiple"):
                first = element.find("option")
                if first is not None:
                    add(name, first.get("value", first.text))
        else:
            kind = (element.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    add(name, element.get("value", "on"))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                add(name, element.get("value", ""))
    return data


def _edit(client, path, changes):
    data = form_data(client.get(path).content.decode())
    data.update({k: [v] if not isinstance(v, list) else v for k, v in changes.items()})
    return client.post(path, data)


def test_hub_staff_cannot_move_own_records_into_another_hub(site, client):
    service = Service.objects.filter(hub=site.hub_a).order_by("pk").first()
    location = Location.objects.filter(hub=site.hub_a).order_by("pk").first()
    b_location = Location.objects.filter(hub=site.hub_b).order_by("pk").first()
    client.force_login(site.users["staff_a"])
    service_path = f"/admin/snippets/directory/service/edit/{service.pk}/"
    location_path = f"/admin/snippets/directory/location/edit/{location.pk}/"

    # The control: the form as parsed here saves (so the refusals below are real refusals).
    saved = _edit(client, service_path, {"alert_en": "Room 2 this week"})
    assert saved.status_code == 302, saved.status_code
    assert Service.objects.get(pk=service.pk).alert_en == "Room 2 this week"

    moved = _edit(client, service_path, {"hub": str(site.hub_b.pk)})
    assert moved.status_code in (200, 403)
    assert Service.objects.get(pk=service.pk).hub_id == site.hub_a.pk
    moved = _edit(client, location_path, {"hub": str(site.hub_b.pk)})
    assert moved.status_code in (200, 403)
    assert Location.objects.get(pk=location.pk).hub_id == site.hub_a.pk

    # Nor can they list their service at another hub's place.
    data = form_data(client.get(service_path).content.decode())
    total = int(data["service_at_locations-TOTAL_FORMS"][0])
    prefix = f"service_at_locations-{total}-"
    data.update(
        {
            "service_at_locations-TOTAL_FORMS": [str(total + 1)],
            prefix + "location": [str(b_location.pk)],
            prefix + "id": [""],
            prefix + "ORDER": [str(total + 1)],
            prefix + "DELETE": [""],
        }
    )
    client.post(service_path, data)
    assert not ServiceAtLocation.objects.filter(service=service, location=b_location).exists()

    # Nor add a record to hub B.
    count = Service.objects.filter(hub=site.hub_b).count()
    add_path = "/admin/snippets/directory/service/add/"
    data = form_data(client.get(add_path).content.decode())
    data.update(
        {
            "hub": [str(site.hub_b.pk)],
            "name_en": ["Smuggled service"],
            "description_en": ["Should not exist"],
        }
    )
    client.post(add_path, data)
    assert Service.objects.filter(hub=site.hub_b).count() == count
    assert not Service.objects.filter(name_en="Smuggled service").exists()


def test_hub_staff_cannot_rename_their_own_hub(site, client):
    client.force_login(site.users["staff_a"])
    path = f"/admin/snippets/directory/hub/edit/{site.hub_a.pk}/"
    response = _edit(client, path, {"name_en": "Renamed by staff", "slug": "renamed"})
    assert response.status_code in (200, 302, 403)
    hub = Hub.objects.get(pk=site.hub_a.pk)
    assert hub.name_en != "Renamed by staff" and hub.slug != "renamed"


# --- translators ------------------------------------------------------------------


def _stage_page():
    from content.models import StagePage

    return StagePage.objects.live().order_by("pk").first()


def test_translators_cannot_publish(site, client):
    from wagtail.models import Page

    stage = _stage_page()
    live_title = stage.title_en
    path = f"/admin/pages/{stage.pk}/edit/"

    client.force_login(site.users["translator"])
    response = _edit(client, path, {"title_pl": "Tłumaczenie", "action-publish": "action-publish"})
    assert response.status_code in (200, 302, 403)
    stage.refresh_from_db()
    assert stage.title_en == live_title
    assert not stage.title_pl == "Tłumaczenie", "a translator's change went live"
    # The translator's edit may be kept as a draft, never published.
    latest = stage.get_latest_revision()
    assert latest is None or latest.pk == stage.live_revision_id or stage.has_unpublished_changes

    # Nor can they unpublish a page.
    client.post(f"/admin/pages/{stage.pk}/unpublish/")
    assert Page.objects.get(pk=stage.pk).live

    # A page the comms team took offline stays offline, whichever way a translator asks.
    draft = _stage_page()
    draft.get_children().unpublish()
    draft.unpublish()
    draft_path = f"/admin/pages/{draft.pk}/edit/"
    response = _edit(client, draft_path, {"action-publish": "action-publish"})
    assert response.status_code in (200, 302, 403)
    assert not Page.objects.get(pk=draft.pk).live
    bulk = "/admin/bulk/wagtailcore/page/publish/?" + urlencode({"id": draft.pk, "next": "/admin/"})
    client.post(bulk)
    client.post(bulk, {"include_descendants": "on"})
    assert not Page.objects.get(pk=draft.pk).live
    revision = Page.objects.get(pk=draft.pk).get_latest_revision()
    client.post(f"/admin/pages/{draft.pk}/revisions/{revision.pk}/revert/")
    assert not Page.objects.get(pk=draft.pk).live

    # The control: a comms editor's identical post publishes.
    client.force_login(site.users["editor"])
    response = _edit(client, path, {"title_pl": "Tłumaczenie", "action-publish": "action-publish"})
    assert response.status_code == 302, response.status_code
    stage.refresh_from_db()
    assert stage.title_pl == "Tłumaczenie"


# --- the ORUK API and public pages: only published, active services ---------------


@pytest.fixture
def hidden_services(site):
    """A draft and an inactive service at hub A, both at a listed place."""
    place = Location.objects.filter(hub=site.hub_a).order_by("pk").first()
    hidden = []
    for name, fields in (
        ("Draft hidden service", {"published": False}),
        ("Inactive hidden service", {"status": "inactive"}),
        ("Defunct hidden service", {"status": "defunct"}),
    ):
        service = Service.objects.create(
            hub=site.hub_a, name_en=name, description_en="Not for parents yet.", **fields
        )
        link = ServiceAtLocation.objects.create(service=service, location=place)
        hidden.append((service, link))
    return hidden


def _all_pages(client, path, **params):
    items, page = [], 1
    while True:
        body = client.get(path, {**params, "page": page, "per_page": 100}).json()
        items += body["contents"]
        if body["last_page"] or not body["contents"]:
            return items
        page += 1


def test_oruk_shows_only_published_active_services(site, client, hidden_services):
    listed_ids = {item["id"] for item in _all_pages(client, "/api/oruk/services")}
    assert len(listed_ids) >= 30
    links = _all_pages(client, "/api/oruk/service_at_locations")
    link_ids = {item["id"] for item in links}
    link_services = {item.get("service_id") or item.get("service", {}).get("id") for item in links}
    for service, link in hidden_services:
        assert str(service.pk) not in listed_ids
        assert client.get(f"/api/oruk/services/{service.pk}").status_code == 404
        assert str(link.pk) not in link_ids
        assert str(service.pk) not in link_services
        assert client.get(f"/api/oruk/service_at_locations/{link.pk}").status_code == 404
        for search in ("hidden service", service.name_en):
            body = client.get("/api/oruk/services", {"search": search}).json()
            assert str(service.pk) not in {i["id"] for i in body["contents"]}
        body = client.get("/api/oruk/service_at_locations", {"postcode": "LE4 6ZZ"}).json()
        assert str(link.pk) not in {i["id"] for i in body["contents"]}
        # ... and the parents' pages agree.
        assert client.get(f"/en/directory/services/{service.pk}/").status_code == 404
        results = client.get("/en/directory/results/", {"postcode": "LE4"}).content.decode()
        assert service.name_en not in results
        hub_page = client.get(f"/en/directory/hubs/{site.hub_a.slug}/").content.decode()
        assert service.name_en not in hub_page


def test_oruk_every_listed_service_is_published_and_active(site, client):
    for item in _all_pages(client, "/api/oruk/services"):
        service = Service.objects.get(pk=item["id"])
        assert service.published and service.status == "active", service


def test_session_calendar_of_a_hidden_service_is_not_served(site, client, hidden_services):
    import datetime

    service, _link = hidden_services[0]
    place = service.service_at_locations.first().location
    schedule = Schedule.objects.create(
        service=service,
        location=place,
        freq="WEEKLY",
        byday="MO,TU,WE,TH,FR,SA,SU",
        valid_from=datetime.date.today(),
        opens_at=datetime.time(10),
        closes_at=datetime.time(11),
    )
    day = datetime.date.today().isoformat()
    assert client.get(f"/en/directory/sessions/{schedule.pk}/{day}.ics").status_code == 404


# --- nothing of a subscription is reachable by id ------------------------------------


def test_no_public_url_takes_a_subscription_or_user_id(site):
    """Outside the admin, no URL pattern routes an id to the reminders app or to users."""
    public, _unresolved = concrete_urls(("",), {})
    offenders = []
    for url in public:
        path = url.path.lstrip("/")
        if path.startswith(("admin/", "django-admin/")):
            continue
        module = getattr(url.callback, "__module__", "") or ""
        has_params = bool(re.search(r"<[^>]+>|\(\?P<", url.pattern))
        if has_params and module.startswith(("reminders", "django.contrib.auth", "wagtail.users")):
            offenders.append(url.pattern)
    assert not offenders, offenders
    push = [u for u in public if u.path.startswith("/push/")]
    assert push and all(not re.search(r"<|\(\?P<", u.pattern) for u in push)


def test_push_endpoints_reveal_nothing_without_the_token(site, client):
    subscription = site.subscriptions[0]
    for path in ("/push/status/", "/push/update/", "/push/test/", "/push/delete/"):
        response = client.get(path, {"token": "x", "id": subscription.pk})
        assert response.status_code == 405
        for body in (
            {},
            {"id": subscription.pk},
            {"subscription_id": subscription.pk},
            {"endpoint": subscription.endpoint},
            {"token": subscription.token_digest[:43]},
        ):
            response = client.post(path, body, content_type="application/json")
            assert response.status_code in (400, 410, 429), (path, body, response.status_code)
            text = response.content.decode()
            assert not any(secret in text for secret in site.secrets), (path, text)
    assert type(subscription).objects.filter(pk=subscription.pk).exists()

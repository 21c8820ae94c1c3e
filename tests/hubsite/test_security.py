"""Security headers on public pages and throttled staff sign-in."""

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_public_page_headers(client, guide_tree):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "default-src 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "geolocation=(self)" in response["Permissions-Policy"]


def test_admin_keeps_its_own_csp_and_can_frame_previews(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_admin_login_is_throttled_after_repeated_failures(client):
    User.objects.create_user("staff", password="the-right-password-123", is_staff=True)
    statuses = [
        client.post("/admin/login/", {"username": "staff", "password": "wrong"}).status_code
        for _ in range(3)
    ]
    assert statuses == [200, 200, 429]  # the form with an error twice, then locked out
    locked = client.post(
        "/admin/login/", {"username": "staff", "password": "the-right-password-123"}
    )
    assert locked.status_code == 429
    assert not locked.wsgi_request.user.is_authenticated


def test_robots_and_favicon(client):
    assert client.get("/robots.txt").content.startswith(b"User-agent: *")
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 200 and favicon["Content-Type"] == "image/x-icon"

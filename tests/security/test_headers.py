"""Security headers and settings: CSP with nonces on every public page type, production
settings that pass `check --deploy`, HSTS and secure cookies, Permissions-Policy."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.test import override_settings

from .pages import NONCE_IN_CSP, csp_directives, public_pages, soup

ROOT = Path(__file__).resolve().parents[2]
EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def production_env(**extra):
    """The environment a production deployment would have (a throwaway key, a real host name)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "DATABASE_URL", "DEBUG"))
    }
    from reminders.vapid import new_key_pair

    public, private = new_key_pair()
    env.update(
        DJANGO_SETTINGS_MODULE="hubsite.settings.production",
        VAPID_PUBLIC_KEY=public,
        VAPID_PRIVATE_KEY=private,
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="families.example.org",
        CSRF_TRUSTED_ORIGINS="https://families.example.org",
        CACHE_URL="redis://cache.internal:6379/1",  # not contacted by the checks
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def test_production_settings_pass_check_deploy_without_warnings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output, output


def test_check_deploy_warns_of_a_cache_each_worker_keeps_to_itself():
    """With the in-process default, a cancellation saved by one gunicorn worker would not
    clear the pages the other workers keep."""
    env = production_env()
    del env["CACHE_URL"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "hubsite.W001" in output and "CACHE_URL" in output, output


def test_production_refuses_to_start_without_a_real_secret_key():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=production_env(SECRET_KEY="django-insecure-short"),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_static_files_collect_with_hashed_names(tmp_path, settings):
    """The deploy step's post-processing (hashed names, references rewritten): it fails on
    a reference to a missing file, such as a source map that is not shipped. Production's
    WhiteNoise storage does the same and then compresses; compressing is left out here."""
    from django.core.management import call_command

    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    assert "vendor/leaflet/leaflet.js" in manifest["paths"]
    assert "js/directory.js" in manifest["paths"] or "js/site.js" in manifest["paths"]


def production_security_settings():
    """The security settings as production computes them (in a process of their own)."""
    names = [
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_PROXY_SSL_HEADER",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
        "X_FRAME_OPTIONS",
        "DEBUG",
    ]
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    if values["SECURE_PROXY_SSL_HEADER"]:
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture(scope="module")
def production_values():
    return production_security_settings()


def test_production_turns_on_https_hardening(production_values):
    values = production_values
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True


def test_hsts_and_secure_cookies_on_the_wire(site, client, production_values):
    """With production's values, an https response carries HSTS and cookies are Secure."""
    values = {k: v for k, v in production_values.items() if k != "DEBUG"}
    values["SECURE_SSL_REDIRECT"] = True
    with override_settings(**values):
        plain = client.get("/robots.txt")
        assert plain.status_code == 301 and plain["Location"].startswith("https://")
        response = client.get("/en/reminders/", secure=True)
        assert response.status_code == 200
        hsts = response["Strict-Transport-Security"]
        assert re.search(r"max-age=(\d+)", hsts).group(1) == str(values["SECURE_HSTS_SECONDS"])
        assert "includeSubDomains" in hsts
        csrf = response.cookies["csrftoken"]
        assert csrf["secure"] is True
        login = client.post(
            "/admin/login/",
            {
                "username": site.users["editor"].username,
                "password": "a-long-and-unguessable-test-password",
            },
            secure=True,
        )
        assert login.status_code == 302, login.status_code
        session = login.cookies["sessionid"]
        assert session["secure"] is True and session["httponly"] is True
        assert session["samesite"].lower() in ("lax", "strict")


def check_public_page(client, url):
    """Every header and inline element rule for one public page; returns its CSP directives."""
    response = client.get(url)
    assert response.status_code in (200, 404), (url, response.status_code)
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header, header
    directives = csp_directives(header)
    for name in (
        "default-src",
        "script-src",
        "style-src",
        "object-src",
        "base-uri",
        "frame-ancestors",
    ):
        assert name in directives, (url, name)
    assert directives["object-src"] == ["'none'"]
    assert "*" not in header.split() and "data:" not in directives["script-src"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] in (
        "same-origin",
        "no-referrer",
        "strict-origin-when-cross-origin",
    )
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Permissions-Policy"]
    assert "geolocation=(self)" in policy, policy
    assert "camera=()" in policy and "microphone=()" in policy

    nonces = set(NONCE_IN_CSP.findall(header))
    assert len(nonces) <= 1
    nonce = next(iter(nonces), None)
    if nonce:
        # The same nonce for scripts and styles, and only in the directives that use it.
        assert f"'nonce-{nonce}'" in directives["script-src"]
    html = soup(response)
    for script in html.find_all("script"):
        kind = (script.get("type") or "").lower()
        if script.get("src"):
            src = script["src"]
            assert src.startswith("/") and not src.startswith("//"), (url, src)
            continue
        if kind not in EXECUTABLE_SCRIPT_TYPES:
            # A data block (json_script): never executed; it must still be escaped JSON.
            assert "<" not in script.string, (url, script.string[:200])
            json.loads(script.string)
            continue
        assert nonce is not None and script.get("nonce") == nonce, (url, str(script)[:200])
    for style in html.find_all("style"):
        assert nonce is not None and style.get("nonce") == nonce, (url, str(style)[:200])
    for link in html.find_all("link", rel="stylesheet"):
        assert link["href"].startswith("/") and not link["href"].startswith("//"), link["href"]
    for element in html.find_all(True):
        handlers = [name for name in element.attrs if name.lower().startswith("on")]
        assert not handlers, (url, element.name, handlers)
        assert "style" not in element.attrs, (url, str(element)[:200])  # blocked by style-src
        for name in ("href", "src", "action", "formaction"):
            value = str(element.get(name, "")).strip().lower()
            assert not value.startswith("javascript:"), (url, str(element)[:200])
    return response, directives


def test_csp_and_headers_on_every_public_page_type(site, client):
    checked = []
    for label, url in public_pages():
        check_public_page(client, url)
        checked.append(label)
    assert len(checked) >= 20


def test_cached_pages_get_a_fresh_nonce_every_time(site, client):
    """A page kept in the page cache is served to many people: one that needs a nonce (a
    map) must get a new one on every answer, in its header and its body alike."""
    from django.core.cache import cache

    from hubsite.cache import NONCE_PLACEHOLDER, page_cache_key

    cached, with_nonce = [], []
    for label, url in public_pages():
        first, _ = check_public_page(client, url)
        if first.status_code != 200 or cache.get(page_cache_key(first.wsgi_request)) is None:
            continue  # not a cacheable page
        cached.append(label)
        # Every header and inline-element rule holds for the copy from the cache too.
        second, _ = check_public_page(client, url)
        assert NONCE_PLACEHOLDER not in second.content, label
        nonces = [NONCE_IN_CSP.search(r["Content-Security-Policy"]) for r in (first, second)]
        if nonces[0] is None:
            assert nonces[1] is None, label
            assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
            continue
        with_nonce.append(label)
        assert nonces[0].group(1) != nonces[1].group(1), label
        assert nonces[0].group(1).encode() not in second.content, label
    assert len(cached) >= 8, cached  # home, guides index, stage, guides, directory pages
    assert {"service with map", "directory results with map"} <= set(with_nonce), with_nonce


def test_nonce_is_fresh_for_every_response(site, client):
    url = "/en/directory/results/?postcode=LE1"
    seen = {
        NONCE_IN_CSP.search(client.get(url)["Content-Security-Policy"]).group(1) for _ in range(3)
    }
    assert len(seen) == 3
    assert all(len(nonce) >= 16 for nonce in seen)


def test_map_page_works_under_the_csp(site, client):
    """The folium map: Leaflet from our own static files, inline parts nonced, no eval."""
    response, directives = check_public_page(client, "/en/directory/results/?postcode=LE1")
    html = soup(response)
    nonce = NONCE_IN_CSP.search(response["Content-Security-Policy"]).group(1)
    map_divs = html.select("div.map")
    assert map_divs, "the results page should show a map"
    sources = [s["src"] for s in html.find_all("script", src=True)]
    leaflet = [s for s in sources if "leaflet" in s]
    assert leaflet, sources
    assert finders.find("vendor/leaflet/leaflet.js") and finders.find("vendor/leaflet/leaflet.css")
    styles = [link["href"] for link in html.find_all("link", rel="stylesheet")]
    assert any("leaflet" in href for href in styles), styles
    inline = [s for s in html.find_all("script") if not s.get("src") and s.get("nonce") == nonce]
    map_script = "\n".join(s.string or "" for s in inline)
    assert "L.map(" in map_script and "L.marker(" in map_script
    # Inline code runs only with the nonce, and eval is not allowed by the policy.
    assert not re.search(r"\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['\"]", map_script)
    # The map's script must come after Leaflet itself.
    body = response.content.decode()
    assert body.index(leaflet[-1]) < body.index("L.map(")
    # Images (markers, and tiles if configured) are allowed by img-src.
    assert "'self'" in directives["img-src"]
    leaflet_js = Path(finders.find("vendor/leaflet/leaflet.js")).read_text(errors="replace")
    assert not re.search(r"\beval\s*\(|new Function\s*\(", leaflet_js)


def test_admin_policy_is_only_on_admin_paths(site, client):
    client.force_login(site.users["editor"])
    admin = client.get("/admin/")
    assert admin.status_code == 200
    assert "'unsafe-inline'" in admin["Content-Security-Policy"]
    public = client.get("/en/guides/")
    assert "'unsafe-inline'" not in public["Content-Security-Policy"]


@pytest.mark.parametrize(
    "password",
    ["password", "12345678901234", "zq7private-ed", "short1!A", "iloveyou123"],
)
def test_staff_passwords_are_validated(site, password):
    with pytest.raises(ValidationError):
        validate_password(password, user=site.users["editor"])


def test_a_good_staff_password_is_accepted(site):
    validate_password("correct horse battery staple 42", user=site.users["editor"])

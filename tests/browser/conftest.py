"""Browser checks: the site as a parent meets it, in Debian's Chromium driven by Playwright.

One production-like copy of the site (gunicorn, DEBUG off, hashed and compressed static
files, a fresh SQLite database with the demo content) serves the whole session. Without
Chromium (or Playwright, Node's axe-core/vnu-jar, Java) these tests are skipped, unless
the environment variable CI is set: then they fail.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

from .pages import catalogue
from .site_server import ROOT, LiveSite

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARTEFACTS = ROOT / "tests" / "artefacts"


def missing(what):
    """Skip when a tool is absent on a developer's machine; fail in CI."""
    message = f"{what} is not installed (scripts/browser-deps installs it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def chromium_path():
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="package", autouse=True)
def chromium():
    path = chromium_path()
    if not path:
        missing("Chromium")
    return path


@pytest.fixture(scope="package")
def site(chromium):
    live = LiveSite(
        workdir=os.environ.get("HUBSITE_BROWSER_SITE_DIR") or None,
        log=lambda message: print(f"[browser site] {message}"),
    )
    try:
        live.build().start()
        yield live
    finally:
        log = live.server_log()
        live.cleanup()
        if "Traceback" in log:
            print("server log:\n" + log[-8000:])


@pytest.fixture(scope="package")
def pages(site):
    return catalogue(site)


@pytest.fixture(scope="package")
def playwright_instance():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="package")
def browser(playwright_instance, chromium):
    browser = playwright_instance.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
    yield browser
    browser.close()


@pytest.fixture
def new_context(browser, site):
    """Make browser contexts (a phone by default); all are closed after the test."""
    made = []

    def make(**options):
        settings = {**PHONE, "base_url": site.url, **options}
        context = browser.new_context(**settings)
        context.set_default_timeout(15_000)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


@pytest.fixture
def persistent_context(playwright_instance, chromium, site, tmp_path):
    """Make a phone browser with a real (non-incognito) profile, for what Chromium refuses in
    incognito: installing the site, and routing taps on notifications."""
    made = []

    def make(env=None):
        context = playwright_instance.chromium.launch_persistent_context(
            str(tmp_path / f"profile{len(made)}"),
            executable_path=chromium,
            args=CHROMIUM_FLAGS,
            env=env,
            base_url=site.url,
            **PHONE,
        )
        context.set_default_timeout(15_000)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="package")
def axe_source():
    if not AXE_JS.exists():
        missing("axe-core (npm ci)")
    return AXE_JS.read_text()


@pytest.fixture(scope="package")
def vnu_command():
    java = shutil.which("java")
    if not java:
        missing("Java")
    if not VNU_JAR.exists():
        missing("vnu-jar (npm ci)")
    return [java, "-jar", str(VNU_JAR)]


@pytest.fixture(scope="package")
def survey(browser, site, pages, axe_source):
    """Each page type in each language, visited once and recorded (see survey.py)."""
    from .survey import Survey

    survey = Survey(browser, site, pages, axe_source, PHONE)
    yield survey
    survey.close()


@pytest.fixture(scope="package")
def artefacts():
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    return ARTEFACTS


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def dump(value):
    return json.dumps(value, indent=1, ensure_ascii=False)

"""Every interface string is translated in every language, and the compiled catalogs are current."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
LOCALE = ROOT / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]
SOURCES = ["manage.py", "hubsite", "content", "directory", "search", "reminders"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")


def po(lang):
    return polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))


@pytest.fixture(scope="module")
def extracted_msgids(tmp_path_factory):
    """Run makemessages on a copy of the sources: the msgids the code uses today."""
    if shutil.which("xgettext") is None:
        if os.environ.get("CI"):
            pytest.fail("xgettext (Debian package gettext) is needed to check the catalogs")
        pytest.skip("xgettext is not installed")
    work = tmp_path_factory.mktemp("catalog")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, work / name, ignore=shutil.ignore_patterns("__pycache__", "static")
            )
        else:
            shutil.copy(source, work / name)
    (work / "locale" / "en").mkdir(parents=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hubsite.settings.test", "PYTHONPATH": str(work)}
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-location", "--no-obsolete"],
        cwd=work,
        env=env,
        check=True,
        capture_output=True,
    )
    catalog = polib.pofile(str(work / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    return {(entry.msgctxt, entry.msgid) for entry in catalog}


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_catalog_has_every_string(extracted_msgids, lang):
    present = {(e.msgctxt, e.msgid) for e in po(lang) if not e.obsolete}
    missing = sorted(m for _c, m in extracted_msgids - present)
    assert missing == [], f"{lang}: run makemessages and translate: {missing[:10]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_is_translated(lang):
    catalog = po(lang)
    untranslated = [e.msgid for e in catalog.untranslated_entries() if not e.obsolete]
    fuzzy = [e.msgid for e in catalog.fuzzy_entries()]
    assert untranslated == [], f"{lang}: untranslated {untranslated[:10]}"
    assert fuzzy == [], f"{lang}: fuzzy {fuzzy[:10]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_their_placeholders(lang):
    for entry in po(lang).translated_entries():
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        strings = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for text in strings:
            assert sorted(PLACEHOLDER.findall(text)) == wanted or (
                entry.msgid_plural and len(strings) > 1
            ), f"{lang}: {entry.msgid!r} -> {text!r}"


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_compiled_catalog_is_up_to_date(lang):
    source = {
        (e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural))
        for e in po(lang).translated_entries()
    }
    compiled_path = LOCALE / lang / "LC_MESSAGES" / "django.mo"
    assert compiled_path.exists(), f"{lang}: run compilemessages"
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural))
        for e in polib.mofile(str(compiled_path))
        if e.msgid
    }
    assert compiled == source, f"{lang}: django.mo is older than django.po: run compilemessages"

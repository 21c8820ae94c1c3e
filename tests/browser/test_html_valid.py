"""The Nu HTML checker (vnu.jar) finds no errors in any page type, in English and Urdu.

The HTML is what the server sent to the browser (before any script ran), checked in one
run of the checker for all pages.
"""

import json
import subprocess

import pytest

from .pages import LANGUAGES, PAGE_TYPES, STATUS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def vnu_report(survey, pages, vnu_command, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    files = {}
    for key, lang in pages:
        record = survey(key, lang)
        assert record["status"] == STATUS[key], f"{record['path']}: HTTP {record['status']}"
        file = folder / f"{key}-{lang}.html"
        file.write_bytes(record["html"])
        files[(key, lang)] = file
    result = subprocess.run(
        [*vnu_command, "--errors-only", "--format", "json", *map(str, files.values())],
        capture_output=True,
        text=True,
        timeout=180,
    )
    # vnu writes its JSON report to stderr; exit status 1 means it found errors.
    assert result.returncode in (0, 1), result.stderr[-2000:]
    messages = json.loads(result.stderr or result.stdout)["messages"]
    by_file = {key: [] for key in files}
    names = {file.name: key for key, file in files.items()}
    for message in messages:
        key = names.get(message.get("url", "").rsplit("/", 1)[-1])
        assert key is not None or message.get("type") != "error", message
        if key is not None:
            by_file[key].append(message)
    return by_file, pages


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", [page.key for page in PAGE_TYPES])
def test_valid_html(vnu_report, key, lang):
    by_file, pages = vnu_report
    errors = [
        f"line {m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()[:120]}]"
        for m in by_file[(key, lang)]
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    assert errors == [], f"{pages[(key, lang)]}:\n" + "\n".join(errors)

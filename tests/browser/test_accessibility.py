"""axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds nothing on any page type, in
English and Urdu, on a phone; and no page logs an error (a Content-Security-Policy
violation, a script error or a missing file is one)."""

import pytest

from .conftest import dump
from .pages import LANGUAGES, PAGE_TYPES, STATUS

pytestmark = pytest.mark.browser

KEYS = [page.key for page in PAGE_TYPES]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", KEYS)
def test_no_axe_violations(survey, key, lang):
    record = survey(key, lang)
    assert record["status"] == STATUS[key], record["path"]
    assert record["axe"] == [], f"{record['path']}:\n{dump(record['axe'])}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", KEYS)
def test_no_console_errors(survey, key, lang):
    record = survey(key, lang)
    assert record["errors"] == [], f"{record['path']}: {record['errors']}"

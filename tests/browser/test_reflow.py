"""Nothing scrolls sideways at 320 CSS pixels (WCAG 1.4.10 reflow) or on a 390-pixel phone
zoomed to 200% (195 CSS pixels), on every page type in English and Urdu: the document is
no wider than the screen and no element sticks out of it."""

import pytest

from .pages import LANGUAGES, PAGE_TYPES
from .survey import WIDTHS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", [page.key for page in PAGE_TYPES])
def test_no_horizontal_scrolling(survey, key, lang, width):
    record = survey(key, lang)
    result = record["overflow"][width]
    assert result["scrollWidth"] <= result["clientWidth"], f"{record['path']} at {width}: {result}"
    assert result["wide"] == [], f"{record['path']} at {width}: parts outside the screen: {result}"

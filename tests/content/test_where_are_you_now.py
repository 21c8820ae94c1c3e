"""'Where are you now?': stage, guides and the date checks at their boundaries."""

import datetime

import pytest
from bs4 import BeautifulSoup
from dateutil.relativedelta import relativedelta

from content.lifestage import BIRTH_DATE, DUE_DATE, LifeStage, LifeStageForm

TODAY = datetime.date(2026, 11, 23)


def form_for(kind, date):
    value = date.isoformat() if isinstance(date, datetime.date) else date
    return LifeStageForm({"kind": kind, "date": value}, today=TODAY)


@pytest.mark.parametrize(
    "kind,date,valid",
    [
        (DUE_DATE, TODAY + datetime.timedelta(weeks=42), True),
        (DUE_DATE, TODAY + datetime.timedelta(weeks=42, days=1), False),
        (DUE_DATE, TODAY, True),
        (DUE_DATE, TODAY - datetime.timedelta(weeks=6), True),
        (DUE_DATE, TODAY - datetime.timedelta(weeks=6, days=1), False),
        (BIRTH_DATE, TODAY, True),
        (BIRTH_DATE, TODAY + datetime.timedelta(days=1), False),
        (BIRTH_DATE, TODAY - relativedelta(years=5), True),
        (BIRTH_DATE, TODAY - relativedelta(years=5, days=1), False),
        (BIRTH_DATE, "2026-02-30", False),
        (BIRTH_DATE, "yesterday", False),
        (BIRTH_DATE, "", False),
        ("twins", "2026-01-01", False),
    ],
)
def test_date_boundaries(kind, date, valid):
    form = form_for(kind, date)
    assert form.is_valid() is valid, form.errors


def test_uk_date_format_is_accepted():
    form = form_for(BIRTH_DATE, "01/10/2026")
    assert form.is_valid()
    assert form.cleaned_data["date"] == datetime.date(2026, 10, 1)


def test_leap_day_birth_date():
    form = LifeStageForm({"kind": BIRTH_DATE, "date": "2024-02-29"}, today=TODAY)
    assert form.is_valid()
    assert form.life_stage().weeks == (TODAY - datetime.date(2024, 2, 29)).days // 7


@pytest.mark.parametrize(
    "kind,date,weeks,stage",
    [
        (DUE_DATE, TODAY + datetime.timedelta(weeks=12), -12, "pregnancy"),
        (DUE_DATE, TODAY + datetime.timedelta(days=3), -1, "pregnancy"),
        (DUE_DATE, TODAY - datetime.timedelta(days=3), 0, "pregnancy"),
        (BIRTH_DATE, TODAY, 0, "first-weeks"),
        (BIRTH_DATE, TODAY - datetime.timedelta(weeks=7, days=6), 7, "first-weeks"),
        (BIRTH_DATE, TODAY - datetime.timedelta(weeks=8), 8, "talking-and-play"),
    ],
)
def test_life_stage(kind, date, weeks, stage):
    life = LifeStage(kind, date, TODAY)
    assert life.weeks == weeks
    assert life.stage == stage


def test_weeks_pregnant_from_due_date():
    assert LifeStage(DUE_DATE, TODAY + datetime.timedelta(weeks=12), TODAY).weeks_pregnant == 28


@pytest.mark.django_db
def test_page_lists_the_guides_that_apply_now(client, guide_tree):
    due = datetime.date.today() + datetime.timedelta(weeks=8)
    response = client.get(f"/en/where-are-you-now/?kind=due&date={due.isoformat()}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    now = [a.get_text() for a in soup.select("#now-guides + ul a")]
    upcoming = [a.get_text() for a in soup.select("#next-guides + ul a")]
    assert now == ["Your antenatal contact"]
    assert set(upcoming) == {"Breastfeeding support", "Safe sleep for your baby"}
    assert "32 weeks pregnant" in soup.main.get_text()
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "pl", "ur"])
def test_impossible_date_gets_a_message_and_keeps_the_input(client, guide_tree, lang):
    future = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    response = client.get(f"/{lang}/where-are-you-now/?kind=birth&date={future}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.select_one(".error-summary")
    assert summary is not None and summary.get_text(strip=True)
    assert soup.select_one('input[name="date"]')["value"] == future
    assert soup.select_one('input[name="kind"][value="birth"]').has_attr("checked")


@pytest.mark.django_db
def test_malformed_input_never_breaks_the_page(client, guide_tree):
    for query in ["date=%00%ff", "kind=<script>&date=<script>", "date=" + "9" * 5000, "kind=due"]:
        response = client.get(f"/en/where-are-you-now/?{query}")
        assert response.status_code == 200
        assert b"<script>" not in response.content.split(b"</head>")[1].replace(
            b'<script src="', b""
        )

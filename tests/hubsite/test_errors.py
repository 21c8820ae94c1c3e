"""Error pages: in the parent's language, and a 503 while the database cannot be reached."""

import pytest
from django.db import OperationalError, connection
from django.test import Client


@pytest.fixture
def database_gone(guide_tree):
    """Every page request fails in the database with an OperationalError, the error a
    restarting PostgreSQL gives. On PostgreSQL the test's own connection is terminated by
    the server (what a restart does to every connection); on SQLite the sites table is
    renamed inside the test's transaction (rolled back afterwards)."""
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute("ALTER TABLE wagtailcore_site RENAME TO wagtailcore_site_gone")
            return
        with pytest.raises(OperationalError, match="terminating connection"):
            cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")


@pytest.mark.parametrize(
    ("lang", "direction", "heading"),
    [
        ("en", "ltr", "Sorry, the site is not working just now"),
        ("pl", "ltr", "Przepraszamy, strona chwilowo nie działa"),
        ("ur", "rtl", "معذرت، ویب سائٹ اس وقت کام نہیں کر رہی"),
    ],
)
def test_a_database_failure_is_a_503_page_in_the_parents_language(
    database_gone, lang, direction, heading
):
    response = Client(raise_request_exception=False).get(f"/{lang}/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert 'href="tel:999"' in html and f'href="/{lang}/"' in html

"""Cleaning what parents type, words, and escaped highlighting."""

from search.query import SearchQuery, age_bands_for
from search.text import MAX_QUERY_LENGTH, clean_query, snippet, tokens


def test_control_and_bidi_characters_are_removed():
    text, cut = clean_query("bre\x00ast\x1bfeed\u202eing\t help\r\n")
    assert text == "bre ast feeding help"  # controls become spaces, bidi overrides vanish
    assert not cut


def test_zero_width_joiners_inside_words_are_kept():
    word = "می\u200cخواهم"
    assert clean_query(word)[0] == word


def test_long_input_is_cut_at_a_word_boundary():
    text, cut = clean_query("feeding " * 2000)
    assert cut
    assert len(text) <= MAX_QUERY_LENGTH
    assert text.endswith("feeding")


def test_search_query_cleans_and_clamps():
    query = SearchQuery(
        text="x" * 10_000,
        lang="xx",
        page=-4,
        per_page=10_000,
        filters={"age": "bogus", "free": "1", "nope": 1},
    )
    assert len(query.text) == MAX_QUERY_LENGTH and query.truncated
    assert query.lang == "en"
    assert query.page == 1 and query.per_page == 50
    assert query.filters == {"free": True}


def test_tokens_keep_words_of_every_script_whole():
    assert tokens("Karmienie piersią! دودھ پلانے ਪੰਜਾਬੀ ગુજરાતી বাংলা") == [
        "karmienie",
        "piersią",
        "دودھ",
        "پلانے",
        "ਪੰਜਾਬੀ",
        "ગુજરાતી",
        "বাংলা",
    ]


def test_query_syntax_is_just_words():
    assert tokens('title:* OR 1=1 "unclosed \\ <script>') == [
        "title",
        "or",
        "1",
        "1",
        "unclosed",
        "script",
    ]


def test_snippet_escapes_before_marking():
    html = snippet(
        "Use <b>breastfeeding</b> & <script>alert(1)</script> support", ["breastfeeding", "script"]
    )
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;<mark>breastfeeding</mark>&lt;/b&gt;" in html
    assert "&amp;" in html


def test_snippet_marks_words_without_diacritics_and_in_other_scripts():
    assert "<mark>piersią</mark>" in snippet("Karmienie piersią od początku", ["piersia"])
    assert "<mark>دودھ</mark>" in snippet("ماں کا دودھ پلانا", ["دودھ"])


def test_age_bands_overlap_ranges():
    assert age_bands_for(-12, -4) == ["pregnancy"]
    assert age_bands_for(0, 52) == ["0-1", "1-2"]
    assert age_bands_for(16, 130) == ["0-1", "1-2", "2-5"]
    assert age_bands_for(None, None) == ["pregnancy", "0-1", "1-2", "2-5"]

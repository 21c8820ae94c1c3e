"""Typo tolerance for the database backend: correct words against the index's vocabulary.

A word that is not in the vocabulary is replaced by the closest word that is
("brestfeeding" -> "breastfeeding"). On PostgreSQL with pg_trgm the candidates
come from a trigram index; elsewhere from words of similar length starting with
the same letter. Either way difflib's ratio decides, so both databases agree.
"""

import difflib
from collections import Counter
from functools import lru_cache

from django.db import connection

from .models import SearchTerm
from .text import tokens

MIN_WORD = 4  # shorter words are too ambiguous to correct
MIN_RATIO = 0.8
MAX_TERM_LENGTH = 40


def vocabulary_words(text):
    """Words worth keeping in the vocabulary (no numbers, no very long strings)."""
    return {t for t in tokens(text) if 2 <= len(t) <= MAX_TERM_LENGTH and not t.isdigit()}


def document_words(doc):
    words = set()
    for fields in doc["texts"].values():
        for value in fields.values():
            words |= vocabulary_words(value)
    words |= vocabulary_words(doc.get("keywords", ""))
    return words


def add_terms(words):
    """Add words to the vocabulary (incremental updates; a rebuild recounts frequencies)."""
    if words:
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=w, length=len(w), frequency=1) for w in sorted(words)],
            ignore_conflicts=True,
            batch_size=500,
        )


def replace_vocabulary(counter: Counter):
    SearchTerm.objects.all().delete()
    SearchTerm.objects.bulk_create(
        [SearchTerm(term=w, length=len(w), frequency=n) for w, n in counter.items()],
        batch_size=1000,
    )


@lru_cache(maxsize=4)
def _has_trigram(alias_key):
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        return cursor.fetchone() is not None


def has_trigram():
    return _has_trigram(connection.settings_dict.get("NAME"))


def _candidates(word):
    if has_trigram():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, frequency FROM search_searchterm WHERE term %% %s "
                "ORDER BY similarity(term, %s) DESC, frequency DESC LIMIT 8",
                [word, word],
            )
            return cursor.fetchall()
    first = word[0]
    return list(
        SearchTerm.objects.filter(
            length__gte=len(word) - 2,
            length__lte=len(word) + 2,
            term__gte=first,
            term__lt=chr(ord(first) + 1),
        ).values_list("term", "frequency")
    )


def best_match(word, candidates):
    best, best_key = None, (MIN_RATIO, 0)
    for term, frequency in candidates:
        if term == word:
            continue
        ratio = difflib.SequenceMatcher(None, word, term).ratio()
        key = (round(ratio, 3), frequency)
        if key > best_key:
            best, best_key = term, key
    return best


def known_words(words):
    return set(SearchTerm.objects.filter(term__in=list(words)).values_list("term", flat=True))


def corrections(words):
    """{word: correction} for words missing from the vocabulary; `known` is returned too.

    Returns (corrections, known) where `known` is the set of words the index has.
    """
    known = known_words(words)
    fixes = {}
    for word in words:
        if word in known or len(word) < MIN_WORD or word.isdigit() or len(word) > MAX_TERM_LENGTH:
            continue
        match = best_match(word, _candidates(word))
        if match:
            fixes[word] = match
    return fixes, known


def corrected_text(text, fixes):
    """The parent's text with corrected words swapped in, or None when nothing changed."""
    if not fixes:
        return None
    out = []
    for word in text.split():
        low = word.casefold()
        stripped = "".join(tokens(word))
        out.append(fixes.get(low) or fixes.get(stripped) or word)
    result = " ".join(out)
    return result if result.casefold() != text.casefold() else None

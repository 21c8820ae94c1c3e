"""Text handling shared by both backends: cleaning what parents type, words, snippets.

Tokens are runs of letters, digits and combining marks, the same rule SQLite's
unicode61 tokenizer and Elasticsearch's standard tokenizer follow closely
enough for highlighting and spelling suggestions. Combining marks matter: Urdu,
Gujarati, Punjabi and Bengali words contain them, and splitting at them would
break words apart.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_QUERY_LENGTH = 200
SNIPPET_LENGTH = 180

# Bidirectional overrides and isolates can reorder what a parent sees; they are
# never needed in a search box. Zero-width (non-)joiners are kept: Urdu and
# Indic scripts use them inside words.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def _separator_class():
    """A regex character class of every separator: punctuation, symbols, spaces, controls."""
    ranges = []
    start = prev = None
    # Planes 0-2 hold every script the site serves; rarer planes count as word characters.
    for code in range(0x30000):
        if 0xD800 <= code <= 0xDFFF:
            is_sep = True
        else:
            category = unicodedata.category(chr(code))
            is_sep = category[0] in "PSZC" and category not in ("Cf", "Co")
        if is_sep:
            if start is None:
                start = code
            prev = code
        elif start is not None:
            ranges.append((start, prev))
            start = None
    if start is not None:
        ranges.append((start, prev))
    parts = []
    for lo, hi in ranges:
        if 0xD800 <= lo <= 0xDFFF and 0xD800 <= hi <= 0xDFFF:
            continue
        parts.append(
            re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        )
    return "[" + "".join(parts) + "]"


_SEPARATOR = _separator_class()
TOKEN_RE = re.compile(f"(?:(?!{_SEPARATOR}).)+", re.DOTALL)
# Zero-width joiners are "Cf" and so part of words, but a token of nothing else is no word.
_ONLY_FORMAT = re.compile("^[\u200b-\u200f\u2060\ufeff]+$")


def clean_query(text, max_length=MAX_QUERY_LENGTH):
    """What a parent typed, made safe to search for: (cleaned text, whether it was cut).

    Control characters and bidi overrides are removed, whitespace collapsed,
    the text normalised (NFC) and cut to `max_length` characters at a word
    boundary where there is one.
    """
    if not text:
        return "", False
    text = unicodedata.normalize("NFC", str(text))
    chars = []
    for ch in text:
        if ch in _BIDI_CONTROLS:
            continue
        if unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029":
            chars.append(" ")
        else:
            chars.append(ch)
    text = " ".join("".join(chars).split())
    if len(text) <= max_length:
        return text, False
    cut = text[:max_length]
    if " " in cut[max_length // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.strip(), True


def tokens(text):
    """Words of `text`, lower-cased (casefold), in order, duplicates kept."""
    return [t.casefold() for t in TOKEN_RE.findall(text or "") if not _ONLY_FORMAT.match(t)]


def unique_tokens(text, limit=32):
    """Distinct words of `text` in order of first appearance, at most `limit` of them."""
    seen = []
    for token in tokens(text):
        if token not in seen:
            seen.append(token)
            if len(seen) == limit:
                break
    return seen


def fold(word):
    """Lower case without Latin diacritics: "Piersią" -> "piersia". Other scripts unchanged."""
    out = []
    for ch in unicodedata.normalize("NFKD", word.casefold()):
        if unicodedata.combining(ch) and out and out[-1] < "\u0250":
            continue
        out.append(ch)
    folded = "".join(out).replace("ł", "l")
    return unicodedata.normalize("NFC", folded)


def _stem_key(word):
    """A crude, language-blind stem for highlighting only: the first part of the word."""
    folded = fold(word)
    if len(folded) <= 4:
        return folded
    return folded[: max(4, len(folded) - 3)]


def _matches(word, keys):
    folded = fold(word)
    own = _stem_key(folded)
    return any(folded.startswith(key) or (len(own) >= 4 and key.startswith(own)) for key in keys)


def highlight_words(text, query_words):
    """`text` escaped, with words that match a query word wrapped in <mark>."""
    if not text:
        return SafeString("")
    keys = {_stem_key(w) for w in query_words if len(w) >= 2}
    if not keys:
        return SafeString(escape(text))
    pieces = []
    last = 0
    for match in TOKEN_RE.finditer(text):
        word = match.group(0)
        if _matches(word, keys):
            pieces.append(escape(text[last : match.start()]))
            pieces.append(f"<mark>{escape(word)}</mark>")
            last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # every piece of text above is escaped


def snippet(text, query_words, length=SNIPPET_LENGTH):
    """A window of `text` around its first matching word, escaped and highlighted."""
    text = " ".join((text or "").split())
    if not text:
        return SafeString("")
    keys = {_stem_key(w) for w in query_words if len(w) >= 2}
    start = 0
    if keys:
        for match in TOKEN_RE.finditer(text):
            if _matches(match.group(0), keys):
                start = match.start()
                break
    if len(text) <= length:
        window, prefix, suffix = text, "", ""
    else:
        begin = max(0, min(start - length // 3, len(text) - length))
        if begin > 0:
            space = text.find(" ", begin)
            begin = space + 1 if 0 <= space < start else begin
        end = begin + length
        if end < len(text):
            space = text.rfind(" ", begin, end)
            end = space if space > start else end
        window = text[begin:end]
        prefix = "… " if begin > 0 else ""
        suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + highlight_words(window, query_words) + suffix)  # escaped inside


def first_sentence_or_cut(text, length=SNIPPET_LENGTH):
    """Plain text shortened for display where nothing matched (it is escaped by the template)."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    cut = text[:length]
    return (cut[: cut.rfind(" ")] if " " in cut else cut) + " …"

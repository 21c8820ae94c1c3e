"""The embedded backend: search in the site's own database, no search server needed.

SQLite uses FTS5 (bm25 ranking), PostgreSQL its full-text search (ts_rank) with
a per-language configuration where PostgreSQL has one. Filters, facets and
distances are plain SQL over the search_* tables on both.

Matching: every word must match (the word, its spelling correction, or for the
last word anything it starts), except words the index does not know at all;
when that finds nothing, any word may match and ranking sorts it out.
"""

import json
import logging
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import Count, Max
from django.db.models.expressions import RawSQL

from .. import spelling
from ..documents import split_key
from ..geo import bounding_box, great_circle_miles, nearest_place
from ..models import SearchEntry, SearchFacet, SearchLocation, SearchTerm, SearchText
from ..query import (
    FACETS_BY_NAME,
    GUIDE,
    SERVICE,
    Hit,
    RawResults,
    ResultGroup,
    facets_for,
    months_to_weeks,
)
from ..text import first_sentence_or_cut, snippet

logger = logging.getLogger(__name__)

# PostgreSQL text search configurations worth using per site language, when installed.
PG_CONFIGS = {"en": "english", "ar": "arabic", "ro": "romanian"}
BATCH = 500


@lru_cache(maxsize=4)
def _installed_pg_configs(db_name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


def pg_config(lang):
    """The text search configuration for `lang` ("simple" when PostgreSQL has none)."""
    if connection.vendor != "postgresql":
        return "simple"
    wanted = PG_CONFIGS.get(lang, "simple")
    installed = _installed_pg_configs(connection.settings_dict.get("NAME"))
    return wanted if wanted in installed else "simple"


@dataclass
class Match:
    """A text condition: the SQL selecting matching search_searchtext rows, with its params."""

    where: str
    params: list
    rank: str  # SQL expression, bigger is better
    rank_params: list
    words: list  # words to highlight (the parent's and their corrections)


def _fts5_string(word):
    return '"' + word.replace('"', '""') + '"'


class SqliteText:
    # CROSS JOIN makes SQLite run the MATCH once, as the outer loop (never once per row).
    table_join = "search_fts CROSS JOIN search_searchtext t ON t.id = search_fts.rowid"

    def condition(self, groups, any_word, langs):
        parts = []
        for alternatives, prefix in groups:
            options = [_fts5_string(w) for w in alternatives]
            if prefix:
                options.append(_fts5_string(prefix) + "*")
            parts.append("(" + " OR ".join(options) + ")")
        expression = (" OR " if any_word else " AND ").join(parts)
        placeholders = ", ".join(["%s"] * len(langs))
        return Match(
            where=f"search_fts MATCH %s AND t.lang IN ({placeholders})",
            params=[expression, *langs],
            rank="-bm25(search_fts, 10.0, 4.0, 1.0, 2.5)",
            rank_params=[],
            words=[],
        )


class PostgresText:
    table_join = "search_searchtext t"

    def _tsquery(self, config, groups, any_word):
        sql_parts, params = [], []
        for alternatives, prefix in groups:
            options = []
            for word in alternatives:
                options.append("plainto_tsquery(%s::regconfig, %s)")
                params.extend([config, word])
            if prefix:
                options.append("to_tsquery(%s::regconfig, quote_literal(%s) || ':*')")
                params.extend([config, prefix])
            sql_parts.append("(" + " || ".join(options) + ")")
        joiner = " || " if any_word else " && "
        return "(" + joiner.join(sql_parts) + ")", params

    def condition(self, groups, any_word, langs):
        where, params, rank_cases, rank_params = [], [], [], []
        for lang in langs:
            tsquery, tsparams = self._tsquery(pg_config(lang), groups, any_word)
            where.append(f"(t.lang = %s AND t.document @@ {tsquery})")
            params.extend([lang, *tsparams])
            rank_cases.append(f"WHEN t.lang = %s THEN ts_rank(t.document, {tsquery})")
            rank_params.extend([lang, *tsparams])
        return Match(
            where="(" + " OR ".join(where) + ")",
            params=params,
            rank="CASE " + " ".join(rank_cases) + " ELSE 0 END",
            rank_params=rank_params,
            words=[],
        )


class LikeText:
    """For databases without a full-text engine here (MySQL...): simple, slow, correct."""

    table_join = "search_searchtext t"

    def condition(self, groups, any_word, langs):
        parts, params = [], []
        for alternatives, prefix in groups:
            options = []
            for word in [*alternatives, *([prefix] if prefix else [])]:
                pattern = (
                    "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                )
                for column in ("title", "summary", "body", "keywords"):
                    options.append(f"LOWER(t.{column}) LIKE %s")
                    params.append(pattern)
            parts.append("(" + " OR ".join(options) + ")")
        placeholders = ", ".join(["%s"] * len(langs))
        joiner = " OR " if any_word else " AND "
        return Match(
            where=f"({joiner.join(parts)}) AND t.lang IN ({placeholders})",
            params=[*params, *langs],
            rank="1",
            rank_params=[],
            words=[],
        )


def text_engine():
    if connection.vendor == "sqlite":
        return SqliteText()
    if connection.vendor == "postgresql":
        return PostgresText()
    return LikeText()


def id_set(ids):
    """A set of entry ids as one SQL parameter: Django would otherwise process thousands."""
    ids = [int(pk) for pk in ids]
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    return ids


_whole_kind_cache = {}


def index_version():
    """Changes whenever an entry is added, updated or removed (indexed_at is indexed)."""
    found = SearchEntry.objects.aggregate(n=Count("pk"), last=Max("indexed_at"))
    return (connection.settings_dict.get("NAME"), found["n"], found["last"])


def whole_kind_facets(kind, names):
    """Facet counts over every entry of a kind: what browsing without a search shows.

    The same for every parent until the index changes, and the costliest count
    (every facet row of every service), so it is kept per process and checked
    against the index version on each use.
    """
    version = index_version()
    key = (kind, tuple(names))
    cached = _whole_kind_cache.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    counts = {}
    with connection.cursor() as cursor:
        placeholders = ", ".join(["%s"] * len(names))
        cursor.execute(
            "SELECT f.facet, f.value, COUNT(*) FROM search_searchfacet f"
            " JOIN search_searchentry e ON e.id = f.entry_id"
            f" WHERE e.kind = %s AND f.facet IN ({placeholders}) GROUP BY f.facet, f.value",
            [kind, *names],
        )
        for facet, value, n in cursor.fetchall():
            counts.setdefault(facet, {})[value] = n
    _whole_kind_cache[key] = (version, counts)
    return counts


class DatabaseBackend:
    name = "database"

    # --- Searching --------------------------------------------------------------

    def search(self, query):
        match = self._match(query) if query.text else None
        near = self._near(query) if query.place is not None and query.wants(SERVICE) else None
        groups = {}
        counts = {}
        for kind in (GUIDE, SERVICE):
            group = ResultGroup(kind=kind, page=query.page, per_page=query.per_page)
            if query.wants(kind) and not (match is not None and not match.scores):
                entries = self._entries(kind, query, match, near)
                start, stop = query.offset, query.offset + query.per_page
                if kind == SERVICE and near is not None:
                    ordered = self._nearest_first(entries, near, match)
                    group.total, ids = len(ordered), ordered[start:stop]
                elif match is not None:
                    ordered = self._ranked(entries, match)
                    group.total, ids = len(ordered), ordered[start:stop]
                else:
                    group.total = entries.count()
                    ids = self._page_ids(kind, entries, start, stop) if group.total else []
                group.hits = self._hits(ids, query, match) if ids else []
                if group.total or query.filters_for(kind):
                    self._count_facets(kind, query, match, near, counts)
            groups[kind] = group
        suggestion = getattr(match, "suggestion", None) if match is not None else None
        return RawResults(
            guides=groups[GUIDE],
            services=groups[SERVICE],
            facet_counts=counts,
            suggestion=suggestion,
        )

    def _match(self, query):
        """The text condition for the query's words, with spelling corrections, and the
        score of every matching entry ({entry id: score}, computed once per search)."""
        words = query.words
        match = Match(where=None, params=[], rank="0", rank_params=[], words=list(words))
        match.scores = {}
        if not words:
            return match
        fixes, known = spelling.corrections(words)
        groups = []
        for position, word in enumerate(words):
            is_last = position == len(words) - 1
            prefix = word if is_last and len(word) >= 4 else None
            alternatives = [word] + ([fixes[word]] if word in fixes else [])
            if word not in known and word not in fixes and not prefix and len(words) > 1:
                continue  # the index has no such word: requiring it would find nothing
            groups.append((alternatives, prefix))
        if not groups:
            groups = [([w], None) for w in words]
        engine = text_engine()
        match = engine.condition(groups, any_word=False, langs=query.languages)
        match.engine = engine
        match.scores = self._scores(match)
        if not match.scores and len(groups) > 1:
            match = engine.condition(groups, any_word=True, langs=query.languages)
            match.engine = engine
            match.scores = self._scores(match)
        match.words = list(words) + list(fixes.values())
        match.suggestion = spelling.corrected_text(query.text, fixes)
        return match

    def _scores(self, match):
        """{entry id: best score over its languages} for every entry the text matches."""
        # MATERIALIZED: SQLite may only call bm25() in the query that does the MATCH.
        sql = (
            "WITH m AS MATERIALIZED ("
            f"  SELECT t.entry_id AS entry_id, {match.rank} AS score"
            f"  FROM {match.engine.table_join} WHERE {match.where}"
            ") SELECT entry_id, MAX(score) FROM m GROUP BY entry_id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*match.rank_params, *match.params])
            return dict(cursor.fetchall())

    def _entries(self, kind, query, match, near, excluding=None):
        """Entries of `kind` matching the text, the filters (but `excluding`) and the place."""
        entries = SearchEntry.objects.filter(kind=kind)
        if match is not None:
            entries = entries.filter(pk__in=id_set(match.scores))
        if near is not None and kind == SERVICE:
            entries = entries.filter(pk__in=id_set(near))
        for name, value in query.filters_for(kind, excluding=excluding).items():
            if name == "age_months":
                weeks = months_to_weeks(value)
                entries = entries.filter(age_from_weeks__lte=weeks, age_to_weeks__gte=weeks)
                continue
            wanted = "true" if FACETS_BY_NAME[name].boolean else value
            # An uncorrelated IN over the (facet, value, entry) index: one index range, not a
            # probe per entry.
            entries = entries.filter(
                pk__in=SearchFacet.objects.filter(facet=name, value=wanted).values("entry_id")
            )
        return entries

    def _near(self, query):
        """{entry id: miles to its nearest place} within the radius: a bounding box on the
        indexed coordinates first, then the great-circle distance of what is inside it."""
        lat, lon = query.place
        box = bounding_box(lat, lon, query.radius_miles)
        rows = SearchLocation.objects.filter(
            latitude__gte=box.min_lat,
            latitude__lte=box.max_lat,
            longitude__gte=box.min_lon,
            longitude__lte=box.max_lon,
        ).values_list("entry_id", "latitude", "longitude")
        near = {}
        for entry_id, place_lat, place_lon in rows:
            miles = great_circle_miles(lat, lon, place_lat, place_lon)
            if miles <= query.radius_miles and miles < near.get(entry_id, math.inf):
                near[entry_id] = miles
        return near

    def _page_ids(self, kind, entries, start, stop):
        order = ("age_from_weeks", "title", "pk") if kind == GUIDE else ("title", "pk")
        return list(entries.order_by(*order).values_list("pk", flat=True)[start:stop])

    def _nearest_first(self, entries, near, match):
        """Every filtered entry id, nearest first (then best text match, then id)."""
        ids = list(entries.values_list("pk", flat=True))
        scores = match.scores if match is not None else {}
        ids.sort(key=lambda pk: (round(near[pk], 2), -scores.get(pk, 0), pk))
        return ids

    def _ranked(self, entries, match):
        """Every filtered entry id, best score first (ties by id, so pages are stable)."""
        ids = list(entries.values_list("pk", flat=True))
        ids.sort(key=lambda pk: (-match.scores[pk], pk))
        return ids

    def _count_facets(self, kind, query, match, near, counts):
        names = [spec.name for spec in facets_for(kind)]
        if match is None and (near is None or kind != SERVICE) and not query.filters_for(kind):
            for facet, values in whole_kind_facets(kind, names).items():
                bucket = counts.setdefault(facet, {})
                for value, n in values.items():
                    bucket[value] = bucket.get(value, 0) + n
            return
        active = [n for n in names if n in query.filters]
        passive = [n for n in names if n not in query.filters]
        plans = [(passive, None)] + [([name], name) for name in active]
        for facet_names, excluding in plans:
            if not facet_names:
                continue
            entries = self._entries(kind, query, match, near, excluding=excluding)
            for facet, value, n in self._facet_rows(entries, facet_names):
                bucket = counts.setdefault(facet, {})
                bucket[value] = bucket.get(value, 0) + n

    def _facet_rows(self, entries, facet_names):
        """(facet, value, count) for the entries: starting from the entries, then their facet rows
        by index, so a narrow search touches few rows (SQLite needs CROSS JOIN to keep that order)."""
        entry_sql, entry_params = entries.values("pk").query.sql_with_params()
        join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
        placeholders = ", ".join(["%s"] * len(facet_names))
        sql = (
            f"SELECT f.facet, f.value, COUNT(*) FROM ({entry_sql}) e"
            f" {join} search_searchfacet f ON f.entry_id = e.pk"
            f" WHERE f.facet IN ({placeholders}) GROUP BY f.facet, f.value"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*entry_params, *facet_names])
            return cursor.fetchall()

    def _hits(self, ids, query, match):
        entries = SearchEntry.objects.in_bulk(ids)
        texts = {}
        for text in SearchText.objects.filter(entry_id__in=ids, lang__in=query.languages):
            texts.setdefault(text.entry_id, {})[text.lang] = text
        words = match.words if match is not None else []
        hits = []
        for entry_id in ids:
            entry = entries.get(entry_id)
            if entry is None:
                continue
            own = texts.get(entry_id, {})
            text = own.get(query.lang) or own.get("en")
            if text is None:
                continue
            hits.append(self._hit(entry, text, query, words))
        return hits

    def _hit(self, entry, text, query, words):
        if words:
            source = text.summary
            if not _mentions(text.summary, words) and _mentions(text.body, words):
                source = text.body
            shown = snippet(source, words)
        else:
            shown = first_sentence_or_cut(text.summary)
        hit = Hit(
            kind=entry.kind,
            id=entry.object_id,
            title=text.title,
            url=entry.urls.get(query.lang) or entry.urls.get("en", ""),
            snippet=shown,
            lang=text.lang,
            meta=entry.meta,
        )
        places = entry.meta.get("places") or []
        hit.place, hit.distance_miles = nearest_place(places, query.place)
        return hit

    # --- Suggestions ------------------------------------------------------------

    def suggest(self, prefix, lang, limit=8):
        langs = [lang] if lang == "en" else [lang, "en"]
        rows = []
        seen = set()
        base = SearchText.objects.filter(lang__in=langs).select_related("entry")
        for lookup in ("title__istartswith", "title__icontains"):
            if len(rows) >= limit:
                break
            for text in base.filter(**{lookup: prefix}).order_by("title")[: limit * 2]:
                if text.title.casefold() in seen:
                    continue
                seen.add(text.title.casefold())
                urls = text.entry.urls
                rows.append(
                    {
                        "text": text.title,
                        "url": urls.get(lang) or urls.get("en", ""),
                        "kind": text.entry.kind,
                    }
                )
                if len(rows) >= limit:
                    break
        return rows

    # --- Writing ----------------------------------------------------------------

    def store(self, docs):
        """Add or update documents; unchanged ones (same fingerprint) are left alone."""
        docs = list(docs)
        if not docs:
            return 0
        changed = 0
        words = set()
        with transaction.atomic():
            for doc in docs:
                entry = SearchEntry.objects.filter(kind=doc["kind"], object_id=doc["id"]).first()
                if entry is not None and entry.fingerprint == doc["fingerprint"]:
                    continue
                if entry is not None:
                    entry.delete()
                self._create_entries([doc])
                words |= spelling.document_words(doc)
                changed += 1
            spelling.add_terms(words - spelling.known_words(words))
        return changed

    def remove(self, keys):
        removed = 0
        with transaction.atomic():
            for key in keys:
                kind, object_id = split_key(key)
                removed += (
                    SearchEntry.objects.filter(kind=kind, object_id=object_id)
                    .delete()[1]
                    .get("search.SearchEntry", 0)
                )
        return removed

    def replace_all(self, docs):
        """Rebuild the whole index in one transaction: readers see the old one until it commits."""
        vocabulary = Counter()
        total = 0
        with transaction.atomic():
            SearchFacet.objects.all().delete()
            SearchLocation.objects.all().delete()
            SearchText.objects.all().delete()
            SearchEntry.objects.all().delete()
            batch = []
            for doc in docs:
                batch.append(doc)
                vocabulary.update(spelling.document_words(doc))
                if len(batch) >= BATCH:
                    total += self._create_entries(batch)
                    batch = []
            if batch:
                total += self._create_entries(batch)
            spelling.replace_vocabulary(vocabulary)
        return total

    def fingerprints(self):
        """{key: fingerprint} of everything in this index."""
        return {
            f"{kind}-{object_id}": fp
            for kind, object_id, fp in SearchEntry.objects.values_list(
                "kind", "object_id", "fingerprint"
            )
        }

    def count(self):
        return SearchEntry.objects.count()

    def _create_entries(self, docs):
        entries = SearchEntry.objects.bulk_create(
            [
                SearchEntry(
                    kind=doc["kind"],
                    object_id=doc["id"],
                    title=(doc["texts"].get("en") or {}).get("title", "")[:300],
                    urls=doc["urls"],
                    meta={**doc["meta"], "places": doc["places"]},
                    age_from_weeks=doc["age_from_weeks"],
                    age_to_weeks=doc["age_to_weeks"],
                    fingerprint=doc["fingerprint"],
                )
                for doc in docs
            ]
        )
        texts, facets, locations = [], [], []
        for entry, doc in zip(entries, docs, strict=True):
            for lang, fields in doc["texts"].items():
                texts.append(
                    SearchText(
                        entry=entry,
                        lang=lang,
                        title=fields.get("title", ""),
                        summary=fields.get("summary", ""),
                        body=fields.get("body", ""),
                        keywords=doc.get("keywords", "") if lang == "en" else "",
                        config=pg_config(lang),
                    )
                )
            for name, values in doc["facets"].items():
                for value in dict.fromkeys(values):
                    facets.append(SearchFacet(entry=entry, facet=name, value=str(value)[:80]))
            for position, place in enumerate(doc["places"]):
                if place.get("lat") is not None and place.get("lon") is not None:
                    locations.append(
                        SearchLocation(
                            entry=entry,
                            position=position,
                            latitude=place["lat"],
                            longitude=place["lon"],
                        )
                    )
        SearchText.objects.bulk_create(texts, batch_size=BATCH)
        SearchFacet.objects.bulk_create(facets, batch_size=BATCH)
        SearchLocation.objects.bulk_create(locations, batch_size=BATCH)
        return len(entries)


def _mentions(text, words):
    from ..text import _matches, _stem_key, tokens

    keys = {_stem_key(w) for w in words if len(w) >= 2}
    return any(_matches(t, keys) for t in tokens(text or "")[:2000])


__all__ = ["DatabaseBackend", "SearchTerm"]

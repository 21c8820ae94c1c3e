"""The Elasticsearch backend (elasticsearch.dsl on the 8.x client).

One index holds guides and services, reached through an alias
(`<prefix>-search`); each build is a new index named `<alias>-<timestamp>`.
A rebuild fills a new index and then moves the alias in one atomic call, so
searches always see a complete index.

Per-language text: `title.pl`, `summary.ur`, `body.en`... use the language's
analyzer when the cluster has it (checked with the _analyze API when an index
is created) and the standard analyzer otherwise: the test distribution has only
core modules, so there it is standard everywhere.

Every call from a page or a task uses the site client: request timeout at most
one second and no retries. Management commands use a longer timeout for their
own (bulk, create, delete) calls only.
"""

import logging
import time
from functools import lru_cache

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elasticsearch import BadRequestError, Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import (
    Completion,
    Document,
    GeoPoint,
    Keyword,
    MultiSearch,
    Object,
    Q,
    Search,
    Short,
    Text,
)

from ..documents import split_key
from ..geo import nearest_place
from ..query import (
    FACETS,
    GUIDE,
    SERVICE,
    Hit,
    RawResults,
    ResultGroup,
    facets_for,
    months_to_weeks,
)
from ..text import first_sentence_or_cut, snippet, unique_tokens

logger = logging.getLogger(__name__)

MAX_SITE_TIMEOUT = 1.0
ADMIN_TIMEOUT = 60.0
BULK_CHUNK = 500

# Analyzers worth trying per site language; the first one the cluster has wins.
LANGUAGE_ANALYZERS = {
    "en": ["english"],
    "pl": ["polish"],
    "ar": ["arabic"],
    "bn": ["bengali"],
    "ro": ["romanian"],
}
TEXT_FIELDS = ("title", "summary", "body")


def site_timeout():
    return min(
        float(getattr(settings, "ELASTICSEARCH_TIMEOUT", MAX_SITE_TIMEOUT)), MAX_SITE_TIMEOUT
    )


@lru_cache(maxsize=8)
def _client(url, timeout):
    return Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)


def get_client():
    """The client for site requests and tasks: a timeout of at most 1 s, no retries."""
    return _client(settings.ELASTICSEARCH_URL, site_timeout())


def admin_client():
    """For management commands only: the same node with a longer timeout."""
    return get_client().options(request_timeout=ADMIN_TIMEOUT)


def alias_name():
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-search"


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _per_language(copy_to=None, offsets=False):
    """A text field per site language (analyzers are set per cluster in index_body).

    `offsets` stores term offsets so the highlighter need not re-analyse long text.
    """
    options = {}
    if copy_to:
        options["copy_to"] = copy_to
    if offsets:
        options["index_options"] = "offsets"
    return Object(properties={lang: Text(analyzer="standard", **options) for lang in _languages()})


class SearchDocument(Document):
    """A guide or a service. Field names follow search.documents."""

    kind = Keyword()
    object_id = Keyword()
    sort_title = Keyword(ignore_above=256)
    title = _per_language(copy_to=["spell", "all_text"])
    summary = _per_language(copy_to=["spell", "all_text"], offsets=True)
    body = _per_language(copy_to=["all_text"], offsets=True)
    keywords = Text(analyzer="standard", copy_to=["all_text"])
    # Every word of every language, unstemmed: the typo-tolerant gate all words must pass.
    all_text = Text(analyzer="standard")
    spell = Text(analyzer="standard")  # titles and summaries, for "did you mean"
    facets = Object(properties={spec.name: Keyword() for spec in FACETS})
    age_from_weeks = Short()
    age_to_weeks = Short()
    locations = Object(properties={"point": GeoPoint(), "position": Short()})
    suggest = Completion(
        analyzer="standard",
        max_input_length=100,
        contexts=[{"name": "lang", "type": "category"}],
    )
    urls = Object(enabled=False)
    details = Object(enabled=False)
    fingerprint = Keyword(index=False)

    @classmethod
    def from_document(cls, doc):
        text = {field: {} for field in TEXT_FIELDS}
        for lang, fields in doc["texts"].items():
            for field in TEXT_FIELDS:
                if fields.get(field):
                    text[field][lang] = fields[field]
        return cls(
            meta={"id": doc["key"]},
            kind=doc["kind"],
            object_id=doc["id"],
            sort_title=(doc["texts"].get("en") or {}).get("title", "").casefold()[:256],
            title=text["title"],
            summary=text["summary"],
            body=text["body"],
            keywords=doc.get("keywords", ""),
            facets={name: values for name, values in doc["facets"].items() if values},
            age_from_weeks=doc["age_from_weeks"],
            age_to_weeks=doc["age_to_weeks"],
            locations=[
                {"point": {"lat": p["lat"], "lon": p["lon"]}, "position": i}
                for i, p in enumerate(doc["places"])
                if p.get("lat") is not None and p.get("lon") is not None
            ],
            suggest=[
                {"input": phrases, "contexts": {"lang": [lang]}}
                for lang, phrases in doc["suggest"].items()
                if phrases
            ],
            urls=doc["urls"],
            details={**doc["meta"], "places": doc["places"]},
            fingerprint=doc["fingerprint"],
        )


# --- Index lifecycle -------------------------------------------------------------


def detect_analyzers(client):
    """{lang: analyzer} for the languages whose analyzer this cluster has."""
    found = {}
    for lang in _languages():
        for name in LANGUAGE_ANALYZERS.get(lang, []):
            try:
                client.indices.analyze(analyzer=name, text="test")
            except BadRequestError:
                continue
            found[lang] = name
            break
    return found


def index_body(analyzers):
    """Settings and mappings for a new index, with the given per-language analyzers."""
    mapping = SearchDocument._doc_type.mapping.to_dict()
    for field in TEXT_FIELDS:
        for lang, props in mapping["properties"][field]["properties"].items():
            props["analyzer"] = analyzers.get(lang, "standard")
    return {
        "settings": {"number_of_shards": 1, "number_of_replicas": 0},
        "mappings": mapping,
    }


def create_index(client, analyzers=None):
    """A new, empty, versioned index (not yet behind the alias). Returns its name."""
    if analyzers is None:
        analyzers = detect_analyzers(client)
    name = f"{alias_name()}-{time.strftime('%Y%m%d%H%M%S')}-{time.time_ns() % 1_000_000:06d}"
    body = index_body(analyzers)
    client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])
    return name


def indices_behind_alias(client):
    try:
        return sorted(client.indices.get_alias(name=alias_name()).keys())
    except NotFoundError:
        return []


def ensure_index(client):
    """Create the first index and its alias when there is none (a fresh cluster)."""
    if indices_behind_alias(client):
        return False
    name = create_index(client)
    client.indices.update_aliases(actions=[{"add": {"index": name, "alias": alias_name()}}])
    return True


def swap_alias(client, new_index):
    """Point the alias at `new_index` in one atomic call; returns the indices it left."""
    old = [name for name in indices_behind_alias(client) if name != new_index]
    actions = [{"remove": {"index": name, "alias": alias_name()}} for name in old]
    actions.append({"add": {"index": new_index, "alias": alias_name()}})
    client.indices.update_aliases(actions=actions)
    return old


def _actions(docs, index):
    for doc in docs:
        action = SearchDocument.from_document(doc).to_dict(include_meta=True)
        action["_index"] = index
        yield action


def bulk_index(client, docs, index=None, require_alias=True):
    """Index documents in chunks; returns the number indexed."""
    target = index or alias_name()
    ok, errors = helpers.bulk(
        client,
        _actions(docs, target),
        chunk_size=BULK_CHUNK,
        raise_on_error=False,
        max_retries=0,
        **({"require_alias": True} if require_alias and index is None else {}),
    )
    if errors:
        logger.warning("search: %d documents were not indexed in Elasticsearch", len(errors))
        raise BulkIndexError(errors)
    return ok


class BulkIndexError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} documents failed")
        self.errors = errors


def rebuild(docs, grace_seconds=None):
    """Build a new index from `docs`, then swap the alias and delete the old index.

    The old index is deleted after `grace_seconds` (default: the site timeout),
    so searches that started just before the swap can finish on it.
    """
    client = admin_client()
    new_index = create_index(client)
    try:
        count = bulk_index(client, docs, index=new_index)
        client.indices.refresh(index=new_index)
    except Exception:
        client.options(ignore_status=404).indices.delete(index=new_index)
        raise
    warm_up(client, new_index)
    old = swap_alias(client, new_index)
    if old:
        time.sleep(site_timeout() if grace_seconds is None else grace_seconds)
        client.options(ignore_status=404).indices.delete(index=",".join(old))
    return new_index, count


def warm_up(client, index):
    """A few searches on a new index before parents reach it: the first queries on a
    fresh index (or node) are slow enough to hit the site's one-second timeout."""
    from ..query import SearchQuery

    backend = ElasticsearchBackend(client=client, index=index)
    for query in (
        SearchQuery(text="baby feeding"),
        SearchQuery(text="brestfeeding", lang="pl"),
        SearchQuery(text="", place=(52.6369, -1.1398), filters={"free": True}),
    ):
        backend.search(query)
    backend.suggest("bab", "en")


# --- The backend -----------------------------------------------------------------


def _fields(lang, names=TEXT_FIELDS, weights=None):
    weights = weights or {"title": 4, "summary": 2, "body": 1}
    fields = [f"{name}.{lang}^{weights[name]}" for name in names]
    if lang != "en":
        fields += [f"{name}.en^{weights[name] / 2:g}" for name in names]
    return fields


def text_query(text, lang):
    """Typo-tolerant matching without query syntax: the words are only ever match queries.

    Every word must pass a gate: most words found, each allowing a typo, in any
    field of any language (all_text), or all of them found exactly in the
    parent's language or English (where a language analyzer may stem). Ranking
    favours exact matches and titles; typo tolerance in ranking is limited to
    titles, because fuzzy matching over every field is what makes a query slow.
    """
    ranked = _fields(lang) + ["keywords^1.5"]
    titles = _fields(lang, ("title",))
    gate = Q(
        "bool",
        should=[
            Q(
                "match",
                all_text={
                    "query": text,
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                    "max_expansions": 30,
                    "minimum_should_match": "2<75%",
                },
            ),
            Q("multi_match", query=text, fields=ranked, operator="and"),
        ],
        minimum_should_match=1,
    )
    return Q(
        "bool",
        must=[gate],
        should=[
            Q("multi_match", query=text, fields=ranked, type="best_fields", boost=3),
            Q(
                "multi_match",
                query=text,
                fields=titles,
                type="best_fields",
                fuzziness="AUTO",
                prefix_length=1,
                max_expansions=10,
            ),
            Q("multi_match", query=text, fields=titles, type="phrase", boost=3),
        ],
    )


def _filter_clause(name, value):
    if name == "age_months":
        weeks = months_to_weeks(value)
        return Q("range", age_from_weeks={"lte": weeks}) & Q("range", age_to_weeks={"gte": weeks})
    wanted = "true" if value is True else value
    return Q("term", **{f"facets.{name}": wanted})


def _distance_filter(query):
    lat, lon = query.place
    return Q(
        "geo_distance",
        distance=f"{query.radius_miles}mi",
        **{"locations.point": {"lat": lat, "lon": lon}},
    )


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, client=None, index=None):
        self.client = client or get_client()
        self.index = index or alias_name()

    # --- Searching ----------------------------------------------------------------

    def _search_for(self, kind, query):
        s = Search(using=self.client, index=self.index)
        base = [Q("term", kind=kind)]
        if query.place is not None and kind == SERVICE:
            base.append(_distance_filter(query))
        if "age_months" in query.filters:
            base.append(_filter_clause("age_months", query.filters["age_months"]))
        if query.text:
            s = s.query(Q("bool", must=[text_query(query.text, query.lang)], filter=base))
        else:
            s = s.query(Q("bool", filter=base))

        facet_filters = {
            name: _filter_clause(name, value)
            for name, value in query.filters_for(kind).items()
            if name != "age_months"
        }
        if facet_filters:
            s = s.post_filter(Q("bool", filter=list(facet_filters.values())))
        for spec in facets_for(kind):
            others = [clause for name, clause in facet_filters.items() if name != spec.name]
            agg = s.aggs.bucket(f"f_{spec.name}", "filter", filter=Q("bool", filter=others))
            agg.bucket("values", "terms", field=f"facets.{spec.name}", size=50)

        if query.place is not None and kind == SERVICE:
            lat, lon = query.place
            s = s.sort(
                {
                    "_geo_distance": {
                        "locations.point": {"lat": lat, "lon": lon},
                        "order": "asc",
                        "unit": "mi",
                        "mode": "min",
                    }
                },
                "sort_title",
            )
        elif not query.text:
            s = s.sort(*(["age_from_weeks"] if kind == GUIDE else []), "sort_title")

        if query.text:
            shown = [f"summary.{lang}" for lang in query.languages] + [
                f"body.{lang}" for lang in query.languages
            ]
            s = s.highlight_options(
                encoder="html",
                pre_tags=["<mark>"],
                post_tags=["</mark>"],
                require_field_match=False,
                fragment_size=180,
                number_of_fragments=1,
                no_match_size=0,
                # The words as typed: cheap. Fuzzy highlighting costs more than the search
                # itself; misspelled words are marked in Python from "did you mean" instead.
                highlight_query=Q("multi_match", query=query.text, fields=shown).to_dict(),
            )
            s = s.highlight(*shown)
        s = s.source(excludes=["body", "all_text", "spell", "suggest", "keywords"])
        return s[query.offset : query.offset + query.per_page]

    def search(self, query):
        kinds = [kind for kind in (GUIDE, SERVICE) if query.wants(kind)]
        groups = {
            kind: ResultGroup(kind=kind, page=query.page, per_page=query.per_page)
            for kind in (GUIDE, SERVICE)
        }
        counts = {}
        suggestion = None
        if query.text and not query.words:
            return RawResults(groups[GUIDE], groups[SERVICE], counts, None)
        multi = MultiSearch(using=self.client, index=self.index)
        for kind in kinds:
            multi = multi.add(self._search_for(kind, query))
        if query.text:
            spell = Search(using=self.client, index=self.index).extra(size=0)
            spell = spell.suggest(
                "spell",
                query.text,
                term={"field": "spell", "suggest_mode": "missing", "min_word_length": 4},
            )
            multi = multi.add(spell)
        responses = multi.execute()
        if query.text:
            suggestion = self._did_you_mean(query.text, responses[-1])
        corrected = unique_tokens(suggestion) if suggestion else []
        for kind, response in zip(kinds, responses, strict=False):
            group = groups[kind]
            group.total = response.hits.total.value
            group.hits = [self._hit(hit, query, corrected) for hit in response.hits]
            for spec in facets_for(kind):
                agg = getattr(response.aggregations, f"f_{spec.name}")
                bucket = counts.setdefault(spec.name, {})
                for b in agg["values"].buckets:
                    bucket[b.key] = bucket.get(b.key, 0) + b.doc_count
        return RawResults(groups[GUIDE], groups[SERVICE], counts, suggestion)

    def _did_you_mean(self, text, response):
        suggest = getattr(response, "suggest", None)
        if not suggest:
            return None
        fixed = text
        shift = 0
        changed = False
        for entry in suggest.spell:
            if not entry.options:
                continue
            best = entry.options[0].text
            start = entry.offset + shift
            fixed = fixed[:start] + best + fixed[start + entry.length :]
            shift += len(best) - entry.length
            changed = True
        return fixed if changed and fixed.casefold() != text.casefold() else None

    def _hit(self, hit, query, corrected=()):
        source = hit.to_dict()
        titles = source.get("title", {})
        summaries = source.get("summary", {})
        lang = query.lang if titles.get(query.lang) else "en"
        highlight = hit.meta.highlight.to_dict() if "highlight" in hit.meta else {}
        shown = None
        for field in (f"summary.{lang}", f"body.{lang}", "summary.en", "body.en"):
            if highlight.get(field):
                # encoder "html": Elasticsearch escaped the text and added only our <mark> tags.
                shown = mark_safe(highlight[field][0])
                break
        summary = summaries.get(lang) or summaries.get("en", "")
        if shown is None and corrected:
            shown = snippet(summary, [*query.words, *corrected])  # escaped, then marked
        if shown is None or not shown:
            shown = escape(first_sentence_or_cut(summary))
        details = source.get("details", {})
        urls = source.get("urls", {})
        result = Hit(
            kind=source["kind"],
            id=source["object_id"],
            title=titles.get(lang) or titles.get("en", ""),
            url=urls.get(query.lang) or urls.get("en", ""),
            snippet=shown,
            lang=lang,
            score=hit.meta.score,
            meta=details,
        )
        result.place, result.distance_miles = nearest_place(
            details.get("places") or [], query.place
        )
        return result

    # --- Suggestions --------------------------------------------------------------

    def suggest(self, prefix, lang, limit=8):
        langs = [lang] if lang == "en" else [lang, "en"]
        s = Search(using=self.client, index=self.index).source(["urls", "kind", "title"])
        s = s.suggest(
            "titles",
            prefix,
            completion={
                "field": "suggest",
                "size": limit * 2,
                "skip_duplicates": True,
                "fuzzy": {"fuzziness": "AUTO", "min_length": 4},
                "contexts": {"lang": langs},
            },
        )
        response = s.execute()
        rows, seen = [], set()
        for entry in response.suggest.titles:
            for option in entry.options:
                source = option._source.to_dict()
                titles = source.get("title", {})
                # The matched input may be the end of a title: show the whole title.
                text = titles.get(lang) or titles.get("en") or option.text
                if text.casefold() in seen:
                    continue
                seen.add(text.casefold())
                urls = source.get("urls", {})
                rows.append(
                    {
                        "text": text,
                        "url": urls.get(lang) or urls.get("en", ""),
                        "kind": source.get("kind", ""),
                    }
                )
        return rows[:limit]

    # --- Writing ------------------------------------------------------------------

    def store(self, docs):
        docs = list(docs)
        if not docs:
            return 0
        try:
            return bulk_index(self.client, docs)
        except BulkIndexError as error:
            if not _alias_missing(error.errors):
                raise
        ensure_index(admin_client())
        return bulk_index(self.client, docs)

    def remove(self, keys):
        actions = [{"_op_type": "delete", "_index": alias_name(), "_id": key} for key in keys]
        if not actions:
            return 0
        ok, errors = helpers.bulk(self.client, actions, raise_on_error=False, max_retries=0)
        real = [e for e in errors if (e.get("delete") or {}).get("status") != 404]
        if real:
            raise BulkIndexError(real)
        return ok

    def replace_all(self, docs):
        _index, count = rebuild(docs)
        return count

    def refresh(self):
        self.client.indices.refresh(index=alias_name())

    def fingerprints(self):
        client = admin_client()
        if not indices_behind_alias(client):
            return {}
        found = {}
        for hit in helpers.scan(
            client,
            index=alias_name(),
            query={"query": {"match_all": {}}},
            _source=["fingerprint"],
            size=1000,
        ):
            found[hit["_id"]] = hit["_source"].get("fingerprint", "")
        return found

    def count(self):
        return self.client.count(index=alias_name())["count"]


def _alias_missing(errors):
    for error in errors:
        detail = next(iter(error.values()), {}).get("error", {})
        if detail.get("type") in ("index_not_found_exception",) or "alias" in str(
            detail.get("reason", "")
        ):
            return True
    return False


__all__ = ["ElasticsearchBackend", "split_key", "rebuild"]

"""The database backend's index: what search reads when Elasticsearch is not in use.

It is a denormalised copy of guides and services, written by `search.indexing`
(never by hand) so that a search is a few indexed queries. The full-text part
is vendor specific and lives outside these models, kept in step by triggers
(see migrations/0002_fulltext.py):

* SQLite: an FTS5 virtual table `search_fts` over SearchText (external content).
* PostgreSQL: a `document` tsvector column on SearchText with a GIN index, and a
  trigram index on SearchTerm.term when the pg_trgm extension is available.
"""

from django.db import models


class SearchEntry(models.Model):
    """One guide or service as search sees it."""

    kind = models.CharField(max_length=10)
    object_id = models.CharField(max_length=64)
    title = models.CharField(max_length=300, help_text="English title, for sorting and reports.")
    urls = models.JSONField(default=dict)  # {lang: url}
    meta = models.JSONField(default=dict)  # display details (cost, days, stage...)
    age_from_weeks = models.SmallIntegerField(null=True)
    age_to_weeks = models.SmallIntegerField(null=True)
    fingerprint = models.CharField(max_length=40)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique")
        ]
        indexes = [
            models.Index(fields=["kind", "title"], name="search_entry_kind_title"),
            models.Index(fields=["indexed_at"], name="search_entry_indexed_at"),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}"

    @property
    def key(self):
        return f"{self.kind}-{self.object_id}"


class SearchText(models.Model):
    """The words of an entry in one language. English is always present.

    `keywords` (place names, postcodes, category labels in every language) is
    filled on the English row only, so it is searched whatever the language.
    `config` is the PostgreSQL text search configuration for `lang`.
    """

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="texts")
    lang = models.CharField(max_length=8)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    keywords = models.TextField(blank=True)
    config = models.CharField(max_length=32, default="simple")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "lang"], name="search_text_unique")]
        indexes = [models.Index(fields=["lang"], name="search_text_lang")]

    def __str__(self):
        return f"{self.entry_id} {self.lang}"


class SearchFacet(models.Model):
    """One facet value of an entry: (category, infant-feeding), (day, tue), (free, true)..."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=80)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "facet", "value"], name="search_facet_unique")
        ]
        indexes = [models.Index(fields=["facet", "value", "entry"], name="search_facet_lookup")]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SearchLocation(models.Model):
    """A place where a service runs, for distance filters and sorting."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="locations")
    position = models.PositiveSmallIntegerField(default=0, help_text="Index into meta['places'].")
    latitude = models.FloatField()
    longitude = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["latitude", "longitude"], name="search_location_latlon")]

    def __str__(self):
        return f"{self.latitude},{self.longitude}"


class SearchTerm(models.Model):
    """The vocabulary of the index (lower-cased words), for "did you mean" and typo tolerance."""

    term = models.CharField(max_length=100, unique=True)
    length = models.PositiveSmallIntegerField()
    frequency = models.PositiveIntegerField(default=1)

    class Meta:
        indexes = [models.Index(fields=["length", "term"], name="search_term_length")]

    def __str__(self):
        return self.term

"""Full-text structures the ORM cannot describe, created for the database in use.

SQLite: an FTS5 table over search_searchtext (external content), kept in step
by triggers. PostgreSQL: a weighted tsvector column filled by a trigger, a GIN
index on it, and (when the pg_trgm extension can be enabled) a trigram index on
the vocabulary for spelling corrections. Other databases get nothing and the
database backend falls back to LIKE matching.

Careful: on SQLite, any later migration that alters search_searchtext makes
Django rebuild the table, which drops the triggers. Such a migration must run
this one's SQLite steps again and then `manage.py search_index --rebuild --backend db`.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title, summary, body, keywords,
        content='search_searchtext', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchtext BEGIN
        INSERT INTO search_fts(rowid, title, summary, body, keywords)
        VALUES (new.id, new.title, new.summary, new.body, new.keywords);
    END""",
    """CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchtext BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, summary, body, keywords)
        VALUES ('delete', old.id, old.title, old.summary, old.body, old.keywords);
    END""",
    """CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchtext BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, summary, body, keywords)
        VALUES ('delete', old.id, old.title, old.summary, old.body, old.keywords);
        INSERT INTO search_fts(rowid, title, summary, body, keywords)
        VALUES (new.id, new.title, new.summary, new.body, new.keywords);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_FORWARD = [
    "ALTER TABLE search_searchtext ADD COLUMN document tsvector",
    """CREATE FUNCTION search_searchtext_document() RETURNS trigger AS $$
    BEGIN
        NEW.document :=
            setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.title, '')), 'A')
            || setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.summary, '')), 'B')
            || setweight(to_tsvector('simple'::regconfig, coalesce(NEW.keywords, '')), 'C')
            || setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.body, '')), 'D');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER search_searchtext_document BEFORE INSERT OR UPDATE ON search_searchtext
        FOR EACH ROW EXECUTE FUNCTION search_searchtext_document()""",
    "CREATE INDEX search_searchtext_document_gin ON search_searchtext USING gin (document)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_searchterm_trgm",
    "DROP INDEX IF EXISTS search_searchtext_document_gin",
    "DROP TRIGGER IF EXISTS search_searchtext_document ON search_searchtext",
    "DROP FUNCTION IF EXISTS search_searchtext_document()",
    "ALTER TABLE search_searchtext DROP COLUMN IF EXISTS document",
]


def _run(schema_editor, statements):
    for sql in statements:
        schema_editor.execute(sql)


def enable_trigram(schema_editor):
    """pg_trgm needs a privileged role the first time; without it search still works."""
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone() is None:
            cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            if cursor.fetchone() is None:
                return
            cursor.execute("SAVEPOINT search_trgm")
            try:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            except Exception:  # no privilege: spelling falls back to Python
                cursor.execute("ROLLBACK TO SAVEPOINT search_trgm")
                return
            cursor.execute("RELEASE SAVEPOINT search_trgm")
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS search_searchterm_trgm ON search_searchterm "
            "USING gin (term gin_trgm_ops)"
        )


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_FORWARD)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_FORWARD)
        enable_trigram(schema_editor)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_BACKWARD)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]

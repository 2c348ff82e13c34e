"""Full-text search on PostgreSQL, with its own machinery: tsvector, GIN, ts_rank.

The same contract as the SQLite FTS5 path in `db.search`: `ensure_index` brings the
index up to date cheaply (a fingerprint first, then only new or changed articles), and
`search` returns ranked hits with match offsets. What people type is read by
`search_query` and every word reaches the server as a bound parameter of
`phraseto_tsquery`, so no input is ever tsquery syntax.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

from dateline.store.db.search_query import Query, tsquery

_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS search_doc (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL,"
    " kind TEXT NOT NULL, article_id INTEGER NOT NULL, ref INTEGER,"
    " tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)",
    "CREATE INDEX IF NOT EXISTS search_doc_tsv ON search_doc USING GIN (tsv)",
    "CREATE INDEX IF NOT EXISTS search_doc_article ON search_doc (article_id)",
    "CREATE TABLE IF NOT EXISTS search_indexed (article_id INTEGER PRIMARY KEY, sig TEXT)",
    "CREATE TABLE IF NOT EXISTS search_meta (name TEXT PRIMARY KEY, value TEXT)",
]

FINGERPRINT = (  # changes whenever articles or events are added or removed
    "SELECT (SELECT count(*) FROM article) || ':' || (SELECT coalesce(max(id), 0) FROM article)"
    " || ':' || (SELECT count(*) FROM event) || ':' || (SELECT coalesce(max(id), 0) FROM event)"
)

SIGNATURES = """
SELECT a.id, a.content_hash || ':' || coalesce(e.n, 0) || ':' || coalesce(e.top, 0)
FROM article a
LEFT JOIN (SELECT article_id, count(*) AS n, max(id) AS top FROM event GROUP BY article_id) e
  ON e.article_id = a.id
"""

_FILL = [
    "INSERT INTO search_doc (body, kind, article_id, ref) SELECT coalesce(title, ''), 'title',"
    " id, NULL FROM article WHERE id = ANY(:ids)",
    "INSERT INTO search_doc (body, kind, article_id, ref) SELECT text, 'paragraph', article_id,"
    ' "index" FROM paragraph WHERE article_id = ANY(:ids)'
    " AND kind <> 'headline'",  # the title is indexed as the title
    "INSERT INTO search_doc (body, kind, article_id, ref) SELECT summary, 'event', article_id,"
    " id FROM event WHERE article_id = ANY(:ids)",
]


def ensure_index(engine: Engine) -> int:
    """Bring the search index up to date; return how many articles were (re)indexed."""
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(7242001)"))  # one indexer at a time
        for statement in _SCHEMA:
            conn.execute(text(statement))
        fingerprint = conn.execute(text(FINGERPRINT)).scalar()
        stored = conn.execute(
            text("SELECT value FROM search_meta WHERE name = 'fingerprint'")
        ).scalar()
        if stored == fingerprint:
            return 0
        current = dict(conn.execute(text(SIGNATURES)).all())
        indexed = dict(conn.execute(text("SELECT article_id, sig FROM search_indexed")).all())
        todo = [a for a, sig in current.items() if indexed.get(a) != sig]
        stale = [a for a in indexed if a not in current] + [a for a in todo if a in indexed]
        if stale:
            for table in ("search_doc", "search_indexed"):
                conn.execute(
                    text(f"DELETE FROM {table} WHERE article_id = ANY(:ids)"), {"ids": stale}
                )
        if todo:
            for statement in _FILL:
                conn.execute(text(statement), {"ids": todo})
            conn.execute(
                text("INSERT INTO search_indexed (article_id, sig) VALUES (:a, :s)"),
                [{"a": a, "s": current[a]} for a in todo],
            )
        conn.execute(
            text(
                "INSERT INTO search_meta (name, value) VALUES ('fingerprint', :v)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value"
            ),
            {"v": fingerprint},
        )
    return len(todo)


_SEARCH = """
WITH q AS (SELECT {query} AS query)
SELECT d.article_id, a.title, d.kind, d.ref,
       ts_headline('english', d.body, q.query,
                   'StartSel=' || :open || ', StopSel=' || :close || ', HighlightAll=true')
         AS marked,
       -ts_rank(d.tsv, q.query) AS rank
FROM search_doc d JOIN article a ON a.id = d.article_id, q
WHERE d.tsv @@ q.query
ORDER BY rank, d.id
LIMIT :limit
"""


def search_rows(engine: Engine, query: Query, limit: int, open_: str, close: str) -> list:
    """(article_id, title, kind, ref, marked body, rank) rows, best first. The typed words
    arrive as bound parameters of `phraseto_tsquery` (see `search_query.tsquery`)."""
    ensure_index(engine)
    expression, params = tsquery(query)
    with engine.connect() as conn:
        return conn.execute(
            text(_SEARCH.format(query=expression)),
            {**params, "limit": limit, "open": open_, "close": close},
        ).all()

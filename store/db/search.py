"""Full-text search over article titles, paragraphs and event summaries.

On SQLite the text lives in an FTS5 table (`search_fts`, porter-stemmed) kept in step with
the library by `ensure_index`, which compares a cheap fingerprint first and re-indexes
only articles that are new or changed. PostgreSQL uses its own tsvector index
(`db.search_pg`, same contract). Other engines (or a SQLite built without FTS5) fall
back to a plain case-insensitive LIKE scan, so search still works, only slower.
Results are ranked (bm25; among the newest `RANK_CAP` matches when a word is everywhere)
and carry the character offsets of each match in its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from dateline.store.db import search_pg
from dateline.store.db.search_query import Query, SearchError, fts5, matches, parse

__all__ = ["SearchError", "SearchHit", "ensure_index", "fts_available", "search"]

OPEN, CLOSE = "\ue000", "\ue001"  # private-use markers around matches in highlight()


@dataclass(frozen=True, slots=True)
class SearchHit:
    article: int
    title: str
    kind: str  # "title" | "paragraph" | "event"
    paragraph: int | None  # paragraph index for paragraph and event hits
    event: int | None  # event id for event hits
    text: str  # the whole matched text (title, paragraph, or event summary)
    spans: tuple[tuple[int, int], ...]  # match offsets in `text`
    rank: float


def fts_available(engine: Engine) -> bool:
    """True when the engine is SQLite with the FTS5 module compiled in."""
    if engine.dialect.name != "sqlite":
        return False
    key = str(engine.url)
    if key not in _FTS:
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("CREATE VIRTUAL TABLE temp._fts_probe USING fts5(x)")
                conn.exec_driver_sql("DROP TABLE temp._fts_probe")
            _FTS[key] = True
        except OperationalError:
            _FTS[key] = False
    return _FTS[key]


_FTS: dict[str, bool] = {}


_SCHEMA = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "body, kind UNINDEXED, article_id UNINDEXED, ref UNINDEXED, "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS search_indexed (article_id INTEGER PRIMARY KEY, sig TEXT)",
    "CREATE TABLE IF NOT EXISTS search_meta (name TEXT PRIMARY KEY, value TEXT)",
]

# Both engines decide what to re-index from the same cheap fingerprint and signatures.
_FINGERPRINT, _SIGNATURES = search_pg.FINGERPRINT, search_pg.SIGNATURES


def ensure_index(engine: Engine) -> int:
    """Bring the FTS index up to date; returns how many articles were (re)indexed.

    Cheap when nothing changed (one fingerprint query). PostgreSQL has its own index
    (`db.search_pg`); other engines have none and return 0.
    """
    if engine.dialect.name == "postgresql":
        return search_pg.ensure_index(engine)
    if not fts_available(engine):
        return 0
    with engine.begin() as conn:
        for statement in _SCHEMA:
            conn.exec_driver_sql(statement)
        fingerprint = conn.exec_driver_sql(_FINGERPRINT).scalar()
        stored = conn.exec_driver_sql(
            "SELECT value FROM search_meta WHERE name = 'fingerprint'"
        ).scalar()
        if stored == fingerprint:
            return 0
        current = dict(conn.exec_driver_sql(_SIGNATURES).all())
        indexed = dict(conn.exec_driver_sql("SELECT article_id, sig FROM search_indexed").all())
        gone = [a for a in indexed if a not in current]
        todo = [a for a, sig in current.items() if indexed.get(a) != sig]
        stale = [a for a in todo if a in indexed] + gone
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS _search_todo (id INTEGER)")
        conn.exec_driver_sql("DELETE FROM _search_todo")
        if stale:
            conn.exec_driver_sql("INSERT INTO _search_todo (id) VALUES (?)", [(a,) for a in stale])
            for table in ("search_fts", "search_indexed"):
                conn.exec_driver_sql(
                    f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _search_todo)"
                )
            conn.exec_driver_sql("DELETE FROM _search_todo")
        if todo:
            # Set-based, so a first build over a large library is one pass per table.
            conn.exec_driver_sql("INSERT INTO _search_todo (id) VALUES (?)", [(a,) for a in todo])
            for statement in _FILL:
                conn.exec_driver_sql(statement)
            conn.exec_driver_sql(
                "INSERT INTO search_indexed (article_id, sig) VALUES (?, ?)",
                [(a, current[a]) for a in todo],
            )
            conn.exec_driver_sql("DELETE FROM _search_todo")
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO search_meta (name, value) VALUES ('fingerprint', ?)",
            (fingerprint,),
        )
    return len(todo)


_FILL = [
    "INSERT INTO search_fts (body, kind, article_id, ref) SELECT coalesce(title, ''), 'title',"
    " id, NULL FROM article WHERE id IN (SELECT id FROM _search_todo)",
    "INSERT INTO search_fts (body, kind, article_id, ref) SELECT text, 'paragraph', article_id,"
    ' "index" FROM paragraph WHERE article_id IN (SELECT id FROM _search_todo)'
    " AND kind <> 'headline'",  # the title is indexed as the title
    "INSERT INTO search_fts (body, kind, article_id, ref) SELECT summary, 'event', article_id,"
    " id FROM event WHERE article_id IN (SELECT id FROM _search_todo)",
]


def _spans(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Strip highlight markers, returning the text and the offsets they enclosed."""
    spans, plain, start = [], [], None
    for part in re.split(f"([{OPEN}{CLOSE}])", marked):
        if part == OPEN:
            start = sum(map(len, plain))
        elif part == CLOSE:
            if start is not None:
                spans.append((start, sum(map(len, plain))))
            start = None
        else:
            plain.append(part)
    return "".join(plain), tuple(spans)


RANK_CAP = 20_000  # matches scored per query: a word in most of a big library stays fast

# Ranking scores every candidate, so a word found in 300,000 paragraphs would take a
# second; candidates are the newest RANK_CAP matches (FTS5 walks its rowids backwards
# cheaply), and only the hits returned get their matches marked (one walk over the span
# of rowids they cover: FTS5 seeks a list of rowids one statement at a time).
_TOP = """
SELECT id, score FROM (
    SELECT rowid AS id, bm25(search_fts) AS score FROM search_fts
    WHERE search_fts MATCH :query ORDER BY rowid DESC LIMIT :cap
) ORDER BY score LIMIT :limit
"""
_MARKED = """
SELECT f.rowid, f.article_id, a.title, f.kind, f.ref, highlight(search_fts, 0, :open, :close)
FROM search_fts f JOIN article a ON a.id = f.article_id
WHERE search_fts MATCH :query AND f.rowid BETWEEN :low AND :high
"""


def search(engine: Engine, typed: str, limit: int = 500) -> list[SearchHit]:
    """Ranked hits for what a person typed: words, "phrases", -word or NOT word, OR,
    prefix* (see `search_query`; never passed to the engine as syntax).

    Raises `SearchError` with a readable message for a query that can match nothing.
    """
    if not typed.strip():
        return []
    parsed = parse(typed)
    if engine.dialect.name == "postgresql":
        return _hits(engine, search_pg.search_rows(engine, parsed, limit, OPEN, CLOSE))
    if not fts_available(engine):
        return _like_search(engine, parsed, limit)
    ensure_index(engine)
    query = fts5(parsed)
    try:
        with engine.connect() as conn:
            top = conn.execute(text(_TOP), {"query": query, "cap": RANK_CAP, "limit": limit}).all()
            chosen = {row_id for row_id, _score in top}
            marked = {}
            if chosen:
                span = {"low": min(chosen), "high": max(chosen)}
                for row in conn.execute(
                    text(_MARKED), {"open": OPEN, "close": CLOSE, "query": query, **span}
                ):
                    if row[0] in chosen:
                        marked[row[0]] = row[1:]
        rows = [(*marked[row_id], score) for row_id, score in top if row_id in marked]
    except OperationalError as exc:  # not expected: the query is built from quoted phrases
        if "fts5" not in str(exc.orig):
            raise
        raise SearchError(
            f"Cannot search for {typed.strip()!r}: the index did not understand it. "
            'Use words, "a phrase", -word, OR, word*.'
        ) from None
    return _hits(engine, rows)


def _hits(engine: Engine, rows: list) -> list[SearchHit]:
    """Hits from (article_id, title, kind, ref, marked text, rank) rows, best first."""
    hits = []
    event_paragraphs = _event_paragraphs(engine, [r[3] for r in rows if r[2] == "event"])
    for article_id, title, kind, ref, marked, rank in rows:
        body, spans = _spans(marked)
        hits.append(
            SearchHit(
                article=article_id,
                title=title or "",
                kind=kind,
                paragraph=ref if kind == "paragraph" else event_paragraphs.get(ref),
                event=ref if kind == "event" else None,
                text=body,
                spans=spans,
                rank=float(rank),
            )
        )
    return hits


def _event_paragraphs(engine: Engine, event_ids: list[int]) -> dict[int, int]:
    if not event_ids:
        return {}
    marks = ",".join(str(int(i)) for i in event_ids)
    with engine.connect() as conn:
        return dict(
            conn.exec_driver_sql(
                'SELECT e.id, p."index" FROM event e JOIN paragraph p ON p.id = e.paragraph_id'
                f" WHERE e.id IN ({marks})"
            ).all()
        )


def _like_search(engine: Engine, query: Query | str, limit: int) -> list[SearchHit]:
    """Portable fallback, unranked: rows holding the query's first term as a substring
    (case-insensitive), kept when they satisfy the whole query (`search_query.matches`)."""
    if isinstance(query, str):
        query = parse(query)
    first = query.groups[0][0]
    words = first.words
    needle = " ".join(words).lower() if len(words) == 1 else words[0].lower()
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    statements = [
        (
            "title",
            "SELECT id, title, id, NULL, NULL, title FROM article WHERE lower(title) LIKE :p",
        ),
        (
            "paragraph",
            'SELECT p.article_id, a.title, p.id, p."index", NULL, p.text FROM paragraph p '
            "JOIN article a ON a.id = p.article_id WHERE p.kind <> 'headline'"
            " AND lower(p.text) LIKE :p",
        ),
        (
            "event",
            'SELECT e.article_id, a.title, e.id, p."index", e.id, e.summary FROM event e '
            "JOIN article a ON a.id = e.article_id JOIN paragraph p ON p.id = e.paragraph_id "
            "WHERE lower(e.summary) LIKE :p",
        ),
    ]
    hits: list[SearchHit] = []
    shown = [w.lower() for t in query.terms for w in t.words]
    with engine.connect() as conn:
        for kind, sql in statements:
            for article_id, title, _id, paragraph, event, body in conn.execute(
                text(sql + " ESCAPE '\\' LIMIT :n"), {"p": pattern, "n": limit}
            ):
                body = body or ""
                if not matches(query, body):
                    continue
                lowered = body.lower()
                spans = sorted(
                    (m.start(), m.end())
                    for word in shown
                    for m in re.finditer(re.escape(word), lowered)
                )
                hits.append(
                    SearchHit(
                        article_id, title or "", kind, paragraph, event, body, tuple(spans), 0.0
                    )
                )
    return hits[:limit]

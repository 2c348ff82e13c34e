"""Writing prepared articles: each in one short transaction (`store_one`), or many with one
bulk statement per table (`write_articles`, batched by `ingest.pipeline`), their events indexed
(clusters, actor links: `db.index.Indexer`) in the same transaction, so they are written once
and never read back. A changed file updates its article in place: the `Article.id` that
other tables (read and star state, notes) refer to is kept; only paragraphs, time
expressions and events are replaced. SQLite's write lock is taken at the start
(`BEGIN IMMEDIATE`), so a concurrent import waits instead of failing mid-write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, insert, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from dateline.store.db.index import Indexer, Report
from dateline.store.db.models import Article, Event, EventActor, Paragraph, TimeExpression
from dateline.store.formats.article import ParsedArticle
from dateline.store.ingest.prepare import STDIN_PATH, Prepared
from dateline.store.ingest.report import ImportResult


def begin(session: Session) -> None:
    """Take SQLite's write lock now (waiting on the busy timeout) rather than mid-write."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


def _previous(
    session: Session, key: str | None, article: ParsedArticle, several: bool, taken: set[int]
) -> Any:
    """The stored article (id, url, title) this one replaces: the same file, and for a
    file of several articles the same url (or title)."""
    if key is None:
        return None
    t = Article.__table__.c
    rows = (
        session.connection()
        .execute(select(t.id, t.url, t.title).where(t.path == key).order_by(t.id))
        .all()
    )
    rows = [r for r in rows if r.id not in taken]
    if not several:
        return rows[0] if rows else None
    if article.url:
        match = [r for r in rows if r.url == article.url]
    else:
        match = [r for r in rows if not r.url and r.title == article.title]
    return match[0] if match else None


_CONTENT = (Event, TimeExpression, Paragraph)


def _delete_content(session: Session, article_id: int) -> None:
    """Drop an article's paragraphs, time expressions and events, and the rows of any other
    table that point at them (derived indexes such as event → actor links)."""
    own = {model.__table__.name for model in _CONTENT}
    for model in _CONTENT:
        ids = select(model.id).where(model.article_id == article_id)
        for table in SQLModel.metadata.sorted_tables:
            if table.name in own:
                continue
            for fk in table.foreign_keys:
                if fk.column.table.name == model.__table__.name:
                    session.exec(delete(table).where(fk.parent.in_(ids)))
    # Reports in other articles merged with one of these events are compared afresh.
    gone = select(Event.id).where(Event.article_id == article_id)
    session.exec(
        update(Event)
        .where(Event.article_id != article_id, Event.cluster.in_(gone.scalar_subquery()))
        .values(cluster=None)
    )
    for model in _CONTENT:
        session.exec(delete(model).where(model.article_id == article_id))


def unchanged(session: Session, shown: str, digest: str) -> ImportResult | None:
    existing = (
        session.connection()
        .execute(
            select(Article.__table__.c.id, Article.__table__.c.title).where(
                Article.__table__.c.content_hash == digest
            )
        )
        .first()
    )
    if existing is None:
        return None
    return ImportResult(shown, "unchanged", article_id=existing.id, title=existing.title)


_A = Article.__table__
_P, _T, _E = Paragraph.__table__, TimeExpression.__table__, Event.__table__
_PARAGRAPH = ("id", "article_id", "index", "kind", "text")
_TIMEX = ("article_id", "paragraph_id", "start", "end", "text", "type", "value", "mod")
_EVENT = (
    "id",
    "article_id",
    "paragraph_id",
    "sent_start",
    "sent_end",
    "trigger",
    "date",
    "start",
    "end",
    "dating",
    "type",
    "summary",
    "actors",
    "cluster",
)  # fmt: skip (the events of `_content`, with ids before and cluster after)


def _article_values(p: Prepared) -> dict:
    article = p.article
    return {
        "path": p.key or STDIN_PATH,
        "content_hash": p.digest,
        "title": article.title,
        "source": article.source,
        "place": article.place,
        "published": article.published.isoformat() if article.published else None,
        "date_note": article.date_note,
        "url": article.url,
        "author": article.author,
        "format": article.format,
    }


def _new_ids(conn: Connection, table, n: int) -> list[int] | range:
    """Ids for `n` rows about to be inserted, so that rows pointing at them are written in
    the same bulk statements. SQLite: after the largest, which is what SQLite would pick —
    safe because the caller holds the write lock (`begin`); PostgreSQL: from the sequence."""
    if n == 0:
        return []
    if conn.dialect.name == "postgresql":
        query = "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"
        return conn.execute(text(query), {"t": table.name, "n": n}).scalars().all()
    top = conn.execute(text(f'SELECT max(id) FROM "{table.name}"')).scalar() or 0
    return range(top + 1, top + 1 + n)


def _insert(conn: Connection, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """One bulk INSERT; on SQLite straight to the driver's executemany (no per-row work in
    SQLAlchemy: this is the hot path of large imports)."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', rows)
    else:
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


def write_articles(
    session: Session,
    items: list[tuple[Prepared, bool]],
    taken: set[int],
    indexer: Indexer,
) -> list[ImportResult]:
    """Add prepared articles to the session's transaction (the caller commits) with their
    paragraphs, time expressions and events — one bulk statement per table for the lot —
    and index the new events (clusters, actor links) as they are written.

    Each item is (article, `new_path`): `new_path` says the caller knows no stored article
    has this file (a large import), so there is nothing to replace."""
    conn = session.connection()
    targets: list[int | None] = []
    for p, new_path in items:
        row = None if new_path else _previous(session, p.key, p.article, p.several, taken)
        if row is not None:  # a changed file: its article keeps its id
            _delete_content(session, row.id)
            conn.execute(update(_A).where(_A.c.id == row.id).values(_article_values(p)))
            taken.add(row.id)
        targets.append(None if row is None else row.id)
    fresh = iter(_new_ids(conn, _A, targets.count(None)))
    now = dt.datetime.now(dt.UTC)
    new_articles, article_ids = [], []
    for (p, _new), target in zip(items, targets, strict=True):
        if target is None:
            target = next(fresh)
            taken.add(target)
            new_articles.append({**_article_values(p), "id": target, "imported_at": now})
        article_ids.append(target)
    if new_articles:
        conn.execute(insert(_A), new_articles)

    paragraph_ids = iter(_new_ids(conn, _P, sum(len(p.content) for p, _ in items)))
    n_events = sum(len(para[3]) for p, _ in items for para in p.content)
    event_ids = iter(_new_ids(conn, _E, n_events))
    paragraphs, timexes, events, reports, counts = [], [], [], [], []
    for (p, _new), article_id in zip(items, article_ids, strict=True):
        n = len(events)
        for i, (kind, body, found_timexes, found_events) in enumerate(p.content):
            para_id = next(paragraph_ids)
            paragraphs.append((para_id, article_id, i, kind, body))
            timexes += [(article_id, para_id, *t) for t in found_timexes]
            for e in found_events:
                event_id = next(event_ids)
                sent_start, sent_end, _trigger, date, start, end, dating, type_ = e[:8]
                sentence, actors = body[sent_start:sent_end], e[10]
                reports.append(
                    Report(event_id, article_id, type_, date, start, end, dating, actors, sentence)
                )
                events.append((event_id, article_id, para_id, *e[:10]))
        counts.append(len(events) - n)
    links = indexer.index_new(conn, reports)
    _insert(conn, _P, _PARAGRAPH, paragraphs)
    _insert(conn, _T, _TIMEX, timexes)
    _insert(
        conn,
        _E,
        _EVENT,
        [(*row, r.cluster) for row, r in zip(events, reports, strict=True)],
    )
    _insert(conn, EventActor.__table__, ("event_id", "actor_id"), links)
    return [
        ImportResult(
            p.shown,
            "imported" if target is None else "updated",
            article_id=article_id,
            title=p.article.title,
            events=n,
            warnings=p.warnings,
        )
        for (p, _new), target, article_id, n in zip(
            items, targets, article_ids, counts, strict=True
        )
    ]


def store_one(
    engine: Engine, p: Prepared, taken: set[int], indexer: Indexer | None = None
) -> ImportResult:
    """Write one article in its own transaction."""
    indexer = indexer or Indexer()
    with Session(engine) as session:
        begin(session)
        done = unchanged(session, p.shown, p.digest)
        if done is not None:  # another import stored it meanwhile
            session.rollback()
            return done
        try:
            with indexer.transaction():
                [result] = write_articles(session, [(p, False)], taken, indexer)
                session.commit()
        except IntegrityError:  # the same content committed by a concurrent import
            session.rollback()
            done = unchanged(session, p.shown, p.digest)
            if done is None:
                raise
            return done
        return result


def known_in(engine: Engine) -> Callable[[str], ImportResult | None]:
    def known(digest: str) -> ImportResult | None:
        with Session(engine) as session:
            return unchanged(session, "", digest)

    return known

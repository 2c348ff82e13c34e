"""Writing prepared articles: each in one short transaction (`store_one`), or many with one
bulk statement per table (`write_articles`, batched by `store_batch` and `ingest.pipeline`),
their events indexed (clusters, actor links: `db.index.Indexer`) in the same transaction, so
they are written once and never read back. A changed file updates its article in place:
the `Article.id` that other tables (read and star state, notes) refer to is kept; only
paragraphs, time expressions and events are replaced. SQLite's write lock is taken at the start
(`BEGIN IMMEDIATE`), so a concurrent import waits instead of failing mid-write."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete, func, insert, or_, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from dateline.store.db.index import Indexer, Report
from dateline.store.db.models import Article, Event, EventActor, Paragraph, TimeExpression
from dateline.store.formats.article import ParsedArticle
from dateline.store.ingest.prepare import STDIN_PATH, Prepared
from dateline.store.ingest.report import ImportResult, failure
from dateline.store.paragraphs import HEADLINE, HEADLINE_INDEX
from dateline.store.stories.group import forget


def begin(session: Session) -> None:
    """Take SQLite's write lock now (waiting on the busy timeout) rather than mid-write."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


class Replaced:
    """The stored articles that a file's articles replace, read once per file and looked up
    by url (or title): asking the database for every earlier row of the path for each
    article made a 100,000-entry feed quadratic. Which rows this import has already
    replaced or written is the caller's `taken` set, so forgetting the cache (after a
    rolled-back batch, or when it grows large) only costs a re-read."""

    LIMIT = 200_000  # rows kept in memory across files

    def __init__(self) -> None:
        self._files: dict[str, _Rows] = {}
        self._size = 0

    def forget(self) -> None:
        self._files.clear()
        self._size = 0

    def find(
        self, conn: Connection, key: str | None, article: ParsedArticle, several: bool, taken
    ) -> int | None:
        """The id of the stored article this one replaces: the same file, and for a file
        of several articles the same url (or, without one, the same title)."""
        if key is None:
            return None
        rows = self._files.get(key)
        if rows is None:
            if self._size > self.LIMIT:
                self.forget()
            t = Article.__table__.c
            query = select(t.id, t.url, t.title).where(t.path == key).order_by(t.id)
            rows = self._files[key] = _Rows(conn.execute(query).all())
            self._size += len(rows.ids)
        if not several:
            return rows.first(rows.ids, taken)
        if article.url:
            return rows.first(rows.by_url.get(article.url), taken)
        return rows.first(rows.by_title.get(article.title), taken)


class Taken(set):
    """The ids this import has written or replaced (never replaced again), with the stored
    rows of the files it reads (`Replaced`): what batch after batch of one import shares."""

    def __init__(self) -> None:
        super().__init__()
        self.replaced = Replaced()

    def undo(self, before: set[int]) -> None:
        """After a rollback: the ids it took are free again, and cached rows may be stale."""
        self.intersection_update(before)
        self.replaced.forget()


class _Rows:
    """One file's stored articles: ids in order, and by url / by title (those without url)."""

    def __init__(self, rows) -> None:
        self.ids: list[int] = []
        self.by_url: dict[str, list[int]] = {}
        self.by_title: dict[str, list[int]] = {}
        for row in rows:
            self.ids.append(row.id)
            if row.url:
                self.by_url.setdefault(row.url, []).append(row.id)
            else:
                self.by_title.setdefault(row.title, []).append(row.id)
        self._skip: dict[int, int] = {}  # id(list) → how many leading ids are taken

    def first(self, ids: list[int] | None, taken) -> int | None:
        """The first id not taken; ids once taken stay taken, so the scan never restarts."""
        if not ids:
            return None
        k = self._skip.get(id(ids), 0)
        while k < len(ids) and ids[k] in taken:
            k += 1
        self._skip[id(ids)] = k
        return ids[k] if k < len(ids) else None


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


def stored_by_digest(conn: Connection, digests: list[str]) -> dict[str, tuple[int, str]]:
    """digest → (id, title) of those of `digests` the library holds (one query)."""
    if not digests:
        return {}
    if conn.dialect.name == "sqlite":  # see `_marks`
        sql = f"SELECT content_hash, id, title FROM article WHERE content_hash IN {_marks(digests)}"
        rows = conn.exec_driver_sql(sql, tuple(digests))
    else:
        t = Article.__table__.c
        query = select(t.content_hash, t.id, t.title).where(t.content_hash.in_(digests))
        rows = conn.execute(query)
    return {digest: (article_id, title) for digest, article_id, title in rows}


def _marks(values: list | tuple) -> str:
    """The placeholders of an IN list (or a row) of `values` on SQLite: "(?, ?, ?)". Queries that
    a batch asks with its own values go straight to the driver there: SQLAlchemy compiling
    an IN list of 256 values cost more than running the query (a large import asks a few
    such queries a batch, thousands of batches)."""
    return "(" + ", ".join("?" * len(values)) + ")"


def unchanged(session: Session, shown: str, digest: str) -> ImportResult | None:
    existing = stored_by_digest(session.connection(), [digest]).get(digest)
    if existing is None:
        return None
    return ImportResult(shown, "unchanged", article_id=existing[0], title=existing[1])


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
    "speaker",
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
        "language": article.language,
        "url_key": p.url_key,
        "text_key": p.text_key,
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
    """One bulk INSERT; on SQLite straight to the driver's executemany, on PostgreSQL
    (psycopg) one COPY: no per-row work in SQLAlchemy, nor a round trip per row, on the hot
    path of large imports (a row each cost PostgreSQL two thirds of an import's time)."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES {_marks(columns)}', rows)
    elif conn.dialect.driver == "psycopg":  # the same connection, so the same transaction
        with (
            conn.connection.driver_connection.cursor() as cursor,
            cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
        ):
            for row in rows:
                copy.write_row(row)
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
    has this file (a large import), so there is nothing to replace. `taken` holds the ids
    this import has written or replaced; a `Taken` also keeps the stored articles of the
    files being read between calls."""
    conn = session.connection()
    replaced = taken.replaced if isinstance(taken, Taken) else Replaced()
    rows = [
        None if new_path else replaced.find(conn, p.key, p.article, p.several, taken)
        for p, new_path in items
    ]
    copies = _copies(conn, items, rows)
    everything = items
    items = [item for item, c in zip(items, copies, strict=True) if not isinstance(c, Same)]
    targets: list[int | None] = []
    now = dt.datetime.now(dt.UTC)
    for (p, _new), row, copy in zip(everything, rows, copies, strict=True):
        if isinstance(copy, int):
            row = copy  # a fuller copy of a stored story: it takes the story's place
        elif copy is not None:
            continue  # a copy no fuller than the story it repeats: not written
        if row is not None:  # a changed file: its article keeps its id
            forget(conn, [row])  # out of its story, grouped afresh at the next pass
            _delete_content(session, row)
            indexer.forget_heads()  # some of the heads it kept may be gone
            # updated: new again to a reader who has seen the article before
            values = {**_article_values(p), "imported_at": now}
            conn.execute(update(_A).where(_A.c.id == row).values(values))
            taken.add(row)
        targets.append(row)
    fresh = iter(_new_ids(conn, _A, targets.count(None)))
    new_articles, article_ids = [], []
    for (p, _new), target in zip(items, targets, strict=True):
        if target is None:
            target = next(fresh)
            taken.add(target)
            new_articles.append({**_article_values(p), "id": target, "imported_at": now})
        article_ids.append(target)
    if new_articles and conn.dialect.name == "sqlite":
        # straight to the driver (SQLAlchemy's work per row was a tenth of the writing),
        # the time written as SQLAlchemy writes it
        stamp = _A.c.imported_at.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        stamped = {"imported_at": stamp(now) if stamp else now}
        rows = [tuple({**a, **stamped}.values()) for a in new_articles]
        _insert(conn, _A, tuple(new_articles[0]), rows)
    elif new_articles:
        conn.execute(insert(_A), new_articles)

    paragraph_ids = iter(_new_ids(conn, _P, sum(len(p.content) for p, _ in items)))
    n_events = sum(len(para[3]) for p, _ in items for para in p.content)
    event_ids = iter(_new_ids(conn, _E, n_events))
    paragraphs, timexes, events, reports, counts = [], [], [], [], []
    for (p, _new), article_id in zip(items, article_ids, strict=True):
        n = len(events)
        for i, (kind, body, found_timexes, found_events) in enumerate(p.content):
            para_id = next(paragraph_ids)
            index = HEADLINE_INDEX if kind == HEADLINE else i  # the headline comes last
            paragraphs.append((para_id, article_id, index, kind, body))
            timexes += [(article_id, para_id, *t) for t in found_timexes]
            for e in found_events:
                event_id = next(event_ids)
                sent_start, sent_end, trigger, date, start, end, dating, type_ = e[:8]
                sentence, actors = body[sent_start:sent_end], e[10]
                reports.append(
                    Report(
                        event_id,
                        article_id,
                        type_,
                        date,
                        start,
                        end,
                        dating,
                        actors,
                        sentence,
                        trigger=trigger,
                        paragraph=para_id,
                        headline=kind == HEADLINE,
                        speaker=e[11],
                        summary=e[8],
                    )
                )
                events.append((event_id, article_id, para_id, *e[:10], e[11]))
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
    written = iter(
        ImportResult(
            p.shown,
            "imported" if target is None else "updated",
            article_id=article_id,
            title=p.article.title,
            events=n,
            warnings=p.warnings,
            entry=p.entry,
            note=p.note,
        )
        for (p, _new), target, article_id, n in zip(
            items, targets, article_ids, counts, strict=True
        )
    )
    results: list = [None if isinstance(copy, Same) else next(written) for copy in copies]
    for at, ((p, _new), copy) in enumerate(zip(everything, copies, strict=True)):
        if isinstance(copy, Same):
            story = results[copy.item] if copy.item is not None else None
            results[at] = ImportResult(
                p.shown,
                "unchanged",
                reason=f"the same story as article {copy.article or story.article_id} "
                f"({copy.why}), whose text is as full",
                article_id=copy.article or story.article_id,
                title=copy.title or story.title,
                entry=p.entry,
            )
    return results


FULLER = 1.1  # how much more text a copy needs to replace the story stored: a feed's
# summary gives way to the saved page; a copy with one more "Share this" line does not


@dataclass(frozen=True)
class Same:
    """An article the import does not write: a copy of a story already stored (`article`)
    or written by an earlier article of the batch (`item`), whose text is as full."""

    why: str  # "same address", "same text"
    article: int | None = None
    title: str | None = None
    item: int | None = None


def _length(p: Prepared) -> int:
    return sum(len(para[1]) for para in p.content if para[0] == "body")


def _copies(
    conn: Connection, items: list[tuple[Prepared, bool]], rows: list[int | None]
) -> list[int | Same | None]:
    """For each article, whether it is another copy of a story: the same address (`url_key`)
    or the same text under other boilerplate (`text_key`) as a stored article or an earlier
    one of the batch. A fuller copy takes the stored story's place (its id, so read and star
    marks and notes stay): the stored id. A copy no fuller: `Same`. Else None (an article of
    its own, or the same file changed, which `rows` already names)."""
    keys = [(("address", p.url_key), ("text", p.text_key)) for p, _new in items]
    wanted = {
        kind: {k for pair in keys for kd, k in pair if kd == kind and k}
        for kind in ("address", "text")
    }
    stored: dict[tuple[str, str], tuple[int, str, int]] = {}
    if wanted["address"] or wanted["text"]:
        for article_id, title, ukey, tkey, size in _stored_copies(conn, wanted):
            for kind, key in (("address", ukey), ("text", tkey)):
                if key in wanted[kind]:
                    stored.setdefault((kind, key), (article_id, title, size))
    out: list[int | Same | None] = [None] * len(items)
    groups: dict[tuple[str, str], list[int]] = {}  # key → the story's items
    why: dict[int, str] = {}
    stories: list[list[int]] = []
    for at, pair in enumerate(keys):
        if rows[at] is not None:
            continue  # the same file changed: its own article, updated in place
        story = next((groups[k] for k in pair if k[1] and k in groups), None)
        if story is None:
            story = []
            stories.append(story)
        elif at not in why:
            why[at] = next(f"same {k[0]}" for k in pair if k[1] and groups.get(k) is story)
        story.append(at)
        for k in pair:
            if k[1]:
                groups.setdefault(k, story)
    for story in stories:
        found = next(
            (
                stored[k]
                for at in story
                for k in keys[at]
                if k in stored and stored[k][0] not in rows
            ),
            None,
        )
        best = max(story, key=lambda at: _length(items[at][0]))  # the first of equals
        if found is None:
            for at in story:
                if at != best:
                    out[at] = Same(why.get(at) or why.get(best, "same text"), item=best)
            continue
        article_id, title, size = found
        for at in story:
            if at == best and _length(items[at][0]) > FULLER * size:
                out[at] = article_id  # the fuller text takes the stored story's place
            else:
                reason = why.get(at) or _matched(keys[at], stored, article_id)
                out[at] = Same(reason, article=article_id, title=title)
    return out


_COPIES = """SELECT a.id, a.title, a.url_key, a.text_key,
    (SELECT coalesce(sum(length(p.text)), 0) FROM paragraph p
     WHERE p.article_id = a.id AND p.kind = 'body')
FROM article a WHERE {} ORDER BY a.id"""


def _stored_copies(conn: Connection, wanted: dict[str, set[str]]):
    """(id, title, url_key, text_key, body length) of the stored articles with one of the
    `wanted` addresses or texts, oldest first."""
    addresses, texts = sorted(wanted["address"]), sorted(wanted["text"])
    if conn.dialect.name == "sqlite":  # see `_marks`
        # only the lists that hold keys: with an empty `IN ()`, SQLite scans every article
        held = (("url_key", addresses), ("text_key", texts))
        where = " OR ".join(f"a.{column} IN {_marks(keys)}" for column, keys in held if keys)
        return conn.exec_driver_sql(_COPIES.format(where), (*addresses, *texts))
    a, para = _A.c, _P.c
    length = (
        select(func.coalesce(func.sum(func.length(para.text)), 0))
        .where(para.article_id == a.id, para.kind == "body")
        .scalar_subquery()
    )
    query = (
        select(a.id, a.title, a.url_key, a.text_key, length)
        .where(or_(a.url_key.in_(addresses), a.text_key.in_(texts)))
        .order_by(a.id)
    )
    return conn.execute(query)


def _matched(pair, stored, article_id: int) -> str:
    return next((f"same {k[0]}" for k in pair if stored.get(k, (None,))[0] == article_id), "")


def store_each(
    engine: Engine, batch: list[Prepared], taken: Taken, indexer: Indexer
) -> list[ImportResult]:
    """One transaction per article: what a failed batch falls back to, so one bad article
    never takes the others of its batch with it."""
    out = []
    for p in batch:
        try:
            out.append(store_one(engine, p, taken, indexer))
        except Exception as exc:
            out.append(failed(p, exc))
    return out


def failed(p: Prepared, exc: BaseException) -> ImportResult:
    """The failure of one article, named by its file and, in a file of several, by where
    in it ("line 3: …"), as a record that fails while being read is."""
    result = failure(p.shown, exc)
    if p.entry is None:
        return result
    where = f"{p.entry}: " if p.entry != "entry" else ""
    return replace(result, reason=f"{where}{result.reason}", entry=p.entry)


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
            return replace(done, entry=p.entry)
        before = set(taken)
        try:
            with indexer.transaction():
                [result] = write_articles(session, [(p, False)], taken, indexer)
                session.commit()
        except BaseException as exc:
            session.rollback()
            _undo(taken, before)
            if not isinstance(exc, IntegrityError):
                raise
            # the same content committed by a concurrent import
            done = unchanged(session, p.shown, p.digest)
            if done is None:
                raise
            return replace(done, entry=p.entry)
        return result


def _undo(taken: set[int], before: set[int]) -> None:
    if isinstance(taken, Taken):
        taken.undo(before)
    else:
        taken.intersection_update(before)


def store_batch(
    engine: Engine,
    batch: list[Prepared],
    taken: Taken,
    indexer: Indexer,
) -> list[ImportResult]:
    """Write whole articles in one transaction; on any error, one transaction each, so a bad
    article fails alone. Content already stored (or repeated in the batch) is "unchanged"."""
    before = set(taken)
    try:
        with indexer.transaction(), Session(engine) as session:
            begin(session)
            held = stored_by_digest(session.connection(), sorted({p.digest for p in batch}))
            results: list[ImportResult | int | None] = []
            todo: list[tuple[Prepared, bool]] = []
            first: dict[str, int] = {}  # digest → its position in `todo`
            for p in batch:
                if p.digest in held:
                    article_id, title = held[p.digest]
                    results.append(
                        ImportResult(
                            p.shown, "unchanged", article_id=article_id, title=title, entry=p.entry
                        )
                    )
                elif p.digest in first:
                    results.append(first[p.digest])
                else:
                    first[p.digest] = len(todo)
                    results.append(None)
                    todo.append((p, False))
            written = write_articles(session, todo, taken, indexer)
            session.commit()
    except Exception:
        taken.undo(before)
        return store_each(engine, batch, taken, indexer)
    fresh = iter(written)
    out = []
    for p, r in zip(batch, results, strict=True):
        if r is None:
            out.append(next(fresh))
        elif isinstance(r, int):  # the same content as an earlier article of the batch
            same = written[r]
            out.append(
                ImportResult(
                    p.shown,
                    "unchanged",
                    article_id=same.article_id,
                    title=same.title,
                    entry=p.entry,
                )
            )
        else:
            out.append(r)
    return out


class KnownIn:
    """Whether the library holds a digest, for one file: the digests its articles are about
    to ask are read with one query (`prefetch`), and any other asked through one connection
    (a query per article cost as much as extracting a short one)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None
        self._answers: dict[str, ImportResult | None] = {}

    def _ask(self, digests: list[str]) -> dict[str, ImportResult | None]:
        if self._conn is None:
            self._conn = self.engine.connect()
        try:
            rows = stored_by_digest(self._conn, digests)
        finally:
            self._conn.rollback()  # no transaction (nor snapshot) is held between questions
        found = dict.fromkeys(digests)
        for digest, (article_id, title) in rows.items():
            found[digest] = ImportResult("", "unchanged", article_id=article_id, title=title)
        return found

    def prefetch(self, digests: list[str]) -> None:
        self._answers = self._ask(digests) if digests else {}

    def __call__(self, digest: str) -> ImportResult | None:
        if digest in self._answers:
            return self._answers[digest]
        return self._ask([digest])[digest]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

"""Importing files into the library: read → extract → store, one transaction per article.

Every file is reported, failures with a one-line reason, and nothing already stored changes
because of a bad file. Extraction runs outside any transaction; each article is then written
in one short `BEGIN IMMEDIATE` transaction, so a kill leaves every article whole or absent
and a concurrent import simply waits (WAL and busy timeout come from `store.db`). The same
transaction indexes the new events (clusters, actor links: `store.index.Indexer`), so they
are written once and never read back. `write_articles` stores any number of whole articles
with one bulk statement per table (`store.pipeline` batches them).
A changed file updates its article in place: the `Article.id` that other tables (read and
star state) refer to is kept, only paragraphs, time expressions and events are replaced.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, insert, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, SQLModel, select

from store.extract import Extraction, extract
from store.formats import EXTENSIONS, read_file
from store.index import Indexer, Report
from store.models import Article, Event, EventActor, Paragraph, TimeExpression
from store.reader import ArticleError, ParsedArticle

ARTICLE_SUFFIXES = set(EXTENSIONS)
MAX_BYTES = 10 * 1024 * 1024
STDIN = "-"
STDIN_PATH = "<stdin>"
NO_ARTICLE_FILES = "no article files in this folder (none named *.txt, *.html, *.md, *.jsonl, ...)"
# Files every project folder has that are not articles; skipped in folders, read if named.
NOT_ARTICLES = ("readme", "license", "licence", "copying", "attribution", "changelog", "notice")


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: str
    status: str  # imported | updated | unchanged | failed
    reason: str | None = None
    article_id: int | None = None
    title: str | None = None
    events: int = 0
    warnings: tuple[str, ...] = ()  # e.g. invalid UTF-8 replaced: imported, but say so


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(r.status for r in self.results)

    @property
    def failed(self) -> list[ImportResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def warnings(self) -> list[tuple[str, str]]:
        return [(r.path, w) for r in self.results for w in r.warnings]

    def summary(self) -> str:
        c = self.counts
        parts = [f"{c['imported']} imported"]
        if c["updated"]:
            parts.append(f"{c['updated']} updated")
        parts += [f"{c['unchanged']} unchanged", f"{c['failed']} failed"]
        return ", ".join(parts)


def format_size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            value = n / scale
            return (
                f"{value:.0f} {unit}"
                if value >= 10 or value == int(value)
                else f"{value:.1f} {unit}"
            )
    return f"{n} bytes"


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "unreadable file: permission denied"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return (exc.strerror or str(exc)).strip() or type(exc).__name__


# -- finding files -------------------------------------------------------------------------


def _walk(
    folder: Path, ancestors: frozenset, visited: set, revisited: list[Path]
) -> Iterator[tuple[Path, str | None]]:
    """The folder's article files, recursively; `revisited` collects subfolders skipped
    because an earlier path already read them."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield folder, _os_reason(exc)
        return
    names = {e.name for e in entries}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        known = child.suffix.lower() in ARTICLE_SUFFIXES and not child.stem.lower().startswith(
            NOT_ARTICLES
        )
        try:
            st = child.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                yield child, _os_reason(exc)
            elif known or not entry.is_symlink():
                yield child, "broken symbolic link" if entry.is_symlink() else _os_reason(exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield child, "symlink loop: leads back to a folder already being read"
            elif key in visited:
                revisited.append(child)
            elif not _page_assets(child.name, names):
                visited.add(key)
                yield from _walk(child, ancestors | {key}, visited, revisited)
        elif known:
            yield child, None


def _page_assets(name: str, siblings: set[str]) -> bool:
    """A browser's "Save page, complete" folder (page_files/ beside page.html): not articles."""
    stem = name[: -len("_files")] if name.endswith("_files") else None
    return stem is not None and any(f"{stem}{ext}" in siblings for ext in (".html", ".htm"))


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file to import, with an error when the path itself is unusable.

    Folders are walked recursively (following symlinks, reporting loops) for files with a
    known article extension; hidden entries, README/LICENSE-like files and a saved page's
    `*_files/` assets are skipped. Files named explicitly are read
    whatever their extension; `-` is standard input.
    """
    visited: set = set()
    for raw in paths:
        if str(raw) == STDIN:
            yield Path(STDIN), None
            continue
        path = Path(raw)
        try:
            st = path.stat()
        except OSError as exc:
            yield path, _os_reason(exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in visited:
                continue  # named twice, or inside a folder named before: read once
            visited.add(key)
            revisited: list[Path] = []
            inside = _walk(path, frozenset({key}), visited, revisited)
            first = next(inside, None)
            if first is None:  # say so: "0 imported, 0 failed" alone reads like success
                if not revisited:
                    yield path, NO_ARTICLE_FILES
                continue
            yield first
            yield from inside
        elif stat.S_ISREG(st.st_mode):
            yield path, None
        else:
            yield path, "not a regular file"


# -- reading -------------------------------------------------------------------------------


def _too_big(size: int, max_bytes: int) -> ArticleError:
    shown, limit = format_size(size), format_size(max_bytes)
    if shown == limit:  # just over: rounding would say "10 MB; the limit is 10 MB"
        shown, limit = f"{size:,} bytes", f"{max_bytes:,} bytes = {limit}"
    return ArticleError(f"file too large ({shown}; the limit is {limit})")


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; ArticleError when unreadable, not a regular file or over the limit."""
    try:  # O_NONBLOCK: a FIFO must not hang the import
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ArticleError(_os_reason(exc)) from None
    with os.fdopen(fd, "rb") as f:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise ArticleError("not a regular file")
            if st.st_size > max_bytes:
                raise _too_big(st.st_size, max_bytes)
            data = f.read(max_bytes + 1)
        except OSError as exc:
            raise ArticleError(_os_reason(exc)) from None
    if len(data) > max_bytes:
        raise _too_big(len(data), max_bytes)
    return data


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> bytes:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(_os_reason(exc)) from None
    if len(data) > max_bytes:
        raise ArticleError(f"input too large (the limit is {format_size(max_bytes)})")
    return data


# -- storing -------------------------------------------------------------------------------


def _article_digest(article: ParsedArticle) -> str:
    """Content identity of one article among several in a file (feed entry, JSONL line)."""
    record = {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
        "author": article.author,
        "format": article.format,
        "paragraphs": [[p.kind, p.text] for p in article.paragraphs],
    }
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(b"entry\0" + blob).hexdigest()


def _begin(session: Session) -> None:
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


@dataclass
class Prepared:
    """One article read and extracted, ready to be written (pickled: made in workers).

    `article` carries the article's fields without its paragraphs; those travel in
    `content` as plain tuples, each (kind, text, time expressions, events) in the column
    order of the rows they become — tuples cost a tenth of dataclasses to pickle."""

    shown: str
    key: str | None
    article: ParsedArticle
    digest: str
    several: bool
    warnings: tuple[str, ...]
    content: tuple[tuple, ...]


def _content(article: ParsedArticle, extraction: Extraction) -> tuple[tuple, ...]:
    """Paragraphs with their time expressions and events, as the rows `write_articles`
    stores (events also carry their actors once each, for the actor index)."""
    if not article.paragraphs:
        return ()
    return tuple(
        (
            para.kind,
            para.text,
            tuple((t.start, t.end, t.text, t.type, t.value, t.mod) for t in found.timexes),
            tuple(
                (
                    e.sent_start,
                    e.sent_end,
                    e.trigger,
                    e.date,
                    e.start,
                    e.end,
                    e.dating,
                    e.type,
                    e.summary,
                    json.dumps(list(e.actors), ensure_ascii=False),
                    tuple(dict.fromkeys(e.actors)),
                )  # fmt: skip
                for e in found.events
            ),
        )
        for para, found in zip(article.paragraphs, extraction.paragraphs, strict=True)
    )


def _unchanged(session: Session, shown: str, digest: str) -> ImportResult | None:
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
    safe because the caller holds the write lock (`_begin`); PostgreSQL: from the sequence."""
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


def _store(
    engine: Engine, p: Prepared, taken: set[int], indexer: Indexer | None = None
) -> ImportResult:
    """Write one article in its own transaction."""
    indexer = indexer or Indexer()
    with Session(engine) as session:
        _begin(session)
        done = _unchanged(session, p.shown, p.digest)
        if done is not None:  # another import stored it meanwhile
            session.rollback()
            return done
        try:
            with indexer.transaction():
                [result] = write_articles(session, [(p, False)], taken, indexer)
                session.commit()
        except IntegrityError:  # the same content committed by a concurrent import
            session.rollback()
            done = _unchanged(session, p.shown, p.digest)
            if done is None:
                raise
            return done
        return result


def _failure(shown: str, exc: BaseException) -> ImportResult:
    if isinstance(exc, ArticleError):
        return ImportResult(shown, "failed", reason=str(exc))
    if isinstance(exc, OperationalError) and "locked" in str(exc):
        return ImportResult(
            shown, "failed", reason="library is locked by another process; try again"
        )
    text = str(exc).strip()
    first_line = text.splitlines()[0][:200] if text else ""
    return ImportResult(shown, "failed", reason=f"{type(exc).__name__}: {first_line}".rstrip(": "))


def read_source(
    path: Path,
    *,
    known: Callable[[str], ImportResult | None],
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> tuple[str, str | None, bytes] | ImportResult:
    """(shown name, library key, bytes) of a file, or its final result when it is
    unreadable or already stored byte for byte (then it is not even parsed)."""
    is_stdin = str(path) == STDIN
    shown = STDIN_PATH if is_stdin else str(path)
    try:
        data = _read_stdin(stdin, max_bytes) if is_stdin else read_bytes(path, max_bytes)
        key = None if is_stdin else str(path.resolve())
    except Exception as exc:
        return _failure(shown, exc)
    if default_date is None or is_stdin:
        done = known(hashlib.sha256(data).hexdigest())
        if done is not None:
            return replace(done, path=shown)
    return shown, key, data


def prepare_data(
    shown: str,
    key: str | None,
    data: bytes,
    *,
    known: Callable[[str], ImportResult | None],
    default_date: dt.date | None = None,
) -> list[Prepared | ImportResult]:
    """Parse and extract a file's bytes: a `Prepared` per new article, or final results
    (unchanged, failed). Pure CPU work, run in worker processes by `store.pipeline`."""
    try:
        found = read_file(None if key is None else Path(key), data, default_date=default_date)
    except Exception as exc:  # a bad file or a bug must not stop the other files
        return [_failure(shown, exc)]
    raw_digest = hashlib.sha256(data).hexdigest()
    out: list[Prepared | ImportResult] = []
    warnings = tuple(found.warnings)
    for entry in found.entries:
        if entry.article is None:
            out.append(ImportResult(shown, "failed", reason=f"{entry.where}: {entry.error}"))
            continue
        article = entry.article
        if found.several:
            digest = _article_digest(article)
        elif article.date_note and default_date and article.published == default_date:
            digest = hashlib.sha256(
                data + b"\0date=" + default_date.isoformat().encode()
            ).hexdigest()
        else:
            digest = raw_digest
        done = known(digest)
        if done is not None:
            out.append(replace(done, path=shown))
            continue
        try:
            extraction = extract(article)
        except Exception as exc:
            failure = _failure(shown, exc)
            where = f"{entry.where}: " if entry.where else ""
            out.append(ImportResult(shown, "failed", reason=f"{where}{failure.reason}"))
            continue
        content = _content(article, extraction)
        article = replace(article, paragraphs=())
        out.append(Prepared(shown, key, article, digest, found.several, warnings, content))
        warnings = ()  # a file's warnings are told once
    return out


def prepare_file(
    path: Path,
    *,
    known: Callable[[str], ImportResult | None],
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> list[Prepared | ImportResult]:
    """`read_source` then `prepare_data`, in this process."""
    source = read_source(
        path, known=known, default_date=default_date, max_bytes=max_bytes, stdin=stdin
    )
    if isinstance(source, ImportResult):
        return [source]
    shown, key, data = source
    return prepare_data(shown, key, data, known=known, default_date=default_date)


def _known_in(engine: Engine) -> Callable[[str], ImportResult | None]:
    def known(digest: str) -> ImportResult | None:
        with Session(engine) as session:
            return _unchanged(session, "", digest)

    return known


def import_file(
    engine: Engine,
    path: Path,
    *,
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> list[ImportResult]:
    """Import one file (or standard input): one result per article, or one failure."""
    items = prepare_file(
        path,
        known=_known_in(engine),
        default_date=default_date,
        max_bytes=max_bytes,
        stdin=stdin,
    )
    results: list[ImportResult] = []
    taken: set[int] = set()
    indexer = Indexer()
    for item in items:
        if isinstance(item, ImportResult):
            results.append(item)
            continue
        try:
            results.append(_store(engine, item, taken, indexer))
        except Exception as exc:
            results.append(_failure(item.shown, exc))
    return results


def import_paths(
    engine: Engine,
    paths: Iterable[str | Path],
    on_result: Callable[[ImportResult], None] | None = None,
    *,
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
    on_files: Callable[[int], None] | None = None,
    on_file_done: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import files and folders; every file is reported, failures included.

    `on_files` is told how many files were found before the first is read, `on_file_done`
    when each is finished (for progress; a feed gives several results for one file);
    `default_date` dates articles that carry no date; `max_bytes` is the per-file limit.
    """
    report = ImportReport()
    files = list(iter_files(paths))
    if on_files:
        on_files(len(files))
    for path, problem in files:
        if problem:
            results = [ImportResult(str(path), "failed", reason=problem)]
        else:
            results = import_file(
                engine, path, default_date=default_date, max_bytes=max_bytes, stdin=stdin
            )
        for result in results:
            report.results.append(result)
            if on_result:
                on_result(result)
        if on_file_done:
            on_file_done(str(path))
    return report

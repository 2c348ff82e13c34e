"""The library's schema version and how an older library is brought up to date.

Versions, in order (each is what `upgrade` guarantees after it runs):
1. articles, paragraphs, time expressions, events (Dateline v1);
2. articles keep url, author and format; events have a duplicate `cluster`;
   the actor index (`actor`, `event_actor`) and the timeline-order indexes exist.
3. the timeline of one type reads a covering index (`ix_event_type_order`), which replaces
   `ix_event_type_start`; `ix_event_start` is gone (`ix_event_order` starts with `start`).
   Fewer, better indexes: every event an import writes updates each of them.
4. articles keep their language and the keys that find another copy of the same story
   (`url_key`, `text_key`, indexed); an older library's keys are filled in on upgrade.
5. events keep a saying's speaker (`event.speaker`, NULL in an older library's events:
   its sayings join by their actors, as before).
6. articles' import times are indexed (`ix_article_imported_at`): the events new since the
   reader was last closed are those of the few articles imported after it; stories
   (`story`, `story_member`, `story_term`, `story_posting`: see `store.stories`), filled in
   for the articles not grouped yet. Events flag the entries whose sources disagree on
   the date (`event.conflict` on a cluster's head, `ix_event_conflicts`: `db.crossday`).

Every step is additive — new tables, new nullable or defaulted columns, new indexes — or
drops an index that another replaces (`RETIRED_INDEXES`), so an upgrade never loses data,
and derived values (clusters, actor links) are filled in by `db.index` when the library
is opened. The version lives in the `dateline_meta` table; a library
from a newer Dateline is refused rather than damaged.

`survey` reads what a library holds without writing, so opening an up-to-date library
writes nothing; `upgrade` writes only when something is missing, holding the write lock
(SQLite `BEGIN IMMEDIATE`, a PostgreSQL advisory lock) and looking again once it has it,
so processes opening a new library at the same moment create it once. A SQLite library is
marked with `APPLICATION_ID`; a file holding other tables and no mark is someone else's
and is refused, never adopted.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import SQLModel

VERSION = 6
# Indexes of older versions that newer ones replace, dropped on upgrade.
RETIRED_INDEXES = ("ix_event_type_start", "ix_event_start")
# `PRAGMA application_id` of a Dateline SQLite file ("DTLN"): how a library is told from
# someone else's database given as `--db`. Libraries from before it carry 0.
APPLICATION_ID = 0x4454_4C4E
# PostgreSQL advisory lock held while the schema is created or upgraded (search: 7242001).
SCHEMA_LOCK = 7242000
# The reader's own tables: an old library opened read-only can be read without them.
STATE_TABLES = ("reader_article_state", "reader_value")
# Tables Dateline makes outside the models (search index, schema version).
_OWN_PREFIXES = ("dateline_meta", "search_fts", "search_indexed", "search_meta", "search_doc")


class NewerLibraryError(RuntimeError):
    """The library was written by a newer Dateline than this one."""


class NotALibraryError(RuntimeError):
    """The database is someone else's (or not a database): Dateline will not touch it."""


@dataclass(frozen=True)
class Survey:
    """What a database holds, read without writing."""

    dialect: str
    tables: frozenset[str]
    columns: dict[str, frozenset[str]]  # Dateline's tables present → their columns
    indexes: frozenset[str]
    version: int | None  # as recorded in `dateline_meta`; None when nothing is
    application_id: int | None = None  # SQLite's file mark; None on other engines
    # A SQLite file in rollback-journal mode (a copy made by some tool): readers would wait
    # for writers, so it is put back in WAL mode when it can be written.
    rollback_journal: bool = False

    @property
    def empty(self) -> bool:
        return not self.tables

    def missing(self, tables=None) -> list[str]:
        """Dateline's tables and columns this database lacks ("event", "event.cluster")."""
        gaps = []
        for table in tables or SQLModel.metadata.sorted_tables:
            present = self.columns.get(table.name)
            if present is None:
                gaps.append(table.name)
            else:
                gaps += [f"{table.name}.{c.name}" for c in table.columns if c.name not in present]
        return gaps

    @property
    def readable(self) -> bool:
        """Every table and column a read needs is there (the reader's state aside)."""
        tables = [t for t in SQLModel.metadata.sorted_tables if t.name not in STATE_TABLES]
        return not self.empty and not self.missing(tables)

    @property
    def state_ready(self) -> bool:
        tables = [t for t in SQLModel.metadata.sorted_tables if t.name in STATE_TABLES]
        return not self.missing(tables)

    @property
    def current(self) -> bool:
        """Nothing to do: this version, every table, column and index, no retired index."""
        wanted = {i.name for t in SQLModel.metadata.sorted_tables for i in t.indexes}
        return (
            self.version == VERSION
            and not self.rollback_journal
            and not self.missing()
            and wanted <= self.indexes
            and not self.indexes & set(RETIRED_INDEXES)
        )

    @property
    def found(self) -> int | None:
        """The version found, for reports: 1 for a library from before versions were kept."""
        if self.version is not None:
            return self.version
        return 1 if "article" in self.tables else None

    def check(self) -> None:
        """Refuse a library from a newer Dateline, and a database that is not a library."""
        if self.version is not None and self.version > VERSION:
            raise NewerLibraryError(
                f"library schema {self.version} is newer than this Dateline understands ({VERSION})"
            )
        if self.application_id not in (None, 0, APPLICATION_ID):
            raise NotALibraryError(
                "not a Dateline library: it belongs to another application "
                f"(application_id {self.application_id:#x})"
            )
        if self.application_id == 0 and not self._dateline_made():
            other = sorted(t for t in self.tables if not _own_table(t))
            if other:
                shown = ", ".join(other[:5]) + (", …" if len(other) > 5 else "")
                raise NotALibraryError(f"not a Dateline library: it holds other tables ({shown})")

    def _dateline_made(self) -> bool:
        """An unmarked library from before the mark: it has Dateline's core tables."""
        return "article" in self.tables and (
            "dateline_meta" in self.tables or {"paragraph", "event"} <= self.tables
        )


def _own_table(name: str) -> bool:
    return name in SQLModel.metadata.tables or name.startswith(_OWN_PREFIXES)


_SQLITE_OBJECTS = "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index')"
_PG_COLUMNS = """
SELECT c.relname, a.attname FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
"""
_PG_INDEXES = """
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind = 'i'
"""


def survey(conn: Connection) -> Survey:
    """Read what the database holds (a few catalogue queries; no write, no lock)."""
    dialect = conn.dialect.name
    ours = [t.name for t in SQLModel.metadata.sorted_tables]
    app_id, rollback = None, False
    if dialect == "sqlite":
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()  # no value: only reads
        rollback = journal in ("delete", "truncate", "persist")
        objects = conn.exec_driver_sql(_SQLITE_OBJECTS).all()
        tables = {n for kind, n in objects if kind == "table" and not n.startswith("sqlite_")}
        indexes = {n for kind, n in objects if kind == "index"}
        present = [t for t in ours if t in tables]
        columns: dict[str, set[str]] = {t: set() for t in present}
        if present:
            names = ", ".join(f"'{t}'" for t in present)  # our own table names: no quoting issue
            for table, column in conn.exec_driver_sql(
                "SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p"
                f" WHERE m.type = 'table' AND m.name IN ({names})"
            ):
                columns[table].add(column)
    elif dialect == "postgresql":
        columns = {}
        for table, column in conn.execute(text(_PG_COLUMNS)):
            columns.setdefault(table, set())
            if column is not None:
                columns[table].add(column)
        tables = set(columns)
        columns = {t: c for t, c in columns.items() if t in ours}
        indexes = set(conn.execute(text(_PG_INDEXES)).scalars())
    else:
        inspector = inspect(conn)
        tables = set(inspector.get_table_names())
        columns = {t: {c["name"] for c in inspector.get_columns(t)} for t in ours if t in tables}
        indexes = {i["name"] for t in columns for i in inspector.get_indexes(t)}
    version = None
    if "dateline_meta" in tables:
        row = conn.execute(text("SELECT value FROM dateline_meta WHERE key = 'schema'")).first()
        version = int(row[0]) if row else None
    return Survey(
        dialect,
        frozenset(tables),
        {t: frozenset(c) for t, c in columns.items()},
        frozenset(indexes),
        version,
        app_id,
        rollback,
    )


@contextmanager
def schema_lock(engine: Engine) -> Iterator[Connection]:
    """A connection holding the right to change the schema, committed on leaving: one
    process at a time creates or upgrades a library; the others wait and look again."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            # Kept in the file; cannot change inside a transaction. A no-op once set.
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, waiting busy_timeout
        elif conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        yield conn
        conn.commit()


# SQLite answers "database is locked" at once, without waiting its busy timeout, to a
# connection that meets a file while another switches it to WAL or recovers its WAL index:
# several processes opening one new library together. Such a refusal is tried again, for a
# while; one that took the whole busy timeout is a real lock and goes to the caller.
T = TypeVar("T")
FAST_REFUSAL = 1.0  # seconds: quicker than this, SQLite did not wait
RETRY_FOR = 15.0  # seconds of retrying in all


def is_locked(exc: BaseException) -> bool:
    """True when SQLite refused for the write lock another process held ("database is
    locked"), whether at once or after its busy timeout."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorname", "") or ""
    return code.startswith("SQLITE_BUSY") or "database is locked" in str(orig)


def _refused_at_once(exc: DBAPIError, took: float) -> bool:
    return is_locked(exc) and took < FAST_REFUSAL


def patiently(action: Callable[[], T]) -> T:
    """`action()`, tried again while SQLite refuses it at once as locked (see above)."""
    deadline = time.monotonic() + RETRY_FOR
    while True:
        started = time.monotonic()
        try:
            return action()
        except DBAPIError as exc:
            if not _refused_at_once(exc, time.monotonic() - started):
                raise
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def upgrade(engine: Engine) -> tuple[int | None, int]:
    """Create or upgrade the schema if anything is missing; return (version found, version
    now). Writes nothing when the library is up to date."""
    return patiently(lambda: _upgrade(engine))


def _upgrade(engine: Engine) -> tuple[int | None, int]:
    with engine.connect() as conn:
        found = survey(conn)
    found.check()
    if found.current:
        return found.found, VERSION
    with schema_lock(engine) as conn:
        found = survey(conn)  # again, under the lock: another process may have done it
        found.check()
        if not found.current:
            _apply(conn, found)
    return found.found, VERSION


def mark(conn: Connection) -> None:
    """Mark a SQLite file as a Dateline library (a write: needs the write lock)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _apply(conn: Connection, found: Survey) -> None:
    mark(conn)
    SQLModel.metadata.create_all(conn)
    if not found.empty:
        _add_missing(conn, found)
        if "article" in found.columns and "text_key" not in found.columns["article"]:
            _fill_identity(conn)
    conn.execute(
        text("CREATE TABLE IF NOT EXISTS dateline_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    )
    conn.execute(text("DELETE FROM dateline_meta WHERE key = 'schema'"))
    conn.execute(
        text("INSERT INTO dateline_meta (key, value) VALUES ('schema', :v)"), {"v": str(VERSION)}
    )


def _fill_identity(conn: Connection) -> None:
    """Version 4's keys for the articles an older library holds (one pass over their
    paragraphs), so a copy imported later is matched with them too."""
    from dateline.store.db.identity import TEXT_KEY_FORMATS, text_key, url_key

    rows = conn.execute(text("SELECT id, url, format FROM article")).all()
    texts: dict[int, list[str]] = {}
    for article_id, body in conn.execute(
        text("SELECT article_id, text FROM paragraph WHERE kind = 'body' ORDER BY article_id")
    ):
        texts.setdefault(article_id, []).append(body)
    updates = [
        {
            "id": article_id,
            "u": url_key(url),
            "t": text_key(texts.get(article_id, ())) if fmt in TEXT_KEY_FORMATS else None,
        }
        for article_id, url, fmt in rows
    ]
    if updates:
        conn.execute(text("UPDATE article SET url_key = :u, text_key = :t WHERE id = :id"), updates)


def _add_column(conn, table: str, column) -> None:
    """ALTER TABLE … ADD COLUMN, tolerating a column that is already there (a library that an
    older Dateline, without the schema lock, was upgrading at the same moment)."""
    kind = column.type.compile(dialect=conn.dialect)
    default = column.default.arg if column.default is not None else None
    clause = f" DEFAULT '{default}'" if isinstance(default, str) else ""
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(f'ALTER TABLE "{table}" ADD COLUMN IF NOT EXISTS "{column.name}" {kind}{clause}')
        )
        return
    try:
        conn.execute(text(f'ALTER TABLE "{table}" ADD COLUMN "{column.name}" {kind}{clause}'))
    except OperationalError as exc:  # SQLite: a statement error leaves the transaction open
        if "duplicate column" not in str(exc):
            raise


def _add_missing(conn: Connection, found: Survey) -> None:
    """Add the columns and indexes an older library lacks (all nullable or defaulted), as
    the survey made under the lock found them; a table it lacked `create_all` made whole."""
    for table in SQLModel.metadata.sorted_tables:
        present = found.columns.get(table.name)
        if present is None:
            continue
        for column in table.columns:
            if column.name not in present:
                _add_column(conn, table.name, column)
        for index in table.indexes:
            if index.name not in found.indexes:
                index.create(conn, checkfirst=True)
    for name in RETIRED_INDEXES:
        conn.execute(text(f'DROP INDEX IF EXISTS "{name}"'))

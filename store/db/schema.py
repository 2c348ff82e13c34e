"""The library's schema version and how an older library is brought up to date.

Versions, in order (each is what `upgrade` guarantees after it runs):
1. articles, paragraphs, time expressions, events (Dateline v1);
2. articles keep url, author and format; events have a duplicate `cluster`;
   the actor index (`actor`, `event_actor`) and the timeline-order indexes exist.
3. the timeline of one type reads a covering index (`ix_event_type_order`), which replaces
   `ix_event_type_start`; `ix_event_start` is gone (`ix_event_order` starts with `start`).
   Fewer, better indexes: every event an import writes updates each of them.

Every step is additive — new tables, new nullable or defaulted columns, new indexes — or
drops an index that another replaces (`RETIRED_INDEXES`), so an upgrade never loses data,
and derived values (clusters, actor links) are filled in by `db.index` when the library
is opened. The version lives in the `dateline_meta` table; a library
from a newer Dateline is refused rather than damaged.
"""

from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel

VERSION = 3
# Indexes of older versions that newer ones replace, dropped on upgrade.
RETIRED_INDEXES = ("ix_event_type_start", "ix_event_start")


class NewerLibraryError(RuntimeError):
    """The library was written by a newer Dateline than this one."""


def _version(conn) -> int | None:
    if not inspect(conn).has_table("dateline_meta"):
        return None
    row = conn.execute(text("SELECT value FROM dateline_meta WHERE key = 'schema'")).first()
    return int(row[0]) if row else None


def upgrade(engine: Engine) -> tuple[int | None, int]:
    """Create or upgrade the schema; return (version found, version now)."""
    with engine.begin() as conn:
        found = _version(conn)
        if found is not None and found > VERSION:
            raise NewerLibraryError(
                f"library schema {found} is newer than this Dateline understands ({VERSION})"
            )
        had_tables = inspect(conn).has_table("article")
    SQLModel.metadata.create_all(engine)
    if had_tables:
        _add_missing(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS dateline_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
            )
        )
        conn.execute(text("DELETE FROM dateline_meta WHERE key = 'schema'"))
        conn.execute(
            text("INSERT INTO dateline_meta (key, value) VALUES ('schema', :v)"),
            {"v": str(VERSION)},
        )
    return (found if found is not None else (1 if had_tables else None)), VERSION


def _add_column(conn, table: str, column) -> None:
    """ALTER TABLE … ADD COLUMN, tolerating another process that opened the same old library
    at the same moment and added it first."""
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


def _add_missing(engine: Engine) -> None:
    """Add the columns and indexes an older library lacks (all nullable or defaulted)."""
    inspector = inspect(engine)
    with engine.begin() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if not inspector.has_table(table.name):
                continue
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present:
                    _add_column(conn, table.name, column)
            for index in table.indexes:
                index.create(conn, checkfirst=True)
        for name in RETIRED_INDEXES:
            conn.execute(text(f'DROP INDEX IF EXISTS "{name}"'))

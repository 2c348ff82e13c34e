"""Where the library lives and how to open it.

`--db` / `DATELINE_DB` take a file path (SQLite) or a SQLAlchemy URL; the default is
`library.db` in the user's data directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import create_engine

from dateline.store.db import models, state  # noqa: F401  (registers the tables the schema manages)
from dateline.store.db.schema import upgrade

ENV_VAR = "DATELINE_DB"


def default_path() -> Path:
    return Path(user_data_dir("dateline", appauthor=False)) / "library.db"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for an explicit `--db`, else `$DATELINE_DB`, else the default file."""
    target = db or os.environ.get(ENV_VAR) or str(default_path())
    if "://" in target:
        return target
    path = Path(target).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


# Page cache per connection (KiB): a large import inserts into indexes whose pages are
# spread over the file; SQLite's default 2 MB re-reads them from the OS on every batch.
CACHE_KIB = 64 * 1024
# WAL pages before a commit checkpoints them into the database (SQLite's default is 1000):
# index pages written by consecutive import batches are then copied once, not once each.
# Durability is unchanged (WAL, synchronous=NORMAL: a commit survives a crash of the
# process; an interrupted import leaves whole articles), only the WAL file grows larger.
WAL_PAGES = 8000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_PAGES}")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def open_engine(db: str | None = None) -> Engine:
    """Open (and create if needed) the library's database."""
    url = resolve_url(db)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    upgrade(engine)
    return engine

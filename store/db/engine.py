"""Where the library lives and how to open it: for writing when it can be written, else for
reading only.

`--db` / `DATELINE_DB` take a file path (SQLite) or a SQLAlchemy URL; the default is
`library.db` in the user's data directory. Opening an up-to-date library writes nothing, so
a read-only file or folder, a full disk or another process holding the write lock never
stop anyone from reading it (`open_library`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import create_engine

from dateline.store.db import models, state  # noqa: F401  (registers the tables the schema manages)
from dateline.store.db.schema import (
    NotALibraryError,
    Survey,
    is_locked,
    patiently,
    survey,
    upgrade,
)

ENV_VAR = "DATELINE_DB"
# Below this much free space a write is likely to fail halfway (WAL frames, a checkpoint),
# so a library on such a disk opens for reading, and says why, rather than fail at a mark.
FULL_BYTES = 256 * 1024


class LibraryReadOnly(Exception):
    """A write asked of a library that cannot take it: opened read-only, a read-only file,
    folder, server or role, or a full disk. The message is one line for the reader
    ("library.db is read-only: cannot save the note"); `reason` is its first part."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


def default_path() -> Path:
    return Path(user_data_dir("dateline", appauthor=False)) / "library.db"


def resolve_url(db: str | None = None, create: bool = True) -> str:
    """The SQLAlchemy URL for an explicit `--db`, else `$DATELINE_DB`, else the default file.
    `create` makes the file's folder (a read-only open creates nothing)."""
    target = db or os.environ.get(ENV_VAR) or str(default_path())
    if "://" in target:
        return target
    path = Path(target).expanduser().resolve()
    if create:
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
    """Per-connection settings only: none of them writes to the file (WAL, which is kept in
    the file, is set by `schema.upgrade` when it creates a library)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_PAGES}")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


@dataclass(frozen=True)
class Opened:
    """An open library: its engine, why it is read-only (None when it can be written), and
    whether the reader's state tables can be read (an old library opened read-only may
    lack them)."""

    engine: Engine
    read_only: str | None
    state_ready: bool = True


def open_engine(db: str | None = None) -> Engine:
    """Open (and create or upgrade if needed) the library's database for writing."""
    return open_library(db).engine


def open_library(db: str | None = None, read_only: bool = False) -> Opened:
    """Open a library. `read_only` opens it without any write (SQLite `mode=ro`; PostgreSQL
    read-only transactions). Otherwise it is created or upgraded only when something needs
    doing, and opened for reading only, with the reason, when it cannot be written."""
    url = resolve_url(db, create=not read_only)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return _open_sqlite(Path(parsed.database), read_only)
    return _open_server(url, read_only)


def write_refused(exc: BaseException, name: str) -> str | None:
    """Why a database error means the library cannot be written now ("library.db is
    read-only", "the disk holding library.db is full"), or None for any other error."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorname", "") or ""
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or ""
    message = str(orig).lower()
    if code == "SQLITE_FULL" or sqlstate == "53100" or "database or disk is full" in message:
        return f"the disk holding {name} is full"
    if code.startswith("SQLITE_READONLY") or "readonly database" in message:
        return f"{name} is read-only"
    if sqlstate == "25006":  # read_only_sql_transaction: a standby or a read-only session
        return f"{name} is read-only"
    if sqlstate == "42501":  # insufficient_privilege: this role may only read
        return f"{name} is read-only for this user"
    return None


# -- SQLite ---------------------------------------------------------------------------------


def _sqlite_engine(path: Path, mode: str) -> Engine:
    """`mode`: "rw" (created if missing), "ro" (SQLite refuses every write), or "immutable"
    (read-only, no locks: for a WAL library in a read-only folder, where SQLite cannot
    create the shared-memory file that a `mode=ro` reader needs)."""
    url = f"sqlite:///{path}"
    if mode == "rw":
        engine = create_engine(url)
    else:
        import sqlite3

        uri = path.as_uri() + ("?mode=ro" if mode == "ro" else "?immutable=1")
        engine = create_engine(
            url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _unwritable(path: Path) -> str | None:
    """Why the library file cannot take writes, as far as the file system tells: a
    read-only file or folder (SQLite writes its WAL beside the file), or a full disk."""
    name = path.name
    folder = path.parent
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        return f"{name} is read-only"
    try:
        fs = os.statvfs(folder)
    except (AttributeError, OSError):  # no statvfs (Windows): a full disk shows at a write
        return None
    if fs.f_bavail * fs.f_frsize < FULL_BYTES:
        return f"the disk holding {name} is full"
    return None


def _survey_file(engine: Engine) -> Survey:
    """What the file holds; the engine is disposed of when it cannot be read."""

    def read() -> Survey:
        with engine.connect() as conn:
            return survey(conn)

    try:
        return patiently(read)  # a new file that another process is creating right now
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, DBAPIError) and "not a database" in str(exc.orig):
            # random bytes, or an encrypted database: left exactly as it is
            raise NotALibraryError("not a Dateline library: not a SQLite database") from None
        raise


def _open_sqlite(path: Path, read_only: bool) -> Opened:
    name = path.name
    if read_only:
        if not path.is_file():
            raise FileNotFoundError(f"no library file at {path}")
        reason = f"{name} is opened read-only"
    else:
        reason = _unwritable(path)
        if reason and not path.exists():
            why = "the disk is full" if reason.endswith("full") else "its folder is read-only"
            raise PermissionError(f"cannot create {name}: {why}")
    engine = _sqlite_engine(path, "ro" if reason else "rw")
    try:
        found = _survey_file(engine)
    except DBAPIError as exc:
        refused = write_refused(exc, name) or (
            f"{name} is read-only" if "unable to open" in str(exc.orig) else None
        )
        if refused is None:
            raise
        # A WAL library whose folder is read-only: SQLite cannot make the shared-memory file
        # even for reading. Read the file as it is, unless a WAL holds changes not yet in it.
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            raise LibraryReadOnly(
                f"{refused}, and its changes in {wal.name} cannot be read without writing"
            ) from None
        reason = reason or refused
        engine = _sqlite_engine(path, "immutable")
        found = _survey_file(engine)
    return _settle(engine, found, name, reason)


# -- PostgreSQL and other servers -----------------------------------------------------------

_PG_READ_ONLY = "-c default_transaction_read_only=on"
_PG_WRITABLE = (
    "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on'"
    " OR NOT has_table_privilege('reader_value', 'INSERT')"
)


def _open_server(url: str, read_only: bool) -> Opened:
    parsed = make_url(url)
    name = parsed.render_as_string(hide_password=True)
    args = {}
    if read_only and parsed.get_driver_name() in ("psycopg", "psycopg2"):
        args = {"options": _PG_READ_ONLY}  # the server refuses every write
    engine = create_engine(url, connect_args=args)
    reason = f"{name} is opened read-only" if read_only else None
    try:
        with engine.connect() as conn:
            found = survey(conn)
        opened = _settle(engine, found, name, reason)
        if opened.read_only is None and opened.state_ready and engine.dialect.name == "postgresql":
            with engine.connect() as conn:  # a standby, or a role that may only read
                if conn.execute(text(_PG_WRITABLE)).scalar():
                    return Opened(engine, f"{name} is read-only for this user")
    except BaseException:
        engine.dispose()
        raise
    return opened


# -- both -----------------------------------------------------------------------------------


def _settle(engine: Engine, found: Survey, name: str, reason: str | None) -> Opened:
    """Bring the schema up to date if it is not and can be written; else decide whether it
    can be read as it is. The engine is disposed of when the library cannot be opened."""
    try:
        return _settled(engine, found, name, reason)
    except BaseException:
        engine.dispose()
        raise


def _settled(engine: Engine, found: Survey, name: str, reason: str | None) -> Opened:
    found.check()
    if found.current:
        return Opened(engine, reason)
    if reason is None:
        try:
            upgrade(engine)
            return Opened(engine, None)
        except DBAPIError as exc:
            reason = write_refused(exc, name)
            if reason is None and not (is_locked(exc) and found.readable):
                raise
            if reason is None:  # locked past the timeout: read now, upgrade at a later open
                return Opened(engine, None, found.state_ready)
    if found.empty:
        raise LibraryReadOnly(f"{name} holds no library yet, and {reason}")
    if not found.readable:
        raise LibraryReadOnly(
            f"{name} was made by an older Dateline and must be upgraded, but {reason}"
        )
    return Opened(engine, reason, found.state_ready)

"""Opening a library: reading never writes, so a read-only file or folder, a full disk or
another process's write lock never stop anyone from reading; writes on such a library raise
`LibraryReadOnly`; processes opening a new library at once create it once; and someone
else's database given as `--db` is refused untouched. Each test builds its hostile case."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PG_URL, ROOT, SEED_ARTICLE, _fresh_postgres
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url

from dateline.store.db.schema import APPLICATION_ID, VERSION
from dateline.store.library import Library, LibraryReadOnly
from dateline.tui.cli import main

# What a SQLite statement may do that changes the main database file (authorizer codes).
WRITES = {
    sqlite3.SQLITE_INSERT: "INSERT",
    sqlite3.SQLITE_UPDATE: "UPDATE",
    sqlite3.SQLITE_DELETE: "DELETE",
    sqlite3.SQLITE_CREATE_TABLE: "CREATE TABLE",
    sqlite3.SQLITE_CREATE_INDEX: "CREATE INDEX",
    sqlite3.SQLITE_CREATE_VIEW: "CREATE VIEW",
    sqlite3.SQLITE_CREATE_TRIGGER: "CREATE TRIGGER",
    sqlite3.SQLITE_CREATE_VTABLE: "CREATE VIRTUAL TABLE",
    sqlite3.SQLITE_DROP_TABLE: "DROP TABLE",
    sqlite3.SQLITE_DROP_INDEX: "DROP INDEX",
    sqlite3.SQLITE_DROP_VTABLE: "DROP VIRTUAL TABLE",
    sqlite3.SQLITE_ALTER_TABLE: "ALTER TABLE",
    sqlite3.SQLITE_REINDEX: "REINDEX",
}
WRITING_PRAGMAS = {"application_id", "user_version", "journal_mode"}


@pytest.fixture
def on_connect():
    """Run a function on every SQLite connection any engine opens during the test."""
    added = []

    def add(fn) -> None:
        def hook(dbapi_connection, _record) -> None:
            if isinstance(dbapi_connection, sqlite3.Connection):
                fn(dbapi_connection)

        event.listen(Engine, "connect", hook)
        added.append(hook)

    yield add
    for hook in added:
        event.remove(Engine, "connect", hook)


def _library_file(folder: Path) -> Path:
    """A library holding one article, closed, as a first `dateline import` leaves it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "lib.db"
    assert main(["import", str(SEED_ARTICLE), "--db", str(path), "--quiet"]) == 0
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _app_id(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA application_id").fetchone()[0]


# -- reading writes nothing -------------------------------------------------------------------


def test_opening_an_up_to_date_library_writes_nothing(tmp_path, on_connect):
    path = _library_file(tmp_path)
    writes = []

    def watch(conn: sqlite3.Connection) -> None:
        def authorize(action, arg1, arg2, db, _trigger):
            # (reading the schema is authorized as an UPDATE of sqlite_master: not a write)
            if db != "temp" and action in WRITES and arg1 != "sqlite_master":
                writes.append(f"{WRITES[action]} {arg1}")
            if action == sqlite3.SQLITE_PRAGMA and arg1 in WRITING_PRAGMAS and arg2 is not None:
                writes.append(f"PRAGMA {arg1}={arg2}")
            return sqlite3.SQLITE_OK

        conn.set_authorizer(authorize)

    on_connect(watch)
    witness = sqlite3.connect(path)  # its data_version moves when anyone else commits
    version = witness.execute("PRAGMA data_version").fetchone()
    lib = Library(str(path))
    assert lib.articles() and lib.timeline() and lib.flags() == {} and lib.notes() == {}
    lib.ensure_state()  # the reader's start: its tables are there, so nothing to create
    assert writes == []
    assert witness.execute("PRAGMA data_version").fetchone() == version
    assert not lib.read_only  # it could have written: it had no need to
    lib.close()
    witness.close()


_HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO reader_value (name, value) VALUES ('held', '1')")
print("locked", flush=True)
sys.stdin.read()
"""


def test_reading_works_while_another_process_holds_the_write_lock(tmp_path, capsys):
    """Before, every open rewrote the schema row and waited 10 s for the lock, then failed."""
    path = _library_file(tmp_path)
    capsys.readouterr()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert main(["timeline", "--format", "json", "--db", str(path)]) == 0
        assert main(["articles", "--format", "json", "--db", str(path)]) == 0
        out, err = capsys.readouterr()
        assert "sanctuary" in out and err == ""
        lib = Library(str(path))
        assert not lib.read_only and lib.articles()  # locked is not read-only
        lib.close()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def _without_privileges() -> list[str]:
    """A command prefix under which file permissions apply: none for an ordinary user;
    for root, its capabilities dropped (root ignores read-only modes otherwise)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: read-only modes cannot be enforced")
    return [setpriv, "--bounding-set=-all", "--inh-caps=-all"]


@pytest.mark.parametrize("shared_memory", [False, True], ids=["closed", "open-elsewhere"])
def test_a_read_only_file_and_folder_is_read_and_says_so(tmp_path, shared_memory):
    """File and folder without write permission: reading commands read and say so once on
    stderr, an import is refused in one line, and the file is left as it was. `closed`: no
    WAL files beside it (SQLite cannot make them); `open-elsewhere`: another reader has."""
    path = _library_file(tmp_path / "lib")
    before = _digest(path)
    other = sqlite3.connect(path) if shared_memory else None
    if other is not None:
        other.execute("SELECT count(*) FROM article").fetchone()  # makes -wal and -shm
    prefix = _without_privileges()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:

        def run(*argv: str) -> subprocess.CompletedProcess:
            cmd = [*prefix, sys.executable, "-m", "dateline.tui.cli", *argv, "--db", str(path)]
            return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)

        listed = run("articles", "--format", "json")
        timeline = run("timeline", "--format", "jsonl")
        imported = run("import", str(SEED_ARTICLE))
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)
        if other is not None:
            other.close()
    assert listed.returncode == 0, listed.stderr
    assert "sanctuary" in listed.stdout
    assert listed.stderr == "dateline: lib.db is read-only: reading only\n"
    assert timeline.returncode == 0 and timeline.stdout.strip(), timeline.stderr
    assert imported.returncode == 2
    assert imported.stderr == "dateline: lib.db is read-only: cannot import\n"
    assert _digest(path) == before


def _stored(url: str, tmp_path: Path) -> str:
    """A fresh library with one article at `url` (a file path or a PostgreSQL URL)."""
    if url == "sqlite":
        return str(_library_file(tmp_path))
    _fresh_postgres(url)
    lib = Library(url)
    lib.import_paths([SEED_ARTICLE])
    lib.close()
    return url


ENGINES = ["sqlite", pytest.param(PG_URL, id="postgresql")]


@pytest.mark.parametrize("url", ENGINES)
def test_read_only_open_refuses_every_write(url, tmp_path):
    if url is None:
        pytest.skip("no PostgreSQL server (DATELINE_TEST_PG unset; .ci/run starts one)")
    db = _stored(url, tmp_path)
    lib = Library(db, read_only=True)
    try:
        assert lib.read_only and "opened read-only" in lib.read_only_reason
        [row] = lib.articles()
        assert lib.timeline() and lib.search("Trump") and lib.flags() == {}
        assert lib.update_search_index() == 0
        lib.ensure_state()  # the tables exist: nothing to create, nothing refused
        for write in (
            lambda: lib.set_flags(row.id, read=True),
            lambda: lib.set_note(row.id, "call them"),
            lambda: lib.set_value("place", {"article": row.id}),
            lambda: lib.import_paths([SEED_ARTICLE]),
        ):
            with pytest.raises(LibraryReadOnly, match="opened read-only: cannot"):
                write()
        with pytest.raises(Exception, match="read-only|readonly"), lib.engine.begin() as conn:
            conn.execute(text("DELETE FROM article"))  # the database itself refuses
        assert lib.import_seeds_if_empty() is None
    finally:
        lib.close()
    again = Library(db)
    assert [r.id for r in again.articles()] == [row.id] and again.flags() == {}
    again.close()


# -- a full disk -------------------------------------------------------------------------------


def _cannot_grow(conn: sqlite3.Connection) -> None:
    """A disk with no room left, as SQLite sees it: the file may not gain a page."""
    conn.execute("PRAGMA max_page_count = 1")  # clamped to the pages it has


def test_a_write_on_a_full_disk_raises_library_read_only(tmp_path, on_connect):
    path = _library_file(tmp_path)
    lib = Library(str(path))
    on_connect(_cannot_grow)
    lib.engine.dispose()  # connections from now on are full
    [row] = lib.articles()
    with pytest.raises(LibraryReadOnly, match="^the disk holding lib.db is full: cannot save"):
        lib.set_note(row.id, "a long note " * 20_000)
    with pytest.raises(LibraryReadOnly, match="full"):
        lib.set_value("filters", ["x" * 200_000])
    assert lib.note(row.id) == ""  # nothing half-written
    lib.close()


def _as_version_2(path: Path) -> None:
    """The library as Dateline 2 left it: an index fewer, one retired index more."""
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX ix_event_type_order")
        conn.execute("CREATE INDEX ix_event_start ON event (start)")
        conn.execute("UPDATE dateline_meta SET value = '2'")
        conn.commit()
        conn.execute("VACUUM")  # no free pages left for the upgrade's new index


def test_a_full_library_that_needs_an_upgrade_opens_read_only(tmp_path, on_connect, capsys):
    path = _library_file(tmp_path)
    _as_version_2(path)
    capsys.readouterr()
    on_connect(_cannot_grow)
    lib = Library(str(path))
    assert lib.read_only and lib.read_only_reason == "the disk holding lib.db is full"
    [row] = lib.articles()
    assert lib.timeline()
    with pytest.raises(LibraryReadOnly, match="full: cannot save the mark"):
        lib.set_flags(row.id, starred=True)
    lib.close()
    assert main(["articles", "--db", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "sanctuary" in out
    assert err == "dateline: the disk holding lib.db is full: reading only\n"


# -- concurrent first opens -----------------------------------------------------------------


def _open_at_once(db: str, barrier, results) -> None:
    barrier.wait()
    try:
        Library(db).close()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - reported to the test, which names it
        results.put(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")


def _open_together(db: str, processes: int) -> list[str]:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    barrier, results = ctx.Barrier(processes), ctx.Queue()
    workers = [
        ctx.Process(target=_open_at_once, args=(db, barrier, results)) for _ in range(processes)
    ]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    return outcomes


@pytest.mark.parametrize("url", ENGINES)
def test_processes_opening_a_new_library_at_once_all_succeed(url, tmp_path):
    """Before, some lost the race to create the tables (`table article already exists`;
    PostgreSQL: `duplicate key … pg_type_typname_nsp_index`)."""
    if url is None:
        pytest.skip("no PostgreSQL server (DATELINE_TEST_PG unset; .ci/run starts one)")
    for round_ in range(3):
        if url == "sqlite":
            db = str(tmp_path / f"new{round_}.db")
        else:
            _fresh_postgres(url)
            db = url
        outcomes = _open_together(db, 8)
        assert outcomes == ["ok"] * 8, outcomes
        lib = Library(db)
        assert lib.is_empty() and not lib.read_only
        lib.close()


def test_opening_an_up_to_date_postgresql_library_takes_no_write_lock():
    """Every table locked against writes (reads go on), and a write would give up after
    3 s: an open that only reads does not notice."""
    if not PG_URL:
        pytest.skip("no PostgreSQL server (DATELINE_TEST_PG unset; .ci/run starts one)")
    _fresh_postgres(PG_URL)
    Library(PG_URL).close()
    impatient = make_url(PG_URL).update_query_dict({"options": "-c lock_timeout=3000"})
    engine = create_engine(PG_URL)
    with engine.connect() as holder:
        tables = holder.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
        holder.execute(text(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE"))
        lib = Library(impatient.render_as_string(hide_password=False))
        assert not lib.read_only and lib.is_empty() and lib.flags() == {}
        lib.close()
        holder.rollback()
    engine.dispose()


# -- someone else's database ----------------------------------------------------------------


def _one_line_refusal(capsys, path: Path, *argv: str) -> str:
    capsys.readouterr()
    assert main([*argv, "--db", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and str(path) in err
    return err


@pytest.mark.parametrize("argv", [["articles"], ["import", str(SEED_ARTICLE)]])
def test_someone_elses_sqlite_file_is_refused_untouched(tmp_path, capsys, argv):
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO users (name) VALUES ('ada')")
    before = _digest(path)
    err = _one_line_refusal(capsys, path, *argv)
    assert "not a Dateline library: it holds other tables (orders, users)" in err
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.db"]  # no WAL files either


def test_another_applications_marked_file_is_refused(tmp_path, capsys):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 1234")
    before = _digest(path)
    err = _one_line_refusal(capsys, path, "timeline")
    assert "not a Dateline library: it belongs to another application (application_id 0x4d2)" in err
    assert _digest(path) == before


def test_a_file_that_is_not_sqlite_is_refused_in_one_line(tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_bytes(bytes(range(256)) * 40)
    err = _one_line_refusal(capsys, path, "articles")
    assert "not a Dateline library: not a SQLite database" in err
    assert path.read_bytes() == bytes(range(256)) * 40


def test_new_and_empty_files_become_marked_libraries(tmp_path):
    new, empty = tmp_path / "new.db", tmp_path / "empty.db"
    empty.touch()
    for path in (new, empty):
        Library(str(path)).close()
        assert _app_id(path) == APPLICATION_ID


def test_an_unmarked_library_from_before_the_mark_opens_and_is_marked_when_written(tmp_path):
    path = _library_file(tmp_path)
    with sqlite3.connect(path) as conn:  # as every Dateline before the mark left it
        conn.execute("PRAGMA application_id = 0")
    lib = Library(str(path))
    [row] = lib.articles()
    assert _app_id(path) == 0  # opening and reading write nothing, not even the mark
    lib.set_note(row.id, "check the date")
    assert _app_id(path) == APPLICATION_ID
    lib.close()


def test_an_old_library_on_a_read_only_open_is_read_but_not_upgraded(tmp_path):
    """Version 2 lacks only an index: readable as it is, and left as it is."""
    path = _library_file(tmp_path)
    _as_version_2(path)
    before = _digest(path)
    lib = Library(str(path), read_only=True)
    assert lib.articles() and lib.timeline()
    lib.close()
    assert _digest(path) == before
    with sqlite3.connect(path) as conn:  # older still, from before duplicate clusters
        for index in ("ix_event_cluster", "ix_event_heads", "ix_event_start"):
            conn.execute(f"DROP INDEX {index}")
        conn.execute("ALTER TABLE event DROP COLUMN cluster")
    with pytest.raises(LibraryReadOnly, match="older Dateline and must be upgraded"):
        Library(str(path), read_only=True)
    lib = Library(str(path))  # a write-mode open upgrades it instead
    assert lib.timeline() and not lib.read_only
    lib.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM dateline_meta").fetchone() == (str(VERSION),)


def test_a_read_only_library_without_the_readers_tables_reads_no_marks(tmp_path):
    path = _library_file(tmp_path)
    with sqlite3.connect(path) as conn:  # from before the reader kept marks
        conn.execute("DROP TABLE reader_article_state")
        conn.execute("DROP TABLE reader_value")
        conn.execute("PRAGMA journal_mode = DELETE")  # and copied by a tool that set this
    lib = Library(str(path), read_only=True)
    [row] = lib.articles()
    assert lib.flags() == {} and lib.notes() == {}
    assert lib.note(row.id) == "" and lib.value("theme", "dark") == "dark"
    with pytest.raises(LibraryReadOnly, match="cannot keep the reader's marks"):
        lib.ensure_state()
    lib.close()
    lib = Library(str(path))  # opened for writing: the tables come back, and WAL mode
    assert lib.flags() == {} and lib.set_flags(row.id, read=True) == (True, False)
    lib.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)

"""A crash is an exit code and a log, and a library that refuses writes is a message.

`DatelineApp.run_reader()` (what `dateline` runs) returns 1 after an unhandled error,
appends the traceback to a crash log and names the log in one line on stderr; without a
crash it returns 0 and writes nothing. A read-only library, or one whose disk fills up
during the session, is said once in a notification and in the header; marks, notes and
the reader's place are then kept for the session only, and nothing crashes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_id, notices, open_article, settle, wait_until

from dateline.store.library import Library, LibraryReadOnly
from dateline.tui.app import DatelineApp, crash_log_path
from dateline.tui.data import ReaderData
from dateline.tui.widgets.note import NoteEditor

EVIL = "boom \x1b]0;pwned\x07 \x1b[2J"


def boom(*args, **kwargs):
    """Stands in for a reader method: fails with a message holding terminal escapes."""
    raise RuntimeError(EVIL)


def press_after_start(*keys: str):
    """An `auto_pilot` for `App.run`: wait until the reader is settled, then press `keys`."""

    async def drive(pilot) -> None:
        await settle(pilot)
        await pilot.press(*keys)

    return drive


def test_a_crash_exits_1_with_the_traceback_in_the_log(
    reader_library: Library, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(DatelineApp, "action_toggle_star", boom)
    log = tmp_path / "state" / "crash.log"
    app = DatelineApp(reader_library)
    code = app.run_reader(log, headless=True, auto_pilot=press_after_start("s"))
    assert code == 1
    written = log.read_text(encoding="utf-8")
    assert "dateline reader crashed" in written and "RuntimeError: boom" in written
    assert "in boom" in written and "\x1b" not in written and "\x07" not in written
    said = capsys.readouterr().err.strip().splitlines()
    stopped = "dateline: the reader stopped on an error (RuntimeError)"
    assert said == [f"{stopped}; the details are in {log}"]

    again = DatelineApp(reader_library)  # a second crash is appended, not overwritten
    assert again.run_reader(log, headless=True, auto_pilot=press_after_start("s")) == 1
    assert log.read_text(encoding="utf-8").count("dateline reader crashed") == 2


def test_a_crash_in_a_worker_logs_the_workers_own_traceback(
    reader_library: Library, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(ReaderData, "event_types", boom)
    log = tmp_path / "crash.log"
    assert DatelineApp(reader_library).run_reader(log, headless=True) == 1
    written = log.read_text(encoding="utf-8")
    assert "in load_library" in written and "in boom" in written
    assert "(RuntimeError)" in capsys.readouterr().err


def test_no_crash_exits_0_and_writes_no_log(reader_library: Library, tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    app = DatelineApp(reader_library)
    assert app.run_reader(log, headless=True, auto_pilot=press_after_start("q")) == 0
    assert not log.exists()


def test_without_a_log_the_traceback_goes_to_stderr_cleaned(
    reader_library: Library, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(DatelineApp, "action_toggle_star", boom)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    app = DatelineApp(reader_library)
    code = app.run_reader(blocker / "crash.log", headless=True, auto_pilot=press_after_start("s"))
    assert code == 1
    said = capsys.readouterr().err
    assert said.startswith("dateline: the reader stopped on an error (RuntimeError); could not")
    assert "RuntimeError: boom" in said and "\x1b" not in said


def test_the_crash_log_is_in_the_users_state_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert crash_log_path() == tmp_path / "dateline" / "crash.log"


# -- a library that refuses writes ------------------------------------------------------------


def read_only_notices(app: DatelineApp) -> list[str]:
    return [n for n in notices(app) if n.startswith("The library is read-only")]


async def test_a_read_only_library_is_said_once_and_marks_stay_for_the_session(
    reader_library: Library, tmp_path: Path
) -> None:
    council = article_id(reader_library, "council")
    shared = Library(str(tmp_path / "lib.db"), read_only=True)
    app = DatelineApp(shared)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        assert "read-only" in app.sub_title
        await open_article(pilot, shared, "council")
        await pilot.press("s", "r", "s")
        await wait_until(pilot, lambda app: len(notices(app)) >= 3)
        assert len(read_only_notices(app)) == 1, notices(app)
        assert app.articles_pane.flags[council] == (True, False)  # starred, read, unstarred
        await pilot.press("s")
        await pilot.pause()
        assert app.articles_pane.flags[council] == (True, True)
        assert any(n.startswith("Starred (not saved") for n in notices(app)), notices(app)

        await pilot.press("m")
        await wait_until(pilot, lambda app: isinstance(app.screen, NoteEditor))
        await pilot.press(*"ask the clerk", "ctrl+s")
        await wait_until(pilot, lambda app: not isinstance(app.screen, NoteEditor))
        assert app.text_pane.note == "ask the clerk"
        assert any("kept for this session only" in n for n in notices(app))
        await pilot.press("q")  # saving the place on the way out is refused too
    assert len(read_only_notices(app)) == 1
    shared.close()
    assert reader_library.flags().get(council, (False, False)) == (False, False)
    assert reader_library.note(council) == ""


async def test_a_disk_that_fills_up_during_the_session_is_a_message(
    reader_library: Library, monkeypatch
) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        assert "read-only" not in app.sub_title
        await open_article(pilot, reader_library, "council")

        def full(*args, **kwargs):
            raise LibraryReadOnly("the disk is full: cannot save the mark", "the disk is full")

        for write in ("set_flags", "set_note", "set_value", "ensure_state"):
            monkeypatch.setattr(reader_library, write, full)
        await pilot.press("s")
        await wait_until(pilot, lambda app: bool(read_only_notices(app)))
        assert "the disk is full" in read_only_notices(app)[0]
        assert "read-only" in app.sub_title
        await pilot.press("t", "r", "3", "n")  # scope, mark, an event: all would save
        await settle(pilot)
        await pilot.press("q")
    assert len(read_only_notices(app)) == 1


@pytest.mark.parametrize("write", ["set_flags", "set_note", "put", "prepare"])
def test_every_reader_write_catches_a_refusal(write: str, reader_library: Library) -> None:
    said: list[LibraryReadOnly] = []
    data = ReaderData(reader_library, on_refused=said.append)

    def refuse(*args, **kwargs):
        raise LibraryReadOnly("library.db is read-only: cannot save", "library.db is read-only")

    for name in ("set_flags", "set_note", "set_value", "ensure_state"):
        setattr(reader_library, name, refuse)
    calls = {
        "set_flags": lambda: data.set_flags(1, read=True),
        "set_note": lambda: data.set_note(1, "words"),
        "put": lambda: data.put("scroll", 3),
        "prepare": data.prepare,
    }
    calls[write]()
    calls[write]()
    assert len(said) == 1 and data.read_only

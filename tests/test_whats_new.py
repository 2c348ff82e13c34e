"""What is new since the reader was last closed: the events of articles imported or updated
after it are marked ● and counted in the timeline's title, `w` steps through them, `W` (or
`only:new`) shows only them, `dateline timeline --new` prints them and JSON says `new`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import notices, row_texts, settle, type_prompt, wait_until, write_articles

from dateline.store.db import state
from dateline.store.library import Library
from dateline.tui import data as reader_data
from dateline.tui.app import DatelineApp
from dateline.tui.cli import main

# Three short stories of a harbour town; the ferry and the bridge come after the reader closed.
OLD = {
    "council.txt": "Council votes on harbour budget\nMarch 3, 2021\n\n"
    "The town council approved the harbour budget on Tuesday, March 2, 2021.\n\n"
    "The council also elected Ann Lee as its chair on Monday, March 1, 2021.\n",
    "storm.txt": "Storm closes the harbour\nMarch 6, 2021\n\n"
    "A storm closed the harbour on Friday, March 5, 2021, the coastguard said.\n",
}
NEW = {
    "ferry.txt": "Ferry service resumes\nApril 9, 2021\n\n"
    "The ferry company resumed its crossings on Thursday, April 8, 2021.\n",
    "bridge.txt": "Bridge repairs begin\nFebruary 2, 2021\n\n"
    "Workers began repairing the harbour bridge on Monday, February 1, 2021.\n",
}


def _library(tmp_path: Path, closed: bool = True) -> tuple[Library, Path]:
    """A library whose reader was closed (when `closed`) after the old stories and before
    the new ones were imported."""
    db = tmp_path / "lib.db"
    lib = Library(str(db))
    lib.import_paths(write_articles(tmp_path / "old", OLD))
    state.ensure_state(lib.engine)
    if closed:
        lib.mark_closed(datetime.now(UTC) + timedelta(microseconds=1))
    lib.import_paths(write_articles(tmp_path / "new", NEW))
    return lib, db


def _titles(entry) -> set[str]:
    return {s.title for s in entry.sources}


def test_events_of_articles_imported_after_the_reader_closed_are_new(tmp_path) -> None:
    lib, _db = _library(tmp_path)
    entries = lib.timeline(new_since=lib.new_since())
    new = [e for e in entries if e.new]
    assert {t for e in new for t in _titles(e)} == {"Ferry service resumes", "Bridge repairs begin"}
    assert all(not e.new for e in entries if _titles(e) & {"Storm closes the harbour"})
    only = lib.timeline(new_since=lib.new_since(), only_new=True)
    assert [e.id for e in only] == [e.id for e in new]  # in timeline order: the bridge first
    assert "bridge" in only[0].summary.lower()
    lib.close()


def test_an_article_updated_after_the_reader_closed_is_new_again(tmp_path) -> None:
    lib, _db = _library(tmp_path)
    lib.mark_closed(datetime.now(UTC) + timedelta(microseconds=1))
    assert not lib.timeline(new_since=lib.new_since(), only_new=True)
    storm = tmp_path / "old" / "storm.txt"
    storm.write_text(
        OLD["storm.txt"] + "\nThe harbour reopened on Sunday, March 7, 2021.\n", encoding="utf-8"
    )
    lib.import_paths([storm])
    only = lib.timeline(new_since=lib.new_since(), only_new=True)
    assert only and all(_titles(e) == {"Storm closes the harbour"} for e in only)
    assert any("reopened" in e.summary for e in only)
    lib.close()


def test_a_new_report_of_an_old_event_makes_it_new(tmp_path) -> None:
    """Another outlet reporting the storm after the reader closed: one entry, two sources,
    new (there is more to read about it)."""
    lib, _db = _library(tmp_path)
    write_articles(
        tmp_path / "later",
        {
            "storm2.txt": "Harbour shut by storm\nMarch 6, 2021\n\n"
            "A storm closed the harbour on Friday, March 5, 2021, port officials said.\n"
        },
    )
    lib.import_paths([tmp_path / "later"])
    [storm] = [
        e
        for e in lib.timeline(new_since=lib.new_since())
        if "Storm closes the harbour" in _titles(e)
    ]
    assert storm.new and _titles(storm) == {"Storm closes the harbour", "Harbour shut by storm"}
    lib.close()


def test_nothing_is_new_before_the_reader_was_ever_closed(tmp_path) -> None:
    lib, _db = _library(tmp_path, closed=False)
    assert lib.new_since() is None
    assert not any(e.new for e in lib.timeline(new_since=lib.new_since()))
    lib.close()


def test_timeline_new_on_the_command_line(tmp_path, capsys) -> None:
    lib, db = _library(tmp_path)
    lib.close()
    assert main(["--db", str(db), "timeline", "--new", "--format", "json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert entries and all(e["new"] for e in entries)
    assert {s["title"] for e in entries for s in e["sources"]} == {
        "Ferry service resumes",
        "Bridge repairs begin",
    }
    assert main(["--db", str(db), "timeline", "--format", "json"]) == 0
    everything = json.loads(capsys.readouterr().out)
    assert len(everything) > len(entries) and sum(e["new"] for e in everything) == len(entries)
    assert main(["--db", str(db), "timeline", "--new"]) == 0
    table = capsys.readouterr().out
    assert "● 1 Feb 2021" in table and "5 Mar 2021" in main_table(db, capsys)
    # filters combine with --new; none left says why
    assert main(["--db", str(db), "timeline", "--new", "--until", "2021-01"]) == 0
    assert "no new events since the reader was last closed that match" in capsys.readouterr().err


def main_table(db: Path, capsys) -> str:
    assert main(["--db", str(db), "timeline"]) == 0
    table = capsys.readouterr().out
    assert "● 5 Mar 2021" not in table  # the storm is old: no mark
    return table


def test_timeline_new_before_the_reader_was_ever_closed_says_so(tmp_path, capsys) -> None:
    lib, db = _library(tmp_path, closed=False)
    lib.close()
    assert main(["--db", str(db), "timeline", "--new"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "nothing is new yet" in captured.err


async def test_the_reader_marks_counts_and_steps_through_the_new(tmp_path) -> None:
    lib, _db = _library(tmp_path)
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3")
        await settle(pilot)
        pane = app.timeline_pane
        assert "· 2 new)" in pane.border_title
        marked = [t for t in row_texts(pane) if t.startswith("●")]
        assert len(marked) == 2 and any("Feb 2021" in t for t in marked)
        await pilot.press("g", "j", "w")  # the bridge (1 Feb) is first; from the second on
        assert app.current_event is not None and app.current_event.new
        assert "ferry" in app.current_event.summary.lower()
        await pilot.press("w")  # after the last: the first again, said
        assert "bridge" in app.current_event.summary.lower()
        assert any("Back to the first event new since" in n for n in notices(app))
        await pilot.press("W")
        await settle(pilot)
        assert "only:new" in str(app.query_one("#filter-bar").render())
        assert len(pane.entries) == 2 and all(e.new for e in pane.entries)
        await pilot.press("W")
        await settle(pilot)
        assert len(pane.entries) > 2
        await type_prompt(pilot, "f", "only:new type:nosuchtype")
        assert app.filters.only is None  # refused: the filters stay as they were
        await type_prompt(pilot, "f", "only:old")
        assert any("only:new" in n for n in notices(app))
        before = datetime.now(UTC)
        await pilot.press("q")
    assert lib.new_since() >= before  # closing counts what is new from now
    again = DatelineApp(lib)
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert again.scope == "library"  # as it was left
        await pilot.press("3", "w")
        await settle(pilot)
        assert "new)" not in again.timeline_pane.border_title
        assert any("No events new since" in n for n in notices(again)), notices(again)
    lib.close()


async def test_w_finds_a_new_event_beyond_the_loaded_pages(tmp_path, monkeypatch) -> None:
    """A long timeline holds a window of pages: the next new event is asked of the store
    and the window read there, and its count comes from the store too."""
    monkeypatch.setattr(reader_data, "PAGE", 2)
    monkeypatch.setattr(reader_data, "JUMP_BEFORE", 1)
    monkeypatch.setattr(reader_data, "JUMP_AFTER", 1)
    db = tmp_path / "lib.db"
    lib = Library(str(db))
    old = {
        f"m{i:02d}.txt": f"Market report {i}\nJanuary {i + 2}, 2020\n\n"
        f"The fish market opened a new stall on January {i + 1}, 2020.\n"
        for i in range(12)
    }
    lib.import_paths(write_articles(tmp_path / "old", old))
    state.ensure_state(lib.engine)
    lib.mark_closed(datetime.now(UTC) + timedelta(microseconds=1))
    lib.import_paths(write_articles(tmp_path / "new", {"ferry.txt": NEW["ferry.txt"]}))
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g")
        await wait_until(pilot, lambda app: "· 1 new)" in app.timeline_pane.border_title)
        assert not any(e.new for e in app.timeline_pane.entries)  # not loaded yet
        await pilot.press("w")
        assert app.current_event is not None and "ferry" in app.current_event.summary.lower()
    lib.close()

"""Sources that disagree where people meet them: ⚠ and each date with its articles in the
timeline (reader and table), `!` steps through them, `@` (or `only:conflicts`, `timeline
--conflicts`) shows only them, and `c` says which date each source gives."""

from __future__ import annotations

import json

from conftest import notices, row_texts, settle, write_articles

from dateline.store.library import Library
from dateline.tui.app import DatelineApp
from dateline.tui.cli import main

# Two outlets give a ferry strike's start different days; a third article is about bread.
OUTLETS = {
    "monday.txt": "Ferry crews strike in Port Vane\nMay 5, 2026\n\n"
    "Striking crews of Vane Ferries picketed the ferry terminal at Port Vane on Monday, May 4, "
    "2026, halting every crossing to Gull Island.\n\nCommuters waited at the harbour.\n",
    "sunday.txt": "Port Vane ferry strike enters its second week\nMay 12, 2026\n\n"
    "Striking crews of Vane Ferries picketed the ferry terminal at Port Vane on Sunday, May 3, "
    "2026, halting every crossing to Gull Island.\n\nIsland shops ran short of bread.\n",
    "market.txt": "Gull Island market reopens\nJune 2, 2026\n\n"
    "The Gull Island market reopened on Monday, June 1, 2026, after the winter.\n",
}


def _library(tmp_path, capsys):
    db = tmp_path / "lib.db"
    paths = write_articles(tmp_path / "in", OUTLETS)
    assert main(["--db", str(db), "import", *map(str, paths)]) == 0
    capsys.readouterr()
    return db


def test_the_table_marks_a_conflict_and_sets_its_dates_side_by_side(tmp_path, capsys) -> None:
    db = _library(tmp_path, capsys)
    assert main(["--db", str(db), "timeline", "--conflicts", "--format", "json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["conflict"] and entry["date"] in {"2026-05-04", "2026-05-03"}
    given = {s["date"] for s in entry["sources"] if s["title"] != "Gull Island market reopens"}
    assert given == {"2026-05-04", "2026-05-03"}
    assert main(["--db", str(db), "timeline"]) == 0
    table = capsys.readouterr().out
    assert "⚠" in table and "sources disagree" in table
    assert "4 May 2026 (#" in table and "3 May 2026 (#" in table
    assert "1 Jun 2026" in table and table.count("⚠ ") == 2  # the mark and its line, once


async def test_the_reader_steps_through_conflicts_and_says_each_date(tmp_path, capsys) -> None:
    db = _library(tmp_path, capsys)
    lib = Library(str(db))
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "G", "exclamation_mark")  # from the last: the first again
        await settle(pilot)
        entry = app.current_event
        assert entry is not None and entry.conflict
        said = " ".join(notices(app))
        assert "Sources disagree: " in said and "4 May 2026" in said and "3 May 2026" in said
        rows = [t for t in row_texts(app.timeline_pane) if t.startswith("⚠")]
        assert len(rows) == 1
        lines = [t for t in row_texts(app.timeline_pane) if "⚠ " in t and "May 2026:" in t]
        assert lines, row_texts(app.timeline_pane)
        await pilot.press("c")
        await settle(pilot)
        assert "gives " in str(app.text_pane.border_subtitle)
        await pilot.press("at")
        await settle(pilot)
        assert app.filters.only == "conflicts"
        assert [e.id for e in app.timeline_pane.entries] == [entry.id]
        await pilot.press("at")
        await settle(pilot)
        assert len(app.timeline_pane.entries) > 1
    lib.close()


def test_no_conflicts_is_said_as_such(tmp_path, capsys) -> None:
    paths = write_articles(tmp_path / "in", {"market.txt": OUTLETS["market.txt"]})
    db = tmp_path / "lib.db"
    assert main(["--db", str(db), "import", *map(str, paths)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "timeline", "--conflicts"]) == 0
    assert "no events whose sources disagree on the date\n" in capsys.readouterr().err
    assert main(["--db", str(db), "timeline", "--conflicts", "--type", "protest"]) == 0
    assert "disagree on the date that match these filters" in capsys.readouterr().err

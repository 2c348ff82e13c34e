"""The command palette, help, copying a citation, export, external programs, and keys
pressed in an empty library."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import palette_command, settle, type_prompt, write_articles
from textual.command import CommandPalette

from dateline.store.library import Library
from dateline.tui.app import DatelineApp, citation
from dateline.tui.keys import ACTIONS, PANE_KEYS, shown_keys
from dateline.tui.widgets.help import HelpScreen, help_table


async def test_palette_offers_every_action(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for action in ACTIONS:
            if action.id != "app.palette":  # it is the palette
                assert any(t.startswith(action.title) for t in titles), action.title
        exports = [t for t in titles if t.startswith("Export")]
        assert len(exports) == 5 and not any("ctrl" in t.lower() for t in exports)
        assert "Export the timeline as iCalendar" in exports
        assert any("theme" in t.lower() for t in titles)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")


async def test_palette_command_runs_its_action(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await palette_command(app, "Switch timeline scope").callback()
        assert app.scope == "library"


async def test_palette_exports_the_timeline_as_shown(tmp_path, monkeypatch):
    """Export from the reader writes the current scope's timeline, and it parses back."""
    text = (
        "Council sues the state\nJune 5, 2018\n\n"
        "The council sued the state on Monday.\n\nThe mayor said on May 3, 2016 that it "
        "would.\n"
    )
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "articles", {"a": text}))
    monkeypatch.chdir(tmp_path)
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await app.run_action("export('json')")
        await settle(pilot)  # the export is written by a worker
        written = list(tmp_path.glob("dateline-*.json"))
    [path] = written
    entries = json.loads(path.read_text(encoding="utf-8"))
    assert {e["date"] for e in entries} >= {"2018-06-04", "2016-05-03"}
    lib.close()


def test_help_lists_every_key() -> None:
    from rich.console import Console

    console = Console(width=120, record=True)
    console.print(help_table())
    shown = console.export_text()
    for action in [*ACTIONS, *PANE_KEYS]:
        if action.keys in ("2", "3") or action.id.startswith("export."):
            continue  # shown with 1; the exports are one palette row
        assert shown_keys(action) in shown, action.keys
        assert action.help.split(" (")[0][:30] in shown
    assert shown.count("ctrl+p") + shown.count("Ctrl+P") == 1, "one row for the palette"
    assert "1 2 3" in shown and "the text, the timeline" in shown


async def test_help_screen_opens(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_copy_citation_and_open_source(reader_library: Library, monkeypatch) -> None:
    app = DatelineApp(reader_library)
    ran = []
    monkeypatch.setattr(app, "run_external", lambda command, path: ran.append((command, path)))
    monkeypatch.setenv("PAGER", "more -s")
    monkeypatch.setenv("EDITOR", "nano")
    monkeypatch.delenv("VISUAL", raising=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "n")
        await pilot.pause()
        await pilot.press("y")
        source = app.current_event.sources[0]
        assert source.title in app.clipboard
        assert f"paragraph {source.paragraph + 1}" in app.clipboard
        assert app.current_event.label in app.clipboard
        await pilot.press("o", "E")
        assert ran == [("more -s", source.path), ("nano", source.path)]


def test_a_sayings_citation_says_who_made_it(tmp_path: Path) -> None:
    """`y` on a saying cites its speaker as the sentence names them ("…,” she said" after
    Ann Lee spoke is hers); a happening's citation names no one."""
    [path] = write_articles(
        tmp_path,
        {
            "a": "Harbour to close\nTuesday, June 2, 2015\n\n"
            "Mayor Ann Lee said on Monday that the harbour would close in July.\n\n"
            "A storm damaged the pier on Sunday.\n"
        },
    )
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths([path])
    entries = lib.timeline()
    said = next(e for e in entries if e.type == "statement")
    storm = next(e for e in entries if e.type != "statement")
    assert "said by Ann Lee" in citation(said, 0)
    assert "said by" not in citation(storm, 0)


async def test_empty_library_keys_do_not_crash(tmp_path: Path) -> None:
    app = DatelineApp(Library(str(tmp_path / "empty.db")))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(
            "e",
            "c",
            "y",
            "r",
            "s",
            "o",
            "a",
            "x",
            "left_square_bracket",
            "right_square_bracket",
            "F",
            "N",
        )
        await type_prompt(pilot, "slash", "anything")
        await type_prompt(pilot, "f", "type:protest")
        assert app.is_running
        assert "no dated events" in str(app.query_one("#density").render())

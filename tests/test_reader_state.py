"""What the reader keeps: read and star marks, the place and settings across a restart,
notes (stored, cleaned, written in the reader, shown as text), and the theme."""

from __future__ import annotations

from pathlib import Path

from conftest import article_id, open_article, rendered_lines, settle, type_prompt, write_articles

from dateline.store.db import state
from dateline.store.library import Library
from dateline.tui.app import DatelineApp


async def test_read_star_and_place_survive_a_restart(reader_library: Library) -> None:
    council = article_id(reader_library, "council")
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, reader_library, "council")
        await pilot.press("enter")  # opening marks read
        await pilot.pause()
        assert app.articles_pane.flags[council] == (True, False)
        await pilot.press("s")
        assert app.articles_pane.flags[council] == (True, True)
        await pilot.press("t", "F")
        await type_prompt(pilot, "f", "since:2017")
        await pilot.press("n", "n")
        await pilot.pause()
        event, report = app.current_event, app.current_event.sources[app.source_index]
        await pilot.press("q")
    assert state.flags(reader_library.engine)[council] == (True, True)

    again = DatelineApp(reader_library)
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert again.articles_pane.flags[council] == (True, True)
        title = next(r.title for r in again.rows if r.id == council)
        lines = rendered_lines(again.articles_pane)
        assert any("★" in line and title[:12] in line for line in lines), lines
        assert again.scope == "library" and again.follow
        assert again.filters.since == "2017"
        assert again.current_event == event
        assert again.article_id == report.article
        assert again.highlight == (report.paragraph, report.start, report.end)
        await pilot.press("r")
        assert again.articles_pane.flags[council][0] is (report.article != council)


def test_state_functions(reader_library: Library) -> None:
    state.ensure_state(reader_library.engine)
    state.ensure_state(reader_library.engine)
    assert state.flags(reader_library.engine) == {}
    assert state.set_flags(reader_library.engine, 7, starred=True) == (False, True)
    assert state.set_flags(reader_library.engine, 7, read=True) == (True, True)
    assert state.get_value(reader_library.engine, "nothing", 3) == 3
    state.set_value(reader_library.engine, "filters", {"type": "protest"})
    assert state.get_value(reader_library.engine, "filters") == {"type": "protest"}


def test_notes_are_kept_cleaned_and_removed(reader_library: Library) -> None:
    state.ensure_state(reader_library.engine)
    assert state.note(reader_library.engine, 7) == ""
    assert (
        state.set_note(reader_library.engine, 7, "  check \x1b[2Jthe date\n") == "check [2Jthe date"
    )
    assert state.notes(reader_library.engine) == {7: "check [2Jthe date"}
    assert state.set_flags(reader_library.engine, 7, starred=True) == (False, True)
    assert state.note(reader_library.engine, 7) == "check [2Jthe date"
    assert state.set_note(reader_library.engine, 7, "   ") == ""
    assert state.notes(reader_library.engine) == {}


def test_a_library_from_before_notes_gains_the_column(tmp_path: Path) -> None:
    old = Library(str(tmp_path / "old.db"))
    with old.engine.begin() as conn:  # the state table as it was before notes
        conn.exec_driver_sql("DROP TABLE reader_article_state")
        conn.exec_driver_sql(
            "CREATE TABLE reader_article_state (article_id INTEGER PRIMARY KEY, "
            "read BOOLEAN, starred BOOLEAN, updated_at DATETIME)"
        )
        conn.exec_driver_sql("INSERT INTO reader_article_state VALUES (3, 1, 0, NULL)")
    old.close()
    lib = Library(str(tmp_path / "old.db"))  # opening it upgrades it
    assert state.flags(lib.engine) == {3: (True, False)}
    state.set_note(lib.engine, 3, "kept")
    assert state.note(lib.engine, 3) == "kept"
    lib.close()


async def test_a_note_stored_by_anyone_is_displayed_as_text(reader_library: Library) -> None:
    """A shared library's notes come from other people: no ESC or bidi reaches the screen."""
    council = article_id(reader_library, "council")
    state.ensure_state(reader_library.engine)
    with reader_library.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO reader_article_state (article_id, read, starred, note, updated_at) "
            "VALUES (?, 0, 0, ?, '2026-01-01')",
            (council, "x\x1b]0;pwned\x07y \u202eevil [b]z[/b]"),
        )
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_article(pilot, reader_library, "council")
        (line,) = [text for kind, text in app.text_pane._head if kind == "note"]
        assert "\x1b" not in line.plain and "\u202e" not in line.plain and "\x07" not in line.plain
        assert "[b]z[/b]" in line.plain


async def test_note_written_in_the_reader_is_shown_and_kept(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    council = article_id(reader_library, "council")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_article(pilot, reader_library, "council")
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"ask [bold]the[/bold] clerk")
        await pilot.press("escape", "escape")  # asked, then discarded: nothing kept
        await pilot.pause()
        assert state.note(reader_library.engine, council) == "" and app.text_pane.note == ""
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"ask [bold]the[/bold] clerk", "ctrl+s")
        await pilot.pause()
        assert state.note(reader_library.engine, council) == "ask [bold]the[/bold] clerk"
        shown = [str(text) for kind, text in app.text_pane._head if kind == "note"]
        assert shown == ["✎ ask [bold]the[/bold] clerk"]  # markup shown as typed
    again = DatelineApp(reader_library)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_article(pilot, reader_library, "council")
        assert again.text_pane.note == "ask [bold]the[/bold] clerk"


async def test_theme_follows_textual_and_is_remembered(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    assert state.get_value(reader_library.engine, "theme") == "nord"
    again = DatelineApp(reader_library)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.theme == "nord"


async def test_an_article_read_in_another_language_says_so_beside_its_date(tmp_path: Path) -> None:
    """A dated article Dateline cannot read (German here) shows why its timeline is empty."""
    rat = (
        "Stadtrat beschließt neuen Haushalt\nMontag, 5. März 2018\nMarch 5, 2018\n\n"
        "Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt für das "
        "kommende Jahr beschlossen. Die Opposition kritisierte die hohen Ausgaben für den "
        "Straßenbau und forderte mehr Geld für die Schulen der Stadt.\n"
    )
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "de", {"rat": rat}))
    [row] = lib.articles()
    assert row.published and row.date_note  # the premise: dated, with a reason
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, lib, "Stadtrat")
        text = "\n".join(rendered_lines(app.text_pane))
        assert row.date_note.split(":")[0] in text
    lib.close()

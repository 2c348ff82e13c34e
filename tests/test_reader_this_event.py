"""Actions on "this event" take the entry under the timeline cursor when the timeline is in
use, else the event whose sentence is highlighted; long articles are read off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import open_article, palette_command, settle, write_articles
from textual.widgets import OptionList

from dateline.store.library import Library
from dateline.tui import app as app_module
from dateline.tui.app import DatelineApp
from dateline.tui.widgets.paragraph_events import ParagraphEvents

HARBOUR = """Harbour deal signed at last

Monday, March 5, 2018

Mayor Lena Ortiz opened the new harbour on May 2, 2016.

Governor Tomas Reyes met the harbour board on June 9, 2017.

Judge Amira Khan ruled on July 1, 2017, that the deal was legal.
"""


@pytest.fixture
def harbour(tmp_path: Path) -> Library:
    """One article, three events, each with its own actor, in order of the paragraphs."""
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "articles", {"harbour": HARBOUR}))
    yield lib
    lib.close()


async def _jump_to_first_then_move_down(pilot) -> None:
    """`3 g Enter 3 j`: jump to the first event, then put the cursor on the second."""
    await settle(pilot)
    await pilot.press("3", "g", "enter")
    await settle(pilot)
    await pilot.press("3", "j")
    await settle(pilot)
    assert "Tomas Reyes" in pilot.app.timeline_pane.current_entry.actors


async def test_a_takes_the_actor_under_the_timeline_cursor(harbour: Library) -> None:
    app = DatelineApp(harbour)
    async with app.run_test(size=(140, 40)) as pilot:
        await _jump_to_first_then_move_down(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert app.filters.actor == "Tomas Reyes"
        assert [e.actors for e in app.timeline_pane.entries] == [("Tomas Reyes",)]


async def test_a_in_the_text_takes_the_highlighted_event(harbour: Library) -> None:
    app = DatelineApp(harbour)
    async with app.run_test(size=(140, 40)) as pilot:
        await _jump_to_first_then_move_down(pilot)
        await pilot.press("2", "a")
        await settle(pilot)
        assert app.filters.actor == "Lena Ortiz"


async def test_y_cites_the_entry_under_the_cursor(harbour: Library) -> None:
    app = DatelineApp(harbour)
    async with app.run_test(size=(140, 40)) as pilot:
        await _jump_to_first_then_move_down(pilot)
        await pilot.press("y")
        assert "June 9, 2017" in app.clipboard
        assert "paragraph 2" in app.clipboard
        assert "May 2, 2016" not in app.clipboard


async def test_y_before_any_jump_cites_title_date_and_paragraph(harbour: Library) -> None:
    app = DatelineApp(harbour)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "y")
        assert app.clipboard.startswith('"Harbour deal signed at last", 5 Mar 2018, paragraph ')
        assert "Mayor Lena Ortiz opened" in app.clipboard


async def test_c_and_enter_act_on_the_cursor_entry(harbour: Library) -> None:
    app = DatelineApp(harbour)
    async with app.run_test(size=(140, 40)) as pilot:
        await _jump_to_first_then_move_down(pilot)
        await pilot.press("c")  # one source only: shows it
        await settle(pilot)
        assert app.current_event.actors == ("Tomas Reyes",)
        assert app.highlight[0] == 1
        await pilot.press("3", "j", "enter")
        await settle(pilot)
        assert app.current_event.actors == ("Amira Khan",)
        assert app.highlight[0] == 2


async def test_e_from_the_timeline_lists_the_cursor_entry_paragraph(harbour: Library) -> None:
    app = DatelineApp(harbour)
    async with app.run_test(size=(140, 40)) as pilot:
        await _jump_to_first_then_move_down(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ParagraphEvents)
        [option] = app.screen.query_one(OptionList).options
        assert "Tomas Reyes" in str(option.prompt)


async def test_palette_acts_on_the_cursor_entry(harbour: Library) -> None:
    app = DatelineApp(harbour)
    async with app.run_test(size=(140, 40)) as pilot:
        await _jump_to_first_then_move_down(pilot)
        await palette_command(app, "Filter by this event's actor").callback()
        await settle(pilot)
        assert app.filters.actor == "Tomas Reyes"


async def test_a_long_article_is_read_in_a_worker(harbour: Library, monkeypatch) -> None:
    """Every article counts as long here: the read goes through a worker, the text pane
    says what it is reading meanwhile, and the jump's highlight arrives with the text."""
    monkeypatch.setattr(app_module, "READ_AT_ONCE", 0)
    app = DatelineApp(harbour)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert app.text_pane.view is not None
        entry = app.timeline_pane.entries[2]
        app.article_id = None  # as if another article were open: the next jump reads it
        await app.jump_to(entry, focus_text=False)
        assert app.text_pane.view is None
        assert "Reading the article" in app.text_pane.empty
        await settle(pilot)
        assert app.text_pane.view is not None
        assert app.highlight[0] == 2


async def test_a_read_overtaken_by_another_request_is_dropped(
    reader_library: Library, monkeypatch
) -> None:
    monkeypatch.setattr(app_module, "READ_AT_ONCE", 0)
    app = DatelineApp(reader_library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        first, second = (row.id for row in app.rows[:2])
        await app.open_article(second)
        await app.open_article(first)  # asked for last: it wins whichever read ends first
        await settle(pilot)
        assert app.article_id == first
        assert app.text_pane.article_id == first


async def test_c_first_shows_a_source_not_already_on_screen(reader_library: Library) -> None:
    """The council vote is reported by two articles: with one of them open, the first `c`
    on the vote (under the timeline cursor) shows the other."""
    app = DatelineApp(reader_library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await open_article(pilot, reader_library, "Cars leave")
        shown = app.article_id
        await pilot.press("3")
        vote = next(e for e in app.timeline_pane.entries if e.count == 2)
        app.timeline_pane.move_to(vote.id)
        await pilot.press("c")
        await settle(pilot)
        assert app.current_event.id == vote.id
        assert app.article_id != shown
        for _ in vote.sources:  # on through the other's sources (its headline may be one)
            await pilot.press("c")
            await settle(pilot)
            if app.article_id == shown:
                break
        assert app.article_id == shown

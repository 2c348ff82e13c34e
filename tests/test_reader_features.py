"""Pilot and unit tests for the reader's daily-use features: search, filters, grouping, the
density strip, date jumps, follow mode, the reverse link, several sources, read/star and
the saved place across a restart, the palette, help, citation and external programs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import write_articles
from textual.command import CommandPalette
from textual.geometry import Region

from dateline.store.db import search, state
from dateline.store.library import Library
from dateline.store.library.queries import TimelineEntry
from dateline.tui import data as reader_data
from dateline.tui.app import DatelineApp
from dateline.tui.filters import FilterError, TimelineFilter, parse
from dateline.tui.keys import ACTIONS, shown_keys
from dateline.tui.widgets.article_text import MATCH_STYLE
from dateline.tui.widgets.density import DensityStrip, month_number
from dateline.tui.widgets.help import HelpScreen, help_table
from dateline.tui.widgets.paragraph_events import ParagraphEvents
from dateline.tui.widgets.timeline import group_of

COUNCIL = """City council bans cars downtown

Wednesday, January 24, 2018

The council voted on March 3, 2017, to ban cars from the old town.

Residents had protested on February 10, 2017, outside city hall.

The mayor said on Monday that the ban would stay in place.
"""

ECHO = """Cars leave the old town for good

Thursday, January 25, 2018

The council voted on March 3, 2017, to ban cars from the old town.

Shopkeepers met Mayor Anna Berg on June 5, 2017, to ask for delivery hours.
"""

BRIDGE = (
    "Old bridge reopens after repairs\n\nFriday, June 8, 2018\n\n"
    "Residents protested on April 2, 2016, outside the closed bridge. "
    "The city sued the builder on May 3, 2016, over the cracks.\n"
)

QUIET = """Quiet streets are popular

Sunday, July 1, 2018

Streets are quiet. People like it.
"""

ARTICLES = {"council": COUNCIL, "echo": ECHO, "bridge": BRIDGE, "quiet": QUIET}


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "articles", ARTICLES))
    yield lib
    lib.close()


def article_id(lib: Library, word: str) -> int:
    return next(row.id for row in lib.articles() if word in row.title)


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(0.2)
    await pilot.pause()


async def open_article(pilot, lib: Library, word: str) -> None:
    await pilot.press("1")
    pilot.app.articles_pane.move_to(article_id(lib, word))
    await pilot.pause(0.2)
    await pilot.pause()


async def type_prompt(pilot, key: str, text: str) -> None:
    """Open the prompt with `key`, type `text`, press Enter and wait for any worker."""
    await pilot.press(key)
    pilot.app.prompt.value = text
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def notices(app: DatelineApp) -> list[str]:
    return [n.message for n in app._notifications]


def option_texts(pane) -> list[str]:
    return [str(getattr(o.prompt, "plain", o.prompt)) for o in pane.options]


def shown_lines(widget) -> list[str]:
    """What a widget paints, as plain text lines."""
    region = Region(0, 0, widget.size.width, widget.size.height)
    return [strip.text for strip in widget.render_lines(region)]


# -- search --------------------------------------------------------------------------------


async def test_search_ranks_highlights_and_steps_hits(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await type_prompt(pilot, "slash", "protested")
        assert app.hits and all(h.article in {r.id for r in app.rows} for h in app.hits)
        assert {r.id for r in app.articles_pane.rows} == {h.article for h in app.hits}
        assert len(app.articles_pane.rows) < len(app.rows), "the list shows matching articles"
        first = app.hits[0]
        assert app.article_id == first.article
        paragraph_hit = next(h for h in app.hits if h.kind == "paragraph")
        await pilot.press(*["n"] * app.hits.index(paragraph_hit))
        await pilot.pause()
        block = app.text_pane.blocks[paragraph_hit.paragraph]
        marked = [
            block.content.plain[s.start : s.end]
            for s in block.content.spans
            if s.style == MATCH_STYLE
        ]
        assert marked and all(m.lower().startswith("protest") for m in marked)
        assert "hit" in str(app.query_one("#status").render())
        position = app.hit_index
        await pilot.press("n")
        await pilot.press("N")
        assert app.hit_index == position
        await pilot.press("escape")
        assert app.hits == [] and app.query == ""
        assert len(app.articles_pane.rows) == len(app.rows)
        assert not any(b.matches for b in app.text_pane.blocks.values()), "no match stays marked"
        assert not app.query_one("#status").display


async def test_bad_search_syntax_is_a_message(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_prompt(pilot, "slash", '"unbalanced')
        assert app.is_running and app.hits == []
        assert any("Cannot search" in n for n in notices(app))
        await type_prompt(pilot, "slash", "zeppelin")
        assert app.hits == []
        assert "no matches" in str(app.query_one("#status").render())


async def test_escape_cancels_the_prompt(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "q")  # typed into the prompt: does not quit
        assert app.prompt.display and app.prompt.value == "q"
        await pilot.press("escape")
        assert not app.prompt.display and app.is_running
        assert app.focused is app.articles_pane


def test_search_index_is_incremental_and_has_a_fallback(library: Library, tmp_path) -> None:
    search.ensure_index(library.engine)
    assert search.ensure_index(library.engine) == 0, "nothing changed: nothing re-indexed"
    calm = {"extra": QUIET.replace("Quiet", "Calm")}
    library.import_paths(write_articles(tmp_path / "more", calm))
    assert search.ensure_index(library.engine) == 1
    hits = search.search(library.engine, "calm")
    assert hits and hits[0].kind == "title"
    assert [hits[0].text[s:e] for s, e in hits[0].spans] == ["Calm"]
    like = search._like_search(library.engine, "bridge", 50)
    assert like and all("bridge" in h.text.lower() for h in like)
    assert all(h.text[s:e].lower() == "bridge" for h in like for s, e in h.spans)
    with pytest.raises(search.SearchError):
        search.search(library.engine, "AND")


# -- filters, groups, density, date jumps ----------------------------------------------------


def test_filter_syntax() -> None:
    f = parse('type:protest actor:"Steve Jobs" since:2017 until:2018-06')
    assert (f.type, f.actor, f.since_day, f.until_day) == (
        "protest",
        "Steve Jobs",
        "2017-01-01",
        "2018-06-30",
    )
    assert parse(f.describe()) == f
    assert TimelineFilter.from_json(f.to_json()) == f
    assert not parse("").active
    for bad in ["type:nonsense", "colour:red", "since:yesterday", "since:2019 until:2018", '"x']:
        with pytest.raises(FilterError):
            parse(bad)


async def test_filters_combine_show_in_the_bar_and_clear(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        everything = len(app.timeline_pane.entries)
        await type_prompt(pilot, "f", "type:protest")
        entries = app.timeline_pane.entries
        assert entries and all(e.type == "protest" for e in entries)
        assert "type:protest" in str(app.query_one("#filter-bar").render())
        await type_prompt(pilot, "f", "type:protest since:2017 until:2017")
        assert [e.start[:4] for e in app.timeline_pane.entries] == ["2017"]
        await type_prompt(pilot, "f", "type:protest since:2030")
        assert app.timeline_pane.entries == []
        assert "No events match" in " ".join(option_texts(app.timeline_pane))
        await type_prompt(pilot, "f", "type:bogus")  # refused, filters unchanged
        assert app.filters.since == "2030"
        assert any("No event type" in n for n in notices(app))
        await pilot.press("x")
        assert not app.filters.active
        assert len(app.timeline_pane.entries) == everything
        assert "f filters" in str(app.query_one("#filter-bar").render())


async def test_actor_filter_from_the_current_event(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        with_actor = next(e for e in app.timeline_pane.entries if e.actors)
        app.timeline_pane.move_to(with_actor.id)
        await pilot.press("a")
        assert app.filters.actor == with_actor.actors[0]
        assert with_actor.id in {e.id for e in app.timeline_pane.entries}


async def test_year_month_and_undated_groups(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        texts = option_texts(app.timeline_pane)
        assert "━━ 2016 ━━" in texts and "━━ 2017 ━━" in texts
        assert "  April 2016" in texts and "  March 2017" in texts
        assert texts.index("━━ 2016 ━━") < texts.index("  April 2016") < texts.index("━━ 2017 ━━")
        dated = app.timeline_pane.entries[0]
        undated = TimelineEntry(
            999, None, None, None, "undated", "other", "Something happened.", sources=dated.sources
        )
        app.timeline_pane.set_entries([dated, undated], "library")
        texts = option_texts(app.timeline_pane)
        assert texts[-2] == "━━ Undated ━━" and texts[-1].startswith("undated")
        assert group_of(undated) == ("Undated", None)
        assert app.timeline_pane.step(1) == undated, "headers are skipped"


async def test_density_strip_marks_the_current_entry_and_dates_jump(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g", "n")
        await pilot.pause()
        density = app.query_one("#density", DensityStrip)
        entries = app.timeline_pane.entries
        assert sum(density.counts.values()) == sum(1 for e in entries if e.start) > 0
        assert density.current == month_number(app.current_event.start)
        assert "▲" in str(density.render())
        days = sorted({e.start for e in entries if e.start})
        assert app.current_event.start == days[0]
        await pilot.press("right_square_bracket")
        assert app.current_event.start == days[1]
        assert app.highlight is not None, "the text follows a date jump"
        await pilot.press("right_square_bracket")
        assert app.current_event.start == days[2]
        await pilot.press("left_square_bracket")
        assert app.current_event.start == days[1]
        assert density.current == month_number(days[1])


# -- follow, reverse link, sources ----------------------------------------------------------


async def test_follow_mode_shows_each_source(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "F")
        assert app.follow and "follow" in app.timeline_pane.border_title
        for _ in range(3):
            await pilot.press("j")
            await pilot.pause(0.2)
            entry = app.timeline_pane.current_entry
            source = entry.sources[0]
            assert app.current_event == entry
            assert app.article_id == source.article
            assert app.highlight == (source.paragraph, source.start, source.end)
        assert app.focused is app.timeline_pane
        await pilot.press("F")
        before = app.current_event
        await pilot.press("j")
        await pilot.pause(0.2)
        assert app.current_event == before, "follow off: moving does not jump"


async def test_reverse_link_from_a_paragraph_to_the_timeline(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "council")
        await pilot.press("2", "e")
        await pilot.pause()
        assert isinstance(app.screen, ParagraphEvents)
        view = app.screen.view
        listed = app.screen.query_one("#paragraph-events").options
        chosen = int(listed[0].id)
        assert {m.event_id for m in view.marks if m.kind == "event"} >= {chosen}
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ParagraphEvents)
        entry = app.timeline_pane.current_entry
        assert chosen in {s.event for s in entry.sources}
        assert app.current_event == entry
        assert app.focused is app.timeline_pane
        assert app.highlight[0] == view.index


async def test_paragraph_without_events_says_so(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "Quiet")
        await pilot.press("2", "e")
        assert not isinstance(app.screen, ParagraphEvents)
        assert any("No events" in n for n in notices(app))


async def test_cycle_through_an_events_sources(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        shared = next(e for e in app.timeline_pane.entries if e.count > 1)
        assert "+1 more" in option_texts(app.timeline_pane)[app.timeline_pane.index_of(shared.id)]
        app.timeline_pane.move_to(shared.id)
        await pilot.press("3", "enter")
        await pilot.pause()
        first = app.article_id
        assert app.source_index == 0 and "source 1 of 2" in app.text_pane.border_subtitle
        await pilot.press("c")
        await pilot.pause()
        second = shared.sources[1]
        assert app.source_index == 1 and app.article_id == second.article != first
        assert app.highlight == (second.paragraph, second.start, second.end)
        await pilot.press("c")
        assert app.source_index == 0 and app.article_id == first


# -- state across restarts -------------------------------------------------------------------


async def test_read_star_and_place_survive_a_restart(library: Library) -> None:
    council = article_id(library, "council")
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "council")
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
    assert state.flags(library.engine)[council] == (True, True)

    again = DatelineApp(library)
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
        assert again.articles_pane.flags[council] == (True, True)
        title = next(r.title for r in again.rows if r.id == council)
        lines = shown_lines(again.articles_pane)
        assert any("★" in line and title[:12] in line for line in lines), lines
        assert again.scope == "library" and again.follow
        assert again.filters.since == "2017"
        assert again.current_event == event
        assert again.article_id == report.article
        assert again.highlight == (report.paragraph, report.start, report.end)
        await pilot.press("r")
        assert again.articles_pane.flags[council][0] is (report.article != council)


def test_state_functions(library: Library) -> None:
    state.ensure_state(library.engine)
    state.ensure_state(library.engine)
    assert state.flags(library.engine) == {}
    assert state.set_flags(library.engine, 7, starred=True) == (False, True)
    assert state.set_flags(library.engine, 7, read=True) == (True, True)
    assert state.get_value(library.engine, "nothing", 3) == 3
    state.set_value(library.engine, "filters", {"type": "protest"})
    assert state.get_value(library.engine, "filters") == {"type": "protest"}


def test_notes_are_kept_cleaned_and_removed(library: Library) -> None:
    state.ensure_state(library.engine)
    assert state.note(library.engine, 7) == ""
    assert state.set_note(library.engine, 7, "  check \x1b[2Jthe date\n") == "check [2Jthe date"
    assert state.notes(library.engine) == {7: "check [2Jthe date"}
    assert state.set_flags(library.engine, 7, starred=True) == (False, True)
    assert state.note(library.engine, 7) == "check [2Jthe date"
    assert state.set_note(library.engine, 7, "   ") == ""
    assert state.notes(library.engine) == {}


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


async def test_a_note_stored_by_anyone_is_displayed_as_text(library: Library) -> None:
    """A shared library's notes come from other people: no ESC or bidi reaches the screen."""
    council = article_id(library, "council")
    state.ensure_state(library.engine)
    with library.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO reader_article_state (article_id, read, starred, note, updated_at) "
            "VALUES (?, 0, 0, ?, '2026-01-01')",
            (council, "x\x1b]0;pwned\x07y \u202eevil [b]z[/b]"),
        )
    app = DatelineApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "council")
        (line,) = [text for kind, text in app.text_pane._lines if kind == "note"]
        assert "\x1b" not in line.plain and "\u202e" not in line.plain and "\x07" not in line.plain
        assert "[b]z[/b]" in line.plain


async def test_note_written_in_the_reader_is_shown_and_kept(library: Library) -> None:
    app = DatelineApp(library)
    council = article_id(library, "council")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "council")
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"ask [bold]the[/bold] clerk")
        await pilot.press("escape")  # cancelled: nothing kept
        await pilot.pause()
        assert state.note(library.engine, council) == "" and app.text_pane.note == ""
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"ask [bold]the[/bold] clerk", "ctrl+s")
        await pilot.pause()
        assert state.note(library.engine, council) == "ask [bold]the[/bold] clerk"
        shown = [str(text) for kind, text in app.text_pane._lines if kind == "note"]
        assert shown == ["✎ ask [bold]the[/bold] clerk"]  # markup shown as typed
    again = DatelineApp(library)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "council")
        assert again.text_pane.note == "ask [bold]the[/bold] clerk"


# -- palette, help, citation, external programs, empty states --------------------------------


async def test_palette_offers_every_action(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for action in ACTIONS:
            assert any(t.startswith(action.title) for t in titles), action.title
        assert any("theme" in t.lower() for t in titles)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")


async def test_palette_command_runs_its_action(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        command = next(
            c
            for c in app.get_system_commands(app.screen)
            if c.title.startswith("Toggle timeline scope")
        )
        await command.callback()
        assert app.scope == "library"


def test_help_lists_every_key() -> None:
    from rich.console import Console

    console = Console(width=120, record=True)
    console.print(help_table())
    shown = console.export_text()
    for action in ACTIONS:
        if action.keys not in ("2", "3"):
            assert shown_keys(action) in shown, action.keys
            assert action.help.split(" (")[0][:30] in shown


async def test_help_screen_opens(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_copy_citation_and_open_source(library: Library, monkeypatch) -> None:
    app = DatelineApp(library)
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


# -- large libraries -----------------------------------------------------------------------


async def test_whole_library_timeline_loads_page_by_page(library: Library, monkeypatch) -> None:

    monkeypatch.setattr(reader_data, "PAGE", 2)
    everything = [e.id for e in library.timeline()]
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3")
        pane = app.timeline_pane
        assert len(pane.entries) < len(everything) and "+)" in pane.border_title
        await app.workers.wait_for_complete()  # the strip's month counts come from a worker
        await pilot.pause()
        density = app.query_one("#density", DensityStrip)
        assert sum(density.counts.values()) == sum(1 for e in library.timeline() if e.start)
        seen = []
        for _ in everything:
            await pilot.press("n")
            seen.append(app.current_event.id)
        assert seen == everything, "stepping pulls in the next pages, in order"
        await pilot.press("t", "t", "G")
        assert [e.id for e in pane.entries] == everything[-len(pane.entries) :]
        assert pane.current_entry.id == everything[-1]


async def test_article_list_jumps_anywhere_in_a_huge_list(library: Library) -> None:
    """The list renders only the rows on screen, so 100,000 rows move like four."""
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = app.articles_pane
        first = pane.rows[0]
        rows = [
            replace(first, id=first.id + 1_000_000 + i, title=f"Generated article {i:06d}")
            for i in range(100_000)
        ]
        pane.set_rows(rows)
        await pilot.press("1", "G")
        assert pane.current_id == rows[-1].id
        assert any("Generated article 099999" in line for line in shown_lines(pane))
        pane.move_to(rows[50_000].id)
        await pilot.pause()
        assert any("Generated article 050000" in line for line in shown_lines(pane))
        assert not any("Generated article 099999" in line for line in shown_lines(pane))
        await pilot.press("k")
        assert pane.current_id == rows[49_999].id


async def test_theme_follows_textual_and_is_remembered(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    assert state.get_value(library.engine, "theme") == "nord"
    again = DatelineApp(library)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.theme == "nord"


def test_search_on_postgresql(tmp_path) -> None:
    """The same search contract on PostgreSQL (its own tsvector index, see store.search_pg)."""
    import os

    url = os.environ.get("DATELINE_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server (DATELINE_TEST_PG unset; .ci/run starts one)")
    from conftest import _fresh_postgres

    _fresh_postgres(url)
    lib = Library(url)
    try:
        lib.import_paths(write_articles(tmp_path / "articles", ARTICLES))
        assert search.ensure_index(lib.engine) == len(ARTICLES)
        assert search.ensure_index(lib.engine) == 0
        hits = search.search(lib.engine, "sued")
        assert hits and hits[0].article == article_id(lib, "bridge")
        hit = next(h for h in hits if h.kind == "paragraph")
        assert [hit.text[s:e].lower() for s, e in hit.spans] == ["sued"]
    finally:
        lib.close()


async def test_palette_exports_the_timeline_as_shown(tmp_path, monkeypatch):
    """Export from the reader writes the current scope's timeline, and it parses back."""
    import json as _json

    from dateline.store.library import Library as _Library
    from dateline.tui.app import DatelineApp as _App

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Council sues the state\nJune 5, 2018\n\n"
        "The council sued the state on Monday.\n\nThe mayor said on May 3, 2016 that it "
        "would.\n",
        encoding="utf-8",
    )
    lib = _Library(str(tmp_path / "lib.db"))
    lib.import_paths([articles])
    monkeypatch.chdir(tmp_path)
    app = _App(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause(0.5)
        await app.run_action("export('json')")
        for _ in range(40):
            await pilot.pause(0.1)
            written = list(tmp_path.glob("dateline-*.json"))
            if written:
                break
    [path] = written
    entries = _json.loads(path.read_text(encoding="utf-8"))
    assert {e["date"] for e in entries} >= {"2018-06-04", "2016-05-03"}
    lib.close()


async def test_long_list_shows_its_first_page_then_the_rest(tmp_path: Path, monkeypatch) -> None:
    """A large library lists its first page at once and the remainder right after; a saved
    place further down than the first page is still restored."""
    from dateline.tui.data import ReaderData

    monkeypatch.setattr(ReaderData, "articles_first", lambda self, limit=4: _first(self, limit))
    folder = tmp_path / "many"
    texts = {
        f"a{i:02d}.txt": f"Report {i}\nMarch {i + 1}, 2015\n\nThe board met on Monday.\n"
        for i in range(11)
    }
    write_articles(folder, texts)
    lib = Library(str(tmp_path / "many.db"))
    lib.import_paths([folder])
    oldest = lib.articles()[-1].id
    state.ensure_state(lib.engine)
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)
        assert len(app.rows) == 11 and len(app.articles_pane.rows) == 11
        app.articles_pane.move_to(oldest)
        await pilot.pause(0.3)
        assert app.article_id == oldest
        await pilot.press("q")
    again = DatelineApp(lib)
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.pause(0.5)
        assert again.article_id == oldest
    lib.close()


def _first(data, limit):
    rows, more = data.library.articles_page(limit=limit)
    return rows, more is not None


# -- a window over a long timeline ----------------------------------------------------------

TOWNS = ["Alden", "Brora", "Calder", "Dunmore", "Elgin", "Forres", "Girvan", "Huntly"]
TOWNS += ["Irvine", "Jedburgh", "Keith", "Lanark"]


def dated_articles() -> dict[str, str]:
    """Twelve articles of three events each: the first eight report theirs on one day (a
    date with three entries), the last four on three days of their own."""
    import calendar

    articles = {}
    for i, town in enumerate(TOWNS):
        days = [i * 5 + (j * 2 if i >= 8 else 0) for j in range(3)]
        dates = [f"{calendar.month_name[d % 12 + 1]} {1 + d % 27}, {2000 + d // 12}" for d in days]
        body = (
            f"Residents protested on {dates[0]} outside the town hall of {town}. "
            f"The city of {town} sued the builder on {dates[1]} over the cracks. "
            f"Mayor Anna Berg met shopkeepers of {town} on {dates[2]} to discuss delivery hours."
        )
        articles[f"town{i:02d}"] = f"News from {town}\n\nFriday, June 8, 2018\n\n{body}\n"
    return articles


@pytest.fixture
def dated_library(tmp_path: Path) -> Library:
    lib = Library(str(tmp_path / "dated.db"))
    lib.import_paths(write_articles(tmp_path / "dated", dated_articles()))
    yield lib
    lib.close()


def small_pages(monkeypatch, library: Library, size: int) -> list[str]:
    """Timeline pages of `size` entries; returns the list every page read is logged in."""

    monkeypatch.setattr(reader_data, "PAGE", size)
    reads: list[str] = []
    reads_of = [("timeline_page", "after"), ("timeline_page_before", "before")]
    for name, label in [*reads_of, ("timeline_window", "window")]:
        read = getattr(library, name)

        def logged(*args, _read=read, _label=label):
            reads.append(_label)
            return _read(*args)

        monkeypatch.setattr(library, name, logged)
    return reads


def ids(entries) -> list[int]:
    return [e.id for e in entries]


def assert_grouped(pane) -> None:
    """The window starts with a year header and every entry sits under its year and month."""
    texts = option_texts(pane)
    assert texts[0].startswith("━━")
    year = month = None
    for option, text in zip(pane.options, texts, strict=True):
        if text.startswith("━━"):
            year, month = text.strip("━ "), None
        elif option.disabled:
            month = text.strip()
        else:
            group_year, group_month = group_of(pane._by_id[int(option.id)])
            assert year == group_year
            assert group_month is None or month == f"{group_month} {group_year}"


async def test_date_jumps_read_the_window_at_their_target(dated_library, monkeypatch) -> None:
    reads = small_pages(monkeypatch, dated_library, 2)
    whole = dated_library.timeline()
    firsts = list({e.key[:2]: e for e in reversed(whole)}.values())[::-1]  # each date's first
    assert len(firsts) == 20 and len(whole) == 36
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g")
        pane = app.timeline_pane
        density = app.query_one("#density", DensityStrip)
        assert pane.pages is not None and pane.current_entry.id == whole[0].id
        seen, windows = [pane.current_entry.id], 0
        for _ in firsts[1:]:
            reads.clear()
            await pilot.press("right_square_bracket")
            seen.append(app.current_event.id)
            assert len(reads) <= 2, "a jump reads the entries at its target, it does not walk"
            windows += reads.count("window")
            assert len(pane.entries) <= 10 and pane.current_entry.id == app.current_event.id
            assert density.current == month_number(app.current_event.start)
            assert_grouped(pane)
        assert seen == [e.id for e in firsts]
        assert windows >= 8, "dates beyond the window are jumped to, not paged to"
        await pilot.press("right_square_bracket")
        assert "No other date in that direction." in notices(app)
        back = []
        for _ in firsts[1:]:
            reads.clear()
            await pilot.press("left_square_bracket")
            back.append(app.current_event.id)
            assert len(reads) <= 2 and len(pane.entries) <= 10
            assert_grouped(pane)
        assert back == [e.id for e in reversed(firsts[:-1])], "each date's first entry"


async def test_last_and_first_read_one_page_and_k_loads_upwards(dated_library, monkeypatch) -> None:
    reads = small_pages(monkeypatch, dated_library, 3)
    whole = dated_library.timeline()
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3")
        pane = app.timeline_pane
        reads.clear()
        await pilot.press("G")
        assert reads == ["before"], "the last page is read from the end, not walked to"
        assert ids(pane.entries) == ids(whole[-3:])
        assert pane.current_entry.id == whole[-1].id and "+)" in pane.border_title
        assert_grouped(pane)
        up = [pane.current_entry.id]
        view = pane.scrollable_content_region.height
        for _ in whole[:-1]:
            await pilot.press("k")
            up.append(pane.current_entry.id)
            assert len(pane.entries) <= 15, "far pages are dropped"
            assert 0 <= pane.row_offset(pane.highlighted) < view, "the cursor stays in view"
        assert up == ids(reversed(whole)), "moving up loads the pages before"
        assert_grouped(pane)
        assert pane.entries[-1].id != whole[-1].id, "the window dropped the end"
        await pilot.press("G")
        assert pane.current_entry.id == whole[-1].id
        await pilot.press("g")
        assert ids(pane.entries[:3]) == ids(whole[:3])
        assert pane.current_entry.id == whole[0].id and pane.position == 0


async def test_a_new_page_above_keeps_the_cursor_on_its_line(dated_library, monkeypatch) -> None:
    small_pages(monkeypatch, dated_library, 4)
    whole = dated_library.timeline()
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 24)) as pilot:  # a short view the rows fill
        await settle(pilot)
        await pilot.press("t", "3", "G", "k", "k")
        pane = app.timeline_pane
        entry, line = pane.current_entry, pane.row_offset(pane.highlighted)
        assert line > 0 and pane.scroll_y > 0
        assert pane._load_before()
        await pilot.pause()
        assert pane.current_entry == entry and pane.row_offset(pane.highlighted) == line
        assert pane.entries[0].id == whole[-8].id


async def test_events_outside_the_window_are_found_and_shown(dated_library, monkeypatch) -> None:
    small_pages(monkeypatch, dated_library, 2)
    whole = dated_library.timeline()
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "G")
        pane = app.timeline_pane
        target = whole[4]
        assert pane.index_of(target.id) is None
        assert pane.entry_with_report(target.sources[0].event).id == target.id
        assert pane.current_entry.id == target.id, "the window moved to it"
        await pilot.press("G")
        await app._reveal_event(whole[7].sources[0].event)  # the paragraph → timeline link
        await pilot.pause()
        assert app.current_event.id == pane.current_entry.id == whole[7].id
        await pilot.press("t", "t")  # back to the library: the window opens at the event
        assert app.scope == "library" and pane.current_entry.id == whole[7].id
        await pilot.press("n", "n")
        assert app.current_event.id == whole[9].id
        await pilot.press("N", "N")
        assert app.current_event.id == whole[7].id
        await type_prompt(pilot, "f", "type:legal")
        legal = [e for e in whole if e.type == "legal"]
        assert pane.current_entry.id == whole[7].id == legal[2].id, "kept under the filter"
        assert app.timeline_pane.entry_with_report(whole[9].sources[0].event) is None

"""The timeline pane as a Line API view: what it paints where the cursor is, date steps,
clicks, the mouse, scrolling, and rows wrapped to narrow and wide panes."""

from __future__ import annotations

import random

from conftest import settle
from textual.content import Content
from textual.strip import Strip

from dateline.store.library import Library
from dateline.store.library.queries import date_of
from dateline.tui.app import DatelineApp
from dateline.tui.widgets.rows import text_height
from dateline.tui.widgets.timeline import TimelinePane

BORDER, PADDING = 1, 1  # the pane's border and left padding, before its rows


def row_strips(pane: TimelinePane, index: int) -> list[Strip]:
    """What the pane renders for row `index`, one strip per line (the row must be in view)."""
    top = pane.row_offset(index)
    assert top is not None and top >= 0, f"row {index} is above the view"
    return [pane.render_line(top + line) for line in range(pane.row_height(index))]


def row_text(pane: TimelinePane, index: int) -> str:
    """Row `index` as painted, its lines joined by spaces, runs of space folded."""
    return " ".join(" ".join(strip.text for strip in row_strips(pane, index)).split())


def backgrounds(strip: Strip) -> set:
    return {segment.style.bgcolor for segment in strip if segment.style is not None}


def in_view(pane: TimelinePane, index: int) -> bool:
    top = pane.row_offset(index)
    view = pane.scrollable_content_region.height
    return top is not None and top >= 0 and top + pane.row_height(index) <= view


def date_firsts(entries) -> list:
    """Each date's first entry, in timeline order."""
    return list({date_of(e.key): e for e in reversed(entries)}.values())[::-1]


async def test_the_cursor_moves_over_events_and_only_its_row_is_highlighted(
    dated_library: Library,
) -> None:
    whole = dated_library.timeline()
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g")
        pane = app.timeline_pane
        cursor = pane.get_visual_style("row-view--option", "row-view--cursor").rich_style.bgcolor
        view = pane.scrollable_content_region.height
        for i, entry in enumerate(whole[:8]):
            if i:
                await pilot.press("j")
            assert pane.current_entry.id == entry.id
            row = pane.highlighted
            assert pane.rows[row].item.id == entry.id
            assert entry.summary[:30] in row_text(pane, row)
            top, height = pane.row_offset(row), pane.row_height(row) - pane.rows[row].rule
            for y in range(view):
                lit = backgrounds(pane.render_line(y)) == {cursor}
                assert lit == (top <= y < top + height), f"line {y} with the cursor on {i}"
        await pilot.press("k")
        assert pane.current_entry.id == whole[6].id
        # The mouse over another row marks that row; the cursor's row stays as it is.
        other = pane.index_of(whole[3].id)
        hover = pane.get_visual_style("row-view--option", "row-view--hover").rich_style.bgcolor
        await pilot.hover(pane, offset=(BORDER + PADDING + 2, BORDER + pane.row_offset(other)))
        assert backgrounds(row_strips(pane, other)[0]) == {hover}
        assert backgrounds(row_strips(pane, pane.highlighted)[0]) == {cursor}


async def test_next_date_lands_on_its_first_entry_in_view(dated_library: Library) -> None:
    whole = dated_library.timeline()
    firsts = date_firsts(whole)
    assert len(firsts) < len(whole), "some dates have several entries"
    app = DatelineApp(dated_library)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g")
        pane = app.timeline_pane
        for first in firsts[1:]:
            await pilot.press("right_square_bracket")
            assert pane.current_entry.id == first.id == app.current_event.id
            assert in_view(pane, pane.highlighted)
            assert row_text(pane, pane.highlighted).startswith(first.label)
        for first in reversed(firsts[:-1]):
            await pilot.press("left_square_bracket")
            assert pane.current_entry.id == first.id
            assert in_view(pane, pane.highlighted)


async def test_a_click_chooses_the_event_under_the_pointer(dated_library: Library) -> None:
    whole = dated_library.timeline()
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g")
        pane = app.timeline_pane
        assert not pane.rows[0].selectable, "the first row is the year's header"
        await pilot.click(pane, offset=(BORDER + PADDING + 2, BORDER + pane.row_offset(0)))
        await pilot.pause()
        assert app.current_event is None and pane.current_entry.id == whole[0].id
        first = pane.index_of(whole[0].id)
        assert pane.rows[first].rule, "a rule separates it from the next event"
        rule = pane.row_offset(first) + pane.row_height(first) - 1
        await pilot.click(pane, offset=(BORDER + PADDING + 2, BORDER + rule))
        await pilot.pause()
        assert app.current_event is None, "a click on the rule chooses nothing"
        target = whole[2]
        row = pane.index_of(target.id)
        await pilot.click(pane, offset=(BORDER + PADDING + 5, BORDER + pane.row_offset(row) + 1))
        await settle(pilot)
        source = target.sources[0]
        assert pane.current_entry.id == target.id == app.current_event.id
        assert app.article_id == source.article
        assert app.highlight == (source.paragraph, source.start, source.end)


async def test_the_cursor_stays_in_view_as_it_moves_and_the_pane_resizes(
    dated_library: Library,
) -> None:
    whole = dated_library.timeline()
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 22)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g", "k")
        pane = app.timeline_pane
        assert pane.current_entry.id == whole[0].id
        assert pane.scroll_y == 0, "k on the first event shows the headers above it"
        for entry in whole[1:]:
            await pilot.press("j")
            assert pane.current_entry.id == entry.id and in_view(pane, pane.highlighted)
        assert pane.scroll_y > 0
        await pilot.press("j")
        assert pane.current_entry.id == whole[-1].id, "it stops at the last event"
        pane.scroll_to(y=0, animate=False, immediate=True)  # the mouse wheel, say
        await pilot.press("k")
        assert pane.current_entry.id == whole[-2].id and in_view(pane, pane.highlighted)
        await pilot.press("g", "pagedown")
        assert pane.position > 1 and in_view(pane, pane.highlighted)
        await pilot.press("pageup", "pageup")
        assert pane.current_entry.id == whole[0].id, "PgUp at the top keeps a cursor"
        await pilot.press("G")
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        await pilot.resize_terminal(160, 19)
        await pilot.pause()
        assert pane.current_entry.id == whole[-1].id and in_view(pane, pane.highlighted)


async def test_rows_wrap_to_narrow_and_wide_panes(reader_library: Library) -> None:
    entries = reader_library.timeline()
    app = DatelineApp(reader_library)
    heights: dict[int, list[int]] = {e.id: [] for e in entries}
    async with app.run_test(size=(300, 60)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3")
        pane = app.timeline_pane
        for size in [(300, 60), (50, 60)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            width = pane.scrollable_content_region.width
            for entry in entries:
                row = pane.index_of(entry.id)
                strips = row_strips(pane, row)
                assert all(strip.cell_length == width for strip in strips)
                text = row_text(pane, row)
                assert text.startswith(f"{entry.label} {entry.type}")
                assert " ".join(entry.summary.split()) in text, "the summary is whole"
                assert f"↳ {entry.sources[0].title}" in text
                if pane.rows[row].rule:
                    assert strips[-1].text == "─" * width
                heights[entry.id].append(len(strips))
    assert all(narrow >= wide for wide, narrow in heights.values())
    assert any(narrow > wide for wide, narrow in heights.values()), "narrow rows wrap"


def test_row_heights_are_what_textual_measures() -> None:
    """`text_height` counts a row's lines as Textual's Content does (it wraps with the same
    Rich function, which a new Rich or Textual might change): words, long words folded,
    wide characters, blank lines, runs of spaces."""
    words = ["a", "council", "voted", "x" * 70, "日本語のテキスト", "🙂", "é", "↳", "", "  ", "—"]
    chance = random.Random(15)
    for _ in range(3000):
        lines = [
            " ".join(chance.choice(words) for _ in range(chance.randint(0, 20)))
            for _ in range(chance.randint(1, 3))
        ]
        plain, width = "\n".join(lines), chance.randint(1, 120)
        assert text_height(plain, width) == Content(plain).get_height({}, width), (plain, width)

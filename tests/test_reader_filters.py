"""Timeline filters (their syntax, the bar, the actor filter), the year and month
groups, and the density strip with the date jumps [ and ]."""

from __future__ import annotations

import pytest
from conftest import notices, row_texts, settle, type_prompt

from dateline.store.library import Library
from dateline.store.library.queries import TimelineEntry
from dateline.tui.app import DatelineApp
from dateline.tui.filters import FilterError, TimelineFilter, parse
from dateline.tui.widgets.density import DensityStrip, month_number
from dateline.tui.widgets.timeline import group_of


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


async def test_filters_combine_show_in_the_bar_and_clear(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
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
        assert "No events match" in " ".join(row_texts(app.timeline_pane))
        await type_prompt(pilot, "f", "type:bogus")  # refused, filters unchanged
        assert app.filters.since == "2030"
        assert any("No event type" in n for n in notices(app))
        await pilot.press("x")
        assert not app.filters.active
        assert len(app.timeline_pane.entries) == everything
        assert "f filters" in str(app.query_one("#filter-bar").render())


async def test_actor_filter_from_the_current_event(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        with_actor = next(e for e in app.timeline_pane.entries if e.actors)
        app.timeline_pane.move_to(with_actor.id)
        await pilot.press("a")
        assert app.filters.actor == with_actor.actors[0]
        assert with_actor.id in {e.id for e in app.timeline_pane.entries}


async def test_year_month_and_undated_groups(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        texts = row_texts(app.timeline_pane)
        assert "━━ 2016 ━━" in texts and "━━ 2017 ━━" in texts
        assert "  April 2016" in texts and "  March 2017" in texts
        assert texts.index("━━ 2016 ━━") < texts.index("  April 2016") < texts.index("━━ 2017 ━━")
        dated = app.timeline_pane.entries[0]
        undated = TimelineEntry(
            999, None, None, None, "undated", "other", "Something happened.", sources=dated.sources
        )
        app.timeline_pane.set_entries([dated, undated], "library")
        texts = row_texts(app.timeline_pane)
        assert texts[-2] == "━━ Undated ━━" and texts[-1].startswith("undated")
        assert group_of(undated) == ("Undated", None)
        assert app.timeline_pane.step(1) == undated, "headers are skipped"


async def test_density_strip_marks_the_current_entry_and_dates_jump(
    reader_library: Library,
) -> None:
    app = DatelineApp(reader_library)
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

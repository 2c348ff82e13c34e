"""Large libraries: the article list (a huge list, the first page then the rest) and the
whole-library timeline read page by page, a window that date jumps, g/G and k move."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from conftest import (
    notices,
    rendered_lines,
    row_texts,
    settle,
    type_prompt,
    wait_until,
    write_articles,
)

from dateline.store.db import state
from dateline.store.library import Library
from dateline.tui import data as reader_data
from dateline.tui.app import DatelineApp
from dateline.tui.widgets.density import DensityStrip, month_number
from dateline.tui.widgets.timeline import group_of


async def test_article_list_jumps_anywhere_in_a_huge_list(reader_library: Library) -> None:
    """The list renders only the rows on screen, so 100,000 rows move like four."""
    app = DatelineApp(reader_library)
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
        assert any("Generated article 099999" in line for line in rendered_lines(pane))
        pane.move_to(rows[50_000].id)
        await pilot.pause()
        assert any("Generated article 050000" in line for line in rendered_lines(pane))
        assert not any("Generated article 099999" in line for line in rendered_lines(pane))
        await pilot.press("k")
        assert pane.current_id == rows[49_999].id


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
        assert len(app.rows) == 11 and len(app.articles_pane.rows) == 11
        app.articles_pane.move_to(oldest)
        await settle(pilot)
        assert app.article_id == oldest
        await pilot.press("q")
    again = DatelineApp(lib)
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert again.article_id == oldest
    lib.close()


def _first(data, limit):
    rows, more = data.library.articles_page(limit=limit)
    return rows, more is not None


async def test_whole_library_timeline_loads_page_by_page(
    reader_library: Library, monkeypatch
) -> None:

    monkeypatch.setattr(reader_data, "PAGE", 2)
    everything = [e.id for e in reader_library.timeline()]
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3")
        pane = app.timeline_pane
        assert len(pane.entries) < len(everything) and f"({len(everything)})" in pane.border_title
        await settle(pilot)  # the strip's month counts come from a worker
        density = app.query_one("#density", DensityStrip)
        assert sum(density.counts.values()) == sum(1 for e in reader_library.timeline() if e.start)
        seen = []
        for _ in everything:
            await pilot.press("n")
            seen.append(app.current_event.id)
        assert seen == everything, "stepping pulls in the next pages, in order"
        await pilot.press("t", "t", "G")
        assert [e.id for e in pane.entries] == everything[-len(pane.entries) :]
        assert pane.current_entry.id == everything[-1]


def small_pages(monkeypatch, library: Library, size: int) -> list[str]:
    """Timeline pages of `size` entries; returns the list every page read is logged in
    ("window ahead": a window read by a worker, ahead of the key that will show it)."""

    monkeypatch.setattr(reader_data, "PAGE", size)
    labels = {
        "timeline_page": "after",
        "timeline_page_before": "before",
        "timeline_window": "window",
        "timeline_date_window": "window",
    }
    return log_calls(monkeypatch, library, labels, ahead=True)


def log_calls(monkeypatch, obj, labels: dict[str, str], ahead: bool = False) -> list[str]:
    """Log each call of `obj`'s methods named in `labels` by its label (with " ahead" when
    `ahead` and a worker thread made it); returns the log."""
    log: list[str] = []
    for name, label in labels.items():
        read = getattr(obj, name)

        def logged(*args, _read=read, _label=label):
            worker = threading.current_thread() is not threading.main_thread()
            log.append(f"{_label} ahead" if ahead and worker else _label)
            return _read(*args)

        monkeypatch.setattr(obj, name, logged)
    return log


def ids(entries) -> list[int]:
    return [e.id for e in entries]


def assert_grouped(pane) -> None:
    """The window starts with a year header and every entry sits under its year and month."""
    texts = row_texts(pane)
    assert texts[0].startswith("━━")
    year = month = None
    for row, text in zip(pane.rows, texts, strict=True):
        if text.startswith("━━"):
            year, month = text.strip("━ "), None
        elif not row.selectable:
            month = text.strip()
        else:
            group_year, group_month = group_of(row.item)
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
            here = [r for r in reads if not r.endswith("ahead")]  # on the key's own time
            assert len(here) <= 2, "a jump reads the entries at its target, it does not walk"
            windows += sum(r.startswith("window") for r in reads)
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
            assert len([r for r in reads if not r.endswith("ahead")]) <= 2
            assert len(pane.entries) <= 10
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
        assert pane.current_entry.id == whole[-1].id and f"({len(whole)})" in pane.border_title
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


async def test_every_list_stops_at_its_ends_and_titles_count_everything(
    dated_library, monkeypatch
) -> None:
    """`g k` stays on the first event and `G j` on the last (no wrap into the middle of a
    window); the whole library's title counts every entry, not the pages loaded."""
    small_pages(monkeypatch, dated_library, 3)
    whole = dated_library.timeline()
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3")
        await settle(pilot)
        pane = app.timeline_pane
        assert len(pane.entries) < len(whole)
        assert f"({len(whole)})" in pane.border_title
        await pilot.press("g", "k", "k")
        assert pane.current_entry.id == whole[0].id
        await pilot.press("G", "j", "j")
        assert pane.current_entry.id == whole[-1].id
        await pilot.press("1", "g", "k")
        assert app.articles_pane.highlighted == 0
        await pilot.press("G", "j")
        assert app.articles_pane.highlighted == len(app.rows) - 1
        await settle(pilot)
        await pilot.press("3", "G", "n", "n")  # the first n shows the cursor's event
        assert any("last event" in n for n in notices(app))
        assert pane.current_entry.id == whole[-1].id


async def test_the_library_is_counted_once_until_another_process_imports(
    dated_library: Library, tmp_path: Path, monkeypatch
) -> None:
    """Back in the whole library, its count is in the title at once, not counted again (nor
    its months); once another process has imported articles, it is counted anew."""
    small_pages(monkeypatch, dated_library, 3)
    names = ("timeline_count", "month_counts")
    counted = log_calls(monkeypatch, dated_library, dict(zip(names, names, strict=True)))
    whole = len(dated_library.timeline())
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert sorted(counted) == ["month_counts", "timeline_count"]
        density = app.query_one("#density", DensityStrip)
        months = dict(density.counts)
        for _ in range(3):
            app.action_toggle_scope()  # t, t: no await between, so nothing from a worker
            app.action_toggle_scope()
            assert f"({whole})" in app.timeline_pane.border_title, "shown at once"
            assert density.counts == months
            await settle(pilot)
        assert len(counted) == 2, "counted once"
        other = Library(str(dated_library.engine.url.database))  # another connection
        body = "Residents of Melrose protested on March 9, 2011, outside the town hall."
        more = {"later": f"News from Melrose\n\nFriday, June 8, 2018\n\n{body}\n"}
        other.import_paths(write_articles(tmp_path / "more", more))
        now = len(other.timeline())
        other.close()
        assert now > whole
        await wait_until(
            pilot, lambda a: f"({now})" in a.timeline_pane.border_title, what="the new count"
        )
        assert counted.count("timeline_count") == 2


async def test_a_date_jump_reads_the_next_dates_window_ahead(dated_library, monkeypatch) -> None:
    """After ] (or [), the window the same key shows next is read by a worker once the
    jump is on screen: pressing it again reads no window itself."""
    reads = small_pages(monkeypatch, dated_library, 2)
    whole = dated_library.timeline()
    firsts = list({e.key[:2]: e for e in reversed(whole)}.values())[::-1]  # each date's first
    app = DatelineApp(dated_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g", "right_square_bracket")
        await settle(pilot)
        assert "window ahead" in reads
        for first in firsts[2:8]:
            await settle(pilot)  # the read ahead is done
            reads.clear()
            await pilot.press("right_square_bracket")
            assert app.current_event.id == app.timeline_pane.current_entry.id == first.id
            assert "window" not in reads, "the window was read ahead"
        await settle(pilot)
        reads.clear()
        await pilot.press("left_square_bracket")
        assert app.current_event.id == firsts[6].id
        assert "window" in reads, "the other way was not read ahead"

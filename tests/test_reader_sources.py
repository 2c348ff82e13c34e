"""From the timeline to the sources and back: follow mode, the reverse link from a
paragraph to its events, and cycling through an event's several sources."""

from __future__ import annotations

from conftest import notices, open_article, rendered_lines, row_texts, settle, wait_until

from dateline.store.library import Library
from dateline.tui.app import DatelineApp
from dateline.tui.widgets.paragraph_events import ParagraphEvents


async def test_follow_mode_shows_each_source(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "F")
        assert app.follow and "follow" in app.timeline_pane.border_subtitle
        for _ in range(3):
            await pilot.press("j")
            await settle(pilot)
            # follow mode jumps on a timer: wait for the jump, not only for a quiet app
            await wait_until(
                pilot,
                lambda app: app.current_event == app.timeline_pane.current_entry,
                what="follow mode to jump to the entry under the cursor",
            )
            entry = app.timeline_pane.current_entry
            source = entry.sources[0]
            assert app.current_event == entry
            assert app.article_id == source.article
            assert app.highlight == (source.paragraph, source.start, source.end)
        assert app.focused is app.timeline_pane
        await pilot.press("F")
        before = app.current_event
        await pilot.press("j")
        await settle(pilot)
        assert app.current_event == before, "follow off: moving does not jump"


async def test_reverse_link_from_a_paragraph_to_the_timeline(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, reader_library, "council")
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


async def test_paragraph_without_events_says_so(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, reader_library, "Quiet")
        await pilot.press("2", "e")
        assert not isinstance(app.screen, ParagraphEvents)
        assert any("No events" in n for n in notices(app))


async def test_cycle_through_an_events_sources(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        shared = next(e for e in app.timeline_pane.entries if e.count > 1)
        assert "+1 more" in row_texts(app.timeline_pane)[app.timeline_pane.index_of(shared.id)]
        app.timeline_pane.move_to(shared.id)
        await pilot.press("3", "enter")
        await pilot.pause()
        first = app.article_id
        many = len(shared.sources)  # each article's lead, and the headlines that restate it
        assert app.source_index == 0 and f"source 1 of {many}" in app.text_pane.border_subtitle
        articles = {first}
        for k in range(1, many):
            await pilot.press("c")
            await pilot.pause()
            source = shared.sources[k]
            assert app.source_index == k and app.article_id == source.article
            assert app.highlight == (source.paragraph, source.start, source.end)
            articles.add(app.article_id)
        assert len(articles) == 2
        await pilot.press("c")
        assert app.source_index == 0 and app.article_id == first


HEADLINED = {
    "bridge": "Harbour bridge reopens after two years of repairs\nWednesday, May 6, 2015\n\n"
    "The harbour bridge reopened to traffic on Monday after two years of repairs.\n\n"
    "Mayor Ana Ortiz said the city had spent $40 million on the work.\n"
}


async def test_a_source_in_the_headline_is_lit_in_the_title(tmp_path) -> None:
    """An entry the headline restates cites it: jumping to that source lights the title
    (the text's top), `e` lists the headline's events, and the next source (the lead's
    paragraph) takes the light back from the title."""
    from conftest import write_articles

    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "articles", HEADLINED))
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        entry = next(e for e in app.timeline_pane.entries if len(e.sources) == 2)
        at = next(i for i, s in enumerate(entry.sources) if s.paragraph == -1)
        source = entry.sources[at]
        await app.jump_to(entry, focus_text=False, source_index=at)
        await settle(pilot)
        assert app.highlight == (-1, source.start, source.end)
        assert app.text_pane.scroll_y == 0
        assert any("reopens" in line for line in rendered_lines(app.text_pane)[:3])
        app.action_focus_pane("timeline")
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ParagraphEvents)
        assert app.screen.query_one("#paragraph-events").border_title == "Events in the headline"
        await pilot.press("escape")
        await app.jump_to(entry, focus_text=False, source_index=1 - at)
        await settle(pilot)
        other = entry.sources[1 - at]
        assert app.highlight == (other.paragraph, other.start, other.end)
        assert app.text_pane.highlighted[0] == 0
    lib.close()

"""Pilot tests for the Textual reader: panes, jumps to sources, scope, help, narrow screens,
and that article text is always shown literally (never parsed as markup)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_id, open_article, rendered_lines, settle, write_articles

from dateline.store.library import Library
from dateline.tui.app import DatelineApp
from dateline.tui.widgets.article_text import HIGHLIGHT_STYLE
from dateline.tui.widgets.help import HelpScreen
from dateline.tui.widgets.safe import REPLACEMENT, clean, plain

INJECTION = "[bold red]x[/bold red] [@click=app.quit]"

COUNCIL = """City council bans cars downtown

Wednesday, January 24, 2018

The council voted on March 3, 2017, to ban cars from the old town.

Residents had protested on February 10, 2017, outside city hall.

The mayor said on Monday that the ban would stay in place.
"""

FILLER = "Engineers spent the winter replacing cables and repainting the steel deck."
BRIDGE = (
    "Old bridge reopens after repairs\n\nFriday, June 8, 2018\n\n"
    + "\n\n".join([FILLER] * 30)
    + "\n\nResidents protested on April 2, 2016, outside the closed bridge. "
    "The city sued the builder on May 3, 2016, over the cracks.\n"
)
BRIDGE_LAST = 30  # index of the paragraph holding the bridge article's events

INJECTED = f"""Injected {INJECTION} headline

Tuesday, May 10, 2016

The board met on May 5, 2016, and wrote {INJECTION} in its minutes.
"""

QUIET = """Quiet streets are popular

Sunday, July 1, 2018

Streets are quiet. People like it.
"""


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(str(tmp_path / "lib.db"))
    articles = {"council": COUNCIL, "bridge": BRIDGE, "injected": INJECTED, "quiet": QUIET}
    lib.import_paths(write_articles(tmp_path / "articles", articles))
    yield lib
    lib.close()


def in_viewport(app: DatelineApp, paragraph: int) -> bool:
    return app.text_pane.in_view(paragraph)


async def test_three_panes_show(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.visible_panes == ["articles", "text", "timeline"]
        assert len(app.articles_pane.rows) == 4
        assert app.article_id == library.articles()[0].id
        assert app.text_pane.blocks, "the first article's paragraphs are shown"
        assert "this article" in app.timeline_pane.border_title
        assert isinstance(app.focused, type(app.articles_pane))


async def test_enter_on_event_jumps_to_source(library: Library) -> None:
    bridge = article_id(library, "bridge")
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "council")
        assert app.article_id != bridge
        await pilot.press("t", "3")  # whole library, focus timeline
        pane = app.timeline_pane
        target = next(e for e in pane.entries if e.sources[0].article == bridge)
        assert target.sources[0].paragraph == BRIDGE_LAST
        pane.move_to(target.id)
        await pilot.press("enter")
        await pilot.pause()
        source = target.sources[0]
        assert app.article_id == bridge
        assert app.highlight == (source.paragraph, source.start, source.end)
        block = app.text_pane.blocks[source.paragraph]
        assert block.view.text[source.start : source.end] == source.text
        assert in_viewport(app, source.paragraph)
        assert app.text_pane.scroll_y > 0, "the paragraph is far down, so the pane scrolled"
        assert app.focused is app.text_pane
        assert app.articles_pane.highlighted == app.articles_pane.index_of(bridge)
        assert block.highlight == (source.start, source.end)
        shown = block.content
        marked = [shown.plain[s.start : s.end] for s in shown.spans if s.style == HIGHLIGHT_STYLE]
        assert marked == [source.text]
        others = [b for b in app.text_pane.blocks.values() if b is not block]
        assert all(b.highlight is None for b in others)


async def test_next_previous_follow_the_timeline(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3", "g")
        pane = app.timeline_pane
        assert len(pane.entries) >= 3
        seen = []
        for key in ["n", "n", "n", "p"]:
            await pilot.press(key)
            await pilot.pause()
            entry = pane.current_entry
            source = entry.sources[0]
            assert app.current_event == entry
            assert app.article_id == source.article
            assert app.highlight == (source.paragraph, source.start, source.end)
            assert in_viewport(app, source.paragraph)
            assert app.focused is pane, "n/p keep the focus on the timeline"
            seen.append(pane.position)  # index among events; headers are not events
        assert seen == [0, 1, 2, 1]


async def test_t_toggles_scope(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "council")
        pane = app.timeline_pane
        own = len(pane.entries)
        assert "this article" in pane.border_title
        assert all(e.sources[0].article == app.article_id for e in pane.entries)
        await pilot.press("t")
        assert "whole library" in pane.border_title
        assert "whole library" in app.sub_title
        assert len(pane.entries) == len(library.timeline()) > own
        await pilot.press("t")
        assert "this article" in pane.border_title
        assert len(pane.entries) == own


async def test_help_opens_and_closes(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        await pilot.press("q")  # closes help, does not quit
        assert not isinstance(app.screen, HelpScreen)
        assert app.is_running


async def test_markup_in_articles_is_shown_literally(library: Library) -> None:
    injected = article_id(library, "Injected")
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "Injected")
        assert app.article_id == injected
        text = app.text_pane
        shown = "\n".join(rendered_lines(text))
        assert INJECTION in shown
        assert "[bold red]x[/bold red]" in shown
        assert "[@click=app.quit]" in shown
        listing = "".join(rendered_lines(app.articles_pane))
        assert "[bold red]x[/bold red]" in listing
        # Clicking where the would-be link is must not quit.
        for y in range(1, 12):
            await pilot.click(text, offset=(12, y))
        await pilot.press("t")
        timeline = "".join(rendered_lines(app.timeline_pane))
        assert "[bold red]x[/bold red]" in timeline
        assert app.is_running


async def test_usable_at_80x24(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.visible_panes == ["articles", "text"]
        for name in app.visible_panes:
            assert app.query_one(f"#{name}").size.width >= 24
        await pilot.press("tab", "tab")
        assert app.focused is app.timeline_pane
        assert app.visible_panes == ["text", "timeline"]
        assert app.article_id == article_id(library, "Quiet")  # newest; it has no events
        await pilot.press("n")
        assert app.highlight is None
        await pilot.press("t", "n")
        await pilot.pause()
        assert app.highlight is not None
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.text_pane
        assert app.visible_panes == ["text", "timeline"]
        await pilot.press("1")
        assert app.visible_panes == ["articles", "text"]
        await pilot.press("shift+tab")
        assert app.focused is app.timeline_pane
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert app.visible_panes == ["articles", "text", "timeline"]


async def test_article_without_events_says_so(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "Quiet")
        assert app.timeline_pane.entries == []
        assert "No dated events" in "\n".join(rendered_lines(app.timeline_pane))


async def test_empty_library_shows_help_text(tmp_path: Path) -> None:
    app = DatelineApp(Library(str(tmp_path / "empty.db")))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert "No articles" in "\n".join(rendered_lines(app.articles_pane))
        assert "no events" in "\n".join(rendered_lines(app.timeline_pane))
        await pilot.press("n", "enter", "t", "3", "enter")
        assert app.is_running


async def test_mouse_click_selects_an_article(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        second = app.articles_pane.rows[1].id
        await pilot.click("#articles", offset=(4, 5))  # border, row 1 (3 lines), rule, row 2
        await pilot.pause()
        assert app.article_id == second


def test_control_characters_are_neutralised() -> None:
    raw = "a\x1b[31mred\x07\x9b b\tc\nd\u202eevil"
    cleaned = clean(raw)
    assert len(cleaned) == len(raw), "offsets into the text stay valid"
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x9b" not in cleaned
    assert "\u202e" not in cleaned
    assert "\t" in cleaned and "\n" in cleaned
    assert cleaned.count(REPLACEMENT) == 4
    assert plain("[bold]x[/bold]").plain == "[bold]x[/bold]"


async def test_mouse_click_on_event_jumps(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        first = app.timeline_pane.entries[0]
        # border, year header, month header, then the first event
        await pilot.click("#timeline", offset=(4, 3))
        await pilot.pause()
        source = first.sources[0]
        assert app.article_id == source.article
        assert app.highlight == (source.paragraph, source.start, source.end)


async def test_keys_scroll_the_text_and_one_pane_mode(library: Library) -> None:
    app = DatelineApp(library)
    async with app.run_test(size=(50, 20)) as pilot:
        await settle(pilot)
        await open_article(pilot, library, "bridge")
        assert app.visible_panes == ["articles"]
        await pilot.press("2")
        assert app.visible_panes == ["text"]
        text = app.text_pane
        await pilot.press("G")
        await pilot.pause()
        assert text.scroll_y == text.max_scroll_y > 0
        await pilot.press("g", "j", "j")
        await pilot.pause()
        assert text.scroll_y == 2
        await pilot.press("3")
        assert app.visible_panes == ["timeline"]
        # A jump made while the text is hidden shows its sentence once the text is back.
        await pilot.press("g", "t")
        target = next(e for e in app.timeline_pane.entries if e.sources[0].paragraph == BRIDGE_LAST)
        await app.jump_to(target, focus_text=False)
        assert app.visible_panes == ["timeline"]
        await pilot.press("2")
        await pilot.pause()
        assert text.scroll_y > 0 and in_viewport(app, BRIDGE_LAST)


# -- a real terminal -----------------------------------------------------------------------


def _pane_text(tmux: list[str]) -> str:
    import subprocess

    return subprocess.run(
        [*tmux, "capture-pane", "-p", "-t", "reader"], capture_output=True, text=True
    ).stdout


def _wait_for(tmux: list[str], needle: str, timeout: float = 20.0) -> str:
    import time

    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _pane_text(tmux)
        if needle in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} never appeared; the pane shows:\n{screen}")


def _wait_for_gone(tmux: list[str], needle: str, timeout: float = 10.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while needle in _pane_text(tmux):
        if time.monotonic() > deadline:
            raise AssertionError(f"{needle!r} is still shown")
        time.sleep(0.2)


def test_reader_in_a_real_terminal(library: Library, tmp_path: Path) -> None:
    """Run `dateline` in tmux, press keys like a person, and read back what the pane shows."""
    import os
    import shlex
    import shutil
    import subprocess
    import sys
    import time

    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (.ci/run installs it from apt)")
    dateline = Path(sys.executable).parent / "dateline"
    if not dateline.exists():
        pytest.skip("the dateline command is not installed in this environment")
    db = library.url.removeprefix("sqlite:///")
    tmux = ["tmux", "-L", f"dateline-test-{os.getpid()}"]  # a private tmux server
    env = {**os.environ, "TERM": "xterm-256color"}
    subprocess.run(
        [
            *tmux,
            "new-session",
            "-d",
            "-s",
            "reader",
            "-x",
            "120",
            "-y",
            "40",
            f"{shlex.quote(str(dateline))} --db {shlex.quote(db)}",
        ],
        check=True,
        env=env,
    )
    try:
        _wait_for(tmux, "Articles (4, 4 unread)")
        screen = _wait_for(tmux, "Text (1 paragraph,")  # the newest article opens by itself
        assert "Quiet streets are popular" in screen
        assert "timeline: this article" in screen
        subprocess.run([*tmux, "send-keys", "-t", "reader", "t"], check=True)
        screen = _wait_for(tmux, "Timeline · whole library")
        assert "━━ 2016 ━━" in screen, "year headers"
        subprocess.run([*tmux, "send-keys", "-t", "reader", "/"], check=True)
        _wait_for(tmux, "Search articles and events")
        subprocess.run([*tmux, "send-keys", "-t", "reader", "sued", "Enter"], check=True)
        screen = _wait_for(tmux, "hit 1/")  # the hits arrive from a worker after the prompt closes
        assert "search sued" in screen and "Old bridge reopens" in screen
        subprocess.run([*tmux, "send-keys", "-t", "reader", "Escape"], check=True)
        _wait_for_gone(tmux, "search sued")  # (Esc and q sent together would read as alt+q)
        subprocess.run([*tmux, "send-keys", "-t", "reader", "q"], check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            alive = subprocess.run([*tmux, "has-session", "-t", "reader"], capture_output=True)
            if alive.returncode != 0:
                break
            time.sleep(0.2)
        else:
            raise AssertionError("q did not quit the reader")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)

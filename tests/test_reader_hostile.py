"""The reader shows hostile article text literally everywhere, and copes with huge articles.

An article whose title, source, byline, paragraphs, note and file name hold markup
(`[/]`, `[@click=...]`, `[link=...]`), terminal escapes, C1 controls and bidi overrides is
opened on every screen that shows article text; each screen, as painted, must show the
brackets as typed, and carry no control character and no clickable or linked style. The
library's own file name is just as hostile. Articles of 100,000 paragraphs or a 10 MB
title are laid out lazily and capped: those tests count what was wrapped and measure what
is shown, never the time it took (`bench/reader_hostile.py` measures that).
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import article_id, notices, open_article, rendered_lines, settle, wait_until
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session, select
from textual.command import CommandPalette
from textual.content import Content
from textual.geometry import Region

from dateline.store.db.models import Article, Paragraph
from dateline.store.db.state import ArticleState
from dateline.store.library import Library
from dateline.store.library.records import ArticleRow, ArticleView, Paragraphs, ParagraphView
from dateline.tui import app as reader
from dateline.tui.app import DatelineApp, launch_line
from dateline.tui.widgets.article_text import LineIndex
from dateline.tui.widgets.help import HelpScreen
from dateline.tui.widgets.note import NoteEditor
from dateline.tui.widgets.paragraph_events import ParagraphEvents
from dateline.tui.widgets.safe import DISPLAY_CAP, line, markup

MARKUP = "[b]x[/b] [/] [@click=app.quit]q[/] [link=file:///etc]l[/]"
HOSTILE = f"{MARKUP} \x1b[2J \x1b]0;pwned\x07 \x9b \u202e"
IN_NAMES = "\x1b]0;pwned\x07 [b]f \x1b[2J [@click=app.quit]q \u202e"  # no "/" in a file name
LITERALS = ["[b]x[/b]", "[/]", "[@click=app.quit]q[/]", "[link=file:///etc]l[/]"]
# What must never reach the terminal from article text: C0 controls (a painted line holds
# no tab or newline either), DEL, C1, and the invisible bidi and line-separator marks.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(tmp_path: Path) -> Library:
    """A library (itself named with escapes and markup) of two articles: one from JSON
    Lines with every field hostile, one plain-text with a hostile byline."""
    folder = tmp_path / "articles"
    folder.mkdir()
    record = {
        "title": f"Title {HOSTILE}",
        "source": f"Src {HOSTILE}",
        "author": f"Auth {HOSTILE}",
        "published": "2018-01-24",
        "paragraphs": [
            f"The council voted on March 3, 2017, to ban cars. {HOSTILE}",
            f"Residents protested on February 10, 2017, outside city hall. {HOSTILE}",
        ],
    }
    (folder / f"evil {IN_NAMES}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / f"byline {IN_NAMES}.txt").write_text(
        f"Byline story {HOSTILE}\n\nBy Anna Berg {HOSTILE}\n\nWednesday, January 24, 2018\n\n"
        f"The mayor resigned on March 5, 2017. {HOSTILE}\n",
        encoding="utf-8",
    )
    lib = Library(str(tmp_path / f"lib {IN_NAMES}.db"))
    report = lib.import_paths([folder])
    assert not report.failed, report.failed
    # The store drops some controls at import; put them back raw, so that the reader is
    # tested on whatever a library may hold (a shared one, an older Dateline's).
    with Session(lib.engine) as s:
        for article in s.exec(select(Article)).all():
            article.title = f"{article.title.split()[0]} {HOSTILE}"
            article.source = f"Src {HOSTILE}"
            article.place = f"Place {HOSTILE}"
            s.add(ArticleState(article_id=article.id, note=f"Note {HOSTILE}"))
        for paragraph in s.exec(select(Paragraph)).all():
            paragraph.text = f"{paragraph.text} {HOSTILE}"  # events' offsets stay valid
        s.commit()
    yield lib
    lib.close()


def painted(app: DatelineApp) -> str:
    """Every screen on the stack as it is painted (what the terminal is sent), as text.
    Fails on a control character, a clickable (`@click`) or linked style in any segment,
    or a control character in any widget's border title."""
    lines = []
    for screen in app.screen_stack:
        for widget in screen.walk_children(with_self=True):
            for title in (widget.border_title, widget.border_subtitle):
                shown = Content.from_markup(title).plain if title else ""
                assert not CONTROL.search(shown), f"{widget}: {shown!r}"
        # Textual private: the compositor's strips are the screen as sent to the terminal.
        for strip in screen._compositor.render_strips():
            for segment in strip:
                assert not CONTROL.search(segment.text), f"{screen}: {segment.text!r}"
                style = segment.style
                if style is not None:
                    assert style.link is None, f"{screen}: a link in {segment.text!r}"
                    clicks = [key for key in style.meta if key.startswith("@click")]
                    assert not clicks, f"{screen}: {style.meta} on {segment.text!r}"
            lines.append(strip.text)
    header = f"{app.title} {app.sub_title}"
    assert not CONTROL.search(header), header
    return "\n".join(lines)


def assert_literal(text: str, *literals: str) -> None:
    for literal in literals or LITERALS:
        assert literal in text, f"{literal!r} is not shown as typed"


async def wait_for_screen(pilot, kind: type) -> None:
    await wait_until(pilot, lambda app: isinstance(app.screen, kind), what=kind.__name__)


async def test_every_screen_shows_hostile_text_as_typed(hostile: Library) -> None:
    app = DatelineApp(hostile)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        await open_article(pilot, hostile, "Title")
        main = painted(app)
        assert_literal(main)  # list, text, filter bar and timeline show the brackets
        assert "[b]f" in app.sub_title and "[@click=app.quit]q" in app.sub_title
        await pilot.press("2")
        await pilot.press("n")  # an event: its source highlighted, the timeline follows
        await settle(pilot)
        assert app.current_event is not None
        assert_literal(painted(app))

        await pilot.press("e")  # the paragraph's events
        await wait_for_screen(pilot, ParagraphEvents)
        assert "The council voted" in painted(app) or "Residents" in painted(app)
        await pilot.press("escape")

        await pilot.press("m")  # the note editor: the title in its border, the note inside
        await wait_for_screen(pilot, NoteEditor)
        await pilot.pause()
        shown = painted(app)
        assert "Note · Title [b]x[/b] [/] [@click=app.quit]q[/]" in shown
        assert "Note [b]x[/b] [/]" in shown
        await pilot.press("escape")

        await pilot.press("question_mark")
        await wait_for_screen(pilot, HelpScreen)
        painted(app)
        await pilot.press("escape")

        await pilot.press("slash")  # a search whose hits name the hostile articles
        app.prompt.value = "council"
        await pilot.press("enter")
        await settle(pilot)
        assert app.hits
        assert_literal(painted(app), "[b]x[/b]", "[/]")
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("ctrl+p")
        await wait_for_screen(pilot, CommandPalette)
        await pilot.press(*"export")
        await pilot.pause()
        painted(app)
        await pilot.press("escape")
        await wait_until(pilot, lambda app: not isinstance(app.screen, CommandPalette))

        Path(app.text_pane.view.article.path).unlink()  # `o` on a file that is gone
        await pilot.press("o")
        await wait_until(pilot, lambda app: any("source file is gone" in n for n in notices(app)))
        await pilot.pause()
        shown = painted(app)
        assert "The source file is gone:" in shown and "[b]f" in shown

        await pilot.press("y")  # the citation copied to the clipboard is clean too
        await wait_until(pilot, lambda app: any("Citation" in n for n in notices(app)))
        assert "Title [b]x[/b]" in app.clipboard and not CONTROL.search(app.clipboard)


async def test_the_byline_article_and_the_timeline_of_the_library(hostile: Library) -> None:
    app = DatelineApp(hostile)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, hostile, "Byline")
        assert_literal(painted(app))
        await pilot.press("t")  # the whole library's timeline: every source title
        await settle(pilot)
        assert_literal(painted(app), "[b]x[/b]", "[/]")


async def test_notifications_with_an_article_title_show_it_literally(hostile: Library) -> None:
    app = DatelineApp(hostile)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        title = next(r.title for r in hostile.articles() if r.title.startswith("Title"))
        app.notify(f"Source 1 of 2: {markup(title)}")  # as `c` words it
        await wait_until(pilot, lambda app: bool(app._notifications))
        await pilot.pause()
        assert_literal(painted(app), "Source 1 of 2: Title [b]x[/b] [/] [@click=app.quit]q[/]")


def test_the_pager_launch_line_is_clean() -> None:
    shown = launch_line(["less", f"/news/evil {IN_NAMES}.txt"])
    assert not CONTROL.search(shown) and "[b]f" in shown and shown.startswith("dateline: less")


async def test_the_pager_gets_an_absolute_path_and_the_terminal_a_clean_line(
    hostile: Library, monkeypatch, capfd
) -> None:
    """`o`: the program is run on the file (absolute: a name starting with `-` cannot pass
    for an option), and the one line printed while it starts is cleaned."""
    ran: list[list[str]] = []
    monkeypatch.setattr(reader.subprocess, "run", lambda argv, check: ran.append(argv))
    monkeypatch.setenv("PAGER", "less -R")
    app = DatelineApp(hostile)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, hostile, "Title")
        monkeypatch.setattr(type(app), "suspend", _no_suspend)
        await pilot.press("o")
        await wait_until(pilot, lambda app: bool(ran), what=lambda app: str(notices(app)))
        path = app.text_pane.view.article.path
    assert ran == [["less", "-R", path]] and Path(path).is_absolute()
    printed = capfd.readouterr().out
    assert "dateline: less -R" in printed and "\x1b" not in printed and "[b]f" in printed


@contextmanager
def _no_suspend(app):
    """`App.suspend` where there is no terminal to hand over (the headless driver)."""
    yield


# -- the one helper -----------------------------------------------------------------------


@given(st.text(alphabet=st.sampled_from(list("[]\\/@=$#ab B.'\"(),:\x1b\x9b\u202e\n"))))
def test_markup_shows_any_string_literally(value: str) -> None:
    shown = Content.from_markup(markup(value))
    assert shown.plain == line(value)
    assert not shown.spans and not CONTROL.search(shown.plain)


def test_line_caps_a_huge_string_with_an_ellipsis() -> None:
    shown = line("word " * 2_000_000)
    assert len(shown) == DISPLAY_CAP and shown.endswith("…")
    assert line("a  b\n\tc") == "a b c" and line("x" * DISPLAY_CAP) == "x" * DISPLAY_CAP
    assert line("x" * 3 + " " * 10_000 + "y").endswith("…")  # cut where only space was read


# -- huge articles --------------------------------------------------------------------------

HUGE = 100_000  # paragraphs


def text_lines(pane) -> list[str]:
    """The text pane's lines inside its border, without the padding."""
    return [line[2:-2].rstrip() for line in rendered_lines(pane)[1:-1]]


def many_paragraphs(count: int, title: str = "Many paragraphs") -> ArticleView:
    """An article of `count` paragraphs of varied length (so estimates are off)."""
    row = ArticleRow(1, title, "2018-01-24", "Src", "/x.txt", None, None, count, 0)
    words = ["ab", "abcdefghij", "abcde", "abcdefghijklmnop"]
    paragraphs = tuple(
        ParagraphView(i, "body", f"P{i} " + " ".join(words[(i + k) % 4] for k in range(i % 40)))
        for i in range(count)
    )
    return ArticleView(row, paragraphs)


def lazily(view: ArticleView, loads: list[tuple[int, int]]) -> ArticleView:
    """The same article with its paragraphs read a page at a time, as the store gives a long
    one (`Paragraphs`); `loads` receives each page read."""
    by_index = {p.index: p for p in view.paragraphs}
    outline = [(p.index, p.kind, len(p.text), p.text.count("\n")) for p in view.paragraphs]

    def load(first: int, last: int) -> list[ParagraphView]:
        loads.append((first, last))
        return [by_index[i] for i in range(first, last + 1)]

    return ArticleView(view.article, Paragraphs(outline, load))


@given(
    st.lists(st.integers(1, 9), min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 59), st.integers(1, 9)), max_size=20),
)
def test_line_index_agrees_with_summing_the_heights(heights, changes) -> None:
    index = LineIndex(heights)
    for position, height in changes:
        if position < len(heights):
            assert index.set(position, height) == height - heights[position]
            heights[position] = height
    assert index.total == sum(heights)
    for position in range(len(heights)):
        first = sum(heights[:position])
        assert index.start(position) == first
        assert {index.find(line) for line in range(first, first + heights[position])} == {position}
    assert index.find(sum(heights)) == len(heights)


async def test_an_article_of_100000_paragraphs_wraps_only_what_is_shown(
    reader_library: Library,
) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.text_pane
        pane.show(many_paragraphs(HUGE))
        await pilot.pause()
        wrapped = [b for b in pane.blocks.made() if b.starts is not None]
        assert 0 < len(wrapped) <= pane.size.height, "only the paragraphs on screen"
        assert len(pane.blocks.made()) == len(wrapped), "nor are the others made into blocks"
        assert "Many paragraphs" in "\n".join(text_lines(pane))

        pane.highlight(HUGE // 2, 0, 3)  # a jump far down: that paragraph and its screen
        await pilot.pause()
        assert pane.in_view(HUGE // 2)
        assert any(line.split(" ")[0] == f"P{HUGE // 2}" for line in text_lines(pane))
        assert sum(b.starts is not None for b in pane.blocks.made()) <= 4 * pane.size.height

        pane.focus()
        await pilot.press("G")  # the end: the last paragraph shown
        await pilot.pause()
        assert any(line.split(" ")[0] == f"P{HUGE - 1}" for line in text_lines(pane))
        assert pane.current_paragraph() is not None


async def test_a_long_article_read_from_the_store_reads_only_the_pages_shown(
    reader_library: Library,
) -> None:
    """An article of 100,000 paragraphs as the store gives it: laid out from its outline,
    its text read only for the pages the reader shows (at the top, at a jump, at the end)."""
    loads: list[tuple[int, int]] = []
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.text_pane
        pane.show(lazily(many_paragraphs(HUGE), loads))
        await pilot.pause()
        assert loads == [(0, Paragraphs.PAGE - 1)]
        assert "P0" in "\n".join(text_lines(pane))

        pane.highlight(HUGE // 2, 0, 3)
        await pilot.pause()
        assert any(line.split(" ")[0] == f"P{HUGE // 2}" for line in text_lines(pane))
        pane.focus()
        await pilot.press("G")
        await pilot.pause()
        assert any(line.split(" ")[0] == f"P{HUGE - 1}" for line in text_lines(pane))
        assert len(loads) <= 5, loads  # the top, around the jump, the end
        assert len(set(loads)) == len(loads), "no page is read twice"


async def test_scrolling_up_into_unwrapped_paragraphs_moves_one_line_a_key(
    reader_library: Library,
) -> None:
    """Paragraphs above the view get their real height as they come into view; the lines
    already shown must not jump (the view moves by the difference)."""
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.text_pane
        pane.show(many_paragraphs(2_000))
        pane.focus()
        await pilot.press("G")
        await pilot.pause()
        before = text_lines(pane)
        for _ in range(60):  # well past the paragraphs wrapped when the end was shown
            await pilot.press("k")
            await pilot.pause()
            after = text_lines(pane)
            assert after[1:] == before[:-1], "the text moved by exactly one line"
            before = after


def painted_styles(pane) -> list[str]:
    """The background colours painted in the pane's lines."""
    region = Region(0, 0, pane.size.width, pane.size.height)
    return [
        segment.style.bgcolor.name
        for strip in pane.render_lines(region)
        for segment in strip
        if segment.style is not None and segment.style.bgcolor is not None
    ]


async def test_clearing_a_match_far_down_repaints_its_lines(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.text_pane
        pane.show(many_paragraphs(2_000))  # no marks: one background
        await pilot.pause()
        plain = set(painted_styles(pane))
        assert pane.mark_matches(1_500, ((0, 5),))
        await pilot.pause()
        assert pane.scroll_y > 0 and set(painted_styles(pane)) > plain, "the match is shown"
        pane.clear_matches()  # the view does not move: only the paragraph's lines repaint
        await pilot.pause()
        assert set(painted_styles(pane)) == plain


async def test_a_10_mb_title_is_capped_everywhere(reader_library: Library) -> None:
    council = article_id(reader_library, "council")
    huge = "Huge " + "word " * 2_000_000
    with Session(reader_library.engine) as s:
        s.get(Article, council).title = huge
        s.commit()
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await open_article(pilot, reader_library, "Huge")
        pane = app.text_pane
        title = [text for kind, text in pane._head if kind == "title"]
        assert 1 <= len(title) <= DISPLAY_CAP // 40 and title[-1].plain.rstrip().endswith("…")
        shown = painted(app)
        assert "Huge word word" in shown
        await pilot.press("m")
        await wait_for_screen(pilot, NoteEditor)
        assert len(app.screen.query_one("#note-editor").border_title) < DISPLAY_CAP + 20
        await pilot.press("escape")
        await pilot.press("slash")
        app.prompt.value = "council"
        await pilot.press("enter")
        await settle(pilot)
        status = str(app.query_one("#status").render())
        assert len(status) < DISPLAY_CAP + 100

"""The Dateline reader: article list, full text and timeline side by side.

The panes only display and report (messages `ArticleSelected`, `EventChosen`,
`EventRested`); the app holds the state (open article, timeline scope and filters, chosen
event and source, search hits), reads and writes through `tui.data.ReaderData`, and
decides which panes fit on screen. Every action is listed in `keys`.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import shlex
import subprocess
import sys
import threading
import traceback
from collections.abc import Awaitable, Callable, Iterable, Mapping
from pathlib import Path

import platformdirs
from rich.text import Text
from textual import events, work
from textual.actions import ActionParseResult
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Static
from textual.worker import WorkerFailed

from dateline.store.dates import label as date_label
from dateline.store.library import Library, LibraryReadOnly, SearchError, SearchHit, export
from dateline.store.library.records import (
    ArticleRow,
    ArticleView,
    PageKey,
    ParagraphView,
    StoryRow,
    TimelineEntry,
)
from dateline.store.text import counted
from dateline.tui import keys
from dateline.tui.config import Config
from dateline.tui.data import ReaderData, TimelinePages
from dateline.tui.filters import FilterError, TimelineFilter, parse
from dateline.tui.widgets.article_list import ArticleList
from dateline.tui.widgets.article_text import EMPTY_LIBRARY, ArticleText
from dateline.tui.widgets.density import DensityStrip
from dateline.tui.widgets.footer import KeyFooter
from dateline.tui.widgets.help import HelpScreen
from dateline.tui.widgets.note import NoteEditor
from dateline.tui.widgets.paragraph_events import ParagraphEvents, event_marks
from dateline.tui.widgets.prompt import PromptBar
from dateline.tui.widgets.safe import clean, escape, line, markup, one_line
from dateline.tui.widgets.stories import StoryList
from dateline.tui.widgets.timeline import TimelinePane

PANES = ("articles", "text", "timeline")
BOXES = {"articles": "#articles", "text": "#text", "timeline": "#timeline-column"}
THREE_PANES_MIN = 100  # below this width, show the focused pane and one partner
MIN_WIDTH = {"articles": 24, "text": 32, "timeline": 28}  # as in dateline.tcss
DENSITY_MIN_HEIGHT = 18  # rows: below this the timeline needs the density strip's three
GC_YOUNG = 5_000  # objects allocated since the last collection: collect after the frame
GC_OLDER = 10  # young collections since the older generation's last: collect it too
GC_BACKSTOP = 200_000  # the collector's own threshold, for what no key leaves behind
PAGED_FROM = 200  # events: an article with more has its timeline read a page at a time
WATCH_EVERY = 2.0  # seconds between looks for articles another process imported
GROUPED_AT_OPEN = 2_000  # articles the reader groups into stories when it opens (seconds)
READ_AT_ONCE = 2_000  # paragraphs: a longer article is read in a worker (see open_article)


def citation(entry: TimelineEntry, index: int) -> str:
    """A one-line citation of an event's source: title, publication date, paragraph, quote."""
    source = entry.sources[index]
    published = date_label(source.published) if source.published else "undated"
    where = source.url or source.path
    quote = " ".join(source.text.split())
    said = f", said by {source.speaker}" if source.speaker else ""
    return (
        f'"{source.title}", {published}, {source.where}: "{quote}" '
        f"(event: {entry.label}, {entry.type}{said}) {where}"
    )


def paragraph_citation(row: ArticleRow, paragraph: ParagraphView) -> str:
    """A citation of a paragraph when no event is chosen: title, date, paragraph, quote."""
    published = date_label(row.published) if row.published else "undated"
    quote = " ".join(paragraph.text.split())
    if len(quote) > 300:
        quote = quote[:299] + "…"
    return f'"{row.title}", {published}, paragraph {paragraph.index + 1}: "{quote}" {row.path}'


def crash_log_path() -> Path:
    """Where a crash's traceback goes: `crash.log` in the user's state folder
    (`$XDG_STATE_HOME/dateline` on Linux)."""
    return Path(platformdirs.user_state_dir("dateline")) / "crash.log"


def write_crash_log(error: BaseException, path: Path) -> None:
    """Append the error's traceback, stamped with the time, to `path` (folders made).
    Cleaned: its messages may quote article text, and `cat crash.log` must not run an ESC."""
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(error))
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8", errors="replace") as log:
        log.write(f"--- {stamp} dateline reader crashed\n{clean(text)}\n")


def launch_line(argv: list[str]) -> str:
    """What the terminal shows while `$PAGER`/`$EDITOR` starts: the file name is untrusted
    (an ESC in it would reach the terminal), so it is shown cleaned, like everything else."""
    return f"dateline: {line(shlex.join(argv), limit=1000)}"


class ReaderScreen(Screen):
    """The main screen. Textual repaints the whole screen whenever focus moves; the focused
    and blurred panes repaint themselves (their focus styles change), so that full repaint
    only costs a frame on every Enter and Tab."""

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)


class DatelineApp(App[None]):
    """Keyboard-first reader over an open `Library`."""

    CSS_PATH = "dateline.tcss"
    TITLE = "Dateline"
    BINDINGS = keys.bindings()

    def __init__(self, library: Library, config: Config | None = None) -> None:
        super().__init__()
        self.config = config or Config()
        if self.config.keys:
            self.set_keymap(self.config.keys)  # the person's keys, by binding id
        self.crash: BaseException | None = None  # the first unhandled error, if any
        self._log_crashes = False  # run_reader() logs it (instead of Textual printing it)
        self.library = library
        self.data = ReaderData(library, on_refused=self._refused)
        self._ui_thread = threading.get_ident()  # set again when mounted
        self.rows: list[ArticleRow] = []
        self.article_id: int | None = None
        self._wanted: int | None = None  # the article asked for last (see open_article)
        self.scope = "article"
        self.filters = TimelineFilter()
        self.follow = False
        self.current_event: TimelineEntry | None = None
        self.source_index = 0
        self.query = ""
        self.hits: list[SearchHit] = []
        self.hit_index = 0
        self.types: set[str] = set()  # event types in the library
        self.listed = False  # the article list has been read
        self.loaded = False  # ...and the first article (or the empty state) is shown
        self._restore: dict | None = None  # saved place, applied once its article opens
        self._pending_place: dict | None = None  # saved place beyond the first page
        self._active = "articles"
        self._filter_bar: Text | None = None
        self._unsaved: dict[str, object] = {}  # place not yet written (see _save_place)
        self._collecting = False  # a collection waits for the frame (see _collect)
        self._previous = "text"
        self._mark: tuple | None = None  # what the library held when last looked at
        self.view = "all"  # which articles the list shows: all | unread | starred
        self.source_only: str | None = None  # ...and only those of this source
        self._story_titles: dict[int, str] = {}  # for the filter bar's story:

    # -- running and crashing ------------------------------------------------------------------

    def run_reader(self, crash_log: Path | None = None, **options) -> int:
        """Run the reader (`options` go to `App.run`); the exit code: 0, or 1 after a crash,
        whose traceback is appended to `crash_log` (default `crash_log_path()`) and named in
        one line on stderr."""
        self._log_crashes = True
        self.run(**options)
        if self.crash is None:
            return self.return_code or 0
        error = self.crash.error if isinstance(self.crash, WorkerFailed) else self.crash
        path = crash_log or crash_log_path()
        said = f"dateline: the reader stopped on an error ({type(error).__name__})"
        try:
            write_crash_log(error, path)
        except OSError as exc:  # no log to be had: the traceback goes to the terminal
            print(f"{said}; could not write {line(path)}: {line(exc.strerror)}", file=sys.stderr)
            print(clean("".join(traceback.format_exception(error))), file=sys.stderr)
        else:
            print(f"{said}; the details are in {line(path)}", file=sys.stderr)
        return self.return_code or 1

    def _handle_exception(self, error: Exception) -> None:
        """Every unhandled error passes here (Textual private, checked by
        tests/test_reader_crash.py): keep the first, for the crash log."""
        if self.crash is None:
            self.crash = error
        super()._handle_exception(error)

    def _print_error_renderables(self) -> None:
        """Under `run_reader()` the traceback goes to the crash log, not the terminal: its
        locals and message can quote article text, control characters and all."""
        if self._log_crashes and self.crash is not None:
            self._exit_renderables.clear()  # Textual private, as above
        super()._print_error_renderables()

    # -- layout -----------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return ReaderScreen(id="_default")

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            yield ArticleList(id="articles")
            yield ArticleText(id="text")
            with Vertical(id="timeline-column"):
                yield Static(id="filter-bar")
                yield DensityStrip(id="density")
                yield TimelinePane(id="timeline")
        yield Static(id="status")
        yield PromptBar(id="prompt")
        yield KeyFooter()

    @property
    def articles_pane(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def text_pane(self) -> ArticleText:
        return self.query_one("#text", ArticleText)

    @property
    def timeline_pane(self) -> TimelinePane:
        return self.query_one("#timeline", TimelinePane)

    @property
    def prompt(self) -> PromptBar:
        return self.query_one("#prompt", PromptBar)

    @property
    def highlight(self) -> tuple[int, int, int] | None:
        """(paragraph index, start, end) of the highlighted source sentence, if any."""
        return self.text_pane.highlighted

    @property
    def visible_panes(self) -> list[str]:
        return [name for name in PANES if self.query_one(BOXES[name]).display]

    def on_mount(self) -> None:
        self._ui_thread = threading.get_ident()
        self._update_subtitle()
        self._update_filter_bar()
        self._update_status()
        self.articles_pane.focus()
        self._apply_layout()
        self.theme_changed_signal.subscribe(self, self._save_theme)
        self.watch(self.timeline_pane, "cursor_item", self._follow_cursor, init=False)
        self.load_library()
        self.set_interval(WATCH_EVERY, self._watch_library, name="watch the library")

    def on_resize(self, event: events.Resize) -> None:
        self._apply_layout(event.size.width, event.size.height)

    def _apply_layout(self, width: int | None = None, height: int | None = None) -> None:
        """All three panes when wide; else the focused pane and a partner that fits beside
        it at its least width (the text beside a list, else the other list); else one. The
        density strip goes when the screen is too short to leave the timeline room."""
        width = width or self.size.width
        height = height or self.size.height
        if width >= THREE_PANES_MIN:
            shown = set(PANES)
        else:
            if self._active == "text":
                partners = [self._previous if self._previous != "text" else "articles"]
                partners += [p for p in ("articles", "timeline") if p not in partners]
            else:
                partners = ["text", *(p for p in PANES if p not in ("text", self._active))]
            room = width - MIN_WIDTH[self._active]
            partner = next((p for p in partners if MIN_WIDTH[p] <= room), None)
            shown = {self._active} | ({partner} if partner else set())
        for name in PANES:
            self.query_one(BOXES[name]).display = name in shown
        self.query_one("#density").display = height >= DENSITY_MIN_HEIGHT

    def _pane_of(self, widget: Widget | None) -> str | None:
        while widget is not None:
            if widget.id in PANES:
                return widget.id
            widget = widget.parent if isinstance(widget.parent, Widget) else None
        return None

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        name = self._pane_of(event.widget)
        if name and name != self._active:
            self._previous, self._active = self._active, name
            self._apply_layout()
        if name and self.listed:  # the place is kept from when the saved one was read
            self._save_place("pane", name)

    def action_focus_pane(self, name: str) -> None:
        """Focus a pane, first making it visible when the screen is narrow."""
        if name != self._active:
            self._previous, self._active = self._active, name
        self._apply_layout()
        self.query_one(f"#{name}").focus()

    def action_focus_next(self) -> None:
        """Tab: cycle through the three panes, including those hidden on a narrow screen."""
        self.action_focus_pane(PANES[(PANES.index(self._active) + 1) % len(PANES)])

    def action_focus_previous(self) -> None:
        self.action_focus_pane(PANES[(PANES.index(self._active) - 1) % len(PANES)])

    def _update_subtitle(self) -> None:
        scope = "this article" if self.scope == "article" else "whole library"
        count = counted(len(self.rows), "article")
        read_only = " · read-only" if self.data.read_only else ""
        # The header shows it as it is (Content, not markup); the name may be any file name.
        self.sub_title = f"{line(self.library.name)}{read_only} · {count} · timeline: {scope}"

    def _refused(self, exc: LibraryReadOnly) -> None:
        """The library refused a write (read-only, or the disk is full): say so once; the
        reader goes on, keeping marks and notes for this session only."""
        if threading.get_ident() != self._ui_thread:
            self.call_from_thread(self._refused, exc)
            return
        self._update_subtitle()
        self.notify(
            f"The library is read-only ({markup(exc.reason)}): marks and notes are not saved.",
            severity="warning",
            timeout=8,
        )

    def _update_filter_bar(self) -> None:
        """The line above the timeline: active filters first (they win over the title when
        the line is cut short), then the scope."""
        bar = Text(end="")
        if self.filters.active:
            bar.append("filter ", "bold")
            bar.append_text(one_line(self.filters.describe(), "bold yellow"))
            if (title := self._story_title()) is not None:
                bar.append(" ")
                bar.append_text(one_line(f"«{title}»", "italic yellow"))
            bar.append(" · x clears · ", "dim")
        if self.scope == "article":
            title = self.text_pane.view.article.title if self.text_pane.view else "none"
            bar.append("article: ", "dim" if self.filters.active else "bold")
            bar.append_text(one_line(title, "italic"))
        else:
            bar.append("whole library", "dim" if self.filters.active else "bold")
        if not self.filters.active:
            bar.append("  f filters", "dim")
        if bar != self._filter_bar:  # opening another article often leaves it as it was
            self._filter_bar = bar
            self.query_one("#filter-bar", Static).update(bar, layout=False)  # one line, fixed

    def _update_status(self) -> None:
        status = self.query_one("#status", Static)
        if not self.query:
            status.display = False
            return
        status.display = True
        line = Text(end="")
        line.append("search ", "bold")
        line.append_text(one_line(self.query, "bold yellow"))
        if self.hits:
            hit = self.hits[self.hit_index]
            line.append(f"  hit {self.hit_index + 1}/{len(self.hits)}: {hit.kind} in ")
            line.append_text(one_line(hit.title, "italic"))
            line.append("  n/N next/previous · Esc clears", "dim")
        else:
            line.append("  no matches · Esc clears · / searches again", "dim")
        status.update(line, layout=False)  # one line, fixed height

    # -- loading ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load_library(self) -> None:
        """Read the article list, flags and saved place off the UI thread."""
        self.data.prepare()
        rows, more = self.data.articles_first()  # a screenful now, the rest just after
        flags = self.data.flags()
        self.types = self.data.event_types()
        saved = {
            name: self.data.get(name)
            for name in (
                "article",
                "event",
                "scroll",
                "scope",
                "filters",
                "follow",
                "theme",
                "pane",
            )
        }
        self.call_from_thread(self._show_rows, rows, flags, saved)
        if more:
            self.call_from_thread(self._more_rows, self.data.articles())
        # The rows just read live as long as the app: keep them out of the collector's full
        # passes, which otherwise stall a keypress now and then (100 ms at 100k rows). Each
        # key allocates thousands of short-lived strips: the collector runs after the key's
        # frame (`_collect`), and on its own only as a backstop.
        gc.freeze()
        gc.set_threshold(GC_BACKSTOP, 20, 100)
        self.data.update_index()  # after the list is shown: first builds can take a while
        # Articles an import left ungrouped (imported by an older Dateline, or through the
        # library API): a few are placed now; a library of thousands waits for S, which
        # says it takes a while, rather than a background pass slowing every key.
        waiting = self.data.ungrouped(GROUPED_AT_OPEN + 1)
        if waiting > GROUPED_AT_OPEN:
            self.call_from_thread(
                self.notify,
                f"More than {GROUPED_AT_OPEN:,} articles are not grouped into stories yet: "
                "S groups them (a minute or more).",
                timeout=8,
            )
        elif waiting and self.data.update_stories():  # reports of other days may have joined
            self.call_from_thread(self._stories_updated)
        self._mark = self.data.library.contents_mark()

    def _stories_updated(self) -> None:
        self.data.forget_counts()
        self.refresh_timeline()

    # -- articles imported by another process ---------------------------------------------

    def _watch_library(self) -> None:
        if self._mark is not None and not any(w.group == "watch" for w in self.workers):
            self.check_library()

    @work(thread=True, exclusive=True, group="watch")
    def check_library(self) -> None:
        """Has another process imported articles? (A cheap poll: see
        `Library.contents_mark`.) If so, read the list again and show it."""
        mark = self.data.library.contents_mark()
        if mark == self._mark:
            return
        self._mark = mark
        rows, flags = self.data.articles(), self.data.flags()
        self.types = self.data.event_types()
        self.call_from_thread(self._library_changed, rows, flags)
        self.data.update_index()

    def _library_changed(self, rows: list[ArticleRow], flags: dict[int, tuple[bool, bool]]) -> None:
        """Show the articles another process imported; the cursor and the open article stay
        (during a search the list stays the hits, and the new articles come after it)."""
        known = {row.id for row in self.rows}
        new = [row for row in rows if row.id not in known]
        self.rows = rows
        self.data.forget_counts()
        pane = self.articles_pane
        pane.flags.update(flags)
        if not self.hits:
            self.show_list()
        self._update_subtitle()
        if self.scope == "library" or self.article_id is None:
            self.refresh_timeline()
        if new:
            self.notify(f"{counted(len(new), 'new article')} in the library.", timeout=5)

    async def _more_rows(self, rows: list[ArticleRow]) -> None:
        """The whole article list, after its first page was shown."""
        self.rows = rows
        self.articles_pane.extend_rows(rows)
        self._update_subtitle()
        pending, self._pending_place = self._pending_place, None
        if pending and self.articles_pane.index_of(pending["article"]) is not None:
            self._restore = pending
            self.articles_pane.move_to(pending["article"])

    async def _show_rows(
        self, rows: list[ArticleRow], flags: dict[int, tuple[bool, bool]], saved: dict
    ) -> None:
        self.rows = rows
        self.listed = True
        if saved.get("scope") in ("article", "library"):
            self.scope = saved["scope"]
        self.filters = TimelineFilter.from_json(saved.get("filters"))
        self.follow = bool(saved.get("follow"))
        self.timeline_pane.set_follow(self.follow)
        wanted = self.config.theme or saved.get("theme")
        if wanted in self.available_themes:
            self.theme = wanted
        elif self.config.theme:
            self.notify(
                f"No theme {markup(self.config.theme)!r} (config.toml); Ctrl+P lists them.",
                severity="warning",
            )
        self._update_subtitle()
        self._update_filter_bar()
        self.articles_pane.flags = dict(flags)
        if saved.get("pane") in PANES and rows:
            self.action_focus_pane(saved["pane"])
        if self.scope == "library" and rows:
            self.refresh_timeline()
        self.articles_pane.set_rows(rows)  # highlights the first row, which opens it
        if not rows:
            self.text_pane.show(None, EMPTY_LIBRARY)
            self.refresh_timeline()
            self.loaded = True
            return
        last = saved.get("article")
        if last is not None and self.articles_pane.index_of(last) is not None:
            self._restore = saved
            self.articles_pane.move_to(last)
        elif last is not None:
            self._pending_place = saved  # further down the list than its first page

    async def open_article(
        self, article_id: int, then: Callable[[], Awaitable[None]] | None = None
    ) -> None:
        """Show an article's text (and its timeline when the scope is the article), then run
        `then` (a jump's highlight, a search hit's marks) once it is shown.

        A long article is read in a worker: reading 100,000 paragraphs takes seconds, and
        the screen must answer keys meanwhile. A short one is read here, at once: a thread
        hop would cost a frame on every Enter. Whichever article was asked for last wins;
        a read overtaken by another request is dropped when it arrives."""
        self._wanted = article_id
        if article_id == self.article_id:
            if then is not None:
                await then()
            return
        index = self.articles_pane.index_of(article_id)
        row = self.articles_pane.rows[index] if index is not None else None
        if row is not None and row.paragraphs <= READ_AT_ONCE:
            view = self.data.article(article_id)
            note = self.data.note(article_id) if view else ""
            await self._show_article(article_id, view, note, then)
            return
        self.article_id = None
        what = f"{counted(row.paragraphs, 'paragraph')} of “{line(row.title)}”" if row else "it"
        self.text_pane.show(None, f"Reading the article: {what}…")
        self._read_article(article_id, then)

    @work(thread=True, group="article")
    def _read_article(self, article_id: int, then: Callable[[], Awaitable[None]] | None) -> None:
        """Read a long article off the UI thread, with the first window of its timeline
        when that is what the timeline pane will show; it is shown when it arrives."""
        view = self.data.article(article_id)
        note = self.data.note(article_id) if view else ""
        pages = None
        if view is not None and self.scope == "article" and view.article.events > PAGED_FROM:
            pages = self.data.timeline_pages(article_id, self.filters)
            event = self.current_event  # refresh_timeline() opens the window at it
            pages.prime(event.key if event is not None else None)
        self.call_from_thread(self._show_article, article_id, view, note, then, pages)

    async def _show_article(
        self,
        article_id: int,
        view: ArticleView | None,
        note: str,
        then: Callable[[], Awaitable[None]] | None,
        pages: TimelinePages | None = None,
    ) -> None:
        if article_id != self._wanted or not self.is_running:
            return  # another article was asked for while this one was read
        self.article_id = article_id if view else None
        self.text_pane.show(view, note=note)
        if self.scope == "article":
            now = self.data.store_filter(self.article_id, self.filters)
            fresh = pages is not None and pages.filters == now
            self.refresh_timeline(pages if fresh else None)
        self._update_filter_bar()
        self.loaded = True
        if view is not None:
            self._save_place("article", article_id)
        if self._restore and self._restore.get("article") == article_id:
            await self._apply_restore(self._restore)
        if then is not None:
            await then()

    async def _apply_restore(self, saved: dict) -> None:
        """Go back to the saved event (or scroll position) in the reopened article."""
        self._restore = None
        place = saved.get("event")
        if isinstance(place, dict):
            entry = self.timeline_pane.entry_with_report(place.get("report", -1))
            if entry is not None:
                index = next(
                    (i for i, s in enumerate(entry.sources) if s.event == place.get("report")), 0
                )
                await self.jump_to(entry, focus_text=False, source_index=index)
                return
        if isinstance(saved.get("scroll"), int | float):
            y = saved["scroll"]
            self.call_after_refresh(self.text_pane.scroll_to, y=y, animate=False)

    def refresh_timeline(self, pages: TimelinePages | None = None) -> None:
        """Show the timeline for the scope and filters (`pages`: read ahead by a worker)."""
        pane = self.timeline_pane
        pane.story = self.filters.story_id is not None  # its title says "one story"
        density = self.query_one("#density", DensityStrip)
        if self.listed and not self.rows:
            pane.set_entries([], self.scope, empty="library")
            density.set_entries([])
            return
        if self.scope == "article" and self.article_id is None:
            pane.set_entries([], "article", empty="none")
            density.set_entries([])
            return
        empty = "filtered" if self.filters.active else None
        at = self.current_event.key if self.current_event is not None else None
        view = self.text_pane.view
        if self.scope == "article" and view is not None and view.article.events > PAGED_FROM:
            # An article with very many events: a window of pages too, like the library's
            # (reading and laying out 100,000 rows froze the reader for minutes).
            pages = pages or self.data.timeline_pages(self.article_id, self.filters)
            entries = pane.set_pages(pages, self.scope, empty=empty, at=at)
            density.set_entries(entries)
            if pane.pages:
                self._count_entries(pane.pages)
        elif self.scope == "article":
            entries = self.data.timeline(self.article_id, self.filters)
            pane.set_entries(entries, self.scope, empty=empty)
            density.set_entries(entries)
        else:  # the whole library: a window of pages, opened at the current event
            pages = self.data.timeline_pages(None, self.filters)
            entries = pane.set_pages(pages, self.scope, empty=empty, at=at)
            density.set_entries(entries)  # the loaded window now, the whole span when counted
            if pane.pages:
                self._count_months(self.filters)
                self._count_entries(pane.pages)
        if self.current_event is not None:
            pane.move_to(self.current_event.id, self.current_event.key)
        elif self.scope == "library" and self.article_id is not None:
            first = next(
                (e for e in entries if e.sources and e.sources[0].article == self.article_id),
                None,
            )
            if first is not None:
                pane.move_to(first.id)
        density.mark(pane.current_entry)

    def _count_entries(self, pages: TimelinePages) -> None:
        """The long timeline's count in the pane's title: at once when it was counted
        before, else when a worker has counted it."""
        if pages.counted:
            self.timeline_pane.set_total(pages, pages.count(), pages.new_count())
        else:
            self.count_entries(pages)

    def _count_months(self, filters: TimelineFilter) -> None:
        """The density strip's months (as `_count_entries`)."""
        if not self.data.has_month_counts(filters):
            self.count_months(filters)
        elif (counts := self.data.month_counts(filters)) is not None:
            self._show_counts(filters, counts)

    @work(thread=True, exclusive=True, group="count")
    def count_entries(self, pages: TimelinePages) -> None:
        """Count a long timeline and its new entries off the UI thread, for the pane's
        title."""
        total, new = pages.count(), pages.new_count()
        self.call_from_thread(self.timeline_pane.set_total, pages, total, new)

    @work(thread=True, exclusive=True, group="density")
    def count_months(self, filters: TimelineFilter) -> None:
        """Count a long timeline's events per month off the UI thread, for the strip."""
        counts = self.data.month_counts(filters)
        if counts is not None:
            self.call_from_thread(self._show_counts, filters, counts)

    def _show_counts(self, filters: TimelineFilter, counts: tuple[dict[int, int], int]) -> None:
        if filters == self.filters and self.scope == "library":
            density = self.query_one("#density", DensityStrip)
            density.set_counts(*counts)
            density.mark(self.timeline_pane.current_entry)

    # -- events from the panes ------------------------------------------------------------

    async def on_article_list_article_selected(self, message: ArticleList.ArticleSelected) -> None:
        if not self.is_running:
            return  # a debounced preview arriving while the app shuts down
        if not message.focus_text and self.articles_pane.current_id != message.article_id:
            return  # a preview overtaken by a jump elsewhere
        if message.article_id != self.article_id:
            self.current_event = None
            self._save_place("event", None)
        if message.focus_text:
            self._set_flags(message.article_id, read=True)
            self.action_focus_pane("text")
        await self.open_article(message.article_id)

    async def on_timeline_pane_event_chosen(self, message: TimelinePane.EventChosen) -> None:
        await self.jump_to(message.entry, focus_text=True)

    def _follow_cursor(self, entry: TimelineEntry | None) -> None:
        """The density strip's caret follows the timeline cursor (not only jumps), in the
        same frame."""
        self.query_one("#density", DensityStrip).mark(entry)

    async def on_timeline_pane_event_rested(self, message: TimelinePane.EventRested) -> None:
        """Follow mode: the cursor rests on an event, so show its source."""
        if not self.is_running:
            return
        stale = message.entry != self.timeline_pane.current_entry  # the cursor moved on
        if self.follow and not stale and message.entry != self.current_event:
            await self.jump_to(message.entry, focus_text=False)

    def _save_place(self, name: str, value) -> None:
        """Remember where the reader is (and its scope, follow mode and filters), written
        just after the frame that shows it (a commit per key would sit between the key and
        its paint)."""
        if not self._unsaved:
            self.call_after_refresh(self._flush_place)
        self._unsaved[name] = value

    def _flush_place(self) -> None:
        unsaved, self._unsaved = self._unsaved, {}
        for name, value in unsaved.items():
            self.data.put(name, value)

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every key's (and the palette's) action, then a collection once its frame is on
        screen (see `_collect`)."""
        done = await super().run_action(action, default_namespace, namespaces)
        if not self._collecting:
            self._collecting = self.call_after_refresh(self._collect)
        return done

    def _collect(self) -> None:
        """Collect the garbage of the last keys between keys, not inside one: a collection
        of the young generation takes ~12 ms at 100k articles, and at Python's thresholds
        (or ours before) it fell inside one key in eight, its frame that much later."""
        self._collecting = False
        young, older, _ = gc.get_count()
        if older >= GC_OLDER:
            gc.collect(1)
        elif young >= GC_YOUNG:
            gc.collect(0)

    async def jump_to(
        self, entry: TimelineEntry, *, focus_text: bool, source_index: int = 0
    ) -> None:
        """Show an event's source: switch article if needed, scroll to and highlight it."""
        if not entry.sources:
            self.notify("This event has no recorded source.", severity="warning")
            return
        source_index %= len(entry.sources)
        source = entry.sources[source_index]
        if entry.conflict and (self.current_event is None or self.current_event.id != entry.id):
            self._tell_disagreement(entry)
        self.current_event = entry
        self.source_index = source_index
        # First, so a preview still pending from the list cursor can't reopen another article.
        self.articles_pane.show(source.article)
        self.timeline_pane.move_to(entry.id, entry.key)  # the key: a long timeline's window
        self.query_one("#density", DensityStrip).mark(entry)
        if focus_text:
            self.action_focus_pane("text")
        else:
            self._apply_layout()

        async def highlight() -> None:
            if self.current_event != entry or self.source_index != source_index:
                return  # another jump overtook this one while the article was read
            if self.text_pane.highlight(source.paragraph, source.start, source.end) is None:
                self.notify("The source paragraph is not in this article.", severity="warning")
            many = len(entry.sources)
            gives = f" · gives {source.label}" if entry.conflict else ""
            self.text_pane.border_subtitle = (
                f"source {source_index + 1} of {many}{gives} · c: next source" if many > 1 else ""
            )
            self._save_place("event", {"id": entry.id, "report": source.event})

        await self.open_article(source.article, highlight)

    def _tell_disagreement(self, entry: TimelineEntry) -> None:
        """Arriving at an entry whose sources disagree on its date: which dates, from how
        many articles each (c shows each source, its date in the text's frame)."""
        dates = " · ".join(
            f"{label} ({counted(len({s.article for s in sources}), 'article')})"
            for label, sources in entry.disagreement()
        )
        why = f"; dated by {entry.dated_by}" if entry.dated_by else ""
        self.notify(f"⚠ Sources disagree: {markup(dates + why)}. c shows each.", timeout=5)

    # -- timeline actions ------------------------------------------------------------------

    def this_event(self) -> tuple[TimelineEntry, int] | None:
        """The event an action on "this event" means, and which of its sources: the entry
        under the timeline cursor when the timeline is the pane in use (the palette keeps
        it so), else the event whose sentence is highlighted in the text; with none
        highlighted, the timeline cursor's again, unless the text is being read (then the
        paragraph is what `y` cites)."""
        entry = self.timeline_pane.current_entry
        if self._active == "timeline" and entry is not None:
            shown = self.current_event is not None and entry.id == self.current_event.id
            return entry, self.source_index if shown else 0
        if self.current_event is not None:
            return self.current_event, self.source_index
        if entry is not None and self._active != "text":
            return entry, 0
        return None

    def action_toggle_scope(self) -> None:
        self.scope = "library" if self.scope == "article" else "article"
        self._save_place("scope", self.scope)
        self.refresh_timeline()
        self._update_subtitle()
        self._update_filter_bar()

    async def _step(self, delta: int) -> None:
        pane = self.timeline_pane
        shown = self.current_event is not None and pane.index_of(self.current_event.id) is not None
        entry = pane.step(delta) if shown else pane.current_entry
        if entry is None:
            if pane.entries:
                where = "last" if delta > 0 else "first"
                self.notify(f"Already at the {where} event.", timeout=2)
            else:
                self.notify("No events in this timeline (t switches scope).", timeout=3)
            return
        await self.jump_to(entry, focus_text=False)

    async def action_next(self) -> None:
        """n: the next search hit while searching, else the next event."""
        if self.hits:
            await self._go_hit(self.hit_index + 1)
        else:
            await self._step(1)

    async def action_previous(self) -> None:
        if self.hits:
            await self._go_hit(self.hit_index - 1)
        else:
            await self._step(-1)

    async def action_next_event(self) -> None:
        await self._step(1)

    async def action_previous_event(self) -> None:
        await self._step(-1)

    async def _date_step(self, direction: int) -> None:
        pane = self.timeline_pane
        entry = pane.step_date(direction)
        if entry is None:
            self.notify("No other date in that direction.", timeout=2)
            return
        await self.jump_to(entry, focus_text=False)
        if pane.pages is not None and entry.key is not None:
            # The same key again is likely: read that date's window once this one is shown.
            self.call_after_refresh(self.read_ahead_date, pane.pages, entry.key, direction)

    @work(thread=True, exclusive=True, group="read ahead")
    def read_ahead_date(self, pages: TimelinePages, key: PageKey, direction: int) -> None:
        """Read the window of the date after (before) `key` off the UI thread, for the
        next [ or ] (see `TimelinePages.prime_date`)."""
        pages.prime_date(key, direction)

    async def action_next_date(self) -> None:
        await self._date_step(1)

    async def action_previous_date(self) -> None:
        await self._date_step(-1)

    async def action_next_new(self) -> None:
        """The next event of an article imported or updated since the reader was last
        closed (from the first again after the last)."""
        await self._step_marked("new", "new since the reader was last closed")

    async def action_next_conflict(self) -> None:
        """The next event whose sources disagree on its date."""
        await self._step_marked("conflict", "whose sources disagree on the date")

    async def _step_marked(self, kind: str, what: str) -> None:
        before = self.timeline_pane.current_entry
        entry, again = self.timeline_pane.step_marked(kind)
        if entry is None:
            said = f"No events {what}"
            if self.scope == "article":
                said = f"No event of this article {what} (t: the whole library)"
            elif self.filters.active:
                said += " among the filtered (x clears the filters)"
            self.notify(f"{said}.", timeout=3)
            return
        if again and before is not None and entry.id == before.id:
            self.notify(f"This is the only event {what}.", timeout=2)
        elif again:
            self.notify(f"Back to the first event {what}.", timeout=2)
        await self.jump_to(entry, focus_text=False)

    def action_only_new(self) -> None:
        """Show only the new events, or every event again."""
        self._set_filters(self.filters.with_(only=None if self.filters.only_new else "new"))

    def action_only_conflicts(self) -> None:
        """Show only the events whose sources disagree on the date, or every event again."""
        only = None if self.filters.only_conflicts else "conflicts"
        self._set_filters(self.filters.with_(only=only))

    def action_stories(self) -> None:
        """List the stories (the articles imported since the last grouping grouped first);
        the chosen one's timeline replaces the whole library's."""
        self.read_stories()

    @work(thread=True, exclusive=True, group="stories")
    def read_stories(self) -> None:
        waiting = self.data.ungrouped(GROUPED_AT_OPEN + 1)
        if waiting > GROUPED_AT_OPEN:
            self.call_from_thread(self.notify, "Grouping the articles into stories…", timeout=4)
        changed = self.data.update_stories()
        stories = self.data.stories()
        self.call_from_thread(self._list_stories, stories, changed)

    def _list_stories(self, stories: list[StoryRow], changed: bool) -> None:
        if changed:
            self._stories_updated()
        if not stories:
            self.notify("No stories: the library has no articles yet.", timeout=3)
            return
        self._story_titles.update((s.id, s.title) for s in stories)
        self.push_screen(StoryList(stories, self.filters.story_id), self._show_story)

    def _show_story(self, story_id: int | None) -> None:
        if story_id is None:
            return
        self.current_event = None
        if self.scope != "library":
            self.scope = "library"
            self._save_place("scope", self.scope)
            self._update_subtitle()
        self._set_filters(self.filters.with_(story=str(story_id)))
        self.action_focus_pane("timeline")

    def _story_title(self) -> str | None:
        """The title of the story the timeline is filtered to (None: no story filter)."""
        story_id = self.filters.story_id
        if story_id is None:
            return None
        if story_id not in self._story_titles:
            story = self.data.story(story_id)
            self._story_titles[story_id] = story.title if story else "no such story"
        return self._story_titles[story_id]

    def action_toggle_follow(self) -> None:
        self.follow = not self.follow
        self.timeline_pane.set_follow(self.follow)
        self._save_place("follow", self.follow)
        self.notify(f"Follow mode {'on' if self.follow else 'off'}.", timeout=2)

    async def action_cycle_source(self) -> None:
        """Show the next article that reports this event (see `this_event`); the first
        press on an event whose source is not on screen shows its first source."""
        chosen = self.this_event()
        if chosen is None:
            self.notify("Choose an event first (n, or Enter in the timeline).", timeout=3)
            return
        entry, index = chosen
        shown = self.current_event is not None and entry.id == self.current_event.id
        if len(entry.sources) < 2:
            self.notify("Only one article reports this event.", timeout=2)
            if not shown:
                await self.jump_to(entry, focus_text=False)
            return
        if shown:
            index += 1
        else:  # the first source that is not the article on screen already
            others = (i for i, s in enumerate(entry.sources) if s.article != self.article_id)
            index = next(others, 0)
        await self.jump_to(entry, focus_text=False, source_index=index)
        source = entry.sources[self.source_index]
        self.notify(
            f"Source {self.source_index + 1} of {len(entry.sources)}: {markup(source.title)}",
            timeout=3,
        )

    # -- filters ------------------------------------------------------------------------------

    def action_filter(self) -> None:
        self.prompt.ask("filter", self.filters.describe())

    def _set_filters(self, filters: TimelineFilter) -> None:
        self.filters = filters
        self._save_place("filters", filters.to_json())
        self.refresh_timeline()
        self._update_filter_bar()

    def action_clear_filters(self) -> None:
        if self.filters.active:
            self._set_filters(TimelineFilter())
            self.notify("Filters cleared.", timeout=2)

    def action_filter_actor(self) -> None:
        """Keep only the events of this event's first actor (see `this_event`)."""
        chosen = self.this_event()
        if chosen is None:
            self.notify("Choose an event first (n, or move in the timeline).", timeout=3)
            return
        entry, _ = chosen
        if not entry.actors:
            self.notify("This event names no actor.", timeout=3)
            return
        self._set_filters(self.filters.with_(actor=entry.actors[0]))
        self.notify(f"Showing the events of {markup(entry.actors[0])} (x clears).", timeout=3)

    # -- search -------------------------------------------------------------------------------

    def action_search(self) -> None:
        self.prompt.ask("search", self.query)

    async def on_prompt_bar_submitted(self, message: PromptBar.Submitted) -> None:
        self.query_one(f"#{self._active}").focus()
        if message.mode == "filter":
            try:
                self._set_filters(parse(message.value, self.types))
            except FilterError as exc:
                self.notify(markup(exc), severity="error", timeout=6)
            return
        if not message.value.strip():
            await self.action_clear_search()
            return
        self.query = message.value.strip()
        self.hits = []
        status = self.query_one("#status", Static)
        status.display = True
        status.update(
            Text.assemble(
                ("search ", "bold"), one_line(self.query, "bold yellow"), ("  searching…", "dim")
            )
        )
        self.run_search(self.query)

    def on_prompt_bar_cancelled(self, message: PromptBar.Cancelled) -> None:
        self.query_one(f"#{self._active}").focus()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        """Search off the UI thread; the result (or the error) is shown when it arrives."""
        try:
            hits, error = self.data.search(query), None
        except SearchError as exc:
            hits, error = [], str(exc)
        self.call_from_thread(self._show_hits, query, hits, error)

    async def _show_hits(self, query: str, hits: list[SearchHit], error: str | None) -> None:
        if query != self.query:
            return  # a newer search was started
        if error:
            self.query = ""
            self._update_status()
            self.notify(markup(error), title="Search", severity="error", timeout=8)
            return
        self.hits = hits
        self.hit_index = 0
        if not hits:
            self._update_status()
            self.notify(f"No matches for {markup(repr(query))}.", timeout=3)
            return
        matching: dict[int, None] = dict.fromkeys(h.article for h in hits)
        by_id = {r.id: r for r in self.rows}
        rows = [by_id[a] for a in matching if a in by_id]
        self.articles_pane.set_rows(rows, heading=f"search: {len(hits)} hits")
        await self._go_hit(0)

    async def _go_hit(self, index: int) -> None:
        """Open the hit's article and mark its matches (or show the event it matched)."""
        if not 0 <= index < len(self.hits):
            where = "last" if index >= len(self.hits) else "first"
            self.notify(f"Already at the {where} hit.", timeout=2)
            return
        self.hit_index = index
        hit = self.hits[index]
        self.articles_pane.show(hit.article)
        if hit.article != self.article_id:
            self.current_event = None
        self._update_status()

        async def mark() -> None:
            if self.hits[self.hit_index : self.hit_index + 1] != [hit]:
                return  # the search moved on while the article was read
            text = self.text_pane
            if hit.kind == "paragraph" and hit.paragraph is not None:
                text.mark_matches(hit.paragraph, hit.spans)
            elif hit.kind == "event" and hit.event is not None:
                text.clear_matches()
                entry = self.timeline_pane.entry_with_report(hit.event)
                if entry is not None:
                    at = next((i for i, s in enumerate(entry.sources) if s.event == hit.event), 0)
                    await self.jump_to(entry, focus_text=False, source_index=at)
            else:
                text.clear_matches()
                text.scroll_home(animate=False)

        await self.open_article(hit.article, mark)

    async def action_clear_search(self) -> None:
        """Esc: end the search and show every article again."""
        if not self.query and not self.hits:
            return
        self.query, self.hits, self.hit_index = "", [], 0
        self.text_pane.clear_matches()
        self._update_status()
        self.show_list()

    # -- the reverse link ----------------------------------------------------------------------

    async def action_paragraph_events(self) -> None:
        """List the events of the paragraph being read; the chosen one opens in the timeline.
        From the timeline, the paragraph is the source of the event under the cursor."""
        chosen = self.this_event() if self._active == "timeline" else None
        if chosen is not None:
            entry, index = chosen
            if self.current_event is None or entry.id != self.current_event.id:
                await self.jump_to(entry, focus_text=False, source_index=index)
            source = entry.sources[index] if entry.sources else None
            if source is not None and self._wanted != self.article_id:
                self.notify("The article is still being read; press e again.", timeout=3)
                return
            view = self.text_pane.paragraph_view(source.paragraph) if source else None
        else:
            block = self.text_pane.current_paragraph()
            view = block.view if block else None
        if view is None:
            self.notify("Open an article first.", timeout=2)
            return
        if not event_marks(view):
            self.notify("No events are reported in this paragraph.", timeout=3)
            return
        self.push_screen(ParagraphEvents(view), self._reveal_event)

    async def _reveal_event(self, event_id: int | None) -> None:
        if event_id is None:
            return
        entry = self.timeline_pane.entry_with_report(event_id)
        if entry is None:
            self.notify(
                "That event is hidden by the timeline filters (x clears them).",
                severity="warning",
                timeout=4,
            )
            return
        index = next((i for i, s in enumerate(entry.sources) if s.event == event_id), 0)
        await self.jump_to(entry, focus_text=False, source_index=index)
        self.action_focus_pane("timeline")

    # -- article state -------------------------------------------------------------------------

    def _set_flags(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> tuple[bool, bool]:
        new = self.data.set_flags(article_id, read=read, starred=starred)
        if new is None:  # not saved (a read-only library): shown for this session
            was = self._flags(article_id)
            new = (was[0] if read is None else read, was[1] if starred is None else starred)
        self.articles_pane.set_flags(article_id, *new)
        return new

    @property
    def _not_saved(self) -> str:
        return " (not saved: the library is read-only)" if self.data.read_only else ""

    def _flags(self, article_id: int) -> tuple[bool, bool]:
        return self.articles_pane.flags.get(article_id, (False, False))

    def action_toggle_read(self) -> None:
        if self.article_id is None:
            return
        read, _ = self._set_flags(self.article_id, read=not self._flags(self.article_id)[0])
        self.notify(("Marked read" if read else "Marked unread") + self._not_saved + ".", timeout=2)

    def action_toggle_star(self) -> None:
        if self.article_id is None:
            return
        _, starred = self._set_flags(self.article_id, starred=not self._flags(self.article_id)[1])
        self.notify(("Starred" if starred else "Star removed") + self._not_saved + ".", timeout=2)

    def action_edit_note(self) -> None:
        """Write the person's own note on the article (kept across re-imports)."""
        view = self.text_pane.view
        if view is None:
            self.notify("Open an article first.", timeout=2)
            return
        article_id = view.article.id

        def save(words: str | None) -> None:
            if words is None:
                return
            kept = self.data.set_note(article_id, words)
            saved = kept is not None
            if not saved:  # a read-only library: the note is kept for this session only
                kept = self.data.note(article_id)
            if self.text_pane.article_id == article_id:
                self.text_pane.set_note(kept)
            if saved:
                self.notify("Note saved." if kept else "Note removed.", timeout=2)
            else:
                self.notify("Note kept for this session only: the library is read-only.")

        # Read afresh: on a shared library someone else may have changed it.
        self.push_screen(NoteEditor(view.article.title, self.data.note(article_id)), save)

    def action_copy_citation(self) -> None:
        """Copy this event's citation (see `this_event`), or without one the paragraph being
        read (OSC 52; the terminal must allow it)."""
        chosen = self.this_event()
        block = self.text_pane.current_paragraph()
        if chosen is not None and chosen[0].sources:
            text, what = citation(*chosen), "event"
        elif self.text_pane.view is not None and block is not None:
            text, what = paragraph_citation(self.text_pane.view.article, block.view), "paragraph"
        else:
            self.notify("Nothing to cite yet.", timeout=2)
            return
        self.copy_to_clipboard(clean(text))  # pasted into a terminal, an ESC would run
        self.notify(f"Citation of this {what} copied to the clipboard.", timeout=2)

    # -- the article list's views ------------------------------------------------------------

    def listed_rows(self) -> list[ArticleRow]:
        """The articles the list shows outside a search: all, unread or starred, and only
        one source's when asked."""
        flags = self.articles_pane.flags
        rows = self.rows
        if self.view == "unread":
            rows = [r for r in rows if not flags.get(r.id, (False, False))[0]]
        elif self.view == "starred":
            rows = [r for r in rows if flags.get(r.id, (False, False))[1]]
        if self.source_only is not None:
            rows = [r for r in rows if r.source == self.source_only]
        return rows

    def show_list(self) -> None:
        """List `listed_rows()`; the cursor stays on the open article when it is listed."""
        parts = [] if self.view == "all" else [self.view]
        if self.source_only is not None:
            parts.append(f"from {line(self.source_only, limit=60)}")
        heading = " · ".join(parts)
        empty = f"No {heading} articles. v lists every article again." if heading else ""
        current = self.article_id
        pane = self.articles_pane
        pane.set_rows(self.listed_rows(), heading=heading, empty=empty)
        if current is not None and pane.index_of(current) is not None:
            pane.show(current)

    async def action_cycle_view(self) -> None:
        """v: every article → the unread ones → the starred ones."""
        await self.action_clear_search()
        order = ("all", "unread", "starred")
        self.view = order[(order.index(self.view) + 1) % len(order)]
        self.show_list()
        self.notify(f"Listing {self.view} articles.", timeout=2)

    async def action_by_source(self) -> None:
        """b: only the articles from the open article's source (again: every source)."""
        await self.action_clear_search()
        if self.source_only is not None:
            self.source_only = None
        else:
            view = self.text_pane.view
            if view is None or not view.article.source:
                self.notify("This article names no source.", timeout=3)
                return
            self.source_only = view.article.source
        self.show_list()

    def action_mark_all_read(self) -> None:
        """R: mark every listed article read, in one write."""
        ids = [row.id for row in self.articles_pane.rows]
        unread = [i for i in ids if not self._flags(i)[0]]
        if not unread:
            self.notify("Every listed article is read already.", timeout=2)
            return
        self.data.mark_read(unread)
        for article_id in unread:
            self.articles_pane.set_flags(article_id, True, self._flags(article_id)[1])
        self.notify(f"Marked {counted(len(unread), 'article')} read{self._not_saved}.", timeout=3)

    def action_open_url(self) -> None:
        """O: the article's original page in the browser (an http(s) URL only)."""
        view = self.text_pane.view
        url = self.data.url(view.article.id) if view is not None else None
        if not url:
            self.notify("This article has no web address.", timeout=3)
            return
        if not url.lower().startswith(("http://", "https://")):
            self.notify(f"Not a web address: {markup(url)}", severity="warning")
            return
        import webbrowser

        opened = webbrowser.open(url)
        self.notify(("Opened " if opened else "No browser to open ") + markup(url), timeout=4)

    # -- export -----------------------------------------------------------------------------

    def action_export(self, fmt: str) -> None:
        """Write the timeline as shown (scope and filters) to a file in the export folder
        (`config.toml`'s, else the person's documents or downloads: not the current one)."""
        if self.scope == "article" and self.article_id is None:
            self.notify("Open an article first, or press t for the whole library.", timeout=3)
            return
        article = self.article_id if self.scope == "article" else None
        title = self.text_pane.view.article.title if article and self.text_pane.view else None
        self._export(fmt, article, self.filters, title)

    @work(thread=True, group="export")
    def _export(self, fmt: str, article_id: int | None, filters, title: str | None) -> None:
        entries = self.data.timeline(article_id, filters)
        scope = title or (filters.actor if filters.actor else "library")
        result = export.render(entries, fmt, title=f"Timeline: {scope}")
        if not result.usable:
            self.call_from_thread(self.notify, markup(result.message), severity="warning")
            return
        path = self.config.export_dir() / export.suggested_filename(fmt, scope)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(result.content)
        except OSError as exc:
            self.call_from_thread(
                self.notify,
                f"Could not write {markup(path)}: {markup(exc.strerror)}",
                severity="error",
            )
            return
        note = f"Exported {counted(result.included, 'event')} to {markup(path)}"
        if result.message:
            note += f" ({markup(result.message)})"
        self.call_from_thread(self.notify, note, timeout=6)

    # -- external programs ------------------------------------------------------------------

    def _source_path(self) -> str | None:
        view = self.text_pane.view
        if view is None:
            self.notify("Open an article first.", timeout=2)
            return None
        if not Path(view.article.path).is_file():
            self.notify(f"The source file is gone: {markup(view.article.path)}", severity="warning")
            return None
        return view.article.path

    def action_open_pager(self) -> None:
        if path := self._source_path():
            self.run_external(self.config.pager or os.environ.get("PAGER") or "less", path)

    def action_open_editor(self) -> None:
        if path := self._source_path():
            environment = os.environ.get("VISUAL") or os.environ.get("EDITOR")
            editor = self.config.editor or environment or "vi"
            self.run_external(editor, path)

    def run_external(self, command: str, path: str) -> None:
        """Run a program on the source file with the terminal handed over to it. The path
        is absolute, so a file name starting with `-` cannot pass for an option."""
        argv = [*shlex.split(command), os.path.abspath(path)]
        try:
            with self.suspend():
                print(launch_line(argv), flush=True)  # seen while a slow program starts
                subprocess.run(argv, check=False)
        except FileNotFoundError:
            self.notify(f"Cannot run {markup(argv[0])}.", severity="error")
        except Exception as exc:  # noqa: BLE001 - e.g. no terminal to suspend to
            self.notify(f"Cannot open {markup(argv[0])}: {markup(exc)}", severity="error")

    # -- app-wide ---------------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """Save the text's scroll position and when the reader closed (what the next
        session calls new), then leave."""
        self._flush_place()
        if self.listed:
            self.data.closing()
        if self.article_id is not None:
            self.data.put("scroll", round(self.text_pane.scroll_y))
        self.exit()

    def _save_theme(self, theme) -> None:
        if self.listed:
            self.data.put("theme", theme.name)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette (ctrl+p) offers every reader action, then Textual's own (themes...)."""
        for action in keys.ACTIONS:
            if action.id == "app.palette":
                continue  # the palette is open already
            shown = f"  ({escape(keys.shown_keys(action))})" if action.keys else ""
            yield SystemCommand(action.title + shown, action.help, self._runner(action.action))
        yield from super().get_system_commands(screen)

    def _runner(self, action: str):
        async def run() -> None:
            await self.run_action(action)

        return run

"""The Dateline reader: article list, full text and timeline side by side.

The panes only display and report (messages `ArticleSelected`, `EventChosen`); the app holds
the state (open article, timeline scope, chosen event), talks to the `Library`, and decides
which panes fit on screen.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url
from textual import events, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Footer, Header

from store.library import Library
from store.queries import ArticleRow, TimelineEntry
from tui.widgets.article_list import ArticleList
from tui.widgets.article_text import EMPTY_LIBRARY, ArticleText
from tui.widgets.help import HelpScreen
from tui.widgets.timeline import TimelinePane

PANES = ("articles", "text", "timeline")
THREE_PANES_MIN = 100  # below this width, show the focused pane and one partner
TWO_PANES_MIN = 56  # below this, only the focused pane


def library_name(library: Library) -> str:
    """A short name for the header: the database file name, or the URL without password."""
    try:
        url = make_url(library.url)
    except Exception:  # noqa: BLE001 - any unparsable URL is shown as is
        return library.url
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database).name
    return url.render_as_string(hide_password=True)


class DatelineApp(App[None]):
    """Keyboard-first reader over an open `Library`."""

    CSS_PATH = "dateline.tcss"
    TITLE = "Dateline"
    ENABLE_COMMAND_PALETTE = False  # every action has its own key; see `?`

    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("t", "toggle_scope", "Scope"),
        Binding("n", "next_event", "Next"),
        Binding("p", "previous_event", "Prev"),
        Binding("1", "focus_pane('articles')", "List"),
        Binding("2", "focus_pane('text')", "Text"),
        Binding("3", "focus_pane('timeline')", "Timeline"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.rows: list[ArticleRow] = []
        self.article_id: int | None = None
        self.scope = "article"
        self.current_event: TimelineEntry | None = None
        self.listed = False  # the article list has been read
        self.loaded = False  # ...and the first article (or the empty state) is shown
        self._active = "articles"
        self._previous = "text"

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            yield ArticleList(id="articles")
            yield ArticleText(id="text")
            yield TimelinePane(id="timeline")
        yield Footer()

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
    def highlight(self) -> tuple[int, int, int] | None:
        """(paragraph index, start, end) of the highlighted source sentence, if any."""
        return self.text_pane.highlighted

    @property
    def visible_panes(self) -> list[str]:
        return [name for name in PANES if self.query_one(f"#{name}").display]

    def on_mount(self) -> None:
        self._update_subtitle()
        self.articles_pane.focus()
        self._apply_layout()
        self.load_library()

    def on_resize(self, event: events.Resize) -> None:
        self._apply_layout(event.size.width)

    def _apply_layout(self, width: int | None = None) -> None:
        """All three panes when wide; else the focused pane and its partner; else one."""
        width = width or self.size.width
        if width >= THREE_PANES_MIN:
            shown = set(PANES)
        elif width >= TWO_PANES_MIN:
            if self._active == "text":
                partner = self._previous if self._previous != "text" else "articles"
            else:
                partner = "text"
            shown = {self._active, partner}
        else:
            shown = {self._active}
        text = self.text_pane
        if "text" in shown and not text.display and text.highlighted:
            # A jump made while the text was hidden: scroll to it once it has a size again.
            self.call_after_refresh(text.reveal_highlight)
        for name in PANES:
            self.query_one(f"#{name}").display = name in shown

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
        count = f"{len(self.rows)} article{'s' if len(self.rows) != 1 else ''}"
        self.sub_title = f"{library_name(self.library)} · {count} · timeline: {scope}"

    # -- loading ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load_library(self) -> None:
        """Read the article list off the UI thread (large libraries stay responsive)."""
        rows = self.library.articles()
        self.call_from_thread(self._show_rows, rows)

    async def _show_rows(self, rows: list[ArticleRow]) -> None:
        self.rows = rows
        self.listed = True
        self._update_subtitle()
        self.articles_pane.set_rows(rows)  # highlights the first row, which opens it
        if not rows:
            await self.text_pane.show(None, EMPTY_LIBRARY)
            self.refresh_timeline()
            self.loaded = True

    async def open_article(self, article_id: int) -> None:
        """Show an article's text (and its timeline when the scope is the article)."""
        if article_id == self.article_id:
            return
        view = self.library.article(article_id)
        self.article_id = article_id if view else None
        await self.text_pane.show(view)
        if self.scope == "article":
            self.refresh_timeline()
        self.loaded = True

    def refresh_timeline(self) -> None:
        if self.listed and not self.rows:
            self.timeline_pane.set_entries([], self.scope, empty="library")
            return
        if self.scope == "article" and self.article_id is None:
            self.timeline_pane.set_entries([], "article", empty="none")
            return
        target = self.article_id if self.scope == "article" else None
        entries = self.library.timeline(target)
        self.timeline_pane.set_entries(entries, self.scope)
        if self.current_event is not None:
            self.timeline_pane.move_to(self.current_event.id)
        elif self.scope == "library" and self.article_id is not None:
            first = next(
                (e for e in entries if e.sources and e.sources[0].article == self.article_id),
                None,
            )
            if first is not None:
                self.timeline_pane.move_to(first.id)

    # -- events from the panes ------------------------------------------------------------

    async def on_article_list_article_selected(self, message: ArticleList.ArticleSelected) -> None:
        if message.article_id != self.article_id:
            self.current_event = None
        await self.open_article(message.article_id)
        if message.focus_text:
            self.action_focus_pane("text")

    async def on_timeline_pane_event_chosen(self, message: TimelinePane.EventChosen) -> None:
        await self.jump_to(message.entry, focus_text=True)

    async def jump_to(self, entry: TimelineEntry, *, focus_text: bool) -> None:
        """Show an event's source: switch article if needed, scroll to and highlight it."""
        if not entry.sources:
            self.notify("This event has no recorded source.", severity="warning")
            return
        source = entry.sources[0]
        self.current_event = entry
        if source.article != self.article_id:
            await self.open_article(source.article)
        # Also replaces any preview still pending from the list cursor, so it can't win.
        self.articles_pane.move_to(source.article)
        self.timeline_pane.move_to(entry.id)
        if self.text_pane.highlight(source.paragraph, source.start, source.end) is None:
            self.notify("The source paragraph is not in this article.", severity="warning")
        if focus_text:
            self.action_focus_pane("text")
        else:
            self._apply_layout()

    # -- actions ------------------------------------------------------------------------------

    def action_toggle_scope(self) -> None:
        self.scope = "library" if self.scope == "article" else "article"
        self.refresh_timeline()
        self._update_subtitle()

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

    async def action_next_event(self) -> None:
        await self._step(1)

    async def action_previous_event(self) -> None:
        await self._step(-1)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

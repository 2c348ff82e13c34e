"""The article list pane: one row per article with its title, date and source.

A virtual list (Line API): every row is two lines plus a rule, so the line under any
scroll position is arithmetic, and only the rows on screen are ever rendered. Jumping to
any of 100,000 articles (following the timeline into another article) costs the same as
moving to the next one.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from dateline.store.dates import label as date_label
from dateline.store.library.records import ArticleRow
from dateline.store.text import counted
from dateline.tui import keys
from dateline.tui.widgets.safe import one_line
from dateline.tui.widgets.scrolling import PartStyles, QuietScrollbars, set_virtual_size

PREVIEW_DELAY = 0.08  # seconds the cursor must rest on an article before it opens
ROW_LINES = 4  # two title lines, date line, rule
RULE = ROW_LINES - 1  # the row's last line

EMPTY_MESSAGE = (
    "No articles in this library yet.\n\n"
    "Import plain-text articles from the shell:\n"
    "  dateline import PATH...\n\n"
    "Press q to quit."
)


def article_prompt(row: ArticleRow, read: bool = False, starred: bool = False) -> Text:
    """Two lines: marks and title, then date · source (or why there is no date).

    Unread articles carry a dot and a bold title; starred ones a star.
    """
    marks = Text(("★" if starred else " ") + ("●" if not read else " ") + " ", end="")
    marks.stylize("bold yellow", 0, 1)
    marks.stylize("bold cyan", 1, 2)
    title = Text.assemble(marks, one_line(row.title or "(untitled)", "" if read else "bold"))
    meta = Text("   ", end="")
    if row.published:
        meta.append(date_label(row.published), "cyan")
    else:
        meta.append_text(one_line(row.date_note or "no publication date", "italic yellow"))
    if row.source:
        meta.append(" · ", "dim")
        meta.append_text(one_line(row.source, "dim"))
    meta.append(f" · {counted(row.events, 'event')}", "dim")
    return Text.assemble(title, "\n", meta, end="")


class ArticleList(PartStyles, QuietScrollbars, ScrollView, can_focus=True):
    """Articles, newest first. Moving the cursor previews an article; Enter opens it."""

    STYLE_PREFIX = "article-list"

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--rule",
        "article-list--empty",
    }

    BINDINGS = keys.pane_bindings("list.")  # ids for the person's keymap

    highlighted: reactive[int | None] = reactive(None, repaint=False, init=False)

    class ArticleSelected(Message):
        """The user moved to (`focus_text` False) or opened (True) an article."""

        def __init__(self, article_id: int, focus_text: bool) -> None:
            super().__init__()
            self.article_id = article_id
            self.focus_text = focus_text

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[ArticleRow] = []
        self.flags: dict[int, tuple[bool, bool]] = {}  # article id -> (read, starred)
        self.heading = ""  # e.g. a search's description, shown in the border title
        self.empty = EMPTY_MESSAGE
        self._preview: Timer | None = None
        self._row_at: dict[int, int] = {}  # article id -> index in `rows`
        self._unread = 0
        self._strips: dict[tuple, list[Strip]] = {}  # rendered rows (a small cache)
        self._styles = {}  # see `PartStyles`
        self.border_title = "Articles"

    # -- content ------------------------------------------------------------------------------

    def set_rows(self, rows: list[ArticleRow], heading: str = "", empty: str = "") -> None:
        """Replace the list (the cursor goes to the first row, which then opens); an empty
        list shows `empty`, or how to fill the library."""
        self.rows = list(rows)
        self.heading = heading
        self.empty = empty or EMPTY_MESSAGE
        self._row_at = {row.id: i for i, row in enumerate(self.rows)}
        self._update_title(recount=True)
        self._resize()
        self.scroll_to(y=0, animate=False, immediate=True, force=True)
        self.set_reactive(ArticleList.highlighted, None)
        self.highlighted = 0 if self.rows else None
        self.refresh()

    def extend_rows(self, rows: list[ArticleRow]) -> None:
        """Grow the list to `rows`, which begin with the rows already listed; the cursor
        stays where it is."""
        if len(rows) <= len(self.rows):
            return
        self.rows = list(rows)
        self._row_at = {row.id: i for i, row in enumerate(self.rows)}
        self._update_title(recount=True)
        self._resize()
        self.refresh()

    def _resize(self) -> None:
        height = len(self.rows) * ROW_LINES - 1 if self.rows else len(self._empty_lines())
        set_virtual_size(self, Size(self.scrollable_content_region.width, max(height, 0)))

    def _update_title(self, recount: bool = False) -> None:
        if recount:
            self._unread = sum(1 for r in self.rows if not self.flags.get(r.id, (False, False))[0])
        heading = f" · {self.heading}" if self.heading else ""
        if not self.rows:
            self.border_title = f"Articles (0){heading}"
            return
        title = f"Articles ({len(self.rows):,}, {self._unread:,} unread){heading}"
        if len(title) + 6 > self.outer_size.width > 0:  # a narrow pane: the short form fits
            title = f"Articles {len(self.rows):,} · ●{self._unread:,}{heading}"
        self.border_title = title

    def set_flags(self, article_id: int, read: bool, starred: bool) -> None:
        """Redraw one row's read/star marks."""
        was_read = self.flags.get(article_id, (False, False))[0]
        self.flags[article_id] = (read, starred)
        if article_id in self._row_at and was_read != read:
            self._unread += -1 if read else 1
        if (index := self._row_at.get(article_id)) is not None:
            self._refresh_row(index)
        self._update_title()

    # -- cursor -------------------------------------------------------------------------------

    def index_of(self, article_id: int) -> int | None:
        return self._row_at.get(article_id)

    @property
    def current_id(self) -> int | None:
        if self.highlighted is None or not self.rows:
            return None
        return self.rows[self.highlighted].id

    def move_to(self, article_id: int) -> None:
        """Put the cursor on an article (after a jump from the timeline); it then opens."""
        index = self.index_of(article_id)
        if index is not None and index != self.highlighted:
            self.highlighted = index

    def show(self, article_id: int) -> None:
        """Put the cursor on an article the app has already opened: no preview follows,
        and a preview still pending for another row is dropped (it would reopen that row)."""
        self._stop_preview()
        index = self.index_of(article_id)
        if index is not None and index != self.highlighted:
            old = self.highlighted
            self.set_reactive(ArticleList.highlighted, index)
            self._cursor_moved(old, index)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self._cursor_moved(old, new)
        self._stop_preview()
        if new is not None:
            message = self.ArticleSelected(self.rows[new].id, focus_text=False)
            self._preview = self.set_timer(PREVIEW_DELAY, lambda: self.post_message(message))

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self.rows:
            return None
        return max(0, min(index, len(self.rows) - 1))

    def _cursor_moved(self, old: int | None, new: int | None) -> None:
        if old is not None and old < len(self.rows):
            self._refresh_row(old)
        if new is not None:
            self._refresh_row(new)
            self._scroll_to_row(new)

    def _scroll_to_row(self, index: int) -> None:
        """Scroll as little as possible to show the whole row (and its neighbours' edges)."""
        top, height = index * ROW_LINES, self.scrollable_content_region.height
        if height <= 0:
            return
        y = round(self.scroll_y)
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True, force=True)
        elif top + ROW_LINES - 1 > y + height:
            self.scroll_to(
                y=top + ROW_LINES - 1 - height, animate=False, immediate=True, force=True
            )

    def _stop_preview(self) -> None:
        if self._preview is not None:
            self._preview.stop()
            self._preview = None

    def action_cursor_down(self) -> None:
        if self.rows:
            self.highlighted = 0 if self.highlighted is None else self.highlighted + 1

    def action_cursor_up(self) -> None:
        if self.rows:
            self.highlighted = 0 if self.highlighted is None else self.highlighted - 1

    def action_first(self) -> None:
        if self.rows:
            self.highlighted = 0

    def action_last(self) -> None:
        if self.rows:
            self.highlighted = len(self.rows) - 1

    def action_page_down(self) -> None:
        self.action_page(1)

    def action_page_up(self) -> None:
        self.action_page(-1)

    def action_page(self, direction: int) -> None:
        if self.rows:
            step = max(1, self.scrollable_content_region.height // ROW_LINES)
            self.highlighted = (self.highlighted or 0) + direction * step

    def action_select(self) -> None:
        self._stop_preview()
        if (article_id := self.current_id) is not None:
            self.post_message(self.ArticleSelected(article_id, focus_text=True))

    def on_click(self, event: events.Click) -> None:
        """A click opens the row under the pointer."""
        if not self.rows:
            return
        line = round(self.scroll_y) + event.y - self.styles.gutter.top
        index = line // ROW_LINES
        if 0 <= index < len(self.rows):
            self.highlighted = index
            self.action_select()

    # -- rendering ----------------------------------------------------------------------------

    def _empty_lines(self) -> list[str]:
        return self.empty.split("\n")

    def _refresh_row(self, index: int) -> None:
        self.refresh_lines(index * ROW_LINES, ROW_LINES - 1)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._style("")
        line = round(self.scroll_y) + y
        if not self.rows:
            lines = self._empty_lines()
            if line >= len(lines):
                return Strip.blank(width, base)
            style = self._style("empty")
            return (
                Strip([Segment(lines[line], style)]).extend_cell_length(width, base).crop(0, width)
            )
        index, part = divmod(line, ROW_LINES)
        if index >= len(self.rows) or (part == RULE and index == len(self.rows) - 1):
            return Strip.blank(width, base)
        if part == RULE:
            return Strip([Segment("─" * width, self._style("rule"))], width)
        return self._row_strips(index, width)[part]

    def _row_strips(self, index: int, width: int) -> list[Strip]:
        row = self.rows[index]
        read, starred = self.flags.get(row.id, (False, False))
        cursor = index == self.highlighted
        key = (row.id, read, starred, cursor, self.has_focus, width)
        strips = self._strips.get(key)
        if strips is None:
            style = self._style("cursor" if cursor else "")
            title, meta = article_prompt(row, read, starred).split("\n")
            strips = [
                _fit(line, width, style, self.app.console)
                for line in [*_two_lines(title, width, self.app.console), meta]
            ]
            if len(self._strips) > 2000:
                self._strips.clear()
            self._strips[key] = strips
        return strips

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def on_resize(self) -> None:
        self._update_title()  # the short form on a narrow pane
        self._resize()
        if self.highlighted is not None:
            self._scroll_to_row(self.highlighted)

    def on_focus(self) -> None:
        if self.highlighted is not None:
            self._refresh_row(self.highlighted)

    def on_blur(self) -> None:
        if self.highlighted is not None:
            self._refresh_row(self.highlighted)


def _two_lines(title: Text, width: int, console) -> list[Text]:
    """A title on two lines (under its marks, the second cut with an ellipsis by `_fit`):
    one line cut most titles short even on a wide screen."""
    marks, words = title[:3], title[3:]
    lines = words.wrap(console, max(1, width - 3), overflow="fold")
    for line in lines:
        line.rstrip()  # the space a line broke at would push the ellipsis in
    first = Text.assemble(marks, lines[0] if lines else "", end="")
    rest = Text(" ", end="").join(lines[1:]) if len(lines) > 1 else Text(end="")
    return [first, Text.assemble("   ", rest, end="")]


def _fit(text: Text, width: int, style: Style, console) -> Strip:
    """One line of a row, cut with an ellipsis to the width and padded in the row's style."""
    text = text.copy()
    text.truncate(width, overflow="ellipsis")
    segments = Segment.apply_style(text.render(console), style)
    return Strip(segments).extend_cell_length(width, style).crop(0, width)

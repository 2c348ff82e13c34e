"""The article list pane: one row per article with its title, date and source."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.timer import Timer
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from store.dates import label as date_label
from store.queries import ArticleRow
from tui.widgets.rows import RowList
from tui.widgets.safe import one_line

CHUNK = 300  # options built at a time
CHUNK_MARGIN = 60  # build the next chunk when the cursor is this close to the last option
PREVIEW_DELAY = 0.08  # seconds the cursor must rest on an article before it opens

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
    meta = Text(end="")
    if row.published:
        meta.append(date_label(row.published), "cyan")
    else:
        meta.append_text(one_line(row.date_note or "no publication date", "italic yellow"))
    if row.source:
        meta.append(" · ", "dim")
        meta.append_text(one_line(row.source, "dim"))
    count = f"{row.events} event{'s' if row.events != 1 else ''}"
    meta.append(f" · {count}", "dim")
    return Text.assemble(title, "\n", meta, end="")


class ArticleList(RowList):
    """Articles, newest first. Moving the cursor previews an article; Enter opens it."""

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
        self._preview: Timer | None = None
        self._quiet: int | None = None  # the row `show()` moved to: no preview for it
        self._row_at: dict[int, int] = {}  # article id -> index in `rows`
        self._shown = 0  # rows that have an option so far
        self._unread = 0
        self.border_title = "Articles"

    def set_rows(self, rows: list[ArticleRow], heading: str = "", empty: str = "") -> None:
        """Replace the list; an empty library shows how to fill it.

        Options are built a chunk at a time as the cursor nears the end, so a library of
        100,000 articles does not build (and measure) 100,000 rows up front.
        """
        self.rows = list(rows)
        self.heading = heading
        self._row_at = {row.id: i for i, row in enumerate(self.rows)}
        self._shown = 0
        self.clear_options()
        self._update_title(recount=True)
        if not rows:
            message = empty or EMPTY_MESSAGE
            self.add_option(Option(Text(message, style="italic"), disabled=True))
            return
        self._extend(CHUNK)
        self.highlighted = 0

    def extend_rows(self, rows: list[ArticleRow]) -> None:
        """Grow the list to `rows`, which begin with the rows already listed; the cursor and
        the options built so far stay as they are."""
        if len(rows) <= len(self.rows):
            return
        complete = self._shown == len(self.rows) and self._shown > 0
        self.rows = list(rows)
        self._row_at = {row.id: i for i, row in enumerate(self.rows)}
        self._update_title(recount=True)
        if complete:
            self.add_options([None])  # the rule the old last row went without

    def _extend(self, count: int) -> None:
        """Add options for the next `count` rows (a rule under each but the very last)."""
        end = min(len(self.rows), self._shown + count)
        options: list[Option | None] = []
        for row in self.rows[self._shown : end]:
            read, starred = self.flags.get(row.id, (False, False))
            options.append(Option(article_prompt(row, read, starred), id=str(row.id)))
            options.append(None)
        if end == len(self.rows) and options:
            options.pop()
        self._shown = end
        self.add_options(options)

    def action_last(self) -> None:
        """G / End: the last article, building the remaining rows first."""
        self._extend(len(self.rows))
        super().action_last()

    def _update_title(self, recount: bool = False) -> None:
        if recount:
            self._unread = sum(1 for r in self.rows if not self.flags.get(r.id, (False, False))[0])
        unread = self._unread
        count = f"{len(self.rows)}, {unread} unread" if self.rows else "0"
        self.border_title = f"Articles ({count})" + (f" · {self.heading}" if self.heading else "")

    def set_flags(self, article_id: int, read: bool, starred: bool) -> None:
        """Redraw one row's read/star marks."""
        was_read = self.flags.get(article_id, (False, False))[0]
        self.flags[article_id] = (read, starred)
        if article_id in self._row_at and was_read != read:
            self._unread += -1 if read else 1
        position = self._row_at.get(article_id)
        row = self.rows[position] if position is not None else None
        if row is not None and position < self._shown:
            # The marks never change a row's height, so only this row's render is redone;
            # `replace_option_prompt` would re-measure every row built so far.
            self.get_option(str(article_id))._set_prompt(article_prompt(row, read, starred))
            self._option_render_cache.clear()
            self.refresh()
        self._update_title()

    def index_of(self, article_id: int) -> int | None:
        position = self._row_at.get(article_id)
        if position is None:
            return None
        if position >= self._shown:
            self._extend(position - self._shown + CHUNK)
        try:
            return self.get_option_index(str(article_id))
        except OptionDoesNotExist:
            return None

    def move_to(self, article_id: int) -> None:
        """Put the cursor on an article (after a jump from the timeline) without opening it."""
        index = self.index_of(article_id)
        if index is not None and index != self.highlighted:
            self.highlighted = index

    @property
    def current_id(self) -> int | None:
        if self.highlighted is None or not self.rows:
            return None
        return self._article_id(self.get_option_at_index(self.highlighted))

    def show(self, article_id: int) -> None:
        """Put the cursor on an article the app has already opened: no preview follows,
        and a preview still pending for another row is dropped (it would reopen that row)."""
        if self._preview is not None:
            self._preview.stop()
        index = self.index_of(article_id)
        if index is not None and index != self.highlighted:
            self._quiet = article_id
            self.highlighted = index

    def _article_id(self, option: Option) -> int | None:
        return int(option.id) if option.id is not None else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Preview the article under the cursor once the cursor rests (held j/k stays fast)."""
        event.stop()
        if self._preview is not None:
            self._preview.stop()
        if self._shown < len(self.rows) and self._shown - event.option_index <= CHUNK_MARGIN:
            self._extend(CHUNK)
        article_id = self._article_id(event.option)
        if article_id is not None and article_id == self._quiet:
            self._quiet = None
            return
        if article_id is not None:
            message = self.ArticleSelected(article_id, focus_text=False)
            self._preview = self.set_timer(PREVIEW_DELAY, lambda: self.post_message(message))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self._preview is not None:
            self._preview.stop()
        if (article_id := self._article_id(event.option)) is not None:
            self.post_message(self.ArticleSelected(article_id, focus_text=True))

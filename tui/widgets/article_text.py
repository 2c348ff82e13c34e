"""The full-text pane: the open article, paragraph by paragraph, with its marks.

One `Static` per paragraph inside a `VerticalScroll`, so jumping to an event's source can
scroll that paragraph (and the sentence's line inside it) into view and re-render only it.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from store.dates import label as date_label
from store.queries import ArticleView, ParagraphView
from tui.widgets.safe import one_line, plain

TIMEX_STYLE = "underline bold cyan"
EVENT_STYLE = "on grey19"
HIGHLIGHT_STYLE = "bold black on yellow"
MATCH_STYLE = "bold black on bright_cyan"

NO_ARTICLE = "Select an article in the list (press 1, then Enter) to read it here."
NO_TEXT = "This article has no stored paragraphs."
EMPTY_LIBRARY = "Nothing to read yet: the library is empty."


def paragraph_text(
    view: ParagraphView,
    highlight: tuple[int, int] | None = None,
    matches: tuple[tuple[int, int], ...] = (),
) -> Text:
    """The paragraph as literal text: event sentences shaded, time expressions underlined,
    the chosen event's source and the current search hit's matches on top."""
    text = plain(view.text)
    for mark in view.marks:
        if mark.kind == "event":
            text.stylize(EVENT_STYLE, mark.start, mark.end)
    for mark in view.marks:
        if mark.kind == "timex":
            text.stylize(TIMEX_STYLE, mark.start, mark.end)
    if highlight is not None:
        text.stylize(HIGHLIGHT_STYLE, *highlight)
    for start, end in matches:
        text.stylize(MATCH_STYLE, start, end)
    return text


class ParagraphBlock(Static):
    """One paragraph (class `caption` or `body`); knows its highlighted span, if any."""

    def __init__(self, view: ParagraphView) -> None:
        super().__init__(paragraph_text(view), classes=f"paragraph {view.kind}")
        self.view = view
        self.highlight: tuple[int, int] | None = None
        self.matches: tuple[tuple[int, int], ...] = ()

    def set_highlight(self, span: tuple[int, int] | None) -> None:
        if span != self.highlight:
            self.highlight = span
            self.update(paragraph_text(self.view, span, self.matches))

    def set_matches(self, spans: tuple[tuple[int, int], ...]) -> None:
        if spans != self.matches:
            self.matches = spans
            self.update(paragraph_text(self.view, self.highlight, spans))

    def line_of(self, offset: int) -> int:
        """Which wrapped line (0-based) of this block holds the character at `offset`."""
        width = self.content_region.width
        if width <= 0:
            return 0
        lines = paragraph_text(self.view).wrap(self.app.console, width)
        seen = 0
        for number, line in enumerate(lines):
            seen += len(line)
            if offset < seen:
                return number
        return max(len(lines) - 1, 0)


class ArticleText(VerticalScroll, can_focus=True):
    """Scrollable article text; `highlight()` marks a source sentence and brings it into view."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G,shift+g", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view: ArticleView | None = None
        self.blocks: dict[int, ParagraphBlock] = {}
        self.highlighted: tuple[int, int, int] | None = None
        self.matched: int | None = None  # paragraph holding the current search hit
        self.border_title = "Text"

    def compose(self):
        yield Static(Text(NO_ARTICLE, style="italic"), classes="empty")

    @property
    def article_id(self) -> int | None:
        return self.view.article.id if self.view else None

    async def show(self, view: ArticleView | None, empty: str = NO_ARTICLE) -> None:
        """Replace the pane's content with an article (or the `empty` message)."""
        self.view = view
        self.blocks = {}
        self.highlighted = None
        self.matched = None
        self.border_subtitle = ""
        with self.app.batch_update():
            await self.remove_children()
            if view is None:
                self.border_title = "Text"
                await self.mount(Static(Text(empty, style="italic"), classes="empty"))
                return
            row = view.article
            meta = Text(end="")
            if row.published:
                meta.append(date_label(row.published), "cyan")
            else:
                meta.append_text(one_line(row.date_note or "no publication date", "italic yellow"))
            for part in (row.source, row.place):
                if part:
                    meta.append(" · ", "dim")
                    meta.append_text(one_line(part, "dim"))
            widgets: list[Static] = [
                Static(one_line(row.title or "(untitled)", "bold"), classes="title"),
                Static(meta, classes="meta"),
            ]
            for paragraph in view.paragraphs:
                block = ParagraphBlock(paragraph)
                self.blocks[paragraph.index] = block
                widgets.append(block)
            if not view.paragraphs:
                widgets.append(Static(Text(NO_TEXT, style="italic"), classes="empty"))
            await self.mount_all(widgets)
            self.border_title = (
                f"Text ({_count(row.paragraphs, 'paragraph')}, {_count(row.events, 'event')})"
            )
        self.scroll_home(animate=False)

    def highlight(self, paragraph: int, start: int, end: int) -> ParagraphBlock | None:
        """Highlight one sentence (clearing the previous one) and scroll it into view."""
        block = self.blocks.get(paragraph)
        if self.highlighted and (old := self.blocks.get(self.highlighted[0])) is not block:
            old.set_highlight(None)
        if block is None:
            self.highlighted = None
            return None
        self.highlighted = (paragraph, start, end)
        block.set_highlight((start, end))
        self.call_after_refresh(self.reveal, block, start, end)
        return block

    def reveal_highlight(self) -> None:
        if self.highlighted and (block := self.blocks.get(self.highlighted[0])):
            self.reveal(block, *self.highlighted[1:])

    def reveal(self, block: ParagraphBlock, start: int, end: int) -> None:
        """Scroll so the highlighted sentence is centred (the whole paragraph if it fits)."""
        if not block.is_attached:
            return
        region = block.virtual_region
        if region.height <= self.scrollable_content_region.height:
            self.scroll_to_center(block, animate=False, immediate=True)
            return
        top = block.styles.gutter.top
        first, last = block.line_of(start), block.line_of(max(start, end - 1))
        sentence = Region(region.x, region.y + top + first, region.width, last - first + 1)
        self.scroll_to_region(sentence, center=True, animate=False, immediate=True)

    def mark_matches(self, paragraph: int, spans: tuple[tuple[int, int], ...]) -> bool:
        """Show a search hit's matches in one paragraph (clearing the last) and scroll to it."""
        if self.matched is not None and (old := self.blocks.get(self.matched)):
            old.set_matches(())
        block = self.blocks.get(paragraph)
        self.matched = paragraph if block else None
        if block is None:
            return False
        block.set_matches(spans)
        start, end = spans[0] if spans else (0, 0)
        self.call_after_refresh(self.reveal, block, start, end)
        return True

    def clear_matches(self) -> None:
        if self.matched is not None and (old := self.blocks.get(self.matched)):
            old.set_matches(())
        self.matched = None

    def current_paragraph(self) -> ParagraphBlock | None:
        """The paragraph the reader is at: the highlighted one if in view, else the first
        paragraph in view that reports events, else the first in view."""
        viewport = self.scrollable_content_region
        shown = [b for b in self.blocks.values() if b.region and viewport.overlaps(b.region)]
        if self.highlighted and (block := self.blocks.get(self.highlighted[0])) in shown:
            return block
        with_events = [b for b in shown if any(m.kind == "event" for m in b.view.marks)]
        if not shown and self.highlighted:  # the pane is hidden (narrow screen)
            return self.blocks.get(self.highlighted[0])
        return (with_events or shown or [None])[0]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

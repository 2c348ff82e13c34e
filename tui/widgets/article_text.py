"""The full-text pane: the open article, paragraph by paragraph, with its marks.

A Line API widget (one `ScrollView`, no child widgets): opening an article wraps its
paragraphs into lines once, and only the lines on screen are rendered. Because the pane
knows which line holds every character, jumping to an event's source scrolls to the
sentence in the same frame, and a new highlight re-renders only that paragraph's lines.
This is what keeps stepping through a timeline that hops between articles instant.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dateline.store.dates import label as date_label
from dateline.store.library.records import ArticleView, ParagraphView
from dateline.store.text import counted
from dateline.tui.widgets.safe import one_line, plain
from dateline.tui.widgets.scrolling import QuietScrollbars, set_virtual_size

TIMEX_STYLE = "underline bold cyan"
EVENT_STYLE = "on grey19"
HIGHLIGHT_STYLE = "bold black on yellow"
MATCH_STYLE = "bold black on bright_cyan"

NO_ARTICLE = "Select an article in the list (press 1, then Enter) to read it here."
NO_TEXT = "This article has no stored paragraphs."
EMPTY_LIBRARY = "Nothing to read yet: the library is empty."

CAPTION_BAR = "▌ "  # drawn before each caption line, which wraps that much narrower


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


@dataclass
class Block:
    """One paragraph as laid out: where its lines start, and what is marked in it."""

    view: ParagraphView
    first: int = 0  # line number of its first line
    starts: list[int] = field(default_factory=list)  # character offset of each line
    highlight: tuple[int, int] | None = None
    matches: tuple[tuple[int, int], ...] = ()

    @property
    def content(self) -> Text:
        """The paragraph as currently shown (with highlight and search matches)."""
        return paragraph_text(self.view, self.highlight, self.matches)

    @property
    def lines(self) -> range:
        return range(self.first, self.first + len(self.starts))

    def line_of(self, offset: int) -> int:
        """The line number (in the pane) that shows the character at `offset`."""
        return self.first + max(bisect_right(self.starts, offset) - 1, 0)


class ArticleText(QuietScrollbars, ScrollView, can_focus=True):
    """Scrollable article text; `highlight()` marks a source sentence and brings it into view."""

    COMPONENT_CLASSES = {
        "article-text--title",
        "article-text--meta",
        "article-text--rule",
        "article-text--caption",
        "article-text--caption-bar",
        "article-text--empty",
        "article-text--note",
    }

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
        self.note = ""  # the person's note on the article, shown under its date line
        self.empty = NO_ARTICLE
        self.blocks: dict[int, Block] = {}
        self.highlighted: tuple[int, int, int] | None = None
        self.matched: int | None = None  # paragraph holding the current search hit
        self._lines: list[tuple[str, Text | None]] = []  # (kind, text) per line
        self._strips: dict[int, Strip] = {}  # rendered lines, by line number
        self._styles: dict[str, Style] = {}  # resolved styles, until the CSS changes
        self._width = 0  # the width the lines were wrapped to (0: not laid out yet)
        self._reveal_pending = False  # reveal the highlight once the pane has a size
        self.border_title = "Text"

    @property
    def article_id(self) -> int | None:
        return self.view.article.id if self.view else None

    # -- content ------------------------------------------------------------------------------

    def show(self, view: ArticleView | None, empty: str = NO_ARTICLE, note: str = "") -> None:
        """Replace the pane's content with an article (or the `empty` message)."""
        self.view = view
        self.note = note
        self.empty = empty
        self.blocks = {p.index: Block(p) for p in view.paragraphs} if view else {}
        self.highlighted = None
        self.matched = None
        self._reveal_pending = False
        self.border_subtitle = ""
        if view is None:
            self.border_title = "Text"
        else:
            row = view.article
            self.border_title = (
                f"Text ({counted(row.paragraphs, 'paragraph')}, {counted(row.events, 'event')})"
            )
        self._layout()
        self.scroll_to(y=0, animate=False, immediate=True, force=True)

    def _header(self) -> list[tuple[str, Text | None]]:
        """Title, publication line and rule above the paragraphs."""
        if self.view is None:
            return [("blank", None), ("empty", Text(self.empty, end=""))]
        row = self.view.article
        meta = Text(end="")
        if row.published:
            meta.append(date_label(row.published), "cyan")
        else:
            meta.append_text(one_line(row.date_note or "no publication date", "italic yellow"))
        for part in (row.source, row.place):
            if part:
                meta.append(" · ", "dim")
                meta.append_text(one_line(part, "dim"))
        note = [("note", Text.assemble("✎ ", plain(self.note), end=""))] if self.note else []
        return [
            ("blank", None),
            ("title", one_line(row.title or "(untitled)")),
            ("meta", meta),
            *note,
            ("rule", None),
            ("blank", None),
        ]

    def set_note(self, note: str) -> None:
        """Show a changed note; the reader keeps its place in the text."""
        before = len(self._lines)
        self.note = note
        self._layout()
        if self.scroll_y:  # reading further down: the text stays where it was on screen
            self.scroll_to(y=max(0, self.scroll_y + len(self._lines) - before), animate=False)

    def _layout(self) -> None:
        """Wrap everything to the pane's width (deferred while the pane has no size)."""
        width = self.scrollable_content_region.width
        self._strips.clear()
        if width <= 0:
            self._width, self._lines = 0, []
            set_virtual_size(self, Size(0, 0))
            return
        self._width = width
        lines: list[tuple[str, Text | None]] = []
        for kind, text in self._header():
            if text is None:
                lines.append((kind, None))
            else:
                lines.extend((kind, line) for line in self._wrap(text, width))
        for block in self.blocks.values():
            block.first = len(lines)
            kind, wrapped = self._wrap_block(block)
            lines.extend((kind, line) for line in wrapped)
            lines.append(("blank", None))
        if self.view is not None and not self.blocks:
            lines.append(("empty", Text(NO_TEXT, end="")))
        self._lines = lines
        set_virtual_size(self, Size(width, len(lines)))
        self.refresh()

    def _wrap(self, text: Text, width: int) -> list[Text]:
        return list(text.wrap(self.app.console, max(width, 1)))

    def _wrap_block(self, block: Block) -> tuple[str, list[Text]]:
        """A paragraph's lines (recording where each starts in the paragraph's text)."""
        kind = "caption" if block.view.kind == "caption" else "body"
        width = self._width - (len(CAPTION_BAR) if kind == "caption" else 0)
        lines: list[Text] = []
        block.starts = []
        base = 0  # offset of the current hard line (the text may hold newlines)
        for piece in block.content.split("\n", allow_blank=True):
            offset = base
            for line in self._wrap(piece, width) or [Text(end="")]:
                block.starts.append(offset)
                lines.append(line)
                offset += len(line)
            base += len(piece) + 1
        return kind, lines

    def _restyle(self, block: Block) -> None:
        """Re-render one paragraph after its highlight or matches changed (same line breaks)."""
        if not self._width:
            return
        kind, wrapped = self._wrap_block(block)
        for number, line in zip(block.lines, wrapped, strict=True):
            self._lines[number] = (kind, line)
            self._strips.pop(number, None)
        self.refresh_lines(block.first, len(wrapped))

    # -- rendering ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        number = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        strip = self._strips.get(number)
        if strip is None or strip.cell_length != width:
            strip = self._render_line(number, width)
            self._strips[number] = strip
        return strip

    def _render_line(self, number: int, width: int) -> Strip:
        base = self._style("")
        if number >= len(self._lines):
            return Strip.blank(width, base)
        kind, text = self._lines[number]
        if kind == "rule":
            return Strip([Segment("─" * width, self._style("rule"))], width)
        if text is None:
            return Strip.blank(width, base)
        segments: list[Segment] = []
        if kind == "caption":
            segments.append(Segment(CAPTION_BAR, self._style("caption-bar")))
        under = base if kind == "body" else self._style(kind)
        segments.extend(Segment.apply_style(text.render(self.app.console), under))
        strip = Strip(segments)
        return strip.extend_cell_length(width, under if kind == "caption" else base).crop(0, width)

    def _style(self, part: str) -> Style:
        """The pane's style, with a component class (`article-text--part`) on top."""
        style = self._styles.get(part)
        if style is None:
            style = self.rich_style
            if part:
                style += self.get_component_rich_style(f"article-text--{part}")
            self._styles[part] = style
        return style

    def notify_style_update(self) -> None:
        """Theme or CSS changed: render the lines again with the new styles."""
        super().notify_style_update()
        self._strips.clear()
        self._styles.clear()

    def on_resize(self) -> None:
        """Wrap again for a new width, keeping the reader's place."""
        if self.scrollable_content_region.width == self._width:
            return
        anchor = self._top_block()
        self._layout()
        if self.highlighted and self._width:
            self.reveal_highlight()
        elif anchor is not None:
            self.scroll_to(y=anchor.first, animate=False, immediate=True, force=True)

    def _top_block(self) -> Block | None:
        top = round(self.scroll_y)
        return next((b for b in self.blocks.values() if b.first + len(b.starts) > top), None)

    # -- marks and scrolling ------------------------------------------------------------------

    def highlight(self, paragraph: int, start: int, end: int) -> Block | None:
        """Highlight one sentence (clearing the previous one) and scroll it into view."""
        block = self.blocks.get(paragraph)
        if self.highlighted and (old := self.blocks.get(self.highlighted[0])) is not block:
            old.highlight = None
            self._restyle(old)
        if block is None:
            self.highlighted = None
            return None
        self.highlighted = (paragraph, start, end)
        if block.highlight != (start, end):
            block.highlight = (start, end)
            self._restyle(block)
        self.reveal(block, start, end)
        return block

    def reveal_highlight(self) -> None:
        if self.highlighted and (block := self.blocks.get(self.highlighted[0])):
            self.reveal(block, *self.highlighted[1:])

    def reveal(self, block: Block, start: int, end: int) -> None:
        """Scroll so the sentence is centred (the whole paragraph if it fits)."""
        height = self.scrollable_content_region.height
        if not self._width or height <= 0:
            self._reveal_pending = True
            return
        self._reveal_pending = False
        if len(block.starts) <= height:
            top, bottom = block.first, block.first + len(block.starts) - 1
        else:
            top, bottom = block.line_of(start), block.line_of(max(start, end - 1))
        y = max(0, (top + bottom + 1) // 2 - height // 2)
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def on_show(self) -> None:
        if self._reveal_pending:
            self.call_after_refresh(self.reveal_highlight)

    def in_view(self, paragraph: int) -> bool:
        """Whether any line of the paragraph is on screen."""
        block = self.blocks.get(paragraph)
        if block is None or not self._width:
            return False
        top = round(self.scroll_y)
        shown = range(top, top + self.scrollable_content_region.height)
        return bool(range(max(shown.start, block.first), min(shown.stop, block.lines.stop)))

    def mark_matches(self, paragraph: int, spans: tuple[tuple[int, int], ...]) -> bool:
        """Show a search hit's matches in one paragraph (clearing the last) and scroll to it."""
        self.clear_matches()
        block = self.blocks.get(paragraph)
        if block is None:
            return False
        self.matched = paragraph
        block.matches = spans
        self._restyle(block)
        start, end = spans[0] if spans else (0, 0)
        self.reveal(block, start, end)
        return True

    def clear_matches(self) -> None:
        if self.matched is not None and (old := self.blocks.get(self.matched)):
            old.matches = ()
            self._restyle(old)
        self.matched = None

    def current_paragraph(self) -> Block | None:
        """The paragraph the reader is at: the highlighted one if in view, else the first
        paragraph in view that reports events, else the first in view."""
        shown = [b for index, b in self.blocks.items() if self.in_view(index)]
        if self.highlighted and (block := self.blocks.get(self.highlighted[0])) in shown:
            return block
        if not shown and self.highlighted:  # the pane is hidden (narrow screen)
            return self.blocks.get(self.highlighted[0])
        with_events = [b for b in shown if any(m.kind == "event" for m in b.view.marks)]
        return (with_events or shown or [None])[0]

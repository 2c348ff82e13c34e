"""The full-text pane: the open article, paragraph by paragraph, with its marks.

A Line API widget (one `ScrollView`, no child widgets) that lays out lazily, so an article
of 100,000 paragraphs opens as fast as one of ten: opening gives every paragraph an
estimated height (its length over the width, no wrapping) and wraps only the paragraphs
that come on screen. Heights live in a `LineIndex` (a Fenwick tree), so the line where any
paragraph starts, and the paragraph at any line, cost O(log n) however many heights were
corrected. When a paragraph above the top of the view gets its real height (scrolling up
into it), the view moves by the difference, so what is on screen stays put.

Because the pane knows which line holds every character of a wrapped paragraph, jumping to
an event's source scrolls to the sentence in the same frame, and a new highlight
re-renders only that paragraph's lines.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dateline.store.dates import label as date_label
from dateline.store.library.records import (
    HEADLINE_INDEX,
    ArticleView,
    Outline,
    Paragraphs,
    ParagraphView,
)
from dateline.store.text import counted
from dateline.tui import keys
from dateline.tui.widgets.safe import DISPLAY_CAP, one_line, plain
from dateline.tui.widgets.scrolling import PartStyles, QuietScrollbars, set_virtual_size

TIMEX_STYLE = "underline bold cyan"
EVENT_STYLE = "on grey19"
HIGHLIGHT_STYLE = "bold black on yellow"
MATCH_STYLE = "bold black on bright_cyan"

NO_ARTICLE = "Select an article in the list (press 1, then Enter) to read it here."
NO_TEXT = "This article has no stored paragraphs."
EMPTY_LIBRARY = "Nothing to read yet: the library is empty."

CAPTION_BAR = "▌ "  # drawn before each caption line, which wraps that much narrower
WRAPPED_KEPT = 400  # paragraphs whose wrapped lines are kept (the rest are wrapped again)
STRIPS_KEPT = 4000  # rendered lines kept


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


class LineIndex:
    """Heights (in lines) of a sequence of blocks: where block i starts and which block
    holds line y, in O(log n) each, and one height changed in O(log n) (a Fenwick tree)."""

    def __init__(self, heights: list[int]) -> None:
        self.heights = list(heights)
        size = len(heights)
        tree = [0, *heights]
        for i in range(1, size + 1):
            parent = i + (i & -i)
            if parent <= size:
                tree[parent] += tree[i]
        self._tree = tree
        self._step = 1 << size.bit_length() if size else 0
        self.total = sum(heights)

    def __len__(self) -> int:
        return len(self.heights)

    def set(self, index: int, height: int) -> int:
        """Give block `index` a new height; returns how much it changed."""
        delta = height - self.heights[index]
        if delta:
            self.heights[index] = height
            self.total += delta
            tree, i = self._tree, index + 1
            while i < len(tree):
                tree[i] += delta
                i += i & -i
        return delta

    def start(self, index: int) -> int:
        """The line block `index` starts on (the sum of the heights before it)."""
        tree, total, i = self._tree, 0, index
        while i > 0:
            total += tree[i]
            i -= i & -i
        return total

    def find(self, line: int) -> int:
        """The block holding `line` (len(self) past the last line)."""
        tree, size = self._tree, len(self.heights)
        position, rest, step = 0, line, self._step
        while step:
            following = position + step
            if following <= size and tree[following] <= rest:
                position, rest = following, rest - tree[following]
            step >>= 1
        return position


@dataclass(eq=False, slots=True)
class Block:
    """One paragraph: its place in the article, and, once wrapped, where its lines start."""

    view: ParagraphView
    position: int = 0  # among the article's paragraphs
    starts: list[int] | None = None  # character offset of each line; None: not wrapped yet
    highlight: tuple[int, int] | None = None
    matches: tuple[tuple[int, int], ...] = ()

    @property
    def content(self) -> Text:
        """The paragraph as currently shown (with highlight and search matches)."""
        return paragraph_text(self.view, self.highlight, self.matches)

    @property
    def kind(self) -> str:
        return "caption" if self.view.kind == "caption" else "body"

    def line_in(self, offset: int) -> int:
        """Which of its lines shows the character at `offset` (it must be wrapped)."""
        return max(bisect_right(self.starts or [0], offset) - 1, 0)


def outline(views: Sequence[ParagraphView]) -> Sequence[Outline]:
    """Each paragraph's index, kind, length and newlines: read from the store for a long
    article (`Paragraphs`, whose text is read only as it is shown), else from its text."""
    if isinstance(views, Paragraphs):
        return views.outline
    return [(v.index, v.kind, len(v.text), v.text.count("\n")) for v in views]


class Blocks(Mapping[int, Block]):
    """The article's paragraphs by index, each made a `Block` when first asked for, so
    opening an article of 100,000 paragraphs makes none but those shown."""

    def __init__(self, views: Sequence[ParagraphView] = ()) -> None:
        self.views = views
        self._made: dict[int, Block] = {}  # by position
        indexes = [index for index, _kind, _size, _lines in outline(views)]
        in_order = all(index == i for i, index in enumerate(indexes))
        self._positions = None if in_order else {index: i for i, index in enumerate(indexes)}

    def at(self, position: int) -> Block:
        """The paragraph at `position` in reading order."""
        block = self._made.get(position)
        if block is None:
            block = self._made[position] = Block(self.views[position], position)
        return block

    def made(self) -> list[Block]:
        return list(self._made.values())

    def position(self, index: int) -> int | None:
        if self._positions is not None:
            return self._positions.get(index)
        return index if 0 <= index < len(self.views) else None

    def __getitem__(self, index: int) -> Block:
        position = self.position(index)
        if position is None:
            raise KeyError(index)
        return self.at(position)

    def __iter__(self) -> Iterator[int]:
        return (index for index, _kind, _size, _lines in outline(self.views))

    def __len__(self) -> int:
        return len(self.views)


class ArticleText(PartStyles, QuietScrollbars, ScrollView, can_focus=True):
    """Scrollable article text; `highlight()` marks a source sentence and brings it into view."""

    STYLE_PREFIX = "article-text"

    COMPONENT_CLASSES = {
        "article-text--title",
        "article-text--meta",
        "article-text--rule",
        "article-text--caption",
        "article-text--caption-bar",
        "article-text--empty",
        "article-text--note",
    }

    BINDINGS = keys.pane_bindings("text.")  # ids for the person's keymap

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view: ArticleView | None = None
        self.note = ""  # the person's note on the article, shown under its date line
        self.empty = NO_ARTICLE
        self.blocks = Blocks()  # by paragraph index
        self.highlighted: tuple[int, int, int] | None = None
        self.matched: int | None = None  # paragraph holding the current search hit
        self._head: list[tuple[str, Text | None]] = []  # (kind, text) of each header line
        self._index = LineIndex([])  # each block's height: its lines and a blank line
        self._wrapped: OrderedDict[int, list[Text]] = OrderedDict()  # by block position
        self._strips: dict[tuple, Strip] = {}  # rendered lines: ("head", n) or (block, n)
        self._styles = {}  # see `PartStyles`
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
        self.blocks = Blocks(view.paragraphs if view else ())
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
        self._settle()

    def _header(self) -> list[tuple[str, Text | None]]:
        """Title, publication line and rule above the paragraphs (or the empty message)."""
        if self.view is None:
            return [("blank", None), ("empty", Text(self.empty, end=""))]
        row = self.view.article
        meta = Text(end="")
        if row.published:
            meta.append(date_label(row.published), "cyan")
            if row.date_note:  # "German: dates and events are read in English only"
                meta.append(" · ", "dim")
                meta.append_text(one_line(row.date_note, "italic yellow"))
        else:
            meta.append_text(one_line(row.date_note or "no publication date", "italic yellow"))
        for part in (row.source, row.place):
            if part:
                meta.append(" · ", "dim")
                meta.append_text(one_line(part, "dim"))
        note = [("note", Text.assemble("✎ ", plain(self.note), end=""))] if self.note else []
        lines = [
            ("blank", None),
            ("title", self._title()),
            ("meta", meta),
            *note,
            ("rule", None),
            ("blank", None),
        ]
        if not self.blocks:
            lines.append(("empty", Text(NO_TEXT, end="")))
        return lines

    def _title(self) -> Text:
        """The headline: with its event sentences shaded when it restates the lead's news
        (`ArticleView.headline`), and lit when that is the source jumped to."""
        title = (self.view.article.title if self.view else "") or ""
        headline = self.view.headline if self.view else None
        if headline is None or headline.text != title.strip() or len(title) > DISPLAY_CAP:
            return one_line(title or "(untitled)")
        lit = self.highlighted
        light = lit[1:] if lit and lit[0] == HEADLINE_INDEX else None
        return paragraph_text(headline, light)

    def set_note(self, note: str) -> None:
        """Show a changed note; the reader keeps its place in the text."""
        before = len(self._head)
        self.note = note
        if not self._width:
            return  # laid out when the pane gets its size
        self._restyle_head()
        if self.scroll_y:  # reading further down: the text stays where it was on screen
            self.scroll_to(y=max(0, self.scroll_y + len(self._head) - before), animate=False)

    def _layout(self) -> None:
        """Lay out for the pane's width (deferred while the pane has no size): the header in
        full, the paragraphs by estimate, to be wrapped when they come into view."""
        width = self.scrollable_content_region.width
        self._strips.clear()
        self._wrapped.clear()
        for block in self.blocks.made():
            block.starts = None
        if width <= 0:
            self._width, self._head, self._index = 0, [], LineIndex([])
            set_virtual_size(self, Size(0, 0))
            return
        self._width = width
        self._layout_head()
        # Estimated heights: the lines a paragraph would take if no space were lost at line
        # ends, at least one per hard line, and the blank line after it. O(1) a paragraph.
        caption = max(width - len(CAPTION_BAR), 1)
        self._index = LineIndex(
            [
                size // (caption if kind == "caption" else width) + lines + 2
                for _index, kind, size, lines in outline(self.blocks.views)
            ]
        )
        self._sync_size()
        self.refresh()

    def _layout_head(self) -> None:
        head: list[tuple[str, Text | None]] = []
        for kind, text in self._header():
            if text is None:
                head.append((kind, None))
            else:
                head.extend((kind, line) for line in self._wrap(text, self._width))
        self._head = head

    def _sync_size(self) -> None:
        set_virtual_size(self, Size(self._width, len(self._head) + self._index.total))

    def _wrap(self, text: Text, width: int) -> list[Text]:
        return list(text.wrap(self.app.console, max(width, 1)))

    def _wrap_block(self, block: Block) -> list[Text]:
        """A paragraph's lines (recording where each starts in the paragraph's text)."""
        width = self._width - (len(CAPTION_BAR) if block.kind == "caption" else 0)
        lines: list[Text] = []
        starts: list[int] = []
        base = 0  # offset of the current hard line (the text may hold newlines)
        for piece in block.content.split("\n", allow_blank=True):
            offset = base
            for line in self._wrap(piece, width) or [Text(end="")]:
                starts.append(offset)
                lines.append(line)
                offset += len(line)
            base += len(piece) + 1
        block.starts = starts
        self._keep_wrapped(block, lines)
        return lines

    def _keep_wrapped(self, block: Block, lines: list[Text]) -> None:
        self._wrapped[block.position] = lines
        self._wrapped.move_to_end(block.position)
        if len(self._wrapped) > WRAPPED_KEPT:
            self._wrapped.popitem(last=False)

    def _wrapped_lines(self, block: Block) -> list[Text]:
        lines = self._wrapped.get(block.position)
        if lines is None:
            return self._wrap_block(block)
        self._wrapped.move_to_end(block.position)
        return lines

    def _exact(self, block: Block) -> int:
        """Wrap a paragraph laid out by estimate; how many lines it gained (or lost)."""
        if block.starts is not None or not self._width:
            return 0
        self._wrap_block(block)
        return self._index.set(block.position, len(block.starts) + 1)

    def _first(self, block: Block) -> int:
        """The line (in the pane) of the paragraph's first line."""
        return len(self._head) + self._index.start(block.position)

    def _block_at(self, number: int) -> Block | None:
        """The paragraph shown on line `number` (or the blank line after it)."""
        position = self._index.find(number - len(self._head)) if number >= len(self._head) else 0
        return self.blocks.at(position) if position < len(self.blocks) else None

    def _blocks_from(self, block: Block | None, bottom: int) -> Iterator[Block]:
        """`block` and the paragraphs after it that start above line `bottom`."""
        if block is None:
            return
        head, position = len(self._head), block.position
        while position < len(self.blocks) and head + self._index.start(position) < bottom:
            yield self.blocks.at(position)
            position += 1

    def _height(self, block: Block) -> int:
        """Lines of the paragraph (estimated until it is wrapped), without the blank line."""
        return self._index.heights[block.position] - 1

    def _settle(self) -> None:
        """Wrap the paragraphs on screen. A paragraph above the top of the view that grows or
        shrinks moves the view by as much, so the lines below it stay where they were."""
        height = self.scrollable_content_region.height
        if not self._width or not self.blocks or height <= 0:
            return
        old = round(self.scroll_y)
        top, changed = old, False
        block = self._block_at(top)
        if block is not None and block.starts is None:
            first = self._first(block)
            delta = self._exact(block)
            changed = bool(delta)
            if first < top:
                top = max(first, top + delta)
        for shown in self._blocks_from(block, top + height):
            changed = bool(self._exact(shown)) or changed
        if not changed:
            return
        self._sync_size()
        top = min(top, self.max_scroll_y)
        if top != old:
            if round(self.scroll_target_y) == old:  # not on its way elsewhere: stay here
                self.set_reactive(ScrollView.scroll_target_y, float(top))
            self.set_reactive(ScrollView.scroll_y, float(top))
            self.vertical_scrollbar.position = top
        self.refresh()

    # Keys scroll at once, not animated: an animation heads for a line fixed when it starts,
    # while the paragraphs it passes get their real heights and move that line's text.

    def action_scroll_up(self) -> None:
        self.scroll_up(animate=False)

    def action_scroll_down(self) -> None:
        self.scroll_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        """The end: the last screenful is wrapped first, so the end is where it stays."""
        if self.blocks and self._width:
            self._exact_around(self.blocks.at(len(self.blocks) - 1))
        self.scroll_end(animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        self._settle()  # may move the view (see `_settle`)
        super().watch_scroll_y(old_value, self.scroll_y)

    def _restyle(self, block: Block) -> None:
        """Re-render one paragraph after its highlight or matches changed (same line breaks)."""
        if not self._width or block.starts is None:
            self._wrapped.pop(block.position, None)  # wrapped with its new marks when shown
            return
        lines = self._wrap_block(block)
        for number in range(len(lines)):
            self._strips.pop((block.position, number), None)
        self.refresh_lines(self._first(block), len(lines))

    # -- rendering ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        number = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        key = self._line_key(number)
        strip = self._strips.get(key) if key is not None else None
        if strip is None or strip.cell_length != width:
            strip = self._render_line(key, width)
            if key is not None:
                if len(self._strips) > STRIPS_KEPT:
                    self._strips.clear()
                self._strips[key] = strip
        return strip

    def _line_key(self, number: int) -> tuple | None:
        """("head", n) for the header's line n, (block position, n) for a paragraph's line
        n, None below the text or on the blank line after a paragraph."""
        if number < len(self._head):
            return ("head", number)
        block = self._block_at(number)
        if block is None:
            return None
        if block.starts is None:  # not settled yet (e.g. the pane grew): wrap it now
            if self._exact(block):
                self._sync_size()
            block = self._block_at(number)
            if block is None:
                return None
        line = number - self._first(block)
        return (block.position, line) if line < len(block.starts or ()) else None

    def _render_line(self, key: tuple | None, width: int) -> Strip:
        base = self._style("")
        if key is None:
            return Strip.blank(width, base)
        place, number = key
        if place == "head":
            kind, text = self._head[number]
        else:
            block = self.blocks.at(place)
            kind, text = block.kind, self._wrapped_lines(block)[number]
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

    def notify_style_update(self) -> None:
        """Theme or CSS changed: render the lines again with the new styles."""
        super().notify_style_update()
        self._strips.clear()

    def on_resize(self) -> None:
        """Wrap again for a new width, keeping the reader's place."""
        if self.scrollable_content_region.width == self._width:
            self._settle()  # taller: the lines now in view
            return
        anchor = self._top_block()
        self._layout()
        if self.highlighted and self._width:
            self.reveal_highlight()
        elif anchor is not None:
            self._exact_around(anchor)
            self.scroll_to(y=self._first(anchor), animate=False, immediate=True, force=True)
        self._settle()

    def _top_block(self) -> Block | None:
        return self._block_at(round(self.scroll_y)) if self._width else None

    # -- marks and scrolling ------------------------------------------------------------------

    def highlight(self, paragraph: int, start: int, end: int) -> bool:
        """Highlight one sentence (clearing the previous one) and scroll it into view; False
        if the article has no such paragraph. The headline (`HEADLINE_INDEX`) is lit in
        the title line, at the top."""
        block = self.blocks.get(paragraph)
        old = self.blocks.get(self.highlighted[0]) if self.highlighted else None
        if old is not None and old is not block:
            old.highlight = None
            self._restyle(old)
        title_lit = self.highlighted is not None and self.highlighted[0] == HEADLINE_INDEX
        in_title = paragraph == HEADLINE_INDEX and self.view is not None and self.view.headline
        found = block is not None or bool(in_title)
        self.highlighted = (paragraph, start, end) if found else None
        if title_lit or in_title:
            self._restyle_head()  # the title's light comes or goes
        if in_title:
            self.scroll_to(y=0, animate=False, immediate=True, force=True)
        if block is None:
            return found
        if block.highlight != (start, end):
            block.highlight = (start, end)
            self._restyle(block)
        self.reveal(block, start, end)
        return True

    def paragraph_view(self, index: int) -> ParagraphView | None:
        """The paragraph at `index` (the headline's too), if the article has it."""
        if index == HEADLINE_INDEX:
            return self.view.headline if self.view else None
        block = self.blocks.get(index)
        return block.view if block else None

    def _restyle_head(self) -> None:
        """Draw the header again (the title's highlight changed)."""
        if self._width:
            self._layout_head()
            self._strips.clear()
            self._sync_size()
            self.refresh()

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
        self._exact_around(block)
        first, lines = self._first(block), len(block.starts or ())
        if lines <= height:
            top, bottom = first, first + lines - 1
        else:
            top = first + block.line_in(start)
            bottom = first + block.line_in(max(start, end - 1))
        y = max(0, (top + bottom + 1) // 2 - height // 2)
        self.scroll_to(y=y, animate=False, immediate=True, force=True)
        self.refresh()

    def _exact_around(self, block: Block) -> None:
        """Wrap the paragraph and a screenful either side of it, so that scrolling to it
        moves nothing once there (the paragraphs in view are wrapped by then)."""
        height = self.scrollable_content_region.height
        changed = self._exact(block)
        for step in (-1, 1):
            position, lines = block.position + step, 0 if step < 0 else self._height(block)
            while 0 <= position < len(self.blocks) and lines < height:
                changed |= self._exact(self.blocks.at(position))
                lines += self._height(self.blocks.at(position)) + 1
                position += step
        if changed:
            self._sync_size()

    def on_show(self) -> None:
        if self._reveal_pending:
            self.call_after_refresh(self.reveal_highlight)

    def in_view(self, paragraph: int) -> bool:
        """Whether any line of the paragraph is on screen."""
        block = self.blocks.get(paragraph)
        if block is None or not self._width:
            return False
        top = round(self.scroll_y)
        first = self._first(block)
        return (
            first < top + self.scrollable_content_region.height
            and first + self._height(block) > top
        )

    def _shown(self) -> list[Block]:
        """The paragraphs with a line on screen, top to bottom."""
        if not self._width:
            return []
        top = round(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        return [
            block
            for block in self._blocks_from(self._block_at(top), bottom)
            if self._first(block) + self._height(block) > top  # not just its blank line
        ]

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
        shown = self._shown()
        if self.highlighted and (block := self.blocks.get(self.highlighted[0])) in shown:
            return block
        if not shown and self.highlighted:  # the pane is hidden (narrow screen)
            return self.blocks.get(self.highlighted[0])
        with_events = [b for b in shown if any(m.kind == "event" for m in b.view.marks)]
        return (with_events or shown or [None])[0]

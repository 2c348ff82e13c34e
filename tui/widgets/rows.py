"""A base for list panes of wrapped rows of any height: a Line API view, vi keys added.

Every row is measured (cheaply: its plain text's line breaks, see `text_height`), but only
the rows on screen are turned into Textual content and rendered, each once per look
(cursor, hover, focus) while it stays. Showing a new window of rows costs their heights
plus the rows in view: `OptionList` laid out, wrapped and rendered every row it was given,
and measured them all again on each change.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass

from rich._wrap import divide_line  # what Textual's Content wraps with (see text_height)
from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.content import Content
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from dateline.tui import keys
from dateline.tui.widgets.scrolling import QuietScrollbars, set_virtual_size

STRIPS_KEPT = 2000  # rendered rows kept (a few screens at each look and width)


def text_height(plain: str, width: int) -> int:
    """Lines `plain` takes wrapped at `width` (words wrapped, longer ones folded): what
    `Content.get_height` counts with the default text-wrap and text-overflow, without
    making the Content and wrapping its styled lines (a test holds the two equal)."""
    return sum(len(divide_line(line, width, fold=True)) + 1 for line in plain.split("\n"))


@dataclass(slots=True)
class Row:
    """One row: `key` names its text for the caches (same key, same text)."""

    key: Hashable
    text: Text  # shown as text, never parsed as markup
    item: object = None  # what the row shows (an event), for the pane that made it
    selectable: bool = True  # headers and messages are not: the cursor skips them
    rule: bool = False  # a rule under it


class RowView(QuietScrollbars, ScrollView, can_focus=True):
    """Rows with a cursor on the selectable ones; `cursor_moved` and `row_selected` say
    what the person did. Looks as `OptionList` did (same styles, under its own names)."""

    ALLOW_SELECT = False

    COMPONENT_CLASSES = {
        "row-view--option",
        "row-view--cursor",
        "row-view--hover",
        "row-view--disabled",
        "row-view--rule",
    }

    BINDINGS = keys.pane_bindings("list.")  # ids for the person's keymap

    # The item of the row under the cursor. A reactive, so that what follows the cursor
    # (`watch`) is told at once and drawn in the cursor's frame; a message reached it a
    # frame later, and every move painted twice.
    cursor_item: reactive[object] = reactive(None, repaint=False, init=False)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[Row] = []
        self._cursor_row: int | None = None
        self._hover_row: int | None = None
        self._row_starts: list[int] = [0]  # first line of each row, then the last line + 1
        self._laid_width = 0  # the width the rows were measured at; 0: not laid out
        self._row_heights: dict[tuple[Hashable, int], int] = {}  # (key, width) -> lines
        self._row_contents: dict[Hashable, Content] = {}  # made when first drawn
        self._row_strips: dict[tuple, list[Strip]] = {}

    # -- rows and layout -----------------------------------------------------------------

    def set_rows(self, rows: list[Row], highlighted: int | None, offset: int | None = None) -> None:
        """Show `rows` with the cursor on row `highlighted`, kept `offset` lines below the top
        of the view when given (so rows coming and going above it do not move it), else
        scrolled into view from the top."""
        self.rows = rows
        self._hover_row = None
        self._laid_width = 0
        self._place_cursor(self._valid(highlighted))
        if self._lay_out():
            cursor = self._cursor_row
            if cursor is not None and offset is not None:
                view = self.scrollable_content_region.height
                offset = max(0, min(offset, view - self.row_height(cursor)))
                y = max(0, self._row_starts[cursor] - offset)
                self.scroll_to(y=y, animate=False, immediate=True)
            else:
                self.scroll_to(y=0, animate=False, immediate=True, force=True)
                self._scroll_to_cursor()
        self.refresh()
        if self._cursor_row is not None and self.rows[self._cursor_row].selectable:
            self.call_later(self._cursor_on, self.rows[self._cursor_row])

    def forget(self) -> None:
        """Drop measured and rendered rows: the text of some keys has changed."""
        self._row_heights.clear()
        self._row_contents.clear()
        self._row_strips.clear()

    def _lay_out(self) -> bool:
        """Measure the rows at the view's width (again only when it changed); False while
        the view has no width (hidden): it is laid out when shown."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        if width == self._laid_width:
            return True
        heights = self._row_heights
        if len(heights) > STRIPS_KEPT * 4:
            heights.clear()
        starts, line = [0], 0
        for row in self.rows:
            height = heights.get((row.key, width))
            if height is None:
                height = heights[row.key, width] = text_height(row.text.plain, width)
            line += height + row.rule
            starts.append(line)
        self._row_starts, self._laid_width = starts, width
        last_rule = 1 if self.rows and self.rows[-1].rule else 0
        set_virtual_size(self, Size(width, line - last_rule))
        return True

    def row_height(self, index: int) -> int:
        """Lines row `index` takes, its rule included (once laid out)."""
        return self._row_starts[index + 1] - self._row_starts[index]

    def row_offset(self, index: int | None) -> int | None:
        """Lines from the top of the view to row `index` (None when not laid out)."""
        if index is None or not self._lay_out() or not 0 <= index < len(self.rows):
            return None
        return self._row_starts[index] - round(self.scroll_y)

    def row_at(self, line: int) -> int | None:
        """The row holding `line` of the whole list (None past the end)."""
        if not self._lay_out() or not 0 <= line < self._row_starts[-1]:
            return None
        return bisect_right(self._row_starts, line) - 1

    # -- the cursor ---------------------------------------------------------------------

    def cursor_moved(self, index: int) -> None:
        """The cursor is on row `index` now: for subclasses. Called at once when a key or a
        click moves it; after `set_rows`, once the messages already sent are handled (as
        `OptionList` said it) and only if the cursor is still there, so that what the app
        asked for before (say, opening the article it was reading) comes first."""

    def _cursor_on(self, row: Row) -> None:
        cursor = self._cursor_row
        if cursor is not None and self.rows[cursor] is row:
            self.cursor_moved(cursor)

    def row_selected(self, index: int) -> None:
        """Enter or a click on row `index`: for subclasses."""

    def _valid(self, index: int | None) -> int | None:
        if index is None or not self.rows:
            return None
        return max(0, min(index, len(self.rows) - 1))

    @property
    def highlighted(self) -> int | None:
        """The row under the cursor."""
        return self._cursor_row

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        index = self._valid(index)
        old = self._cursor_row
        if index == old:
            return
        self._place_cursor(index)
        self._refresh_row(old)
        self._refresh_row(index)
        if index is not None and self.rows[index].selectable:
            self._scroll_to_cursor()
            self.cursor_moved(index)

    def _place_cursor(self, index: int | None) -> None:
        self._cursor_row = index
        self.cursor_item = self.rows[index].item if index is not None else None

    def _scroll_to_cursor(self) -> None:
        """Scroll as little as possible to show the cursor's row (with its rule)."""
        cursor = self._cursor_row
        if cursor is None or not self.is_mounted or not self._lay_out():
            return
        width = self.scrollable_content_region.width
        region = Region(0, self._row_starts[cursor], width, self.row_height(cursor))
        self.scroll_to_region(region, force=True, animate=False, immediate=True)

    def _selectable(self, start: int, direction: int) -> int | None:
        """The first selectable row from `start` (included) on in `direction`."""
        index = start
        while 0 <= index < len(self.rows):
            if self.rows[index].selectable:
                return index
            index += direction
        return None

    def action_cursor_down(self) -> None:
        start = 0 if self._cursor_row is None else self._cursor_row + 1
        if (found := self._selectable(start, 1)) is not None:
            self.highlighted = found

    def action_cursor_up(self) -> None:
        start = len(self.rows) - 1 if self._cursor_row is None else self._cursor_row - 1
        if (found := self._selectable(start, -1)) is not None:
            self.highlighted = found

    def action_first(self) -> None:
        self.highlighted = self._selectable(0, 1)

    def action_last(self) -> None:
        self.highlighted = self._selectable(len(self.rows) - 1, -1)

    def action_page_down(self) -> None:
        self._move_page(1)

    def action_page_up(self) -> None:
        self._move_page(-1)

    def _move_page(self, direction: int) -> None:
        """A view's height of lines on, to the selectable row there (the first or last one
        when none lies that way)."""
        if self._cursor_row is None or not self._lay_out():
            self.action_first() if direction < 0 else self.action_last()
            return
        height = self.scrollable_content_region.height
        line = self._row_starts[self._cursor_row] + direction * height
        index = bisect_right(self._row_starts, max(0, line)) - 1
        index = max(0, min(index, len(self.rows) - 1))
        found = self._selectable(index, direction)
        self.highlighted = found if found is not None else self._selectable(index, -direction)

    def action_select(self) -> None:
        cursor = self._cursor_row
        if cursor is not None and self.rows[cursor].selectable:
            self.row_selected(cursor)

    # -- the mouse ----------------------------------------------------------------------

    def _row_under(self, event: events.MouseEvent) -> int | None:
        """The selectable row under the pointer, not on its rule (as `OptionList`)."""
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        line = round(self.scroll_y) + offset.y
        index = self.row_at(line)
        if index is None or not self.rows[index].selectable:
            return None
        if self.rows[index].rule and line == self._row_starts[index + 1] - 1:
            return None
        return index

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on a row and chooses it."""
        if (index := self._row_under(event)) is not None:
            self.highlighted = index
            self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(self._row_under(event))

    def on_leave(self, event: events.Leave) -> None:
        self._hover(None)

    def _hover(self, index: int | None) -> None:
        if index != self._hover_row:
            old, self._hover_row = self._hover_row, index
            self._refresh_row(old)
            self._refresh_row(index)

    # -- rendering ----------------------------------------------------------------------

    def _refresh_row(self, index: int | None) -> None:
        if index is not None and index < len(self.rows) and self._lay_out():
            self.refresh_lines(self._row_starts[index], self.row_height(index))

    def on_resize(self) -> None:
        if self._lay_out():
            self._scroll_to_cursor()

    def on_show(self) -> None:
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._row_strips.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._lay_out()  # the width may have changed without a resize (a scrollbar)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        index = self.row_at(line)
        if index is None:
            return Strip.blank(width, self.get_visual_style("row-view--option").rich_style)
        strips, part = self._strips(index, width), line - self._row_starts[index]
        if part < len(strips):
            return strips[part]
        return Strip.blank(width, self.get_visual_style("row-view--option").rich_style)

    def _strips(self, index: int, width: int) -> list[Strip]:
        """Row `index` rendered in its present look (and its rule), as `OptionList` did."""
        row = self.rows[index]
        if not row.selectable:
            look = "row-view--disabled"
        elif index == self._cursor_row:
            look = "row-view--cursor"
        elif index == self._hover_row:
            look = "row-view--hover"
        else:
            look = ""
        style = self.get_visual_style("row-view--option", *([look] if look else []))
        key = (row.key, style, width, row.rule)
        strips = self._row_strips.get(key)
        if strips is None:
            rich_style = style.rich_style
            rendered = Visual.to_strips(self, self._content(row), width, None, style)
            strips = [strip.extend_cell_length(width, rich_style) for strip in rendered]
            if row.rule:
                rule = self.get_visual_style("row-view--rule").rich_style
                strips.append(Strip([Segment("─" * width, rule)], width))
            if len(self._row_strips) > STRIPS_KEPT:
                self._row_strips.clear()
            self._row_strips[key] = strips
        return strips

    def _content(self, row: Row) -> Content:
        content = self._row_contents.get(row.key)
        if content is None:
            if len(self._row_contents) > STRIPS_KEPT:
                self._row_contents.clear()
            content = Content.from_rich_text(row.text, console=self.app.console)
            self._row_contents[row.key] = content
        return content

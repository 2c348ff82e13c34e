"""A base for list panes: an `OptionList` of wrapped multi-line rows, vi keys added."""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dateline.tui import keys
from dateline.tui.widgets.scrolling import QuietScrollbars


class RowList(QuietScrollbars, OptionList):
    """`OptionList` that re-wraps its rows whenever its usable width changes.

    `OptionList` measures rows once, when they are added, and re-measures only on resize;
    a scrollbar appearing narrows the content without a resize, which left wrapped rows
    measured at the old width (a row's last line or separator went missing).
    """

    BINDINGS = keys.pane_bindings("list.")  # ids for the person's keymap

    _measured_width: int | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width
        if width != self._measured_width:
            self._measured_width = width
            self._clear_caches()  # Textual private: see tests/test_textual_internals.py
        return super().render_lines(crop)

    def row_offset(self, index: int | None) -> int | None:
        """Lines from the top of the view to option `index` (None when not laid out)."""
        if index is None:
            return None
        # Textual private: see tests/test_textual_internals.py (_index_to_line)
        line = self._index_to_line.get(index)
        return None if line is None else line - round(self.scroll_y)

    def replace_options(
        self, options: list[Option | None], highlighted: int | None, offset: int | None = None
    ) -> None:
        """Show `options` instead (None adds a rule under the option before it), highlight
        `highlighted`, and keep it `offset` lines below the top of the view when given, so
        the rows around the cursor do not jump when rows come and go above it."""
        scrollbar = self.show_vertical_scrollbar
        self.set_options(options)
        self.highlighted = highlighted
        if not self.styles.auto_dimensions and self.show_vertical_scrollbar == scrollbar:
            # A new virtual size asks Textual for a layout pass, which paints the whole list
            # a second time a frame later; with a size that does not follow the content and
            # the scrollbar neither appearing nor going, the scroll update (done) is enough.
            self._layout_required = False  # Textual private: see tests/test_textual_internals.py
        if highlighted is None or offset is None:
            return
        # Textual private: see tests/test_textual_internals.py (_index_to_line)
        line = self._index_to_line.get(highlighted)
        if line is None:
            return  # not laid out (hidden): the cursor is scrolled to once shown
        view = self.scrollable_content_region.height
        # Textual private: see tests/test_textual_internals.py (_heights)
        offset = max(0, min(offset, view - self._heights.get(highlighted, 1)))
        self.scroll_to(y=max(0, line - offset), animate=False, immediate=True)

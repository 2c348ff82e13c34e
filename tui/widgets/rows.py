"""A base for the two list panes: an `OptionList` of wrapped multi-line rows, vi keys added."""

from __future__ import annotations

from textual.binding import Binding
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import OptionList


class RowList(OptionList):
    """`OptionList` that re-wraps its rows whenever its usable width changes.

    `OptionList` measures rows once, when they are added, and re-measures only on resize;
    a scrollbar appearing narrows the content without a resize, which left wrapped rows
    measured at the old width (a row's last line or separator went missing).
    """

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G,shift+g", "last", "Last", show=False),
    ]

    _measured_width: int | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width
        if width != self._measured_width:
            self._measured_width = width
            self._clear_caches()
        return super().render_lines(crop)

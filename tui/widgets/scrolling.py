"""Resizing a Line API view without an extra frame.

Assigning `virtual_size` schedules a layout pass; the scrollbars learn the new size
during that pass and repaint one frame later, so every article switch painted twice.
Updating them here, before the frame, makes it one paint.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Give `view` a new virtual size; its scrollbars follow in the same frame."""
    if size == view.virtual_size:
        return
    view.set_reactive(Widget.virtual_size, size)
    view._scroll_update(size)  # noqa: SLF001 - what Textual's own layout pass calls
    view.refresh()

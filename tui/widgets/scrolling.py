"""Scrolling without extra frames: resizing a Line API view, and quiet scrollbars.

Assigning `virtual_size` schedules a layout pass; the scrollbars learn the new size
during that pass and repaint one frame later, so every article switch painted twice.
Updating them here, before the frame, makes it one paint.
"""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.widget import Widget


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Give `view` a new virtual size; its scrollbars follow in the same frame."""
    if size == view.virtual_size:
        return
    view.set_reactive(Widget.virtual_size, size)
    # Textual private: see tests/test_textual_internals.py
    view._scroll_update(size)  # noqa: SLF001 - what Textual's own layout pass calls
    view.refresh()


class QuietScrollBar(ScrollBar):
    """A scrollbar that skips repaints which would draw what is already on screen.

    When focus moves, Textual sets every scrollbar colour again (to the same values) and
    refreshes the bar; that refresh reaches the screen a frame after the panes, so every
    Enter or Tab painted twice. Real changes (a scroll) join the frame of their pane.
    """

    _drawn: tuple | None = None

    def _looks(self) -> tuple:
        styles = self.parent.styles
        return (
            self.window_virtual_size,
            self.window_size,
            self.position,
            self.size,
            self.grabbed,
            self.mouse_over,
            styles.scrollbar_color,
            styles.scrollbar_color_hover,
            styles.scrollbar_color_active,
            styles.scrollbar_background,
            styles.scrollbar_background_hover,
            styles.scrollbar_background_active,
            self.parent.background_colors,
        )

    def refresh(self, *regions, **kwargs):
        if self.parent is None:
            return super().refresh(*regions, **kwargs)
        if not self.parent.styles.scrollbar_size_vertical:
            return self  # a bar of no width (the CSS hides it) has nothing to draw
        quiet = not regions and not any(kwargs.values())
        if quiet and self._drawn is not None and self._looks() == self._drawn:
            return self
        super().refresh(*regions, **kwargs)
        if quiet and self.is_mounted and self.display and self._repaint_required:
            # Join the frame its pane is painted in: going through this bar's own idle
            # reaches the screen a frame later.
            # Textual private: see tests/test_textual_internals.py
            # (_repaint_required, screen._dirty_widgets)
            self._repaint_required = False
            self.screen._dirty_widgets.add(self)  # noqa: SLF001
        return self

    def render(self):
        self._drawn = self._looks()
        return super().render()


class QuietScrollbars:
    """Mixin for a scrolling widget: its vertical scrollbar is a `QuietScrollBar`."""

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        # Textual private: see tests/test_textual_internals.py
        # (_vertical_scrollbar, app._start_widget)
        if self._vertical_scrollbar is None:
            thickness = self.scrollbar_size_vertical
            bar = QuietScrollBar(vertical=True, name="vertical", thickness=thickness)
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)  # noqa: SLF001 - as Widget.vertical_scrollbar does
        return self._vertical_scrollbar


class PartStyles:
    """Mixin for a Line API widget: its style with a component class on top
    (`<STYLE_PREFIX>--<part>`), worked out once per part and focus (every line of every row
    asks) and again after a theme or CSS change (`notify_style_update`). Focus is in the key:
    Textual sends no style update on focus when the widget's own CSS does not change with
    it, and a `--cursor` part may. The widget makes `self._styles = {}` in its `__init__`."""

    STYLE_PREFIX = ""
    _styles: dict[tuple[str, bool], Style]

    def _style(self, part: str) -> Style:
        key = (part, self.has_focus)
        style = self._styles.get(key)
        if style is None:
            style = self.rich_style
            if part:
                style += self.get_component_rich_style(f"{self.STYLE_PREFIX}--{part}")
            self._styles[key] = style
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

"""The key footer, rebuilt only when the keys it shows change.

Textual's `Footer` recomposes (one widget per key) whenever the focused widget changes,
which costs about a frame on every Enter that moves focus from the list to the text.
Our panes' own bindings are hidden from the footer, so the shown keys rarely change.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    _shown: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        shown = tuple(
            (binding.key, binding.description, enabled, tooltip)
            for (_node, binding, enabled, tooltip) in screen.active_bindings.values()
            if binding.show
        )
        if shown == self._shown:
            return
        self._shown = shown
        super().bindings_changed(screen)

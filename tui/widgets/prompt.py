"""The one-line prompt at the bottom: `/` search and `f` filter both type into it.

It reports what was typed (`Submitted`) or that it was dismissed (`Cancelled`) and hides
itself; the app decides what the text means.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input

from dateline.store.extract.taxonomy import TYPE_DESCRIPTIONS

FILTER_WORDS = [f"type:{t}" for t in TYPE_DESCRIPTIONS] + ["actor:", "since:", "until:"]


class PromptBar(Input):
    """A hidden `Input` shown for a search or a filter."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    class Submitted(Message):
        def __init__(self, mode: str, value: str) -> None:
            super().__init__()
            self.mode = mode
            self.value = value

    class Cancelled(Message):
        def __init__(self, mode: str) -> None:
            super().__init__()
            self.mode = mode

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = "search"
        self.display = False

    def ask(self, mode: str, value: str = "") -> None:
        """Show the prompt for `mode` ("search" or "filter"), pre-filled with `value`."""
        self.mode = mode
        if mode == "filter":
            self.placeholder = 'type:protest actor:"Steve Jobs" since:2017 until:2018-06'
            self.suggester = SuggestFromList(FILTER_WORDS, case_sensitive=False)
            self.border_title = "Filter the timeline (Enter applies, empty clears, Esc cancels)"
        else:
            self.placeholder = 'words, "a phrase", word*, OR, NOT'
            self.suggester = None
            self.border_title = "Search articles and events (Enter searches, Esc cancels)"
        self.value = value
        self.display = True
        self.focus()
        self.cursor_position = len(value)

    async def action_submit(self) -> None:
        self.display = False
        self.post_message(self.Submitted(self.mode, self.value))

    def action_cancel(self) -> None:
        self.display = False
        self.post_message(self.Cancelled(self.mode))

"""The reverse link: a paragraph's events in a small list; Enter picks one for the timeline."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dateline.store.library.records import HEADLINE_INDEX, Mark, ParagraphView
from dateline.tui.widgets.pick import PickList
from dateline.tui.widgets.safe import one_line


def event_marks(view: ParagraphView) -> list[Mark]:
    return [m for m in view.marks if m.kind == "event" and m.event_id is not None]


class ParagraphEvents(PickList):
    """Lists the events reported in one paragraph; dismisses with the chosen event id."""

    def __init__(self, view: ParagraphView) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        options = [
            Option(
                Text.assemble(
                    one_line(m.label, "italic magenta"),
                    "  ",
                    one_line(self.view.text[m.start : m.end], limit=1000),
                ),
                id=str(m.event_id),
            )
            for m in event_marks(self.view)
        ]
        box = OptionList(*options, id="paragraph-events")
        box.border_title = (
            "Events in the headline"
            if self.view.index == HEADLINE_INDEX
            else f"Events in paragraph {self.view.index + 1}"
        )
        box.border_subtitle = "Enter: show in timeline · Esc closes"
        yield box

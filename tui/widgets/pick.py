"""A small modal list to pick one item from (a paragraph's events, the stories): j/k move,
Enter dismisses with the chosen option's id as a number, Esc or q with None."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList


class PickList(ModalScreen[int | None]):
    """Compose one `OptionList` whose options' ids are numbers."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close"),
        Binding("j", "down", show=False),
        Binding("k", "up", show=False),
    ]

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id) if event.option.id else None)

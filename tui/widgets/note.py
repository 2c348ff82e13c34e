"""The person's note on an article: a small editor over the reader."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import TextArea

from dateline.tui.widgets.safe import clean, markup

HINT = "ctrl+s saves · Esc cancels · empty removes the note"
ASK = "Discard your changes? Esc again discards · ctrl+s saves · typing goes on"


class NoteEditor(ModalScreen[str | None]):
    """Edits a note; dismisses with the new text (ctrl+s) or None (Esc, nothing changes).
    Esc on changed text asks first: a second Esc discards them, anything else goes on."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True, id="note.save"),
        Binding("escape", "cancel", "Cancel", priority=True, id="note.cancel"),
    ]

    def __init__(self, title: str, note: str) -> None:
        super().__init__()
        self.title_text = title
        self.note = note
        self.asking = False  # Esc was pressed on changed text: the next Esc discards

    def compose(self) -> ComposeResult:
        area = TextArea(clean(self.note), id="note-editor", soft_wrap=True)
        area.border_title = f"Note · {markup(self.title_text)}"  # a title is not markup
        area.border_subtitle = HINT
        yield area

    def action_cancel(self) -> None:
        area = self.query_one(TextArea)
        if self.asking or area.text == clean(self.note):
            self.dismiss(None)
            return
        self.asking = True
        area.border_subtitle = ASK

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self.asking:  # typing on: the question is withdrawn
            self.asking = False
            event.text_area.border_subtitle = HINT

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

"""The person's note on an article: a small editor over the reader."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import TextArea

from dateline.tui.widgets.safe import clean, markup


class NoteEditor(ModalScreen[str | None]):
    """Edits a note; dismisses with the new text (ctrl+s) or None (Esc, nothing changes)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "dismiss(None)", "Cancel", priority=True),
    ]

    def __init__(self, title: str, note: str) -> None:
        super().__init__()
        self.title_text = title
        self.note = note

    def compose(self) -> ComposeResult:
        area = TextArea(clean(self.note), id="note-editor", soft_wrap=True)
        area.border_title = f"Note · {markup(self.title_text)}"  # a title is not markup
        area.border_subtitle = "ctrl+s saves · Esc cancels · empty removes the note"
        yield area

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

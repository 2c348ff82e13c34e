"""The timeline pane: events in chronological order, for one article or the whole library."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from store.queries import TimelineEntry
from tui.widgets.rows import RowList
from tui.widgets.safe import one_line

DATING_STYLES = {
    "explicit": "bold green",
    "inferred": "bold yellow",
    "before": "bold magenta",
    "after": "bold magenta",
    "undated": "dim",
}

EMPTY = {
    "none": "Select an article to see its events, or press t for the whole library.",
    "article": "No dated events were found in this article.\n\n"
    "Press t to see the whole library's timeline.",
    "library": "The library has no events yet.\n\nImport articles with: dateline import PATH...",
}


def entry_prompt(entry: TimelineEntry) -> Text:
    """Date label (certainty visible) and type, the summary, then the source article."""
    head = Text.assemble(
        (entry.label, DATING_STYLES.get(entry.dating, "bold")),
        "  ",
        one_line(entry.type, "italic magenta"),
        end="",
    )
    foot = Text("↳ ", style="dim", end="")
    if entry.sources:
        foot.append_text(one_line(entry.sources[0].title or "(untitled)", "dim"))
    if entry.actors:
        foot.append(" · ", "dim")
        foot.append_text(one_line(", ".join(entry.actors), "dim italic"))
    return Text.assemble(head, "\n", one_line(entry.summary), "\n", foot, end="")


class TimelinePane(RowList):
    """Chronological events; Enter jumps to an event's source sentence in the text pane."""

    class EventChosen(Message):
        """The user pressed Enter on (or clicked) an event: show its source."""

        def __init__(self, entry: TimelineEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.entries: list[TimelineEntry] = []
        self.scope = "article"
        self._update_title()

    def _update_title(self) -> None:
        where = "this article" if self.scope == "article" else "whole library"
        other = "library" if self.scope == "article" else "article"
        self.border_title = f"Timeline · {where} ({len(self.entries)})"
        self.border_subtitle = f"t: {other}"

    def set_entries(
        self, entries: list[TimelineEntry], scope: str, *, empty: str | None = None
    ) -> None:
        """Show `entries` for `scope`; keep the cursor on the same event when it is still there."""
        keep = self.current_entry
        self.entries = list(entries)
        self.scope = scope
        self.clear_options()
        self._update_title()
        if not entries:
            message = EMPTY[empty or scope]
            self.add_option(Option(Text(message, style="italic"), disabled=True))
            return
        options: list[Option | None] = []
        for entry in entries:
            options.append(Option(entry_prompt(entry), id=str(entry.id)))
            options.append(None)
        self.add_options(options[:-1])
        self.highlighted = self.index_of(keep.id) if keep else None
        if self.highlighted is None:
            self.highlighted = 0

    def index_of(self, event_id: int) -> int | None:
        try:
            return self.get_option_index(str(event_id))
        except OptionDoesNotExist:
            return None

    @property
    def current_entry(self) -> TimelineEntry | None:
        if self.highlighted is None or not self.entries:
            return None
        option = self.get_option_at_index(self.highlighted)
        return self._entry(option)

    def _entry(self, option: Option) -> TimelineEntry | None:
        if option.id is None:
            return None
        event_id = int(option.id)
        return next((e for e in self.entries if e.id == event_id), None)

    def move_to(self, event_id: int) -> None:
        if (index := self.index_of(event_id)) is not None:
            self.highlighted = index

    def step(self, delta: int) -> TimelineEntry | None:
        """Move the cursor `delta` events (no wrap-around); None when already at the end."""
        if not self.entries:
            return None
        if self.highlighted is None:
            target = 0
        else:
            target = self.highlighted + delta
            if not 0 <= target < len(self.entries):
                return None
        self.highlighted = target
        return self.current_entry

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if (entry := self._entry(event.option)) is not None:
            self.post_message(self.EventChosen(entry))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()

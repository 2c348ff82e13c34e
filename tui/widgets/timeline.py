"""The timeline pane: events in chronological order, grouped under year and month headers.

Headers are disabled options, so the cursor (and `step`) only ever lands on events.
Undated events come last, under their own header. With follow mode on, the pane reports
the entry under a resting cursor so the text pane can show its source.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable

from rich.text import Text
from textual.message import Message
from textual.timer import Timer
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

PAGE_MARGIN = 40  # load the next page when the cursor is this close to the last event
FOLLOW_DELAY = 0.08  # seconds the cursor must rest before follow mode shows the source

EMPTY = {
    "none": "Select an article to see its events, or press t for the whole library.",
    "article": "No dated events were found in this article.\n\n"
    "Press t to see the whole library's timeline.",
    "library": "The library has no events yet.\n\nImport articles with: dateline import PATH...",
    "filtered": "No events match the filters.\n\nPress x to clear them, f to change them.",
}


def group_of(entry: TimelineEntry) -> tuple[str, str | None]:
    """(year, month name) of the entry's first day; ("Undated", None) without one. An entry
    spanning more than a month ("1985", "Q3 2010") sits under its year, not under a month."""
    if not entry.start or len(entry.start) < 7:
        return "Undated", None
    year, month = entry.start[:4], entry.start[5:7]
    if entry.end and entry.end[:7] != entry.start[:7]:
        return year, None
    name = calendar.month_name[int(month)] if month.isdigit() and 1 <= int(month) <= 12 else None
    return year, name


def entry_prompt(entry: TimelineEntry) -> Text:
    """Date label (certainty visible) and type, the summary, then the source article(s)."""
    head = Text.assemble(
        (entry.label, DATING_STYLES.get(entry.dating, "bold")),
        "  ",
        one_line(entry.type, "italic magenta"),
        end="",
    )
    foot = Text("↳ ", style="dim", end="")
    if entry.sources:
        foot.append_text(one_line(entry.sources[0].title or "(untitled)", "dim"))
    if entry.count > 1:
        foot.append(f" +{entry.count - 1} more (c cycles)", "bold cyan")
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

    class EventRested(Message):
        """The cursor rests on an event (follow mode shows its source)."""

        def __init__(self, entry: TimelineEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.entries: list[TimelineEntry] = []
        self.scope = "article"
        self.follow = False
        self.load_more: Callable[[], list[TimelineEntry]] | None = None
        self._group: tuple[str | None, str | None] = (None, None)
        self._count = 0  # options added so far
        self._by_id: dict[int, TimelineEntry] = {}
        self._position: dict[int, int] = {}  # entry id -> index in `entries`
        self._entry_rows: list[int] = []  # option index of each entry
        self._rest: Timer | None = None
        self._update_title()

    def _update_title(self) -> None:
        where = "this article" if self.scope == "article" else "whole library"
        other = "library" if self.scope == "article" else "article"
        follow = " · follow" if self.follow else ""
        count = f"{len(self.entries)}+" if self.load_more else str(len(self.entries))
        self.border_title = f"Timeline · {where} ({count}){follow}"
        self.border_subtitle = f"t: {other}"

    def set_follow(self, on: bool) -> None:
        self.follow = on
        self._update_title()

    def set_entries(
        self,
        entries: list[TimelineEntry],
        scope: str,
        *,
        empty: str | None = None,
        load_more: Callable[[], list[TimelineEntry]] | None = None,
    ) -> None:
        """Show `entries` for `scope`; keep the cursor on the same event when it is still there.

        `load_more`, when given, returns the next page (empty at the end): the pane asks for
        it as the cursor nears the last loaded event, so long timelines load lazily.
        """
        keep = self.current_entry
        self.entries = []
        self.scope = scope
        self.load_more = load_more
        self._by_id, self._position, self._entry_rows = {}, {}, []
        self._group: tuple[str | None, str | None] = (None, None)
        self._count = 0
        self.clear_options()
        self._update_title()
        if not entries:
            message = EMPTY[empty or scope]
            self.add_option(Option(Text(message, style="italic"), disabled=True))
            return
        self._append(entries)
        self.highlighted = self.index_of(keep.id) if keep else None
        if self.highlighted is None:
            self.highlighted = self._entry_rows[0]

    def _append(self, entries: list[TimelineEntry]) -> None:
        """Add entries after the loaded ones, with group headers where year or month change."""
        options: list[Option | None] = []  # None adds a rule under the option before it
        year, month = self._group
        after_entry = bool(self.entries)  # a rule separates two events, not a header
        accent = self.app.current_theme.accent or "cyan"
        for entry in entries:
            group_year, group_month = group_of(entry)
            if group_year != year:
                year, month = group_year, None
                header = Text(f"━━ {year} ━━", style=f"bold {accent}")
                options.append(Option(header, disabled=True))
                self._count += 1
                after_entry = False
            if group_month and group_month != month:
                month = group_month
                options.append(Option(Text(f"  {month} {year}", style="bold"), disabled=True))
                self._count += 1
            elif after_entry:
                options.append(None)
            after_entry = True
            self._by_id[entry.id] = entry
            self._position[entry.id] = len(self.entries)
            self.entries.append(entry)
            self._entry_rows.append(self._count)
            options.append(Option(entry_prompt(entry), id=str(entry.id)))
            self._count += 1
        self._group = (year, month)
        self.add_options(options)
        self._update_title()

    def more(self) -> bool:
        """Load the next page, if there is one; True when entries were added."""
        if self.load_more is None:
            return False
        page = self.load_more()
        if not page:
            self.load_more = None
            self._update_title()
            return False
        self._append(page)
        return True

    def action_last(self) -> None:
        """G / End: the last event, loading the rest of a long timeline first."""
        while self.more():
            pass
        super().action_last()

    def index_of(self, event_id: int) -> int | None:
        try:
            return self.get_option_index(str(event_id))
        except OptionDoesNotExist:
            return None

    def entry_with_report(self, event_id: int) -> TimelineEntry | None:
        """The shown entry one of whose sources is the stored event `event_id`."""
        if event_id in self._by_id:
            return self._by_id[event_id]
        return next((e for e in self.entries if any(s.event == event_id for s in e.sources)), None)

    @property
    def current_entry(self) -> TimelineEntry | None:
        if self.highlighted is None or not self.entries:
            return None
        option = self.get_option_at_index(self.highlighted)
        return self._entry(option)

    @property
    def position(self) -> int | None:
        entry = self.current_entry
        return self._position.get(entry.id) if entry else None

    def _entry(self, option: Option) -> TimelineEntry | None:
        if option.id is None:
            return None
        return self._by_id.get(int(option.id))

    def move_to(self, event_id: int) -> None:
        if (index := self.index_of(event_id)) is not None:
            self.highlighted = index

    def step(self, delta: int) -> TimelineEntry | None:
        """Move the cursor `delta` events (no wrap-around); None when already at the end."""
        if not self.entries:
            return None
        position = self.position
        target = 0 if position is None else position + delta
        while target >= len(self.entries) and self.more():
            pass
        if not 0 <= target < len(self.entries):
            return None
        self.highlighted = self._entry_rows[target]
        return self.current_entry

    def step_date(self, direction: int) -> TimelineEntry | None:
        """Move to the first event of the previous/next date that has events."""
        position = self.position
        if position is None:
            return self.step(1)
        here = self.entries[position].start
        target = position
        while 0 <= target + direction < len(self.entries) or (direction > 0 and self.more()):
            target += direction
            if self.entries[target].start != here:
                break
        else:
            return None
        day = self.entries[target].start
        while target > 0 and self.entries[target - 1].start == day:
            target -= 1
        self.highlighted = self._entry_rows[target]
        return self.current_entry

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if (entry := self._entry(event.option)) is not None:
            self.post_message(self.EventChosen(entry))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.load_more and len(self.entries) - (self.position or 0) < PAGE_MARGIN:
            self.more()
        if self._rest is not None:
            self._rest.stop()
        if self.follow and (entry := self._entry(event.option)) is not None:
            message = self.EventRested(entry)
            self._rest = self.set_timer(FOLLOW_DELAY, lambda: self.post_message(message))

"""The timeline pane: events in chronological order, grouped under year and month headers.

A Line API view (`RowView`): only the rows on screen are rendered, so moving the window
costs the rows in view. Headers are not selectable, so the cursor (and `step`) only ever
lands on events.
Undated events come last, under their own header. With follow mode on, the pane reports
the entry under a resting cursor so the text pane can show its source.

A long timeline (the whole library) is never loaded from its start: the pane holds a window
of a few pages of it (`Pages`, read by keys) and moves the window instead of walking to a
place. Moving near either edge of the window loads the page beyond it and drops the farthest
one; a date jump, `g`/`G`, or an event asked for by the app reads the window at its target.
"""

from __future__ import annotations

import calendar
from typing import Protocol

from rich.text import Text
from textual.message import Message
from textual.timer import Timer

from dateline.store.library.records import PageKey, TimelineEntry, timeline_order
from dateline.tui.widgets.rows import Row, RowView
from dateline.tui.widgets.safe import one_line

DATING_STYLES = {
    "explicit": "bold green",
    "inferred": "bold yellow",
    "before": "bold magenta",
    "after": "bold magenta",
    "undated": "dim",
}

# the kinds of entries a key steps through (`TimelinePane.step_marked`)
MARKED = {"new": lambda e: e.new, "conflict": lambda e: e.conflict}

PAGE_MARGIN = 15  # load the next (previous) page when the cursor is this close to an edge
WINDOW_PAGES = 5  # pages a long timeline keeps loaded; the farthest is dropped beyond that
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


def date_of(entry: TimelineEntry) -> tuple:
    """The date `[`/`]` step by (`queries.date_of`): the entry's place in timeline order
    without its id, so "before 24 Jan 2018" and "24 Jan 2018" are two dates."""
    return timeline_order(entry)[:4]


class Pages(Protocol):
    """A long timeline read a page at a time from anywhere (`tui.data.TimelinePages`).
    Pages are (entries in timeline order, whether more lie beyond them)."""

    size: int

    def first(self) -> tuple[list[TimelineEntry], bool]: ...
    def last(self) -> tuple[list[TimelineEntry], bool]: ...
    def after(self, key: PageKey) -> tuple[list[TimelineEntry], bool]: ...
    def before(self, key: PageKey) -> tuple[list[TimelineEntry], bool]: ...
    def around(self, key: PageKey) -> tuple[list[TimelineEntry], int, bool, bool]: ...
    def date_window(
        self, key: PageKey, direction: int
    ) -> tuple[list[TimelineEntry], int, bool, bool] | None: ...
    def locate(self, event_id: int) -> PageKey | None: ...
    def count(self) -> int: ...
    def new_count(self) -> int: ...
    def next_marked(self, key: PageKey | None, kind: str) -> PageKey | None: ...


NEW_MARK = "● "  # before the date of an entry new since the reader was last closed
CONFLICT_MARK = "⚠ "  # ...of an entry whose sources disagree on its date


def entry_prompt(entry: TimelineEntry) -> Text:
    """Date label (certainty visible) and type, the summary, then the source article(s);
    a new entry (`TimelineEntry.new`) is marked before its date, and one whose sources
    disagree on it (`conflict`) says which gives what."""
    head = Text.assemble(
        (NEW_MARK if entry.new else "", "bold cyan"),
        (CONFLICT_MARK if entry.conflict else "", "bold red"),
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
    parts = [head, "\n", one_line(entry.summary, limit=1000), "\n", foot]
    if dates := entry.disagreement():
        parts += ["\n", disagreement_line(entry, dates)]
    return Text.assemble(*parts, end="")


def disagreement_line(entry: TimelineEntry, dates: list) -> Text:
    """ "⚠ 4 May 2026: Ferry crews strike… · 3 May 2026: Port Vane ferry strike…": each date
    the sources give, with the first article giving it (and how many other articles)."""
    line = Text(CONFLICT_MARK, style="bold red", end="")
    for k, (label, sources) in enumerate(dates):
        if k:
            line.append(" · ", "dim")
        line.append(label, "bold")
        line.append(": ", "dim")
        line.append_text(one_line(sources[0].title or "(untitled)", "italic", limit=60))
        more = len({s.article for s in sources}) - 1  # other articles giving it
        if more:
            line.append(f" +{more}", "dim")
    if entry.dated_by:
        line.append(f" (dated by {entry.dated_by})", "dim")
    return line


class TimelinePane(RowView):
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
        self.entries: list[TimelineEntry] = []  # what is loaded: all, or a window of pages
        self.scope = "article"
        self.follow = False
        self.pages: Pages | None = None  # where a long timeline's other pages come from
        self._more_before = False  # entries precede the window
        self._more_after = False  # ...or follow it
        self._prompts: dict[int, Text] = {}  # rows' text, kept while in the window
        self._by_id: dict[int, TimelineEntry] = {}
        self._position: dict[int, int] = {}  # entry id -> index in `entries`
        self._entry_rows: list[int] = []  # row of each entry
        self._rest: Timer | None = None
        self.total: int | None = None  # a long timeline's entries, once counted
        self.new_total: int | None = None  # ...and how many of them are new
        self.story = False  # the library's timeline is filtered to one story
        self._update_title()

    def _update_title(self) -> None:
        where = "this article" if self.scope == "article" else "whole library"
        if self.story and self.scope != "article":
            where = "one story"  # the filter bar above names it
        other = "library" if self.scope == "article" else "article"
        if self.pages is None:
            count = str(len(self.entries))
            new = sum(1 for e in self.entries if e.new)
        else:
            count = "…" if self.total is None else f"{self.total:,}"
            new = self.new_total or 0
        if new:
            count += f" · {new:,} new"
        title = f"Timeline · {where} ({count})"
        if len(title) + 6 > self.outer_size.width > 0:  # narrow: the count must show
            title = f"{where.split()[-1].capitalize()} timeline ({count})"
        self.border_title = title
        # Below the pane, so a narrow title keeps its count: follow mode and the scope key.
        self.border_subtitle = ("follow · " if self.follow else "") + f"t: {other}"

    def on_resize(self) -> None:
        self._update_title()

    def set_total(self, pages: Pages, total: int, new: int) -> None:
        """The count of the long timeline `pages` and of its new entries (counted off the
        UI thread)."""
        if pages is self.pages:
            self.total, self.new_total = total, new
            self._update_title()

    def set_follow(self, on: bool) -> None:
        self.follow = on
        self._update_title()

    def set_entries(
        self,
        entries: list[TimelineEntry],
        scope: str,
        *,
        empty: str | None = None,
        pages: Pages | None = None,
    ) -> None:
        """Show `entries` for `scope`; keep the cursor on the same event when it is still there.

        `pages`, when given, is the long timeline whose first page `entries` is: the pane
        loads the pages around the cursor from it as the cursor moves.
        """
        self._open(entries, scope, empty, pages, False, pages is not None, 0)

    def set_pages(
        self, pages: Pages, scope: str, *, empty: str | None = None, at: PageKey | None = None
    ) -> list[TimelineEntry]:
        """Show a long timeline: the window at `at` (an entry's key, the cursor on the entry
        there), or its first page. Returns the entries loaded."""
        if at is not None:
            entries, cursor, more_before, more_after = pages.around(at)
        else:
            (entries, more_after), cursor, more_before = pages.first(), 0, False
        paged = pages if more_before or more_after else None
        self._open(entries, scope, empty, paged, more_before, more_after, cursor)
        return entries

    def _open(
        self,
        entries: list[TimelineEntry],
        scope: str,
        empty: str | None,
        pages: Pages | None,
        more_before: bool,
        more_after: bool,
        cursor: int,
    ) -> None:
        keep = self.current_entry
        self.scope = scope
        if pages is not self.pages:
            self.total = self.new_total = None
        self.pages = pages
        self._more_before, self._more_after = more_before, more_after
        self._prompts = {}
        self.forget()  # entries read again may have changed
        if not entries:
            self.entries = []
            self._by_id, self._position, self._entry_rows = {}, {}, []
            message = EMPTY[empty or scope]
            text = Text(message, style="italic")
            self.set_rows([Row(("message", message), text, selectable=False)], None)
            self._update_title()
            return
        kept = next((i for i, e in enumerate(entries) if keep and e.id == keep.id), None)
        self._show(entries, cursor if kept is None else kept)

    def _prompt(self, entry: TimelineEntry) -> Text:
        """The entry's row text, made once while it stays loaded."""
        prompt = self._prompts.get(entry.id)
        if prompt is None:
            prompt = entry_prompt(entry)
        return prompt

    @staticmethod
    def _header(text: str, style: str) -> Row:
        """A year or month header row."""
        return Row(("header", text, style), Text(text, style=style, end=""), selectable=False)

    def _show(self, entries: list[TimelineEntry], cursor: int, keep_row: bool = False) -> None:
        """Show `entries` (the whole list, or the window) with the cursor on `entries[cursor]`,
        grouped under year and month headers. `keep_row`: the cursor stays on the same line
        of the view it was on, instead of the view scrolling to wherever the cursor went."""
        offset = self.row_offset(self.highlighted) if keep_row else None
        rows: list[Row] = []
        prompts: dict[int, Text] = {}
        entry_rows: list[int] = []  # row of each entry
        year, month = None, None
        after_entry = False  # a rule separates two events, not a header
        accent = self.app.current_theme.accent or "cyan"
        for entry in entries:
            group_year, group_month = group_of(entry)
            if group_year != year:
                year, month = group_year, None
                rows.append(self._header(f"━━ {year} ━━", f"bold {accent}"))
                after_entry = False
            if group_month and group_month != month:
                month = group_month
                rows.append(self._header(f"  {month} {year}", "bold"))
            elif after_entry:
                rows[-1].rule = True
            after_entry = True
            prompts[entry.id] = self._prompt(entry)
            entry_rows.append(len(rows))
            rows.append(Row(("event", entry.id), prompts[entry.id], entry))
        self.entries = list(entries)
        self._prompts = prompts
        self._by_id = {e.id: e for e in entries}
        self._position = {e.id: i for i, e in enumerate(entries)}
        self._entry_rows = entry_rows
        cursor = max(0, min(cursor, len(entries) - 1))
        self.set_rows(rows, entry_rows[cursor], offset)
        self._update_title()

    # -- the window over a long timeline ---------------------------------------------------

    @property
    def _margin(self) -> int:
        size = self.pages.size if self.pages else PAGE_MARGIN
        return max(1, min(PAGE_MARGIN, size // 3))

    def _covers(self, key: PageKey) -> bool:
        """Is `key`'s place inside the window (its entry loaded, or not on this timeline)?"""
        if not self.entries:
            return False
        first, last = self.entries[0].key, self.entries[-1].key
        return first is not None and last is not None and first <= tuple(key) <= last

    def _cursor_index(self, entries: list[TimelineEntry]) -> int:
        """Where the current entry is in `entries` (the first when it is gone)."""
        current = self.current_entry
        return next((i for i, e in enumerate(entries) if current and e.id == current.id), 0)

    def _load_after(self) -> bool:
        """Add the page after the window (dropping the farthest pages before the cursor);
        True when entries were added."""
        if self.pages is None or not self._more_after or not self.entries:
            return False
        last = self.entries[-1].key
        page, more = self.pages.after(last) if last is not None else ([], False)
        self._more_after = more and bool(page)
        if not page:
            self._update_title()
            return False
        entries = self.entries + page
        drop = len(entries) - WINDOW_PAGES * self.pages.size
        if drop > 0:
            entries = entries[drop:]
            self._more_before = True
        self._show(entries, self._cursor_index(entries), keep_row=True)
        return True

    def _load_before(self) -> bool:
        """Add the page before the window (dropping the farthest pages after the cursor)."""
        if self.pages is None or not self._more_before or not self.entries:
            return False
        first = self.entries[0].key
        page, more = self.pages.before(first) if first is not None else ([], False)
        self._more_before = more and bool(page)
        if not page:
            self._update_title()
            return False
        entries = page + self.entries
        keep = WINDOW_PAGES * self.pages.size
        if len(entries) > keep:
            entries = entries[:keep]
            self._more_after = True
        self._show(entries, self._cursor_index(entries), keep_row=True)
        return True

    def _anchor(self, key: PageKey) -> TimelineEntry | None:
        """Read the window at `key`: entries before it and from it on, with the cursor on
        the entry at `key` (on the same line of the view as before)."""
        if self.pages is None:
            return None
        return self._open_window(self.pages.around(key))

    def _open_window(
        self, window: tuple[list[TimelineEntry], int, bool, bool]
    ) -> TimelineEntry | None:
        """Show a window read at a place (see `Pages.around`) with the cursor on the entry
        there, on the same line of the view as before."""
        entries, at, more_before, more_after = window
        if not entries:
            return None
        self._more_before, self._more_after = more_before, more_after
        self._show(entries, at, keep_row=True)
        return self.current_entry

    def action_first(self) -> None:
        """g / Home: the first event (reading the first page when the window is elsewhere)."""
        if self.pages is not None and self._more_before:
            page, more = self.pages.first()
            if page:
                self._more_before, self._more_after = False, more
                self._show(page, 0)
                return
        super().action_first()

    def action_last(self) -> None:
        """G / End: the last event (reading the last page when the window is elsewhere)."""
        if self.pages is not None and self._more_after:
            page, more = self.pages.last()
            if page:
                self._more_before, self._more_after = more, False
                self._show(page, len(page) - 1)
                return
        super().action_last()

    # -- finding and moving ------------------------------------------------------------------

    def index_of(self, event_id: int) -> int | None:
        """The row of the entry `event_id`, when it is loaded."""
        at = self._position.get(event_id)
        return None if at is None else self._entry_rows[at]

    def entry_with_report(self, event_id: int) -> TimelineEntry | None:
        """The entry one of whose sources is the stored event `event_id`; on a long timeline
        the window moves to it when it is not loaded. None when the filters hide it."""
        if event_id in self._by_id:
            return self._by_id[event_id]
        entry = next((e for e in self.entries if any(s.event == event_id for s in e.sources)), None)
        if entry is not None or self.pages is None:
            return entry
        key = self.pages.locate(event_id)
        if key is None:
            return None
        entry = next((e for e in self.entries if e.key == key), None)
        return entry or self._anchor(key)

    @property
    def current_entry(self) -> TimelineEntry | None:
        if self.highlighted is None or not self.entries:
            return None
        return self.rows[self.highlighted].item

    @property
    def position(self) -> int | None:
        """The cursor's index in `entries` (the loaded window of a long timeline)."""
        entry = self.current_entry
        return self._position.get(entry.id) if entry else None

    def move_to(self, event_id: int, key: PageKey | None = None) -> None:
        """Put the cursor on an entry; with its `key`, read the window at that place when it
        lies outside the window (the cursor then rests near it if the filters hide it)."""
        index = self.index_of(event_id)
        if index is None and key is not None and self.pages is not None and not self._covers(key):
            self._anchor(key)
            index = self.index_of(event_id)
        if index is not None:
            self.highlighted = index

    def action_cursor_down(self) -> None:
        """j / ↓: the next event; at the last one the cursor stays (no wrap-around)."""
        self.step(1)

    def action_cursor_up(self) -> None:
        """k / ↑: the previous event; at the first, the headers above it come into view."""
        if self.current_entry is not None and self.step(-1) is None:
            self.scroll_home(animate=False)

    def step(self, delta: int) -> TimelineEntry | None:
        """Move the cursor `delta` events (no wrap-around); None when already at the end."""
        if not self.entries:
            return None
        current = self.current_entry
        position = self._position.get(current.id) if current else None
        target = 0 if position is None else position + delta
        while position is not None and not 0 <= target < len(self.entries):
            if not (self._load_after() if target > 0 else self._load_before()):
                break
            position = self._position.get(current.id)
            target = 0 if position is None else position + delta
        if not 0 <= target < len(self.entries):
            return None
        self.highlighted = self._entry_rows[target]
        return self.current_entry

    def step_date(self, direction: int) -> TimelineEntry | None:
        """Move to the first event of the previous/next date that has events. Looks in the
        window first; a date beyond it is found by the store and the window read there."""
        position = self.position
        if position is None:
            return self.step(1)
        entries = self.entries
        here = date_of(entries[position])
        target = position + direction
        while 0 <= target < len(entries) and date_of(entries[target]) == here:
            target += direction
        if 0 <= target < len(entries):
            day = date_of(entries[target])
            while target > 0 and date_of(entries[target - 1]) == day:
                target -= 1
            if target > 0 or not self._more_before:  # the date's first entry is loaded
                self.highlighted = self._entry_rows[target]
                return self.current_entry
        elif not (self._more_after if direction > 0 else self._more_before):
            return None
        key = entries[position].key
        if self.pages is None or key is None:
            return None
        window = self.pages.date_window(key, direction)
        return self._open_window(window) if window is not None else None

    def step_marked(self, kind: str) -> tuple[TimelineEntry | None, bool]:
        """Move to the next entry of a kind (`MARKED`: "new", "conflict"), from the first
        one again after the last: in the window first; one beyond it is found by the store
        and the window read there. Returns the entry (None: no entry is of the kind) and
        whether it started over."""
        marked = MARKED[kind]
        position = self.position
        after = -1 if position is None else position
        entries = self.entries
        found = next((k for k in range(after + 1, len(entries)) if marked(entries[k])), None)
        if found is not None:
            self.highlighted = self._entry_rows[found]
            return self.current_entry, False
        if self.pages is not None and self._more_after and self.entries:
            key = self.pages.next_marked(self.entries[-1].key, kind)
            if key is not None:
                return self._anchor(key), False
        # none after the cursor: the first of the kind on the timeline
        if self.pages is not None and self._more_before:
            key = self.pages.next_marked(None, kind)
            return (self._anchor(key) if key is not None else None), True
        found = next((k for k, e in enumerate(self.entries) if marked(e)), None)
        if found is None:
            return None, False
        self.highlighted = self._entry_rows[found]
        return self.current_entry, True

    def row_selected(self, index: int) -> None:
        if (entry := self.rows[index].item) is not None:
            self.post_message(self.EventChosen(entry))

    def cursor_moved(self, index: int) -> None:
        """Near either edge of the window, load the page beyond it; in follow mode, tell
        the app once the cursor rests. (What follows the cursor at once watches
        `cursor_item`.)"""
        position = self.position
        if self.pages is not None and position is not None:
            if self._more_after and len(self.entries) - position <= self._margin:
                self._load_after()
            elif self._more_before and position < self._margin:
                self._load_before()
        if self._rest is not None:
            self._rest.stop()
        if (entry := self.current_entry) is not None and self.follow:
            message = self.EventRested(entry)
            self._rest = self.set_timer(FOLLOW_DELAY, lambda: self.post_message(message))

"""The density strip: events per month over the timeline's span, the current entry marked.

A one-row bar chart drawn with block characters (like Textual's `Sparkline`, which has no
way to mark a position), a row with a caret and the month of the current entry, and a row
with the span's first and last month: where in time the reader is, and where the busy
periods lie.
"""

from __future__ import annotations

import calendar

from rich.text import Text
from textual.widget import Widget

from dateline.store.dates import label as date_label
from dateline.store.library.records import TimelineEntry

BARS = " ▁▂▃▄▅▆▇█"


def month_number(day: str) -> int:
    return int(day[:4]) * 12 + int(day[5:7]) - 1


def month_label(number: int) -> str:
    return f"{calendar.month_abbr[number % 12 + 1]} {number // 12}"


class DensityStrip(Widget):
    """Events per month; `mark(entry)` moves the caret."""

    DEFAULT_CSS = "DensityStrip { height: 3; }"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.counts: dict[int, int] = {}  # month number -> events in that month
        self.current: int | None = None  # month number of the current entry
        self.here: str | None = None  # its date as the caret labels it
        self.undated = 0

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        counts: dict[int, int] = {}
        for entry in entries:
            if entry.start and len(entry.start) >= 7:
                month = month_number(entry.start)
                counts[month] = counts.get(month, 0) + 1
        self.set_counts(counts, len(entries) - sum(counts.values()))

    def set_counts(self, counts: dict[int, int], undated: int = 0) -> None:
        """Events per month number (for timelines too long to load, counted by the store)."""
        self.counts = dict(counts)
        self.undated = undated
        self.current = None
        self.refresh()

    def mark(self, entry: TimelineEntry | None) -> None:
        """Put the caret on `entry`'s month, labelled at the granularity of its date (a
        year-only date reads "1968", not "Jan 1968")."""
        month = month_number(entry.start) if entry and entry.start else None
        here = date_label(entry.date) if entry and entry.date else None
        if (month, here) != (self.current, self.here):
            self.current, self.here = month, here
            self.refresh()

    def buckets(self, width: int) -> tuple[int, int, int, list[int]]:
        """(first month, months per bucket, columns per bucket, counts) fitting `width`."""
        first, last = min(self.counts), max(self.counts)
        span = last - first + 1
        per = max(1, -(-span // max(width, 1)))
        counts = [0] * (-(-span // per))
        for month, count in self.counts.items():
            counts[(month - first) // per] += count
        columns = max(1, min(3, width // len(counts)))
        return first, per, columns, counts

    def render(self) -> Text:
        width = self.size.width
        if not self.counts or width < 8:
            note = "no dated events on this timeline" if not self.counts else ""
            return Text(note, style="dim italic", end="")
        first, per, columns, counts = self.buckets(width)
        top = max(counts)
        accent = self.app.current_theme.accent or "cyan"
        current = (self.current - first) // per if self.current is not None else None
        # One span for the bars and one for the current bucket, not one per bucket: the
        # strip is drawn again at every move of the cursor.
        levels = [0 if not c else max(1, round(c / top * (len(BARS) - 1))) for c in counts]
        bars = Text(
            "".join(
                (BARS[level] if count or i == current else "·") * columns
                for i, (count, level) in enumerate(zip(counts, levels, strict=True))
            ),
            style=accent,
            end="",
        )
        if current is not None:
            bars.stylize(f"bold reverse {accent}", current * columns, (current + 1) * columns)
        used = len(counts) * columns
        caret = Text(end="")
        if current is not None:
            here = self.here or month_label(self.current)
            at = current * columns
            if at + 2 + len(here) <= width:
                caret.append(" " * at)
                caret.append("▲ ", f"bold {accent}")
                caret.append(here, "bold")
            else:
                caret.append(" " * max(0, at - len(here) - 1))
                caret.append(here + " ", "bold")
                caret.append("▲", f"bold {accent}")
        elif self.undated:
            caret.append("current event undated", "dim italic")
        left, right = month_label(first), month_label(max(self.counts))  # the data's span
        gap = max(1, max(used, len(left) + len(right) + 1) - len(left) - len(right))
        span = left if left == right else f"{left}{' ' * gap}{right}"  # one month: one label
        axis = Text(span[:width], style="dim", end="")
        return Text.assemble(bars, "\n", caret, "\n", axis, end="")

"""Turning TIMEX3-style values into day bounds and human labels.

A value keeps its granularity (`2018-01-24`, `2017-05`, `2017`, `2018-W04`, `2018-Q3`,
`2012-SU`, `199X`); the timeline sorts and filters on the first and last day it covers.
Extraction also reads spans of two values, `A/B` as in ISO 8601 ("from June 13 to 17":
`2020-06-13/2020-06-17`; "early October": `2020-10-01/2020-10-10`). An event keeps the
TIMEX3 value of its span (`timex_value`: `2020-06-13`, `2020-10`, what TimeML would tag)
and the span's days as its bounds, which its label shows ("13–17 Jun 2020", "early Oct
2020": `dated_label` with the bounds).
A period running past the calendar `datetime.date` holds (`9999-W52` ends on 2 January
10000, `9999-WI` in February 10000, `000X` starts in year 0) is cut to 0001-01-01 ..
9999-12-31: its years are right, and nothing downstream meets a date it cannot hold.
"""

from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date
from functools import lru_cache

# a value that starts with a day: a day ("2023-11-08") or a span of days from one
DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_HALF = re.compile(r"^(\d{4})-H([12])")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _month_end(year: int, month: int) -> date:
    if year > MAXYEAR:  # winter 9999 ends in February 10000
        return date.max
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_start(year: int) -> date:
    return date(max(year, MINYEAR), 1, 1)  # the decade 000X starts in year 0


def span(first: str, last: str) -> str:
    """The value of a period from `first` to `last` (two values; equal ones are one)."""
    return first if first == last else f"{first}/{last}"


@lru_cache(maxsize=4096)
def bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by a calendar value, or None when it names no period.

    Cached: extraction asks it of every event's and every candidate date's value, most of
    them the few days a story tells of."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = bounds(first), bounds(last)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    try:
        if m := DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo)
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            sunday = min(monday.toordinal() + 6, date.max.toordinal())  # 9999-W52
            # "this weekend" (2020-W03-WE): its Saturday and Sunday, not the whole week
            weekend = value[m.end() :].startswith("-WE")
            first = min(monday.toordinal() + 5, sunday) if weekend else monday.toordinal()
            return date.fromordinal(first), date.fromordinal(sunday)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _SEASON.match(value):
            y = int(m[1])
            first, last = _SEASON_MONTHS[m[2]]
            end_year = y + 1 if last < first else y
            return date(y, first, 1), _month_end(end_year, last)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return _year_start(y), date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return _year_start(y), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def is_calendar(value: str | None) -> bool:
    """True when the value names a concrete period on the calendar."""
    return bounds(value) is not None


_MONTH_ABBR = [""] + [calendar.month_abbr[i] for i in range(1, 13)]
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


# The parts of a month and of a year that "early", "mid" and "late" name (as days of the
# month and months of the year), one place for the tagger's mods and for the labels
MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
YEAR_PARTS = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
_PART_WORDS = {"START": "early", "MID": "mid", "END": "late"}


def part_of(value: str, mod: str) -> str | None:
    """The span of a month's or a year's part ("early October" → `2020-10-01/2020-10-10`,
    "late 2019" → `2019-09/2019-12`); None for other values or mods."""
    if mod not in MONTH_PARTS:
        return None
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        lo, hi = MONTH_PARTS[mod]
        hi = min(hi, _month_end(y, mo).day)
        return f"{value}-{lo:02d}/{value}-{hi:02d}"
    if _YEAR.match(value):
        lo, hi = YEAR_PARTS[mod]
        return f"{value}-{lo:02d}/{value}-{hi:02d}"
    return None


def _part_label(first: str, last: str) -> str | None:
    """ "early Oct 2020", "late 2019" for a span that is a part of one month or year."""
    day, months = DAY.match(first), _MONTH.match(first) and _MONTH.match(last)
    for mod, word in _PART_WORDS.items():
        if day and len(last) == 10 and first[:7] == last[:7]:
            lo, hi = MONTH_PARTS[mod]
            end = min(hi, _month_end(int(day[1]), int(day[2])).day)
            if (int(day[3]), int(last[8:10])) == (lo, end):
                return f"{word} {label(first[:7])}"
        elif (
            months
            and first[:4] == last[:4]
            and (int(first[5:7]), int(last[5:7])) == YEAR_PARTS[mod]
        ):
            return f"{word} {first[:4]}"
    return None


def _span_label(first: str, last: str) -> str:
    """ "13–17 Jun 2020", "30 Jun – 2 Jul 2020", "Jun–Aug 2020", "2019–2021": the shared
    month and year said once."""
    part = _part_label(first, last)
    if part:
        return part
    a, b = DAY.match(first), DAY.match(last)
    if a and b and len(first) == len(last) == 10:
        if first[:7] == last[:7]:
            return f"{int(a[3])}–{label(last)}"
        if first[:4] == last[:4]:
            return f"{int(a[3])} {_MONTH_ABBR[int(a[2])]} – {label(last)}"
    a, b = _MONTH.match(first), _MONTH.match(last)
    if a and b and first[:4] == last[:4]:
        return f"{_MONTH_ABBR[int(a[2])]}–{label(last)}"
    start, stop = label(first), label(last)
    return f"{start} – {stop}" if " " in start else f"{start}–{stop}"  # "2019–2021"


def label(value: str | None) -> str:
    """A short human label at the value's own granularity: `24 Jan 2018`, `May 2017`, `2017`."""
    if not value:
        return "undated"
    if "/" in value:
        first, _, last = value.partition("/")
        return _span_label(first, last)
    if m := DAY.match(value):
        return f"{int(m[3])} {_MONTH_ABBR[int(m[2])]} {m[1]}"
    if m := _MONTH.match(value):
        return f"{_MONTH_ABBR[int(m[2])]} {m[1]}"
    if m := _YEAR.match(value):
        return m[1]
    if m := _WEEK.match(value):
        if value[m.end() :].startswith("-WE"):
            return f"weekend of week {int(m[2])} {m[1]}"
        return f"week {int(m[2])} {m[1]}"
    if m := _QUARTER.match(value):
        return f"Q{m[2]} {m[1]}"
    if m := _HALF.match(value):
        return f"H{m[2]} {m[1]}"
    if m := _SEASON.match(value):
        return f"{_SEASON_NAMES[m[2]]} {m[1]}"
    if m := _DECADE.match(value):
        return f"{m[1]}0s"
    if m := _CENTURY.match(value):
        return f"{m[1]}00s"
    return value


def timex_value(value: str | None) -> str | None:
    """The TIMEX3 value of a span, as TimeML tags it: a part of a month or year is that
    month or year with a mod (`2020-10`, `2019`), a span from one date to another its first
    date; any other value is itself."""
    if not value or "/" not in value:
        return value
    first, _, last = value.partition("/")
    part = _part_label(first, last)
    if part:
        return first[:7] if DAY.match(first) else first[:4]
    return first


def _span_of(value: str, start: str | None, end: str | None) -> str:
    """The value whose label says what an event covers: its bounds' span when they are not
    its value's own (`2020-06-13` from 13 to 17 June), else its value."""
    own = bounds(value)
    if not start or not end or own is None:
        return value
    if (own[0].isoformat(), own[1].isoformat()) == (start, end):
        return value
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        return value
    if first.day == 1 and last == _month_end(last.year, last.month):  # whole months
        if first.month == 1 and last.month == 12:
            return span(start[:4], end[:4])
        return span(start[:7], end[:7])
    return span(start, end)


DATING_MARKS = {"explicit": "", "inferred": "~", "before": "<", "after": ">", "undated": "?"}


@lru_cache(maxsize=4096)  # asked by every timeline row the reader draws, of few values
def dated_label(
    value: str | None, dating: str, start: str | None = None, end: str | None = None
) -> str:
    """Label with the certainty visible: `24 Jan 2018`, `~24 Jan 2018`, `before 24 Jan 2018`;
    with an event's bounds, the span it covers (`13–17 Jun 2020`, `early Oct 2020`)."""
    if dating == "undated" or not value:
        return "undated"
    if dating in ("explicit", "inferred"):
        value = _span_of(value, start, end)
    if dating == "before":
        return f"before {label(value)}"
    if dating == "after":
        return f"after {label(value)}"
    return DATING_MARKS.get(dating, "") + label(value)

"""Turning TIMEX3-style values into day bounds and human labels.

A value keeps its granularity (`2018-01-24`, `2017-05`, `2017`, `2018-W04`, `2018-Q3`,
`2012-SU`, `199X`); the timeline sorts and filters on the first and last day it covers.
A period running past the calendar `datetime.date` holds (`9999-W52` ends on 2 January
10000, `9999-WI` in February 10000, `000X` starts in year 0) is cut to 0001-01-01 ..
9999-12-31: its years are right, and nothing downstream meets a date it cannot hold.
"""

from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
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


def bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by a calendar value, or None when it names no period."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
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
            return monday, date.fromordinal(sunday)
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


def label(value: str | None) -> str:
    """A short human label at the value's own granularity: `24 Jan 2018`, `May 2017`, `2017`."""
    if not value:
        return "undated"
    if m := _DAY.match(value):
        return f"{int(m[3])} {_MONTH_ABBR[int(m[2])]} {m[1]}"
    if m := _MONTH.match(value):
        return f"{_MONTH_ABBR[int(m[2])]} {m[1]}"
    if m := _YEAR.match(value):
        return m[1]
    if m := _WEEK.match(value):
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


DATING_MARKS = {"explicit": "", "inferred": "~", "before": "<", "after": ">", "undated": "?"}


def dated_label(value: str | None, dating: str) -> str:
    """Label with the certainty visible: `24 Jan 2018`, `~24 Jan 2018`, `before 24 Jan 2018`."""
    if dating == "undated" or not value:
        return "undated"
    if dating == "before":
        return f"before {label(value)}"
    if dating == "after":
        return f"after {label(value)}"
    return DATING_MARKS.get(dating, "") + label(value)

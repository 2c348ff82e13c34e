"""Calendar arithmetic and TIMEX3 value formatting at a given granularity.

An anchor is a `(date, granularity)` pair; granularity is one of D (day), W (ISO week),
M (month), Q (quarter), H (half year), Y (year), DE (decade), CE (century).  Keeping the
granularity lets "a year earlier" after "the third quarter" come out as a quarter.

Arithmetic that leaves years 1..9999 raises `OutOfRange` ("the next day" written on 31
December 9999): the expression is then left unresolved, never given a wrong year.
"""

from __future__ import annotations

import datetime as dt

Anchor = tuple[dt.date, str]

_PLACEHOLDER = {
    "D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "H": "XXXX-HX",
    "Y": "XXXX", "DE": "XXXX", "CE": "XXXX", "WE": "XXXX-WXX-WE",
}  # fmt: skip
_MONTHS_PER = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}


class OutOfRange(ValueError):
    """A relative date outside years 1..9999, which `datetime.date` cannot hold: the engine
    tags the expression unresolved (a placeholder at `gran`) instead of dropping it."""

    def __init__(self, gran: str) -> None:
        super().__init__(f"outside years 1..9999 (granularity {gran})")
        self.gran = gran


def in_range(year: int) -> bool:
    return dt.MINYEAR <= year <= dt.MAXYEAR


def fmt(d: dt.date, gran: str) -> str:
    """TIMEX3 value of the period of granularity `gran` containing `d`."""
    if gran == "D":
        return d.isoformat()
    if gran in ("W", "WE"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if gran == "WE" else "")
    if gran == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "H":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "DE":
        return f"{d.year // 10:03d}X"
    if gran == "CE":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def placeholder(gran: str) -> str:
    return _PLACEHOLDER.get(gran, "XXXX")


def shift(d: dt.date, gran: str, n: int) -> dt.date:
    """Move `d` by `n` units of granularity `gran` (days, weeks or months underneath);
    OutOfRange past 9999-12-31 or before 0001-01-01."""
    try:
        if gran == "D":
            return d + dt.timedelta(days=n)
        if gran in ("W", "WE"):
            return d + dt.timedelta(weeks=n)
        # Imported here, not at the top: dateutil (with `calendar` and `locale`) is a
        # noticeable share of the tagger's import, and only month arithmetic needs it.
        from dateutil.relativedelta import relativedelta

        return d + relativedelta(months=n * _MONTHS_PER.get(gran, 12))
    except (OverflowError, ValueError):  # timedelta overflows; relativedelta's year 10000
        raise OutOfRange(gran) from None


def weekday_on_or_before(d: dt.date, iso_wd: int) -> dt.date:
    return shift(d, "D", -((d.isoweekday() - iso_wd) % 7))


def weekday_on_or_after(d: dt.date, iso_wd: int) -> dt.date:
    return shift(d, "D", (iso_wd - d.isoweekday()) % 7)


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def closest_year(month: int, day: int, ref: dt.date, tense: str | None, ratio: float = 2.0) -> int:
    """Year for a month/day given without one: the occurrence nearest to `ref`, unless the
    clause tense points the other way and the tense-consistent occurrence is not much
    farther (at most `ratio` times; 2x by default) -- tense guesses are cheap and sometimes
    wrong, except when the cue is right next to the date ("ended Jan. 31")."""
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = safe_date(y, month, min(day, 28) if month == 2 and day == 29 else day)
        if d is not None:
            cands.append(d)
    if not cands:
        return ref.year
    near = min(cands, key=lambda d: abs((d - ref).days))
    if tense == "PAST":
        ok = [d for d in cands if d <= ref]
    elif tense == "FUTURE":
        ok = [d for d in cands if d >= ref]
    else:
        return near.year
    if not ok:
        return near.year
    best = max(ok) if tense == "PAST" else min(ok)
    if abs((best - ref).days) <= ratio * abs((near - ref).days):
        return best.year
    return near.year


def thanksgiving(year: int) -> dt.date:
    return weekday_on_or_after(dt.date(year, 11, 1), 4) + dt.timedelta(weeks=3)


def election_day(year: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    return weekday_on_or_after(dt.date(year, 11, 2), 2)


# Holidays whose date moves from year to year, by their first word (lowercase).
FLOATING_HOLIDAYS = {"thanksgiving": thanksgiving, "election": election_day}


def floating_holiday(name: str, year: int) -> dt.date | None:
    """The day a holiday whose date moves falls on in `year` ("Thanksgiving", "Election
    Day"); None for any other name."""
    words = name.lower().split()
    day_of = FLOATING_HOLIDAYS.get(words[0]) if words else None
    return day_of(year) if day_of else None

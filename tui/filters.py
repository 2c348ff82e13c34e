"""Timeline filters: what the filter bar shows and the `f` prompt parses.

A filter is typed as `key:value` words that combine: `type:protest actor:"Steve Jobs"
since:2017 until:2018-06 only:new`. Dates may be a year, a month or a day; `since` takes the
first day of the period and `until` the last, so `until:2018` includes December 2018.
`only:new` keeps the events of articles imported or updated since the reader was last closed,
`only:conflicts` those whose sources disagree on the date;
`story:12` those of story 12 (`S` lists the stories and picks one).
"""

from __future__ import annotations

import calendar
import re
import shlex
from dataclasses import asdict, dataclass, replace
from datetime import date

from dateline.store.extract.taxonomy import TYPE_DESCRIPTIONS

KEYS = ("type", "actor", "since", "until", "only", "story")
ONLY = {
    "new": "events of articles imported or updated since the reader was last closed",
    "conflicts": "events whose sources disagree on the date",
}


class FilterError(ValueError):
    """A filter the reader typed that cannot be applied; the message says why."""


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    type: str | None = None
    actor: str | None = None
    since: str | None = None  # the period as typed (2017, 2017-05, 2017-05-03)
    until: str | None = None
    only: str | None = None  # a kind of entry (`ONLY`): "new"
    story: str | None = None  # a story's id, as typed

    @property
    def story_id(self) -> int | None:
        return int(self.story) if self.story else None

    @property
    def only_new(self) -> bool:
        return self.only == "new"

    @property
    def only_conflicts(self) -> bool:
        return self.only == "conflicts"

    @property
    def active(self) -> bool:
        return any(asdict(self).values())

    @property
    def since_day(self) -> str | None:
        return period(self.since)[0].isoformat() if self.since else None

    @property
    def until_day(self) -> str | None:
        return period(self.until)[1].isoformat() if self.until else None

    def describe(self) -> str:
        """`type:protest actor:"Steve Jobs"`: the same syntax the prompt accepts."""
        parts = []
        for key, value in asdict(self).items():
            if value:
                parts.append(f"{key}:{shlex.quote(value)}" if " " in value else f"{key}:{value}")
        return " ".join(parts)

    def with_(self, **changes) -> TimelineFilter:
        return replace(self, **changes)

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v}

    @classmethod
    def from_json(cls, value: object) -> TimelineFilter:
        if not isinstance(value, dict):
            return cls()
        try:
            return parse(" ".join(f"{k}:{shlex.quote(str(v))}" for k, v in value.items()))
        except FilterError:
            return cls()


_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def period(value: str) -> tuple[date, date]:
    """The first and last day of a typed year, month or day (`2018`, `2018-05`,
    `2018-05-03`); raises `FilterError` saying what is wrong ("month 13")."""
    m = _PERIOD.fullmatch(value.strip())
    if m is None:
        raise FilterError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
    year = int(m[1])
    if year < 1:
        raise FilterError(f"{value!r}: there is no year 0.")
    if m[2] is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(m[2])
    if not 1 <= month <= 12:
        raise FilterError(f"{value!r}: there is no month {month} (months run from 1 to 12).")
    days = calendar.monthrange(year, month)[1]
    if m[3] is None:
        return date(year, month, 1), date(year, month, days)
    day = int(m[3])
    if not 1 <= day <= days:
        name = f"{calendar.month_name[month]} {year}"
        raise FilterError(f"{value!r}: {name} has no day {day} (it has {days}).")
    return date(year, month, day), date(year, month, day)


def parse(typed: str, known_types: set[str] | frozenset[str] = frozenset()) -> TimelineFilter:
    """Parse the prompt's text; raises `FilterError` naming the part it did not understand.

    Types are checked against the taxonomy plus `known_types` (those in the library).
    """
    try:
        words = shlex.split(typed)
    except ValueError as exc:
        raise FilterError(f"Cannot read the filter: {exc}.") from None
    values: dict[str, str] = {}
    for word in words:
        key, sep, value = word.partition(":")
        key = key.lower()
        if not sep or key not in KEYS or not value:
            raise FilterError(
                f"Not a filter: {word!r}. Use type:, actor:, since:, until:, only:, story: "
                "(e.g. type:protest since:2017)."
            )
        values[key] = value
    kind = values.get("type")
    if kind is not None:
        kind = kind.lower()
        types = set(TYPE_DESCRIPTIONS) | set(known_types)
        if kind not in types:
            raise FilterError(f"No event type {kind!r}; types: {', '.join(sorted(types))}.")
    only = values.get("only")
    if only is not None:
        only = only.lower()
        if only not in ONLY:
            kinds = "; ".join(f"only:{k} for the {what}" for k, what in ONLY.items())
            raise FilterError(f"only:{only}? Use {kinds}.")
    story = values.get("story")
    if story is not None and not (story.isdigit() and 0 < int(story) < 2**63):
        raise FilterError(f"story:{story}? A story is named by its number (S lists them).")
    for key in ("since", "until"):
        if key in values:
            try:
                period(values[key])
            except FilterError as exc:
                raise FilterError(f"{key}: {exc}") from None
    result = TimelineFilter(
        kind,
        values.get("actor"),
        values.get("since"),
        values.get("until"),
        only,
        str(int(story)) if story else None,  # "012" is story 12
    )
    if result.since and result.until and result.since_day > result.until_day:
        raise FilterError("since: is after until:.")
    return result

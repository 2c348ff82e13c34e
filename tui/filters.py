"""Timeline filters: what the filter bar shows and the `f` prompt parses.

A filter is typed as `key:value` words that combine: `type:protest actor:"Steve Jobs"
since:2017 until:2018-06`. Dates may be a year, a month or a day; `since` takes the
first day of the period and `until` the last, so `until:2018` includes December 2018.
"""

from __future__ import annotations

import shlex
from dataclasses import asdict, dataclass, replace

from dateline.store.dates import bounds
from dateline.store.extract.taxonomy import TYPE_DESCRIPTIONS

KEYS = ("type", "actor", "since", "until")


class FilterError(ValueError):
    """A filter the reader typed that cannot be applied; the message says why."""


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    type: str | None = None
    actor: str | None = None
    since: str | None = None  # the period as typed (2017, 2017-05, 2017-05-03)
    until: str | None = None

    @property
    def active(self) -> bool:
        return any(asdict(self).values())

    @property
    def since_day(self) -> str | None:
        return bounds(self.since)[0].isoformat() if self.since else None

    @property
    def until_day(self) -> str | None:
        return bounds(self.until)[1].isoformat() if self.until else None

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
                f"Not a filter: {word!r}. Use type:, actor:, since:, until: "
                "(e.g. type:protest since:2017)."
            )
        values[key] = value
    kind = values.get("type")
    if kind is not None:
        kind = kind.lower()
        types = set(TYPE_DESCRIPTIONS) | set(known_types)
        if kind not in types:
            raise FilterError(f"No event type {kind!r}; types: {', '.join(sorted(types))}.")
    for key in ("since", "until"):
        if key in values and bounds(values[key]) is None:
            raise FilterError(f"{key}: wants a year, month or day (2017, 2017-05, 2017-05-03).")
    result = TimelineFilter(kind, values.get("actor"), values.get("since"), values.get("until"))
    if result.since and result.until and result.since_day > result.until_day:
        raise FilterError("since: is after until:.")
    return result

"""The time-expression record every part of Dateline shares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3-style time expression found in a text.

    `start`/`end` are character offsets into the text given to the tagger (end exclusive),
    `type` is DATE, TIME, DURATION or SET, and `value` the TIMEX3 value: `2018-01-24`,
    `2017-05`, `2017`, `2018-W04`, `2018-Q3`, `2018-01-24TMO`, `P3Y`, `PRESENT_REF`...
    A relative expression that could not be resolved (no publication date) keeps `X`
    placeholders (`XXXX-XX-XX`) and has `resolved=False`.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False  # value was computed from the DCT or the narrative time
    resolved: bool = True  # False when a relative value could not be computed

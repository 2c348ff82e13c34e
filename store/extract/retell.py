"""The lead's news on the day the story tells it: dates resolve over the whole article.

A lead tells its news in the present perfect with no date ("Long prison sentences have been
handed out to two ferry smugglers"), so it is dated at publication; the body often gives the
day a few paragraphs later ("Both men were sentenced at Kingsford Crown Court on Friday 27
October"), or narrates it on the day its paragraph tells ("The senators debated the bill
on Tuesday. At the end, the motion was defeated"). When the body dates one happening of
the lead's type in the days before publication, by a verb the lead's sentence names too
("sentenced": "sentences"), and only one day, the lead's happening is that one: it takes
that day (still inferred, for the lead never said it) instead of publication, and the two
reports of it stand on one day, where the store merges them. ("The search for clues to
the crash continues", typed by its noun, is no retelling of "before it crashed".)
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dateline.store import dates
from dateline.store.extract.sentence import FoundEvent

RETOLD_WITHIN = 14  # days before publication a body's dated report of the news may lie
# (a weekly's "have been jailed" for last Friday's sentencing; not last month's)
# a type too common to say "the same happening" (an untyped one has the verb's stem to match)
_UNTOLD = frozenset({"statement"})


def redate_lead(
    lead: list[tuple[FoundEvent, str]], body: list[FoundEvent], published: date | None
) -> dict[int, FoundEvent]:
    """The lead events (by `id`; each with its sentence) that take the day the body gives
    their happening."""
    if published is None:
        return {}
    today = published.isoformat()
    told: list[FoundEvent] = []  # the body's reports dated in the days before publication
    for e in body:
        if e.dating not in ("explicit", "inferred") or e.type in _UNTOLD or len(e.date or "") != 10:
            continue
        span = dates.bounds(e.date)
        if span and 0 < (published - span[0]).days <= RETOLD_WITHIN:
            told.append(e)
    out = {}
    for e, sentence in lead:
        if e.dating != "inferred" or e.date != today:
            continue
        stems = {_stem(w) for w in _WORD.findall(sentence.lower())}
        days = {b.date for b in told if b.type == e.type and _stem(b.trigger.lower()) in stems}
        if len(days) == 1:
            (day,) = days
            out[id(e)] = replace(e, date=day, start=day, end=day)
    return out


_WORD = re.compile(r"[a-z]{4,}")


def _stem(word: str) -> str:
    """A word's first five letters: "sentenced" and "sentences" are one."""
    return word[:5]

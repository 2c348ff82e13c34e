"""Recognising one event reported by several articles, so the timeline lists it once.

Two events are the same when they come from different articles, have the same type and a
compatible date (the same value, or one period inside the other), and share an actor or most
of their wording. Each event gets a `cluster` (the id of the first event of its group); the
timeline shows one entry per cluster with every source. `db.index` assigns clusters after
an import.
"""

from __future__ import annotations

import json
import re

from dateline.store.db.models import Event
from dateline.store.extract.actors import actor_matches

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "the a an of to in on at for and or but with from by as that this is was were be been has "
    "have had it its his her their they he she said says will would".split()
)
SIMILAR_WORDING = 0.5  # Jaccard overlap of sentence content words that makes one event
SHARED_ACTOR_WORDING = 0.12  # enough when the reports also share an actor, type and date


def words_of(text: str) -> set[str]:
    """Content words, for comparing two reports' wording."""
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.start is None or b.start is None:
        return False
    if a.dating in ("before", "after") or b.dating in ("before", "after"):
        return a.date == b.date and a.dating == b.dating
    inside = a.start >= b.start and a.end <= b.end or b.start >= a.start and b.end <= a.end
    return a.date == b.date or inside


def _names(actors: str | list[str] | None) -> list[str]:
    """An event's actor names: a stored JSON list, or a list already read."""
    return json.loads(actors or "[]") if isinstance(actors, str) or actors is None else actors


def same_event(a: Event, b: Event, words_a: set[str], words_b: set[str]) -> bool:
    """Are `a` and `b` (with the content words of their sentences) two reports of one event?

    `a` and `b` are events or anything with their fields (`db.index.Report`)."""
    if a.article_id == b.article_id or a.type != b.type or not _dates_compatible(a, b):
        return False
    overlap = len(words_a & words_b) / len(words_a | words_b) if words_a and words_b else 0.0
    if overlap >= SIMILAR_WORDING:
        return True
    if overlap < SHARED_ACTOR_WORDING:  # too little in common even with an actor shared
        return False
    actors_a, actors_b = _names(a.actors), _names(b.actors)
    return any(actor_matches(x, y) or actor_matches(y, x) for x in actors_a for y in actors_b)

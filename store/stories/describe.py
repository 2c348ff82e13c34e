"""What the story list shows of a story: a title in words from its articles, its span and
its main actors, made again for the stories a grouping pass (or `forget`) changed.

Each reads the story's latest `SAMPLE` members only, so describing a story that has grown
to thousands of articles costs what describing a small one does; span and count are
counted by the database from all of its members.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable

from sqlalchemy import select

from dateline.store.db.index import chunks
from dateline.store.db.models import Article, Event
from dateline.store.extract.actors import actor_matches
from dateline.store.stories import tables
from dateline.store.stories.tables import Member

SAMPLE = 12  # latest members a title and actors are chosen from
MAIN_ACTORS = 4  # actors shown
_NAMES_COMPARED = 12  # most shared names matched with each other for spellings of one actor
_HEADLINES_TRIED = 3  # most central headlines, the first naming the main actor is taken
UNTITLED = "(no headline)"  # never "": a story titled "" is one waiting to be described


def headlines(conn, ids: list[int]) -> dict[int, str]:
    a = Article.__table__.c
    out = {}
    for chunk in chunks(ids):
        out.update(conn.execute(select(a.id, a.title).where(a.id.in_(chunk))).all())
    return out


def actor_names(conn, ids: list[int]) -> dict[int, set[str]]:
    """article → the actor names its events give (as spelled)."""
    e = Event.__table__.c
    out: dict[int, set[str]] = {i: set() for i in ids}
    for chunk in chunks(ids):
        for i, names in conn.execute(select(e.article_id, e.actors).where(e.article_id.in_(chunk))):
            out[i].update(json.loads(names or "[]"))
    return out


def main_actors(names_of: list[set[str]], k: int = MAIN_ACTORS) -> list[list[str]]:
    """The actors named by most of the members, each as its spellings (the commonest
    first): "Steve Jobs" and "Jobs", "Apple" and "Apple Inc." are one actor
    (`actor_matches`). Only the most shared names are matched, so it stays cheap."""
    named = Counter(n for names in names_of for n in names)
    ranked = sorted(named, key=lambda n: (-named[n], -len(n), n))[:_NAMES_COMPARED]
    actors: list[list[str]] = []
    for name in ranked:
        same = next(
            (a for a in actors if any(actor_matches(o, name) or actor_matches(name, o) for o in a)),
            None,
        )
        if same is None:
            actors.append([name])
        else:
            same.append(name)

    def members(actor: list[str]) -> int:
        return sum(1 for names in names_of if names.intersection(actor))

    actors.sort(key=members, reverse=True)  # stable: ties keep the commoner spelling first
    return actors[:k]


def _names_it(title: str, spellings: list[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", title, re.I) for s in spellings)


def choose_title(
    members: list[Member], titles: dict[int, str], unit: Callable, actor: list[str]
) -> str:
    """The headline of the most central member (closest to the members' mean), or of one of
    the next most central if it names the main actor and that one does not: "Jobs resigns
    as Apple chief" before "Tech shares fall" for a story about Jobs."""
    vectors = {m.id: unit(m) for m in members if titles.get(m.id)}
    if not vectors:
        return UNTITLED
    centroid: Counter = Counter()
    for vec in vectors.values():
        centroid.update(vec)
    ranked = sorted(
        vectors,
        key=lambda i: (-sum(x * centroid.get(f, 0.0) for f, x in vectors[i].items()), i),
    )
    tried = ranked[:_HEADLINES_TRIED]
    named = [i for i in tried if actor and _names_it(titles[i], actor)]
    return titles[(named or tried)[0]]


def describe(
    conn, story_ids: list[int], unit: Callable[[Member], dict], names_known: dict[int, set[str]]
) -> tuple[list[dict], list[int]]:
    """(rows for `tables.write_descriptions`, ids of stories left without members)."""
    spans = tables.spans(conn, story_ids)
    empty = [s for s in story_ids if s not in spans]
    alive = [s for s in story_ids if s in spans]
    sample = tables.latest_members(conn, alive, SAMPLE)
    ids = [m.id for ms in sample.values() for m in ms]
    titles = headlines(conn, ids)
    names = {i: names_known[i] for i in ids if i in names_known}
    names.update(actor_names(conn, [i for i in ids if i not in names]))
    rows = []
    for s in alive:
        members = sample[s]
        actors = main_actors([names[m.id] for m in members])
        first, last, count = spans[s]
        rows.append(
            {
                "sid": s,
                "title": choose_title(members, titles, unit, actors[0] if actors else []),
                "first": first,
                "last": last,
                "articles": count,
                "actors": json.dumps([a[0] for a in actors], ensure_ascii=False),
            }
        )
    return rows, empty

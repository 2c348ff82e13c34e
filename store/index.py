"""Derived indexes, computed after an import over the events that lack them.

- the actor index (`Actor`, `EventActor`): entity timelines look names up here instead of
  scanning every event;
- duplicate clusters (`Event.cluster`, see `store.merge`): candidates are events of the same
  type and day that share an actor, so the cost per event stays flat as the library grows.

Work is done in batches, each its own transaction; an interrupted pass resumes where it
stopped, because "unindexed" is simply `cluster IS NULL`. Statements are bulk (Core) where
they can be: this runs over every event of a large import.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import bindparam, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from store.merge import same_event, words_of
from store.models import Actor, Event, EventActor, Paragraph

BATCH = 2000
CANDIDATES = 50  # at most this many earlier events (one report each) are compared
_CHUNK = 500  # ids per IN list
_REMEMBERED = 50_000  # sentences kept in memory between batches


def _insert_ignore(session: Session, model):
    """INSERT that skips rows already there (both engines)."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(model).on_conflict_do_nothing()
    return sqlite_insert(model).prefix_with("OR IGNORE")


def _chunks(items: list, size: int = _CHUNK):
    for k in range(0, len(items), size):
        yield items[k : k + size]


def _actor_ids(session: Session, names: set[str]) -> dict[str, int]:
    """Ids for every name, adding the new ones (concurrent imports may add the same)."""
    ids: dict[str, int] = {}
    for chunk in _chunks(sorted(names)):
        ids.update(session.exec(select(Actor.name, Actor.id).where(Actor.name.in_(chunk))).all())
    missing = [{"name": n} for n in names if n not in ids]
    if missing:
        session.connection().execute(_insert_ignore(session, Actor.__table__), missing)
        for chunk in _chunks([m["name"] for m in missing]):
            ids.update(
                session.exec(select(Actor.name, Actor.id).where(Actor.name.in_(chunk))).all()
            )
    return ids


def _claim(session: Session) -> list[Event]:
    """The next batch of unindexed events, held so that a concurrent indexer skips them
    (SQLite: one writer at a time; PostgreSQL: rows locked, others skipped)."""
    query = select(Event).where(Event.cluster.is_(None)).order_by(Event.id).limit(BATCH)
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
    else:
        query = query.with_for_update(skip_locked=True)
    return session.exec(query).all()


class _Sentences:
    """Content words of events' sentences, loaded a paragraph at a time and remembered."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.texts: dict[int, str] = {}
        self._words: dict[int, set[str]] = {}  # event id → words; bounded below

    def preload(self, paragraph_ids: set[int]) -> None:
        wanted = [i for i in paragraph_ids if i not in self.texts]
        for chunk in _chunks(wanted):
            rows = (
                self.session.connection()
                .execute(select(Paragraph.id, Paragraph.text).where(Paragraph.id.in_(chunk)))
                .all()
            )
            self.texts.update(rows)

    def words(self, ev: Event) -> set[str]:
        known = self._words.get(ev.id)
        if known is not None:
            return known
        if ev.paragraph_id not in self.texts:
            self.preload({ev.paragraph_id})
        text = self.texts.get(ev.paragraph_id)
        words = words_of(text[ev.sent_start : ev.sent_end] if text else ev.summary)
        if len(self._words) > _REMEMBERED:
            self._words.clear()
            self.texts.clear()
        self._words[ev.id] = words
        return words


# The first report of every merged event on those days, through the partial index on
# cluster heads: its cost follows the number of distinct events, not of reports.
_DAY_HEADS = """
SELECT x.* FROM _index_days d
JOIN event x ON x.type = d.type AND x.start = d.start AND x.cluster = x.id
"""


def _earlier_by_day(session: Session, batch: list[Event]) -> dict[tuple, list]:
    """For every (type, day) in the batch, the first report of each event indexed on it.

    One set-based query per batch (through the (type, start) index) instead of one per
    event: the statement count, not the rows, is what an indexing pass pays for."""
    days = {(ev.type, ev.start) for ev in batch if ev.start is not None and ev.type != "other"}
    if not days:
        return {}
    conn = session.connection()
    conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS _index_days (type TEXT, start TEXT)"))
    conn.execute(text("DELETE FROM _index_days"))
    conn.execute(
        text("INSERT INTO _index_days (type, start) VALUES (:t, :s)"),
        [{"t": t, "s": d} for t, d in days],
    )
    found: dict[tuple, list] = defaultdict(list)
    for row in conn.execute(text(_DAY_HEADS)):
        found[(row.type, row.start)].append(row)
    conn.execute(text("DELETE FROM _index_days"))
    return found


def index_new_events(session: Session) -> int:
    """Index every event that has no cluster yet; return how many were indexed."""
    done = 0
    sentences = _Sentences(session)
    while True:
        batch = _claim(session)
        if not batch:
            session.rollback()
            return done
        for ev in batch:  # plain records from here: clusters are written in bulk below
            session.expunge(ev)
        names = {ev.id: list(dict.fromkeys(json.loads(ev.actors or "[]"))) for ev in batch}
        ids = _actor_ids(session, {n for ns in names.values() for n in ns})
        links = [{"event_id": e, "actor_id": ids[n]} for e, ns in names.items() for n in ns]
        if links:
            session.connection().execute(_insert_ignore(session, EventActor.__table__), links)
        sentences.preload({ev.paragraph_id for ev in batch})
        library = _earlier_by_day(session, batch)
        sentences.preload({row.paragraph_id for rows in library.values() for row in rows})
        # Reports in this batch are compared with each other as well as with the library.
        in_batch: dict[tuple, list[Event]] = defaultdict(list)
        clusters = []
        for ev in batch:
            cluster = ev.id
            if ev.start is not None and ev.type != "other":
                words = sentences.words(ev)
                earlier = (
                    in_batch[(ev.type, ev.start)]
                    + [
                        row
                        for row in library.get((ev.type, ev.start), ())
                        if row.article_id != ev.article_id
                    ][:CANDIDATES]
                )
                for other in earlier:
                    if same_event(ev, other, words, sentences.words(other)):
                        cluster = other.cluster
                        break
                in_batch[(ev.type, ev.start)].append(ev)
            ev.cluster = cluster
            clusters.append({"eid": ev.id, "c": cluster})
        session.connection().execute(
            update(Event.__table__)
            .where(Event.__table__.c.id == bindparam("eid"))
            .values(cluster=bindparam("c")),
            clusters,
        )
        session.commit()
        done += len(batch)

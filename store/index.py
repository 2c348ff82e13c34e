"""Derived indexes, computed after an import over the events that lack them.

- the actor index (`Actor`, `EventActor`): entity timelines look names up here instead of
  scanning every event;
- duplicate clusters (`Event.cluster`, see `store.merge`): candidates are events of the same
  type and day that share an actor, so the cost per event stays flat as the library grows.

Work is done in batches, each its own transaction; an interrupted pass resumes where it
stopped, because "unindexed" is simply `cluster IS NULL`.
"""

from __future__ import annotations

import json

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from store.merge import same_event, sentence_words
from store.models import Actor, Event, EventActor

BATCH = 2000
CANDIDATES = 50  # at most this many earlier reports are compared with a new one


def _actor_ids(session: Session, names: list[str], cache: dict[str, int]) -> list[int]:
    ids = []
    for name in names:
        if name not in cache:
            row = session.exec(select(Actor).where(Actor.name == name)).first()
            if row is None:
                try:  # another import may add the same name at the same moment
                    with session.begin_nested():
                        row = Actor(name=name)
                        session.add(row)
                except IntegrityError:
                    row = session.exec(select(Actor).where(Actor.name == name)).one()
            cache[name] = row.id
        ids.append(cache[name])
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


def _candidates(session: Session, ev: Event, actor_ids: list[int]) -> list[Event]:
    query = select(Event).where(
        Event.type == ev.type,
        Event.article_id != ev.article_id,
        Event.cluster.is_not(None),
        or_(Event.start == ev.start, Event.date == ev.date),
    )
    if actor_ids:
        shared = select(EventActor.event_id).where(EventActor.actor_id.in_(actor_ids))
        query = query.where(Event.id.in_(shared.scalar_subquery()))
    return session.exec(query.order_by(Event.id.desc()).limit(CANDIDATES)).all()


def index_new_events(session: Session) -> int:
    """Index every event that has no cluster yet; return how many were indexed."""
    done = 0
    cache: dict[str, int] = {}
    while True:
        batch = _claim(session)
        if not batch:
            session.rollback()
            return done
        for ev in batch:
            names = list(dict.fromkeys(json.loads(ev.actors or "[]")))
            actor_ids = _actor_ids(session, names, cache)
            for actor_id in actor_ids:
                session.merge(EventActor(event_id=ev.id, actor_id=actor_id))
            cluster = ev.id
            if ev.start is not None and ev.type != "other":
                words = sentence_words(session, ev)
                for other in _candidates(session, ev, actor_ids):
                    if same_event(ev, other, words, sentence_words(session, other)):
                        cluster = other.cluster
                        break
            session.exec(update(Event).where(Event.id == ev.id).values(cluster=cluster))
            ev.cluster = cluster
        session.commit()
        done += len(batch)

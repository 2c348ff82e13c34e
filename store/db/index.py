"""Derived indexes: the actor index and duplicate clusters.

- the actor index (`Actor`, `EventActor`): entity timelines look names up here instead of
  scanning every event;
- duplicate clusters (`Event.cluster`, see `db.merge`): a new report is compared with the
  first reports ("heads", `cluster = id`) of the events of its type on its day — at most
  `CANDIDATES` of them, the oldest first — so the cost per event stays flat however large
  the library and however often one event is reported.

An import indexes the events it writes in the same transaction (`Indexer.index_new`): they
are stored with their cluster and actor links, never re-read. `index_new_events` is the
catch-up pass for events that lack a cluster — those of a library from an older Dateline,
and reports whose head went away when its article changed. It works in batches, each its
own transaction; an interrupted pass resumes where it stopped, because "unindexed" is simply
`cluster IS NULL`. Both use the same comparison, so the clusters do not depend on how the
events were batched.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from dateline.store.db.heads import DayHeads
from dateline.store.db.merge import dates_better, neighbour_days, same_event, words_of
from dateline.store.db.models import Actor, Event, EventActor
from dateline.store.db.statements import (
    ArticleStatements,
    CoordinatedSayings,
    Headlines,
    KilledInIt,
    ParagraphDetails,
    Retellings,
    SayingsOfADatedLine,
    SentenceLines,
    SentenceSayings,
    SentenceSplits,
    SummedSayings,
    UntypedRetellings,
)
from dateline.store.paragraphs import HEADLINE

BATCH = 2000
CANDIDATES = 50  # at most this many earlier events (one report each) are compared
_CHUNK = 500  # ids per IN list
_REMEMBERED = 20_000  # heads kept in memory between batches (with their words)


def _insert_ignore(conn, model):
    """INSERT that skips rows already there (both engines)."""
    if conn.dialect.name == "postgresql":
        return pg_insert(model).on_conflict_do_nothing()
    return sqlite_insert(model).prefix_with("OR IGNORE")


def fill_temp(conn, table: str, columns: tuple[tuple[str, str], ...], rows: list[tuple]) -> None:
    """Make the temporary `table` of `columns` ((name, SQL type), …) if need be, empty it
    and insert `rows`: straight to the driver on SQLite (a row per tuple), one statement of
    arrays on PostgreSQL (not a round trip a row)."""
    names = ", ".join(name for name, _type in columns)
    typed = ", ".join(f"{name} {kind}" for name, kind in columns)
    conn.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({typed})"))
    conn.execute(text(f"DELETE FROM {table}"))
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
    elif conn.dialect.name == "postgresql":
        arrays = ", ".join(
            f"CAST(:c{k} AS {kind.lower()}[])" for k, (_n, kind) in enumerate(columns)
        )
        values = {f"c{k}": list(column) for k, column in enumerate(zip(*rows, strict=True))}
        conn.execute(text(f"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays})"), values)
    else:
        binds = ", ".join(f":c{k}" for k in range(len(columns)))
        conn.execute(
            text(f"INSERT INTO {table} ({names}) VALUES ({binds})"),
            [{f"c{k}": v for k, v in enumerate(row)} for row in rows],
        )


def chunks(items: list, size: int = _CHUNK):
    """`items` in slices of `size`: one IN list each."""
    for k in range(0, len(items), size):
        yield items[k : k + size]


def _stored_actor_ids(conn, names: list[str]) -> dict[str, int]:
    """name → id of those of `names` already in the actor table."""
    table = Actor.__table__
    by_name = select(table.c.name, table.c.id)
    found: dict[str, int] = {}
    for chunk in chunks(names):
        found.update(conn.execute(by_name.where(table.c.name.in_(chunk))).all())
    return found


@dataclass(slots=True)
class Report:
    """What comparing one event with another needs (a plain record, no ORM state)."""

    id: int
    article_id: int
    type: str
    date: str | None
    start: str | None
    end: str | None
    dating: str
    actors: list[str] | tuple[str, ...]  # each name once
    sentence: str
    cluster: int | None = None
    trigger: str = ""  # the word that reports it ("resigned"): one verb, one happening
    paragraph: int | None = None  # its paragraph's id: details told beside it join it
    headline: bool = False  # told by the headline: it restates an event of its lead
    speaker: str | None = None  # a saying's speaker (`Event.speaker`)
    summary: str = ""  # the line the timeline shows for it (`Event.summary`)
    words: frozenset[str] = field(init=False)  # the sentence's content words, for comparing
    row: tuple | None = field(default=None, compare=False, repr=False)  # as read, if stored

    def __post_init__(self) -> None:
        self.words = words_of(self.sentence)

    @property
    def comparable(self) -> bool:
        return self.start is not None and self.type != "other"


# An event as `report_of` reads it: its fields, its sentence, its paragraph's kind
REPORT_COLUMNS = (
    'x.id, x.article_id, x.type, x.date, x.start, x."end", x.dating, x.actors, x.cluster, '
    "substr(p.text, x.sent_start + 1, x.sent_end - x.sent_start) AS sentence, x.trigger, "
    "x.paragraph_id, p.kind, x.speaker, x.summary"
)
# The first heads of every (type, day) in `_index_days`, oldest first, through the partial
# index on heads: its cost follows the number of days asked for, not the library's size.
_DAY_HEADS = f"""
SELECT {REPORT_COLUMNS} FROM _index_days d
JOIN event x ON x.id IN (
    SELECT h.id FROM event h
    WHERE h.type = d.type AND h.start = d.start AND h.cluster = h.id
    ORDER BY h.id LIMIT :n)
JOIN paragraph p ON p.id = x.paragraph_id
"""
# PostgreSQL runs the `IN (… LIMIT)` above as a subplan per event of the library and day
# (89 s at 15,000 events): a LATERAL join asks the heads index once per day instead.
_DAY_HEADS_PG = f"""
SELECT {REPORT_COLUMNS} FROM _index_days d
CROSS JOIN LATERAL (
    SELECT h.* FROM event h
    WHERE h.type = d.type AND h.start = d.start AND h.cluster = h.id
    ORDER BY h.id LIMIT :n) x
JOIN paragraph p ON p.id = x.paragraph_id
"""
_UNINDEXED = f"""
SELECT {REPORT_COLUMNS} FROM event x JOIN paragraph p ON p.id = x.paragraph_id
WHERE x.cluster IS NULL ORDER BY x.id LIMIT :n
"""


def report_of(row: tuple) -> Report:
    """A stored event (a row of `REPORT_COLUMNS`) as a `Report`."""
    eid, art, type_, date, start, end, dating, actors, cluster, text, trig = row[:11]
    para, kind, who, line = row[11:]
    names = list(dict.fromkeys(json.loads(actors or "[]")))
    fields = (eid, art, type_, date, start, end, dating, names, text or "", cluster)
    return Report(
        *fields,
        trigger=trig or "",
        paragraph=para,
        headline=kind == HEADLINE,
        speaker=who,
        summary=line or "",
    )


class Indexer:
    """Clusters and actor links for new events, with what it learns kept between batches:
    actor ids (once the batch that added them commits) and the heads it has read."""

    def __init__(self) -> None:
        self._actor_ids: dict[str, int] = {}
        self._new_actor_ids: dict[str, int] = {}
        # stored heads already read (with their words), by their whole row: a head is asked
        # for by batch after batch, and an equal row is the same report (whatever ids reuse)
        self._heads_read: dict[tuple, Report] = {}
        # the days' heads as the last committed batch left them (SQLite: see `db.heads`)
        # a few more than compared: an unindexed event's own article may hold some of them
        self._days = DayHeads(CANDIDATES + 8)
        self._added: list[Report] = []  # the batch under way: its new heads
        self._removed: list[Report] = []  # and the heads that gave way to its reports

    # -- transactions ------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Around one write transaction (commit inside): actor ids it added are kept once it
        has committed, and forgotten if it fails (their rows were rolled back)."""
        try:
            yield
        except BaseException:
            self._new_actor_ids.clear()
            self._days.failed()
            self._added, self._removed = [], []
            raise
        self._actor_ids.update(self._new_actor_ids)
        self._new_actor_ids.clear()
        self._days.committed(self._added, self._removed)
        self._added, self._removed = [], []

    def forget_heads(self) -> None:
        """Events were deleted in this transaction (an article replaced): the heads kept
        from earlier batches may hold some of them."""
        self._days.forget()

    # -- actors ------------------------------------------------------------------------

    def actor_ids(self, conn, names: set[str]) -> dict[str, int]:
        """Ids for every name, adding the new ones (concurrent imports may add the same)."""
        ids = {n: self._actor_ids[n] for n in names if n in self._actor_ids}
        ids.update((n, self._new_actor_ids[n]) for n in names if n in self._new_actor_ids)
        wanted = sorted(n for n in names if n not in ids)
        if not wanted:
            return ids
        found = _stored_actor_ids(conn, wanted)
        missing = [n for n in wanted if n not in found]
        if missing:
            conn.execute(_insert_ignore(conn, Actor.__table__), [{"name": n} for n in missing])
            found.update(_stored_actor_ids(conn, missing))
        self._new_actor_ids.update(found)
        ids.update(found)
        return ids

    def links(self, conn, reports: list[Report]) -> list[tuple[int, int]]:
        """(event_id, actor_id) rows for the reports' actors."""
        ids = self.actor_ids(conn, {n for r in reports for n in r.actors})
        return [(r.id, ids[n]) for r in reports for n in r.actors]

    # -- clusters ----------------------------------------------------------------------

    def _heads(self, conn, days: set[tuple[str, str]]) -> dict[tuple, list[Report]]:
        """For every (type, day), its first heads in the library (oldest first): those kept
        from earlier batches, the others read."""
        found: dict[tuple, list[Report]] = defaultdict(list)
        if not days:
            return found
        unread = self._days.unread(conn, days)
        read = self._read_heads(conn, unread)
        for day in unread:
            self._days.add_read(day, read.get(day, []))
        for day in days:
            found[day] = self._days.view(day)
        return found

    def _read_heads(self, conn, days: set[tuple[str, str]]) -> dict[tuple, list[Report]]:
        """For every (type, day), its first heads as the library holds them (oldest first)."""
        found: dict[tuple, list[Report]] = defaultdict(list)
        if not days:
            return found
        fill_temp(conn, "_index_days", (("type", "TEXT"), ("start", "TEXT")), list(days))
        query = _DAY_HEADS_PG if conn.dialect.name == "postgresql" else _DAY_HEADS
        # as many as `DayHeads` counts a day whole by: fewer rows than that is all of it
        rows = [tuple(row) for row in conn.execute(text(query), {"n": self._days.first})]
        conn.execute(text("DELETE FROM _index_days"))
        if len(self._heads_read) > _REMEMBERED:
            self._heads_read.clear()
        rows.sort(key=itemgetter(0))  # by id
        for row in rows:
            head = self._heads_read.get(row)
            if head is None:
                head = self._heads_read[row] = report_of(row)
                head.row = row
            found[(head.type, head.start)].append(head)
        return found

    def cluster(self, conn, reports: list[Report]) -> None:
        """Set `cluster` on each report (in id order): the head of the first earlier report
        of the same event, else its own id. Reports are compared with the library's heads
        and with the heads among the reports before them."""
        # an inferred date may be a day or two off the event's: its neighbours' heads too
        heads = self._heads(
            conn,
            {(r.type, day) for r in reports if r.comparable for day in _days_of(r)},
        )
        # A new head joins its day's list only once a report of another article comes:
        # its own article's reports would skip it anyway, and walking past them made one
        # huge article (a 10 MB paragraph: thousands of same-day reports) quadratic.
        waiting: list[tuple[list, Report]] = []
        article = None
        statements = ArticleStatements()
        splits = SentenceSplits()
        lines = SentenceLines(reports)
        sayings = SentenceSayings(reports)
        dated_lines = SayingsOfADatedLine(reports)
        coordinated = CoordinatedSayings(reports)
        headlines = Headlines()
        retold = Retellings(reports)
        summed = SummedSayings(reports)
        untyped = UntypedRetellings()
        killed = KilledInIt(reports)
        details = ParagraphDetails()
        for r in reports:
            r.cluster = r.id
            detail = details.told_by(r)
            if lines.told_by(r) is not None:
                continue  # "had long fretted", the line of "made it known" (joined below)
            told = splits.told_by(r) or headlines.restated(r)
            if told is not None:  # "The van hit a deer on Friday and was towed away"; or
                # "Boeing unveils new 787 Dreamliner" over "Boeing has unveiled its 787"
                r.cluster = told.cluster
                continue
            if detail is not None:  # "A van … hit a moose on May 2. The van was towed away"
                r.cluster = detail.cluster
                continue
            if retold.dated(r) or summed.dated(r) or killed.dated(r):
                continue  # "Reed was jailed": the sentencing dated later on (below)
            if not r.comparable:
                if r.start is not None:
                    statements.saw(r)  # "A 2011 study … tracked": its authors speak later
                    again = untyped.told_before(r)  # "found 300 kilos of heroin … on
                    if again is not None:  # Friday, May 6", and so again further on
                        r.cluster = again.cluster
                elif r.type == "statement":  # a page of no date: its speaker's quotes
                    first = statements.first_of(r)  # are one undated statement
                    if first is not None:
                        r.cluster = first.cluster
                continue
            first = statements.first_of(r)
            if first is not None:  # "…," Ortiz said. "…," she added: one statement
                r.cluster = first.cluster
                continue
            if r.article_id != article:
                for day, head in waiting:
                    day.append(head)
                waiting.clear()
                article = r.article_id
            day = heads[(r.type, r.start)]
            near = [h for d in _days_of(r) if d != r.start for h in heads.get((r.type, d), ())]
            compared = 0
            reheaded = False  # r took over another article's cluster: stored rows point at it
            for other in (day + near) if near else day:
                if other.article_id == r.article_id or other.id == r.id:
                    continue
                if same_event(r, other, r.words, other.words):
                    if dates_better(r, other):  # r heads the cluster from now on
                        self._rehead(conn, other, r, reports, heads)
                        waiting = [(d, h) for d, h in waiting if h is not other]
                        reheaded = True
                    else:
                        r.cluster = other.cluster
                    break
                compared += 1
                if compared == CANDIDATES:
                    break
            if r.cluster == r.id:
                waiting = [*waiting, (day, r)] if reheaded else _retold(r, day, waiting)
        for day, head in waiting:
            day.append(head)
        lines.join(reports)
        _join_retellings(reports, retold)
        _join_retellings(reports, summed)  # "Alder has urged …": her Sunday address
        _join_retellings(reports, killed)  # "The Brigade killed 40 on October 9": its attack
        sayings.join(reports)  # "…, officials said": the sentence's saying
        # "The mill closed in March 2019, officials said": the closing's entry
        dated_lines.join(reports, {h.cluster for h in self._removed})
        coordinated.join(reports)  # "… warned that …, and asked for …": one saying
        self._added += [r for r in reports if r.comparable and r.cluster == r.id]

    def _rehead(self, conn, head: Report, new: Report, reports: list[Report], heads: dict) -> None:
        """Make `new` the head of `head`'s cluster: every stored member and every report of
        this batch that joined it now points at `new`, and `head` leaves the head lists."""
        old = head.cluster
        table = Event.__table__
        conn.execute(update(table).where(table.c.cluster == old).values(cluster=new.id))
        for r in reports:
            if r.cluster == old:
                r.cluster = new.id
        head.cluster = new.id
        new.cluster = new.id
        self._removed.append(head)
        day = heads.get((head.type, head.start), [])  # the one list a head is in
        for k, other in enumerate(day):
            if other is head:  # by identity: comparing reports field by field was slow
                del day[k]
                break
        if head.row is not None and self._heads_read.get(head.row) is head:
            del self._heads_read[head.row]  # not a scan of every head read (20,000)

    def index_new(self, conn, reports: list[Report]) -> list[tuple[int, int]]:
        """Clusters for events about to be inserted, and their actor links to insert."""
        self.cluster(conn, reports)
        return self.links(conn, reports)


def _join_retellings(
    reports: list[Report], retold: Retellings | SummedSayings | KilledInIt
) -> None:
    """Each retelling (and what joined it: its sentence's second verb, its headline) joins
    the cluster of the dated report it retells, once that one's cluster is known."""
    moved = {}
    for r in reports:
        dated = retold.dated(r)
        if dated is not None:
            moved[r.id] = dated.cluster
    if moved:
        for r in reports:
            r.cluster = moved.get(r.cluster, r.cluster)


def _retold(r: Report, day: list, waiting: list[tuple[list, Report]]) -> list[tuple[list, Report]]:
    """`waiting` once `r` (a head so far) has joined the report its own article told the
    happening by before, if any ("Version 2.0 of the app was released on March 3, 2011", said again
    three paragraphs on), else with `r` as a head of its own. Only a report no better dated
    joins: the first report may head a cluster other articles' stored reports point at, so
    it keeps heading it (a better-dated retelling stays an entry of its own)."""
    if r.type == "statement":  # sayings join by speaker alone (`ArticleStatements`): two
        # speakers quoted on one debate are two sayings, however alike their words
        return [*waiting, (day, r)]
    compared = 0
    for k in range(len(waiting) - 1, -1, -1):
        _day, head = waiting[k]
        if head.type != r.type:
            continue
        if same_event(r, head, r.words, head.words, within=True):
            if not dates_better(r, head):
                r.cluster = head.cluster
                return waiting
            break
        compared += 1
        if compared == CANDIDATES:
            break
    return [*waiting, (day, r)]


def _days_of(r: Report) -> tuple[str, ...]:
    """The days whose heads a report is compared with: its own, and for a one-day date its
    neighbours (an inferred report, or an explicit one an inferred report may match)."""
    if r.start is None:
        return ()
    if r.start == r.end and r.dating in ("explicit", "inferred"):
        return neighbour_days(r.start)
    return (r.start,)


def _claim(session: Session, indexer: Indexer) -> list[Report]:
    """The next batch of unindexed events, held so that a concurrent indexer skips them
    (SQLite: one writer at a time; PostgreSQL: rows locked, others skipped)."""
    conn = session.connection()
    query = _UNINDEXED
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        query += " FOR UPDATE OF x SKIP LOCKED"
    return [report_of(tuple(row)) for row in conn.execute(text(query), {"n": BATCH})]


def index_new_events(session: Session, indexer: Indexer | None = None) -> int:
    """Index every event that has no cluster yet; return how many were indexed."""
    done = 0
    indexer = indexer or Indexer()
    while True:
        batch = _claim(session, indexer)
        if not batch:
            session.rollback()
            return done
        conn = session.connection()
        with indexer.transaction():
            links = indexer.links(conn, batch)
            if links:
                conn.execute(
                    _insert_ignore(conn, EventActor.__table__),
                    [{"event_id": e, "actor_id": a} for e, a in links],
                )
            indexer.cluster(conn, batch)
            conn.execute(
                update(Event.__table__)
                .where(Event.__table__.c.id == bindparam("eid"))
                .values(cluster=bindparam("c")),
                [{"eid": r.id, "c": r.cluster} for r in batch],
            )
            session.commit()
        done += len(batch)

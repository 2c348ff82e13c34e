"""One event that articles report on different days, and the entries whose sources disagree
on its date.

The day-by-day index (`db.index`) compares a new report with the heads of its own day and
the neighbouring days, so it never joins two reports whose dates conflict ("the ferry
strike began on Monday" and "... on Tuesday"), nor a day and the month or year around it
("launched the store on April 28, 2003" and "launched the store in 2003"). This pass does,
right after an import, for the reports its articles added (`link_new_reports`):

- `same_event_any_day`: two reports of different articles are one event, whatever their
  dates: same type and verb, a shared actor, dates within `WINDOW_DAYS`, and the same named
  object or most of their wording besides the dates';
- `retold_with_other_date`: within one article, a happening told again with another
  explicit date (a lead's "on Tuesday", a later paragraph's "on Monday"), much stricter;
- `dates_conflict` / `holds_conflict`: when two reports of one type in one entry disagree on
  its date (a saying joined to what it reports carries two happenings' dates by design),
  which marks the entry's head (`Event.conflict`);
- `entry_date`: the entry's best-supported date and why, which picks the head (the timeline
  is ordered by its head's date, so the head is the entry's date).

It is not part of the import, whose speed it would halve: a report is compared with up to
`MAX_CANDIDATES` heads found through the actor index, in one query per batch of articles.
Running it again on the same articles joins and flags nothing new.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.engine import Connection, Engine

from dateline.store.db.index import REPORT_COLUMNS, Report, _days_of, fill_temp, report_of
from dateline.store.db.merge import (
    INFERRED_SLACK,
    _dates_compatible,
    _either_matches,
    _ordinal,
    _overlap,
    _same_people,
    stem,
)
from dateline.store.db.models import Actor, Event
from dateline.store.extract.actors import name_keys
from dateline.store.extract.lexicon import DATE_TALK, OBJECT_OPENERS

# --- when two dates conflict --------------------------------------------------------------

# An inferred date is the day an article came out: it may follow the event by
# `INFERRED_SLACK` days ("Jobs resigned", reported undated the next day), and come this many
# days before an explicit date (a time zone, a report filed late at night)
INFERRED_EARLY = 1
TOLD = ("explicit", "inferred")  # datings that can conflict: a bound contradicts nothing


def _told_apart(dating_a: str, a: tuple[str, str], dating_b: str, b: tuple[str, str]) -> bool:
    """Do two dates, each a dating and its (first, last) day, contradict each other? Two
    explicit ones when their days do not overlap; an explicit and an inferred one when the
    inferred lies wholly beyond the slack around the explicit; two inferred ones never."""
    if dating_a not in TOLD or dating_b not in TOLD or dating_a == dating_b == "inferred":
        return False
    (a0, a1), (b0, b1) = (_ordinal(a[0]), _ordinal(a[1])), (_ordinal(b[0]), _ordinal(b[1]))
    if dating_a == dating_b:
        return a1 < b0 or b1 < a0
    (t0, t1), (g0, g1) = ((a0, a1), (b0, b1)) if dating_a == "explicit" else ((b0, b1), (a0, a1))
    return g1 < t0 - INFERRED_EARLY or g0 > t1 + INFERRED_SLACK


def dates_conflict(a, b) -> bool:
    """Do two reports of one event give it contradicting dates?

    - A bound ("before May 2020") or a missing date contradicts nothing.
    - Two inferred dates never conflict: both are the days articles came out.
    - Two explicit dates conflict when their days do not overlap: "April 28, 2003" and
      "2003" agree (a day inside its year), "Tuesday" and "Wednesday" do not (no slack: an
      explicit date is a claim).
    - An explicit and an inferred date conflict when the inferred day lies more than
      `INFERRED_EARLY` days before the explicit one or more than `INFERRED_SLACK` after
      it: the article published the day after a strike began is no contradiction, one
      published a week later that dates it by its publication is.
    - Within one article only two explicit dates conflict: an article that dates a
      happening in one place and leaves it to be guessed in another does not contradict
      itself.

    `a` and `b` are events or anything with their fields (`db.index.Report`)."""
    if a.start is None or b.start is None:
        return False
    if a.article_id == b.article_id and a.dating != b.dating:
        return False
    return _told_apart(a.dating, (a.start, a.end), b.dating, (b.start, b.end))


def holds_conflict(reports: Iterable) -> bool:
    """Do two reports of one type among these conflict (`dates_conflict`)? Compared by
    their distinct dates, each with the articles that give it: an event a thousand articles
    report is told with a handful of dates."""
    told: dict[tuple, set[int]] = defaultdict(set)
    for r in reports:
        if r.start is not None and r.dating in TOLD:
            told[(r.type, r.dating, r.start, r.end)].add(r.article_id)
    keys = list(told)
    for k, a in enumerate(keys):
        for b in keys[k + 1 :]:
            if a[0] != b[0] or not _told_apart(a[1], a[2:], b[1], b[2:]):
                continue
            # an explicit and an inferred date conflict only from two articles
            if a[1] == b[1] or not (len(told[a]) == 1 and told[a] == told[b]):
                return True
    return False


def day_gap(a: Report, b: Report) -> int:
    """Days between two reports' periods (0 when they overlap)."""
    a0, a1, b0, b1 = (_ordinal(d) for d in (a.start, a.end, b.start, b.end))
    return max(0, b0 - a1, a0 - b1)


# --- one event on any day -----------------------------------------------------------------

WINDOW_DAYS = 400  # farthest apart two reports' dates may be (a year misprinted, a year off)
NEAR_DAYS = 7  # within a week of each other, `NEAR_WORDING` of the wording is asked for
NEAR_WORDING = 0.35
# Beyond it, wording is not enough however much of it two reports share: "Mayor Anna Berg
# met shopkeepers of Alden on January 1" and "... of Brora on June 6" are two meetings, a
# company's yearly "unveiled its new phone at the developers' conference" two launches;
# only the same named object makes reports weeks apart one event ("launched the Orbit
# Music Store" on April 28 and in 2003).
RETOLD_OTHER_DAY = 0.6  # within one article: a sentence told again, but for its date
OBJECT_WORDS = 3  # words of what the verb was done to that two reports must share
UNJOINED_TYPES = frozenset({"other"})  # a verb of no type tells anything


def _date_words(r: Report) -> set[str]:
    """The numbers a report's own date is written with ("28", "2003", "03")."""
    out = set()
    for day in (r.start, r.end):
        if day:
            year, _month, number = (day.split("-") + ["", ""])[:3]
            out |= {year, number, number.lstrip("0"), year[2:]}
    return out


def overlap(a: Report, b: Report) -> float:
    """Jaccard overlap of two reports' content words, without the words either date is
    written in: "The strike began on March 5" shares no less with "The strike began on March
    3" than with "The strike began this week"."""
    dates = DATE_TALK | _date_words(a) | _date_words(b)
    return _overlap(a.words - dates, b.words - dates)


def _shares_actor(a: Report, b: Report) -> bool:
    return any(_either_matches(x, y) for x in a.actors for y in b.actors)


def _same_speaker(a: Report, b: Report) -> bool:
    """Two sayings are one only when one speaker made both (their first actor)."""
    if a.type != "statement":
        return True
    return bool(a.actors and b.actors) and _either_matches(a.actors[0], b.actors[0])


def _alike(a: Report, b: Report) -> bool:
    """Same type (one that tells something) and the same verb's stem ("resigned",
    "resignation")."""
    if a.type != b.type or a.type in UNJOINED_TYPES:
        return False
    return bool(a.trigger and b.trigger) and stem(a.trigger) == stem(b.trigger)


def same_event_any_day(a: Report, b: Report) -> bool:
    """Are `a` and `b`, of different articles, one event though the day-by-day index never
    compares them (their dates conflict, or one is a period around the other's day)? Same
    type and verb stem; a shared actor (a saying: the same speaker); dates at most
    `WINDOW_DAYS` apart; and either the same named object ("Acme launched the Orbit Music
    Store on April 28" and "Acme launched the Orbit Music Store in 2003") or, within
    `NEAR_DAYS` and unless they name different ones ("... launched the Vane Express"),
    `NEAR_WORDING` of their wording besides the dates'."""
    if a.article_id == b.article_id or not _alike(a, b):
        return False
    if a.start is None or b.start is None:
        return False
    gap = day_gap(a, b)
    if gap > WINDOW_DAYS or not _same_speaker(a, b) or not _shares_actor(a, b):
        return False
    told, other = named_object(a), named_object(b)
    if told is not None and told == other:
        return True
    if told is not None and other is not None and told[0] != other[0]:
        return False  # "launched the Orbit Music Store", "launched the Vane Express"
    return gap <= NEAR_DAYS and overlap(a, b) >= NEAR_WORDING


_TOKENS = re.compile(r"[A-Za-z0-9][\w'’&.-]*|[^\w\s]")


def named_object(r: Report) -> tuple[str, ...] | None:
    """The `OBJECT_WORDS` words after the report's verb, past determiners ("launched the
    Orbit Music Store" → orbit, music, store), when the first is a name (not all lower
    case: "iPod" is one) and none is punctuation: what the verb was done to. None
    otherwise: a common noun ("opened a new depot") is told of many events."""
    words = _TOKENS.findall(r.sentence)
    lower = [w.lower() for w in words]
    trigger = r.trigger.lower()
    if trigger not in lower:
        return None
    after = words[lower.index(trigger) + 1 :]
    while after and after[0].lower() in OBJECT_OPENERS:
        after = after[1:]
    told = after[:OBJECT_WORDS]
    if len(told) < OBJECT_WORDS or told[0] == told[0].lower():  # "iTunes" is a name
        return None
    if not all(w[0].isalnum() for w in told):  # "Store, which" ends it too soon
        return None
    return tuple(w.lower() for w in told)


def retold_with_other_date(a: Report, b: Report) -> bool:
    """Within one article: is `b` the happening `a` told, given another explicit date ("The
    ferry strike began on Tuesday" in the lead, "The ferry strike began on Monday" further
    on)? Within an article most sentences of one verb are other happenings (a police
    blotter's arrests, a company's yearly launches), so: both dated explicitly and in
    conflict, other sentences, same type and verb stem, the same people (neither names
    someone the other does not, at least one named), and `RETOLD_OTHER_DAY` of the
    wording."""
    if a.article_id != b.article_id or a.sentence == b.sentence or not _alike(a, b):
        return False
    if a.dating != "explicit" or b.dating != "explicit" or not dates_conflict(a, b):
        return False
    if not a.actors or not b.actors or not _same_people(list(a.actors), list(b.actors)):
        return False
    return day_gap(a, b) <= WINDOW_DAYS and overlap(a, b) >= RETOLD_OTHER_DAY


# --- the entry's date ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dated:
    """One report's date, as choosing an entry's date needs it."""

    id: int
    type: str
    date: str | None
    start: str | None
    end: str | None
    dating: str
    published: str | None  # its article's publication day
    article_id: int = 0


def _inside(inner: Dated, outer: Dated) -> bool:
    """Do `outer`'s days hold all of `inner`'s ("2003" holds "2003-04-28")?"""
    return outer.start <= inner.start and inner.end <= outer.end


def entry_date(reports: Sequence[Dated]) -> tuple[Dated, str]:
    """The report whose date an entry takes, and why ("3 of 4 explicit reports"; "" for a
    single report): explicit dates over inferred ones; then the date most reports support,
    a period supporting the days inside it ("2003" supports "April 28, 2003"); then the
    most precise; then the earliest published report's."""
    if len(reports) == 1:
        return reports[0], ""
    explicit = [r for r in reports if r.dating == "explicit" and r.start is not None]
    inferred = [r for r in reports if r.dating == "inferred" and r.start is not None]
    pool = explicit or inferred
    if not pool:  # bounds or no dates: the most precise, then the first published
        return min(reports, key=_precise_first), ""
    by_date = {}
    for r in sorted(pool, key=_precise_first):
        by_date.setdefault(r.date, r)  # each date's most precise, first published report
    votes = Counter(r.date for r in pool)
    support = {
        d: sum(n for e, n in votes.items() if _inside(by_date[d], by_date[e])) for d in by_date
    }
    best = max(support.values())
    tied = sorted((by_date[d] for d in by_date if support[d] == best), key=_precise_first)
    chosen = tied[0]
    kind = "explicit" if explicit else "inferred"
    if explicit and inferred and best == len(pool) == 1:
        return chosen, "explicit over inferred"
    why = f"{best} of {len(pool)} {kind} reports"
    if explicit and inferred:
        why += ", explicit over inferred"
    if len(tied) > 1:
        precise = _span(tied[0]) < _span(tied[1])
        why += f", tied with {tied[1].date}: " + (
            "the more precise" if precise else "the first published"
        )
    return chosen, why


def _span(r: Dated) -> int:
    return _ordinal(r.end or r.start or "") - _ordinal(r.start or "")


def _precise_first(r: Dated) -> tuple:
    """The shortest period first, then the earliest published, then the first stored."""
    return (r.start is None, _span(r) if r.start else 0, r.published or "9999", r.id)


# --- the pass after an import -------------------------------------------------------------

MAX_CANDIDATES = 30  # heads compared per new report, the nearest in date first
ACTOR_HEADS = 4 * MAX_CANDIDATES  # heads read per actor a report names, to choose them from
BATCH_ARTICLES = 200  # articles linked per transaction
_CHUNK = 500  # ids per IN list


@dataclass(frozen=True)
class LinkReport:
    """What `link_new_reports` did: reports joined to another entry, entries of the given
    articles whose sources disagree on the date, pairs of reports compared."""

    joined: int = 0
    conflicts: int = 0
    compared: int = 0

    def __add__(self, other: LinkReport) -> LinkReport:
        return LinkReport(
            self.joined + other.joined,
            self.conflicts + other.conflicts,
            self.compared + other.compared,
        )


def link_new_reports(engine: Engine, article_ids: Iterable[int]) -> LinkReport:
    """Join the reports of these articles (just imported) to the entries of other days they
    report, flag the entries they are in whose reports' dates conflict, and give those
    entries their best-supported head. One transaction per `BATCH_ARTICLES` articles;
    running it again on the same articles changes nothing."""
    ids = sorted(set(article_ids))
    done = LinkReport()
    actors = _actor_index(engine)
    for k in range(0, len(ids), BATCH_ARTICLES):
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":  # the write lock now, not midway
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            actors.refresh(conn)
            done += _link_batch(conn, actors, ids[k : k + BATCH_ARTICLES])
            conn.commit()
    return done


class ActorIndex:
    """The library's actor names by their `name_keys`: which stored names may refer to the
    one a report names ("Jobs", "Steve Jobs"). Read whole the first time, then only the
    names added since (names are only ever added), and kept with the engine."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._names: dict[int, str] = {}
        self._last = 0
        self._found: dict[str, tuple[int, ...]] = {}

    def refresh(self, conn: Connection) -> None:
        table = Actor.__table__
        rows = conn.execute(
            select(table.c.id, table.c.name).where(table.c.id > self._last).order_by(table.c.id)
        ).all()
        for actor_id, name in rows:
            self._names[actor_id] = name
            for key in name_keys(name):
                self._by_key[key].append(actor_id)
        if rows:
            self._last = rows[-1][0]
            self._found.clear()

    def ids(self, name: str) -> tuple[int, ...]:
        """Ids of the stored names that refer to `name`, or it to them (`actor_matches`)."""
        found = self._found.get(name)
        if found is None:
            near = {i for key in name_keys(name) for i in self._by_key.get(key, ())}
            found = tuple(sorted(i for i in near if _either_matches(name, self._names[i])))
            self._found[name] = found
        return found


_ACTOR_INDEXES: weakref.WeakKeyDictionary[Engine, ActorIndex] = weakref.WeakKeyDictionary()


def _actor_index(engine: Engine) -> ActorIndex:
    if engine not in _ACTOR_INDEXES:
        _ACTOR_INDEXES[engine] = ActorIndex()
    return _ACTOR_INDEXES[engine]


class _Joins:
    """Clusters joined in this batch: each absorbed cluster → the one it joined."""

    def __init__(self) -> None:
        self.into: dict[int, int] = {}

    def find(self, cluster: int) -> int:
        while cluster in self.into:
            cluster = self.into[cluster]
        return cluster

    def join(self, cluster: int, other: int) -> None:
        self.into[self.find(cluster)] = self.find(other)


def _link_batch(conn: Connection, actors: ActorIndex, article_ids: list[int]) -> LinkReport:
    """`link_new_reports` for one batch of articles, in the caller's transaction."""
    reports = _read_reports(conn, "x.article_id", article_ids)
    joins = _Joins()
    compared = 0
    alone = _alone(conn, reports)
    candidates = _candidates(conn, alone, actors)
    for r in alone:
        for o in candidates.get(r.id, ()):
            if joins.find(o.cluster) == joins.find(r.cluster) or _index_compares(r, o):
                continue
            compared += 1
            if same_event_any_day(o, r):
                joins.join(r.cluster, o.cluster)
                break
    for a, b in _retold_pairs(reports):
        if joins.find(a.cluster) != joins.find(b.cluster):
            compared += 1
            if retold_with_other_date(a, b):
                joins.join(b.cluster, a.cluster)
    _move(conn, {old: joins.find(old) for old in joins.into})
    touched = {joins.find(r.cluster) for r in reports if r.cluster is not None}
    flagged = _settle(conn, touched, {joins.find(c) for c in joins.into})
    return LinkReport(len(joins.into), flagged, compared)


def _read_reports(conn: Connection, column: str, ids: list[int]) -> list[Report]:
    """The events whose `column` (x.article_id, x.id) is one of `ids`, as reports, by id."""
    found = []
    for k in range(0, len(ids), _CHUNK):
        query = text(
            f"SELECT {REPORT_COLUMNS} FROM event x JOIN paragraph p ON p.id = x.paragraph_id "
            f"WHERE {column} IN :ids"
        ).bindparams(bindparam("ids", expanding=True))
        found += [
            report_of(tuple(row)) for row in conn.execute(query, {"ids": ids[k : k + _CHUNK]})
        ]
    return sorted(found, key=lambda r: r.id)


def _alone(conn: Connection, reports: list[Report]) -> list[Report]:
    """The reports that head an entry no other article reports (only their own article's
    reports joined them): those the day-by-day index left alone, which this pass compares
    with other days'. A report whose entry another article joined was compared already."""
    heads = [r for r in reports if r.cluster == r.id and r.comparable]
    joined: set[int] = set()
    for k in range(0, len(heads), _CHUNK):
        query = text(
            "SELECT DISTINCT m.cluster FROM event m JOIN event h ON h.id = m.cluster "
            "WHERE m.cluster IN :ids AND m.article_id != h.article_id"
        ).bindparams(bindparam("ids", expanding=True))
        joined.update(conn.execute(query, {"ids": [r.id for r in heads[k : k + _CHUNK]]}).scalars())
    return [r for r in heads if r.id not in joined]


def _index_compares(r: Report, o: Report) -> bool:
    """Does the day-by-day index compare `r` with `o` itself (compatible dates on the days
    it looks up for `r`)? Then its answer stands."""
    return _dates_compatible(r, o) and o.start in _days_of(r)


def _retold_pairs(reports: list[Report]) -> Iterable[tuple[Report, Report]]:
    """Pairs of one article's explicitly dated reports of one type and verb, each report
    with the `MAX_CANDIDATES` told before it: what `retold_with_other_date` compares."""
    told: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        if r.dating == "explicit" and r.comparable and r.trigger:
            told[(r.article_id, r.type, stem(r.trigger))].append(r)
    for group in told.values():
        for k, b in enumerate(group):
            for a in group[max(0, k - MAX_CANDIDATES) : k]:
                yield a, b


def _shifted(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return "0001-01-01" if days < 0 else "9999-12-31"


# Per wanted (report, actor), the first `:n` heads among the actor's events that fit: a
# frequent actor ("iPhone" in 11,000 events of a 10,000-article library) would otherwise
# bring back thousands of rows per report. From the actor's events to the events, which
# CROSS JOIN keeps SQLite to (left to itself it walked every head of the type up to the
# window's end for each row); PostgreSQL the same through LATERAL.
_HEAD_FITS = """ea.actor_id = w.actor AND h.id = ea.event_id
    AND h.cluster = h.id AND h.type = w.type AND h.article_id != w.article
    AND h.start <= w.hi AND h."end" >= w.lo"""
_HEADS_OF_ACTORS = f"""
SELECT DISTINCT w.report, x.id, x.start, x."end" FROM _crossday_wanted w
JOIN event x ON x.id IN (
    SELECT h.id FROM eventactor ea CROSS JOIN event h WHERE {_HEAD_FITS} LIMIT :n)
"""
_HEADS_OF_ACTORS_PG = f"""
SELECT DISTINCT w.report, x.id, x.start, x."end" FROM _crossday_wanted w
CROSS JOIN LATERAL (
    SELECT h.id, h.start, h."end" FROM eventactor ea JOIN event h ON h.id = ea.event_id
    WHERE {_HEAD_FITS} LIMIT :n) x
"""


# Reports within `NEAR_DAYS` of each other: the heads of the type by their start (the
# heads' partial index on type and start), a month's worth earlier too (a head dated
# "March 2007" starts on the 1st), each kept when it names one of the report's actors.
_NEAR_HEADS = """
SELECT DISTINCT w.report, h.id, h.start, h."end" FROM _crossday_wanted w
JOIN event h ON h.type = w.type AND h.start >= w.lo AND h.start <= w.hi AND h.cluster = h.id
WHERE h.article_id != w.article AND EXISTS (
    SELECT 1 FROM eventactor ea WHERE ea.event_id = h.id AND ea.actor_id = w.actor)
"""
_MONTH = 31  # days a month-long head may start before a report's day it overlaps


def _candidates(
    conn: Connection, reports: list[Report], actors: ActorIndex
) -> dict[int, list[Report]]:
    """For each report, the heads it is compared with: of its type, of other articles,
    naming an actor it names (through the actor index), the `MAX_CANDIDATES` nearest in
    date. Only the same named object joins reports more than `NEAR_DAYS` apart, so the
    heads within `NEAR_DAYS` are read through the heads' date index for every report, and
    those up to `WINDOW_DAYS` away, through its actors' events, only for a report that
    names its object: a frequent actor's thousands of events are not read for each of
    its reports. Two queries for the batch, then one for the heads chosen."""
    near_rows, far_rows = [], []
    for r in reports:
        named = {i for name in r.actors for i in actors.ids(name)}
        lo, hi = _shifted(r.start, -NEAR_DAYS - _MONTH), _shifted(r.end, NEAR_DAYS)
        near_rows += [(r.id, a, r.type, r.article_id, lo, hi) for a in named]
        if named_object(r) is not None:
            lo, hi = _shifted(r.start, -WINDOW_DAYS), _shifted(r.end, WINDOW_DAYS)
            far_rows += [(r.id, a, r.type, r.article_id, lo, hi) for a in named]
    far = _HEADS_OF_ACTORS_PG if conn.dialect.name == "postgresql" else _HEADS_OF_ACTORS
    by_id = {r.id: r for r in reports}
    near: dict[int, set[tuple]] = defaultdict(set)
    for rows, query in ((near_rows, _NEAR_HEADS), (far_rows, far)):
        for report_id, head_id, start, end in _heads_for(conn, rows, query):
            r = by_id[report_id]
            gap = max(0, _ordinal(start) - _ordinal(r.end), _ordinal(r.start) - _ordinal(end))
            near[report_id].add((gap, head_id))
    chosen = {rid: [h for _g, h in sorted(found)[:MAX_CANDIDATES]] for rid, found in near.items()}
    heads = {
        h.id: h
        for h in _read_reports(conn, "x.id", sorted({h for c in chosen.values() for h in c}))
    }
    return {rid: [heads[h] for h in ids if h in heads] for rid, ids in chosen.items()}


def _heads_for(conn: Connection, wanted: list[tuple], query: str) -> list[tuple]:
    """The (report, head id, start, end) rows `query` finds for the wanted (report, actor,
    type, article, lo, hi) rows, through a temporary table."""
    if not wanted:
        return []
    fill_temp(conn, "_crossday_wanted", _WANTED, wanted)
    found = [tuple(row) for row in conn.execute(text(query), {"n": ACTOR_HEADS})]
    conn.execute(text("DELETE FROM _crossday_wanted"))
    return found


_WANTED = (
    ("report", "INTEGER"),
    ("actor", "INTEGER"),
    ("type", "TEXT"),
    ("article", "INTEGER"),
    ("lo", "TEXT"),
    ("hi", "TEXT"),
)


def _move(conn: Connection, into: dict[int, int]) -> None:
    """Every event of a cluster in `into` joins the cluster it maps to."""
    if into:
        table = Event.__table__
        conn.execute(
            update(table)
            .where(table.c.cluster == bindparam("old"))
            .values(cluster=bindparam("new")),
            [{"old": old, "new": new} for old, new in into.items()],
        )


@dataclass(frozen=True, slots=True)
class _Member(Dated):
    """A cluster's report as settling its head and flag reads it."""

    cluster: int = 0
    conflict: bool | None = None


_MEMBERS = """
SELECT x.id, x.type, x.date, x.start, x."end", x.dating, a.published, x.article_id,
       x.cluster, x.conflict
FROM event x JOIN article a ON a.id = x.article_id WHERE x.cluster IN :ids
"""
_SHARED = "SELECT cluster FROM event WHERE cluster IN :ids GROUP BY cluster HAVING count(*) > 1"


def _settle(conn: Connection, clusters: set[int], joined: set[int]) -> int:
    """Flag each of these clusters (of more than one report) whose reports conflict, on its
    head and on no other report; a flagged or `joined` cluster is headed by its
    best-supported report (`entry_date`). Returns how many are flagged."""
    ids = sorted(clusters)
    shared: list[int] = []
    for k in range(0, len(ids), _CHUNK):
        query = text(_SHARED).bindparams(bindparam("ids", expanding=True))
        shared += conn.execute(query, {"ids": ids[k : k + _CHUNK]}).scalars().all()
    members: dict[int, list[_Member]] = defaultdict(list)
    for k in range(0, len(shared), _CHUNK):
        query = text(_MEMBERS).bindparams(bindparam("ids", expanding=True))
        for row in conn.execute(query, {"ids": shared[k : k + _CHUNK]}):
            members[row[8]].append(_Member(*row[:9], conflict=bool(row[9]) or None))
    moved, flags, flagged = {}, [], 0
    for cluster, group in members.items():
        conflict = holds_conflict(group)
        head = next((m for m in group if m.id == cluster), None)
        if head is not None and (conflict or cluster in joined):
            best, _why = entry_date([m for m in group if m.type == head.type])
            if best.id != cluster:
                moved[cluster] = best.id
        top = moved.get(cluster, cluster)
        flagged += conflict
        flags += [
            {"eid": m.id, "c": wanted}
            for m in group
            if m.conflict != (wanted := True if conflict and m.id == top else None)
        ]
    _move(conn, moved)
    if flags:
        table = Event.__table__
        conn.execute(
            update(table).where(table.c.id == bindparam("eid")).values(conflict=bindparam("c")),
            flags,
        )
    return flagged

"""Read-side of the library: the plain records the CLI and the reader display.

Everything here returns frozen dataclasses, so the UI never touches the ORM or parses text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import and_, exists, func, or_, tuple_
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from store.dates import dated_label
from store.lexicon import MODEL_WORDS
from store.models import Actor, Article, Event, EventActor, Paragraph, TimeExpression


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    title: str
    published: str | None
    source: str | None
    path: str
    place: str | None
    date_note: str | None
    paragraphs: int
    events: int

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Mark:
    """A marked span in a paragraph: a time expression or an event's sentence."""

    start: int
    end: int
    kind: str  # "timex" | "event"
    label: str  # the timex value, or the event type
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class ParagraphView:
    index: int
    kind: str  # "caption" | "body"
    text: str
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: ArticleRow
    paragraphs: tuple[ParagraphView, ...]


@dataclass(frozen=True, slots=True)
class Source:
    """Where an entry comes from: a sentence (offsets in the paragraph) of one article."""

    article: int
    path: str
    title: str
    paragraph: int
    start: int
    end: int
    text: str
    published: str | None = None
    url: str | None = None
    event: int | None = None  # the stored event this report is


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    id: int
    date: str | None
    start: str | None
    end: str | None
    dating: str
    type: str
    summary: str
    actors: tuple[str, ...] = ()
    sources: tuple[Source, ...] = field(default=())
    reports: int | None = None  # articles reporting it, when `sources` holds only the first

    @property
    def label(self) -> str:
        """The date at its granularity with its certainty mark (`~24 Jan 2018`)."""
        return dated_label(self.date, self.dating)

    @property
    def count(self) -> int:
        """How many articles report this event (some may not be loaded: see `reports`)."""
        return max(self.reports or 0, len({s.article for s in self.sources}))

    def to_json(self) -> dict:
        return {
            "date": self.date,
            "start": self.start,
            "end": self.end,
            "dating": self.dating,
            "type": self.type,
            "summary": self.summary,
            "actors": list(self.actors),
            "sources": [{k: v for k, v in asdict(s).items() if k != "event"} for s in self.sources],
        }


def _row(article: Article, paragraphs: int, events: int) -> ArticleRow:
    return ArticleRow(
        id=article.id,
        title=article.title,
        published=article.published,
        source=article.source,
        path=article.path,
        place=article.place,
        date_note=article.date_note,
        paragraphs=paragraphs,
        events=events,
    )


def list_articles(session: Session) -> list[ArticleRow]:
    """Every article, newest publication first (undated last), with its counts.

    One statement into plain rows (no ORM objects): 100,000 articles load in well under a
    second. Large views should prefer `articles_page`."""
    paras = (
        select(Paragraph.article_id, func.count().label("n"))
        .group_by(Paragraph.article_id)
        .subquery()
    )
    events = select(Event.article_id, func.count().label("n")).group_by(Event.article_id).subquery()
    a = Article.__table__.c
    query = (
        select(
            a.id,
            a.title,
            a.published,
            a.source,
            a.path,
            a.place,
            a.date_note,
            func.coalesce(paras.c.n, 0),
            func.coalesce(events.c.n, 0),
        )
        .outerjoin(paras, paras.c.article_id == a.id)
        .outerjoin(events, events.c.article_id == a.id)
        .order_by(a.published.is_(None), a.published.desc(), a.id.desc())
    )
    return [ArticleRow(*row) for row in session.connection().execute(query)]


def _per_article(session: Session, model, ids: list[int]) -> dict[int, int]:
    """How many rows of `model` (paragraphs, events) each of these articles has."""
    if not ids:
        return {}
    query = (
        select(model.article_id, func.count())
        .where(model.article_id.in_(ids))
        .group_by(model.article_id)
    )
    return dict(session.exec(query).all())


# A page boundary in the article list: (phase, published, id); phase 0 dated, 1 undated.
ArticleKey = tuple[int, str, int]


def articles_page(
    session: Session, after: ArticleKey | None = None, limit: int = 300
) -> tuple[list[ArticleRow], ArticleKey | None]:
    """One page of the article list (newest first, undated last) and the next page's key;
    keyset pagination on (published, id), with counts only for the page's articles."""
    rows: list[Article] = []
    phase = after[0] if after else 0
    if phase == 0:
        q = select(Article).where(Article.published.is_not(None))
        if after:
            q = q.where(tuple_(Article.published, Article.id) < tuple_(after[1], after[2]))
        rows += session.exec(
            q.order_by(Article.published.desc(), Article.id.desc()).limit(limit)
        ).all()
    if len(rows) < limit:
        q = select(Article).where(Article.published.is_(None))
        if after and phase == 1:
            q = q.where(Article.id < after[2])
        rows += session.exec(q.order_by(Article.id.desc()).limit(limit - len(rows))).all()
    ids = [a.id for a in rows]
    paras, events = _per_article(session, Paragraph, ids), _per_article(session, Event, ids)
    page = [_row(a, paras.get(a.id, 0), events.get(a.id, 0)) for a in rows]
    if len(rows) < limit:
        return page, None
    last = rows[-1]
    return page, ((0, last.published, last.id) if last.published else (1, "", last.id))


def article_view(session: Session, article_id: int) -> ArticleView | None:
    """An article's paragraphs with their time expressions and event sentences marked."""
    article = session.get(Article, article_id)
    if article is None:
        return None
    paragraphs = session.exec(
        select(Paragraph).where(Paragraph.article_id == article_id).order_by(Paragraph.index)
    ).all()
    marks: dict[int, list[Mark]] = defaultdict(list)
    for t in session.exec(select(TimeExpression).where(TimeExpression.article_id == article_id)):
        marks[t.paragraph_id].append(Mark(t.start, t.end, "timex", t.value))
    events = session.exec(select(Event).where(Event.article_id == article_id)).all()
    for e in events:
        marks[e.paragraph_id].append(Mark(e.sent_start, e.sent_end, "event", e.type, e.id))
    views = tuple(
        ParagraphView(
            p.index, p.kind, p.text, tuple(sorted(marks[p.id], key=lambda m: (m.start, m.end)))
        )
        for p in paragraphs
    )
    return ArticleView(_row(article, len(paragraphs), len(events)), views)


def actor_matches(entity: str, actor: str) -> bool:
    """Does an extracted actor name refer to the entity asked for?

    Case-insensitive; a full name matches its parts' last word ("Jobs" for "Steve Jobs")
    and a longer name containing it ("Apple Corps" for "Beatles Apple Corps").
    """
    e, a = entity.casefold().split(), actor.casefold().split()
    if not e or not a:
        return False
    if e == a or len(a) > 1 and e[-len(a) :] == a:  # "Apple Corps" in "Beatles Apple Corps"
        return True
    if len(e) > 1 and a == e[-1:]:  # "Jobs" for "Steve Jobs"
        return True
    # the entity's words in order inside the actor's, same first word:
    # "iTunes Music Store" for "iTunes store", "iPod nano" for "iPod"
    if a[0] != e[0]:
        return len(e) == 1 and a[-1] == e[0]  # "Jobs" for "Steve Jobs"
    if len(e) == 1:  # one word: its product line ("iPod nano", "iPhone 4") but not "Apple Corps"
        return all(w in MODEL_WORDS or any(c.isdigit() for c in w) for w in a[1:])
    rest = iter(a[1:])
    return all(word in rest for word in e[1:])


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """What the timeline shows; every field narrows it, and they combine."""

    article_id: int | None = None  # entries with a source in this article
    entity: str | None = None  # an actor, aliases included (see `actor_matches`)
    type: str | None = None
    since: str | None = None  # ISO date: entries whose period ends on or after it
    until: str | None = None  # ISO date: entries whose period starts on or before it

    @property
    def dated_only(self) -> bool:
        return bool(self.since or self.until)


FREQUENT_ACTOR = 5000  # events naming an actor beyond which a page walks the timeline
PAGE_SOURCES = 25  # sources loaded per entry in a page; `TimelineEntry.count` has them all

# A page boundary: (phase, start, end, id) of the last entry shown; phase 0 dated, 1 undated.
PageKey = tuple[int, str, str, int]


def _matching_actor_ids(session: Session, entity: str) -> list[int]:
    """Ids of the actor names that refer to `entity`. Every match shares the entity's first
    or last word, so the database narrows the names down before `actor_matches` decides."""
    words = entity.split()
    if not words:
        return []
    wanted = {words[0], words[-1]}
    names = session.exec(
        select(Actor.id, Actor.name).where(
            or_(*(func.lower(Actor.name).contains(w.lower(), autoescape=True) for w in wanted))
        )
    ).all()
    return [actor_id for actor_id, name in names if actor_matches(entity, name)]


def _heads(session: Session, f: TimelineFilter, after: PageKey | None, limit: int | None):
    """Cluster heads in timeline order (dated by start, end, id; then undated by id)."""
    head = or_(Event.cluster == Event.id, Event.cluster.is_(None))
    base = select(Event.id, Event.start, Event.end).where(head)
    if f.article_id is not None:
        # An article has few events: fetch their heads first, so the ordered query looks up
        # a handful of ids instead of walking the whole timeline index.
        heads = session.exec(
            select(func.coalesce(Event.cluster, Event.id)).where(Event.article_id == f.article_id)
        ).all()
        base = base.where(Event.id.in_(sorted(set(heads)) or [-1]))
    if f.type:
        base = base.where(Event.type == f.type)
    if f.since:
        base = base.where(Event.end >= f.since)
    if f.until:
        base = base.where(Event.start <= f.until)
    if f.entity:
        actor_ids = _matching_actor_ids(session, f.entity)
        mentions = session.exec(
            select(func.count()).select_from(EventActor).where(EventActor.actor_id.in_(actor_ids))
        ).one()
        if mentions > FREQUENT_ACTOR and limit is not None:
            # A frequent actor: walk the timeline in order and test each event, which finds
            # a page long before it has read all of the actor's events.
            member = aliased(Event)
            named = (
                exists()
                .where(
                    or_(
                        member.cluster == Event.id,
                        and_(member.cluster.is_(None), member.id == Event.id),
                    )
                )
                .where(EventActor.event_id == member.id)
                .where(EventActor.actor_id.in_(actor_ids))
            )
            base = base.where(named)
        else:  # a rarer one: collect its events first
            named = (
                select(func.coalesce(Event.cluster, Event.id))
                .join(EventActor, EventActor.event_id == Event.id)
                .where(EventActor.actor_id.in_(actor_ids))
            )
            base = base.where(Event.id.in_(named.scalar_subquery()))
    if f.article_id is not None:
        # A handful of events: read them by id and order them here, rather than let the
        # planner walk the whole timeline index for its ORDER BY … LIMIT.
        found = [
            (0 if s is not None else 1, i, s or "", e or "")
            for i, s, e in session.exec(base)
            if s is not None or not f.dated_only
        ]
        # rows are (phase, id, start, end); page keys (phase, start, end, id), and undated
        # rows carry "" for start and end, so one key orders both phases
        key = lambda r: (r[0], r[2], r[3], r[1])  # noqa: E731
        found.sort(key=key)
        if after:
            found = [r for r in found if key(r) > tuple(after)]
        return found[:limit] if limit is not None else found
    rows: list[tuple[int, int, str, str]] = []
    phase = after[0] if after else 0
    if phase == 0:
        dated = base.where(Event.start.is_not(None))
        if after:
            dated = dated.where(tuple_(Event.start, Event.end, Event.id) > tuple_(*after[1:]))
        dated = dated.order_by(Event.start, Event.end, Event.id)
        if limit is not None:
            dated = dated.limit(limit)
        rows += [(0, i, s or "", e or "") for i, s, e in session.exec(dated)]
    if not f.dated_only and (limit is None or len(rows) < limit):
        undated = base.where(Event.start.is_(None))
        if after and phase == 1:
            undated = undated.where(Event.id > after[3])
        undated = undated.order_by(Event.id)
        if limit is not None:
            undated = undated.limit(limit - len(rows))
        rows += [(1, i, "", "") for i, _s, _e in session.exec(undated)]
    return rows


def _entries(
    session: Session, head_ids: list[int], max_sources: int | None = None
) -> list[TimelineEntry]:
    """Entries for the given cluster heads, in the given order, with their sources — all of
    them, or the first `max_sources` of an event many articles report (a page for display
    needs a handful, not three thousand), its `count` still telling how many there are."""
    if not head_ids:
        return []
    cluster_of = func.coalesce(Event.cluster, Event.id)
    mine = or_(  # both branches use an index (coalesce() alone would not)
        Event.cluster.in_(head_ids),
        and_(Event.cluster.is_(None), Event.id.in_(head_ids)),
    )
    counts: dict[int, int] = {}
    limited: list[int] = []
    if max_sources is not None:
        counts = dict(
            session.exec(
                select(cluster_of, func.count(func.distinct(Event.article_id)))
                .where(mine)
                .group_by(cluster_of)
            ).all()
        )
        for head in [h for h in head_ids if counts.get(h, 0) > max_sources]:
            limited += session.exec(
                select(Event.id).where(Event.cluster == head).order_by(Event.id).limit(max_sources)
            ).all()
    big = [h for h in head_ids if counts.get(h, 0) > (max_sources or 0)] if limited else []
    if big:
        small = [h for h in head_ids if h not in set(big)]
        mine = or_(
            Event.cluster.in_(small),
            and_(Event.cluster.is_(None), Event.id.in_(small)),
            Event.id.in_(limited),
        )
    members = session.exec(
        select(Event, Paragraph, Article).where(
            Event.paragraph_id == Paragraph.id, Event.article_id == Article.id, mine
        )
    ).all()
    groups: dict[int, list[tuple[Event, Paragraph, Article]]] = defaultdict(list)
    for ev, para, art in members:
        groups[ev.cluster or ev.id].append((ev, para, art))
    return [_entry(groups[h], counts.get(h)) for h in head_ids if groups.get(h)]


def _entry(
    members: list[tuple[Event, Paragraph, Article]], reports: int | None = None
) -> TimelineEntry:
    members.sort(key=lambda m: (m[2].published or "9999", m[2].id, m[0].id))
    actors = tuple(
        dict.fromkeys(a for ev, _p, _a in members for a in json.loads(ev.actors or "[]"))
    )
    lead = _most_precise(members)
    sources = tuple(
        Source(
            article=art.id,
            path=art.path,
            title=art.title,
            paragraph=para.index,
            start=ev.sent_start,
            end=ev.sent_end,
            text=para.text[ev.sent_start : ev.sent_end],
            published=art.published,
            url=art.url,
            event=ev.id,
        )
        for ev, para, art in members
    )
    return TimelineEntry(
        id=lead.id,
        date=lead.date,
        start=lead.start,
        end=lead.end,
        dating=lead.dating,
        type=lead.type,
        summary=lead.summary,
        actors=actors,
        sources=sources,
        reports=reports,
    )


def timeline_page(
    session: Session, f: TimelineFilter, after: PageKey | None = None, limit: int = 200
) -> tuple[list[TimelineEntry], PageKey | None]:
    """One page of the timeline after `after`, and the key of the next page (None at the end).

    Keyset pagination over an index on (start, end, id): a page costs the same at the start
    of a million-event library as at its end.
    """
    rows = _heads(session, f, after, limit)
    entries = _entries(session, [r[1] for r in rows], max_sources=PAGE_SOURCES)
    last = rows[-1] if rows else None
    next_key = (last[0], last[2], last[3], last[1]) if last and len(rows) == limit else None
    return entries, next_key


def timeline_count(session: Session, f: TimelineFilter) -> int:
    """How many entries the filtered timeline has."""
    return len(_heads(session, f, None, None))


def timeline(
    session: Session,
    article_id: int | None = None,
    entity: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[TimelineEntry]:
    """The whole chronological timeline: one entry per event, reports of the same event in
    several articles merged into one entry with all its sources (see `store.merge`).

    Filters combine (see `TimelineFilter`); undated entries are left out when a date filter
    is given.
    """
    f = TimelineFilter(article_id, entity, type, since, until)
    rows = _heads(session, f, None, None)
    entries: list[TimelineEntry] = []
    for k in range(0, len(rows), 500):  # bounded IN lists
        entries += _entries(session, [r[1] for r in rows[k : k + 500]])
    return entries


_CERTAINTY = {"explicit": 0, "inferred": 1, "after": 2, "before": 2, "undated": 3}


def _most_precise(members: list[tuple[Event, Paragraph, Article]]) -> Event:
    """The report that dates the event best: explicit over inferred, days over months."""
    return min(
        (m[0] for m in members),
        key=lambda ev: (
            _CERTAINTY.get(ev.dating, 3),
            (ev.end or "9999") > (ev.start or "") and ev.end != ev.start,
            ev.id,
        ),
    )


def month_counts(session: Session, f: TimelineFilter) -> tuple[dict[str, int], int]:
    """Timeline entries per month ("2018-01" → n) and the undated count, for a density strip;
    one grouped query over cluster heads (actor filters are not supported here)."""
    head = or_(Event.cluster == Event.id, Event.cluster.is_(None))
    month = func.substr(Event.start, 1, 7)
    query = select(month, func.count()).where(head)
    if f.type:
        query = query.where(Event.type == f.type)
    if f.since:
        query = query.where(Event.end >= f.since)
    if f.until:
        query = query.where(Event.start <= f.until)
    counts: dict[str, int] = {}
    undated = 0
    for value, n in session.exec(query.group_by(month)).all():
        if value and len(value) == 7:
            counts[value] = n
        else:
            undated += n
    return counts, undated

"""Queries for the read side: the plain records (`records`) the CLI and the reader display,

read by key so no screen ever scans; the UI never touches the ORM or parses text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import and_, case, exists, func, literal, or_, true, tuple_
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from dateline.store.db.crossday import Dated, entry_date
from dateline.store.db.models import (
    Actor,
    Article,
    Event,
    EventActor,
    Paragraph,
    Story,
    StoryMember,
    TimeExpression,
)
from dateline.store.extract.actors import actor_matches, match_keys
from dateline.store.library.records import (  # noqa: F401  (re-exported: the records queries return)
    ArticleRow,
    ArticleView,
    Mark,
    PageKey,
    Paragraphs,
    ParagraphView,
    Source,
    StoryRow,
    TimelineEntry,
    TimelineFilter,
    page_key,
)
from dateline.store.paragraphs import HEADLINE, HEADLINE_INDEX


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
        url=article.url,
        language=article.language,
    )


def list_articles(session: Session) -> list[ArticleRow]:
    """Every article, newest publication first (undated last), with its counts.

    One statement into plain rows (no ORM objects): 100,000 articles load in well under a
    second. Large views should prefer `articles_page`."""
    paras = (
        select(Paragraph.article_id, func.count().label("n"))
        .where(Paragraph.kind != HEADLINE)
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
            a.url,
            a.language,
        )
        .outerjoin(paras, paras.c.article_id == a.id)
        .outerjoin(events, events.c.article_id == a.id)
        .order_by(a.published.is_(None), a.published.desc(), a.id.desc())
    )
    return [ArticleRow(*row) for row in session.connection().execute(query)]


def contents_mark(session: Session) -> tuple[int, int, str | None]:
    """(articles, highest article id, latest import time): changes whenever articles are
    imported, re-imported in place or removed."""
    a = Article.__table__.c
    mark = sa_select(func.count(), func.coalesce(func.max(a.id), 0), func.max(a.imported_at))
    count, top, latest = session.connection().execute(mark).one()
    return count, top, str(latest) if latest is not None else None


def _per_article(session: Session, model, ids: list[int]) -> dict[int, int]:
    """How many rows of `model` (paragraphs, not the headline; events) each of these
    articles has."""
    if not ids:
        return {}
    query = select(model.article_id, func.count()).where(model.article_id.in_(ids))
    if model is Paragraph:
        query = query.where(Paragraph.kind != HEADLINE)
    return dict(session.exec(query.group_by(model.article_id)).all())


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


LAZY_FROM = 2_000  # paragraphs: a longer article's are read a page at a time (`Paragraphs`)


def article_view(
    session: Session,
    article_id: int,
    load: Callable[[int, int], list[ParagraphView]] | None = None,
) -> ArticleView | None:
    """An article's paragraphs with their time expressions and event sentences marked.

    Plain columns, not ORM objects. An article of more than `LAZY_FROM` paragraphs (a feed
    dump, a transcript), when the caller gives `load` (`paragraph_views` in a session of its
    own), gets `records.Paragraphs`: only its outline is read now, the text page by page."""
    article = session.get(Article, article_id)
    if article is None:
        return None
    conn = session.connection()
    p, e = Paragraph.__table__.c, Event.__table__.c
    count = sa_select(func.count()).where(p.article_id == article_id)
    if load is not None and conn.execute(count).scalar() > LAZY_FROM:
        newlines = func.length(p.text) - func.length(func.replace(p.text, "\n", ""))
        outline = conn.execute(
            sa_select(p.index, p.kind, func.length(p.text), newlines)
            .where(p.article_id == article_id, p.kind != HEADLINE)
            .order_by(p.index)
        ).all()
        events = conn.execute(sa_select(func.count()).where(e.article_id == article_id)).scalar()
        paragraphs = Paragraphs(outline, load)  # rows: tuples already
        heading = _paragraph_views(conn, article_id, (HEADLINE_INDEX, HEADLINE_INDEX))[0]
        row = _row(article, len(paragraphs), events)
        return ArticleView(row, paragraphs, heading[0] if heading else None)
    views, events = _paragraph_views(conn, article_id)
    heading = views.pop(0) if views and views[0].kind == HEADLINE else None
    return ArticleView(_row(article, len(views), events), tuple(views), heading)


def paragraph_views(
    session: Session, article_id: int, first: int, last: int
) -> list[ParagraphView]:
    """The article's paragraphs whose index lies in [first, last], with their marks."""
    return _paragraph_views(session.connection(), article_id, (first, last))[0]


def _paragraph_views(
    conn, article_id: int, indexes: tuple[int, int] | None = None
) -> tuple[list[ParagraphView], int]:
    """Paragraphs in index order with their marks (those in `indexes` only, when given), and
    how many events they hold."""
    p, t, e = Paragraph.__table__.c, TimeExpression.__table__.c, Event.__table__.c
    query = sa_select(p.id, p.index, p.kind, p.text).where(p.article_id == article_id)
    if indexes is not None:
        query = query.where(p.index.between(*indexes))
    paragraphs = conn.execute(query.order_by(p.index)).all()
    if indexes is None:
        of_timex, of_event = t.article_id == article_id, e.article_id == article_id
    else:
        ids = [row[0] for row in paragraphs] or [-1]
        of_timex, of_event = t.paragraph_id.in_(ids), e.paragraph_id.in_(ids)
    marks: dict[int, list[Mark]] = defaultdict(list)
    timexes = sa_select(t.paragraph_id, t.start, t.end, t.value).where(of_timex)
    for paragraph_id, start, end, value in conn.execute(timexes):
        marks[paragraph_id].append(Mark(start, end, "timex", value))
    events = conn.execute(
        sa_select(e.paragraph_id, e.sent_start, e.sent_end, e.type, e.id).where(of_event)
    ).all()
    for paragraph_id, start, end, type_, event_id in events:
        marks[paragraph_id].append(Mark(start, end, "event", type_, event_id))
    ordered = {  # a paragraph with one mark (most of a long one) needs no sort
        pid: tuple(found) if len(found) == 1 else tuple(sorted(found, key=_span))
        for pid, found in marks.items()
    }
    empty: tuple[Mark, ...] = ()
    views = [
        ParagraphView(index, kind, text, ordered.get(pid, empty))
        for pid, index, kind, text in paragraphs
    ]
    return views, len(events)


def _span(mark: Mark) -> tuple[int, int]:
    return mark.start, mark.end


FREQUENT_ACTOR = 5000  # events naming an actor beyond which a page walks the timeline
PAGE_SOURCES = 25  # sources loaded per entry in a page; `TimelineEntry.count` has them all


def _matching_actor_ids(session: Session, entity: str) -> list[int]:
    """Ids of the actor names that refer to `entity`. Every match holds one of its
    `match_keys` ("787" for "Boeing 787 Dreamliner", "USAF" for "United States Air Force"),
    so the database narrows the names down before `actor_matches` decides."""
    wanted = match_keys(entity)
    if not wanted:
        return []
    held = [func.lower(Actor.name).contains(w.lower(), autoescape=True) for w in wanted]
    if entity.isalpha() and entity.isupper() and 2 <= len(entity) <= 6:
        # an acronym's full name holds none of its keys, but starts with its first letter
        held.append(func.lower(Actor.name).startswith(entity[0].lower(), autoescape=True))
    names = session.exec(select(Actor.id, Actor.name).where(or_(*held))).all()
    return [actor_id for actor_id, name in names if actor_matches(entity, name)]


ARTICLE_LISTED = 2_000  # events: an article with more has its heads found by a subquery


class _Where(list):
    """A filter's conditions, and whether an article's heads are listed among them (then
    they are few, read at once and sorted here: `_article_heads`); and the actor names its
    entity matches (None: no entity asked for), for the sources an entry cites."""

    listed = True
    actor_ids: list[int] | None = None
    new_since: datetime | None = None  # in UTC (`stored_moment`)


def _conditions(session: Session, f: TimelineFilter, walk: bool) -> _Where:
    """What a cluster head must satisfy to be on the filtered timeline. `walk`: the query
    reads the timeline in order and stops early (a page, a step), which suits testing a
    frequent actor's events one by one better than collecting them all first."""
    where = _Where([or_(Event.cluster == Event.id, Event.cluster.is_(None))])
    if f.article_id is not None:
        # An article has few events: fetch their heads first, so the ordered query looks up
        # a handful of ids instead of walking the whole timeline index. One of very many (a
        # transcript of 100,000 paragraphs) names them by a subquery, which the database
        # reads by id and orders, a page at a time, without a list of 100,000 ids.
        heads = select(func.coalesce(Event.cluster, Event.id)).where(
            Event.article_id == f.article_id
        )
        listed = session.exec(heads.limit(ARTICLE_LISTED + 1)).all()
        if len(listed) <= ARTICLE_LISTED:
            where.append(Event.id.in_(sorted(set(listed)) or [-1]))
        else:
            where.listed = False
            where.append(Event.id.in_(heads.scalar_subquery()))
    if f.new_since is not None:
        where.new_since = stored_moment(f.new_since)
    if f.only_new:
        if where.new_since is None:
            where.append(literal(False))
        else:
            where.append(Event.id.in_(_reported_since(where.new_since).scalar_subquery()))
    if f.story_id is not None:
        # the heads of the story's articles' events: a story holds tens of articles
        told = select(StoryMember.article_id).where(StoryMember.story_id == f.story_id)
        heads = select(func.coalesce(Event.cluster, Event.id)).where(
            Event.article_id.in_(told.scalar_subquery())
        )
        where.append(Event.id.in_(heads.scalar_subquery()))
    if f.only_conflicts:  # `= 1` (not a bound parameter): SQLite's partial index matches
        where.append(Event.conflict == true())
    if f.type:
        where.append(Event.type == f.type)
    if f.since:
        where.append(Event.end >= f.since)
    if f.until:
        where.append(Event.start <= f.until)
    if f.entity:
        actor_ids = where.actor_ids = _matching_actor_ids(session, f.entity)
        mentions = session.exec(
            select(func.count()).select_from(EventActor).where(EventActor.actor_id.in_(actor_ids))
        ).one()
        if mentions > FREQUENT_ACTOR and walk:
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
            where.append(named)
        else:  # a rarer one: collect its events first
            named = (
                select(func.coalesce(Event.cluster, Event.id))
                .join(EventActor, EventActor.event_id == Event.id)
                .where(EventActor.actor_id.in_(actor_ids))
            )
            where.append(Event.id.in_(named.scalar_subquery()))
    return where


def stored_moment(moment: datetime) -> datetime:
    """A moment as the database is asked about import times: in UTC, with its zone (the
    column type refuses a naive time; one is taken to be UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _reported_since(moment: datetime):
    """The heads of the events an article imported or updated after `moment` reports: a
    new article's report of an old event makes the event new (one more source). Read
    through the index on import times: after a reader's last session, a handful."""
    return (
        select(func.coalesce(Event.cluster, Event.id))
        .join(Article, Article.id == Event.article_id)
        .where(Article.imported_at > moment)
    )


def _new_heads(session: Session, head_ids: list[int], moment: datetime | None) -> set[int]:
    """Which of these heads an article imported after `moment` reports (all its reports
    asked for: a big cluster's page loads only its first ones, and the new are the last)."""
    if moment is None:
        return set()
    return set(session.exec(_reported_since(moment).where(_members(head_ids)).distinct()).all())


# Timeline order, everywhere (reader, CLI, every export): by first day, then last day, then
# what happened *before* a date ahead of it and *after* it behind it (`records.bound_rank`),
# then id. The rank is a CASE over `dating`: the (start, end, id) index still serves the
# range and the order of the first two columns; only rows sharing a start and end are
# sorted on the rest.
_RANK = case((Event.dating == "before", 0), (Event.dating == "after", 2), else_=1)
_LAST_ID = 2**31 - 1  # above every id (an INTEGER column): after everything of its date


def _columns():
    return select(Event.id, Event.start, Event.end, Event.dating)


def _after(key: PageKey):
    """Dated heads after `key` in timeline order; the (start, end) part is one range on
    the index, the rest is checked only where start and end equal the key's."""
    start, end, rank, event_id = key[1:]
    return and_(
        tuple_(Event.start, Event.end) >= tuple_(start, end),
        or_(Event.start != start, Event.end != end, tuple_(_RANK, Event.id) > (rank, event_id)),
    )


def _before(key: PageKey):
    """Dated heads before `key` in timeline order (see `_after`)."""
    start, end, rank, event_id = key[1:]
    return and_(
        tuple_(Event.start, Event.end) <= tuple_(start, end),
        or_(Event.start != start, Event.end != end, tuple_(_RANK, Event.id) < (rank, event_id)),
    )


def _article_heads(session: Session, f: TimelineFilter, where: list) -> list[PageKey]:
    """An article's heads, all of them, in timeline order. A handful of events: read them by
    id and order them here, rather than let the planner walk the whole timeline index for
    an ORDER BY … LIMIT."""
    found = [
        page_key(*row)
        for row in session.exec(_columns().where(*where))
        if row[1] is not None or not f.dated_only
    ]
    return sorted(found)


def _heads(
    session: Session,
    f: TimelineFilter,
    after: PageKey | None,
    limit: int | None,
    where: _Where,
) -> list[PageKey]:
    """Cluster heads in timeline order (dated ones by start, end, rank, id; then undated by
    id), as their page keys: the first `limit` after `after`. `where`: the filter's
    `_conditions`."""
    if f.article_id is not None and where.listed:
        found = _article_heads(session, f, where)
        if after:
            found = [r for r in found if r > tuple(after)]
        return found[:limit] if limit is not None else found
    base = _columns().where(*where)
    rows: list[PageKey] = []
    phase = after[0] if after else 0
    if phase == 0:
        dated = base.where(Event.start.is_not(None))
        if after:
            dated = dated.where(_after(after))
        dated = dated.order_by(Event.start, Event.end, _RANK, Event.id)
        if limit is not None:
            dated = dated.limit(limit)
        rows += [page_key(*row) for row in session.exec(dated)]
    if not f.dated_only and (limit is None or len(rows) < limit):
        undated = base.where(Event.start.is_(None))
        if after and phase == 1:
            undated = undated.where(Event.id > after[4])
        undated = undated.order_by(Event.id)
        if limit is not None:
            undated = undated.limit(limit - len(rows))
        rows += [page_key(*row) for row in session.exec(undated)]
    return rows


def _heads_before(
    session: Session,
    f: TimelineFilter,
    before: PageKey | None,
    limit: int,
    where: _Where,
) -> list[PageKey]:
    """The `limit` cluster heads just before `before` (the end when None), in timeline
    order: the same keyset walk as `_heads`, read backwards."""
    if f.article_id is not None and where.listed:
        found = _article_heads(session, f, where)
        if before:
            found = [r for r in found if r < tuple(before)]
        return found[-limit:] if limit > 0 else []
    base = _columns().where(*where)
    rows: list[PageKey] = []  # newest first, reversed at the end
    phase = before[0] if before else 1
    if phase == 1 and not f.dated_only:
        undated = base.where(Event.start.is_(None))
        if before:
            undated = undated.where(Event.id < before[4])
        undated = undated.order_by(Event.id.desc()).limit(limit)
        rows += [page_key(*row) for row in session.exec(undated)]
    if len(rows) < limit:
        dated = base.where(Event.start.is_not(None))
        if before and phase == 0:
            dated = dated.where(_before(before))
        order = (Event.start.desc(), Event.end.desc(), _RANK.desc(), Event.id.desc())
        rows += [
            page_key(*row) for row in session.exec(dated.order_by(*order).limit(limit - len(rows)))
        ]
    rows.reverse()
    return rows


def _members(head_ids: list[int]):
    """The events of these clusters: clustered ones by cluster, not-yet-indexed ones (their
    own head) by id — both branches use an index, coalesce() alone would not."""
    return or_(Event.cluster.in_(head_ids), and_(Event.cluster.is_(None), Event.id.in_(head_ids)))


def _entries(
    session: Session, rows: list[PageKey], where: _Where, max_sources: int | None = None
) -> list[TimelineEntry]:
    """Entries for the given heads (their page keys, see `_heads`), in the given order,
    with their sources — all of them, or the first `max_sources` of an event many articles
    report (a page for display needs a handful, not three thousand), its `count` still
    telling how many there are. `where`: the filter's `_conditions`, whose entity (if any)
    picks the sources an entry cites (`_cited`)."""
    if not rows:
        return []
    head_ids = [r[4] for r in rows]
    keys = {r[4]: r for r in rows}
    mine = _members(head_ids)
    counts: dict[int, int] = {}
    if max_sources is not None:
        cluster_of = func.coalesce(Event.cluster, Event.id)
        counts = dict(
            session.exec(
                select(cluster_of, func.count(func.distinct(Event.article_id)))
                .where(mine)
                .group_by(cluster_of)
            ).all()
        )
        big = {h for h in head_ids if counts.get(h, 0) > max_sources}
        if big:  # their first reports only
            limited = [
                event_id
                for head in big
                for event_id in session.exec(
                    select(Event.id)
                    .where(Event.cluster == head)
                    .order_by(Event.id)
                    .limit(max_sources)
                ).all()
            ]
            mine = or_(
                _members([h for h in head_ids if h not in big]),
                Event.id.in_(limited + sorted(big)),  # and the head: the entry's date
            )
    # An entry on an entity's timeline cites the reports about that entity: a statement
    # quoted in five paragraphs, one of them naming Apple, is on Apple's timeline with that
    # paragraph as its source, not the four about something else.
    names = (
        literal(True)
        if where.actor_ids is None
        else exists().where(
            EventActor.event_id == Event.id, EventActor.actor_id.in_(where.actor_ids)
        )
    )
    members = session.exec(
        select(Event, Paragraph, Article, names.label("names")).where(
            Event.paragraph_id == Paragraph.id, Event.article_id == Article.id, mine
        )
    ).all()
    groups: dict[int, list[_Member]] = defaultdict(list)
    for ev, para, art, named in members:
        groups[ev.cluster or ev.id].append((ev, para, art, bool(named)))
    new = _new_heads(session, head_ids, where.new_since)
    return [
        _entry(groups[h], counts.get(h), keys[h], h in new, h) for h in head_ids if groups.get(h)
    ]


# an event of a cluster, where it is told, and whether it names the filter's entity
_Member = tuple[Event, Paragraph, Article, bool]


def _entry(
    members: list[_Member],
    reports: int | None = None,
    key: PageKey | None = None,
    new=False,
    head_id: int | None = None,
) -> TimelineEntry:
    members.sort(key=lambda m: (m[2].published or "9999", m[2].id, m[0].id))
    actors = tuple(dict.fromkeys(a for m in members for a in json.loads(m[0].actors or "[]")))
    head = next((m[0] for m in members if m[0].id == head_id), None)
    conflict = bool(head is not None and head.conflict)
    # an entry whose sources disagree has its head's date, the best-supported one (the
    # timeline is in its order); any other, its most precise report's
    lead = head if conflict else _most_precise(members)
    # one source per sentence: two events of one sentence that are one happening ("The van
    # hit a deer on Friday and was towed away") cite it once
    cited: dict[tuple[int, int, int, int], Source] = {}
    for ev, para, art, _named in _cited(members):
        where = (art.id, para.index, ev.sent_start, ev.sent_end)
        if where in cited:
            if cited[where].speaker is None and ev.speaker:
                cited[where] = replace(cited[where], speaker=ev.speaker)
            continue
        cited[where] = Source(
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
            speaker=ev.speaker or None,
            date=ev.date,
            dating=ev.dating,
        )
    sources = tuple(cited.values())
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
        key=key,
        new=new,
        conflict=conflict,
        dated_by=_dated_by(members, lead.type) if conflict else "",  # shown only then
    )


def _dated_by(members: list[_Member], type_: str) -> str:
    """Why an entry has its date (`crossday.entry_date`), from its reports of its type."""
    dated = [
        Dated(ev.id, ev.type, ev.date, ev.start, ev.end, ev.dating, art.published, art.id)
        for ev, _para, art, _named in members
        if ev.type == type_
    ]
    return entry_date(dated)[1] if dated else ""


def timeline_page(
    session: Session, f: TimelineFilter, after: PageKey | None = None, limit: int = 200
) -> tuple[list[TimelineEntry], PageKey | None]:
    """One page of the timeline after `after`, and the key of the next page (None at the end).

    Keyset pagination over an index on (start, end, id): a page costs the same at the start
    of a million-event library as at its end.
    """
    where = _conditions(session, f, walk=True)
    rows = _heads(session, f, after, limit, where)
    entries = _entries(session, rows, where, max_sources=PAGE_SOURCES)
    next_key = rows[-1] if rows and len(rows) == limit else None
    return entries, next_key


def timeline_page_before(
    session: Session, f: TimelineFilter, before: PageKey | None = None, limit: int = 200
) -> tuple[list[TimelineEntry], PageKey | None]:
    """One page of the timeline just before `before` (the last page when None), in timeline
    order, and the key to ask for the page before it (None at the start)."""
    where = _conditions(session, f, walk=True)
    rows = _heads_before(session, f, before, limit, where)
    entries = _entries(session, rows, where, max_sources=PAGE_SOURCES)
    previous_key = rows[0] if rows and len(rows) == limit else None
    return entries, previous_key


def starting_at(key: PageKey) -> PageKey:
    """The key to read pages after so that the first entry is the one at `key` (ids are
    integers: nothing sits between id - 1 and id)."""
    return (*key[:4], key[4] - 1)


def timeline_window(
    session: Session, f: TimelineFilter, key: PageKey, before: int, after: int
) -> tuple[list[TimelineEntry], int, bool, bool]:
    """A window opened at `key`: up to `before` entries before it and `after` entries
    from the one at `key` on, read together. Returns the entries, the index of the first
    one at or after `key`, and whether more entries precede and follow the window."""
    where = _conditions(session, f, walk=True)
    later = _heads(session, f, starting_at(key), after, where)
    return _window(session, f, key, before, later, after, where)


def _window(
    session: Session,
    f: TimelineFilter,
    key: PageKey,
    before: int,
    later: list[PageKey],
    after: int,
    where: _Where,
) -> tuple[list[TimelineEntry], int, bool, bool]:
    """`timeline_window` at `key`, the heads from it on (`later`, `after` of them asked
    for) already read."""
    earlier = _heads_before(session, f, key, before, where)
    entries = _entries(session, earlier + later, where, max_sources=PAGE_SOURCES)
    at = sum(1 for e in entries if e.key is not None and e.key < tuple(key))
    return entries, at, len(earlier) == before, len(later) == after


def date_of(key: PageKey) -> tuple:
    """The date `[`/`]` step by: everything of the key but the id. "before 24 Jan 2018",
    "24 Jan 2018", "after 24 Jan 2018" and "Jan 2018" are four dates; undated entries
    make one date, after every dated one."""
    return tuple(key[:4])


def timeline_date_step(
    session: Session, f: TimelineFilter, key: PageKey, direction: int
) -> PageKey | None:
    """The key of the first entry of the next (`direction` > 0) or previous date that has
    entries (see `date_of`), seen from the entry at `key`; None when there is none.

    Keyset reads in timeline order whatever the distance: the entry after the last place
    of `key`'s date; backwards, the entry before the first place of it, then the first
    entry of that one's date."""
    where = _conditions(session, f, walk=True)
    start = _date_start(session, f, key, direction, where)
    first = _heads(session, f, start, 1, where) if start is not None else []
    return first[0] if first else None


def timeline_date_window(
    session: Session, f: TimelineFilter, key: PageKey, direction: int, before: int, after: int
) -> tuple[list[TimelineEntry], int, bool, bool] | None:
    """`timeline_window` at `timeline_date_step`'s entry, read together (the step's read
    is the start of the window's): a date jump in one go. None when there is no such date."""
    where = _conditions(session, f, walk=True)
    start = _date_start(session, f, key, direction, where)
    later = _heads(session, f, start, after, where) if start is not None else []
    if not later:
        return None
    return _window(session, f, later[0], before, later, after, where)


def _date_start(
    session: Session, f: TimelineFilter, key: PageKey, direction: int, where: list
) -> PageKey | None:
    """The key right before the first entry of the next (previous) date seen from `key`:
    after the last place of `key`'s date; backwards, before the first place of the date of
    the entry before `key`'s date (None when there is none)."""
    if direction > 0:
        return (*key[:4], _LAST_ID)
    earlier = _heads_before(session, f, (*key[:4], -1), 1, where)
    return (*date_of(earlier[0]), -1) if earlier else None


def timeline_key(session: Session, f: TimelineFilter, event_id: int) -> PageKey | None:
    """Where the entry reporting stored event `event_id` sits in the filtered timeline (the
    key of its cluster head); None when the filters hide it or there is no such event."""
    head = session.exec(
        select(func.coalesce(Event.cluster, Event.id)).where(Event.id == event_id)
    ).first()
    if head is None:
        return None
    where = _conditions(session, f, walk=False)
    row = session.exec(_columns().where(*where, Event.id == head)).first()
    if row is None or (row[1] is None and f.dated_only):
        return None
    return page_key(*row)


def timeline_count(session: Session, f: TimelineFilter) -> int:
    """How many entries the filtered timeline has: one COUNT over the cluster heads that
    pass the filters (a date filter already leaves undated entries out)."""
    where = _conditions(session, f, walk=False)
    return session.exec(select(func.count()).select_from(Event).where(*where)).one()


def timeline(
    session: Session,
    article_id: int | None = None,
    entity: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    new_since: datetime | None = None,
    only_new: bool = False,
    story_id: int | None = None,
    only_conflicts: bool = False,
) -> list[TimelineEntry]:
    """The whole chronological timeline: one entry per event, reports of the same event in
    several articles merged into one entry with all its sources (see `db.merge`).

    Filters combine (see `TimelineFilter`); undated entries are left out when a date filter
    is given.
    """
    f = TimelineFilter(
        article_id,
        entity,
        type,
        since,
        until,
        new_since,
        only_new,
        story_id=story_id,
        only_conflicts=only_conflicts,
    )
    where = _conditions(session, f, walk=False)
    rows = _heads(session, f, None, None, where)
    entries: list[TimelineEntry] = []
    for k in range(0, len(rows), 500):  # bounded IN lists
        entries += _entries(session, rows[k : k + 500], where)
    return entries


_CERTAINTY = {"explicit": 0, "inferred": 1, "after": 2, "before": 2, "undated": 3}


def _cited(members: list[_Member]) -> list[_Member]:
    """The members an entry cites: those naming the filter's entity (all of them with no
    entity asked for), or all when none do (a big cluster's first reports, read alone, may
    not)."""
    return [m for m in members if m[3]] or members


def _most_precise(members: list[_Member]) -> Event:
    """The report that dates the event best: explicit over inferred, days over months, and
    of bounds the tightest ("before 1994" over "before 5 March 2018": a bound is as fine as
    its end, not its span)."""
    return min(
        (m[0] for m in members),
        key=lambda ev: (
            _CERTAINTY.get(ev.dating, 3),
            ev.dating != "before" and (ev.end or "9999") > (ev.start or "") and ev.end != ev.start,
            (ev.end or "9999") if ev.dating == "before" else "",
            ev.id,
        ),
    )


def month_counts(session: Session, f: TimelineFilter) -> tuple[dict[str, int], int]:
    """Timeline entries per month ("2018-01" → n) and the undated count, for a density strip;
    one grouped query over the filtered timeline's cluster heads."""
    month = func.substr(Event.start, 1, 7)
    query = select(month, func.count()).where(*_conditions(session, f, walk=False))
    counts: dict[str, int] = {}
    undated = 0
    for value, n in session.exec(query.group_by(month)).all():
        if value and len(value) == 7:
            counts[value] = n
        else:
            undated += n
    return counts, undated


def stories(session: Session, story_id: int | None = None) -> list[StoryRow]:
    """The library's stories (or the one asked for), the latest first: a story goes as far
    as its latest article. Articles not grouped yet are in none (`store.stories`)."""
    query = sa_select(Story.__table__)
    if story_id is not None:
        query = query.where(Story.__table__.c.id == story_id)
    rows = session.connection().execute(query).all()
    if not rows:
        return []
    members: dict[int, list[tuple[str, int]]] = defaultdict(list)
    told = sa_select(StoryMember.story_id, StoryMember.day, StoryMember.article_id)
    if story_id is not None:
        told = told.where(StoryMember.story_id == story_id)
    for sid, day, article_id in session.connection().execute(told):
        members[sid].append((day or "", article_id))
    out = [
        StoryRow(
            id=row.id,
            title=row.title,
            first=row.first,
            last=row.last,
            articles=tuple(a for _day, a in sorted(members.get(row.id, []))),
            actors=tuple(json.loads(row.actors or "[]")),
        )
        for row in rows
    ]
    out.sort(key=lambda s: (s.last or "", s.id), reverse=True)
    return out

"""Grouping articles into stories, incrementally: `group_new` places every article not
grouped yet, one at a time in id order, against the stories the library already holds;
`forget` takes articles out again (an import replaced them), to be placed afresh.

Placing an article (`Grouper.place`):
1. weights: each feature (`features`) by its rarity among the grouped articles, the library
   taken to start with `prior_docs` general articles (`background`): "company" is common
   from the first article on. The article is compared by its `kept` strongest features;
2. neighbours: the grouped articles that share its `probes` strongest features, each
   posting list read for its latest `postings` articles only, and those that report one of
   its happenings (`features.cluster_mates`); the `neighbours` sharing most weight give
   the candidate stories. The work per article does not grow with the library;
3. score: per candidate story, `link` × its best cosine with one of the story's articles
   + (1 − `link`) × its mean cosine with the story's `recent` latest articles (a mean, not
   a centroid: a centroid of loosely related articles pulls in everything about Apple as
   the story grows), plus `cluster_bonus` per happening it reports with the story,
   divided by 1 + gap / `gap_days` (gap: to the nearest of the story's first, last and
   recent articles' days: "Jobs resigns" two months after "Jobs on medical leave" fits,
   a launch three years later less);
4. it joins the best story scoring at least `join`, else starts its own; a second candidate
   it also scores `merge` with is merged into that one (a bridge: the article shows the
   two were one story). Stories are never split.

Each batch of `BATCH` articles is one transaction: an interrupted pass resumes with the
articles still without a member row. Grouping is never part of an import.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from dateline.store.db.merge import _ordinal
from dateline.store.stories import tables
from dateline.store.stories.background import prior_share
from dateline.store.stories.describe import describe
from dateline.store.stories.features import Source, cluster_mates, read_sources
from dateline.store.stories.tables import Member

BATCH = 500


@dataclass(frozen=True)
class Params:
    """The knobs of story grouping (defaults: the setting `bench/stories.py` chose)."""

    join: float = 0.14  # least score to join a story
    merge: float = 0.30  # least score with a second story that makes the article a bridge
    link: float = 0.3  # share of the best single-article cosine in the score (vs the mean)
    recent: int = 10  # latest articles of a story the mean cosine is taken over
    actor_weight: float = 1.0  # weight of actor features against word features
    cluster_bonus: float = 0.15  # added per happening the article reports with the story
    cluster_cap: int = 3  # shared happenings counted at most
    gap_days: float = 365.0  # publication gap (days) to the story that halves the score
    probes: int = 12  # strongest features of the new article looked up in the postings
    postings: int = 50  # latest articles read per posting list
    neighbours: int = 20  # nearest articles kept: their stories are the candidates
    mates: int = 20  # articles reporting one of its happenings, at most
    prior_docs: float = 300.0  # general articles the library is taken to start with
    kept: int = 40  # strongest features stored per article and compared
    posted: int = 12  # strongest features an article is posted under


@dataclass
class Stats:
    """What a pass did and cost (for benchmarks and the bounded-neighbourhood test)."""

    articles: int = 0
    stories: int = 0  # stories made
    candidates: int = 0  # candidate stories scored, over all articles
    most_candidates: int = 0  # the most any one article scored
    postings: int = 0  # posting entries read
    merges: int = 0  # bridge merges
    seconds: float = 0.0


@dataclass
class _Story:
    """What scoring needs of a story: its latest members, first and last days."""

    id: int
    recent: list[Member] = field(default_factory=list)  # oldest first
    first: str | None = None
    last: str | None = None


def _cosine(x: dict[str, float], y: dict[str, float]) -> float:
    """Dot product of two unit vectors, over the features they share."""
    return sum(x[f] * y[f] for f in x.keys() & y.keys())


class Grouper:
    """Grouping in batches, one transaction each. What it has read of the story tables
    (terms' df, posting lists, members, stories) is kept in memory and updated as articles
    are placed, from batch to batch while no one else changed the tables (`begin` checks),
    up to `REMEMBERED` members; what a batch will write is kept until `write`."""

    REMEMBERED = 50_000  # members kept in memory between batches

    def __init__(self, params: Params, stats: Stats) -> None:
        self.p, self.stats = params, stats
        self.conn = None
        self.left: tuple | None = None  # the tables' signature as the last batch left them
        self.reset()

    def reset(self) -> None:
        """Forget what was read (another process changed the tables, or a batch failed)."""
        self.df: dict[str, int] = {}
        self.held: dict[str, float] = {}  # term → log(df + prior share + 1)
        self.postings: dict[str, list[int]] = {}  # term → latest articles, oldest first
        self.members: dict[int, Member] = {}
        self.stories: dict[int, _Story] = {}
        self.merged: dict[int, int] = {}  # story merged away → the one it went into

    def begin(self, conn) -> None:
        """Start a batch on `conn` (holding the grouping lock)."""
        self.conn = conn
        self.n = tables.grouped_count(conn)
        if (self.n, tables.last_story(conn)) != self.left or len(self.members) > self.REMEMBERED:
            self.reset()
        self.log_all = math.log(self.n + self.p.prior_docs + 1)
        self.delta: Counter = Counter()  # df to add
        self.pending: dict[str, list[int]] = {}  # term → articles posted by this batch
        # weighted unit vectors, made again each batch: the idf drifts as the library grows
        self.units: dict[int, dict[str, float]] = {}
        self.new: list[Member] = []
        self.touched: set[int] = set()
        self.names: dict[int, set[str]] = {}  # article → actor spellings (for describing)

    # -- weights -----------------------------------------------------------------------

    def need_df(self, terms) -> None:
        missing = [t for t in terms if t not in self.df]
        if missing:
            found = tables.read_df(self.conn, missing)
            for t in missing:
                self.df[t] = found.get(t, 0)

    def count(self, terms) -> None:
        """One more grouped article, holding `terms`."""
        self.n += 1
        self.log_all = math.log(self.n + self.p.prior_docs + 1)
        for f in terms:
            self.df[f] += 1
            self.delta[f] += 1
            self.held.pop(f, None)

    def weigh(self, counts: dict[str, int]) -> dict[str, float]:
        """Sublinear tf × idf × the kind's weight: idf is the rarity among the grouped
        articles and `prior_docs` general ones (smoothed), log((n + prior + 1) / (df +
        prior × share + 1)) + 0.1, its second half kept per term (`held`) until the term's
        df changes."""
        aw, held, df, prior = self.p.actor_weight, self.held, self.df, self.p.prior_docs
        top = self.log_all + 0.1
        out = {}
        for f, c in counts.items():
            h = held.get(f)
            if h is None:
                h = held[f] = math.log(df[f] + prior * prior_share(f) + 1)
            out[f] = (1.0 + math.log(c)) * (top - h) * (aw if f[0] == "a" else 1.0)
        return out

    def unit(self, member: Member) -> dict[str, float]:
        """A member's weighted vector at unit length, made once per batch."""
        vec = self.units.get(member.id)
        if vec is None:
            self.need_df(member.features)
            vec = self.units[member.id] = _unit(self.weigh(member.features))
        return vec

    # -- reading -----------------------------------------------------------------------

    def story_of(self, member: Member) -> int:
        s = member.story
        while s in self.merged:
            s = self.merged[s]
        return s

    def load_members(self, ids) -> None:
        missing = [i for i in ids if i not in self.members]
        if missing:
            found = tables.members(self.conn, missing)
            self.members.update(found)
            self.need_df({f for m in found.values() for f in m.features})

    def load_postings(self, terms: list[str]) -> None:
        missing = [t for t in terms if t not in self.postings]
        if missing:
            n = self.p.postings
            for t, ids in tables.latest_postings(self.conn, missing, n).items():
                self.postings[t] = sorted(ids + self.pending.get(t, []))[-n:]

    def load_stories(self, story_ids: list[int]) -> None:
        missing = [s for s in story_ids if s not in self.stories]
        if not missing:
            return
        spans = tables.stored_spans(self.conn, missing)
        latest = tables.latest_members(self.conn, missing, self.p.recent)
        for s in missing:
            if s in spans:  # else deleted meanwhile (its members' rows were read before)
                recent = [self.members.setdefault(m.id, m) for m in latest[s]]
                self.stories[s] = _Story(s, recent, *spans[s])
        self.need_df(
            {
                f
                for s in missing
                if s in self.stories
                for m in self.stories[s].recent
                for f in m.features
            }
        )

    # -- placing -----------------------------------------------------------------------

    def place(self, source: Source, mates: dict[int, int]) -> int:
        """Place one article: join the best candidate story, start one, or bridge two."""
        p = self.p
        self.need_df(source.counts)
        self.count(source.counts)
        weights = self.weigh(source.counts)
        ranked = sorted(weights, key=lambda f: (-weights[f], f))
        kept = ranked[: p.kept]
        vec = _unit({f: weights[f] for f in kept})
        near = self.neighbours(ranked, weights, mates)
        links = {j: _cosine(vec, self.unit(self.members[j])) for j in near}
        found = list(dict.fromkeys(self.story_of(self.members[j]) for j in near))
        self.load_stories(found)
        found = [s for s in found if s in self.stories]
        self.stats.candidates += len(found)
        self.stats.most_candidates = max(self.stats.most_candidates, len(found))
        scored = sorted(
            ((self.score(source, vec, s, near, links, mates), s) for s in found),
            key=lambda x: (-x[0], x[1]),
        )
        if scored and scored[0][0] >= p.join:
            target = scored[0][1]
            for value, s in scored[1:]:
                if value >= p.merge:
                    self.merge(target, s)
        else:
            target = tables.new_story(self.conn)
            self.stories[target] = _Story(target)
            self.stats.stories += 1
        member = Member(source.id, target, source.day, {f: source.counts[f] for f in kept})
        self.join(member, vec)
        self.names[source.id] = source.names
        return target

    def neighbours(self, ranked: list[str], weights: dict, mates: dict[int, int]) -> list[int]:
        """The grouped articles sharing most weight with the article: through the posting
        lists of its strongest features held by an earlier article, and its happenings'
        other reports (each counted as its strongest feature)."""
        p = self.p
        probes = [f for f in ranked if self.df[f] > 1][: p.probes]
        self.load_postings(probes)
        near: Counter = Counter()
        for f in probes:
            ids = self.postings[f]
            self.stats.postings += len(ids)
            for other in ids:
                near[other] += weights[f]
        if mates:
            top = weights[ranked[0]] if ranked else 1.0
            shared = sorted(mates, key=lambda j: (-mates[j], -j))[: p.mates]
            self.load_members(shared)
            for j in shared:
                if j in self.members:
                    near[j] += top * mates[j]
        nearest = [j for j, _w in near.most_common(p.neighbours)]
        self.load_members(nearest)
        return [j for j in nearest if j in self.members]

    def score(
        self,
        source: Source,
        vec: dict[str, float],
        story_id: int,
        near: list[int],
        links: dict[int, float],
        mates: dict[int, int],
    ) -> float:
        """How well the article fits the story (see the module's docstring, step 3)."""
        p = self.p
        story = self.stories[story_id]
        for m in story.recent:
            if m.id not in links:
                links[m.id] = _cosine(vec, self.unit(m))
        known = [j for j in near if self.story_of(self.members[j]) == story_id]
        known += [m.id for m in story.recent]
        value = p.link * max(links[j] for j in known)
        if story.recent:
            value += (1 - p.link) * sum(links[m.id] for m in story.recent) / len(story.recent)
        shared = max((mates.get(j, 0) for j in known), default=0)
        value += p.cluster_bonus * min(shared, p.cluster_cap)
        if source.day:
            days = [d for d in (story.first, story.last, *(m.day for m in story.recent)) if d]
            if days:
                gap = min(abs(_ordinal(source.day) - _ordinal(d)) for d in days)
                value /= 1.0 + gap / p.gap_days
        return value

    def join(self, member: Member, vec: dict[str, float]) -> None:
        """Add the article to its story, to be written with the batch."""
        story = self.stories[member.story]
        story.recent = sorted([*story.recent, member], key=lambda m: m.id)[-self.p.recent :]
        if member.day:
            story.first = min(story.first or member.day, member.day)
            story.last = max(story.last or member.day, member.day)
        self.members[member.id] = member
        self.units[member.id] = vec
        self.new.append(member)
        self.touched.add(member.story)
        for f in list(member.features)[: self.p.posted]:
            self.pending.setdefault(f, []).append(member.id)
            if f in self.postings:
                self.postings[f] = sorted([*self.postings[f], member.id])[-self.p.postings :]

    def merge(self, keep: int, gone: int) -> None:
        """Merge story `gone` into `keep` (a bridge article scored high with both)."""
        tables.move_story(self.conn, gone, keep)
        self.merged[gone] = keep
        a, b = self.stories[keep], self.stories.pop(gone)
        a.recent = sorted(a.recent + b.recent, key=lambda m: m.id)[-self.p.recent :]
        a.first = min(d for d in (a.first, b.first) if d) if a.first or b.first else None
        a.last = max(d for d in (a.last, b.last) if d) if a.last or b.last else None
        self.touched.discard(gone)
        self.touched.add(keep)
        self.stats.merges += 1

    # -- writing -----------------------------------------------------------------------

    def write(self, stale: list[int]) -> None:
        """Write the batch: df, members, postings, and the touched stories' descriptions."""
        tables.add_df(self.conn, dict(self.delta))
        if self.merged:
            for m in self.members.values():
                m.story = self.story_of(m)
            self.merged.clear()
        posted = [(f, m.id) for m in self.new for f in list(m.features)[: self.p.posted]]
        tables.write_members(self.conn, self.new, posted)
        wanted = sorted(self.touched | set(stale))

        def unit(member: Member) -> dict[str, float]:
            return self.unit(self.members.setdefault(member.id, member))

        rows, empty = describe(self.conn, wanted, unit, self.names)
        tables.write_descriptions(self.conn, rows)
        tables.delete_stories(self.conn, empty)
        for s in empty:
            self.stories.pop(s, None)
        self.left = (self.n, tables.last_story(self.conn))


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
    return {f: x / norm for f, x in vec.items()}


def group_new(
    engine: Engine, params: Params = Params(), batch: int = BATCH, stats: Stats | None = None
) -> tuple[int, int]:
    """Group every article that has no story yet, in id order; return (articles grouped,
    stories made). Each batch is one transaction, holding the grouping lock; stories an
    article left (`forget`) are described again."""
    stats = stats if stats is not None else Stats()
    start = time.perf_counter()
    grouped = made = 0
    after = 0
    grouper = Grouper(params, stats)
    while True:
        with engine.connect() as conn:
            tables.lock(conn)
            ids = tables.ungrouped(conn, after, batch)
            stale = tables.stale_stories(conn)
            if not ids and not stale:
                conn.rollback()
                break
            before = stats.stories
            grouper.begin(conn)
            sources = read_sources(conn, ids)
            mates = cluster_mates(conn, ids)
            grouper.need_df({f for s in sources.values() for f in s.counts})
            for i in ids:
                grouper.place(sources[i], mates.get(i, {}))
            grouper.write(stale)
            conn.commit()
        grouped += len(ids)
        made += stats.stories - before
        stats.articles += len(ids)
        if not ids:
            break
        after = ids[-1]
    stats.seconds += time.perf_counter() - start
    return grouped, made


def forget(conn, article_ids: list[int]) -> None:
    """Take articles out of their stories, before their content is replaced (an import
    updating a changed file): their terms' df is lowered (counted from the text still
    stored), their postings and member rows go, a story left empty goes, and the others
    are described again at the next pass. The articles are then grouped afresh."""
    gone = tables.members(conn, list(article_ids))
    if not gone:
        return
    sources = read_sources(conn, list(gone))
    tables.lower_df(conn, [f for s in sources.values() for f in s.counts])
    tables.remove_members(conn, list(gone.values()))
    stories = sorted({m.story for m in gone.values()})
    spans = tables.spans(conn, stories)
    tables.delete_stories(conn, [s for s in stories if s not in spans])
    tables.mark_stale(conn, spans)

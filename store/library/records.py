"""The plain records the read side returns: what the reader and the command line display.

Frozen dataclasses with no database behind them, so the UI and the exports can import
them without loading SQLAlchemy (`dateline tag` and `--help` start in tens of ms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

from dateline.store.dates import dated_label, label, span
from dateline.store.paragraphs import HEADLINE_INDEX


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
    url: str | None = None
    language: str | None = None  # ISO 639-1, as detected at import

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
    kind: str  # "caption" | "body" | "headline"
    text: str
    marks: tuple[Mark, ...] = ()


# A paragraph's outline: (index, kind, length of its text, newlines in it), what laying an
# article out needs before its text is read.
Outline = tuple[int, str, int, int]


class Paragraphs(Sequence[ParagraphView]):
    """A long article's paragraphs, read from the store a page at a time as they are first
    asked for: opening an article of 100,000 paragraphs reads their outline alone (building
    every paragraph and its marks took most of a second), and the reader wraps only those
    it shows. `load(first, last)` reads the paragraphs whose index lies in [first, last]."""

    PAGE = 200  # paragraphs read at once
    KEPT = 64  # pages kept in memory

    def __init__(
        self, outline: Sequence[Outline], load: Callable[[int, int], list[ParagraphView]]
    ) -> None:
        self.outline = outline
        self._load = load
        self._pages: dict[int, list[ParagraphView]] = {}

    def __len__(self) -> int:
        return len(self.outline)

    def _page(self, number: int) -> list[ParagraphView]:
        page = self._pages.pop(number, None)
        if page is None:
            part = self.outline[number * self.PAGE : (number + 1) * self.PAGE]
            found = {view.index: view for view in self._load(part[0][0], part[-1][0])}
            # a paragraph gone meanwhile (the article re-imported) reads as empty
            page = [found.get(i) or ParagraphView(i, kind, "") for i, kind, _n, _l in part]
            if len(self._pages) >= self.KEPT:
                del self._pages[next(iter(self._pages))]  # the least recently used
        self._pages[number] = page  # most recently used last
        return page

    def __getitem__(self, at):  # type: ignore[override]
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self)))]
        if at < 0:
            at += len(self)
        if not 0 <= at < len(self):
            raise IndexError(at)
        return self._page(at // self.PAGE)[at % self.PAGE]

    def __iter__(self) -> Iterator[ParagraphView]:
        for number in range(0, (len(self) + self.PAGE - 1) // self.PAGE):
            yield from self._page(number)


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: ArticleRow
    paragraphs: Sequence[ParagraphView]  # a tuple, or `Paragraphs` for a long article
    # the headline with its marks, when it restates events of the lead (index -1)
    headline: ParagraphView | None = None


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
    speaker: str | None = None  # who said it, when the report is a saying that names them
    # the date this report gives the event and how (its own, which may not be the entry's:
    # see `TimelineEntry.conflict`)
    date: str | None = None
    dating: str | None = None

    @property
    def label(self) -> str:
        """The date this report gives, with its certainty mark (`~5 May 2026`)."""
        return dated_label(self.date, self.dating or "undated")

    @property
    def where(self) -> str:
        """Where in its article, as people count: "headline", "paragraph 3"."""
        return "headline" if self.paragraph == HEADLINE_INDEX else f"paragraph {self.paragraph + 1}"


# A place in timeline order: (phase, start, end, rank, id) of an entry's cluster head;
# phase 0 dated, 1 undated (whose start and end are ""), rank from `bound_rank`. Pages are
# read after or before one.
PageKey = tuple[int, str, str, int, int]

_BOUND_RANK = {"before": 0, "after": 2}


def bound_rank(dating: str) -> int:
    """Among entries of the same days, what happened *before* them comes first and what
    happened *after* them last: the one order of the reader, the CLI and every export."""
    return _BOUND_RANK.get(dating, 1)


def page_key(event_id: int, start: str | None, end: str | None, dating: str) -> PageKey:
    """Where an event (a cluster head) sits in timeline order: dated ones by first day,
    last day, `bound_rank` and id, undated ones after them by id."""
    if start is None:
        return (1, "", "", 1, event_id)
    return (0, start, end or "", bound_rank(dating), event_id)


def timeline_order(entry: TimelineEntry) -> tuple:
    """An entry's place in timeline order (its key, when the store read it), for lists not
    read in that order."""
    if entry.key is not None:
        return tuple(entry.key)
    return page_key(entry.id, entry.start, entry.end, entry.dating)


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
    key: PageKey | None = None  # its place in timeline order (see `timeline_page`)
    # an article reporting it was imported (or updated) after `TimelineFilter.new_since`
    new: bool = False
    # its sources disagree on the date ("began on Monday", "began on Tuesday": each
    # source's `date` says what it gives); the entry has the best-supported one
    conflict: bool = False
    # why the entry has its date when its sources disagree: "3 of 4 explicit reports",
    # "explicit over inferred" ("" when they agree)
    dated_by: str = ""

    @property
    def label(self) -> str:
        """The date at its granularity with its certainty mark (`~24 Jan 2018`)."""
        return dated_label(self.date, self.dating, self.start, self.end)

    def disagreement(self) -> list[tuple[str, list[Source]]]:
        """The dates the sources of a `conflict` entry give, each with the sources giving
        it, the entry's own first: what the reader sets side by side. Empty when they
        agree."""
        if not self.conflict:
            return []
        dates: dict[str, list[Source]] = {}
        for source in self.sources:
            dates.setdefault(source.label, []).append(source)
        own = self.label
        return sorted(dates.items(), key=lambda item: item[0] != own)

    @property
    def count(self) -> int:
        """How many articles report this event (some may not be loaded: see `reports`)."""
        return max(self.reports or 0, len({s.article for s in self.sources}))

    @property
    def bounds(self) -> tuple[str | None, str | None]:
        """(first day, last day) as far as they are known: "before X" has only a last day
        (X's first: it happened before X began), "after X" (and "since X") only a first."""
        if self.dating == "before":
            return None, self.start
        if self.dating == "after":
            return self.start, None
        return self.start, self.end

    def to_json(self) -> dict:
        """The timeline's JSON record; paragraphs count from 1, as everywhere they are shown."""
        start, end = self.bounds
        return {
            "date": self.date,
            "start": start,
            "end": end,
            "dating": self.dating,
            "type": self.type,
            "summary": self.summary,
            "actors": list(self.actors),
            "new": self.new,
            "conflict": self.conflict,
            "sources": [
                {k: v + 1 if k == "paragraph" else v for k, v in asdict(s).items() if k != "event"}
                for s in self.sources
            ],
        }


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """What the timeline shows; every field narrows it, and they combine."""

    article_id: int | None = None  # entries with a source in this article
    entity: str | None = None  # an actor, aliases included (see `actor_matches`)
    type: str | None = None
    since: str | None = None  # ISO date: entries whose period ends on or after it
    until: str | None = None  # ISO date: entries whose period starts on or before it
    # entries an article imported or updated after this moment reports are `new` (None:
    # none is); with `only_new`, only those are on the timeline
    new_since: datetime | None = None
    only_new: bool = False
    story_id: int | None = None  # entries an article of this story reports
    only_conflicts: bool = False  # only the entries whose sources disagree on the date

    @property
    def dated_only(self) -> bool:
        return bool(self.since or self.until)


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A story as the story list shows it: what happened (`title`), when (the first and
    latest publication days of its articles), who (its main actors) and its articles."""

    id: int
    title: str
    first: str | None
    last: str | None
    articles: tuple[int, ...]  # ids, oldest first
    actors: tuple[str, ...] = ()

    @property
    def span(self) -> str:
        """ "3 Mar – 9 Apr 2021", "2 Feb 2021" (one day), or "undated"."""
        return label(span(self.first, self.last or self.first)) if self.first else "undated"

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "articles": list(self.articles),
            "first": self.first,
            "last": self.last,
            "actors": list(self.actors),
        }

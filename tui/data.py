"""Everything the reader reads or writes goes through `ReaderData`.

One small adapter between the widgets and the store, so a different store API (paged
queries for very large libraries, a remote engine) changes this module only. Methods are
plain blocking calls; the app runs the slow ones in worker threads.

A library can refuse the reader's writes (opened read-only, a read-only file or server, a
disk that fills up during the session): every write here catches `LibraryReadOnly`, says
so once through `on_refused`, and the reader carries on with what it had in memory.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import replace
from datetime import datetime
from typing import Any

from dateline.store.library import Library, LibraryReadOnly, SearchHit, records
from dateline.store.library.records import ArticleRow, ArticleView, TimelineEntry
from dateline.tui.filters import TimelineFilter

# Timeline entries per page in the whole-library scope: a few screens, because a page is
# read and laid out while a key waits.
PAGE = 40
JUMP_BEFORE = JUMP_AFTER = 14  # entries read either side of a jump (a screen holds ~11), more
# than the pane's margin for loading the next page, so a jump never loads one at once


class Counts:
    """Counts of the timeline by filter, made once and kept until the library changes:
    counting a million events takes a while, and every switch to the whole library asked
    again (in a thread that slowed the keys meanwhile). Threads asking for a count being
    made wait for it instead of making it again."""

    def __init__(self) -> None:
        self._values: dict[Hashable, Any] = {}
        self._making: dict[Hashable, threading.Lock] = {}
        self._guard = threading.Lock()
        self._generation = 0  # counts made before the last `forget` are not kept

    def __contains__(self, key: Hashable) -> bool:
        return key in self._values

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        with self._guard:
            lock = self._making.setdefault(key, threading.Lock())
        with lock:
            if key in self._values:
                return self._values[key]
            generation = self._generation
            value = make()
            with self._guard:
                if generation == self._generation:
                    self._values[key] = value
            return value

    def forget(self) -> None:
        """The library changed: count again when asked."""
        with self._guard:
            self._values.clear()
            self._generation += 1


_MISSING = object()  # nothing read ahead for that place


class TimelinePages:
    """A long timeline read a page at a time from any place in it: the whole-library
    timeline pane holds a window of it. Places are the entries' `key`s; every read is one
    or two index-backed keyset queries, so reaching the end costs what reaching the
    start does. Pages are (entries, whether more lie beyond them)."""

    def __init__(
        self,
        library: Library,
        filters: records.TimelineFilter,
        size: int,
        counts: Counts | None = None,
    ) -> None:
        self.library = library
        self.filters = filters
        self.size = size
        self.counts = counts or Counts()
        self._primed: dict[records.PageKey | None, Any] = {}  # read ahead, used once
        # the next date's window, read ahead after a date jump: (key, direction, window),
        # replaced in one assignment (the worker that reads it may still run at the next)
        self._date_ahead: tuple[tuple, int, Any] | None = None

    def prime(self, at: records.PageKey | None) -> None:
        """Read now (in a worker) the window `first()` (at None) or `around(at)` will be
        asked for on the UI thread: on an article of 100,000 events it takes a while."""
        self._primed[at] = self._first() if at is None else self._around(at)

    def first(self) -> tuple[list[TimelineEntry], bool]:
        primed = self._primed.pop(None, _MISSING)
        return self._first() if primed is _MISSING else primed

    def _first(self) -> tuple[list[TimelineEntry], bool]:
        page, after = self.library.timeline_page(self.filters, None, self.size)
        return page, after is not None

    def last(self) -> tuple[list[TimelineEntry], bool]:
        page, before = self.library.timeline_page_before(self.filters, None, self.size)
        return page, before is not None

    def after(self, key: records.PageKey) -> tuple[list[TimelineEntry], bool]:
        """The page after the entry at `key`."""
        page, after = self.library.timeline_page(self.filters, key, self.size)
        return page, after is not None

    def before(self, key: records.PageKey) -> tuple[list[TimelineEntry], bool]:
        """The page before the entry at `key`, in timeline order."""
        page, before = self.library.timeline_page_before(self.filters, key, self.size)
        return page, before is not None

    def around(self, key: records.PageKey) -> tuple[list[TimelineEntry], int, bool, bool]:
        """Entries before the one at `key` and from it on, in one read: the
        window a jump opens (entries, index of the one at `key`, more before, more after).
        Small, because a jump lays all of it out while the key waits: a screenful either
        side of the cursor; moving on loads the pages beyond."""
        primed = self._primed.pop(key, _MISSING)
        return self._around(key) if primed is _MISSING else primed

    def _around(self, key: records.PageKey) -> tuple[list[TimelineEntry], int, bool, bool]:
        return self.library.timeline_window(self.filters, key, *self._jump)

    @property
    def _jump(self) -> tuple[int, int]:
        """Entries a jump reads before its place and from it on."""
        half = max(1, self.size // 2)
        return min(JUMP_BEFORE, half), min(JUMP_AFTER, half)

    def new_count(self) -> int:
        """How many of its entries are new (one COUNT; once)."""
        return self.counts.get(("new", self.filters), self._new_count)

    def _new_count(self) -> int:
        if self.filters.new_since is None:  # the reader was never closed: nothing is new
            return 0
        return self.library.timeline_count(replace(self.filters, only_new=True))

    def next_marked(self, key: records.PageKey | None, kind: str) -> records.PageKey | None:
        """The place of the first entry of a kind ("new", "conflict") after `key` (from the
        start at None)."""
        only = {"new": {"only_new": True}, "conflict": {"only_conflicts": True}}[kind]
        page, _more = self.library.timeline_page(replace(self.filters, **only), key, 1)
        return page[0].key if page else None

    def count(self) -> int:
        """How many entries the whole timeline has (one COUNT, not the pages; once)."""
        return self.counts.get(("entries", self.filters), self._count)

    def _count(self) -> int:
        return self.library.timeline_count(self.filters)

    @property
    def counted(self) -> bool:
        """Whether `count()` answers at once."""
        return ("entries", self.filters) in self.counts

    def date_window(
        self, key: records.PageKey, direction: int
    ) -> tuple[list[TimelineEntry], int, bool, bool] | None:
        """The window `around` the first entry of the next (previous) date with events,
        seen from `key`, read in one go; None when there is no such date."""
        ahead = self._date_ahead
        if ahead is not None and ahead[:2] == (tuple(key), direction):
            self._date_ahead = None
            return ahead[2]
        return self._date_window(key, direction)

    def _date_window(
        self, key: records.PageKey, direction: int
    ) -> tuple[list[TimelineEntry], int, bool, bool] | None:
        return self.library.timeline_date_window(self.filters, key, direction, *self._jump)

    def prime_date(self, key: records.PageKey, direction: int) -> None:
        """Read now (in a worker, after a date jump) the window `date_window(key,
        direction)` gives: the next press of the same key then shows it without a read.
        Only the latest is kept."""
        self._date_ahead = (tuple(key), direction, self._date_window(key, direction))

    def locate(self, event_id: int) -> records.PageKey | None:
        """Where the entry reporting stored event `event_id` is; None when filtered out."""
        return self.library.timeline_key(self.filters, event_id)


class ReaderData:
    def __init__(
        self, library: Library, on_refused: Callable[[LibraryReadOnly], None] | None = None
    ) -> None:
        self.library = library
        self.on_refused = on_refused  # called (in the writing thread) at the first refusal
        self.refused: LibraryReadOnly | None = None  # the first write the library refused
        self._notes: dict[int, str] = {}  # notes written this session that were not saved
        self._index_lock = threading.Lock()  # one index build at a time
        self.counts = Counts()  # kept until `forget_counts`
        # when the reader was last closed: entries of articles imported after it are new
        # (read once, when the reader opens: it stays so for the session)
        self.new_since: datetime | None = None

    @property
    def read_only(self) -> bool:
        """Whether the reader's marks, notes and place are not being saved."""
        return self.library.read_only or self.refused is not None

    def _refuse(self, exc: LibraryReadOnly) -> None:
        if self.refused is None:
            self.refused = exc
            if self.on_refused is not None:
                self.on_refused(exc)

    def prepare(self) -> None:
        """Create the reader's state tables (before anything reads its state)."""
        try:
            self.library.ensure_state()
        except LibraryReadOnly as exc:
            self._refuse(exc)
        self.new_since = self.library.new_since()

    def closing(self) -> None:
        """The reader closes: what the next session calls new is counted from now."""
        if self.read_only:
            return
        try:
            self.library.mark_closed()
        except LibraryReadOnly as exc:
            self._refuse(exc)

    def update_stories(self) -> bool:
        """Group the articles imported since the last grouping into stories (and link their
        reports of events other articles told on other days); True when anything changed.
        A library that cannot be written keeps the stories it has."""
        if self.read_only:
            return False
        try:
            return self.library.update_stories().changed
        except LibraryReadOnly as exc:
            self._refuse(exc)
            return False

    def ungrouped(self, limit: int) -> int:
        """Articles not placed in stories yet, counted up to `limit`."""
        return self.library.ungrouped(limit)

    def stories(self) -> list[records.StoryRow]:
        return self.library.stories()

    def story(self, story_id: int) -> records.StoryRow | None:
        return self.library.story(story_id)

    def update_index(self) -> int:
        """Bring the search index up to date (slow only the first time on a big library)."""
        with self._index_lock:
            return self.library.update_search_index()

    # -- reading ----------------------------------------------------------------------------

    def articles(self) -> list[ArticleRow]:
        """Every article, newest first, undated last."""
        return self.library.articles()

    def articles_first(self, limit: int = 300) -> tuple[list[ArticleRow], bool]:
        """The first page of `articles()`, and whether there are more."""
        rows, more = self.library.articles_page(limit=limit)
        return rows, more is not None

    def url(self, article_id: int) -> str | None:
        """The article's original web address, if it has one."""
        return self.library.article_url(article_id)

    def article(self, article_id: int) -> ArticleView | None:
        return self.library.article(article_id)

    def timeline(
        self, article_id: int | None, filters: TimelineFilter | None = None
    ) -> list[TimelineEntry]:
        filters = filters or TimelineFilter()
        return self.library.timeline(
            article_id,
            entity=filters.actor,
            type=filters.type,
            since=filters.since_day,
            until=filters.until_day,
            new_since=self.new_since,
            only_new=filters.only_new,
            story_id=filters.story_id,
            only_conflicts=filters.only_conflicts,
        )

    def event_types(self) -> set[str]:
        """The event types present in the library (for checking typed filters)."""
        return self.library.event_types()

    def timeline_pages(
        self, article_id: int | None, filters: TimelineFilter | None = None, size: int | None = None
    ) -> TimelinePages:
        """A timeline to read a page at a time from anywhere in it (nothing is read yet)."""
        f = self.store_filter(article_id, filters or TimelineFilter())
        return TimelinePages(self.library, f, size or PAGE, self.counts)

    def forget_counts(self) -> None:
        """The library changed (another process imported): counts are made again."""
        self.counts.forget()

    def month_counts(
        self, filters: TimelineFilter | None = None
    ) -> tuple[dict[int, int], int] | None:
        """Whole-library events per month (month number = year*12 + month-1) and the undated
        count, for the density strip; None when an actor filter needs the full query. Made
        once per filter (see `Counts`)."""
        filters = filters or TimelineFilter()
        if filters.actor:
            return None
        key = ("months", self.store_filter(None, filters))
        return self.counts.get(key, lambda: self._month_counts(filters))

    def has_month_counts(self, filters: TimelineFilter) -> bool:
        """Whether `month_counts(filters)` answers at once."""
        return bool(filters.actor) or ("months", self.store_filter(None, filters)) in self.counts

    def _month_counts(self, filters: TimelineFilter) -> tuple[dict[int, int], int]:
        by_month, undated = self.library.month_counts(self.store_filter(None, filters))
        counts = {}
        for month, count in by_month.items():
            if month[:4].isdigit() and month[5:].isdigit():
                counts[int(month[:4]) * 12 + int(month[5:]) - 1] = count
            else:
                undated += count
        return counts, undated

    def store_filter(
        self, article_id: int | None, filters: TimelineFilter
    ) -> records.TimelineFilter:
        """The store's filter for the reader's `filters` on `article_id`'s timeline (None:
        the whole library's), its entries marked new as this session sees them."""
        return records.TimelineFilter(
            article_id=article_id,
            entity=filters.actor,
            type=filters.type,
            since=filters.since_day,
            until=filters.until_day,
            new_since=self.new_since,
            only_new=filters.only_new,
            story_id=filters.story_id,
            only_conflicts=filters.only_conflicts,
        )

    def search(self, query: str) -> list[SearchHit]:
        """Ranked hits; raises `SearchError` for a query that cannot be parsed.
        Waits for an index build still running."""
        self.update_index()
        return self.library.search(query)

    @property
    def search_is_full_text(self) -> bool:
        return self.library.search_is_full_text

    # -- reader state ---------------------------------------------------------------------

    def flags(self) -> dict[int, tuple[bool, bool]]:
        return self.library.flags()

    def set_flags(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> tuple[bool, bool] | None:
        """The new (read, starred); None when the library refused to save them."""
        try:
            return self.library.set_flags(article_id, read=read, starred=starred)
        except LibraryReadOnly as exc:
            self._refuse(exc)
            return None

    def mark_read(self, article_ids: list[int]) -> bool:
        """Mark these articles read; False when the library refused (kept for the session)."""
        try:
            self.library.mark_read(article_ids)
        except LibraryReadOnly as exc:
            self._refuse(exc)
            return False
        return True

    def note(self, article_id: int) -> str:
        if article_id in self._notes:
            return self._notes[article_id]
        return self.library.note(article_id)

    def set_note(self, article_id: int, words: str) -> str | None:
        """The note as kept; None when the library refused it (it is kept for the session,
        so reopening the editor shows it)."""
        try:
            kept = self.library.set_note(article_id, words)
        except LibraryReadOnly as exc:
            self._refuse(exc)
            self._notes[article_id] = words.strip()
            return None
        self._notes.pop(article_id, None)
        return kept

    def get(self, name: str, default: Any = None) -> Any:
        return self.library.value(name, default)

    def put(self, name: str, value: Any) -> bool:
        """Save a reader value (place, filters, theme); False when the library refused."""
        try:
            self.library.set_value(name, value)
        except LibraryReadOnly as exc:
            self._refuse(exc)
            return False
        return True

"""Everything the reader reads or writes goes through `ReaderData`.

One small adapter between the widgets and the store, so a different store API (paged
queries for very large libraries, a remote engine) changes this module only. Methods are
plain blocking calls; the app runs the slow ones in worker threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from store import queries, search, state
from store.library import Library
from store.queries import ArticleRow, ArticleView, TimelineEntry
from tui.filters import TimelineFilter

PAGE = 300  # timeline entries per page in the whole-library scope


class ReaderData:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.engine = library.engine
        self._index_lock = threading.Lock()  # one index build at a time

    def prepare(self) -> None:
        """Create the reader's state tables (before anything reads its state)."""
        state.ensure_state(self.engine)

    def update_index(self) -> int:
        """Bring the search index up to date (slow only the first time on a big library)."""
        with self._index_lock:
            return search.ensure_index(self.engine)

    # -- reading ----------------------------------------------------------------------------

    def articles(self) -> list[ArticleRow]:
        """Every article, newest first, undated last."""
        return self.library.articles()

    def articles_first(self, limit: int = 300) -> tuple[list[ArticleRow], bool]:
        """The first page of `articles()`, and whether there are more."""
        rows, more = self.library.articles_page(limit=limit)
        return rows, more is not None

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
        )

    def event_types(self) -> set[str]:
        """The event types present in the library (for checking typed filters)."""
        with self.engine.connect() as conn:
            return {row[0] for row in conn.exec_driver_sql("SELECT DISTINCT type FROM event")}

    def timeline_pages(
        self, article_id: int | None, filters: TimelineFilter | None = None, size: int | None = None
    ) -> tuple[list[TimelineEntry], Callable[[], list[TimelineEntry]] | None]:
        """The first page of a timeline and a function returning each next page ([] at the
        end), or None when the first page is all there is."""
        f = self._store_filter(article_id, filters or TimelineFilter())
        size = size or PAGE
        first, key = self.library.timeline_page(f, None, size)
        if key is None:
            return first, None
        after = [key]

        def more() -> list[TimelineEntry]:
            if after[0] is None:
                return []
            page, after[0] = self.library.timeline_page(f, after[0], size)
            return page

        return first, more

    def month_counts(
        self, filters: TimelineFilter | None = None
    ) -> tuple[dict[int, int], int] | None:
        """Whole-library events per month (month number = year*12 + month-1) and the undated
        count, for the density strip; None when an actor filter needs the full query."""
        filters = filters or TimelineFilter()
        if filters.actor:
            return None
        by_month, undated = self.library.month_counts(
            queries.TimelineFilter(
                type=filters.type, since=filters.since_day, until=filters.until_day
            )
        )
        counts = {}
        for month, count in by_month.items():
            if month[:4].isdigit() and month[5:].isdigit():
                counts[int(month[:4]) * 12 + int(month[5:]) - 1] = count
            else:
                undated += count
        return counts, undated

    @staticmethod
    def _store_filter(article_id: int | None, filters: TimelineFilter) -> queries.TimelineFilter:
        return queries.TimelineFilter(
            article_id=article_id,
            entity=filters.actor,
            type=filters.type,
            since=filters.since_day,
            until=filters.until_day,
        )

    def search(self, query: str) -> list[search.SearchHit]:
        """Ranked hits; raises `search.SearchError` for a query that cannot be parsed.
        Waits for an index build still running."""
        self.update_index()
        return search.search(self.engine, query)

    @property
    def search_is_full_text(self) -> bool:
        return search.fts_available(self.engine)

    # -- reader state ---------------------------------------------------------------------

    def flags(self) -> dict[int, tuple[bool, bool]]:
        return state.flags(self.engine)

    def set_flags(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> tuple[bool, bool]:
        return state.set_flags(self.engine, article_id, read=read, starred=starred)

    def get(self, name: str, default: Any = None) -> Any:
        return state.get_value(self.engine, name, default)

    def put(self, name: str, value: Any) -> None:
        state.set_value(self.engine, name, value)

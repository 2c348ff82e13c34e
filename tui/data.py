"""Everything the reader reads or writes goes through `ReaderData`.

One small adapter between the widgets and the store, so a different store API (paged
queries for very large libraries, a remote engine) changes this module only. Methods are
plain blocking calls; the app runs the slow ones in worker threads.
"""

from __future__ import annotations

import threading
from typing import Any

from store import search, state
from store.library import Library
from store.queries import ArticleRow, ArticleView, TimelineEntry
from tui.filters import TimelineFilter


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
        return self.library.articles()

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

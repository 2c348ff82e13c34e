"""The one object the command line and the reader hold: an open library and its operations."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

if TYPE_CHECKING:  # import (the readers, extraction) loads only when something is imported
    from dateline.store.ingest.report import ImportReport, ImportResult

from dateline.store.db import search, state
from dateline.store.db.engine import ENV_VAR, default_path, open_engine
from dateline.store.db.index import index_new_events
from dateline.store.db.models import Article, Event
from dateline.store.library import queries

# The bundled library: `seeds/` beside `store/` in a checkout, `dateline/seeds/` in a wheel.
SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
PARALLEL_FROM = 64  # files; below this, starting worker processes costs more than it saves


class Library:
    """An open Dateline library (SQLite file or SQLAlchemy URL)."""

    def __init__(self, db: str | None = None) -> None:
        self.engine = open_engine(db)
        self.url = self.engine.url.render_as_string(hide_password=True)
        # Events an interrupted import or an older library left unindexed; every import
        # indexes its own, so reads never have to.
        self.merge_duplicates()

    @staticmethod
    def shown(db: str | None) -> str:
        """The library `db` names (else `$DATELINE_DB`, else the default), for errors:
        a path as given, a URL without its password."""
        target = db or os.environ.get(ENV_VAR) or str(default_path())
        if "://" not in target:
            return target
        try:
            return make_url(target).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - an unparsable URL: its scheme is enough
            return target.split("://", 1)[0] + "://…"

    @property
    def name(self) -> str:
        """A short name for headers: the database file's name, or the URL without password."""
        try:
            url = make_url(self.url)
        except Exception:  # noqa: BLE001 - any unparsable URL is shown as is
            return self.url
        if url.get_backend_name() == "sqlite" and url.database:
            return Path(url.database).name
        return url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return Session(self.engine)

    def is_empty(self) -> bool:
        with self.session() as s:
            return s.exec(select(func.count()).select_from(Article)).one() == 0

    def articles(self) -> list[queries.ArticleRow]:
        with self.session() as s:
            return queries.list_articles(s)

    def articles_page(
        self, after: queries.ArticleKey | None = None, limit: int = 300
    ) -> tuple[list[queries.ArticleRow], queries.ArticleKey | None]:
        """One page of the article list and the next page's key; for large libraries."""
        with self.session() as s:
            return queries.articles_page(s, after, limit)

    def article(self, article_id: int) -> queries.ArticleView | None:
        with self.session() as s:
            return queries.article_view(s, article_id)

    def timeline(
        self,
        article_id: int | None = None,
        entity: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[queries.TimelineEntry]:
        """Chronological entries, duplicates across articles merged; filters combine."""
        with self.session() as s:
            return queries.timeline(s, article_id, entity, type, since, until)

    def timeline_page(
        self,
        filters: queries.TimelineFilter | None = None,
        after: queries.PageKey | None = None,
        limit: int = 200,
    ) -> tuple[list[queries.TimelineEntry], queries.PageKey | None]:
        """One page of the timeline and the key of the next; for lists too long to load."""
        with self.session() as s:
            return queries.timeline_page(s, filters or queries.TimelineFilter(), after, limit)

    def timeline_page_before(
        self,
        filters: queries.TimelineFilter | None = None,
        before: queries.PageKey | None = None,
        limit: int = 200,
    ) -> tuple[list[queries.TimelineEntry], queries.PageKey | None]:
        """The page just before `before` (the last page when None) and the key of the one
        before it; with `timeline_page`, a window can be read from anywhere in the timeline."""
        with self.session() as s:
            f = filters or queries.TimelineFilter()
            return queries.timeline_page_before(s, f, before, limit)

    def timeline_window(
        self, filters: queries.TimelineFilter | None, key: queries.PageKey, before: int, after: int
    ) -> tuple[list[queries.TimelineEntry], int, bool, bool]:
        """Entries around `key` (see `queries.timeline_window`): a window opened at a place."""
        with self.session() as s:
            f = filters or queries.TimelineFilter()
            return queries.timeline_window(s, f, key, before, after)

    def timeline_date_step(
        self, filters: queries.TimelineFilter | None, key: queries.PageKey, direction: int
    ) -> queries.PageKey | None:
        """The key of the first entry of the next (or previous) date with entries."""
        with self.session() as s:
            f = filters or queries.TimelineFilter()
            return queries.timeline_date_step(s, f, key, direction)

    def timeline_key(
        self, filters: queries.TimelineFilter | None, event_id: int
    ) -> queries.PageKey | None:
        """Where the entry reporting a stored event sits in the timeline (None if hidden)."""
        with self.session() as s:
            return queries.timeline_key(s, filters or queries.TimelineFilter(), event_id)

    def month_counts(
        self, filters: queries.TimelineFilter | None = None
    ) -> tuple[dict[str, int], int]:
        """Entries per month ("2018-01") and undated, for a sense of time at a glance."""
        with self.session() as s:
            return queries.month_counts(s, filters or queries.TimelineFilter())

    def timeline_count(self, filters: queries.TimelineFilter | None = None) -> int:
        with self.session() as s:
            return queries.timeline_count(s, filters or queries.TimelineFilter())

    def import_paths(
        self,
        paths: Iterable[str | Path],
        on_result: Callable[[ImportResult], None] | None = None,
        **options,
    ) -> ImportReport:
        """Import files and folders, then index the new events (actors, duplicate reports).

        `workers`: processes for parsing and extraction (`ingest.pipeline`); by default every
        core once there are more than `PARALLEL_FROM` files, else this process alone.
        """
        from dateline.store.ingest import import_parallel, import_paths, iter_files

        paths = list(paths)
        workers = options.pop("workers", None)
        if workers is None and "-" not in map(str, paths):
            many = sum(1 for _ in islice(iter_files(paths), PARALLEL_FROM + 1))
            workers = 0 if many > PARALLEL_FROM else 1
        try:
            if workers == 1 or "-" in map(str, paths):
                return import_paths(self.engine, paths, on_result=on_result, **options)
            options.pop("stdin", None)
            return import_parallel(
                self.engine, paths, on_result=on_result, workers=workers or None, **options
            )
        finally:
            self.merge_duplicates()

    def merge_duplicates(self) -> int:
        """Cluster events not yet compared with the rest of the library (cheap when none)."""
        with self.session() as s:
            if s.exec(select(Event.id).where(Event.cluster.is_(None)).limit(1)).first() is None:
                return 0
            return index_new_events(s)

    def import_seeds_if_empty(self) -> ImportReport | None:
        """Fill an empty library with the bundled articles, so a first run shows something."""
        if not self.is_empty() or not SEEDS_DIR.is_dir():
            return None
        return self.import_paths([SEEDS_DIR])

    def event_types(self) -> set[str]:
        """The event types present in the library (for checking typed filters)."""
        with self.session() as s:
            return set(s.exec(sa_select(Event.type).distinct()).scalars())

    # -- search -------------------------------------------------------------------------------

    def update_search_index(self) -> int:
        """Bring the search index up to date; how many articles were (re)indexed."""
        return search.ensure_index(self.engine)

    def search(self, query: str) -> list[search.SearchHit]:
        """Ranked hits; `SearchError` for a query that cannot be parsed."""
        return search.search(self.engine, query)

    @property
    def search_is_full_text(self) -> bool:
        return search.fts_available(self.engine)

    # -- the reader's marks, notes and saved values ------------------------------------------

    def ensure_state(self) -> None:
        """Create the reader's state tables if this library has none yet."""
        state.ensure_state(self.engine)

    def flags(self) -> dict[int, tuple[bool, bool]]:
        """`article_id -> (read, starred)` for every article with recorded state."""
        return state.flags(self.engine)

    def set_flags(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> tuple[bool, bool]:
        return state.set_flags(self.engine, article_id, read=read, starred=starred)

    def notes(self) -> dict[int, str]:
        """`article_id -> note` for every article with a note."""
        return state.notes(self.engine)

    def note(self, article_id: int) -> str:
        return state.note(self.engine, article_id)

    def set_note(self, article_id: int, words: str) -> str:
        return state.set_note(self.engine, article_id, words)

    def value(self, name: str, default: Any = None) -> Any:
        """A saved reader value (last article, place, filters, theme), JSON-decoded."""
        return state.get_value(self.engine, name, default)

    def set_value(self, name: str, value: Any) -> None:
        state.set_value(self.engine, name, value)

    def close(self) -> None:
        self.engine.dispose()

"""The one object the command line and the reader hold: an open library and its operations."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

if TYPE_CHECKING:  # import (the readers, extraction) loads only when something is imported
    from dateline.store.db.crossday import LinkReport
    from dateline.store.ingest.report import ImportReport, ImportResult

from dateline.store.db import schema, search, state
from dateline.store.db.engine import (
    ENV_VAR,
    LibraryReadOnly,
    default_path,
    is_locked,
    open_library,
    write_refused,
)
from dateline.store.db.index import index_new_events
from dateline.store.db.models import Actor, Article, Event
from dateline.store.library import queries

# The bundled library: `seeds/` beside `store/` in a checkout, `dateline/seeds/` in a wheel.
SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
PARALLEL_FROM = 64  # files; below this, starting worker processes costs more than it saves
CLOSED = "closed_at"  # the reader value: when the reader was last closed (ISO, UTC)


@dataclass(frozen=True, slots=True)
class StoriesUpdate:
    """What `Library.update_stories` did."""

    grouped: int  # articles placed in stories
    stories: int  # stories they started
    joined: int = 0  # their reports that joined an entry of another day
    conflicts: int = 0  # entries flagged: their sources disagree on the date

    @property
    def changed(self) -> bool:
        return bool(self.grouped or self.joined)


class Library:
    """An open Dateline library (SQLite file or SQLAlchemy URL).

    `read_only=True` opens it without any write. Otherwise it is opened for writing when it
    can be, and for reading only when it cannot (a read-only file, folder, server or role,
    a full disk): `read_only` is then True and `read_only_reason` says why, in a line such
    as "library.db is read-only". Opening an up-to-date library writes nothing either way.
    Every write on a read-only library, and every write that the database refuses for one
    of those reasons, raises `LibraryReadOnly`.
    """

    def __init__(self, db: str | None = None, read_only: bool = False) -> None:
        opened = open_library(db, read_only=read_only)
        self.engine = opened.engine
        self.read_only_reason: str | None = opened.read_only
        self._state_ready = opened.state_ready
        self._marked = self.engine.dialect.name != "sqlite"
        self.url = self.engine.url.render_as_string(hide_password=True)
        self._watch = None  # the connection `contents_mark` polls (SQLite)
        self._watch_version: int | None = None
        self._watch_mark: tuple | None = None
        if not self.read_only:
            self._catch_up()

    @property
    def read_only(self) -> bool:
        """True when writes are refused (see `read_only_reason`)."""
        return self.read_only_reason is not None

    def _catch_up(self) -> None:
        """Index the events an interrupted import or an older library left unindexed (every
        import indexes its own, so reads never have to). Writes only when there are some; a
        library that turns out not to take writes is then read as it is."""
        try:
            self.merge_duplicates()
        except LibraryReadOnly as exc:
            self.read_only_reason = exc.reason
        except DBAPIError as exc:
            if not is_locked(exc):  # another process is writing: a later open indexes them
                raise

    @contextmanager
    def _writing(self, doing: str) -> Iterator[None]:
        """Guard a write: refused at once on a read-only library, and a refusal from the
        database (read-only file or server, full disk) becomes `LibraryReadOnly`."""
        if self.read_only:
            raise LibraryReadOnly(f"{self.read_only_reason}: cannot {doing}", self.read_only_reason)
        try:
            if not self._marked:  # a library from before the mark gets it when next written
                with self.engine.begin() as conn:
                    if conn.exec_driver_sql("PRAGMA application_id").scalar() == 0:
                        schema.mark(conn)
                self._marked = True
            yield
        except DBAPIError as exc:
            why = write_refused(exc, self.name)
            if why is None:
                raise
            raise LibraryReadOnly(f"{why}: cannot {doing}", why) from exc

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
        """The article with its marked paragraphs; a long one's are read as they are asked
        for (see `queries.article_view`), so the view needs the library open to be read."""

        def load(first: int, last: int) -> list[queries.ParagraphView]:
            with self.session() as s:
                return queries.paragraph_views(s, article_id, first, last)

        with self.session() as s:
            return queries.article_view(s, article_id, load)

    def article_url(self, article_id: int) -> str | None:
        """Where the article was published on the web, when its source said."""
        with self.session() as s:
            return s.exec(select(Article.url).where(Article.id == article_id)).first()

    def timeline(
        self,
        article_id: int | None = None,
        entity: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        new_since: datetime | None = None,
        only_new: bool = False,
        story_id: int | None = None,
        only_conflicts: bool = False,
    ) -> list[queries.TimelineEntry]:
        """Chronological entries, duplicates across articles merged; filters combine."""
        with self.session() as s:
            return queries.timeline(
                s,
                article_id,
                entity,
                type,
                since,
                until,
                new_since=new_since,
                only_new=only_new,
                story_id=story_id,
                only_conflicts=only_conflicts,
            )

    def stories(self) -> list[queries.StoryRow]:
        """The stories the articles are grouped into, the latest first (see
        `update_stories`)."""
        with self.session() as s:
            return queries.stories(s)

    def story(self, story_id: int) -> queries.StoryRow | None:
        with self.session() as s:
            found = queries.stories(s, story_id)
        return found[0] if found else None

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

    def timeline_date_window(
        self,
        filters: queries.TimelineFilter | None,
        key: queries.PageKey,
        direction: int,
        before: int,
        after: int,
    ) -> tuple[list[queries.TimelineEntry], int, bool, bool] | None:
        """`timeline_window` at `timeline_date_step`'s entry, in one read (None: no date)."""
        with self.session() as s:
            f = filters or queries.TimelineFilter()
            return queries.timeline_date_window(s, f, key, direction, before, after)

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
        core once there are more than `PARALLEL_FROM` files, else this process alone — but
        for the articles of a file of many (`ingest.entries`), extracted on every core.
        """
        from dateline.store.ingest import import_parallel, import_paths, iter_files

        with self._writing("import"):
            pass  # refused before any file is read; the import reports its own failures
        paths = list(paths)
        workers = options.pop("workers", None)
        few = "-" in map(str, paths)
        if workers is None and not few:
            few = sum(1 for _ in islice(iter_files(paths), PARALLEL_FROM + 1)) <= PARALLEL_FROM
        try:
            if workers == 1 or few:  # a file of many articles may still use every core
                return import_paths(
                    self.engine, paths, on_result=on_result, workers=workers, **options
                )
            options.pop("stdin", None)
            return import_parallel(
                self.engine, paths, on_result=on_result, workers=workers, **options
            )
        finally:
            self.merge_duplicates()

    def merge_duplicates(self) -> int:
        """Cluster events not yet compared with the rest of the library (cheap when none:
        one read, no write)."""
        with self.session() as s:
            if s.exec(select(Event.id).where(Event.cluster.is_(None)).limit(1)).first() is None:
                return 0
        with self._writing("index new events"), self.session() as s:
            return index_new_events(s)

    def ungrouped(self, limit: int) -> int:
        """How many articles `update_stories` has still to place, counted up to `limit`."""
        from dateline.store.stories.tables import ungrouped

        with self.engine.connect() as conn:
            return len(ungrouped(conn, 0, limit))

    def link_reports(self, article_ids: Iterable[int]) -> LinkReport:
        """Join the reports of these articles (just imported) to the entries of other days
        they report, and flag the entries whose sources disagree on the date
        (`db.crossday.link_new_reports`; `update_stories` runs it first)."""
        from dateline.store.db.crossday import link_new_reports

        with self._writing("link reports"):
            return link_new_reports(self.engine, article_ids)

    def update_stories(self) -> StoriesUpdate:
        """Place the articles imported since the last pass: first their reports of events
        other articles told on other days join those entries, and entries whose sources
        disagree on the date are flagged (`db.crossday`); then the articles are grouped
        into stories (`store.stories`), where the happenings they now share count. Never
        part of an import, whose speed it would halve: the `import` command runs it after
        the import, the reader in the background when it opens or lists the stories.
        Cheap when every article is placed (one read)."""
        from dateline.store.db.crossday import link_new_reports
        from dateline.store.stories.group import group_new
        from dateline.store.stories.tables import ungrouped

        try:
            with self._writing("group the articles into stories"):
                with self.engine.connect() as conn:
                    ids: list[int] = []
                    while batch := ungrouped(conn, ids[-1] if ids else 0, 5000):
                        ids += batch
                if not ids:
                    return StoriesUpdate(0, 0)
                linked = link_new_reports(self.engine, ids)
                grouped, made = group_new(self.engine)
        except DBAPIError as exc:
            if not is_locked(exc):  # another process is writing: the next pass places them
                raise
            return StoriesUpdate(0, 0)
        return StoriesUpdate(grouped, made, linked.joined, linked.conflicts)

    def import_seeds_if_empty(self) -> ImportReport | None:
        """Fill an empty library with the bundled articles, so a first run shows something
        (not a read-only one: it is shown as it is)."""
        if self.read_only or not self.is_empty() or not SEEDS_DIR.is_dir():
            return None
        return self.import_paths([SEEDS_DIR])

    def closest_actors(self, name: str, limit: int = 3) -> list[str] | None:
        """None when `name` refers to an actor of the library (aliases too); else the
        actor names closest to it (possibly none), for "did you mean"."""
        import difflib

        with self.session() as s:
            if queries._matching_actor_ids(s, name):
                return None
            names = list(s.exec(select(Actor.name)).all())
        by_lower = {n.lower(): n for n in names}
        close = difflib.get_close_matches(name.lower(), list(by_lower), n=limit, cutoff=0.5)
        if not close:  # a surname alone, a nickname: names sharing a word with it
            words = {w.lower() for w in name.split()}
            close = [k for k in by_lower if words & set(k.split())][:limit]
        return [by_lower[c] for c in close]

    def event_types(self) -> set[str]:
        """The event types present in the library (for checking typed filters)."""
        with self.session() as s:
            return set(s.exec(sa_select(Event.type).distinct()).scalars())

    # -- search -------------------------------------------------------------------------------

    def update_search_index(self) -> int:
        """Bring the search index up to date; how many articles were (re)indexed. A
        read-only library keeps the index it has (`search` copes with a stale one)."""
        if self.read_only:
            return 0
        try:
            return search.ensure_index(self.engine)
        except DBAPIError as exc:
            if write_refused(exc, self.name) is None:
                raise
            return 0

    def search(self, query: str) -> list[search.SearchHit]:
        """Ranked hits; `SearchError` for a query that can match nothing. When the index is
        stale and cannot be written (a read-only library, a full disk), every article is
        scanned instead: unranked, but nothing is missed."""
        try:
            return search.search(self.engine, query)
        except DBAPIError as exc:
            if write_refused(exc, self.name) is None:
                raise
            return search._like_search(self.engine, query, 500)

    @property
    def search_is_full_text(self) -> bool:
        return search.fts_available(self.engine)

    # -- the reader's marks, notes and saved values ------------------------------------------

    # Reads of the state answer "nothing recorded" for an old library opened read-only
    # without the state tables; every write raises `LibraryReadOnly` on a read-only library.

    def ensure_state(self) -> None:
        """Create the reader's state tables if this library has none yet. Opening found them
        (or made them), so this is usually nothing at all; a read-only library without
        them raises `LibraryReadOnly`."""
        if self._state_ready:
            return
        with self._writing("keep the reader's marks"):
            state.ensure_state(self.engine)
        self._state_ready = True

    def flags(self) -> dict[int, tuple[bool, bool]]:
        """`article_id -> (read, starred)` for every article with recorded state."""
        return state.flags(self.engine) if self._state_ready else {}

    def set_flags(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> tuple[bool, bool]:
        with self._writing("save the mark"):
            return state.set_flags(self.engine, article_id, read=read, starred=starred)

    def mark_read(self, article_ids: list[int]) -> int:
        """Mark these articles read at once; how many were unread."""
        with self._writing("save the marks"):
            return state.mark_read(self.engine, article_ids)

    def notes(self) -> dict[int, str]:
        """`article_id -> note` for every article with a note."""
        return state.notes(self.engine) if self._state_ready else {}

    def note(self, article_id: int) -> str:
        return state.note(self.engine, article_id) if self._state_ready else ""

    def set_note(self, article_id: int, words: str) -> str:
        with self._writing("save the note"):
            return state.set_note(self.engine, article_id, words)

    def value(self, name: str, default: Any = None) -> Any:
        """A saved reader value (last article, place, filters, theme), JSON-decoded."""
        return state.get_value(self.engine, name, default) if self._state_ready else default

    def set_value(self, name: str, value: Any) -> None:
        with self._writing(f"save the reader's {name}"):
            state.set_value(self.engine, name, value)

    def new_since(self) -> datetime | None:
        """When the reader was last closed on this library: the events of articles imported
        or updated after it are new. None before it has ever been closed: nothing is new
        then (every article is unread, and a timeline of nothing but new events would
        mark nothing)."""
        value = self.value(CLOSED)
        try:
            return datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def mark_closed(self, moment: datetime | None = None) -> None:
        """The reader closes: what is new is counted from now on (from `moment`)."""
        self.set_value(CLOSED, (moment or datetime.now(UTC)).isoformat())

    # -- noticing imports by another process ------------------------------------------------

    def contents_mark(self) -> tuple:
        """A mark of the articles the library holds, cheap to poll: it changes when another
        process imports (or re-imports) articles. On SQLite, `PRAGMA data_version` on a
        connection kept for it says whether anyone else committed since the last poll,
        and only then are the articles counted; other engines count every time (two
        index look-ups and a count)."""
        if self.engine.dialect.name == "sqlite":
            if self._watch is None:
                self._watch = self.engine.raw_connection()
            version = self._watch.cursor().execute("PRAGMA data_version").fetchone()[0]
            if version == self._watch_version and self._watch_mark is not None:
                return self._watch_mark
            self._watch_version = version
        with self.session() as s:
            self._watch_mark = queries.contents_mark(s)
        return self._watch_mark

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()

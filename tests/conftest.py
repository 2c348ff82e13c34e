"""Shared fixtures: paths to the bundled seeds, a fresh library per test, and the helpers
the reader's pilot tests drive the app with (they wait on the app's state, never a clock)."""

from __future__ import annotations

import calendar
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, event, text
from textual.geometry import Region

from dateline.store.library import Library

if TYPE_CHECKING:  # the store's tests need not import the reader
    from dateline.tui.app import DatelineApp

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_accba6d27c16abaa.txt"


# Two paragraphs of prose that open a story, so that what follows is read outside its lead.
STORY_LEAD = (
    "Voters met in the town hall on Sunday to discuss the budget.\n\n"
    "Shops in the old town closed early on Sunday because of the storm.\n\n"
)


def sentence_events(body: str, published: str = "Monday, March 5, 2018", *, lead: bool = False):
    """(source sentence, event) of each event extracted from one invented article: `body`'s
    paragraphs under a title and the date line `published`, after `STORY_LEAD` if `lead`."""
    from dateline.store.extract.article import extract
    from dateline.store.formats.article import parse_article

    article = parse_article(f"Title\n{published}\n\n{STORY_LEAD if lead else ''}{body}\n")
    found = extract(article)
    return [
        (p.text[e.sent_start : e.sent_end], e)
        for p, x in zip(article.paragraphs, found.paragraphs, strict=True)
        for e in x.events
    ]


def dated_by_opening(events, opening: str) -> set[tuple[str, str | None, str]]:
    """(trigger, date, dating) of the `sentence_events` whose sentence opens with `opening`."""
    return {(e.trigger, e.date, e.dating) for s, e in events if s.startswith(opening)}


def by_trigger(events) -> dict[str, tuple[str | None, str]]:
    """Each trigger word of `sentence_events` with its (date, dating); the last one's when
    a word triggers twice."""
    return {e.trigger: (e.date, e.dating) for _s, e in events}


def dated_triggers(body: str, published: str) -> dict[str, tuple[str, str | None, str]]:
    """Each trigger word of `body`'s events with its (type, date, dating)."""
    return {e.trigger: (e.type, e.date, e.dating) for _s, e in sentence_events(body, published)}


def triggers_after_lead(body: str) -> list[str]:
    """The trigger words of the events of `body`, read after a story's lead (`STORY_LEAD`):
    what the rule tests of states, figures and views ask of their sentences."""
    return [e.trigger for _s, e in sentence_events(body, lead=True)]


def entry_paragraphs(library, path: Path, story: str, etype: str) -> list[list[int]]:
    """Import `story` as `path` into `library`; the paragraphs each `etype` entry cites,
    sorted: how the article's reports were grouped into timeline entries."""
    path.write_text(story, encoding="utf-8")
    library.import_paths([path])
    entries = [e for e in library.timeline() if e.type == etype]
    return sorted(sorted(s.paragraph for s in e.sources) for e in entries)


def is_verb_in(sentence: str, word: str) -> bool:
    """Is `word` (its first occurrence) read as a verb in `sentence`?"""
    from dateline.store.extract.clauses import tokenise
    from dateline.store.extract.verbs import is_verb_here

    tokens = tokenise(sentence)
    return is_verb_here(tokens, next(k for k, t in enumerate(tokens) if t[2] == word))


def write_articles(folder: Path, articles: dict[str, str]) -> list[Path]:
    """Write article texts as `<name>.txt` files in `folder` (created), return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, body in articles.items():
        path = folder / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def import_command(path: Path, db: Path) -> list[str]:
    """`dateline import PATH --db DB` run as its own process (to be killed, or to race)."""
    return [sys.executable, "-m", "dateline.tui.cli", "import", str(path), "--db", str(db)]


def stored_articles(db: Path) -> int:
    """Articles in a SQLite library another process may still be creating (0 before)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM article").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def whole_articles(db: Path) -> int:
    """How many articles a SQLite library holds, once it is checked that each has its
    paragraphs and that its events and time expressions point into it."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert not conn.execute(
            "SELECT id FROM article WHERE id NOT IN (SELECT article_id FROM paragraph)"
        ).fetchall()
        for table in ("event", "timeexpression"):
            assert not conn.execute(
                f"SELECT t.id FROM {table} t LEFT JOIN paragraph p ON p.id = t.paragraph_id "
                "WHERE p.id IS NULL OR p.article_id != t.article_id"
            ).fetchall()
        return conn.execute("SELECT count(*) FROM article").fetchone()[0]


PG_URL = os.environ.get("DATELINE_TEST_PG")  # set by .ci/run when it started PostgreSQL


def _fresh_postgres(url: str) -> None:
    """Empty the test database: drop and recreate its public schema."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch) -> None:
    """No test reads the person's config.toml, and the reader's exports (which go to the
    person's documents folder) land in the test's folder instead."""
    from dateline.tui import config

    monkeypatch.setenv(config.ENV_VAR, str(tmp_path / "no-config.toml"))
    monkeypatch.setattr(config, "default_export_dir", lambda: tmp_path)


@pytest.fixture(params=["sqlite", "postgresql"])
def library(request, tmp_path) -> Library:
    """A fresh library on each engine the store supports (PostgreSQL when CI provides one)."""
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("no PostgreSQL server (DATELINE_TEST_PG unset; .ci/run starts one)")
        _fresh_postgres(PG_URL)
        lib = Library(PG_URL)
    else:
        lib = Library(str(tmp_path / "library.db"))
    yield lib
    lib.close()


# -- the reader's pilot tests ----------------------------------------------------------------

READER_ARTICLES = {
    "council": """City council bans cars downtown

Wednesday, January 24, 2018

The council voted on March 3, 2017, to ban cars from the old town.

Residents had protested on February 10, 2017, outside city hall.

The mayor said on Monday that the ban would stay in place.
""",
    "echo": """Cars leave the old town for good

Thursday, January 25, 2018

The council voted on March 3, 2017, to ban cars from the old town.

Shopkeepers met Mayor Anna Berg on June 5, 2017, to ask for delivery hours.
""",
    "bridge": (
        "Old bridge reopens after repairs\n\nFriday, June 8, 2018\n\n"
        "Residents protested on April 2, 2016, outside the closed bridge. "
        "The city sued the builder on May 3, 2016, over the cracks.\n"
    ),
    "quiet": """Quiet streets are popular

Sunday, July 1, 2018

Streets are quiet. People like it.
""",
}


@pytest.fixture
def reader_library(tmp_path: Path) -> Library:
    """A SQLite library of four short articles: two report the same council vote (an event
    with two sources), the bridge one has a lawsuit, and the quiet one has no events."""
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "articles", READER_ARTICLES))
    yield lib
    lib.close()


TOWNS = ["Alden", "Brora", "Calder", "Dunmore", "Elgin", "Forres", "Girvan", "Huntly"]
TOWNS += ["Irvine", "Jedburgh", "Keith", "Lanark"]


def dated_articles() -> dict[str, str]:
    """Twelve articles of three events each: the first eight report theirs on one day (a
    date with three entries), the last four on three days of their own."""
    articles = {}
    for i, town in enumerate(TOWNS):
        days = [i * 5 + (j * 2 if i >= 8 else 0) for j in range(3)]
        dates = [f"{calendar.month_name[d % 12 + 1]} {1 + d % 27}, {2000 + d // 12}" for d in days]
        body = (
            f"Residents protested on {dates[0]} outside the town hall of {town}. "
            f"The city of {town} sued the builder on {dates[1]} over the cracks. "
            f"Mayor Anna Berg met shopkeepers of {town} on {dates[2]} to discuss delivery hours."
        )
        articles[f"town{i:02d}"] = f"News from {town}\n\nFriday, June 8, 2018\n\n{body}\n"
    return articles


@pytest.fixture
def dated_library(tmp_path: Path) -> Library:
    """A SQLite library of the twelve `dated_articles`: 36 entries on 20 dates."""
    lib = Library(str(tmp_path / "dated.db"))
    lib.import_paths(write_articles(tmp_path / "dated", dated_articles()))
    yield lib
    lib.close()


WAIT_TIMEOUT = 20.0  # seconds a pilot test waits for a condition before it fails


async def wait_until(
    pilot,
    condition: Callable[[DatelineApp], object],
    *,
    timeout: float = WAIT_TIMEOUT,
    what: str | Callable[[DatelineApp], str] = "",
) -> None:
    """Let the app run (`pilot.pause()`: pending messages handled, then idle) until
    `condition(app)` is true. After `timeout` seconds fail, saying what was awaited: `what`,
    or what it returns for the app, or else the condition's name."""
    app = pilot.app
    deadline = time.monotonic() + timeout
    while True:
        await pilot.pause()
        if condition(app):
            return
        if time.monotonic() > deadline:
            waited = what(app) if callable(what) else what
            name = getattr(condition, "__qualname__", repr(condition))
            raise AssertionError(f"after {timeout:g} s still waiting for {waited or name}")


def _pending(timer) -> bool:
    """A `set_timer` timer that has neither fired nor been stopped."""
    task = getattr(timer, "_task", None)
    return task is not None and not task.done()


def unsettled(app: DatelineApp) -> list[str]:
    """What the reader is still doing; empty once it is settled: the library is loaded and
    the first article (or the empty state) shown, no worker runs (loading, search, month
    counts, export), no preview of the row under the list cursor nor follow-mode jump is
    pending, and the article under the list cursor is the one shown."""
    reader = app.screen_stack[0]  # the reader's panes, even under a modal screen
    articles = reader.query_one("#articles")
    waiting = []
    if not app.loaded:
        waiting.append("the first article to be shown (app.loaded)")
    if running := [w.name or w.group for w in app.workers if not w.is_finished]:
        waiting.append(f"workers {running}")
    if _pending(articles._preview):
        waiting.append("the article list's preview of the row under its cursor")
    if _pending(reader.query_one("#timeline")._rest):
        waiting.append("follow mode to show the event under the timeline cursor")
    current = articles.current_id
    if current is not None and current != app.article_id:
        waiting.append(f"article {current} (under the list cursor) to open")
    return waiting


async def settle(pilot) -> None:
    """Wait until the reader is settled (see `unsettled`): after start-up, a key whose
    effect arrives from a worker or a timer, or a move of the article-list cursor."""
    await wait_until(
        pilot, lambda app: not unsettled(app), what=lambda app: "; ".join(unsettled(app))
    )


def article_id(lib: Library, word: str) -> int:
    """The id of the article whose title contains `word`."""
    return next(row.id for row in lib.articles() if word in row.title)


async def open_article(pilot, lib: Library, word: str) -> None:
    """Focus the article list, put its cursor on the article whose title contains `word`
    and wait until that article is shown."""
    target = article_id(lib, word)
    await pilot.press("1")
    pilot.app.articles_pane.move_to(target)
    await settle(pilot)
    assert pilot.app.article_id == target, f"article {target} did not open"


async def type_prompt(pilot, key: str, text: str) -> None:
    """Open the prompt with `key`, type `text`, press Enter and wait for what it started
    (a search runs in a worker) to settle."""
    await pilot.press(key)
    pilot.app.prompt.value = text
    await pilot.press("enter")
    await settle(pilot)


def rendered_lines(widget) -> list[str]:
    """What a widget actually paints, as plain text lines."""
    region = Region(0, 0, widget.size.width, widget.size.height)
    return [strip.text for strip in widget.render_lines(region)]


def notices(app: DatelineApp) -> list[str]:
    """The messages of the notifications shown so far."""
    return [n.message for n in app._notifications]


def palette_command(app: DatelineApp, title: str):
    """The command palette's command whose title starts with `title`."""
    return next(c for c in app.get_system_commands(app.screen) if c.title.startswith(title))


def row_texts(pane) -> list[str]:
    """The timeline's lines (year and month headers, events) as plain text."""
    return [row.text.plain for row in pane.rows]


@contextmanager
def statements_run(engine, *needles: str) -> Iterator[list[str]]:
    """The SQL `engine` runs inside the block that holds every one of `needles` (for tests
    that count or EXPLAIN the queries an import asks)."""
    seen: list[str] = []

    def capture(_conn, _cursor, statement, *_args) -> None:
        if all(n in statement for n in needles):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", capture)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", capture)

"""Time for the reader to open hostile articles: 100,000 paragraphs, and a 10 MB title.

    python -m bench.reader_hostile [--dir DIR] [--paragraphs 100000] [--title-mb 10]

Builds (and keeps in --dir, reused when present) a library with the two articles (the
long one reports an event in every paragraph), opens the reader headless under Textual's
Pilot at 160x48, and prints for each article: the store's `Library.article()` and first
timeline page alone, then the reader's open, from the Enter that opens it (the message the
list sends) to the first screen painted with it, and the longest the reader's event loop
was blocked meanwhile (how long a key would wait: the long article is read in a worker);
once as is, once with `Library.article()` answered from memory (what the reader itself
costs). Nothing is asserted: the reader's
tests check what is shown; this measures how long it takes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

from bench.reader_latency import until
from dateline.store.library import Library
from dateline.store.library.records import ArticleView
from dateline.tui.app import DatelineApp
from dateline.tui.data import ReaderData
from dateline.tui.widgets.article_list import ArticleList

MANY_TITLE = "An article of very many paragraphs"
HUGE_TITLE_START = "Huge title"


def build(db: Path, paragraphs: int, title_mb: int) -> Library:
    """The library with both articles (imported from JSON Lines written next to it)."""
    lib = Library(str(db))
    if not lib.is_empty():
        return lib
    folder = db.parent / f"{db.stem}-articles"
    folder.mkdir(parents=True, exist_ok=True)
    many = {
        "title": MANY_TITLE,
        "published": "2018-01-24",
        "paragraphs": [
            f"Paragraph {i} says that the works went on as planned." for i in range(paragraphs)
        ],
    }
    huge = {
        "title": HUGE_TITLE_START + " " + "word " * (title_mb * 1_000_000 // 5),
        "published": "2018-01-25",
        "text": "The council voted on March 3, 2017, to ban cars from the old town.",
    }
    (folder / "many.jsonl").write_text(json.dumps(many) + "\n", encoding="utf-8")
    (folder / "huge.jsonl").write_text(json.dumps(huge) + "\n", encoding="utf-8")
    # Past the import's per-file size and time limits (the reader must cope with any row).
    report = lib.import_paths([folder], budget=None, max_bytes=4 * title_mb * 1_000_000)
    if report.failed:
        raise SystemExit(f"import failed: {[(r.path, r.reason) for r in report.failed]}")
    return lib


class Stalls:
    """The longest time the reader's event loop went without running (keys wait that long):
    a task that wakes every few milliseconds notes the widest gap between wake-ups."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task = asyncio.ensure_future(self._tick())

    async def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - 0.005)
            last = now

    def reset(self) -> None:
        self.longest = 0.0

    def stop(self) -> None:
        self._task.cancel()


def first_paint(stamps: list[tuple[float, int | None]], article: int, since: float) -> float:
    """When the first paint showing `article` after `since` happened (0 before it has)."""
    return next((t for t, shown in stamps if shown == article and t > since), 0.0)


async def open_times(
    lib: Library, views: dict[int, ArticleView] | None = None, stalls: dict | None = None
) -> dict[str, float]:
    """Milliseconds to open each article in the reader (Enter to first paint with it shown);
    with `views`, the articles are read from there instead of the store. `stalls` receives
    the longest the event loop was blocked during each open."""
    rows = {("many" if r.title == MANY_TITLE else "huge"): r.id for r in lib.articles()}
    results: dict[str, float] = {}
    app = DatelineApp(lib)
    if views:
        app.data.article = views.get
    async with app.run_test(size=(160, 48)) as pilot:
        stamps: list[tuple[float, int | None]] = []  # each paint, with the article shown
        display = app._display

        def stamped(screen, renderable) -> None:
            display(screen, renderable)
            stamps.append((time.perf_counter(), app.text_pane.article_id))

        app._display = stamped
        await until(lambda: app.loaded, timeout=600)
        await app.workers.wait_for_complete()
        await pilot.pause()
        for name in ("many", "huge", "many", "huge"):
            if app.article_id == rows[name]:  # the first row opened at start: open the other
                other = rows["huge" if name == "many" else "many"]
                app.post_message(ArticleList.ArticleSelected(other, focus_text=True))
                await until(lambda o=other: app.article_id == o, timeout=600)
                await pilot.pause()
            ticker = Stalls()
            started = time.perf_counter()
            app.post_message(ArticleList.ArticleSelected(rows[name], focus_text=True))
            await until(lambda n=name: app.article_id == rows[n], timeout=600)
            await until(lambda n=name, t=started: first_paint(stamps, rows[n], t), timeout=600)
            elapsed = (first_paint(stamps, rows[name], started) - started) * 1000
            ticker.stop()
            results[name] = min(results.get(name, elapsed), elapsed)
            if stalls is not None:
                stall = ticker.longest * 1000
                stalls[name] = min(stalls.get(name, stall), stall)
            await pilot.pause()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reader_hostile")
    parser.add_argument("--dir", default=tempfile.gettempdir(), help="where the library is kept")
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--title-mb", type=int, default=10)
    args = parser.parse_args(argv)
    db = Path(args.dir) / f"dateline-hostile-{args.paragraphs}-{args.title_mb}.db"
    if not db.exists():
        print(f"building {db} ...", flush=True)
    lib = build(db, args.paragraphs, args.title_mb)
    store: dict[str, tuple[float, float]] = {}
    views: dict[int, ArticleView] = {}
    for row in lib.articles():
        started = time.perf_counter()
        views[row.id] = lib.article(row.id)
        read = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        ReaderData(lib).timeline_pages(row.id).first()
        page = (time.perf_counter() - started) * 1000
        store["many" if row.title == MANY_TITLE else "huge"] = (read, page)
    stalls: dict[str, float] = {}
    reader = asyncio.run(open_times(lib, stalls=stalls))
    alone = asyncio.run(open_times(lib, views))
    lib.close()
    labels = {
        "many": f"{args.paragraphs:,} paragraphs",
        "huge": f"{args.title_mb} MB title",
    }
    print(f"{'milliseconds':22}{'Library.article()':>19}{'timeline page':>15}", end="")
    print(f"{'reader open':>13}{'longest stall':>15}{'…article in memory':>20}")
    for name, label in labels.items():
        read, page = store[name]
        print(f"{label:22}{read:>19.0f}{page:>15.0f}{reader[name]:>13.0f}", end="")
        print(f"{stalls[name]:>15.0f}{alone[name]:>20.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

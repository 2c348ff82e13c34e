"""Keypress-to-screen latency of the reader on generated libraries, and startup time.

    python -m bench.reader_latency [--sizes 1000 100000] [--dir /tmp] [--steps 40]

Libraries are built by `bench.generate` (kept in --dir as dateline-bench-N.db and reused).
The reader runs headless under Textual's Pilot at 160x48. A key's latency is the time from
handing the key event to the driver until the last screen update it caused was written
(the app's `_display` is wrapped to timestamp every update; the key counts as done once
it has painted at least once and nothing more is painted for 40 ms). Pilot's own `press`
sleeps in 20 ms steps, so it is used only for untimed keys.
Startup is measured from creating the app to its first painted screen, to the article
list shown, and to the first article opened. Prints a table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from textual import events

from bench.generate import generate
from dateline.store.db import state
from dateline.store.library import Library
from dateline.tui.app import DatelineApp


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


QUIET = 0.04  # seconds without a screen update after which a key counts as done
FIRST_UPDATE_TIMEOUT = 5.0  # every measured key changes the screen; wait this long for it


def watch_display(app) -> list[float]:
    """Timestamp every screen update the app writes to its (headless) driver."""
    stamps: list[float] = []
    display = app._display

    def stamped(screen, renderable) -> None:
        display(screen, renderable)
        stamps.append(time.perf_counter())

    app._display = stamped
    return stamps


async def timed(pilot, *keys: str) -> float:
    """Milliseconds from sending `keys` to the last screen update they caused."""
    app = pilot.app
    stamps = app._bench_stamps
    started = time.perf_counter()
    for key in keys:
        name = _KEY_NAMES.get(key, key)
        event = events.Key(name, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)
    seen = len(stamps)
    await pilot._wait_for_screen()
    while len(stamps) == seen and time.perf_counter() - started < FIRST_UPDATE_TIMEOUT:
        await asyncio.sleep(0.002)  # the key may still be on its way from the driver
    while True:
        await asyncio.sleep(0.005)
        last = max(stamps[-1] if stamps else started, started)
        if time.perf_counter() - last > QUIET:
            break
    return (last - started) * 1000


_KEY_NAMES = {"]": "right_square_bracket", "[": "left_square_bracket"}


async def until(predicate, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the reader did not get there in time")
        await asyncio.sleep(0.001)


async def measure(db: Path, steps: int) -> dict[str, object]:
    lib = Library(str(db))
    state.ensure_state(lib.engine)
    with lib.engine.begin() as conn:  # every run starts from the same place, not the last one's
        conn.execute(text("DELETE FROM reader_value"))
    results: dict[str, object] = {}
    started = time.perf_counter()
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        app._bench_stamps = watch_display(app)
        results["first paint"] = (time.perf_counter() - started) * 1000
        await until(lambda: app.listed)
        results["article list shown"] = (time.perf_counter() - started) * 1000
        await until(lambda: app.loaded and app.text_pane.view is not None)
        results["first article open"] = (time.perf_counter() - started) * 1000
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)

        await pilot.press("3")
        results["n: next event, this article"] = [await timed(pilot, "n") for _ in range(10)]
        await pilot.press("t")
        await pilot.pause()
        results["t: whole-library scope"] = [await timed(pilot, "t", "t") / 2 for _ in range(3)]
        await pilot.press("g")
        results["n: next event, whole library (text follows)"] = [
            await timed(pilot, "n") for _ in range(steps)
        ]
        results["j: timeline cursor"] = [await timed(pilot, "j") for _ in range(steps)]
        results["]: next date"] = [await timed(pilot, "]") for _ in range(steps)]

        await pilot.press("1")
        await pilot.pause()
        opens = []
        for _ in range(steps):
            await pilot.press("1", "j")  # the preview waits 80 ms for the cursor to rest...
            target = app.articles_pane.current_id
            await pilot.pause()
            opens.append(await timed(pilot, "enter"))  # ...Enter opens at once
            assert app.article_id == target
        results["Enter: open next article"] = opens
        await pilot.press("1", "g")  # from the top: the jumps above may have left it at the end
        await pilot.pause(0.2)
        results["j: article list cursor"] = [await timed(pilot, "j") for _ in range(steps)]
        searches = []
        status = app.query_one("#status")
        for word in ["iphone", "mayors", "court", "launch", "protest"]:
            started = time.perf_counter()
            await pilot.press("slash")
            app.prompt.value = word
            await pilot.press("enter")
            await until(lambda: bool(app.hits) or "no matches" in str(status.render()))
            await pilot.pause()
            searches.append((time.perf_counter() - started) * 1000)
            await pilot.press("escape")
        results["/ search (worker) to first hit shown"] = searches
        results["n: next search hit"] = []
        await pilot.press("slash")
        app.prompt.value = "apple"
        await pilot.press("enter")
        await until(lambda: bool(app.hits))
        await pilot.pause()
        results["n: next search hit"] = [await timed(pilot, "n") for _ in range(steps)]
    lib.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reader_latency")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100000])
    parser.add_argument("--dir", default=tempfile.gettempdir(), help="where libraries are kept")
    parser.add_argument("--steps", type=int, default=40, help="key presses per measurement")
    args = parser.parse_args(argv)
    table: dict[int, dict[str, object]] = {}
    for size in args.sizes:
        db = Path(args.dir) / f"dateline-bench-{size}.db"
        if not db.exists():
            print(f"generating {size} articles into {db} ...", flush=True)
            generate(size, str(db)).close()
        table[size] = asyncio.run(measure(db, args.steps))
    names = list(next(iter(table.values())))
    header = f"{'measurement':48}" + "".join(f"{f'{n:,} articles':>24}" for n in table)
    print(header)
    print(f"{'':48}" + "".join(f"{'median / p95 ms':>24}" for _ in table))
    for name in names:
        cells = []
        for size in table:
            value = table[size][name]
            if isinstance(value, list):
                cells.append(f"{statistics.median(value):8.1f} / {p95(value):7.1f}")
            else:
                cells.append(f"{value:8.0f} (once)")
        print(f"{name:48}" + "".join(f"{c:>24}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

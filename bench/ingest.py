"""Ingest and query benchmark: articles/s, MB/s, peak memory, database size, re-import
cost, and first-screen query latency, for libraries of given sizes.

    python -m bench.ingest 1000 10000 [--workers 1 2] [--keep DIR]

Article files are written from the bundled seeds with varied dates, names and wording (so
duplicate merging works on realistic input), then imported through `Library.import_paths`
exactly as `dateline import` does. Each size is measured in a fresh library.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.generate import FIRST, LAST
from store.library import SEEDS_DIR, Library
from store.queries import TimelineFilter

MONTHS = (
    "January February March April May June July August September October November December"
).split()
DATE_LINE = re.compile(r"^(?:\w+, )?[A-Z][a-z]+\.? \d{1,2}, \d{4}$", re.MULTILINE)
VARIANTS = [("announced", "said"), ("launched", "released"), ("meeting", "summit")]


def write_articles(folder: Path, n: int, seed: int = 7) -> int:
    """Write n article files; return their total size in bytes."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        text = rng.choice(seeds)
        year, month, day = rng.randint(1995, 2025), rng.choice(MONTHS), rng.randint(1, 28)
        text = DATE_LINE.sub(f"{month} {day}, {year}", text, count=1)
        for old in ("Steve Jobs", "Jeff Sessions", "Eric Garcetti", "Bill de Blasio"):
            text = text.replace(old, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        for a, b in VARIANTS:
            if rng.random() < 0.5:
                text = text.replace(a, b)
        text += f"\n\nFiled by {rng.choice(FIRST)} {rng.choice(LAST)} (copy {i}).\n"
        path = folder / f"{i // 1000:03d}" / f"{i:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def _ms(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(n: int, workers: int, folder: Path, size: int, tmp: Path) -> dict:
    db = tmp / f"lib-{n}-{workers}.db"
    lib = Library(str(db))
    t = time.perf_counter()
    report = lib.import_paths([folder], workers=workers)
    first = time.perf_counter() - t
    t = time.perf_counter()
    again = lib.import_paths([folder], workers=workers)
    second = time.perf_counter() - t
    assert report.counts["imported"] == n, report.counts
    assert again.counts["unchanged"] == n, again.counts
    some = lib.timeline_page(limit=1)[0][0]
    actor = some.actors[0] if some.actors else "Apple"
    article = lib.articles()[n // 2].id
    queries = {
        "timeline page": _ms(lambda: lib.timeline_page(limit=100)),
        "entity page": _ms(lambda: lib.timeline_page(TimelineFilter(entity=actor), limit=100)),
        "article page": _ms(lambda: lib.timeline_page(TimelineFilter(article_id=article))),
        "type+dates page": _ms(
            lambda: lib.timeline_page(
                TimelineFilter(type="statement", since="2005-01-01", until="2010-12-31"),
                limit=100,
            )
        ),
    }
    db_bytes = sum(p.stat().st_size for p in tmp.glob(db.name + "*"))
    lib.close()
    return {
        "articles/s": n / first,
        "MB/s": size / first / 1e6,
        "reimport %": 100 * second / first,
        "KB/article": db_bytes / n / 1024,
        "peak MB": _peak_mb(),
        **{f"{k} ms": v for k, v in queries.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", type=int, nargs="+")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="keep generated files and libraries here")
    args = ap.parse_args(argv)
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    rows = []
    for n in args.sizes:
        folder = tmp / f"articles-{n}"
        size = write_articles(folder, n)
        for workers in args.workers:
            rows.append((n, workers, measure(n, workers, folder, size, tmp)))
    keys = list(rows[0][2])
    print(f"{'articles':>9} {'workers':>7} " + " ".join(f"{k:>16}" for k in keys))
    for n, workers, r in rows:
        print(f"{n:>9} {workers:>7} " + " ".join(f"{r[k]:>16.1f}" for k in keys))
    if len({n for n, _w, _r in rows}) > 1:
        per = {(n, w): 1 / r["articles/s"] for n, w, r in rows}
        small = min(args.sizes)
        for n, w, _r in rows:
            if n != small:
                ratio = per[(n, w)] / per[(small, w)]
                print(f"cost per article at {n} vs {small} ({w} workers): {ratio:.2f}x")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Ingest and query benchmark: articles/s, MB/s, peak memory, database size, re-import
cost, and first-screen query latency, for libraries of given sizes.

    python -m bench.ingest 1000 10000 [--workers 1 2] [--keep DIR] [--existing N] [--db URL]

Article files are written from the bundled seeds with varied dates, names and wording (so
duplicate merging works on realistic input), then imported through `Library.import_paths`
exactly as `dateline import` does; `stories+links s` is the pass `dateline import` runs
after it (`Library.update_stories`: reports linked to other days' entries, articles grouped
into stories), timed apart because it is not part of the import's articles/s. Each size is
measured in a fresh library; with
`--existing N`, one that already holds N other articles (written with another seed, imported
untimed), as a library that grows import after import. `--db` names a PostgreSQL server
(`postgresql+psycopg://user@host:port/db`): each library is then a database of its own that
the bench creates on that server and drops when done.

How the copies vary (`write_articles`): each copy of a seed belongs to one of that seed's
"stories", about one per `REPORTS_PER_STORY` copies. A story moves the date line and every
absolute date in the body by one offset — full dates and dates without a year by its days,
"Month YYYY" by its months, bare years by its years, weekdays recomputed — so the copies of
a story are reports of the same events on the same days, and the copies of different
stories are not. Until issue #7 only the date line moved: a body date such as "January 9,
2007" stayed fixed in every copy, so at 100,000 articles each was reported ~3,000 times and
its cluster of duplicates grew with the library, which no real archive does. Names, some
verbs and the closing byline still vary per copy, so no two files are identical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.generate import FIRST, LAST
from dateline.store.db import search
from dateline.store.extract.temporal import lexicon
from dateline.store.library import SEEDS_DIR, Library
from dateline.store.library.queries import TimelineFilter

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = [d.capitalize() for d in sorted(lexicon.WEEKDAYS, key=lexicon.WEEKDAYS.get)]
_MONTH = {name.capitalize(): n for name, n in lexicon.MONTHS.items()}  # "Jan", "Sept", ...
_MONTH_NAME = "|".join(sorted(_MONTH, key=len, reverse=True))
# The date line: the first line that is only a date ("Wednesday, January 24, 2018").
DATE_LINE = re.compile(
    rf"^(?:(?P<wd>\w+), )?(?P<m>{_MONTH_NAME})(?P<dot>\.?) (?P<d>\d{{1,2}}), (?P<y>\d{{4}})$",
    re.MULTILINE,
)
# Absolute dates in the body, each shifted once: "[Weekday, ]Month D, YYYY", "Month D",
# "Month YYYY", a bare year. Amounts ("2,000", "$1999") and longer numbers are left alone.
BODY_DATE = re.compile(
    rf"(?:(?P<wd>{'|'.join(WEEKDAYS)}), )?(?P<m>\b(?:{_MONTH_NAME}))(?P<dot>\.?) "
    r"(?:(?P<d>\d{1,2})(?!\d)(?:, (?P<y>\d{4})(?!\d))?|(?P<my>\d{4})(?!\d|,\d))"
    r"|(?<![\d,.$£€])(?P<year>1[89]\d\d|20\d\d)(?!\d|,\d)"
)
VARIANTS = [("announced", "said"), ("launched", "released"), ("meeting", "summit")]
REPORTS_PER_STORY = 4  # articles about one story, on average
FIRST_DAY, LAST_DAY = dt.date(1995, 1, 1), dt.date(2025, 12, 28)


def _safe_day(year: int, month: int, day: int) -> dt.date:
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1  # 29 February in a year without one, 31 April, ...


def _shift_dates(text: str, old: dt.date, new: dt.date) -> str:
    """Move every absolute date of the article by the date line's shift (`new - old`):
    full dates by the days, "Month YYYY" by the months, bare years by the years. A date
    without a year is read against the date line, so it moves by the days too."""
    days = new - old
    months = (new.year - old.year) * 12 + new.month - old.month

    def one(m: re.Match) -> str:
        if m["year"]:
            return str(int(m["year"]) + new.year - old.year)
        month, dot = _MONTH[m["m"]], m["dot"] or ""
        name = m["m"] if len(m["m"]) > 3 or m["m"] == "May" else None
        if m["my"]:
            k = int(m["my"]) * 12 + month - 1 + months
            return f"{MONTHS[k % 12] if name else MONTHS[k % 12][:3]}{dot} {k // 12}"
        year = int(m["y"]) if m["y"] else old.year
        day = _safe_day(year, month, int(m["d"])) + days
        shown = MONTHS[day.month - 1] if name else MONTHS[day.month - 1][:3] + dot
        shown = "Sept." if shown == "Sep." and m["m"] == "Sept" else shown
        out = f"{shown} {day.day}" + (f", {day.year}" if m["y"] else "")
        return f"{WEEKDAYS[day.weekday()]}, {out}" if m["wd"] else out

    return BODY_DATE.sub(one, text)


def write_articles(folder: Path, n: int, seed: int = 7) -> int:
    """Write n article files; return their total size in bytes.

    Each file is a copy of a seed about one of that seed's "stories": a story moves the
    seed's date line *and every absolute date in its body* by one offset (so "April 28,
    2003" in the body moves with the date line, and dates read relative to the date line
    stay consistent). About `REPORTS_PER_STORY` copies share a story, so duplicate merging
    has real work — reports of one event on one day that share wording and actors — while
    clusters stay the size a real archive has, whatever `n`. Copies also differ in some
    names, some verbs and the closing byline, so no two files are identical.
    """
    rng = random.Random(seed)
    seeds = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = DATE_LINE.search(text)
        dated = _safe_day(int(m["y"]), _MONTH[m["m"]], int(m["d"])) if m else None
        seeds.append((text, dated))
    stories = max(1, round(n / (len(seeds) * REPORTS_PER_STORY)))
    span = (LAST_DAY - FIRST_DAY).days
    offsets: dict[tuple[int, int], dt.date] = {}  # (seed, story) → its date line
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        k = rng.randrange(len(seeds))
        text, dated = seeds[k]
        story = (k, rng.randrange(stories))
        if story not in offsets:
            offsets[story] = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
        if dated is not None:
            text = _shift_dates(text, dated, offsets[story])
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


class Target:
    """Where the measured libraries live: SQLite files in the bench's folder, or throwaway
    databases on the PostgreSQL server of `--db` (never the database the URL names)."""

    def __init__(self, url: str | None, tmp: Path) -> None:
        self.url, self.tmp = url, tmp
        self.made: list[str] = []

    def _admin(self):
        from sqlalchemy import create_engine

        return create_engine(self.url, isolation_level="AUTOCOMMIT")

    def open(self, name: str) -> Library:
        if self.url is None:
            return Library(str(self.tmp / f"{name}.db"))
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        db = f"dateline_bench_{name.replace('-', '_')}"
        admin = self._admin()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db}"'))
            conn.execute(text(f'CREATE DATABASE "{db}"'))
        admin.dispose()
        self.made.append(db)
        url = make_url(self.url).set(database=db)
        return Library(url.render_as_string(hide_password=False))

    def size(self, lib: Library, name: str) -> int:
        if self.url is None:
            return sum(p.stat().st_size for p in self.tmp.glob(f"{name}.db*"))
        from sqlalchemy import text

        with lib.engine.connect() as conn:
            return conn.execute(text("SELECT pg_database_size(current_database())")).scalar()

    def drop_all(self) -> None:
        if self.url is None or not self.made:
            return
        from sqlalchemy import text

        admin = self._admin()
        with admin.connect() as conn:
            for db in self.made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db}"'))
        admin.dispose()


def measure(
    n: int, workers: int, folder: Path, size: int, target: Target, existing: Path | None
) -> dict:
    name = f"lib-{n}-{workers}"
    lib = target.open(name)
    if existing is not None:  # the library as earlier imports left it (not timed)
        lib.import_paths([existing], workers=workers)
    before = len(lib.articles())
    t = time.perf_counter()
    report = lib.import_paths([folder], workers=workers)
    first = time.perf_counter() - t
    t = time.perf_counter()
    again = lib.import_paths([folder], workers=workers)
    second = time.perf_counter() - t
    assert report.counts["imported"] + report.counts["unchanged"] == n, report.counts
    assert len(lib.articles()) - before == report.counts["imported"], report.counts
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
    t = time.perf_counter()
    search.ensure_index(lib.engine)  # the reader builds it in the background on first open
    index_s = time.perf_counter() - t
    t = time.perf_counter()
    lib.update_stories()  # `dateline import` runs it after the import: links, then stories
    stories_s = time.perf_counter() - t
    words = ["said", "apple", "iphone", "court", "launch"]
    queries["search (slowest word)"] = max(
        _ms(lambda w=w: search.search(lib.engine, w)) for w in words
    )
    db_bytes = target.size(lib, name)
    lib.close()
    return {
        "articles/s": n / first,
        "MB/s": size / first / 1e6,
        "reimport %": 100 * second / first,
        "KB/article": db_bytes / n / 1024,
        "peak MB": _peak_mb(),
        "search index s": index_s,
        "stories+links s": stories_s,
        **{f"{k} ms": v for k, v in queries.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", type=int, nargs="+")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="keep generated files and libraries here")
    ap.add_argument("--existing", type=int, default=0, help="articles already in the library")
    ap.add_argument("--db", help="a PostgreSQL URL: the libraries are databases made there")
    args = ap.parse_args(argv)
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    target = Target(args.db, tmp)
    existing = None
    if args.existing:
        existing = tmp / f"existing-{args.existing}"
        write_articles(existing, args.existing, seed=8)
    rows = []
    try:
        for n in args.sizes:
            folder = tmp / f"articles-{n}"
            size = write_articles(folder, n)
            for workers in args.workers:
                rows.append((n, workers, measure(n, workers, folder, size, target, existing)))
    finally:
        target.drop_all()
    if args.existing:
        print(f"(into a library of {args.existing} articles already)")
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

"""Import speed on files shaped to hurt: seconds and KB/s, and how time grows with size.

    python3 -m bench.hostile [--sizes 100K 1M 10M] [--seed S]

One paragraph of plain news-like sentences (prose saved with single newlines, or a
transcript without blank lines), 100 KB, 1 MB and 10 MB, each imported from its own file
into a fresh temporary library through `Library.import_paths` on the default serial path,
as `dateline import` does for one file. The sentences are generated from templates with
names, numbers, places, weekdays and dates, so no two are alike. Linear extraction keeps
KB/s flat and the 10 MB / 1 MB time ratio near 10 (a quadratic stage makes it near 100);
target: 1 MB in at most 5 s (issue "Quadratic extraction"). Then a JSON Lines file of
100,000 short articles on the default path, as `dateline import file.jsonl` does (no
`--workers`: its articles are extracted on every core, `ingest.entries`): target at most
30 s (one look-up per file, not per entry). `--one-process` times it as `--workers 1` too.

`--max-size` and `--budget` of the import are lifted for the bench (10 MB is the default
size limit, and a 10 MB paragraph may take longer than the per-article budget): what is
measured is extraction and writing, not the guards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from bench.generate import FIRST, LAST
from dateline.store.library import Library

KB = 1000
SIZES = {"100K": 100 * KB, "1M": 1000 * KB, "10M": 10_000 * KB}

ORGS = [
    "the city council", "the ministry", "Acme Corp.", "the union", "the World Bank",
    "the regional court", "the airline", "the school board", "Northwind Ltd.",
    "the health agency", "the central bank", "the police", "the port authority",
]  # fmt: skip
PLACES = "Lagos Lyon Osaka Denver Quito Tallinn Pune Leeds Perth Haifa Porto Dakar".split()
VERBS = """announced approved rejected signed criticised delayed launched cancelled sued backed
reviewed opened closed postponed defended acquired""".split()
THINGS = [
    "the budget", "a new contract", "the merger", "the plan", "a lawsuit", "the ceasefire",
    "the report", "a pilot scheme", "the tariffs", "a recall", "the strike", "the new stadium",
    "the bond sale", "the reform", "the election results",
]  # fmt: skip
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = """January February March April May June July August September October November
December""".split()
TIMES = [
    lambda r: f"on {r.choice(WEEKDAYS)}",
    lambda r: f"on {r.choice(MONTHS)} {r.randint(1, 28)}",
    lambda r: f"in {r.choice(MONTHS)} {r.randint(1990, 2024)}",
    lambda r: "last week",
    lambda r: "the next day",
    lambda r: f"{r.choice(['two', 'three', 'five'])} years ago",
    lambda r: f"in {r.randint(1990, 2024)}",
]


def _person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _sentence(r: random.Random) -> str:
    """One sentence of a news story. Calibrated on the bundled articles: about 130 chars a
    sentence, 4 time expressions and 5 events a KB (denser text is slower per KB)."""
    who = _person(r) if r.random() < 0.5 else r.choice(ORGS)
    when = r.choice(TIMES)(r) if r.random() < 0.4 else ""
    what, where, verb = r.choice(THINGS), r.choice(PLACES), r.choice(VERBS)
    n, m = r.randint(2, 980), r.randint(1, 40)
    shapes = [
        f"{who} {verb} {what} {when}, a move that surprised many of the {n} delegates who "
        f"had travelled to {where} for the talks",
        f"{who} said {when} that {what} would cost about ${n} million over the next {m} "
        f"years, more than twice the original estimate",
        f"In {where}, where about {n},000 people live on the coast, {who} {verb} {what}, "
        f"according to two officials familiar with the matter",
        f"“We cannot accept {what} as it stands, and we will not pretend otherwise,” "
        f"{_person(r)} told reporters in {where} {when}",
        f"The district, home to about {n},000 people and {m} schools, depends on a port that "
        f"handles most of the grain shipped from {where}",
        f"{r.choice(ORGS)}, which {verb} {what} {when}, has not responded to requests for "
        f"comment from local newspapers or from the residents of {where}",
        f"The figures, published {when or 'today'}, show a rise of {m} percent in {where}, "
        f"the highest since {r.randint(1990, 2020)} and well above the national average",
        f"{_person(r)}, a spokesperson for {r.choice(ORGS)}, said the decision on {what} "
        f"was taken {when or 'earlier'} and that talks with {who} would continue",
        f"Critics in {where} say {what} was rushed through without a proper debate, and "
        f"several members of the opposition want an independent review of its costs",
        f"Residents who spoke to reporters described long queues at the only bank in "
        f"{where}, and some said they had waited for more than {m} hours",
    ]
    text = " ".join(r.choice(shapes).split()).replace(" ,", ",")
    return text[0].upper() + text[1:] + "."


def plain_paragraph(size: int, seed: int = 1) -> str:
    """One paragraph of about `size` chars of plain sentences, wrapped in single newlines
    (prose as saved from a word processor: the reader joins the lines)."""
    r = random.Random(seed)
    lines, line, total = [], [], 0
    while total < size:
        s = _sentence(r)
        line.append(s)
        total += len(s) + 1
        if len(line) == 4:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(x for x in lines if x)


def write_article(path: Path, size: int, seed: int) -> int:
    """A plain-text article (title, date line, one paragraph); returns its size in bytes."""
    body = plain_paragraph(size, seed)
    path.write_text(f"A long report\n\nWednesday, January 24, 2018\n\n{body}\n", encoding="utf-8")
    return path.stat().st_size


def time_import(path: Path, size: int) -> tuple[float, float, str]:
    """Wall and CPU seconds to import one file into a fresh library, and the result's
    status. The serial path does all its work in this process, so CPU time is the import's
    own even on a busy machine, where wall time is not."""
    with tempfile.TemporaryDirectory() as tmp:
        library = Library(str(Path(tmp) / "bench.db"))
        wall, cpu = time.perf_counter(), time.process_time()
        report = library.import_paths(
            [path], workers=1, max_bytes=max(size * 2, 1 << 20), budget=None
        )
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        return wall, cpu, ",".join(sorted({r.status for r in report.results}))


def one_paragraph(sizes: list[str], seed: int) -> dict[str, tuple[float, float]]:
    """Import one paragraph of each size; print wall and CPU seconds and KB/s per size."""
    times: dict[str, tuple[float, float]] = {}
    print(f"{'one paragraph':>18} {'KB':>9} {'wall s':>8} {'cpu s':>8} {'KB/s':>7}  status")
    with tempfile.TemporaryDirectory() as tmp:
        for name in sizes:
            path = Path(tmp) / f"paragraph-{name}.txt"
            size = write_article(path, SIZES[name], seed)
            wall, cpu, status = time_import(path, size)
            times[name] = wall, cpu
            print(
                f"{name:>18} {size / KB:9.0f} {wall:8.2f} {cpu:8.2f} {size / KB / wall:7.0f}  "
                f"{status}",
                flush=True,
            )
    return times


LINES = 100_000
LINES_TARGET_S = 30.0  # issue "One feed with many entries is quadratic"


def write_jsonl(path: Path, n: int, seed: int) -> int:
    """`n` short articles, one JSON object a line (title, date, url, one sentence of
    `_sentence`); returns the file's size in bytes."""
    r = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            record = {
                "title": f"{r.choice(ORGS).capitalize()} and {r.choice(THINGS)} ({i})",
                "published": str(
                    dt.date(r.randint(1995, 2024), r.randint(1, 12), r.randint(1, 28))
                ),
                "url": f"https://news.example/{seed}/{i}",
                "text": _sentence(r),
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def many_lines(seed: int, n: int = LINES, workers: int | None = None) -> tuple[float, float]:
    """A JSON Lines file of `n` short articles imported into a fresh library on the default
    path (`dateline import file.jsonl`: no workers named, the default budget; only the
    size limit lifted, as 100,000 articles of a sentence each are some 27 MB), the re-import
    of the same file, and the target. Before the fix each entry read every earlier row of
    its file back: 20,000 entries took 536 s, 100,000 about 4 hours."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "many.jsonl"
        size = write_jsonl(path, n, seed)
        library = Library(str(Path(tmp) / "bench.db"))
        wall, cpu = time.perf_counter(), time.process_time()
        kids = _children_cpu()
        report = library.import_paths([path], max_bytes=2 * size, workers=workers)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        kids = _children_cpu() - kids
        again = time.perf_counter()
        library.import_paths([path], max_bytes=2 * size, workers=workers)
        again = time.perf_counter() - again
        library.close()
    counts = ", ".join(f"{v} {k}" for k, v in sorted(report.counts.items()))
    how = "workers 1" if workers == 1 else "default"
    print(f"{'JSON Lines':>18} {'lines':>9} {'wall s':>8} {'cpu s':>8} {'lines/s':>8}  result")
    print(f"{'one file, ' + how:>18} {n:9} {wall:8.2f} {cpu:8.2f} {n / wall:8.0f}  {counts}")
    print(f"{'re-import':>18} {n:9} {again:8.2f}")
    print(
        f"({size / KB:.0f} KB; cpu s is the importing process's, whose workers used "
        f"{kids:.1f} s more)"
    )
    verdict = "met" if wall <= LINES_TARGET_S else "NOT met"
    print(
        f"target {n:,} lines ≤ {LINES_TARGET_S:g} s ({how}): {verdict} ({wall:.1f} s wall, "
        f"{cpu:.1f} s cpu)"
    )
    return wall, cpu


def _children_cpu() -> float:
    """CPU seconds of this process's workers that have ended (a pool ends with its import)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--one-process", action="store_true", help="time --workers 1 too")
    ap.add_argument("--lines-only", action="store_true", help="only the JSON Lines file")
    args = ap.parse_args(argv)
    if args.lines_only:
        args.sizes = []
    times = one_paragraph(args.sizes, args.seed)
    if "1M" in times and "10M" in times:
        wall, cpu = (times["10M"][k] / times["1M"][k] for k in (0, 1))
        print(f"10M / 1M time: {wall:.1f} wall, {cpu:.1f} cpu (linear ≈ 10, quadratic ≈ 100)")
    if "1M" in times:
        wall, cpu = times["1M"]
        verdict = "met" if wall <= 5.0 else "NOT met"
        print(f"target 1 MB ≤ 5 s: {verdict} ({wall:.2f} s wall, {cpu:.2f} s cpu)")
    many_lines(args.seed)
    if args.one_process:
        many_lines(args.seed, workers=1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KB
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

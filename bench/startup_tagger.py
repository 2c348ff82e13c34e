"""Start-up cost and throughput of the temporal tagger, as `dateline tag` pays them.

    python -m bench.startup_tagger [--runs N] [--line TEXT] [--mb MB]

Each of N fresh interpreters imports `dateline.store.extract.temporal` and tags one line;
the import and the first `tag()` call (which compiles the rules the line triggers) are
timed separately.  Then the bundled seed articles, repeated to MB megabytes, are tagged
as one text in this process after a warm-up run.  Times are CPU times (less disturbed by
other processes than wall time); min and median are printed.  `dataclasses`, `inspect`
and `re` are imported before the clock starts because the command line loads them anyway.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
LINE = "The board met on Monday, March 3, 2014, two weeks after the vote."

_CHILD = """
import dataclasses, datetime, inspect, re, sys, time
c0 = time.process_time()
from dateline.store.extract.temporal import tag
c1 = time.process_time()
tag(sys.argv[1], datetime.date(2014, 3, 20))
c2 = time.process_time()
print((c1 - c0) * 1000, (c2 - c1) * 1000)
"""


def startup(line: str, runs: int) -> tuple[list[float], list[float]]:
    imports, firsts = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, line], capture_output=True, text=True, check=True
        ).stdout
        imp, first = map(float, out.split())
        imports.append(imp)
        firsts.append(first)
    return imports, firsts


def throughput(mb: float) -> tuple[int, float]:
    from dateline.store.extract.temporal import tag

    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = seeds * (int(mb * 1e6) // len(seeds.encode("utf-8")) + 1)
    text = text.encode("utf-8")[: int(mb * 1e6)].decode("utf-8", errors="ignore")
    dct = dt.date(2014, 3, 20)
    tag(text, dct)
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        tag(text, dct)
        best = min(best, time.process_time() - t0)
    return len(text.encode("utf-8")), best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="fresh interpreters to time")
    ap.add_argument("--line", default=LINE, help="the one line tagged after the import")
    ap.add_argument("--mb", type=float, default=1.0, help="size of the throughput text")
    args = ap.parse_args(argv)
    imports, firsts = startup(args.line, args.runs)
    for name, v in (("import", imports), ("first tag()", firsts)):
        print(f"{name:<12} min {min(v):6.1f} ms  median {statistics.median(v):6.1f} ms (CPU)")
    nbytes, secs = throughput(args.mb)
    print(f"throughput   {nbytes / 1e6 / secs:6.2f} MB/s on {nbytes / 1e6:.2f} MB of seed articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Import a folder of real saved pages and feeds as a new user would, and print what became
of them: counts by outcome, the reasons grouped, and what the stored articles look like
(titles still carrying the site's name, markup or entities left in titles and paragraphs,
languages, articles without a date or without events).

    python -m bench.import_pages ../shared/corpora/realworld-pages/pages [--workers N]

The numbers are for reading by eye beside the articles themselves (`dateline show ID`);
there is no gold. The library is made in a temporary folder and removed.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import tempfile
import time
from collections import Counter
from pathlib import Path

from dateline.store.formats.pagemeta import SEPARATOR
from dateline.store.ingest.report import grouped
from dateline.store.library import Library

_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?>")
_ENTITY = re.compile(r"&(?:#\d+|#x[\da-f]+|[a-z]+);", re.I)


def _site_in_title(title: str, source: str | None) -> bool:
    """The title's last separated part names the site ("… - Telegraph")."""
    parts = SEPARATOR.split(title)
    if len(parts) < 2 or not source:
        return False
    squeeze = re.sub(r"\W+", "", parts[-1].lower())
    site = re.sub(r"\W+", "", source.lower())
    return bool(squeeze) and (squeeze in site or site in squeeze)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    files = sum(1 for p in args.folder.rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "lib.db"
        lib = Library(str(db))
        started = time.perf_counter()
        report = lib.import_paths([args.folder], workers=args.workers)
        seconds = time.perf_counter() - started
        rows = lib.articles()
        lib.close()
        with sqlite3.connect(db) as conn:
            paragraphs = [t for (t,) in conn.execute("SELECT text FROM paragraph")]
    print(f"{files} files in {args.folder}, imported in {seconds:.1f} s")
    print(report.summary())
    counts = report.counts
    print("\nby outcome:")
    for status in ("imported", "updated", "unchanged", "skipped", "failed"):
        print(f"  {status:<10} {counts[status]:>5}")
    for label, results in (("failed", report.failed), ("skipped", report.skipped)):
        if results:
            print(f"\n{label}, by reason:")
            for reason, n in grouped([r.reason or "" for r in results]):
                print(f"  {n:>5}  {reason[:110]}")
    same = [r for r in report.results if r.status == "unchanged" and r.reason]
    print(f"\nstored once (copies of a story): {len(same)}")
    n = len(rows) or 1
    languages = Counter(r.language or "unknown" for r in rows)
    print(f"\nstored articles: {len(rows)}")
    print(
        f"  titles with the site's name:   {sum(_site_in_title(r.title, r.source) for r in rows)}"
    )
    print(f"  titles with tags:              {sum(bool(_TAG.search(r.title)) for r in rows)}")
    print(f"  titles with entities:          {sum(bool(_ENTITY.search(r.title)) for r in rows)}")
    print(f"  paragraphs with tags:          {sum(bool(_TAG.search(t)) for t in paragraphs)}")
    print(f"  paragraphs with entities:      {sum(bool(_ENTITY.search(t)) for t in paragraphs)}")
    print(f"  without a publication date:    {sum(r.published is None for r in rows)}")
    print(f"  without events:                {sum(r.events == 0 for r in rows)}")
    print(f"  mean events per article:       {sum(r.events for r in rows) / n:.1f}")
    print(
        "  languages:                     "
        + ", ".join(f"{k} {v}" for k, v in languages.most_common())
    )


if __name__ == "__main__":
    main()

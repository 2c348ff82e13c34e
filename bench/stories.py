"""Story grouping, measured: how pure the stories are, how many articles find a story, what
it costs, in three import orders; and how fast `group_new` is on a large library.

    python -m bench.stories seeds CORPUS_DIR... [--pages DIR...] [--list] [--sweep]
                            [--synthetic N]

Every folder given is one corpus (an article's label is its folder; a file whose bytes
another folder given earlier also holds takes that folder's label, as the importer keeps
one copy: the bundled seeds and timeline-trial are one corpus). `--pages` folders hold
unrelated pages: they count for purity (a page in a story of another corpus makes it
impure) but not for coverage. For each order — as given, reversed, shuffled (seed 46) —
the files are imported one by one in that order into a fresh library (so ids, and the order
`group_new` places articles in, follow it), then grouped. Printed per order:
- purity: the share of articles in their story's majority corpus (over all articles, and
  over those in stories of two or more: singletons are trivially pure);
- coverage: the share of the corpora's articles in stories of two or more;
- stories, pages grouped with another article, bridge merges;
- cost per article: candidate stories scored, postings read, milliseconds.
`--list` prints the stories of the first order as `dateline stories` would. `--sweep`
regroups each order's library for several join thresholds (the import is not repeated).
`--synthetic N` (default 10000, 0 to skip) times `group_new` on a library made by
`bench.generate` (copies of the seeds; its stories mean nothing, only its cost does).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from dateline.store.ingest import iter_files
from dateline.store.library import Library
from dateline.store.stories.group import Params, Stats, group_new

SWEEP = (0.10, 0.12, 0.13, 0.14, 0.15, 0.16, 0.18)
ORDERS = ("as given", "reversed", "shuffled")


def labelled_files(folders: list[Path]) -> tuple[list[Path], dict[str, str]]:
    """Every file of the folders in order, and digest → label (the first folder holding
    those bytes)."""
    files, label = [], {}
    for folder in folders:
        for path, error in iter_files([folder]):
            if error:
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            label.setdefault(digest, str(folder))
            files.append(Path(path))
    return files, label


def ordered(files: list[Path], how: str) -> list[Path]:
    if how == "reversed":
        return files[::-1]
    if how == "shuffled":
        out = files[:]
        random.Random(46).shuffle(out)
        return out
    return files


def build(files: list[Path], db: Path) -> Library:
    """A library of the files, imported one at a time in the order given, their reports
    linked to other days' entries as `Library.update_stories` does before grouping (the
    happenings articles share count in grouping)."""
    lib = Library(str(db))
    lib.import_paths(files, workers=1)
    with lib.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM article ORDER BY id")).scalars())
    lib.link_reports(ids)
    return lib


def regroup(lib: Library, params: Params) -> Stats:
    """Empty the story tables and group every article again."""
    with lib.engine.begin() as conn:
        for table in ("story", "story_member", "story_term", "story_posting"):
            conn.execute(text(f"DELETE FROM {table}"))
    stats = Stats()
    group_new(lib.engine, params, stats=stats)
    return stats


def stories_of(lib: Library) -> dict[int, list[tuple[int, str]]]:
    """story → [(article id, path)]."""
    path = {a.id: a.path for a in lib.articles()}
    return {s.id: [(a, path[a]) for a in s.articles] for s in lib.stories()}


def measure(lib: Library, label_of: dict[str, str], pages: set[str]) -> dict[str, float]:
    """Purity, coverage and counts (see the module's docstring)."""
    digests = {}
    stories = stories_of(lib)
    for members in stories.values():
        for a, path in members:
            digests[a] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    total = majority = multi_total = multi_majority = covered = corpus = 0
    grouped_pages = merged_with_pages = 0
    for members in stories.values():
        labels = [label_of[digests[a]] for a, _p in members]
        top = Counter(labels).most_common(1)[0][1]
        total += len(labels)
        majority += top
        own = [x for x in labels if x not in pages]
        corpus += len(own)
        if len(labels) > 1:
            multi_total += len(labels)
            multi_majority += top
            covered += len(own)
            grouped_pages += len(labels) - len(own)
            merged_with_pages += bool(own) and len(own) < len(labels)
    return {
        "purity": majority / total,
        "purity_multi": multi_majority / multi_total if multi_total else 1.0,
        "coverage": covered / corpus if corpus else 0.0,
        "stories": len(stories),
        "pages_grouped": grouped_pages,
        "mixed_with_pages": merged_with_pages,
    }


def line(how: str, m: dict, stats: Stats) -> str:
    n = stats.articles or 1
    return (
        f"{how:9} purity {m['purity']:.3f} (multi {m['purity_multi']:.3f})  "
        f"coverage {m['coverage']:.1%}  stories {m['stories']}  "
        f"pages grouped {m['pages_grouped']} (with corpus articles: {m['mixed_with_pages']})  "
        f"merges {stats.merges} | per article {stats.candidates / n:.1f} candidates "
        f"(max {stats.most_candidates}), {stats.postings / n:.0f} postings, "
        f"{1000 * stats.seconds / n:.2f} ms"
    )


def listing(lib: Library) -> str:
    """The stories as `dateline stories` lists them: id, count, span, title, ids, actors."""
    with lib.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, articles, first, last, title, actors FROM story ORDER BY first, id")
        ).all()
    members = stories_of(lib)
    out = []
    for s, count, first, last, title, actors in rows:
        ids = ",".join(str(a) for a, _p in sorted(members.get(s, [])))
        names = ", ".join(json.loads(actors))
        out.append(f"#{s:<4} {count:>2}  {first or '?'}..{last or '?'}  {title}")
        out.append(f"      [{ids}]  {names}")
    return "\n".join(out)


def synthetic(n: int, folder: Path) -> None:
    from bench.generate import generate

    db = folder / "synthetic.db"
    # its own template of the seeds (generate caches one in the temp folder, which another
    # checkout's Dateline, of another schema, may have written)
    tempfile.tempdir = str(folder)
    try:
        generate(n, str(db), index=False, log=lambda *_: None)
    finally:
        tempfile.tempdir = None
    lib = Library(str(db))
    stats = Stats()
    grouped, made = group_new(lib.engine, stats=stats)
    lib.close()
    print(
        f"synthetic {grouped} articles: {made} stories, {stats.candidates / grouped:.1f} "
        f"candidates (max {stats.most_candidates}), {stats.postings / grouped:.0f} postings "
        f"per article; {1000 * stats.seconds / grouped:.2f} ms per article"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--pages", nargs="*", type=Path, default=[])
    ap.add_argument("--list", action="store_true", help="list the first order's stories")
    ap.add_argument("--sweep", action="store_true", help="regroup for several join thresholds")
    ap.add_argument("--synthetic", type=int, default=10_000)
    args = ap.parse_args(argv)
    files, label_of = labelled_files(args.folders + args.pages)
    pages = {str(p) for p in args.pages}
    params = Params()
    with tempfile.TemporaryDirectory() as tmp:
        listed = None
        results: dict[float, list[str]] = {}
        for how in ORDERS:
            t0 = time.perf_counter()
            lib = build(ordered(files, how), Path(tmp) / f"{how[:3]}.db")
            took = time.perf_counter() - t0
            stats = regroup(lib, params)
            print(line(how, measure(lib, label_of, pages), stats) + f"  (import {took:.0f}s)")
            if args.list and listed is None:
                listed = listing(lib)
            for join in SWEEP if args.sweep else ():
                stats = regroup(lib, replace(params, join=join))
                results.setdefault(join, []).append(line(how, measure(lib, label_of, pages), stats))
            lib.close()
        for join, lines in results.items():
            print(f"\njoin {join}")
            print("\n".join(lines))
        if listed:
            print("\n" + listed)
        if args.synthetic:
            synthetic(args.synthetic, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())

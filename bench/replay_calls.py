"""What one function costs per article, and what a change to it saves, on a busy machine.

    python -m bench.replay_calls MODULE NAME [--class C] [--base DIR] [--articles N]

Extracts N articles written as `bench.ingest` writes them, recording every call the
function gets (its arguments; for a method `--class C`, a shallow copy of the object),
then replays exactly those calls in a tight loop, best of several rounds, CPU time: the
function's own cost per article. With `--base DIR` (a checkout of another version, such as
`git worktree add DIR main`), the same calls are replayed on that version's function too,
and the two must give the same results: what the change saves, per article. For functions
without side effects (a method's object is copied once, at its call, and then replayed).

Whole-extraction timings (`bench.extract_speed`) vary by 10-20% when other processes share
the cores, more than most single changes save; a replay of one function's calls varies by
a few microseconds per article.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

from bench.extract_speed import _read
from bench.ingest import write_articles
from dateline.store.extract.article import extract


def _base_function(base: Path, module: str, name: str, cls: str | None):
    """`module`'s function (or method of `cls`) as the checkout at `base` writes it, loaded
    beside the current one (it imports the rest of the package from the current tree)."""
    path = base / (module.removeprefix("dateline.").replace(".", "/") + ".py")
    package, _dot, leaf = module.rpartition(".")
    # named inside the current package, so that its relative imports resolve there
    spec = importlib.util.spec_from_file_location(f"{package}._base_{leaf}", path)
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded  # dataclasses look their module up while it loads
    spec.loader.exec_module(loaded)
    return getattr(getattr(loaded, cls) if cls else loaded, name)


def _record(module: str, name: str, cls: str | None, articles: list) -> list[tuple]:
    """The calls the function gets while `articles` are extracted: (args, kwargs)."""
    owner = (
        getattr(importlib.import_module(module), cls) if cls else importlib.import_module(module)
    )
    real = getattr(owner, name)
    calls: list[tuple] = []

    def recording(*args, **kwargs):
        if cls:  # the object as it was at the call: a method may change it
            calls.append(((copy.copy(args[0]), *args[1:]), kwargs))
        else:
            calls.append((args, kwargs))
        return real(*args, **kwargs)

    # the function, and every name a module imported it under
    holders = [owner] + [
        m
        for m in list(sys.modules.values())
        if not cls
        and getattr(m, "__name__", "").startswith("dateline")
        and getattr(m, name, None) is real
    ]
    for holder in holders:
        setattr(holder, name, recording)
    try:
        for article in articles:
            extract(article)
    finally:
        for holder in holders:
            setattr(holder, name, real)
    return calls


def _replay(fn, calls: list[tuple], rounds: int = 7) -> float:
    best = float("inf")
    for _ in range(rounds):
        cpu = time.process_time()
        for args, kwargs in calls:
            fn(*args, **kwargs)
        best = min(best, time.process_time() - cpu)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("module", help="e.g. dateline.store.extract.verbs")
    ap.add_argument("name", help="the function, or the method with --class")
    ap.add_argument("--class", dest="cls", default=None)
    ap.add_argument("--base", type=Path, default=None, help="a checkout to compare with")
    ap.add_argument("--articles", type=int, default=400)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        write_articles(Path(tmp), args.articles)
        articles = _read(sorted(p for p in Path(tmp).rglob("*") if p.is_file()))
    extract(articles[0])  # the models and word lists load once, not in the timing
    calls = _record(args.module, args.name, args.cls, articles)
    module = importlib.import_module(args.module)
    now = getattr(getattr(module, args.cls) if args.cls else module, args.name)
    per = 1e3 / len(articles)
    print(f"{len(calls)} calls in {len(articles)} articles")
    if args.base is None:
        print(f"{_replay(now, calls) * per:.4f} ms/article")
        return 0
    before = _base_function(args.base, args.module, args.name, args.cls)
    differ = sum(before(*a, **k) != now(*a, **k) for a, k in calls)
    if differ:
        print(f"{differ} calls give another result than the base's")
        return 1
    old = new = float("inf")
    for _ in range(5):  # in turn, so that a busy spell of the machine weighs on both
        old = min(old, _replay(before, calls, 3))
        new = min(new, _replay(now, calls, 3))
    print(
        f"base {old * per:.4f} ms/article, now {new * per:.4f} ms/article: "
        f"saves {(old - new) * per:.4f} ms/article ({100 * (old - new) / old:+.1f}% of its "
        "own cost); same results"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

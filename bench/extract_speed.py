"""Extraction's CPU per sentence and per article, without the store: where an import's time
goes before anything is written.

    python -m bench.extract_speed [--articles N] [--lines N] [--rounds R]

Three inputs, each extracted `--rounds` times (the median is printed): the bundled `seeds/`,
N articles written from them as `bench.ingest` writes its files (news of a few paragraphs),
and N lines of `bench.hostile`'s JSON Lines file (one sentence an article, every one new).
CPU time of this process, so a busy machine changes the numbers little; compare two
versions by running each in turn, more than once.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.hostile import write_jsonl
from bench.ingest import write_articles
from dateline.store.extract.article import extract
from dateline.store.extract.sentences import split
from dateline.store.formats import read_file
from dateline.store.formats.article import ParsedArticle
from dateline.store.library import SEEDS_DIR


def _read(paths: list[Path]) -> list[ParsedArticle]:
    out = []
    for path in paths:
        found = read_file(path, path.read_bytes())
        out += [e.article for e in found.entries if e.article is not None]
    return out


def _measure(name: str, articles: list[ParsedArticle], rounds: int) -> None:
    sentences = sum(len(split(p.text)) for a in articles for p in a.paragraphs)
    times = []
    for _ in range(rounds):
        cpu = time.process_time()
        for article in articles:
            extract(article)
        times.append(time.process_time() - cpu)
    cpu = statistics.median(times)
    print(
        f"{name:>12} {len(articles):9} {sentences:10} {cpu:8.2f} "
        f"{cpu / sentences * 1e3:10.3f} {cpu / len(articles) * 1e3:10.3f}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--lines", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_articles(folder, args.articles)
        lines = Path(tmp) / "lines.jsonl"
        write_jsonl(lines, args.lines, seed=1)
        inputs = {
            "seeds": _read(sorted(SEEDS_DIR.glob("*.txt"))),
            "articles": _read(sorted(p for p in folder.rglob("*") if p.is_file())),
            "JSON Lines": _read([lines]),
        }
    extract(inputs["seeds"][0])  # the models and word lists load once, not in the timing
    print(
        f"{'input':>12} {'articles':>9} {'sentences':>10} {'cpu s':>8} {'ms/sent.':>10} "
        f"{'ms/article':>10}"
    )
    for name, articles in inputs.items():
        _measure(name, articles, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score entity timelines against the SemEval-2015 Task 4 trial gold, at paragraph level.

    python -m bench.timeline_eval ../shared/corpora/timeline-trial

Imports `articles/*.txt` into a fresh library, asks the timeline for each entity in
`entities.txt`, and compares (doc, paragraph) pairs with `gold.jsonl`:
- anchoring P/R/F1: pairs in both;
- dated P/R/F1: pairs in both whose system date equals a gold date (undated matches undated);
- order accuracy: over matched pairs with different gold dates, the fraction the system
  orders the same way.
The title is paragraph -1 (the gold's and the library's headline); a gold that marks no
event in any title (the trial set) is scored without the headline's entries.
Micro-averaged over entities, with a per-entity table and two baselines: every paragraph
naming the entity dated by publication date, and by the paragraph's first year-bearing
expression.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from dateline.store.dates import bounds
from dateline.store.extract.temporal import tag
from dateline.store.formats.article import parse_article
from dateline.store.library import Library
from dateline.store.paragraphs import HEADLINE_INDEX

UNDATED = "XXXX-XX-XX"

Pairs = dict[tuple[str, int], set[str]]  # (doc, paragraph) → dates


@dataclass
class Score:
    tp: int = 0
    sys: int = 0
    gold: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.sys += other.sys
        self.gold += other.gold

    @property
    def p(self) -> float:
        return self.tp / self.sys if self.sys else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Result:
    anchoring: Score = field(default_factory=Score)
    dated: Score = field(default_factory=Score)
    ordered: int = 0
    order_pairs: int = 0

    def add(self, other: Result) -> None:
        self.anchoring.add(other.anchoring)
        self.dated.add(other.dated)
        self.ordered += other.ordered
        self.order_pairs += other.order_pairs

    @property
    def order(self) -> float:
        return self.ordered / self.order_pairs if self.order_pairs else 0.0


def load_gold(corpus: Path) -> dict[str, Pairs]:
    gold: dict[str, Pairs] = defaultdict(lambda: defaultdict(set))
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["entity"]][(g["doc"], g["paragraph"])].add(g["date"])
    return gold


def _day(value: str) -> str:
    """The gold's granularities: YYYY, YYYY-MM, YYYY-MM-DD (a TIME keeps its day)."""
    return value.split("T")[0]


def _sort_key(value: str) -> str:
    """Chronological key: a value's first day ("2010-W22" is in late May, not after
    "2010-12" as its string would sort)."""
    span = bounds(value) if value != UNDATED else None
    return span[0].isoformat() if span else "9999"


def score(system: Pairs, gold: Pairs, order: dict | None = None) -> Result:
    """`order` gives the system's position of each pair when it differs from its scored
    date: a bounded entry ("after 2 Jun 2010") scores as undated but is still placed."""
    res = Result()
    matched = set(system) & set(gold)
    res.anchoring = Score(len(matched), len(system), len(gold))
    dated_tp = sum(1 for k in matched if system[k] & gold[k])
    res.dated = Score(dated_tp, len(system), len(gold))
    for a, b in combinations(sorted(matched), 2):
        ga, gb = min(gold[a], key=_sort_key), min(gold[b], key=_sort_key)
        if UNDATED in (ga, gb) or ga == gb:
            continue
        if order is not None:
            sa, sb = order[a], order[b]
        else:
            sa, sb = (
                _sort_key(min(system[a], key=_sort_key)),
                _sort_key(min(system[b], key=_sort_key)),
            )
        res.order_pairs += 1
        if (_sort_key(ga) < _sort_key(gb)) == (sa < sb) and sa != sb:
            res.ordered += 1
    return res


def _mentions(entity: str, text: str) -> bool:
    last = entity.split()[-1]
    pattern = rf"\b({re.escape(entity)}|{re.escape(last)})\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def baselines(corpus: Path, entities: list[str]) -> tuple[dict[str, Pairs], dict[str, Pairs]]:
    """Every paragraph naming the entity, dated by (1) publication date, (2) first year."""
    by_dct: dict[str, Pairs] = {e: defaultdict(set) for e in entities}
    by_year: dict[str, Pairs] = {e: defaultdict(set) for e in entities}
    for path in sorted((corpus / "articles").glob("*.txt")):
        article = parse_article(path.read_text(encoding="utf-8"))
        dct = article.published.isoformat() if article.published else UNDATED
        body = [p for p in article.paragraphs if p.kind == "body"]
        for index, para in enumerate(body):
            first_year = next(
                (
                    t.value
                    for t in tag(para.text, article.published)
                    if re.search(r"\b\d{4}\b", t.text) and re.match(r"^\d{4}", t.value)
                ),
                UNDATED,
            )
            for entity in entities:
                if _mentions(entity, para.text):
                    by_dct[entity][(path.stem, index)].add(dct)
                    by_year[entity][(path.stem, index)].add(first_year.split("T")[0])
    return by_dct, by_year


ORDER: dict[str, dict[tuple[str, int], str]] = {}  # entity → pair → system's position


def system_pairs(corpus: Path, entities: list[str]) -> dict[str, Pairs]:
    out: dict[str, Pairs] = {}
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(str(Path(tmp) / "bench.db"))
        lib.import_paths([corpus / "articles"])
        lib.update_stories()  # as `dateline import` does: reports of other days joined
        for entity in entities:
            pairs: Pairs = defaultdict(set)
            order: dict[tuple[str, int], str] = {}
            for entry in lib.timeline(entity=entity):
                for src in entry.sources:
                    doc = Path(src.path).stem
                    # gold paragraphs count body paragraphs only (no captions here)
                    # only a point the system commits to counts as a date; a bound
                    # ("before 2010-06-08") says no more than "undated" does
                    point = entry.date if entry.dating in ("explicit", "inferred") else None
                    pairs[(doc, src.paragraph)].add(_day(point) if point else UNDATED)
                    position = entry.start or "9999"
                    key = (doc, src.paragraph)
                    order[key] = min(order.get(key, "9999"), position)
            out[entity] = pairs
            ORDER[entity] = order
        lib.close()
    return out


def error_classes(system: dict[str, Pairs], gold: dict[str, Pairs]) -> dict[str, int]:
    """Where the system and gold disagree, grouped for error analysis."""
    classes: dict[str, int] = defaultdict(int)
    for entity, g in gold.items():
        s = system.get(entity, {})
        for key in set(g) | set(s):
            gd, sd = g.get(key, set()), s.get(key, set())
            if not sd:
                classes["missed paragraph (no event with the entity)"] += 1
            elif not gd:
                classes["extra paragraph (entity mentioned, not in gold)"] += 1
            elif gd & sd:
                continue
            elif UNDATED in gd:
                classes["dated, gold undated"] += 1
            elif UNDATED in sd:
                classes["undated or bounded, gold dated"] += 1
            elif any(a[:4] == b[:4] for a in gd for b in sd):
                classes["same year, other month/day or granularity"] += 1
            else:
                classes["other year"] += 1
    return dict(sorted(classes.items(), key=lambda kv: -kv[1]))


def _row(name: str, r: Result) -> str:
    a, d = r.anchoring, r.dated
    return (
        f"{name:<22} {a.p:6.3f} {a.r:6.3f} {a.f1:6.3f}   {d.p:6.3f} {d.r:6.3f} {d.f1:6.3f}"
        f"   {r.order:6.3f} ({r.ordered}/{r.order_pairs})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    args = ap.parse_args(argv)
    entities = [
        e.strip() for e in (args.corpus / "entities.txt").read_text().splitlines() if e.strip()
    ]
    gold = load_gold(args.corpus)
    runs = {"dateline": system_pairs(args.corpus, entities)}
    # The trial set's annotators left the titles out (none of its 197 mentions is in one);
    # the test sets mark the headline's events (paragraph -1: 38 of airbus's 388). The
    # headline's entries are scored only against a gold that annotates titles.
    if not any(p == HEADLINE_INDEX for pairs in gold.values() for _d, p in pairs):
        unscored = 0
        for pairs in runs["dateline"].values():
            for key in [k for k in pairs if k[1] == HEADLINE_INDEX]:
                del pairs[key]
                unscored += 1
        print(f"{unscored} headline pairs not scored: this gold marks no event in a title")
    runs["baseline: pub date"], runs["baseline: first year"] = baselines(args.corpus, entities)
    header = f"{'':<22} {'anchoring P/R/F1':<22}   {'dated P/R/F1':<22}   order accuracy"
    for name, pairs in runs.items():
        print(f"\n== {name}")
        print(header)
        total = Result()
        for entity in entities:
            order = ORDER.get(entity) if name == "dateline" else None
            r = score(pairs[entity], gold[entity], order)
            total.add(r)
            print(_row(entity, r))
        print(_row("micro", total))
    print("\n== dateline: error classes (entity, doc, paragraph)")
    for name, count in error_classes(runs["dateline"], gold).items():
        print(f"{count:5d}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score timelines of real saved pages against careful readers' verdicts on earlier timelines.

    python -m bench.realpages_eval ../shared/corpora/realworld-pages/pages [--part dev]

`bench/data/realpages.jsonl` holds, for all 150 pages of the corpus, what readers judged of each
timeline entry Dateline gave at the time: an event or not (and why not: a repeat, a state,
an opinion, a statistic, boilerplate), and for an event whether its date is right, vague
(coarser than the text allows) or wrong; and which entries tell each event a reader
counts as salient. An entry is keyed by its page, paragraph (1-based, 0 the headline), the
offsets of its sentence in the paragraph, and its date and dating: no text of the pages is
kept. The bench imports the pages, and an entry of today's timeline carries the verdict of
the judged entry with the same key (the one with the same summary, when one sentence gave
several). Entries nobody judged are counted apart: the figures are over judged entries, and
a change that makes many new entries needs new verdicts, not these.

Salient found is a lower bound: a salient event counts as found when an entry cites a
sentence that told it in the judged timeline.

Five parts: `dev` (45 pages, used to develop rules), `heldout` (30 pages nobody tuned
for: report their figures, never read their pages to fix a mistake), `fresh` (24 pages,
sets F1–F3, judged blind at the start of stop 51, then read for classes of mistakes),
`fresh2` (24 more, sets F4–F6, judged blind at stop 51's second landing, 0253060) and
`fresh3` (the corpus's last 27 pages, sets F7–F9, judged blind at stop 52's 0f7e311; blogs,
a wiki page and a listicle among them, as a reader's saved pages hold). The fresh parts
are development data now; their salient events were counted apart, so none are listed
here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.store.library import Library

LABELS = Path(__file__).parent / "data" / "realpages.jsonl"
DATINGS = ("explicit", "inferred", "before", "after")
PARTS = ("dev", "heldout", "fresh", "fresh2", "fresh3")

Key = tuple[int, int, int, str | None, str]  # paragraph (1-based), start, end, date, dating


@dataclass
class Tally:
    """What one set's pages scored."""

    pages: int = 0
    entries: int = 0
    unjudged: int = 0
    non_events: Counter = field(default_factory=Counter)  # by reason
    dates: dict[str, Counter] = field(
        default_factory=lambda: defaultdict(Counter)
    )  # dating → verdicts
    salient: int = 0
    salient_found: int = 0

    @property
    def judged(self) -> int:
        return self.entries - self.unjudged

    def line(self, name: str) -> str:
        ne = sum(self.non_events.values())
        right = sum(c["right"] for c in self.dates.values())
        events = sum(sum(c.values()) for c in self.dates.values())
        by = " ".join(
            f"{d} {self.dates[d]['right']}/{sum(self.dates[d].values())}"
            for d in DATINGS
            if self.dates[d]
        )
        found = _pc(self.salient_found, self.salient)
        reasons = ", ".join(f"{r} {n}" for r, n in self.non_events.most_common())
        return (
            f"{name:8} pages {self.pages:3} | entries {self.entries} ({self.unjudged} unjudged) | "
            f"non-events {ne}/{self.judged} = {_pc(ne, self.judged)} ({reasons}) | "
            f"dates right {right}/{events} = {_pc(right, events)} ({by}) | "
            f"salient found ≥ {self.salient_found}/{self.salient} = {found}"
        )


def _pc(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} %" if d else "-"


def summary_sha(summary: str) -> str:
    """What tells apart two judged entries of one sentence, without keeping their text."""
    return hashlib.sha1(summary.encode()).hexdigest()[:12]


def read_labels(path: Path = LABELS) -> list[dict]:
    """One record a page: set, part, page (the corpus file's name), entries, salient."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_page(record: dict, entries: Iterable, article_id: int, tally: Tally) -> None:
    """Carry `record`'s verdicts over to today's timeline `entries` of the page's article."""
    judged: dict[Key, list[dict]] = defaultdict(list)
    for label in record["entries"]:
        key = (label["paragraph"], label["start"], label["end"], label["date"], label["dating"])
        judged[key].append(label)
    cited: set[tuple[int, int, int]] = set()
    tally.pages += 1
    for entry in entries:
        own = [s for s in entry.sources if s.article == article_id]
        tally.entries += 1
        cited.update((s.paragraph + 1, s.start, s.end) for s in own)
        label = _verdict(own, entry, judged)
        if label is None:
            tally.unjudged += 1
        elif not label["event"]:
            tally.non_events[label["reason"]] += 1
        else:
            tally.dates[entry.dating][label["date_verdict"]] += 1
    by_id = {label["id"]: label for label in record["entries"]}
    for told_by in record["salient"]:
        tally.salient += 1
        sentences = {
            (by_id[k]["paragraph"], by_id[k]["start"], by_id[k]["end"])
            for k in told_by
            if k in by_id
        }
        tally.salient_found += bool(sentences & cited)


def _verdict(sources: list, entry, judged: dict[Key, list[dict]]) -> dict | None:
    """The judged entry `entry` is: same sentence (any of its sources in this article, the
    first first), date and dating; among several, the one with its summary."""
    for s in sources:
        labels = judged.get((s.paragraph + 1, s.start, s.end, entry.date, entry.dating))
        if not labels:
            continue
        sha = summary_sha(entry.summary)
        label = next((x for x in labels if x["summary_sha"] == sha), labels[0])
        labels.remove(label)  # one judged entry answers for one of today's
        return label
    return None


def score_library(lib: Library, records: list[dict]) -> dict[str, Tally]:
    """Tallies by set name, and by part (`dev`, `heldout`), over a library holding the pages."""
    by_name = {Path(a.path or "").name: a.id for a in lib.articles()}
    tallies: dict[str, Tally] = defaultdict(Tally)
    for record in records:
        article_id = by_name.get(record["page"])
        if article_id is None:
            raise SystemExit(
                f"{record['page']}: not in the library (is it the realworld-pages folder?)"
            )
        entries = lib.timeline(article_id=article_id)
        for name in (record["set"], record["part"]):
            score_page(record, entries, article_id, tallies[name])
    return tallies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", type=Path, help="the realworld-pages/pages folder")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--part", choices=(*PARTS, "all"), default="all")
    ap.add_argument(
        "--db", help="score this library (already holding the pages) instead of importing"
    )
    args = ap.parse_args()
    records = [r for r in read_labels(args.labels) if args.part in ("all", r["part"])]
    if args.db:
        tallies = score_library(Library(args.db, read_only=True), records)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            lib = Library(str(Path(tmp) / "lib.db"))
            files = [args.pages / r["page"] for r in records]
            if missing := [f for f in files if not f.is_file()]:
                raise SystemExit(f"{missing[0]}: no such page ({len(missing)} missing)")
            lib.import_paths(files)
            tallies = score_library(lib, records)
            lib.close()
    sets = sorted({r["set"] for r in records}, key=lambda s: (s[0], s))
    for name in [*sets, *(p for p in PARTS if p in tallies)]:
        print(tallies[name].line(name))


if __name__ == "__main__":
    main()

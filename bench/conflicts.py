"""How well `db.crossday` finds one event told with different dates, and what it costs.

    python -m bench.conflicts CORPUS_DIR... [--real PAGES_DIR] [--speed N]

The seeds and the given corpus folders (articles of real stories, none copied here) are
imported into a temporary base library. For every typed event dated explicitly by a time
expression in its own sentence, "another outlet" tells it again, in these kinds of copy:

- changed: the date moved (a weekday two days earlier, "today" → "yesterday", a day of the
  month ±3, a month ±2, a year −1): a conflict;
- full: the whole article, retitled, with one date changed (one per article): a conflict;
- within: the article itself with the changed sentence told again at its end: a conflict
  inside one article (imported without the originals);
- coarse: the day made its month ("April 2003") or its week ("this week"): no conflict;
- undated1: the date left out, published the day after: no conflict;
- undated5: the date left out, published five days after: a conflict by the rule.

A short copy is titled "News in brief" (no event of its own) and holds the original's lead
paragraph, the sentence before when the changed one opens on a pronoun, and the changed
sentence. Each kind is imported with the base into a library of its own, then linked
(`link_new_reports`), and each copy is scored: is its changed report in its original's
entry, and is the entry flagged when the kind wants it (not flagged when it does not)?
Flagged entries that hold no copy of a conflicting kind are counted as unexplained.

Then the seeds alone (every join and flag listed), the `--real` pages (joins and flags: each
is a false grouping unless read otherwise), and with `--speed N` the cost of the pass on a
generated library of N articles (`bench.generate`: every report its own entry, the worst
case), for its last 2% of articles and for all of them.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from dateline.store.db.crossday import link_new_reports
from dateline.store.library import SEEDS_DIR, Library

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
PRONOUNS = {"he", "she", "it", "they", "its", "his", "her", "their", "this", "these"}
_MONTH = "|".join(MONTHS)
_DAY_DATE = re.compile(rf"^({_MONTH})\.? (\d{{1,2}})(, \d{{4}})?$")
_MONTH_DATE = re.compile(rf"^({_MONTH})( \d{{4}})?$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
BRIEF_TITLE = "News in brief"  # a title of no event: the copy's events are its sentences'
WANTS_CONFLICT = {
    "changed": True,
    "full": True,
    "within": True,
    "undated5": True,
    "coarse": False,
    "undated1": False,
}

# --- the copies -------------------------------------------------------------------------


def changed(text: str, value: str) -> str | None:
    """The time expression `text` (of value `value`) naming another date, or None when its
    form is not one rewritten here."""
    if text.capitalize() in WEEKDAYS and text.istitle():
        return WEEKDAYS[(WEEKDAYS.index(text.capitalize()) - 2) % 7]
    low = text.lower()
    if low == "today":
        return "yesterday" if text[0].islower() else "Yesterday"
    if low == "yesterday":
        return "on " + _weekday(value, -2)  # three days before publication
    m = _DAY_DATE.match(text)
    if m:
        day = int(m.group(2))
        return f"{m.group(1)} {day + 3 if day <= 25 else day - 3}{m.group(3) or ''}"
    m = _MONTH_DATE.match(text)
    if m:
        k = MONTHS.index(m.group(1))
        return f"{MONTHS[k + 2 if k <= 9 else k - 2]}{m.group(2) or ''}"
    if _YEAR.match(text):
        return str(int(text) - 1)
    return None


def coarser(text: str, _value: str) -> str | None:
    """The expression made the period around it: "April 28, 2003" → "April 2003",
    "Wednesday" → "this week". None when it is no day."""
    m = _DAY_DATE.match(text)
    if m:
        year = m.group(3)
        return f"{m.group(1)}{(' ' + year[2:]) if year else ''}"
    if text.capitalize() in WEEKDAYS:
        return "this week"
    return None


def _weekday(value: str, shift: int) -> str:
    return WEEKDAYS[(date.fromisoformat(value[:10]) + timedelta(days=shift)).weekday()]


def without(sentence: str, start: int, end: int) -> str:
    """The sentence without the time expression at [start, end) and its preposition."""
    before = re.sub(r"\b(on|in|of|since|during|by)\s*$", "", sentence[:start], flags=re.I)
    out = before.rstrip() + " " + sentence[end:].lstrip()
    out = re.sub(r"\s+([,.;:])", r"\1", out).strip()
    out = re.sub(r"^,\s*", "", out)
    return out[0].upper() + out[1:]


def _write(path: Path, title: str, published: str, paragraphs: list[str]) -> None:
    d = date.fromisoformat(published)
    line = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([title, line, "", "\n\n".join(paragraphs)]) + "\n")


_DATED = """
SELECT e.id, e.article_id, a.path, a.title, a.published, e.type, e.date, e.trigger,
       p.id, p."index", p.text, e.sent_start, e.sent_end, t.start, t."end", t.text, t.value
FROM event e
JOIN article a ON a.id = e.article_id
JOIN paragraph p ON p.id = e.paragraph_id
JOIN timeexpression t ON t.paragraph_id = e.paragraph_id
     AND t.start >= e.sent_start AND t."end" <= e.sent_end AND t.value = e.date
WHERE e.dating = 'explicit' AND e.type != 'other' AND a.published IS NOT NULL
ORDER BY e.id
"""


def make_copies(db: Path, out: Path, skip: set[str]) -> list[dict]:
    """Write the copies of the base library's explicitly dated events under `out`; one
    manifest entry each: kind, source path, trigger, type, the source paragraph of each of
    its paragraphs (`origins`) and which one is changed (`changed_at`). Articles whose
    file name is in `skip` give none."""
    conn = sqlite3.connect(db)
    copies: list[dict] = []
    whole_done: set[int] = set()
    seen: set[tuple] = set()
    for row in conn.execute(_DATED).fetchall():
        eid, art, path, title, published, type_, value, trigger = row[:8]
        pid, pindex, ptext, s0, s1, t0, t1, ttext, tvalue = row[8:]
        if (pid, t0) in seen or Path(path).name in skip:
            continue
        seen.add((pid, t0))
        sentence, a, b = ptext[s0:s1], t0 - s0, t1 - s0
        context, origins = _context(conn, art, pid, pindex, s0, sentence)
        base = {"source": path, "type": type_, "trigger": trigger, "event": eid}
        variants = {"changed": changed(ttext, tvalue), "coarse": coarser(ttext, tvalue)}
        at = {"origins": [*origins, pindex], "changed_at": len(origins)}
        for kind, new in variants.items():
            if new is not None:
                target = out / kind / f"{eid}.txt"
                _write(
                    target, BRIEF_TITLE, published, [*context, sentence[:a] + new + sentence[b:]]
                )
                copies.append({**base, **at, "kind": kind, "path": str(target)})
        if len(value) == 10:  # a day: left out, the copy published one or five days after
            for kind, shift in (("undated1", 1), ("undated5", 5)):
                day = (date.fromisoformat(value) + timedelta(days=shift)).isoformat()
                target = out / kind / f"{eid}.txt"
                _write(target, BRIEF_TITLE, day, [*context, without(sentence, a, b)])
                copies.append({**base, **at, "kind": kind, "path": str(target)})
        new = variants["changed"]
        if new is not None and art not in whole_done:
            whole_done.add(art)
            told = sentence[:a] + new + sentence[b:]
            copies += _whole(
                conn, out, base, (art, title, published), (pid, pindex, t0, t1), new, told
            )
    return copies


def _context(conn, art: int, pid: int, pindex: int, s0: int, sentence: str):
    """What a short copy tells before its changed sentence: the original's lead paragraph
    (it names the story's actors in full), and the paragraph before when the changed
    sentence opens its paragraph on a pronoun ("He resigned …")."""
    texts, origins = [], []
    if pindex > 0:
        lead = conn.execute(
            'SELECT text FROM paragraph WHERE article_id = ? AND "index" = 0', (art,)
        ).fetchone()
        texts.append(lead[0])
        origins.append(0)
    opens = not conn.execute(
        "SELECT 1 FROM event WHERE paragraph_id = ? AND sent_end <= ?", (pid, s0)
    ).fetchone()
    if sentence.split()[0].lower() in PRONOUNS and pindex > 1 and opens:
        prev = conn.execute(
            'SELECT text FROM paragraph WHERE article_id = ? AND "index" = ?', (art, pindex - 1)
        ).fetchone()
        if prev:
            texts.append(prev[0])
            origins.append(pindex - 1)
    return texts, origins


def _whole(conn, out: Path, base: dict, article: tuple, where: tuple, new: str, told: str):
    """The article's full copy with the date changed (another title), and the article
    itself with the changed sentence told again as its last paragraph (within)."""
    art, title, published = article
    pid, pindex, t0, t1 = where
    paras = conn.execute(
        'SELECT id, text, "index" FROM paragraph WHERE article_id = ? AND kind != ? ORDER BY 3',
        (art, "headline"),
    ).fetchall()
    origins = [i for _p, _t, i in paras]
    full = [text[:t0] + new + text[t1:] if p == pid else text for p, text, _i in paras]
    target = out / "full" / f"{base['event']}.txt"
    _write(target, "Update: " + title, published, full)
    made = [{**base, "kind": "full", "path": str(target), "origins": origins,
             "changed_at": origins.index(pindex)}]  # fmt: skip
    target = out / "within" / f"{base['event']}.txt"
    _write(target, title, published, [t for _p, t, _i in paras] + [told])
    made.append({**base, "kind": "within", "path": str(target), "origins": [*origins, pindex],
                 "changed_at": len(origins)})  # fmt: skip
    return made


# --- libraries and scores -----------------------------------------------------------------


def library(db: Path, paths: list[Path]) -> tuple[Library, float, int]:
    """A library of `paths` imported then linked; with the pass's seconds and articles."""
    lib = Library(str(db))
    lib.import_paths(paths, workers=1)
    with lib.engine.connect() as conn:
        ids = list(conn.exec_driver_sql("SELECT id FROM article").scalars())
    started = time.perf_counter()
    link_new_reports(lib.engine, ids)
    return lib, time.perf_counter() - started, len(ids)


def _events(lib: Library) -> dict[tuple, tuple[int, int, bool]]:
    """(article path, paragraph index, trigger) → (event id, cluster, its head flagged)."""
    with lib.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            'SELECT a.path, p."index", e.trigger, e.id, e.cluster, h.conflict FROM event e '
            "JOIN article a ON a.id = e.article_id JOIN paragraph p ON p.id = e.paragraph_id "
            "LEFT JOIN event h ON h.id = e.cluster"
        ).all()
    return {(Path(p).name, i, t): (e, c, bool(f)) for p, i, t, e, c, f in rows}


def score(lib: Library, copies: list[dict]) -> tuple[Counter, int]:
    """Outcome per copy, and the flagged entries holding no copy of a conflicting kind."""
    events = _events(lib)
    outcome: Counter = Counter()
    explained = set()
    for copy in copies:
        name, at = Path(copy["path"]).name, copy["changed_at"]
        mine = events.get((name, at, copy["trigger"]))
        source, told = Path(copy["source"]).name, copy["origins"][at]
        if copy["kind"] == "within":  # the original is the copy's own earlier paragraph
            source, told = name, copy["origins"].index(told)
        original = events.get((source, told, copy["trigger"]))
        if mine is None or original is None:
            outcome["unscorable (extraction)"] += 1
            continue
        wanted = WANTS_CONFLICT[copy["kind"]]
        if mine[1] != original[1]:
            outcome["not joined"] += 1
        elif mine[2] == wanted:
            outcome["conflict found" if wanted else "joined, no conflict (right)"] += 1
        else:
            outcome["conflict missed" if wanted else "flagged wrongly"] += 1
        if wanted and mine[2]:
            explained.add(mine[1])
    with lib.engine.connect() as conn:
        flagged = set(conn.exec_driver_sql("SELECT id FROM event WHERE conflict").scalars())
    return outcome, len(flagged - explained)


def show_links(lib: Library, label: str, width: int = 70) -> None:
    """Every entry holding reports of several articles with a date conflict or a date the
    day-by-day index never joins (a day and its year), and every flagged entry."""
    with lib.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT e.cluster, h.conflict, e.article_id, e.date, e.dating, e.summary FROM event e "
            "JOIN event h ON h.id = e.cluster WHERE e.cluster IN (SELECT cluster FROM event "
            "GROUP BY cluster HAVING count(DISTINCT article_id) > 1 AND (count(DISTINCT start) > 1"
            " OR max(conflict) = 1)) OR e.cluster IN (SELECT id FROM event WHERE conflict) "
            "ORDER BY e.cluster, e.id"
        ).all()
    clusters = {r[0] for r in rows}
    print(f"\n## {label}: {len(clusters)} entries of reports on other days or flagged")
    last = None
    for cluster, flag, art, day, dating, summary in rows:
        if cluster != last:
            print(f"- entry {cluster}{' CONFLICT' if flag else ''}")
            last = cluster
        print(f"    article {art}: {day} {dating}: {summary[:width]}")


def speed(n: int, folder: Path) -> None:
    """The pass's cost on a generated library: its last 2% of articles, then all."""
    from bench.generate import generate

    db = folder / "generated.db"
    generate(n, str(db), index=False, log=lambda _m: None).close()
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM article ORDER BY id")]
    for label, chosen in (("last 2%", ids[-max(1, n // 50) :]), ("all", ids)):
        work = folder / "work.db"
        shutil.copy(db, work)
        lib = Library(str(work))
        started = time.perf_counter()
        done = link_new_reports(lib.engine, chosen)
        took = time.perf_counter() - started
        lib.close()
        print(
            f"speed, {n} generated articles, linking {label} ({len(chosen)}): {took:.1f}s, "
            f"{1000 * took / len(chosen):.2f} ms/article ({len(chosen) / took:.0f}/s); {done}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.conflicts", description=__doc__)
    parser.add_argument("corpora", nargs="*", type=Path, help="folders of real articles")
    parser.add_argument("--real", type=Path, help="unrelated pages, for false groupings")
    parser.add_argument("--speed", type=int, default=0, help="articles of a generated library")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        originals = [SEEDS_DIR, *args.corpora]
        base, took, n = library(work / "base.db", originals)
        show_links(
            base, f"seeds and corpora alone ({n} articles, pass {1000 * took / n:.2f} ms/article)"
        )
        base.close()
        seeds_only = {p.name for p in SEEDS_DIR.iterdir() if p.name.startswith("000_")}
        copies = make_copies(work / "base.db", work / "copies", seeds_only)
        print(f"\ncopies: {dict(Counter(c['kind'] for c in copies))}")
        for kind in WANTS_CONFLICT:
            mine = [c for c in copies if c["kind"] == kind]
            paths = [Path(c["path"]) for c in mine]
            lib, took, n = library(
                work / f"{kind}.db", paths if kind == "within" else [*originals, *paths]
            )
            outcome, unexplained = score(lib, mine)
            lib.close()
            right = outcome["conflict found"] + outcome["joined, no conflict (right)"]
            print(
                f"{kind:9} {len(mine):4} copies: right {right}, {dict(outcome)}; "
                f"flags unexplained {unexplained}; pass {1000 * took / n:.2f} ms/article"
            )
        if args.real:
            real, took, n = library(work / "real.db", [args.real])
            show_links(real, f"--real ({n} articles, pass {1000 * took / n:.2f} ms/article)", 40)
            real.close()
        if args.speed:
            speed(args.speed, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())

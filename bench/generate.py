"""Build a library of N articles from the bundled `seeds/`, for benchmarks and scale tests.

    python -m bench.generate N --db PATH [--seed S] [--no-index] [--merge]

The seeds are imported once (real extraction) into a template library; each generated
article is then a copy of one seed with its years shifted, names swapped and some words
varied, inserted straight through the store's tables, which is fast enough for 100,000
articles. Every substitution keeps the length of what it replaces, so the stored offsets
of time expressions and event sentences still point at the right text. Afterwards the
store's own derived indexes (duplicate clusters, actors) and the search index are built,
as an import would leave them (see `generate` for the one shortcut taken).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import inspect, text

from dateline.store.db import search
from dateline.store.library import SEEDS_DIR, Library

FIRST = """Anna Ben Carl Dana Emil Fay Gus Hana Ivan Jill Kurt Lea Mona Nils Olga Petr Rosa Sam
Tina Ugo Vera Walt Yara Zoe Aaron Bella Clara Dmitri Elena Fabio Greta Hiroshi Ingrid Jonas
Karin Lukas Marta Nadia Oscar Paula Rafael Selma Tomas Ursula Viktor Wanda Xavier Yusuf
Zelda Steve Peter Laura Maria David Nancy Simon Robin Julia Henry Grace Frank Linda Bruce
Irene""".split()
LAST = """Berg Cole Dahl Ernst Falk Gray Holm Ivers Jost Kern Lind Moss Nash Orr Pike Quist Ross
Sand Tate Ueda Voss Wirth York Zorn Abbott Barker Castro Dorsey Ellison Fischer Garcia Hansen
Ibarra Jensen Keller Larsen Moreno Nguyen Okafor Petrov Quinn Romero Schulz Torres Unger
Vargas Walker Yilmaz Zhang Jobs Cook Brown Smith Jones Miller Wilson Taylor Clark Lewis
Turner""".split()
# Same-length word swaps that keep a sentence readable.
SWAPS = [
    ("announced", "disclosed"),
    ("reported", "revealed"),
    ("launched", "unveiled"),
    ("meeting", "session"),
    ("company", "concern"),
    ("said", "told"),
    ("today", "later"),
]
TITLE_PREFIXES = ["", "", "", "Update: ", "Analysis: ", "Report: ", "Explainer: ", "Live: "]
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)")
NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")

TABLES = ("article", "paragraph", "timeexpression", "event")


def by_length(words: list[str]) -> dict[int, list[str]]:
    groups: dict[int, list[str]] = defaultdict(list)
    for word in words:
        groups[len(word)].append(word)
    return groups


FIRST_BY_LEN, LAST_BY_LEN = by_length(FIRST), by_length(LAST)


def template(cache: Path) -> Path:
    """The seeds imported once with the real pipeline (cached next to the target)."""
    if not cache.exists():
        lib = Library(str(cache))
        lib.import_paths([SEEDS_DIR])
        lib.close()
    return cache


def rows_of(lib: Library) -> dict[str, list[dict]]:
    with lib.engine.connect() as conn:
        return {
            t: [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
            for t in TABLES
        }


class Variation:
    """One copy's substitutions: a year shift, a name map and word swaps (all same-length)."""

    def __init__(self, rng: random.Random, names: set[str]) -> None:
        self.shift = rng.randint(-12, 6)
        self.names = {}
        for name in names:
            pool = (FIRST_BY_LEN if rng.random() < 0.5 else LAST_BY_LEN).get(len(name))
            if pool:
                self.names[name] = rng.choice(pool)
        self.swaps = dict(s if rng.random() < 0.5 else s[::-1] for s in rng.sample(SWAPS, 3))
        self.prefix = rng.choice(TITLE_PREFIXES)

    def year(self, match: re.Match) -> str:
        return str(int(match.group()) + self.shift)

    def text(self, value: str | None) -> str | None:
        if not value:
            return value
        value = YEAR.sub(self.year, value)
        value = NAME.sub(lambda m: self.names.get(m.group(), m.group()), value)
        for old, new in self.swaps.items():
            value = value.replace(old, new)
        return value

    def date(self, value: str | None) -> str | None:
        """Shift an ISO/TIMEX value's year; a 29 February that no longer exists becomes 28."""
        if not value or not value[:4].isdigit():
            return value
        shifted = f"{int(value[:4]) + self.shift:04d}{value[4:]}"
        return shifted.replace("-02-29", "-02-28") if "-02-29" in shifted else shifted


def _fill_actor_index(conn, event_actors: list[tuple[int, str]]) -> None:
    """What `db.index` would record for the new events' actors (names and links)."""
    names = sorted({name for _e, name in event_actors})
    conn.execute(text("INSERT OR IGNORE INTO actor (name) VALUES (:n)"), [{"n": n} for n in names])
    ids = dict(conn.execute(text("SELECT name, id FROM actor")).all())
    conn.execute(
        text("INSERT OR IGNORE INTO eventactor (event_id, actor_id) VALUES (:e, :a)"),
        [{"e": e, "a": ids[name]} for e, name in event_actors],
    )


def generate(
    n: int, db: str, seed: int = 0, index: bool = True, merge: bool = False, log=print
) -> Library:
    """Fill the library at `db` (created if needed) with `n` generated articles.

    By default each generated event is its own cluster (no cross-article merging) and the
    actor index is filled directly: the store's duplicate detection costs a few ms per
    event, too slow for a million. `merge=True` runs it instead (faithful, slow).
    """
    rng = random.Random(seed)
    started = time.perf_counter()
    cache = Path(tempfile.gettempdir()) / "dateline-bench-template.db"
    source = Library(str(template(cache)))
    seeds = rows_of(source)
    source.close()
    by_article: dict[int, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for table in TABLES[1:]:
        for row in seeds[table]:
            by_article[row["article_id"]][table].append(row)
    names_of = {
        a["id"]: {m for p in by_article[a["id"]]["paragraph"] for m in NAME.findall(p["text"])}
        | set(NAME.findall(a["title"] or ""))
        for a in seeds["article"]
    }
    lib = Library(db)
    with lib.engine.begin() as conn:
        ids = {
            t: (conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar() or 0)
            for t in TABLES
        }
        batch: dict[str, list[dict]] = defaultdict(list)
        event_actors: list[tuple[int, str]] = []
        for i in range(n):
            art = rng.choice(seeds["article"])
            v = Variation(rng, names_of[art["id"]])
            ids["article"] += 1
            new_id = ids["article"]
            batch["article"].append(
                {
                    **art,
                    "id": new_id,
                    "title": v.prefix + (v.text(art["title"]) or ""),
                    "published": v.date(art["published"]),
                    "source": v.text(art["source"]),
                    "path": f"generated/{new_id:07d}.txt",
                    "content_hash": hashlib.sha1(f"{seed}:{new_id}".encode()).hexdigest(),
                }
            )
            paragraph_ids = {}
            for p in by_article[art["id"]]["paragraph"]:
                ids["paragraph"] += 1
                paragraph_ids[p["id"]] = ids["paragraph"]
                batch["paragraph"].append(
                    {**p, "id": ids["paragraph"], "article_id": new_id, "text": v.text(p["text"])}
                )
            for t in by_article[art["id"]]["timeexpression"]:
                ids["timeexpression"] += 1
                batch["timeexpression"].append(
                    {
                        **t,
                        "id": ids["timeexpression"],
                        "article_id": new_id,
                        "paragraph_id": paragraph_ids[t["paragraph_id"]],
                        "text": v.text(t["text"]),
                        "value": v.date(t["value"]),
                    }
                )
            for e in by_article[art["id"]]["event"]:
                ids["event"] += 1
                actors = [v.text(a) for a in json.loads(e["actors"] or "[]")]
                batch["event"].append(
                    {
                        **e,
                        "id": ids["event"],
                        "article_id": new_id,
                        "paragraph_id": paragraph_ids[e["paragraph_id"]],
                        "date": v.date(e["date"]),
                        "start": v.date(e["start"]),
                        "end": v.date(e["end"]),
                        "summary": v.text(e["summary"]),
                        "actors": json.dumps(actors),
                        "cluster": None if merge else ids["event"],
                    }
                )
                event_actors.extend((ids["event"], a) for a in dict.fromkeys(actors))
            if len(batch["paragraph"]) > 20000 or i == n - 1:
                for table in TABLES:
                    if batch[table]:
                        columns = list(batch[table][0])
                        quoted = ", ".join(f'"{c}"' for c in columns)
                        marks = ", ".join(f":{c}" for c in columns)
                        conn.execute(
                            text(f"INSERT INTO {table} ({quoted}) VALUES ({marks})"), batch[table]
                        )
                batch.clear()
        if not merge and inspect(conn).has_table("eventactor"):
            _fill_actor_index(conn, event_actors)
    log(f"inserted {n} articles in {time.perf_counter() - started:.1f}s")
    if merge:
        step = time.perf_counter()
        lib.merge_duplicates()
        log(f"store's duplicate merge and actor index in {time.perf_counter() - step:.1f}s")
    if index:
        step = time.perf_counter()
        search.ensure_index(lib.engine)
        log(f"search index in {time.perf_counter() - step:.1f}s")
    return lib


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("n", type=int, help="how many articles to add")
    parser.add_argument("--db", required=True, help="library file (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same library")
    parser.add_argument("--no-index", action="store_true", help="skip building the search index")
    parser.add_argument(
        "--merge",
        action="store_true",
        help="run the store's duplicate merge (faithful, ~4 ms per event)",
    )
    args = parser.parse_args(argv)
    lib = generate(
        args.n,
        args.db,
        args.seed,
        index=not args.no_index,
        merge=args.merge,
        log=lambda m: print(m, file=sys.stderr),
    )
    lib.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

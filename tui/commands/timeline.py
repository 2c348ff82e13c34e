"""`dateline timeline`: the chronology of the library or one article, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from rich.table import Table

from store.library import Library
from tui.commands.common import console, fail, plain

NAME = "timeline"
HELP = "print the timeline of the library or one article"
NEEDS_LIBRARY = True


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--article", type=int, metavar="ID", help="only this article's events")
    p.add_argument("--format", choices=("table", "json"), default="table")


def run(args: argparse.Namespace, lib: Library) -> int:
    article, fmt = args.article, args.format
    if article is not None and lib.article(article) is None:
        return fail(f"no article with id {article}")
    entries = lib.timeline(article)
    if fmt == "json":
        json.dump([e.to_json() for e in entries], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    table = Table(show_lines=False, expand=False)
    table.add_column("date", no_wrap=True)
    table.add_column("dating", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("summary", ratio=3, overflow="fold")
    table.add_column("actors", ratio=1, overflow="fold")
    table.add_column("source", max_width=32, overflow="ellipsis", no_wrap=True)
    for e in entries:
        src = e.sources[0]
        table.add_row(
            plain(e.label),
            plain(e.dating),
            plain(e.type),
            plain(e.summary),
            plain(", ".join(e.actors)),
            plain(f"#{src.article} ¶{src.paragraph} {src.title}"),
        )
    console().print(table)
    return 0

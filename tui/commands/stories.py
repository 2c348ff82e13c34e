"""`dateline stories`: the stories the library's articles are grouped into, the latest first,
as a table or JSON (`id`, `title`, `articles` as ids, `first`, `last`, `actors`)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from dateline.tui.commands.common import console, plain, print_json

if TYPE_CHECKING:  # the library (SQLAlchemy) loads only when a command runs
    from dateline.store.library import Library

NAME = "stories"
HELP = "list the stories the articles are grouped into"
NEEDS_LIBRARY = True


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "json"), default="table")


def run(args: argparse.Namespace, lib: Library) -> int:
    if not lib.read_only:
        lib.update_stories()  # the articles imported since the last grouping
    stories = lib.stories()
    if args.format == "json":
        print_json([s.to_json() for s in stories])
        return 0
    if not stories:
        print("dateline: no stories: the library has no articles yet", file=sys.stderr)
        return 0
    from rich.table import Table

    table = Table()
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("dates", no_wrap=True)
    table.add_column("title", ratio=3, overflow="fold")
    table.add_column("articles", ratio=1, overflow="fold")
    table.add_column("actors", ratio=2, overflow="fold")
    for s in stories:
        table.add_row(
            str(s.id),
            plain(s.span),
            plain(s.title),
            plain(f"{len(s.articles)}: " + " ".join(f"#{a}" for a in s.articles)),
            plain(", ".join(s.actors)),
        )
    console().print(table)
    return 0

"""`dateline articles`: the library's articles, as a table or JSON."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from dateline.tui.commands.common import console, plain, print_json

if TYPE_CHECKING:  # the library (SQLAlchemy) loads only when a command runs
    from dateline.store.library import Library

NAME = "articles"
HELP = "list the library's articles"
NEEDS_LIBRARY = True


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "json"), default="table")


def run(args: argparse.Namespace, lib: Library) -> int:
    fmt = args.format
    rows = lib.articles()
    notes = lib.notes()
    if fmt == "json":
        out = [r.to_json() | {"note": notes.get(r.id)} for r in rows]
        print_json(out)
        return 0
    from rich.table import Table

    table = Table()
    for col in ("id", "published", "title", "source", "paragraphs", "events", "path"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            str(r.id),
            plain(r.published or "—"),
            plain(r.title + (f"\n✎ {notes[r.id]}" if r.id in notes else "")),
            plain(r.source or ""),
            str(r.paragraphs),
            str(r.events),
            plain(r.path),
        )
    console().print(table)
    return 0

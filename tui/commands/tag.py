"""`dateline tag FILE --dct DATE`: the time expressions in a plain-text file, with offsets
into the file's text exactly as read (UTF-8, no newline translation).

Only a regular file up to the import's size limit is read: `/dev/zero` would be read until
memory ran out, and a FIFO would wait for a writer forever."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from dateline.store.ingest.read import Unreadable, printable, read_limited
from dateline.tui.commands.common import console, fail, plain, print_json

NAME = "tag"
HELP = "print the time expressions in a plain-text file"
NEEDS_LIBRARY = False


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dct", metavar="YYYY-MM-DD", help="the publication date relative dates use")
    p.add_argument("--format", choices=("table", "json"), default="table")


def run(args: argparse.Namespace, lib: None = None) -> int:
    path, dct_text, fmt = args.file, args.dct, args.format
    dct = None
    if dct_text:
        try:
            dct = date.fromisoformat(dct_text)
        except ValueError:
            return fail(f"--dct {dct_text!r}: expected YYYY-MM-DD")
    try:
        text = read_limited(path).decode("utf-8")
    except (Unreadable, UnicodeDecodeError) as exc:
        print(f"dateline: {printable(path)}: {exc}", file=sys.stderr)
        return 1
    from dateline.store.extract.temporal import tag  # loaded for the command, not for --help

    found = tag(text, dct)
    records = [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        | ({"mod": t.mod} if t.mod else {})
        for t in found
    ]
    if fmt == "json":
        print_json(records)  # the same strings to a parser: offsets still index the file
        return 0
    from rich.table import Table

    table = Table()
    for col in ("start", "end", "text", "type", "value"):
        table.add_column(col)
    for r in records:
        table.add_row(
            str(r["start"]), str(r["end"]), plain(r["text"]), r["type"], plain(r["value"])
        )
    console().print(table)
    return 0

"""`dateline tag FILE --dct DATE`: the time expressions in a plain-text file, with offsets
into the file's text exactly as read (UTF-8, no newline translation); `--events`: the event
mentions instead (TimeML class, and the negated / modal / future / habitual / intended hints).

Only a regular file up to the import's size limit is read: `/dev/zero` would be read until
memory ran out, and a FIFO would wait for a writer forever."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from dateline.store.ingest.read import Unreadable, printable, read_limited
from dateline.tui.commands.common import console, fail, plain, print_json

NAME = "tag"
HELP = "print the time expressions (or, with --events, the events) in a plain-text file"
NEEDS_LIBRARY = False


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dct", metavar="YYYY-MM-DD", help="the publication date relative dates use")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--events", action="store_true", help="print the event mentions instead (TimeML classes)"
    )


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
    records = _events(text) if args.events else _timexes(text, dct)
    if fmt == "json":
        print_json(records)  # the same strings to a parser: offsets still index the file
        return 0
    from rich.table import Table

    columns = ("start", "end", "text", "class", "hints") if args.events else COLUMNS
    table = Table()
    for col in columns:
        table.add_column(col)
    for r in records:
        cells = [r.get(c, "") for c in columns]
        table.add_row(*(plain(" ".join(c) if isinstance(c, list) else str(c)) for c in cells))
    console().print(table)
    return 0


COLUMNS = ("start", "end", "text", "type", "value")


def _timexes(text: str, dct: date | None) -> list[dict]:
    from dateline.store.extract.temporal import tag  # loaded for the command, not for --help

    return [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        | ({"mod": t.mod} if t.mod else {})
        for t in tag(text, dct)
    ]


def _events(text: str) -> list[dict]:
    from dateline.store.extract.eventspans import HINTS, event_spans  # the model loads here

    return [
        {
            "start": e.start,
            "end": e.end,
            "text": e.text,
            "class": e.cls,
            "hints": [h for h in HINTS if getattr(e, h)],
        }
        for e in event_spans(text)
    ]

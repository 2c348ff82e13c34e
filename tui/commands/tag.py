"""`dateline tag FILE --dct DATE`: the time expressions in a plain-text file, with offsets
into the file's text exactly as read (UTF-8, no newline translation).

Only a regular file up to the import's size limit is read: `/dev/zero` would be read until
memory ran out, and a FIFO would wait for a writer forever."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from datetime import date

from dateline.store.ingest.report import MAX_BYTES, format_size
from dateline.tui.commands.common import console, fail, plain, print_json

NAME = "tag"
HELP = "print the time expressions in a plain-text file"
NEEDS_LIBRARY = False


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dct", metavar="YYYY-MM-DD", help="the publication date relative dates use")
    p.add_argument("--format", choices=("table", "json"), default="table")


def read_text(path: str, limit: int = MAX_BYTES) -> str:
    """The file's text; ValueError naming why a file is not one to read (never blocks)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    with os.fdopen(os.open(path, flags), "rb") as f:
        st = os.fstat(f.fileno())
        real = os.path.realpath(path)
        if not stat.S_ISREG(st.st_mode):
            raise ValueError("not a regular file (a device, FIFO, socket or folder)")
        if real.startswith(("/proc/", "/sys/")):
            raise ValueError("not read: a kernel file, not an article")
        if st.st_size > limit:
            raise ValueError(
                f"file too large ({format_size(st.st_size)}; the limit is {format_size(limit)})"
            )
        data = f.read(limit + 1)
    if data is None or len(data) > limit:
        raise ValueError(f"not a file of fixed size up to {format_size(limit)}")
    return data.decode("utf-8")


def run(args: argparse.Namespace, lib: None = None) -> int:
    path, dct_text, fmt = args.file, args.dct, args.format
    dct = None
    if dct_text:
        try:
            dct = date.fromisoformat(dct_text)
        except ValueError:
            return fail(f"--dct {dct_text!r}: expected YYYY-MM-DD")
    try:
        text = read_text(path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        print(f"dateline: {shown}: {reason}", file=sys.stderr)
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

"""`dateline show ID`: one article as stored — title, date (or why it has none), source,
address, language, then its paragraphs — so a user can check what an import extracted.

Text output is the plain-text article shape `import` reads back (title, date line, "•"
captions, blank-line paragraphs); `--numbered` puts each paragraph's number first, as the
timeline cites it ("¶4"), for checking an entry against its source. Untrusted text is printed
as text, controls removed.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from dateline.store.text import for_terminal
from dateline.tui.commands.common import fail, print_json

if TYPE_CHECKING:  # the library (SQLAlchemy) loads only when a command runs
    from dateline.store.library import Library

NAME = "show"
HELP = "print an article as stored (title, date, source, paragraphs)"
NEEDS_LIBRARY = True


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, metavar="ID", help="the article's id (see `dateline articles`)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--numbered",
        action="store_true",
        help="number the paragraphs as the timeline's sources cite them (¶1, ¶2, …)",
    )


def run(args: argparse.Namespace, lib: Library) -> int:
    view = lib.article(args.id)
    if view is None:
        return fail(f"no article {args.id} in the library (see `dateline articles`)")
    row = view.article
    if args.format == "json":
        paragraphs = [
            {"number": p.index + 1, "kind": p.kind, "text": p.text} for p in view.paragraphs
        ]
        print_json({**row.to_json(), "paragraphs": paragraphs})
        return 0
    head = [row.title, row.published or f"(no date: {row.date_note or 'none found'})"]
    if row.published and row.date_note:
        head.append(f"({row.date_note})")
    about = " · ".join(x for x in (row.source, row.place, row.language) if x)
    head += [x for x in (about, row.url, row.path) if x]
    body = []
    for p in view.paragraphs:  # numbered as the timeline cites them
        number = f"¶{p.index + 1} " if args.numbered else ""
        body.append(number + ("• " if p.kind == "caption" else "") + p.text)
    sys.stdout.write(for_terminal("\n".join(head) + "\n\n" + "\n\n".join(body)) + "\n")
    return 0

"""`dateline export`: the timeline (filtered as for `timeline`) as a file to publish or cite.

The formats live in `library.export`; this only selects entries, writes the text and reports
on stderr what a format had to leave out, so stdout stays the export alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.store.library import EXPORT_FORMATS
from dateline.tui.commands.common import fail
from dateline.tui.commands.timeline import add_filters, explain_empty, filters

if TYPE_CHECKING:  # the library (SQLAlchemy) loads only when a command runs
    from dateline.store.library import Library

NAME = "export"
HELP = "export the timeline as Markdown, CSV, JSON, iCalendar or TimelineJS"
NEEDS_LIBRARY = True


def configure(p: argparse.ArgumentParser) -> None:
    add_filters(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True, help="output format")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of stdout (- is stdout)"
    )
    p.add_argument("--title", help="title of the export (default: from the filters)")
    p.add_argument(
        "--relative-to",
        metavar="DIR",
        help="write source paths under DIR relative to it (portable, no home paths)",
    )


def _title(args: argparse.Namespace, lib: Library, kwargs: dict) -> str | None:
    """The export's heading: --title, else what the filters selected."""
    if args.title:
        return args.title
    scope = []
    if kwargs.get("article_id") is not None:
        view = lib.article(kwargs["article_id"])
        scope.append(view.article.title if view else f"article {kwargs['article_id']}")
    for key in ("entity", "type", "since", "until"):
        if kwargs.get(key):
            scope.append(f"{key} {kwargs[key]}")
    if kwargs.get("story_id") is not None:
        story = lib.story(kwargs["story_id"])
        scope.append(f"story {story.title if story else kwargs['story_id']}")
    if kwargs.get("only_new"):
        scope.append("new since the reader was last closed")
    return "Timeline: " + ", ".join(scope) if scope else None


def run(args: argparse.Namespace, lib: Library) -> int:
    kwargs = filters(args, lib)
    if isinstance(kwargs, str):
        return fail(kwargs)
    entries = lib.timeline(**kwargs)
    if not entries and (code := explain_empty(args, lib, say=False)):  # the format says it
        return code
    title = _title(args, lib, kwargs)
    from dateline.store.library.export import render

    result = render(entries, args.format, title=title, relative_to=args.relative_to)
    if not result.usable:  # an event-less .ics or TimelineJS file would not open
        return fail(result.message)
    if args.output and args.output != "-":
        try:
            # newline="" keeps the iCalendar CRLF and the CSV row ends exactly as written.
            with Path(args.output).open("w", encoding="utf-8", newline="") as fh:
                fh.write(result.content)
        except OSError as exc:
            return fail(f"cannot write {args.output}: {exc.strerror or exc}")
    else:
        try:
            sys.stdout.write(result.content)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: not an error worth a traceback at exit either
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if result.message:
        print(f"dateline: {result.message}", file=sys.stderr)
    return 0

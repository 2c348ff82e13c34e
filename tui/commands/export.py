"""`dateline export`: the timeline (filtered as for `timeline`) as a file to publish or cite.

The formats live in `store.export`; this only selects entries, writes the text and reports
on stderr what a format had to leave out, so stdout stays the export alone.
"""

from __future__ import annotations

import argparse
import inspect
import os
import sys
from pathlib import Path

from store.export import FORMATS, render
from store.library import Library
from tui.commands.common import fail

NAME = "export"
HELP = "export the timeline as Markdown, CSV, JSON, iCalendar or TimelineJS"
NEEDS_LIBRARY = True

# Filters as for `timeline`: (option, metavar, help, keyword of Library.timeline).
_FILTERS = (
    ("--entity", "NAME", "only events with this actor", "entity"),
    ("--type", "TYPE", "only events of this type", "type"),
    ("--since", "DATE", "only events overlapping this ISO date or later", "since"),
    ("--until", "DATE", "only events overlapping this ISO date or earlier", "until"),
)


def _timeline_keywords() -> set[str]:
    """The filters this library version supports (the set grows as `timeline` does)."""
    return set(inspect.signature(Library.timeline).parameters) - {"self"}


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, required=True, help="output format")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--title", help="title of the export (default: the scope)")
    p.add_argument(
        "--relative-to",
        metavar="DIR",
        help="write source paths under DIR relative to it (portable, no home paths)",
    )
    p.add_argument("--article", type=int, metavar="ID", help="only this article's events")
    supported = _timeline_keywords()
    for option, metavar, help_text, keyword in _FILTERS:
        if keyword in supported:
            p.add_argument(option, metavar=metavar, help=help_text, dest=f"filter_{keyword}")


def _title(args: argparse.Namespace, lib: Library) -> str | None:
    if args.title:
        return args.title
    scope = []
    if args.article is not None:
        view = lib.article(args.article)
        scope.append(view.article.title if view else f"article {args.article}")
    for _option, _metavar, _help, keyword in _FILTERS:
        value = getattr(args, f"filter_{keyword}", None)
        if value:
            scope.append(f"{keyword} {value}")
    return "Timeline: " + ", ".join(scope) if scope else None


def run(args: argparse.Namespace, lib: Library) -> int:
    if args.article is not None and lib.article(args.article) is None:
        return fail(f"no article with id {args.article}")
    filters = {
        keyword: getattr(args, f"filter_{keyword}")
        for *_, keyword in _FILTERS
        if getattr(args, f"filter_{keyword}", None) is not None
    }
    try:
        entries = lib.timeline(args.article, **filters)
    except ValueError as exc:  # a malformed --since/--until, say
        return fail(str(exc))
    result = render(entries, args.format, title=_title(args, lib), relative_to=args.relative_to)
    if args.output:
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

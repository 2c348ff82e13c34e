"""`dateline timeline`: the chronology of the library, one article or one actor, filtered,
as a table, a JSON array or JSON lines (one entry per line, same schema)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from dateline.store.extract.taxonomy import TYPE_DESCRIPTIONS
from dateline.store.library.records import HEADLINE_INDEX, Source, TimelineEntry
from dateline.tui.commands.common import console, fail, plain, print_json
from dateline.tui.filters import FilterError, period

if TYPE_CHECKING:  # the library (SQLAlchemy) loads only when a command runs
    from dateline.store.library import Library

NAME = "timeline"
HELP = "print the timeline of the library, one article or one actor"
NEEDS_LIBRARY = True
MAX_ID = 2**63 - 1  # the largest id SQLite and PostgreSQL (bigint) hold
NEW_MARK = "●"  # before the date of an event new since the reader was last closed
CONFLICT_MARK = "⚠"  # ...of an event whose sources disagree on its date


def add_filters(p: argparse.ArgumentParser) -> None:
    """The timeline filters, shared with `export`."""
    p.add_argument("--article", type=int, metavar="ID", help="only events this article reports")
    p.add_argument("--entity", metavar="NAME", help="only events of this actor (aliases too)")
    p.add_argument("--type", choices=sorted(TYPE_DESCRIPTIONS), help="only events of this type")
    p.add_argument(
        "--since", metavar="DATE", help="only events from this YYYY, YYYY-MM or YYYY-MM-DD on"
    )
    p.add_argument(
        "--until", metavar="DATE", help="only events up to this YYYY, YYYY-MM or YYYY-MM-DD"
    )
    p.add_argument(
        "--story", type=int, metavar="ID", help="only events of this story (see: dateline stories)"
    )
    p.add_argument(
        "--conflicts",
        action="store_true",
        help="only events whose sources disagree on the date (marked ⚠)",
    )
    p.add_argument(
        "--new",
        action="store_true",
        help="only events of articles imported or updated since the reader was last closed",
    )


def configure(p: argparse.ArgumentParser) -> None:
    add_filters(p)
    p.add_argument("--format", choices=("table", "json", "jsonl"), default="table")


def filters(args: argparse.Namespace, lib: Library) -> dict | str:
    """Keyword arguments for `Library.timeline`, or a one-line error."""
    if args.article is not None and (
        not 0 < args.article <= MAX_ID or lib.article(args.article) is None
    ):  # ids past a 64-bit integer cannot even be asked for
        return f"no article with id {args.article}"
    if args.story is not None:
        if not lib.read_only:
            lib.update_stories()
        if not 0 < args.story <= MAX_ID or lib.story(args.story) is None:
            return f"no story with id {args.story} (dateline stories lists them)"
    days = {}
    for flag, end in (("since", 0), ("until", 1)):
        value = getattr(args, flag)
        if value is not None:
            try:  # a year or a month as the reader's filter takes them: its first or last day
                days[flag] = period(value)[end].isoformat()
            except FilterError as exc:
                return f"--{flag} {exc}"
    if days.get("since", "") > days.get("until", "9999"):
        return f"--since {args.since} is after --until {args.until}"
    return {
        "article_id": args.article,
        "entity": args.entity,
        "type": args.type,
        "since": days.get("since"),
        "until": days.get("until"),
        "new_since": lib.new_since(),
        "only_new": args.new,
        "story_id": args.story,
        "only_conflicts": args.conflicts,
    }


def explain_empty(args: argparse.Namespace, lib: Library, *, say: bool = True) -> int:
    """Nothing matched: say why on stderr. An actor the library does not know is an error
    naming the closest ones; otherwise the filters together leave nothing (exit 0; said
    unless `say` is False, for a caller that says it its own way)."""
    if args.entity:
        closest = lib.closest_actors(args.entity)
        if closest is not None:
            hint = f"; closest: {', '.join(closest)}" if closest else ""
            return fail(f"no actor called {args.entity!r} in the library{hint}", code=1)
    if say:
        said = "no events match these filters"
        if args.new and lib.new_since() is None:
            said = "nothing is new yet: new counts from when the reader is first closed"
        elif args.new or args.conflicts:
            new = "new " if args.new else ""
            since = " since the reader was last closed" if args.new else ""
            disagree = " whose sources disagree on the date" if args.conflicts else ""
            said = f"no {new}events{disagree}{since}"
            if not _only(args):
                said += " that match these filters"
        print(f"dateline: {said}", file=sys.stderr)
    return 0


def _only(args: argparse.Namespace) -> bool:
    """Is `--new` or `--conflicts` (or both) all that was asked for?"""
    others = (args.article, args.entity, args.type, args.since, args.until, args.story)
    return all(value is None for value in others)


def run(args: argparse.Namespace, lib: Library) -> int:
    kwargs = filters(args, lib)
    if isinstance(kwargs, str):
        return fail(kwargs)
    entries = lib.timeline(**kwargs)
    if not entries and ((code := explain_empty(args, lib)) or args.format == "table"):
        return code
    if args.format == "json":
        print_json([e.to_json() for e in entries])
        return 0
    if args.format == "jsonl":
        for e in entries:
            print_json(e.to_json(), indent=None)
        return 0
    from rich.table import Table

    table = Table(show_lines=False, expand=False)
    table.add_column("date", no_wrap=True)
    table.add_column("dating", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("summary", ratio=3, overflow="fold")
    table.add_column("actors", ratio=1, overflow="fold")
    table.add_column("source", max_width=36, overflow="ellipsis", no_wrap=True)
    for e in entries:
        src = e.sources[0]
        more = f" +{e.count - 1}" if e.count > 1 else ""
        marks = (NEW_MARK if e.new else "") + (CONFLICT_MARK if e.conflict else "")
        table.add_row(
            plain(f"{marks} {e.label}" if marks else e.label),
            plain(e.dating),
            plain(e.type),
            plain(e.summary + disagreement(e)),
            plain(", ".join(e.actors)),
            plain(f"#{src.article} {_where(src)}{more} {src.title}"),
        )
    console().print(table)
    return 0


def disagreement(entry: TimelineEntry) -> str:
    """ "\n⚠ sources disagree: 4 May 2026 (#3 ¶1) · 6 May 2026 (#4 ¶2); dated by …" for
    an entry whose sources give other dates, else ""."""
    dates = entry.disagreement()
    if not dates:
        return ""
    said = " · ".join(
        f"{label} ({', '.join(f'#{s.article} {_where(s)}' for s in sources)})"
        for label, sources in dates
    )
    why = f"; dated by {entry.dated_by}" if entry.dated_by else ""
    return f"\n{CONFLICT_MARK} sources disagree: {said}{why}"


def _where(source: Source) -> str:
    """ "¶4" as people count paragraphs, or "headline"."""
    return "headline" if source.paragraph == HEADLINE_INDEX else f"¶{source.paragraph + 1}"

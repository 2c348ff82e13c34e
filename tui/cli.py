"""The `dateline` command line: open the reader, import, list, print the timeline, tag a file."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from rich.console import Console
from rich.table import Table
from rich.text import Text

from store.library import Library
from store.text import clean


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="library path or SQLAlchemy URL (default: $DATELINE_DB, else the user data dir)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="A terminal reader for news articles with an offline fact timeline.",
    )
    _add_db(parser)
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("read", help="open the reader (the default)")
    _add_db(p)

    p = sub.add_parser("import", help="import article files and folders (recursive)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _add_db(p)

    p = sub.add_parser("timeline", help="print the timeline of the library or one article")
    p.add_argument("--article", type=int, metavar="ID", help="only this article's events")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _add_db(p)

    p = sub.add_parser("articles", help="list the library's articles")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _add_db(p)

    p = sub.add_parser("tag", help="print the time expressions in a plain-text file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dct", metavar="YYYY-MM-DD", help="the publication date relative dates use")
    p.add_argument("--format", choices=("table", "json"), default="table")
    _add_db(p)
    return parser


def _fail(message: str) -> int:
    print(f"dateline: {message}", file=sys.stderr)
    return 2


def _plain(value: object) -> Text:
    """Untrusted text as a Rich renderable that is never parsed as markup."""
    return Text(clean("" if value is None else str(value)))


def _console() -> Console:
    """Stdout console; when piped, wide enough that rows stay on one line where they can."""
    width = None if sys.stdout.isatty() else 180
    return Console(highlight=False, soft_wrap=False, width=width)


def cmd_import(lib: Library, paths: list[str]) -> int:
    def show(result) -> None:
        if result.status == "failed":  # one line per failure, path first
            print(clean(f"{result.path}: {result.reason}").replace("\n", " "), file=sys.stderr)

    report = lib.import_paths(paths, on_result=show)
    print(report.summary())
    return 1 if report.failed else 0


def cmd_timeline(lib: Library, article: int | None, fmt: str) -> int:
    if article is not None and lib.article(article) is None:
        return _fail(f"no article with id {article}")
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
            _plain(e.label),
            _plain(e.dating),
            _plain(e.type),
            _plain(e.summary),
            _plain(", ".join(e.actors)),
            _plain(f"#{src.article} ¶{src.paragraph} {src.title}"),
        )
    _console().print(table)
    return 0


def cmd_articles(lib: Library, fmt: str) -> int:
    rows = lib.articles()
    if fmt == "json":
        json.dump([r.to_json() for r in rows], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    table = Table()
    for col in ("id", "published", "title", "source", "paragraphs", "events", "path"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            str(r.id),
            _plain(r.published or "—"),
            _plain(r.title),
            _plain(r.source or ""),
            str(r.paragraphs),
            str(r.events),
            _plain(r.path),
        )
    _console().print(table)
    return 0


def cmd_tag(path: str, dct_text: str | None, fmt: str) -> int:
    from store.temporal import tag

    dct = None
    if dct_text:
        try:
            dct = date.fromisoformat(dct_text)
        except ValueError:
            return _fail(f"--dct {dct_text!r}: expected YYYY-MM-DD")
    try:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"dateline: {path}: {reason}", file=sys.stderr)
        return 1
    found = tag(text, dct)
    records = [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        | ({"mod": t.mod} if t.mod else {})
        for t in found
    ]
    if fmt == "json":
        json.dump(records, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    table = Table()
    for col in ("start", "end", "text", "type", "value"):
        table.add_column(col)
    for r in records:
        table.add_row(
            str(r["start"]), str(r["end"]), _plain(r["text"]), r["type"], _plain(r["value"])
        )
    _console().print(table)
    return 0


def cmd_read(lib: Library) -> int:
    from tui.app import DatelineApp

    report = lib.import_seeds_if_empty()
    if report is not None and report.failed:
        for r in report.failed:
            print(f"dateline: {r.path}: {r.reason}", file=sys.stderr)
    DatelineApp(lib).run()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "read"
    if command == "tag":
        return cmd_tag(args.file, args.dct, args.format)
    try:
        lib = Library(getattr(args, "db", None))
    except Exception as exc:  # unusable path or URL: one line, not a traceback
        return _fail(f"cannot open library {getattr(args, 'db', '') or ''}: {exc}".strip())
    try:
        if command == "import":
            return cmd_import(lib, args.paths)
        if command == "timeline":
            return cmd_timeline(lib, args.article, args.format)
        if command == "articles":
            return cmd_articles(lib, args.format)
        return cmd_read(lib)
    finally:
        lib.close()


if __name__ == "__main__":
    sys.exit(main())

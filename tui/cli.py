"""The `dateline` command line: parse arguments, open the library, run a subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dateline.tui.commands import COMMANDS
from dateline.tui.commands.common import add_db, fail

# Commands that only read the library: they read a library that cannot be written (a
# read-only file or folder, a full disk), saying so once; the others refuse it.
DB_ENV = "DATELINE_DB"  # names the library when --db does not (see store.db.engine)
READING = frozenset({"read", "timeline", "stories", "articles", "show", "export"})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="A terminal reader for news articles with an offline fact timeline.",
    )
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    add_db(parser)
    sub = parser.add_subparsers(dest="command")
    for command in COMMANDS:
        p = sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        command.configure(p)
        add_db(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `dateline timeline | head`: the reader left, nothing to report
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return 130


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    name = args.command or "read"
    command = next(c for c in COMMANDS if name == c.NAME)
    if not command.NEEDS_LIBRARY:
        return command.run(args, None)
    # SQLAlchemy loads only for commands that need it
    from dateline.store.library import Library, LibraryReadOnly
    from dateline.tui.config import ConfigError, load

    try:
        args.config = load()
    except ConfigError as exc:
        return fail(str(exc))
    db = getattr(args, "db", None)
    if db is None and not os.environ.get(DB_ENV) and args.config.library:
        db = str(Path(args.config.library).expanduser())  # config.toml's default library
    if db and "://" not in db and not Path(db).expanduser().parent.is_dir():
        # A new library is made in an existing folder only: a typo must not create folders.
        folder = Path(db).expanduser().parent
        return fail(f"cannot open library {db}: there is no folder {folder}")
    try:
        lib = Library(db)
    except Exception as exc:  # unusable path or URL, someone else's file: one line
        shown = Library.shown(db)
        return fail(f"cannot open library {shown}: {_reason(exc)}")
    try:
        if lib.read_only:
            if name not in READING:
                return fail(f"{lib.read_only_reason}: cannot {name}")
            print(f"dateline: {lib.read_only_reason}: reading only", file=sys.stderr)
        return command.run(args, lib)
    except LibraryReadOnly as exc:  # a write refused during the command (e.g. a full disk)
        return fail(str(exc))
    finally:
        lib.close()


class _Version(argparse.Action):
    """`--version`: the package's own `__version__` (not the installed metadata, whose
    look-up costs more than the rest of `--help`)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from dateline.tui import __version__

        parser.exit(message=f"dateline {__version__}\n")


def _reason(exc: Exception) -> str:
    """The first line of what went wrong, without SQLAlchemy's background links."""
    cause = getattr(exc, "orig", None) or exc
    text = str(cause).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]


if __name__ == "__main__":
    sys.exit(main())

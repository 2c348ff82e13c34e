"""Helpers every command shares: one-line errors, plain (never markup) text, the console."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from dateline.store.text import for_terminal, json_safe

if TYPE_CHECKING:  # Rich loads when output is written, not when `--help` is built
    from rich.console import Console
    from rich.text import Text


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="library path or SQLAlchemy URL (default: $DATELINE_DB, else the user data dir)",
    )


def fail(message: str, code: int = 2) -> int:
    """Say what went wrong in one line on stderr; the exit code (2: a usage error)."""
    print(f"dateline: {message}", file=sys.stderr)
    return code


def plain(value: object) -> Text:
    """Untrusted text as a Rich renderable that is never parsed as markup."""
    from rich.text import Text

    return Text(for_terminal("" if value is None else str(value)))


def console() -> Console:
    """Stdout console; when piped, wide enough that rows stay on one line where they can."""
    from rich.console import Console

    width = None if sys.stdout.isatty() else 180
    return Console(highlight=False, soft_wrap=False, width=width)


def print_json(value: object, *, indent: int | None = 2) -> None:
    """JSON on stdout, UTF-8 kept readable, controls and bidi characters escaped."""
    sys.stdout.write(json_safe(json.dumps(value, indent=indent, ensure_ascii=False)) + "\n")

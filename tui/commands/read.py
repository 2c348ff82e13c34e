"""`dateline [read]`: open the reader; an empty library gets the bundled sample articles."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the library (SQLAlchemy) loads only when a command runs
    from dateline.store.library import Library


NAME = "read"
HELP = "open the reader (the default)"
NEEDS_LIBRARY = True


def configure(p: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, lib: Library) -> int:
    from dateline.tui.app import DatelineApp  # Textual loads only when the reader opens

    report = lib.import_seeds_if_empty()
    if report is not None and report.failed:
        for r in report.failed:
            print(f"dateline: {r.path}: {r.reason}", file=sys.stderr)
    config = getattr(args, "config", None)
    return DatelineApp(lib, config).run_reader()  # non-zero after a crash, with the log's path

"""`dateline import PATH...`: files and folders into the library."""

from __future__ import annotations

import argparse
import sys

from store.library import Library
from store.text import clean

NAME = "import"
HELP = "import article files and folders (recursive)"
NEEDS_LIBRARY = True


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH")


def run(args: argparse.Namespace, lib: Library) -> int:
    def show(result) -> None:
        if result.status == "failed":  # one line per failure, path first
            print(clean(f"{result.path}: {result.reason}").replace("\n", " "), file=sys.stderr)

    report = lib.import_paths(args.paths, on_result=show)
    print(report.summary())
    return 1 if report.failed else 0

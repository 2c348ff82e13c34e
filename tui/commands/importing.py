"""`dateline import PATH...`: files, folders (recursively) and `-` (stdin) into the library.

Problems go to stderr, one line each (`PATH: reason`), as they happen. On a terminal a
progress bar runs for more than a few files and a table sums up; when piped the summary is
one line (`N imported, N unchanged, N failed`) that scripts and tests read. Exit code 1
when anything failed, 130 when interrupted (what was stored stays whole).

Guards a hostile folder cannot talk its way past: links out of the folders named are named
and skipped unless `--follow-symlinks`; devices, FIFOs and the kernel's files are never read;
a file (or one of its articles) that takes longer than `--budget` seconds is named and the
rest carry on.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from dateline.store.ingest.report import (
    BUDGET,
    MAX_BYTES,
    ImportReport,
    ImportResult,
    format_size,
    grouped,
)
from dateline.store.text import clean, counted
from dateline.tui.commands.common import fail, plain

if TYPE_CHECKING:  # the library (SQLAlchemy) and Rich load only when a command runs
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from dateline.store.library import Library

NAME = "import"
HELP = "import article files and folders (recursive; - reads standard input)"
NEEDS_LIBRARY = True
PROGRESS_AFTER = 3  # files: fewer finish before a bar would be worth drawing
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)


def parse_size(text: str) -> int:
    """`10MB`, `512k`, `1.5G`, `2000` (bytes) → bytes."""
    m = _SIZE.match(text)
    if not m:
        raise ValueError(text)
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m[2].lower()]
    return int(float(m[1]) * scale)


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for stdin")
    p.add_argument(
        "--date", metavar="YYYY-MM-DD", help="publication date for articles that carry none"
    )
    p.add_argument(
        "--max-size",
        metavar="SIZE",
        default=None,
        help=f"skip files larger than this (default {format_size(MAX_BYTES)}; e.g. 500KB, 20MB)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress, no summary")
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes for parsing and extraction (default: all cores for large imports)",
    )
    p.add_argument(
        "--budget",
        type=float,
        metavar="SECONDS",
        default=BUDGET,
        help=f"CPU seconds a file's parsing, and each of its articles, may take "
        f"(default {BUDGET:g})",
    )
    p.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="follow symbolic links that lead out of the folders named (default: skip them)",
    )


def _progress(err: Console) -> Progress:
    """The bar a long import draws on stderr: files done, counts so far, files per second."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        """Files per second: throughput for long imports."""

        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} files/s" if speed else "", style="progress.data.speed")

    return Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"),
        Rate(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _one_line(path: str, message: str) -> str:
    """`PATH: message` on one line, printable whatever bytes the file's name holds."""
    line = clean(f"{path}: {message}").replace("\n", " ")
    return line.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _group(reason: str | None) -> str:
    """Failures grouped by reason, without the line/entry that says where in the file."""
    return re.sub(r"^(?:line \d+|entry \d+(?: \(.*?\))?): ", "", reason or "")


def _entry_lines(path: str, results: list[ImportResult]) -> list[str]:
    """A file's entry failures and notes, one line per problem: "70 entries: no article text
    found (entry 1 ('Section 0'), …)" rather than seventy lines."""
    told: dict[str, list[str]] = {}
    for r in results:
        told.setdefault(_group(r.reason) if r.status == "failed" else r.note or "", []).append(
            r.entry or ""
        )
    lines = []
    for message, where in told.items():
        if len(where) == 1:
            lines.append(_one_line(path, f"{where[0]}: {message}"))
        else:
            lines.append(_one_line(path, f"{len(where)} entries: {message} ({where[0]}, …)"))
    return lines


def summary_table(report: ImportReport, seconds: float, interrupted: bool = False) -> Table:
    from rich.table import Table

    c = report.counts
    ended = "interrupted after" if interrupted else "finished in"
    table = Table(title=f"Import {ended} {seconds:.1f} s", title_justify="left")
    table.add_column("result")
    table.add_column("count", justify="right")
    table.add_column("details", overflow="fold")
    table.add_row("imported", str(c["imported"]), "")
    table.add_row("updated", str(c["updated"]), "")
    table.add_row("unchanged", str(c["unchanged"]), "")
    if report.warnings:
        table.add_row("warnings", str(len(report.warnings)), "")
    entries = [r for r in report.results if r.entry is not None]
    if entries:
        feeds = len({r.path for r in entries})
        table.add_row("feed entries", str(len(entries)), f"in {counted(feeds, 'feed')}")
    if c["skipped"]:
        table.add_row("skipped", str(c["skipped"]), "")
        for reason, n in grouped([r.reason or "" for r in report.skipped]):
            table.add_row("", str(n), plain(reason), style="dim")
    reasons = Counter(_group(r.reason) for r in report.failed)
    table.add_row("failed", str(c["failed"]), "", style="bold red" if c["failed"] else None)
    for reason, n in reasons.most_common():
        table.add_row("", str(n), plain(reason), style="red")
    return table


def run(args: argparse.Namespace, lib: Library) -> int:
    default_date = None
    if args.date:
        try:
            default_date = date.fromisoformat(args.date)
        except ValueError:
            return fail(f"--date {args.date!r}: expected YYYY-MM-DD")
    if args.workers is not None and args.workers < 1:
        return fail(f"--workers {args.workers}: expected a number of processes, 1 or more")
    if not args.budget > 0 or args.budget == float("inf"):
        return fail(f"--budget {args.budget:g}: expected a number of seconds above 0")
    max_bytes = MAX_BYTES
    if args.max_size is not None:
        try:
            max_bytes = parse_size(args.max_size)
        except ValueError:
            return fail(f"--max-size {args.max_size!r}: expected a size such as 500KB or 20MB")
    from rich.console import Console
    from rich.text import Text

    quiet = args.quiet
    on_tty = sys.stdout.isatty() and not quiet
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    show_bar = sys.stderr.isatty() and not quiet
    progress: Progress | None = None
    task = None
    tally: Counter = Counter()

    def say(line: str) -> None:
        if progress is not None:
            progress.console.print(Text(line), soft_wrap=True, highlight=False)
        else:
            print(line, file=sys.stderr)

    def on_files(total: int) -> None:
        nonlocal progress, task
        if show_bar and total > PROGRESS_AFTER:
            progress = _progress(err)
            task = progress.add_task("import", total=total, counts="")
            progress.start()

    report = ImportReport()  # filled as results come, so an interrupted run still sums up

    held: dict[str, list[ImportResult]] = {}  # a feed's entry failures and notes, by file

    def on_result(result: ImportResult) -> None:
        report.results.append(result)
        tally[result.status] += 1
        for warning in result.warnings:
            say(_one_line(result.path, f"warning: {warning}"))
        told = result.reason if result.status == "failed" else result.note
        if told and result.entry is not None:  # told once the file is done, alike together
            held.setdefault(result.path, []).append(result)
        elif told:  # one line per failure, path first
            say(_one_line(result.path, told))

    def tell_held(path: str | None = None) -> None:
        for shown in [path] if path is not None else list(held):
            for line in _entry_lines(shown, held.pop(shown, [])):
                say(line)

    def on_file_done(path: str) -> None:
        tell_held(path)
        if progress is not None:
            counts = " · ".join(
                f"{tally[k]} {k}"
                for k in ("imported", "updated", "unchanged", "failed")
                if tally[k]
            )
            progress.update(task, advance=1, counts=counts)

    started = time.monotonic()
    interrupted = broken = False
    try:
        lib.import_paths(
            args.paths,
            on_result=on_result,
            default_date=default_date,
            max_bytes=max_bytes,
            on_files=on_files,
            on_file_done=on_file_done,
            workers=args.workers,
            budget=args.budget,
            follow_symlinks=args.follow_symlinks,
        )
        # the new articles into stories, their reports linked to other days' entries:
        # after the import, never inside it (an interrupted pass resumes next time)
        lib.update_stories()
    except KeyboardInterrupt:
        interrupted = True
    except Exception as exc:  # after the files (e.g. indexing): stored articles stay whole
        text = str(exc).strip().splitlines()
        detail = f"{type(exc).__name__}: {text[0][:200] if text else ''}".rstrip(": ")
        print(f"dateline: import stopped: {clean(detail)}", file=sys.stderr)
        broken = True
    finally:
        tell_held()
        if progress is not None:
            progress.stop()
    if interrupted:
        print("dateline: import interrupted; articles already stored are complete", file=sys.stderr)
    if not quiet:
        if on_tty:
            Console(highlight=False).print(
                summary_table(report, time.monotonic() - started, interrupted)
            )
        else:
            print(report.summary())
    if interrupted:
        return 130
    return 1 if report.failed or broken else 0

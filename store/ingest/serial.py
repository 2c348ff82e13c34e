"""Importing in this process, file after file: the path for a few files and for standard
input (`ingest.pipeline` takes many files onto every core)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.engine import Engine

from dateline.store.db.index import Indexer
from dateline.store.ingest.files import iter_files
from dateline.store.ingest.prepare import MAX_BYTES, prepare_file
from dateline.store.ingest.report import ImportReport, ImportResult, failure
from dateline.store.ingest.write import known_in, store_one


def import_file(
    engine: Engine,
    path: Path,
    *,
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> list[ImportResult]:
    """Import one file (or standard input): one result per article, or one failure."""
    items = prepare_file(
        path,
        known=known_in(engine),
        default_date=default_date,
        max_bytes=max_bytes,
        stdin=stdin,
    )
    results: list[ImportResult] = []
    taken: set[int] = set()
    indexer = Indexer()
    for item in items:
        if isinstance(item, ImportResult):
            results.append(item)
            continue
        try:
            results.append(store_one(engine, item, taken, indexer))
        except Exception as exc:
            results.append(failure(item.shown, exc))
    return results


def import_paths(
    engine: Engine,
    paths: Iterable[str | Path],
    on_result: Callable[[ImportResult], None] | None = None,
    *,
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
    on_files: Callable[[int], None] | None = None,
    on_file_done: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import files and folders; every file is reported, failures included.

    `on_files` is told how many files were found before the first is read, `on_file_done`
    when each is finished (for progress; a feed gives several results for one file);
    `default_date` dates articles that carry no date; `max_bytes` is the per-file limit.
    """
    report = ImportReport()
    files = list(iter_files(paths))
    if on_files:
        on_files(len(files))
    for path, problem in files:
        if problem:
            results = [ImportResult(str(path), "failed", reason=problem)]
        else:
            results = import_file(
                engine, path, default_date=default_date, max_bytes=max_bytes, stdin=stdin
            )
        for result in results:
            report.results.append(result)
            if on_result:
                on_result(result)
        if on_file_done:
            on_file_done(str(path))
    return report

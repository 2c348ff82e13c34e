"""Importing file after file, written by this process: the path for a few files and for
standard input (`ingest.pipeline` takes many files onto every core). A file of many
articles (a feed, JSON Lines) is written in batches as it is read, one transaction each,
its articles extracted on every core when the import allows it (`ingest.entries`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.engine import Engine

from dateline.store.db.index import Indexer
from dateline.store.ingest.entries import EntryPool
from dateline.store.ingest.files import iter_files, printable
from dateline.store.ingest.heap import fewer_collections
from dateline.store.ingest.prepare import BUDGET, MAX_BYTES, Prepared, iter_prepared, read_source
from dateline.store.ingest.report import ImportReport, ImportResult, problem_result
from dateline.store.ingest.write import KnownIn, Taken, store_batch

# Articles per write transaction: a commit (it writes every index page the batch touched,
# and random keys such as digests touch most of them) and each batch's look-ups cost about
# the same for 256 articles as for 2,048. Writing 100,000 JSON lines: 10.6 s of CPU in
# batches of 1,024, 9.8 s of 2,048, 9.6 s of 4,096 (the last batch, written once the
# workers are done, is a wait at the end: not larger).
BATCH = 2048


def import_file(
    engine: Engine,
    path: Path,
    *,
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
    budget: float | None = BUDGET,
    pool: EntryPool | None = None,
) -> list[ImportResult]:
    """Import one file (or standard input): one result per article, or one failure. With
    `pool`, the articles of a file of many are extracted on its workers."""
    known = KnownIn(engine)
    try:
        source = read_source(
            path, known=known, default_date=default_date, max_bytes=max_bytes, stdin=stdin
        )
        if isinstance(source, ImportResult):
            return [source]
        shown, key, data = source
        results: list[ImportResult | None] = []
        pending: list[tuple[int, Prepared]] = []
        taken, indexer = Taken(), Indexer()

        def flush() -> None:
            written = store_batch(engine, [p for _, p in pending], taken, indexer)
            for (at, _p), result in zip(pending, written, strict=True):
                results[at] = result
            pending.clear()

        items = iter_prepared(
            shown,
            key,
            data,
            known=known,
            default_date=default_date,
            budget=budget,
            runner=pool.runner if pool is not None else None,
        )
        for item in items:
            if isinstance(item, ImportResult):
                results.append(item)
                continue
            pending.append((len(results), item))
            results.append(None)
            if len(pending) >= BATCH:
                flush()
        if pending:
            flush()
        return [r for r in results if r is not None]
    finally:
        known.close()


@fewer_collections()  # see `heap`
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
    follow_symlinks: bool = False,
    budget: float | None = BUDGET,
    workers: int | None = 1,
) -> ImportReport:
    """Import files and folders; every file is reported, failures included.

    `on_files` is told how many files were found before the first is read, `on_file_done`
    when each is finished (for progress; a feed gives several results for one file);
    `default_date` dates articles that carry no date; `max_bytes` is the per-file limit;
    `budget` the seconds a file's parsing, and each of its articles, may take;
    `follow_symlinks` follows links that leave the folders named; `workers`, the processes
    that extract the articles of a file of many (`entries.PARALLEL_ENTRIES`): 1, this
    process alone; None, every core.
    """
    report = ImportReport()
    files = list(iter_files(paths, follow_symlinks=follow_symlinks))
    if on_files:
        on_files(len(files))
    pool = EntryPool(workers)
    try:
        for path, problem in files:
            if problem:
                results = [problem_result(printable(path), problem)]
            else:
                results = import_file(
                    engine,
                    path,
                    default_date=default_date,
                    max_bytes=max_bytes,
                    stdin=stdin,
                    budget=budget,
                    pool=pool,
                )
            for result in results:
                report.results.append(result)
                if on_result:
                    on_result(result)
            if on_file_done:
                on_file_done(printable(path))
    finally:
        pool.close()
    return report

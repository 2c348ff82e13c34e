"""Importing many files on every core: workers parse and extract, one writer stores.

The main process walks the folders, reads each file and skips byte-identical ones by hash
against the digests read once at the start (so re-importing an unchanged archive costs
little more than reading it, and no query per file); worker processes turn bytes into
extracted articles; the main process writes them in batches, each batch one transaction
holding whole articles and their events' index entries. A batch that fails is retried
article by article, so one bad article never takes others with it, and a kill leaves every
article whole or absent. At most `window` files are in flight, which bounds memory whatever
the library's size.

A worker that dies (killed, or by the OOM killer) takes its pool with it: a new pool is
started, the files that were in flight are prepared again one at a time, and only the file
whose worker dies again is named as failed — the rest carry on. Each worker holds each file
to the time budget (`prepare.time_limit`), so one slow file never blocks the others.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from dateline.store.db.index import Indexer
from dateline.store.db.models import Article
from dateline.store.ingest.files import iter_files, printable
from dateline.store.ingest.heap import fewer_collections, worker_heap
from dateline.store.ingest.prepare import (
    BUDGET,
    MAX_BYTES,
    Prepared,
    keep_budget_handler,
    prepare_data,
    read_source,
)
from dateline.store.ingest.report import ImportReport, ImportResult, failure, problem_result
from dateline.store.ingest.write import (
    Taken,
    begin,
    store_each,
    stored_by_digest,
    write_articles,
)

BATCH = 256  # articles per write transaction: index pages touched by several are written once
TASK_FILES = 16  # files per worker task
WORKER_DIED = "its worker process died while preparing it (killed, or out of memory)"

_known_digests: frozenset[str] = frozenset()


def _init_worker(digests: frozenset[str]) -> None:
    global _known_digests
    _known_digests = digests
    worker_heap()
    keep_budget_handler()
    # The parent as the worker sees it: the import under fork and spawn, the forkserver
    # (which leaves with the import) under forkserver.
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A killed import (SIGKILL) cannot shut its pool down: each worker leaves on its own."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _known_in_worker(digest: str) -> ImportResult | None:
    return ImportResult("", "unchanged") if digest in _known_digests else None


def _prepare_many(
    sources: list[tuple[str, str | None, bytes]],
    default_date: dt.date | None,
    budget: float | None = BUDGET,
):
    """Several files per task: one round trip to a worker costs more than a small article."""
    out = []
    for shown, key, data in sources:
        try:
            out.append(
                prepare_data(
                    shown,
                    key,
                    data,
                    known=_known_in_worker,
                    default_date=default_date,
                    budget=budget,
                )
            )
        except Exception as exc:  # never lose the other files of the task
            out.append([failure(shown, exc)])
    return out


def _write_batch(
    engine: Engine, batch: list[Prepared], known: _Known, indexer: Indexer, taken: Taken
) -> list[ImportResult]:
    """Write whole articles in one transaction; on any error, one transaction each.

    `known` holds the digests and paths stored when the import began (plus those written
    since): a new digest at a new path needs no look-up before it is written. `taken`: the
    ids the import has written or replaced, and the stored rows of its changed files."""
    before = set(taken)
    try:
        with indexer.transaction(), Session(engine) as session:
            begin(session)
            results: list[ImportResult | None] = []
            todo: list[tuple[Prepared, bool]] = []
            asked = sorted({p.digest for p in batch if not known.fresh(p)})
            held = stored_by_digest(session.connection(), asked) if asked else {}
            for p in batch:
                if p.digest in held:
                    article_id, title = held[p.digest]
                    results.append(
                        ImportResult(p.shown, "unchanged", article_id=article_id, title=title)
                    )
                else:
                    results.append(None)
                    fresh = known.fresh(p)
                    todo.append((p, fresh and not p.several and p.key not in known.paths))
            written = iter(write_articles(session, todo, taken, indexer))
            results = [r if r is not None else next(written) for r in results]
            session.commit()
    except Exception:
        taken.undo(before)
        return store_each(engine, batch, taken, indexer)
    known.add(batch)
    return results


class _Known:
    """Digests and file paths in the library (at the start of the import, and since)."""

    def __init__(self, digests: set[str], paths: set[str]) -> None:
        self.digests, self.paths = digests, paths

    def fresh(self, p: Prepared) -> bool:
        return p.digest not in self.digests

    def add(self, batch: list[Prepared]) -> None:
        for p in batch:
            self.digests.add(p.digest)
            if p.key:
                self.paths.add(p.key)


class _Pool:
    """The worker processes, started again when one of them dies."""

    def __init__(self, workers: int, digests: frozenset[str]) -> None:
        self._args = (workers, digests)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        workers, digests = self._args
        return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(digests,))

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


@fewer_collections()  # see `heap`
def import_parallel(
    engine: Engine,
    paths: Iterable[str | Path],
    on_result: Callable[[ImportResult], None] | None = None,
    *,
    workers: int | None = None,
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    on_files: Callable[[int], None] | None = None,
    on_file_done: Callable[[str], None] | None = None,
    window: int = 2 * BATCH,
    follow_symlinks: bool = False,
    budget: float | None = BUDGET,
) -> ImportReport:
    """Import files and folders using `workers` processes (default: every core)."""
    report = ImportReport()

    def emit(result: ImportResult) -> None:
        report.results.append(result)
        if on_result:
            on_result(result)

    # One read of what is stored: a re-imported file is then known without a query.
    a = Article.__table__.c
    with engine.connect() as conn:
        rows = conn.execute(select(a.content_hash, a.id, a.title, a.path)).all()
    stored = {digest: (article_id, title) for digest, article_id, title, _path in rows}
    library = _Known(set(stored), {row.path for row in rows})
    del rows
    indexer = Indexer()  # what it learns (actor ids, sentences' words) serves every batch
    taken = Taken()

    def known(digest: str) -> ImportResult | None:
        found = stored.get(digest)
        if found is None:
            return None
        return ImportResult("", "unchanged", article_id=found[0], title=found[1])

    files = list(iter_files(paths, follow_symlinks=follow_symlinks))
    if on_files:
        on_files(len(files))
    pending: list[Prepared] = []
    Source = tuple[str, str | None, bytes]
    in_flight: deque[tuple[list[Source], Future]] = deque()
    chunk: list[Source] = []

    def take(shown: str, items: list) -> None:
        """A file's prepared articles and results; a full batch is written."""
        for item in items:
            if isinstance(item, ImportResult):
                emit(item if item.path else ImportResult(shown, item.status))
            else:
                pending.append(item)
        if on_file_done:
            on_file_done(shown)
        if len(pending) >= BATCH:
            for result in _write_batch(engine, pending, library, indexer, taken):
                emit(result)
            pending.clear()

    def one_by_one(suspects: list[Source]) -> None:
        """A worker died holding some of these files: prepare them again one at a time in
        a new pool, so that a death names its file; the others carry on."""
        pool.restart()
        for source in suspects:
            future = pool.executor.submit(_prepare_many, [source], default_date, budget)
            try:
                [items] = future.result()
            except BrokenProcessPool:
                items = [ImportResult(source[0], "failed", reason=WORKER_DIED)]
                pool.restart()
            except Exception as exc:
                items = [failure(source[0], exc)]
            take(source[0], items)

    def drain(block_until: int) -> None:
        while len(in_flight) > block_until:
            sources, future = in_flight.popleft()
            try:
                per_file = future.result()
            except BrokenProcessPool:
                suspects = list(sources)
                while in_flight:  # the pool is gone: what it finished stands, the rest waits
                    more, other = in_flight.popleft()
                    if other.done() and not other.exception():
                        for (shown, _k, _d), items in zip(more, other.result(), strict=True):
                            take(shown, items)
                    else:
                        suspects += more
                one_by_one(suspects)
                continue
            except Exception as exc:  # a task that could not run (e.g. not picklable)
                per_file = [[failure(shown, exc)] for shown, _k, _d in sources]
            for (shown, _k, _d), items in zip(sources, per_file, strict=True):
                take(shown, items)

    def submit() -> None:
        if chunk:
            sources = list(chunk)
            future = pool.executor.submit(_prepare_many, sources, default_date, budget)
            in_flight.append((sources, future))
            chunk.clear()

    pool = _Pool(workers or os.cpu_count() or 1, frozenset(stored))
    try:
        for path, problem in files:
            if problem:
                emit(problem_result(printable(path), problem))
                if on_file_done:
                    on_file_done(printable(path))
                continue
            source = read_source(path, known=known, default_date=default_date, max_bytes=max_bytes)
            if isinstance(source, ImportResult):
                emit(source)
                if on_file_done:
                    on_file_done(source.path)
                continue
            chunk.append(source)
            if len(chunk) >= TASK_FILES:
                submit()
                drain(window // TASK_FILES)
        submit()
        drain(0)
    finally:
        pool.close()
    if pending:
        for result in _write_batch(engine, pending, library, indexer, taken):
            emit(result)
    return report

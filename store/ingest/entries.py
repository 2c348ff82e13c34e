"""A file of many articles (a feed dump, JSON Lines) extracted on every core.

The import's own process parses the file, asks which of its articles the library holds
already, and writes; worker processes extract the others, a chunk of articles a task,
several chunks ahead, so that writing one batch overlaps extracting the next (extraction
is most of an import's time: one process took 80 s for 100,000 short articles). Results
come back in the file's order, so what is written, and how each article is named, is what
the one-process path gives; each article still holds to the time budget, in its worker.

A worker that dies (killed, the OOM killer) takes the pool with it: a new pool is started,
the chunks it held are extracted again an article a task, and only an article whose worker
dies again is named as failed — the rest of the file carries on.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

from dateline.store.ingest.pipeline import WORKER_DIED, _Pool
from dateline.store.ingest.prepare import Chunk, Prepared, Runner, Task, prepare_tasks
from dateline.store.ingest.report import ImportResult, failure

PARALLEL_ENTRIES = 1_000  # articles in one file from which they are extracted on every core
# Chunks in flight per worker: enough that the workers still have work while this process
# writes a batch (`serial.BATCH`, several chunks). A 100,000-line import left the two cores
# idle 4.7 s in all with 2, 2.5 s with 4 (8: no better).
AHEAD = 4


class EntryPool:
    """Worker processes for the files of many articles of one import, started by the first
    such file (an import of short files never starts them) and closed with `close`."""

    def __init__(self, workers: int | None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self._pool: _Pool | None = None

    def runner(self, entries: int) -> Runner | None:
        """How to extract a file of `entries` articles: on the pool when they are many and
        there is more than one process to use, else (None) in this process."""
        if self.workers < 2 or entries < PARALLEL_ENTRIES:
            return None
        return self.run

    def run(
        self,
        shown: str,
        key: str | None,
        several: bool,
        budget: float | None,
        chunks: Iterator[Chunk],
    ) -> Iterator[list[Prepared | ImportResult]]:
        """Each chunk with its tasks extracted, in order, `AHEAD` chunks a worker ahead."""
        if self._pool is None:
            self._pool = _Pool(self.workers, frozenset())
        job = (shown, key, several, budget)
        in_flight: deque[tuple[Chunk, Future | None, object]] = deque()
        for chunk in chunks:
            in_flight.append(self._submit(job, chunk))
            if len(in_flight) > AHEAD * self.workers:
                yield self._collect(job, *in_flight.popleft())
        while in_flight:
            yield self._collect(job, *in_flight.popleft())

    def _submit(self, job: tuple, chunk: Chunk) -> tuple[Chunk, Future | None, object]:
        tasks = [item for item in chunk if isinstance(item, Task)]
        executor = self._pool.executor
        return chunk, executor.submit(prepare_tasks, *job, tasks) if tasks else None, executor

    def _collect(
        self, job: tuple, chunk: Chunk, future: Future | None, executor: object
    ) -> list[Prepared | ImportResult]:
        if future is None:
            return list(chunk)
        tasks = [item for item in chunk if isinstance(item, Task)]
        try:
            done = future.result()
        except BrokenProcessPool:
            if executor is self._pool.executor:  # not restarted since this was submitted
                self._pool.restart()
            done = [self._alone(job, task) for task in tasks]
        except Exception as exc:  # a task that could not run (e.g. not picklable)
            done = [_failed(job[0], task, failure(job[0], exc).reason) for task in tasks]
        results = iter(done)
        return [next(results) if isinstance(item, Task) else item for item in chunk]

    def _alone(self, job: tuple, task: Task) -> Prepared | ImportResult:
        """One article in a task of its own, after a worker died holding its chunk."""
        try:
            [item] = self._pool.executor.submit(prepare_tasks, *job, [task]).result()
        except BrokenProcessPool:
            self._pool.restart()
            return _failed(job[0], task, WORKER_DIED)
        except Exception as exc:
            return _failed(job[0], task, failure(job[0], exc).reason)
        return item

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None


def _failed(shown: str, task: Task, reason: str) -> ImportResult:
    return ImportResult(shown, "failed", reason=f"{task.where}{reason}", entry=task.mark)

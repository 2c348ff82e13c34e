"""The heads of each (type, day) an indexer has read, kept from one transaction to the next.

`Indexer` compares a new report with the first heads of its type on its days. Reading
them back from the library for every batch cost an import of 100,000 short articles a
third of its time, re-reading heads written or read a batch earlier. A day read once is
kept here and brought up to date with what each committed batch changed (heads added,
heads that gave way), so the next batch asks the library only for the days it has not
seen.

Kept only while this connection is the library's only writer: SQLite's `data_version`
changes when another connection commits, and it is read under the write lock at each
batch (a batch of the import runs `BEGIN IMMEDIATE` first), so a commit from anywhere else
drops everything kept and the days are read afresh. On other engines nothing is kept.
A batch that fails (rolled back) drops it too, and so does a delete of events by the
import itself (`forget`), which `data_version` does not see.
"""

from __future__ import annotations

from bisect import insort
from operator import attrgetter
from typing import Any

_BY_ID = attrgetter("id")
LIMIT = 100_000  # heads kept (about 2.5 KB each); past it, all are dropped and read again


class DayHeads:
    """(type, day) → the first `first` heads of that type on that day, oldest first, as the
    library holds them after the last committed batch (`Report`s, compared as they are)."""

    def __init__(self, first: int) -> None:
        self.first = first  # as many as the library is asked for per day
        # day → (its heads by id, whether that is all of them: fewer than `first` were read)
        self._days: dict[tuple, tuple[list, bool]] = {}
        self._size = 0
        self._writer: Any = None  # the DBAPI connection of the last committed batch
        self._version: int | None = None  # its `data_version` then
        self._batch: tuple[Any, int] | None = None  # the same for the batch under way

    def forget(self) -> None:
        self._days.clear()
        self._size = 0
        self._writer = self._version = None

    def unread(self, conn, days: set[tuple]) -> set[tuple]:
        """Which of `days` are not kept. What is kept is valid for this transaction, or
        dropped when another connection may have written since (a write by this one outside
        the indexer is not seen: its callers `forget` after it)."""
        version = None
        if conn.dialect.name == "sqlite":
            version = conn.exec_driver_sql("PRAGMA data_version").scalar()
        writer = conn.connection.driver_connection
        if (
            version is None
            or self._batch is not None  # a batch whose outcome was never told
            or writer is not self._writer
            or version != self._version
            or self._size > LIMIT
        ):
            self.forget()
        self._batch = (writer, version) if version is not None else None
        return {day for day in days if day not in self._days}

    def add_read(self, day: tuple, heads: list) -> None:
        """A day as read from the library (its first `first` heads, by id)."""
        self._days[day] = (heads, len(heads) < self.first)
        self._size += len(heads)

    def view(self, day: tuple) -> list:
        """A day's first heads: a copy, which the batch adds its new heads to."""
        return self._days[day][0][: self.first]

    def committed(self, added: list, removed: list) -> None:
        """The batch committed: `added` are its new heads, `removed` the heads that gave
        way to one of its reports."""
        if self._batch is None:  # no day was read: nothing kept changed, unless told
            if added or removed:
                self.forget()
            return
        self._writer, self._version = self._batch
        self._batch = None
        for head in removed:
            day = (head.type, head.start)
            kept = self._days.get(day)
            if kept is None:
                continue
            heads, complete = kept
            if not complete:  # the next head, not read, moves into the first ones
                del self._days[day]
                self._size -= len(heads)
                continue
            for k, other in enumerate(heads):
                if other is head:
                    del heads[k]
                    self._size -= 1
                    break
        for head in added:
            kept = self._days.get((head.type, head.start))
            if kept is None:
                continue
            heads, complete = kept
            if complete or head.id < heads[-1].id:  # else past the first ones: not needed
                insort(heads, head, key=_BY_ID)
                self._size += 1
                if not complete:
                    heads.pop()
                    self._size -= 1

    def failed(self) -> None:
        """The batch was rolled back: what it changed in kept heads is not in the library."""
        self._batch = None
        self.forget()

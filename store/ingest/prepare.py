"""From a file's bytes to articles ready to write: read (size-limited, FIFOs never block),
skip what the library holds byte for byte, parse with `formats`, extract with `extract`.
Pure CPU work after the read, run in worker processes by `ingest.pipeline`.

A time budget bounds the work on one file: parsing it, and extracting each of its articles,
each get `budget` seconds of CPU time (SIGPROF, in the main thread of a process — the
import's, or a worker's), so a pathological file is named "took longer than N s" and the
rest carry on (a JSON Lines file is read line by line as its articles are extracted, each
line in time linear in its length: see `formats.jsonl`). CPU time, not the clock: the work
is pure computation, and on a busy machine (wall time twice the CPU time was measured) a
clock would fail sound files at random.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Protocol

from dateline.store.db.identity import TEXT_KEY_FORMATS, text_key, url_key
from dateline.store.extract.article import Extraction, extract
from dateline.store.extract.sentence import FoundEvent
from dateline.store.extract.temporal import Timex
from dateline.store.formats import read_file
from dateline.store.formats.article import ArticleError, ParsedArticle
from dateline.store.formats.language import detect as detect_language
from dateline.store.formats.language import unread
from dateline.store.ingest.files import STDIN
from dateline.store.ingest.read import Unreadable, printable, read_limited
from dateline.store.ingest.report import (
    BUDGET,
    MAX_BYTES,
    ImportResult,
    failure,
    format_size,
    os_reason,
)
from dateline.store.paragraphs import HEADLINE

STDIN_PATH = "<stdin>"


class OverBudget(BaseException):
    """Raised by the budget's alarm; a BaseException so that no `except Exception` on the
    way (a reader's, extraction's) mistakes it for a bad input."""


_armed = False  # a `time_limit` block is running: the alarm is for it
_kept = False  # the alarm's handler stays installed between blocks (`keep_budget_handler`)


def _alarm(_signum, _frame) -> None:
    if _armed:  # a signal that arrives after the block ended is ignored
        raise OverBudget


def keep_budget_handler() -> None:
    """In a worker process, from its main thread: install the budget's handler for good, so
    that each `time_limit` only sets and clears the timer (installing and restoring the
    handler around every article cost a worker 5 % of its time)."""
    global _kept
    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGPROF, _alarm)
        _kept = True


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `OverBudget` in the block once it has used `seconds` of CPU time. Only where
    SIGPROF can be had (the main thread, on POSIX); elsewhere the block runs unbounded."""
    global _armed
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = None if _kept else signal.signal(signal.SIGPROF, _alarm)
    _armed = True
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        _armed = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        if not _kept:
            signal.signal(signal.SIGPROF, signal.SIG_DFL if previous is None else previous)


def over_budget(budget: float) -> str:
    return f"took longer than {budget:g} s"


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; ArticleError when unreadable, not a regular file or over the limit."""
    try:
        return read_limited(path, max_bytes)
    except Unreadable as exc:
        raise ArticleError(str(exc)) from None


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> bytes:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(os_reason(exc)) from None
    if len(data) > max_bytes:
        raise ArticleError(f"input too large (the limit is {format_size(max_bytes)})")
    return data


def article_digest(article: ParsedArticle) -> str:
    """Content identity of one article among several in a file (feed entry, JSONL line)."""
    record = {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
        "author": article.author,
        "format": article.format,
        "paragraphs": [[p.kind, p.text] for p in article.paragraphs],
    }
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(b"entry\0" + blob).hexdigest()


@dataclass
class Prepared:
    """One article read and extracted, ready to be written (pickled: made in workers).

    `article` carries the article's fields without its paragraphs; those travel in
    `content` as plain tuples, each (kind, text, time expressions, events) in the column
    order of the rows they become — tuples cost a tenth of dataclasses to pickle."""

    shown: str
    key: str | None
    article: ParsedArticle
    digest: str
    several: bool
    warnings: tuple[str, ...]
    content: tuple[tuple, ...]
    entry: str | None = None  # where in a file of several ("entry 3 ('Title')")
    note: str | None = None  # what the import says about it (a language not read)
    text_key: str | None = None  # `db.identity.text_key` of its body
    url_key: str | None = None  # `db.identity.url_key` of its address (made where it is
    # extracted, in a worker: the writing process has the least time to spare)

    def __reduce__(self):
        """Pickled as its fields in order, not as an instance dictionary: a worker sends
        one for each article (see `ParsedArticle.__reduce__`)."""
        return Prepared, (
            self.shown, self.key, self.article, self.digest, self.several, self.warnings,
            self.content, self.entry, self.note, self.text_key, self.url_key,
        )  # fmt: skip


def content_rows(article: ParsedArticle, extraction: Extraction) -> tuple[tuple, ...]:
    """Paragraphs with their time expressions and events, as the rows `write_articles`
    stores (events also carry their actors once each, for the actor index, and a saying's
    speaker, for its article's statements: `db.statements`); then the
    headline, when it restates events of the lead (written last, its events after the ones
    they restate, which the index joins them to: `db.statements.Headlines`)."""
    if not article.paragraphs:
        return ()
    rows = tuple(
        (para.kind, para.text, _timex_rows(found.timexes), _event_rows(extraction.entries(k)))
        for k, (para, found) in enumerate(
            zip(article.paragraphs, extraction.paragraphs, strict=True)
        )
    )
    if extraction.headline:
        rows += ((HEADLINE, article.title.strip(), (), _event_rows(extraction.headline)),)
    return rows


def _timex_rows(timexes: tuple[Timex, ...]) -> tuple[tuple, ...]:
    return tuple((t.start, t.end, t.text, t.type, t.value, t.mod) for t in timexes)


# `json.dumps(actors, ensure_ascii=False)`: an encoder built once, not one per event (`dumps`
# only reuses its own for the default arguments)
_ACTORS_JSON = json.JSONEncoder(ensure_ascii=False).encode


def _event_rows(events: tuple[FoundEvent, ...]) -> tuple[tuple, ...]:
    return tuple(
        (
            e.sent_start,
            e.sent_end,
            e.trigger,
            e.date,
            e.start,
            e.end,
            e.dating,
            e.type,
            e.summary,
            _ACTORS_JSON(list(e.actors)),
            tuple(dict.fromkeys(e.actors)),
            e.speaker,
        )  # fmt: skip
        for e in events
    )


def read_source(
    path: Path,
    *,
    known: Callable[[str], ImportResult | None],
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> tuple[str, str | None, bytes] | ImportResult:
    """(shown name, library key, bytes) of a file, or its final result when it is
    unreadable or already stored byte for byte (then it is not even parsed)."""
    is_stdin = str(path) == STDIN
    name = STDIN_PATH if is_stdin else printable(path)
    try:
        data = _read_stdin(stdin, max_bytes) if is_stdin else read_bytes(path, max_bytes)
        key = None if is_stdin else printable(path.resolve())
    except Exception as exc:
        return failure(name, exc)
    if default_date is None or is_stdin:
        done = known(hashlib.sha256(data).hexdigest())
        if done is not None:
            return replace(done, path=name)
    return name, key, data


CHUNK = 256  # articles whose digests are asked about at once (see `KnownMany`)


class KnownMany(Protocol):
    """A `known` that can also be told the digests about to be asked, to answer them with
    one query rather than one each."""

    def __call__(self, digest: str) -> ImportResult | None: ...
    def prefetch(self, digests: list[str]) -> None: ...


@dataclass(frozen=True, slots=True)
class Task:
    """One article of a file to extract (pickled: a pool's workers may take it)."""

    article: ParsedArticle
    digest: str
    where: str  # "line 3: ", or "" where the file says nothing
    mark: str | None  # `Prepared.entry`

    def __reduce__(self):
        return Task, (self.article, self.digest, self.where, self.mark)  # see `Prepared`


Chunk = list[Task | ImportResult]  # a chunk of a file's articles: to extract, or final
# Extracts the tasks of chunk after chunk, in order: `prepare_chunks` here, or `entries`
# on every core.
Runner = Callable[[str, str | None, bool, "float | None", Iterator[Chunk]], Iterator[list]]


def iter_prepared(
    shown: str,
    key: str | None,
    data: bytes,
    *,
    known: Callable[[str], ImportResult | None] | KnownMany,
    default_date: dt.date | None = None,
    budget: float | None = BUDGET,
    runner: Callable[[int], Runner | None] | None = None,
) -> Iterator[Prepared | ImportResult]:
    """Parse and extract a file's bytes: a `Prepared` per new article, or final results
    (unchanged, failed), one at a time so that a large feed is written as it is read.
    One bad article fails alone, named by where it is in the file. `runner`, told how many
    articles the file holds, may name another way to extract them (`ingest.entries`)."""
    try:
        with time_limit(budget):
            found = read_file(None if key is None else Path(key), data, default_date=default_date)
    except OverBudget:
        yield ImportResult(shown, "failed", reason=over_budget(budget))
        return
    except Exception as exc:  # a bad file or a bug must not stop the other files
        yield failure(shown, exc)
        return
    warnings = tuple(found.warnings)
    chunks = _chunks(shown, data, found, known, default_date)
    run = (runner and runner(len(found.entries))) or prepare_chunks
    for results in run(shown, key, found.several, budget, chunks):
        for item in results:
            if warnings and isinstance(item, Prepared):
                item = replace(item, warnings=warnings)
                warnings = ()  # a file's warnings are told once
            yield item


def _chunks(
    shown: str,
    data: bytes,
    found,
    known: Callable[[str], ImportResult | None] | KnownMany,
    default_date: dt.date | None,
) -> Iterator[Chunk]:
    """The file's articles, `CHUNK` at a time, each a `Task` or already a result: failed to
    read, or stored already (the chunk's digests asked in one query where `known` can)."""
    raw_digest = hashlib.sha256(data).hexdigest()
    prefetch = getattr(known, "prefetch", None)
    for at in range(0, len(found.entries), CHUNK):
        chunk = found.entries[at : at + CHUNK]
        digests: list[str | Exception | None] = []
        for entry in chunk:
            try:
                digests.append(
                    entry.article
                    and _digest(data, raw_digest, entry.article, found.several, default_date)
                )
            except Exception as exc:  # text no hash can take: this article alone fails
                digests.append(exc)
        if prefetch is not None:
            prefetch([d for d in digests if isinstance(d, str)])
        out: Chunk = []
        for entry, digest in zip(chunk, digests, strict=True):
            where = f"{entry.where}: " if entry.where else ""
            mark = (entry.where or "entry") if found.several else None
            if entry.article is None:
                reason = f"{where}{entry.error}"
                out.append(ImportResult(shown, "failed", reason=reason, entry=mark))
                continue
            try:
                if isinstance(digest, Exception):
                    raise digest
                done = known(digest)
            except Exception as exc:  # this article alone: the others of the file carry on
                reason = f"{where}{failure(shown, exc).reason}"
                out.append(ImportResult(shown, "failed", reason=reason, entry=mark))
                continue
            if done is not None:
                out.append(replace(done, path=shown, entry=mark))
            else:
                out.append(Task(entry.article, digest, where, mark))
        yield out


def prepare_chunks(
    shown: str, key: str | None, several: bool, budget: float | None, chunks: Iterator[Chunk]
) -> Iterator[list[Prepared | ImportResult]]:
    """Each chunk's articles extracted in this process, in order."""
    for chunk in chunks:
        yield [
            prepare_task(shown, key, several, budget, item) if isinstance(item, Task) else item
            for item in chunk
        ]


def prepare_tasks(
    shown: str, key: str | None, several: bool, budget: float | None, tasks: list[Task]
) -> list[Prepared | ImportResult]:
    """`prepare_task` for each (a worker's task: a chunk of a file's articles)."""
    return [prepare_task(shown, key, several, budget, task) for task in tasks]


def prepare_task(
    shown: str, key: str | None, several: bool, budget: float | None, task: Task
) -> Prepared | ImportResult:
    """Extract one article; one that fails or overruns the budget fails alone, named by
    where it is in its file (the others of the file carry on)."""
    try:
        return _prepare_entry(shown, key, task.article, task.digest, several, budget, task.mark)
    except OverBudget:
        reason = f"{task.where}{over_budget(budget)}"
    except Exception as exc:
        reason = f"{task.where}{failure(shown, exc).reason}"
    return ImportResult(shown, "failed", reason=reason, entry=task.mark)


def _digest(
    data: bytes,
    raw_digest: str,
    article: ParsedArticle,
    several: bool,
    default_date: dt.date | None,
) -> str:
    """The article's identity in the library: its entry's content for a file of several,
    else the file's bytes (and the date supplied, when that dated it)."""
    if several:
        return article_digest(article)
    if article.date_note and default_date and article.published == default_date:
        return hashlib.sha256(data + b"\0date=" + default_date.isoformat().encode()).hexdigest()
    return raw_digest


def _prepare_entry(
    shown: str,
    key: str | None,
    article: ParsedArticle,
    digest: str,
    several: bool,
    budget: float | None,
    entry: str | None,
) -> Prepared:
    with time_limit(budget):
        language = detect_language(article)
        why = unread(language)
        if why is None:
            content = content_rows(article, extract(article))
        else:  # an empty timeline rather than a wrong one, and the reason beside the date
            note = why if article.date_note is None else f"{why}; {article.date_note}"
            article = replace(article, date_note=note)
            content = tuple((p.kind, p.text, (), ()) for p in article.paragraphs)
    fingerprint = (
        text_key(p.text for p in article.paragraphs if p.kind == "body")
        if article.format in TEXT_KEY_FORMATS
        else None
    )
    article = replace(article, paragraphs=(), language=language)
    return Prepared(
        shown,
        key,
        article,
        digest,
        several,
        (),
        content,
        entry=entry,
        note=why,
        text_key=fingerprint,
        url_key=url_key(article.url),
    )


def prepare_data(
    shown: str,
    key: str | None,
    data: bytes,
    *,
    known: Callable[[str], ImportResult | None],
    default_date: dt.date | None = None,
    budget: float | None = BUDGET,
) -> list[Prepared | ImportResult]:
    """`iter_prepared` as a list (a worker returns a file's articles at once)."""
    return list(
        iter_prepared(shown, key, data, known=known, default_date=default_date, budget=budget)
    )


def prepare_file(
    path: Path,
    *,
    known: Callable[[str], ImportResult | None],
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
    budget: float | None = BUDGET,
) -> list[Prepared | ImportResult]:
    """`read_source` then `prepare_data`, in this process."""
    source = read_source(
        path, known=known, default_date=default_date, max_bytes=max_bytes, stdin=stdin
    )
    if isinstance(source, ImportResult):
        return [source]
    shown, key, data = source
    return prepare_data(shown, key, data, known=known, default_date=default_date, budget=budget)

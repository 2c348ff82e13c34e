"""From a file's bytes to articles ready to write: read (size-limited, FIFOs never block),
skip what the library holds byte for byte, parse with `formats`, extract with `extract`.
Pure CPU work after the read, run in worker processes by `ingest.pipeline`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from dateline.store.extract.article import Extraction, extract
from dateline.store.formats import read_file
from dateline.store.formats.article import ArticleError, ParsedArticle
from dateline.store.ingest.files import STDIN
from dateline.store.ingest.report import MAX_BYTES, ImportResult, failure, format_size, os_reason

STDIN_PATH = "<stdin>"


def _too_big(size: int, max_bytes: int) -> ArticleError:
    shown, limit = format_size(size), format_size(max_bytes)
    if shown == limit:  # just over: rounding would say "10 MB; the limit is 10 MB"
        shown, limit = f"{size:,} bytes", f"{max_bytes:,} bytes = {limit}"
    return ArticleError(f"file too large ({shown}; the limit is {limit})")


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; ArticleError when unreadable, not a regular file or over the limit."""
    try:  # O_NONBLOCK: a FIFO must not hang the import
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ArticleError(os_reason(exc)) from None
    with os.fdopen(fd, "rb") as f:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise ArticleError("not a regular file")
            if st.st_size > max_bytes:
                raise _too_big(st.st_size, max_bytes)
            data = f.read(max_bytes + 1)
        except OSError as exc:
            raise ArticleError(os_reason(exc)) from None
    if len(data) > max_bytes:
        raise _too_big(len(data), max_bytes)
    return data


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


def content_rows(article: ParsedArticle, extraction: Extraction) -> tuple[tuple, ...]:
    """Paragraphs with their time expressions and events, as the rows `write_articles`
    stores (events also carry their actors once each, for the actor index)."""
    if not article.paragraphs:
        return ()
    return tuple(
        (
            para.kind,
            para.text,
            tuple((t.start, t.end, t.text, t.type, t.value, t.mod) for t in found.timexes),
            tuple(
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
                    json.dumps(list(e.actors), ensure_ascii=False),
                    tuple(dict.fromkeys(e.actors)),
                )  # fmt: skip
                for e in found.events
            ),
        )
        for para, found in zip(article.paragraphs, extraction.paragraphs, strict=True)
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
    shown = STDIN_PATH if is_stdin else str(path)
    try:
        data = _read_stdin(stdin, max_bytes) if is_stdin else read_bytes(path, max_bytes)
        key = None if is_stdin else str(path.resolve())
    except Exception as exc:
        return failure(shown, exc)
    if default_date is None or is_stdin:
        done = known(hashlib.sha256(data).hexdigest())
        if done is not None:
            return replace(done, path=shown)
    return shown, key, data


def prepare_data(
    shown: str,
    key: str | None,
    data: bytes,
    *,
    known: Callable[[str], ImportResult | None],
    default_date: dt.date | None = None,
) -> list[Prepared | ImportResult]:
    """Parse and extract a file's bytes: a `Prepared` per new article, or final results
    (unchanged, failed). Pure CPU work, run in worker processes by `ingest.pipeline`."""
    try:
        found = read_file(None if key is None else Path(key), data, default_date=default_date)
    except Exception as exc:  # a bad file or a bug must not stop the other files
        return [failure(shown, exc)]
    raw_digest = hashlib.sha256(data).hexdigest()
    out: list[Prepared | ImportResult] = []
    warnings = tuple(found.warnings)
    for entry in found.entries:
        if entry.article is None:
            out.append(ImportResult(shown, "failed", reason=f"{entry.where}: {entry.error}"))
            continue
        article = entry.article
        if found.several:
            digest = article_digest(article)
        elif article.date_note and default_date and article.published == default_date:
            digest = hashlib.sha256(
                data + b"\0date=" + default_date.isoformat().encode()
            ).hexdigest()
        else:
            digest = raw_digest
        done = known(digest)
        if done is not None:
            out.append(replace(done, path=shown))
            continue
        try:
            extraction = extract(article)
        except Exception as exc:
            failed = failure(shown, exc)
            where = f"{entry.where}: " if entry.where else ""
            out.append(ImportResult(shown, "failed", reason=f"{where}{failed.reason}"))
            continue
        content = content_rows(article, extraction)
        article = replace(article, paragraphs=())
        out.append(Prepared(shown, key, article, digest, found.several, warnings, content))
        warnings = ()  # a file's warnings are told once
    return out


def prepare_file(
    path: Path,
    *,
    known: Callable[[str], ImportResult | None],
    default_date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> list[Prepared | ImportResult]:
    """`read_source` then `prepare_data`, in this process."""
    source = read_source(
        path, known=known, default_date=default_date, max_bytes=max_bytes, stdin=stdin
    )
    if isinstance(source, ImportResult):
        return [source]
    shown, key, data = source
    return prepare_data(shown, key, data, known=known, default_date=default_date)

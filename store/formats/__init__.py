"""Reading every format Dateline imports into `ParsedArticle`s, offline.

`read_file` gives each article (or the reason a part of the file failed) and warnings;
`read_articles` is the strict form: articles, or `ArticleError` with a one-line reason.
Whatever the bytes, a reader returns or raises `ArticleError`, never anything else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from warnings import catch_warnings, simplefilter

from dateline.store.formats import feed, html, jsonfeed, jsonl, markdown, mhtml, text, timeml
from dateline.store.formats.article import ArticleError, ParsedArticle
from dateline.store.formats.common import Entry, LazyEntries
from dateline.store.formats.decode import decode
from dateline.store.formats.detect import EXTENSIONS, FORMATS, by_extension, detect

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "Entry",
    "FileRead",
    "by_extension",
    "read_articles",
    "read_file",
]

_READERS = {
    "text": text.read,
    "html": html.read,
    "feed": feed.read,
    "jsonfeed": jsonfeed.read,
    "markdown": markdown.read,
    "mhtml": mhtml.read,
    "jsonl": jsonl.read,
    "timeml": timeml.read,
}
DATE_NOTE = "publication date supplied at import (--date)"


@dataclass
class FileRead:
    format: str
    entries: Sequence[Entry]  # a list, or `LazyEntries` (read as they are asked for)
    warnings: list[str] = field(default_factory=list)

    @property
    def several(self) -> bool:
        """Formats that may hold many articles identify them by url/title, not position."""
        return self.format in ("feed", "jsonfeed", "jsonl")


def _dated(entry: Entry, default_date: dt.date | None) -> Entry:
    a = entry.article
    if a is None or default_date is None or a.published is not None:
        return entry
    return replace(entry, article=replace(a, published=default_date, date_note=DATE_NOTE))


def read_file(
    path: str | PurePath | None,
    data: bytes,
    *,
    default_date: dt.date | None = None,
    fmt: str | None = None,
) -> FileRead:
    """Decode, detect and read one file; ArticleError when nothing in it can be read."""
    warnings: list[str] = []
    content, decode_warnings = decode(data)
    warnings += decode_warnings
    fmt = fmt or detect(path, content)
    try:
        with catch_warnings():  # a library's own (dateutil's "tzname EST…"): not for users
            simplefilter("ignore")
            entries = _READERS[fmt](content, warnings.append)
    except ArticleError:
        raise
    except RecursionError:
        raise ArticleError(f"cannot read as {fmt}: nested too deeply") from None
    except Exception as exc:  # a library's own error on hostile input: still one clear line
        detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
        raise ArticleError(
            f"cannot read as {fmt}: {type(exc).__name__}{': ' + detail if detail else ''}"
        ) from None
    if not entries:
        raise ArticleError("no article found")
    if isinstance(entries, LazyEntries):
        return FileRead(fmt, entries.map(lambda e: _dated(e, default_date)), warnings)
    return FileRead(fmt, [_dated(e, default_date) for e in entries], warnings)


def read_articles(
    path: str | PurePath | None, data: bytes, *, default_date: dt.date | None = None
) -> list[ParsedArticle]:
    """Every article in the file; ArticleError naming the first part that cannot be read."""
    result = read_file(path, data, default_date=default_date)
    for e in result.entries:
        if e.article is None:
            raise ArticleError(f"{e.where}: {e.error}" if e.where else str(e.error))
    return [e.article for e in result.entries]

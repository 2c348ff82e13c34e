"""What every format reader shares: cleaning, dates, and building a `ParsedArticle`.

All text passes through `text.clean` here, so no reader can store control characters.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from dateutil import parser as dateparser

from dateline.store.formats.article import (
    YEARS_AS_WRITTEN,
    ArticleError,
    ParsedArticle,
    ParsedParagraph,
)
from dateline.store.text import clean

NO_DATE = "no publication date found; relative dates are left unresolved"
_SPACE = re.compile(r"\s+")
_ENTITY_DECL = re.compile(r"<!ENTITY", re.I)
_TITLE_MAX = 300
# A year below 100 written with four digits ("January 1, 0001"), not a time zone ("+0000")
# nor a clock time ("00:15").
_PADDED_YEAR = re.compile(r"(?<![\d+\-:])00\d\d(?![\d:])")


def one_line(value: object, limit: int | None = None) -> str | None:
    """A cleaned single-line string, or None when empty or not a plain scalar."""
    if value is None or isinstance(value, dict | list | tuple | set | bytes):
        return None
    text = _SPACE.sub(" ", clean(str(value))).strip()
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or None


# Markup left in feed titles and summaries: tags ("<b>Slack</b> outage"), and entities,
# sometimes escaped twice ("PB&amp;amp;J", "&amp;#x0024;1,900"). Block tags part words.
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|blockquote|figure)\b[^<>]{0,500}>", re.I
)
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][\w:-]*(?:\s[^<>]{0,500})?/?>", re.S)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});")
_UNESCAPE_ROUNDS = 3  # entities escaped twice or thrice, never more


def plain_text(value: str) -> str:
    """Text with markup removed and entities decoded, as often as they were escaped:
    "<b>Ferry</b> service cut" → "Ferry service cut", "PB&amp;amp;J" → "PB&J"."""
    text = value
    for _ in range(_UNESCAPE_ROUNDS):
        before = text
        text = _TAG.sub("", _BLOCK_TAG.sub(" ", text))
        if _ENTITY.search(text):
            text = html.unescape(text)
        if text == before:
            break
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


def plain_field(value: object) -> str | None:
    """`plain_text` of a feed's string field (a title, a name); None when empty or not text."""
    return (plain_text(value) or None) if isinstance(value, str) else None


def to_date(value: object) -> dt.date | None:
    """A publication date from a date, datetime, ISO or free-form string; None if unclear."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = one_line(value, 80)
    if not text or not re.search(r"\d{4}", text):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    # Two-digit years ("24 Jan 18") still get a century; "0001" keeps its year.
    info = YEARS_AS_WRITTEN if _PADDED_YEAR.search(text) else None
    try:
        with warnings.catch_warnings():  # "EDT", "ET": an unknown zone, not worth a line
            warnings.simplefilter("ignore")
            return dateparser.parse(text, info, fuzzy=True).date()
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None


def refuse_entities(text: str) -> None:
    """XML entity declarations are refused outright: bombs and external entities alike."""
    if _ENTITY_DECL.search(text):
        raise ArticleError(
            "XML entity declarations refused (possible entity bomb or external entity)"
        )


def paragraphs_of(text: str) -> list[str]:
    """Blank-line separated blocks, hard-wrapped lines joined."""
    blocks = re.split(r"\n[ \t]*\n", clean(text))
    return [p for p in (_SPACE.sub(" ", b).strip() for b in blocks) if p]


def build(
    *,
    fmt: str,
    title: object,
    paragraphs: Iterable[tuple[str, str]],
    published: object = None,
    source: object = None,
    url: object = None,
    author: object = None,
    place: object = None,
) -> ParsedArticle:
    """A cleaned article; ArticleError when it has no text."""
    paras = []
    for kind, text in paragraphs:
        cleaned = _SPACE.sub(" ", clean(text or "")).strip()
        if cleaned:
            paras.append(ParsedParagraph("caption" if kind == "caption" else "body", cleaned))
    if not paras:
        raise ArticleError("no article text found")
    day = to_date(published)
    head = one_line(title, _TITLE_MAX) or one_line(paras[0].text, 80)
    return ParsedArticle(
        title=head or "untitled",
        published=day,
        date_note=None if day else NO_DATE,
        source=one_line(source, 200),
        place=one_line(place, 80),
        paragraphs=tuple(paras),
        url=one_line(url, 2000),
        author=one_line(author, 200),
        format=fmt,
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """One article read from a file, or why that part of the file could not be read."""

    article: ParsedArticle | None
    error: str | None = None
    where: str | None = None  # "line 3", "entry 2 ('Title')": for files holding several


Warn = Callable[[str], None]


class LazyEntries(Sequence[Entry]):
    """A file's entries read when they are asked for, each by `read(position)`, not all at
    once: the articles of a file of many (100,000 JSON lines) are extracted while the later
    lines are still unread, and the file's articles are never all held at once."""

    def __init__(self, count: int, read: Callable[[int], Entry]) -> None:
        self._count, self._read = count, read

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, at):
        if isinstance(at, slice):
            return [self._read(k) for k in range(*at.indices(self._count))]
        if at < 0:
            at += self._count
        if not 0 <= at < self._count:
            raise IndexError(at)
        return self._read(at)

    def map(self, change: Callable[[Entry], Entry]) -> LazyEntries:
        """These entries, each changed by `change` when it is read."""
        return LazyEntries(self._count, lambda k: change(self._read(k)))

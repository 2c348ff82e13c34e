"""Reading plain-text articles into a title, publication date and paragraphs.

Two shapes are understood (and anything close to them):
- newspaper: title; optional photo caption (a line starting with "•"); a byline; a date line
  ("Wednesday, January 24, 2018"); an optional dateline place ("WASHINGTON —"); paragraphs;
- Wikinews: title; date line ("January 9, 2008"); paragraphs.
Paragraphs are separated by blank lines; hard-wrapped lines inside a paragraph are joined.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import date

from dateutil import parser as dateparser

from dateline.store.text import clean


class ArticleError(ValueError):
    """The file cannot be read as an article; the message says why."""


@dataclass(frozen=True, slots=True)
class ParsedParagraph:
    kind: str  # "caption" | "body"
    text: str

    def __reduce__(self):
        return ParsedParagraph, (self.kind, self.text)  # see `ParsedArticle.__reduce__`


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    title: str
    published: date | None
    date_note: str | None = None  # why `published` is missing
    source: str | None = None
    place: str | None = None
    paragraphs: tuple[ParsedParagraph, ...] = field(default=())
    url: str | None = None  # where the article came from, when the file says
    author: str | None = None
    format: str = "text"  # the reader that understood the file (text, html, feed, ...)
    language: str | None = None  # ISO 639-1 ("de"), set at import; None when unknown

    def __reduce__(self):
        """Pickled as its fields in order: an import sends every article to a worker and
        back, and a slotted dataclass's own pickling asks `fields()` for each object."""
        return ParsedArticle, (
            self.title, self.published, self.date_note, self.source, self.place,
            self.paragraphs, self.url, self.author, self.format, self.language,
        )  # fmt: skip


_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_MONTH_NUMBER = {
    m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_LINE = re.compile(
    rf"""^(?:published:?\s*|updated:?\s*|date:?\s*)?{_WEEKDAY}(?:
        (?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})
                                                            # January 24, 2018
      | (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}})
                                                            # 24 January 2018
      | (?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})     # 2018-01-24
    )(?:[,\s]+\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "WASHINGTON —", "NAIROBI, Kenya (AP) _", "LONDON (Reuters) -", and "LAS VEGAS, Nev. " " with
# its dash garbled into a straight quote on the way
# … and "LONDON, March 3 (Reuters) -", "WASHINGTON, Jan. 5 —": the day it was filed, after it
_DATELINE_PLACE = re.compile(
    r"^([A-Z][A-Z.'’\- ]+(?:,\s*[A-Z][A-Za-z.\- ]+(?:/[A-Z][A-Za-z.\- ]+)?)?)\s*"
    r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*)?"
    r"(?:\([A-Za-z .]+\)\s*)?(?:—|–|(?:--|-|_)(?=\s)|(?<=\s)\"(?=\s))"
)


def _dateline(text: str) -> re.Match[str] | None:
    m = _DATELINE_PLACE.match(text)
    return m if m and len(m[1]) <= 40 else None


def dateline_place(text: str) -> str | None:
    """The place a paragraph's dateline names ("SEATTLE —" → "SEATTLE", "SURABAYA,
    Indonesia/JAKARTA (Reuters) -" → "SURABAYA, Indonesia/JAKARTA"), if it opens so."""
    m = _dateline(text)
    return m[1].strip().rstrip(",") if m else None


def dateline_end(text: str) -> int:
    """Where the story starts after a paragraph's dateline ("SEATTLE (AP) — Boeing …"), else 0."""
    m = _dateline(text)
    return m.end() if m else 0


_CAPTION = re.compile(r"^\s*[•·]\s*")
_HEADER_LINES = 8  # how far after the title to look for the byline and date line


class _YearsAsWritten(dateparser.parserinfo):
    """dateutil takes any year below 100 for a two-digit one, "0001" too (it becomes 2001)."""

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        return year


YEARS_AS_WRITTEN = _YearsAsWritten()


def parse_date_line(line: str) -> date | None:
    """The publication date when the whole line is a date, else None. The line's year has
    four digits, kept as written: "January 1, 0001" is year 1."""
    line = line.strip()
    m = _DATE_LINE.match(line) if len(line) <= 60 else None
    if m is None:
        return None
    # The regex has read the day, month and year: a date built from them, not dateutil's
    # parse again (a tenth of a millisecond, in every article's header)
    year, month, day = (m["y1"], m["m1"], m["d1"]) if m["y1"] else (m["y2"], m["m2"], m["d2"])
    if year is not None:
        month = _MONTH_NUMBER[month[:3].lower()]
    else:
        year, month, day = m["y3"], m["m3"], m["d3"]
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        pass  # "February 30, 2018": dateutil's word on it, as before
    try:
        with warnings.catch_warnings():  # "10:31 EST": an unknown zone, never a stray line
            warnings.simplefilter("ignore")
            return dateparser.parse(line, YEARS_AS_WRITTEN, fuzzy=True, default=None).date()
    except (ValueError, OverflowError, AttributeError):
        return None


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def parse_article(raw: str) -> ParsedArticle:
    """Parse an article's text; raise ArticleError when there is nothing to read."""
    text = clean(raw)
    lines = text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        raise ArticleError("empty file: no text to read")
    title = lines[nonblank[0]].strip()
    rest = lines[nonblank[0] + 1 :]

    # Header: caption, byline and date line, up to the date line.
    published: date | None = None
    source: str | None = None
    captions: list[str] = []
    header_end = 0
    candidates: list[str] = []
    seen = 0
    for i, line in enumerate(rest):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        if _CAPTION.match(line):
            captions.append(_CAPTION.sub("", line).strip())
            continue
        found = parse_date_line(stripped)
        if found:
            published = found
            header_end = i + 1
            bylines = [c for c in candidates if len(c) <= 80 and not c.endswith(".")]
            source = bylines[-1] if bylines else None
            break
        candidates.append(stripped)

    if published is None:
        date_note = "no publication date line found; relative dates are left unresolved"
        body_lines = [line for line in rest if not _CAPTION.match(line)]
    else:
        date_note = None
        body_lines = rest[header_end:]

    paragraphs = [ParsedParagraph("caption", c) for c in captions if c]
    place = None
    for block in _blocks(body_lines):
        para = " ".join(block)
        if place is None and not any(p.kind == "body" for p in paragraphs):
            place = dateline_place(para)
        paragraphs.append(ParsedParagraph("body", para))

    if not paragraphs:  # an empty caption ("·" alone) is no paragraph either
        raise ArticleError("no paragraphs after the title")
    return ParsedArticle(
        title=title,
        published=published,
        date_note=date_note,
        source=source,
        place=place,
        paragraphs=tuple(paragraphs),
    )

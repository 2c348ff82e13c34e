"""RSS and Atom feeds (feedparser): each entry an article, full content before the summary.

feedparser is given a byte *stream*: given bytes or a str it first tries them as a file name
or URL. It never fetches external DTDs, and entity declarations are refused before parsing.
Entry HTML is reduced to paragraphs with lxml.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import lxml.etree
import lxml.html

from dateline.store.formats.article import ArticleError
from dateline.store.formats.boilerplate import clean_paragraphs
from dateline.store.formats.common import (
    Entry,
    Warn,
    build,
    one_line,
    paragraphs_of,
    plain_field,
    plain_text,
    refuse_entities,
)

_BLOCK_TAGS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figcaption")
_HTML_HINT = re.compile(r"<(p|br|div|li|h\d|blockquote|figure|span|a|em|strong)\b", re.I)


def html_paragraphs(fragment: str) -> list[tuple[str, str]]:
    """Paragraphs of an HTML fragment (captions from figcaption); plain text by blank lines.
    Markup and entities escaped once more than they should be are removed too."""
    return [(kind, plain_text(p)) for kind, p in _html_paragraphs(fragment)]


def _html_paragraphs(fragment: str) -> list[tuple[str, str]]:
    if not _HTML_HINT.search(fragment):
        return [("body", p) for p in paragraphs_of(fragment)]
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return [("body", p) for p in paragraphs_of(re.sub(r"<[^>]*>", " ", fragment))]
    for br in root.iter("br"):
        br.tail = "\n\n" + (br.tail or "")
    out: list[tuple[str, str]] = []
    blocks = list(root.iter(*_BLOCK_TAGS))
    if not blocks:
        return [("body", p) for p in paragraphs_of(root.text_content())]
    inside = set(blocks)
    for el in blocks:
        if any(a in inside for a in el.iterancestors()):
            continue
        kind = "caption" if el.tag == "figcaption" else "body"
        out += [(kind, p) for p in paragraphs_of(el.text_content())]
    return out


def _entry_date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType")


def read(text: str, warn: Warn) -> list[Entry]:
    """Each entry as an article; ArticleError when the feed itself is unreadable."""
    import feedparser  # only when a feed is read

    refuse_entities(text)
    body = _XML_DECL.sub('<?xml version="1.0" encoding="utf-8"?>', text, count=1)
    parsed = feedparser.parse(
        io.BytesIO(body.encode("utf-8", "replace")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        resolve_relative_uris=False,
        sanitize_html=True,
    )
    problem = parsed.get("bozo_exception")
    if problem is not None and type(problem).__name__ in _BENIGN:
        problem = None
    if problem is not None:  # "<unknown>:19:30: no element found" → "line 19, column 30: …"
        problem = re.sub(r"^<unknown>:(\d+):(\d+):", r"line \1, column \2:", one_line(problem, 160))
    if not parsed.entries:
        if problem is not None:
            raise ArticleError(f"malformed feed: {problem}")
        raise ArticleError("feed has no entries")
    source = plain_field(parsed.feed.get("title"))
    out: list[Entry] = []
    for n, entry in enumerate(parsed.entries, 1):
        title = plain_field(entry.get("title"))
        where = f"entry {n}" + (f" ({one_line(title, 60)!r})" if one_line(title) else "")
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        html = contents[0] if contents else entry.get("summary", "")
        paragraphs, stamped = clean_paragraphs(html_paragraphs(html or ""))
        try:
            article = build(
                fmt="feed",
                title=title,
                paragraphs=paragraphs,
                published=_entry_date(entry) or stamped,
                source=source,
                url=entry.get("link"),
                author=plain_field(entry.get("author")),
            )
        except ArticleError as exc:
            out.append(Entry(None, str(exc), where))
        else:
            out.append(Entry(article, where=where))
    if problem is not None:
        if all(e.article is None for e in out):
            raise ArticleError(f"malformed feed: {problem}")
        cut = ""
        if out[-1].article is None:  # the entry the file stops in
            cut = f", {out.pop().where} cut off"
        good = sum(e.article is not None for e in out)
        entries = "entry" if good == 1 else "entries"
        warn(f"malformed feed ({problem}); read {good} {entries}{cut}")
    return out

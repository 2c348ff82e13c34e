"""JSON Feed 1.0 and 1.1 (`"version": "https://jsonfeed.org/version/1.1"`): each item an
article, its HTML content before its plain text and summary.

Items are read as feed entries are: markup and escaped entities removed from titles, HTML
reduced to paragraphs, a bad item failing alone with its number. JSON's lone surrogate
escapes (`"\\ud800"`) are replaced as in JSON Lines.
"""

from __future__ import annotations

import json

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
)
from dateline.store.formats.feed import html_paragraphs
from dateline.store.formats.jsonl import surrogate_safe


def _author(item: dict, feed: dict) -> str | None:
    """1.1 `authors` (a list), 1.0 `author` (one), the item's before the feed's."""
    for holder in (item, feed):
        authors = holder.get("authors")
        if not isinstance(authors, list):
            authors = [holder.get("author")]
        names = [plain_field(a.get("name")) for a in authors if isinstance(a, dict)]
        if any(names):
            return ", ".join(n for n in names if n)
    return None


def _paragraphs(item: dict) -> list[tuple[str, str]]:
    html = item.get("content_html")
    if isinstance(html, str) and html.strip():
        return html_paragraphs(html)
    for key in ("content_text", "summary"):
        text = item.get(key)
        if isinstance(text, str) and text.strip():
            return [("body", plain_text(p)) for p in paragraphs_of(text)]
    return []


def read(text: str, warn: Warn) -> list[Entry]:
    try:
        feed = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ArticleError(f"invalid JSON Feed: {one_line(exc, 120)}") from None
    feed = surrogate_safe(feed, text, "feed", warn)
    if not isinstance(feed, dict) or not isinstance(feed.get("items"), list):
        raise ArticleError('invalid JSON Feed: no "items" list')
    if not feed["items"]:
        raise ArticleError("feed has no entries")
    source = plain_field(feed.get("title"))
    out: list[Entry] = []
    for n, item in enumerate(feed["items"], 1):
        if not isinstance(item, dict):
            out.append(Entry(None, "not a JSON object", f"item {n}"))
            continue
        title = plain_field(item.get("title"))
        where = f"item {n}" + (f" ({one_line(title, 60)!r})" if title else "")
        paragraphs, stamped = clean_paragraphs(_paragraphs(item))
        try:
            article = build(
                fmt="jsonfeed",
                title=title,
                paragraphs=paragraphs,
                published=item.get("date_published") or item.get("date_modified") or stamped,
                source=source,
                url=item.get("url") or item.get("external_url"),
                author=_author(item, feed),
            )
        except ArticleError as exc:
            out.append(Entry(None, str(exc), where))
        else:
            out.append(Entry(article, where=where))
    return out

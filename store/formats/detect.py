"""Which reader a file needs: by its content first, by its extension when content is vague.

Content wins because saved files are often misnamed (a feed saved as .txt, a page as .xml).
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from dateline.store.formats.mhtml import HEADERS as MHTML

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".shtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".tml": "timeml",
    ".timeml": "timeml",
}
FORMATS = ("text", "html", "mhtml", "feed", "jsonfeed", "markdown", "jsonl", "timeml")

_PROLOG = re.compile(
    r"\A(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.S | re.I
)
_ROOT = re.compile(r"<([A-Za-z][\w:.-]*)")
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf", "channel"}
_HTML_ROOTS = {"html", "head", "body", "article", "div", "p", "meta", "title", "main"}
JSON_FEED = re.compile(r'"version"\s*:\s*"https?://jsonfeed\.org/version/')
_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(\n|\Z)", re.S)


def has_front_matter(text: str) -> bool:
    return _FRONT.match(text.lstrip("\ufeff")) is not None


def by_extension(path: str | PurePath | None) -> str | None:
    return EXTENSIONS.get(PurePath(path).suffix.lower()) if path else None


def detect(path: str | PurePath | None, text: str) -> str:
    """One of FORMATS for this file's text (already decoded)."""
    ext = by_extension(path)
    head = text.lstrip("\ufeff \t\r\n")[:8192]
    if head.startswith("<"):
        if re.match(r"<!DOCTYPE\s+html", head, re.I):
            return "html"
        m = _ROOT.match(head, _PROLOG.match(head).end())
        root = m[1].lower() if m else ""
        if root == "timeml":
            return "timeml"
        if root in _FEED_ROOTS:
            return "feed"
        if root in _HTML_ROOTS:
            return "html"
        return ext if ext in {"html", "feed", "timeml"} else "html"
    if MHTML.match(head):
        return "mhtml"
    if _FRONT.match(head):
        return "markdown"
    if head.startswith("{") and JSON_FEED.search(head):
        return "jsonfeed"
    if head.startswith("{"):
        first = head.split("\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, RecursionError):
            pass
        if ext == "jsonl":
            return ext
    if ext:
        return ext
    if re.match(r"#{1,6}\s", head):
        return "markdown"
    return "text"

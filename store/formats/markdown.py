"""Markdown notes with optional YAML (---) or TOML (+++) front matter.

Front matter gives title, date, source and author; without it the first heading is the
title. Markup is reduced to plain paragraphs; an image alone on its line becomes a caption.
YAML is read with `safe_load` and only scalar values are used, so aliases cannot blow up.
"""

from __future__ import annotations

import re
import tomllib

from dateline.store.formats.article import ArticleError
from dateline.store.formats.common import Entry, Warn, build, one_line

_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.S)
_FRONT_MAX = 64 * 1024
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_IMAGE_ONLY = re.compile(r"^!\[([^\]]*)\]\([^)]*\)\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s+\S+.*$", re.M)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`+)(?=\S)(.+?)(?<=\S)\1")
_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d+[.)])\s+")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_KEYS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "pubdate", "publishdate"),
    "source": ("source", "site", "publisher", "publication"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link", "canonical", "canonical_url"),
}


def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    raw, rest = m[2], text[m.end() :]
    if len(raw) > _FRONT_MAX:
        raise ArticleError("front matter too large")
    if m[1] == "+++":
        try:
            meta = tomllib.loads(raw)
        except (tomllib.TOMLDecodeError, ValueError, RecursionError) as exc:
            raise ArticleError(f"malformed TOML front matter: {one_line(exc, 120)}") from None
    else:
        import yaml

        try:
            meta = yaml.safe_load(raw)
        except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
            raise ArticleError(f"malformed YAML front matter: {_yaml_reason(exc)}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError("front matter is not a set of key: value pairs")
    return {str(k).lower(): v for k, v in meta.items()}, rest


def _yaml_reason(exc: Exception) -> str:
    """PyYAML's problem and where, in file lines (the front matter starts on line 2)."""
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None)
    mark = getattr(exc, "problem_mark", None)
    if problem:
        return one_line(problem, 100) + (f" (line {mark.line + 2})" if mark else "")
    text = str(exc).strip()
    return one_line(text.splitlines()[0], 120) if text else type(exc).__name__


def _field(meta: dict, name: str) -> object:
    for key in _KEYS[name]:
        value = meta.get(key)
        if isinstance(value, list):  # authors: [A, B]
            value = ", ".join(s for s in (one_line(v) for v in value[:20]) if s) or None
        if isinstance(value, dict):
            value = value.get("name")
        if value not in (None, ""):
            return value
    return None


def _inline(text: str) -> str:
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(lambda m: m[1] if m[1] is not None else m[2], text)
    for _ in range(3):
        text = _EMPHASIS.sub(r"\2", text)
    return text


def _blocks(body: str) -> tuple[str | None, list[tuple[str, str]]]:
    """The first heading and the paragraphs (kind, text) of a Markdown body."""
    body = _REF_DEF.sub("", _COMMENT.sub("", body))
    heading: str | None = None
    out: list[tuple[str, str]] = []
    current: list[str] = []
    fence = False

    def flush() -> None:
        if current:
            out.append(("body", _inline(" ".join(current))))
            current.clear()

    for line in body.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = not fence
            flush()
            continue
        if fence:
            current.append(stripped)
            continue
        h = _HEADING.match(stripped)
        if h or (_SETEXT.match(stripped) and len(current) == 1):
            text = h[1] if h else current.pop()
            flush()
            if heading is None and not out:
                heading = _inline(text)
            else:
                out.append(("body", _inline(text)))
            continue
        if not stripped or set(stripped) <= set("-*_ ") and len(stripped) >= 3:
            flush()
            continue
        image = _IMAGE_ONLY.match(stripped)
        if image:
            flush()
            if image[1].strip():
                out.append(("caption", image[1]))
            continue
        if _PREFIX.match(line):
            if re.match(r"^\s*(?:[-*+]|\d+[.)])\s+", line):
                flush()
            line = _PREFIX.sub("", line)
        current.append(line.strip())
    flush()
    return heading, out


def read(text: str, warn: Warn) -> list[Entry]:
    meta, body = _front_matter(text)
    heading, paragraphs = _blocks(body)
    title = _field(meta, "title") or heading
    if title is None and paragraphs:
        title = paragraphs.pop(0)[1] if len(paragraphs) > 1 else None
    return [
        Entry(
            build(
                fmt="markdown",
                title=title,
                paragraphs=paragraphs,
                published=_field(meta, "date"),
                source=_field(meta, "source"),
                url=_field(meta, "url"),
                author=_field(meta, "author"),
            )
        )
    ]

"""JSON Lines: one article per line (`title`, `text` or `paragraphs`, `published`, `url`,
`source`, optional `author`). A bad line is reported by its number; the others still count."""

from __future__ import annotations

import json

from store.formats.common import Entry, Warn, build, one_line, paragraphs_of
from store.reader import ArticleError


def _paragraphs(record: dict) -> list[tuple[str, str]]:
    paras = record.get("paragraphs")
    if isinstance(paras, list):
        out: list[tuple[str, str]] = []
        for p in paras:
            if isinstance(p, str):
                out.append(("body", p))
            elif isinstance(p, dict) and isinstance(p.get("text"), str):
                out.append(("caption" if p.get("kind") == "caption" else "body", p["text"]))
        return out
    text = record.get("text") or record.get("content") or record.get("body")
    if isinstance(text, str):
        return [("body", p) for p in paragraphs_of(text)]
    return []


def _article(line: str) -> Entry:
    try:
        record = json.loads(line)
    except RecursionError:
        raise ArticleError("invalid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise ArticleError(f"invalid JSON ({one_line(exc, 100)})") from None
    if not isinstance(record, dict):
        raise ArticleError(f"expected a JSON object, got {type(record).__name__}")
    paragraphs = _paragraphs(record)
    if not paragraphs:
        raise ArticleError('no "text" or "paragraphs"')
    return Entry(
        build(
            fmt="jsonl",
            title=record.get("title"),
            paragraphs=paragraphs,
            published=record.get("published") or record.get("date"),
            source=record.get("source"),
            url=record.get("url"),
            author=record.get("author"),
        )
    )


def read(text: str, warn: Warn) -> list[Entry]:
    out: list[Entry] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            entry = _article(line)
        except ArticleError as exc:
            out.append(Entry(None, str(exc), where))
        else:
            out.append(Entry(entry.article, where=where))
    if not out:
        raise ArticleError("empty file: no text to read")
    if len(out) > 1 and all(e.article is None for e in out):  # not JSON Lines at all
        raise ArticleError(f"not JSON Lines: {out[0].where}: {out[0].error}")
    return out

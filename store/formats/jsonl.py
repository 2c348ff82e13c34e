"""JSON Lines: one article per line (`title`, `text` or `paragraphs`, `published`, `url`,
`source`, optional `author`). A bad line is reported by its number; the others still count.
A `.json` file holding one such object, or an array of them, is read too. JSON may escape
lone UTF-16 surrogates (`"\\ud800"`) that no UTF-8 text can hold: they are replaced with
U+FFFD and a warning names the line, so they never reach hashing or the database.

A file of many lines is read line by line as its articles are asked for (`LazyEntries`), so
that the first are extracted while the rest are unread; each line is read in time linear in
its length (json's parser, fields of bounded length), so the file as a whole needs no other
bound than its size. A line is read eagerly only when the file may need a warning (a
surrogate escape: the warnings are told with the file's first article) or holds no article
(then the file, not each line, is the failure)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from dateline.store.formats.article import ArticleError
from dateline.store.formats.common import (
    Entry,
    LazyEntries,
    Warn,
    build,
    one_line,
    paragraphs_of,
)


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


LAZY_LINES = 1_000  # lines from which a file is read as its articles are asked for
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: object) -> tuple[object, int]:
    """The decoded value with lone surrogates replaced by U+FFFD, and how many there were."""
    if isinstance(value, str):
        return _SURROGATE.subn("\ufffd", value)
    if isinstance(value, list):
        pairs = [_without_surrogates(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        out, total = {}, 0
        for k, v in value.items():
            (k, n), (v, m) = _without_surrogates(k), _without_surrogates(v)
            out[k] = v
            total += n + m
        return out, total
    return value, 0


def surrogate_safe(value: object, source: str, where: str, warn: Warn) -> object:
    """`value` decoded from `source`, made UTF-8-safe (see the module's docstring)."""
    if not _SURROGATE_ESCAPE.search(source):  # only an escape can make one
        return value
    value, replaced = _without_surrogates(value)
    if replaced:
        warn(f"{where}: {replaced} lone surrogate escape(s) (e.g. \\ud800) replaced with U+FFFD")
    return value


def _record(line: str, where: str, warn: Warn) -> object:
    try:
        return surrogate_safe(json.loads(line), line, where, warn)
    except RecursionError:
        raise ArticleError("invalid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise ArticleError(f"invalid JSON ({one_line(exc, 100)})") from None


def _article(record: object) -> Entry:
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


def _entry(where: str, record: Callable[[], object]) -> Entry:
    """The record's article, or why that record cannot be one."""
    try:
        entry = _article(record())
    except ArticleError as exc:
        return Entry(None, str(exc), where)
    except Exception as exc:  # a value no reader foresaw: that record fails alone
        detail = one_line(exc, 120)
        return Entry(None, type(exc).__name__ + (f": {detail}" if detail else ""), where)
    return Entry(entry.article, where=where)


def _entries(records: list[tuple[str, Callable[[], object]]]) -> list[Entry]:
    """An entry per (where, record)."""
    return [_entry(where, record) for where, record in records]


def _document(text: str, warn: Warn) -> list[Entry] | None:
    """A `.json` file holding one JSON object or an array of them, however laid out
    (pretty-printed across lines), rather than one object per line. None otherwise."""
    body = text.strip()
    if body[:1] != "[" and ("\n" not in body or body[:1] != "{"):
        return None  # one object on one line reads the same as JSON Lines
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return None
    value = surrogate_safe(value, body, "the document", warn)
    if not isinstance(value, list):
        return [_article(value)]
    out = _entries([(f"item {n}", lambda v=v: v) for n, v in enumerate(value, 1)])
    return _some_article(out, "empty JSON array: no article", "no article in the JSON array")


def read(text: str, warn: Warn) -> list[Entry] | LazyEntries:
    document = _document(text, warn)
    if document is not None:
        return document
    lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]

    def read_line(k: int) -> Entry:
        n, line = lines[k]
        return _entry(f"line {n}", lambda: _record(line, f"line {n}", warn))

    if len(lines) < LAZY_LINES or _SURROGATE_ESCAPE.search(text):
        out = [read_line(k) for k in range(len(lines))]
    else:  # read as asked for from the first article on; a file of none is read once
        out = []
        for k in range(len(lines)):
            out.append(read_line(k))
            if out[-1].article is not None:
                return LazyEntries(len(lines), read_line)
    return _some_article(out, "empty file: no text to read", "not JSON Lines")


def _some_article(out: list[Entry], empty: str, none_read: str) -> list[Entry]:
    """The entries, unless there are none or none of several read: then the file as a
    whole is the problem, and one line says so."""
    if not out:
        raise ArticleError(empty)
    if len(out) > 1 and all(e.article is None for e in out):
        raise ArticleError(f"{none_read}: {out[0].where}: {out[0].error}")
    return out

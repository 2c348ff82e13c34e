"""Plain text: the newspaper / Wikinews shapes `store.reader.parse_article` understands."""

from __future__ import annotations

from dataclasses import replace

from store.formats.common import Entry, Warn
from store.reader import parse_article


def read(text: str, warn: Warn) -> list[Entry]:
    return [Entry(replace(parse_article(text), format="text"))]

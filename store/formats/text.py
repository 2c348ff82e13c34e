"""Plain text: the newspaper / Wikinews shapes `formats.article.parse_article` understands."""

from __future__ import annotations

from dataclasses import replace

from dateline.store.formats.article import parse_article
from dateline.store.formats.common import Entry, Warn


def read(text: str, warn: Warn) -> list[Entry]:
    return [Entry(replace(parse_article(text), format="text"))]

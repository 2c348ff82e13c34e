"""Plain text: the newspaper / Wikinews shapes `store.reader.parse_article` understands."""

from __future__ import annotations

from dataclasses import replace

from store.reader import ParsedArticle, parse_article


def read(text: str) -> list[ParsedArticle]:
    return [replace(parse_article(text), format="text")]

"""The reader's own state, kept in the library so it survives restarts, crashes and re-imports.

Read/unread and starred flags and the person's note on an article are keyed by
`article.id` (re-imports keep ids); the last
article, position, filters, theme and follow mode are small JSON values under a name.
Every change is committed at once, so a crash loses nothing already done.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text
from sqlalchemy.engine import Engine
from sqlmodel import Field, Session, SQLModel, select

from dateline.store.text import clean


class ArticleState(SQLModel, table=True):
    __tablename__ = "reader_article_state"

    article_id: int = Field(primary_key=True)  # no foreign key: state outlives a re-import
    read: bool = False
    starred: bool = False
    note: str | None = Field(default=None, sa_type=Text)  # the person's own words on it
    updated_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


class ReaderValue(SQLModel, table=True):
    __tablename__ = "reader_value"

    name: str = Field(primary_key=True)
    value: str = "null"  # JSON


def ensure_state(engine: Engine) -> None:
    """Create the state tables if this library has none yet (cheap when they exist). Opening
    a library does this too, and adds the columns an older one lacks (`db.schema`)."""
    SQLModel.metadata.create_all(engine, tables=[ArticleState.__table__, ReaderValue.__table__])


def flags(engine: Engine) -> dict[int, tuple[bool, bool]]:
    """`article_id -> (read, starred)` for every article with recorded state."""
    with Session(engine) as s:
        return {r.article_id: (r.read, r.starred) for r in s.exec(select(ArticleState))}


def set_flags(
    engine: Engine, article_id: int, *, read: bool | None = None, starred: bool | None = None
) -> tuple[bool, bool]:
    """Set read and/or starred for one article; returns the new (read, starred)."""
    with Session(engine) as s:
        row = s.get(ArticleState, article_id) or ArticleState(article_id=article_id)
        if read is not None:
            row.read = read
        if starred is not None:
            row.starred = starred
        row.updated_at = datetime.now(UTC)
        s.add(row)
        s.commit()
        return row.read, row.starred


def mark_read(engine: Engine, article_ids: list[int]) -> int:
    """Mark many articles read in one transaction (a list of thousands is one click);
    returns how many changed."""
    changed = 0
    now = datetime.now(UTC)
    with Session(engine) as s:
        known = {
            r.article_id: r
            for chunk in range(0, len(article_ids), 500)
            for r in s.exec(
                select(ArticleState).where(
                    ArticleState.article_id.in_(article_ids[chunk : chunk + 500])
                )
            )
        }
        for article_id in dict.fromkeys(article_ids):
            row = known.get(article_id) or ArticleState(article_id=article_id)
            if not row.read:
                row.read, row.updated_at = True, now
                s.add(row)
                changed += 1
        s.commit()
    return changed


def notes(engine: Engine) -> dict[int, str]:
    """`article_id -> note` for every article with a note."""
    with Session(engine) as s:
        rows = s.exec(select(ArticleState).where(ArticleState.note.is_not(None)))
        return {r.article_id: r.note for r in rows if r.note}


def note(engine: Engine, article_id: int) -> str:
    """The person's note on one article ("" when there is none)."""
    with Session(engine) as s:
        row = s.get(ArticleState, article_id)
    return (row.note or "") if row else ""


def set_note(engine: Engine, article_id: int, words: str) -> str:
    """Keep the person's note on an article (blank removes it); returns what was kept.
    Control characters go, as in articles: the note is shown in the terminal."""
    kept = clean(words).strip()
    with Session(engine) as s:
        row = s.get(ArticleState, article_id) or ArticleState(article_id=article_id)
        row.note = kept or None
        row.updated_at = datetime.now(UTC)
        s.add(row)
        s.commit()
    return kept


def get_value(engine: Engine, name: str, default: Any = None) -> Any:
    with Session(engine) as s:
        row = s.get(ReaderValue, name)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_value(engine: Engine, name: str, value: Any) -> None:
    """Store a JSON-serialisable value under `name` (last article, filters, theme...)."""
    with Session(engine) as s:
        row = s.get(ReaderValue, name) or ReaderValue(name=name)
        row.value = json.dumps(value)
        s.add(row)
        s.commit()

"""The library's tables (SQLModel). One article owns its paragraphs, time expressions and events.

Dates are stored as ISO strings: `date` keeps the TIMEX3 value at its real granularity
(`2018-01-24`, `2017-05`, `2017`), `start`/`end` are day bounds used for sorting and filtering.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel


class Article(SQLModel, table=True):
    # the article list's order, for keyset pages (library.queries.articles_page)
    __table_args__ = (Index("ix_article_order", "published", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(index=True)
    content_hash: str = Field(index=True, unique=True)
    title: str
    source: str | None = None  # byline or publisher ("Tribune Washington Bureau")
    place: str | None = None  # dateline place ("WASHINGTON")
    published: str | None = Field(default=None, index=True)  # ISO date of publication
    # why `published` is missing, or dates and events are not read ("German: …"), shown
    date_note: str | None = None
    url: str | None = None
    author: str | None = None
    format: str = "text"
    language: str | None = None  # ISO 639-1, detected at import; None when unknown
    # One article per story (see `ingest.identity`): the url without tracking and scheme,
    # and a fingerprint of the text's longest paragraphs, that a later copy is matched by.
    url_key: str | None = Field(default=None, index=True)
    text_key: str | None = Field(default=None, index=True)
    # when the article was imported or last updated (UTC): what is new since the reader
    # was last closed (indexed: those few are looked up, not every article scanned)
    imported_at: datetime = Field(default_factory=lambda: datetime.now(UTC), index=True)


class Paragraph(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    index: int  # position among the article's stored paragraphs (the headline: -1)
    kind: str  # "caption", "body" or HEADLINE
    text: str


class TimeExpression(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    paragraph_id: int = Field(foreign_key="paragraph.id", index=True)
    start: int  # offsets into the paragraph text
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


class Event(SQLModel, table=True):
    # timeline order, for keyset pages (library.queries.timeline_page); its first column
    # also serves every filter on `start` alone
    __table_args__ = (
        Index("ix_event_order", "start", "end", "id"),
        # the timeline of one type, in order and covering the head test: a type and date
        # filter reads this index alone, without a row look-up per skipped event
        Index("ix_event_type_order", "type", "start", "end", "id", "cluster"),
        # one row per merged event: the candidates `db.index` compares a new report with
        Index(
            "ix_event_heads",
            "type",
            "start",
            sqlite_where=text("cluster = id"),
            postgresql_where=text("cluster = id"),
        ),
        # the entries whose sources disagree on the date, in timeline order: a handful
        Index(
            "ix_event_conflicts",
            "start",
            "end",
            "id",
            sqlite_where=text("conflict = 1"),
            postgresql_where=text("conflict"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    paragraph_id: int = Field(foreign_key="paragraph.id", index=True)
    sent_start: int  # the source sentence's offsets in the paragraph text
    sent_end: int
    trigger: str  # the word that reports the event ("boycotted", "letters")
    date: str | None = None  # TIMEX3-style value at its granularity, None when undated
    start: str | None = None  # ISO day bounds for sorting (indexed by ix_event_order)
    end: str | None = None
    dating: str  # explicit | inferred | before | after | undated
    type: str
    summary: str
    actors: str = "[]"  # JSON list of names
    # a saying's speaker as its sentence names them, "" for one no name is given for ("One
    # reader wrote …"), NULL when unclear, for other events and in older libraries
    speaker: str | None = None
    cluster: int | None = Field(default=None, index=True)  # see db.merge
    # on a cluster's head: its reports disagree on the date (`db.crossday`); NULL otherwise,
    # on the other reports and in older libraries
    conflict: bool | None = None


class Actor(SQLModel, table=True):
    """A distinct actor name across the library (filled by `db.index`)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)


class EventActor(SQLModel, table=True):
    """Which actors an event names: the index behind entity timelines and merging."""

    event_id: int = Field(foreign_key="event.id", primary_key=True)
    actor_id: int = Field(foreign_key="actor.id", primary_key=True, index=True)


class Story(SQLModel, table=True):
    """Articles grouped into one developing story by the events, actors and words they
    share (`store.stories`); what the story list shows is kept here, made again for the
    stories an import changes."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""  # what happened, in words from its articles (a member's headline)
    first: str | None = None  # ISO day its first article was published
    last: str | None = None  # ...and its latest
    articles: int = 0  # how many articles it holds
    actors: str = "[]"  # JSON list: its main actors, the most shared first


class StoryMember(SQLModel, table=True):
    """Which story an article belongs to, and what grouping compares it by. An article
    without a row has not been grouped yet (imported since the last grouping, or changed)."""

    __tablename__ = "story_member"

    article_id: int = Field(primary_key=True)
    story_id: int = Field(index=True)
    day: str | None = None  # its publication day (ISO)
    features: str = "{}"  # JSON: its strongest features and their counts (`store.stories`)


class StoryTerm(SQLModel, table=True):
    """How many grouped articles hold a feature: its rarity, for weighing it."""

    __tablename__ = "story_term"

    term: str = Field(primary_key=True)
    df: int = 0


class StoryPosting(SQLModel, table=True):
    """The articles holding one of their strongest features: where an arriving article
    looks for its neighbours (the latest few per feature)."""

    __tablename__ = "story_posting"

    term: str = Field(primary_key=True)
    article_id: int = Field(primary_key=True)

"""Reading and writing the story tables (`Story`, `StoryMember`, `StoryTerm`,
`StoryPosting`) in bulk, on SQLite and PostgreSQL, each read bounded: a posting list or a
story is read for its latest few articles only, however long it has grown."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from dateline.store.db.index import chunks
from dateline.store.db.models import Story, StoryMember, StoryPosting, StoryTerm

STORY, MEMBER = Story.__table__, StoryMember.__table__
TERM, POSTING = StoryTerm.__table__, StoryPosting.__table__
# One lock for grouping on PostgreSQL (SQLite's write lock serves there): two workers
# placing the same articles would each make their own stories.
GROUPING_LOCK = 7242002


def lock(conn) -> None:
    """Take the right to group (waits for another grouper's batch to commit)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": GROUPING_LOCK})


@dataclass(slots=True)
class Member:
    """A grouped article: its story, day and stored features (strongest first)."""

    id: int
    story: int
    day: str | None
    features: dict[str, int]


def _member(row) -> Member:
    return Member(row[0], row[1], row[2], json.loads(row[3] or "{}"))


_MEMBER_COLUMNS = (MEMBER.c.article_id, MEMBER.c.story_id, MEMBER.c.day, MEMBER.c.features)


def members(conn, ids: list[int]) -> dict[int, Member]:
    """The grouped articles among `ids`."""
    out = {}
    for chunk in chunks(ids):
        for row in conn.execute(select(*_MEMBER_COLUMNS).where(MEMBER.c.article_id.in_(chunk))):
            out[row[0]] = _member(row)
    return out


def _latest_sql(conn, table: str, key: str, columns: str) -> str:
    """The latest `:n` rows (by article id) of one key, or of each key in `:keys` (PG)."""
    if conn.dialect.name == "postgresql":  # one statement for all keys: no round trip each
        return (
            f"SELECT t.k, x.* FROM unnest(CAST(:keys AS {'text' if key == 'term' else 'int'}[]))"
            f" AS t(k) CROSS JOIN LATERAL (SELECT {columns} FROM {table} WHERE {key} = t.k "
            "ORDER BY article_id DESC LIMIT :n) x"
        )
    return f"SELECT {columns} FROM {table} WHERE {key} = :k ORDER BY article_id DESC LIMIT :n"


def _latest(conn, table: str, key: str, columns: str, keys: list, n: int) -> dict:
    """key → its latest `n` rows, newest first (through the index on `key`)."""
    out: dict = {k: [] for k in keys}
    if not keys:
        return out
    sql = _latest_sql(conn, table, key, columns)
    if conn.dialect.name == "postgresql":
        for row in conn.execute(text(sql), {"keys": list(keys), "n": n}):
            out[row[0]].append(tuple(row[1:]))
    elif conn.dialect.name == "sqlite":  # straight to the driver: a query per key is ~10 µs
        driver = sql.replace(":k", "?").replace(":n", "?")
        for k in keys:
            out[k] = conn.exec_driver_sql(driver, (k, n)).fetchall()
    else:
        for k in keys:
            out[k] = [tuple(r) for r in conn.execute(text(sql), {"k": k, "n": n})]
    return out


def latest_postings(conn, terms: list[str], n: int) -> dict[str, list[int]]:
    """term → the latest `n` articles posted under it, oldest first."""
    found = _latest(conn, "story_posting", "term", "article_id", terms, n)
    return {t: [r[0] for r in reversed(rows)] for t, rows in found.items()}


def latest_members(conn, story_ids: list[int], n: int) -> dict[int, list[Member]]:
    """story → its latest `n` members, oldest first."""
    columns = "article_id, story_id, day, features"
    found = _latest(conn, "story_member", "story_id", columns, story_ids, n)
    return {s: [_member(r) for r in reversed(rows)] for s, rows in found.items()}


def spans(conn, story_ids: list[int]) -> dict[int, tuple[str | None, str | None, int]]:
    """story → (first day, last day, articles), counted from its members."""
    out = {}
    m = MEMBER.c
    for chunk in chunks(story_ids):
        query = (
            select(m.story_id, func.min(m.day), func.max(m.day), func.count())
            .where(m.story_id.in_(chunk))
            .group_by(m.story_id)
        )
        out.update((s, (first, last, count)) for s, first, last, count in conn.execute(query))
    return out


def read_df(conn, terms: list[str]) -> dict[str, int]:
    """term → how many grouped articles hold it (terms no article holds are left out)."""
    out = {}
    for chunk in chunks(terms):
        out.update(conn.execute(select(TERM.c.term, TERM.c.df).where(TERM.c.term.in_(chunk))).all())
    return out


def add_df(conn, deltas: dict[str, int]) -> None:
    """Add to the terms' counts, creating the new terms' rows."""
    if not deltas:
        return
    ins = pg_insert(TERM) if conn.dialect.name == "postgresql" else sqlite_insert(TERM)
    query = ins.on_conflict_do_update(
        index_elements=[TERM.c.term], set_={"df": TERM.c.df + ins.excluded.df}
    )
    conn.execute(query, [{"term": t, "df": d} for t, d in deltas.items()])


def lower_df(conn, terms: list[str]) -> None:
    """One article fewer holds each term (an article taken out: `forget`)."""
    if terms:
        query = (
            update(TERM)
            .where(TERM.c.term == bindparam("t"), TERM.c.df > 0)
            .values(df=TERM.c.df - 1)
        )
        conn.execute(query, [{"t": t} for t in terms])


def grouped_count(conn) -> int:
    return conn.execute(select(func.count()).select_from(MEMBER)).scalar() or 0


def last_story(conn) -> int:
    return conn.execute(select(func.max(STORY.c.id))).scalar() or 0


def new_story(conn) -> int:
    """A new, empty story's id (its description is written at the end of the batch)."""
    return conn.execute(insert(STORY).values(title="").returning(STORY.c.id)).scalar_one()


def write_members(conn, rows: list[Member], posted: list[tuple[str, int]]) -> None:
    """Insert new members and their postings."""
    if rows:
        conn.execute(
            insert(MEMBER),
            [
                {"article_id": m.id, "story_id": m.story, "day": m.day,
                 "features": json.dumps(m.features, ensure_ascii=False)}
                for m in rows
            ],
        )  # fmt: skip
    if posted:
        conn.execute(insert(POSTING), [{"term": t, "article_id": a} for t, a in posted])


def move_story(conn, gone: int, keep: int) -> None:
    """Merge story `gone` into `keep`: its members move, its row goes."""
    conn.execute(update(MEMBER).where(MEMBER.c.story_id == gone).values(story_id=keep))
    conn.execute(delete(STORY).where(STORY.c.id == gone))


def remove_members(conn, gone: list[Member]) -> None:
    """Delete members and their postings (under some of their stored features: all are
    tried, so this holds whatever number of features grouping posted them under)."""
    pairs = [{"t": t, "a": m.id} for m in gone for t in m.features]
    if pairs:
        query = delete(POSTING).where(
            POSTING.c.term == bindparam("t"), POSTING.c.article_id == bindparam("a")
        )
        conn.execute(query, pairs)
    for chunk in chunks([m.id for m in gone]):
        conn.execute(delete(MEMBER).where(MEMBER.c.article_id.in_(chunk)))


def delete_stories(conn, story_ids: list[int]) -> None:
    for chunk in chunks(story_ids):
        conn.execute(delete(STORY).where(STORY.c.id.in_(chunk)))


def stale_stories(conn) -> list[int]:
    """Stories whose description is to be made again (an article left them: `forget`)."""
    return list(conn.execute(select(STORY.c.id).where(STORY.c.title == "")).scalars())


def write_descriptions(conn, rows: list[dict]) -> None:
    """Update stories' title, first, last, articles, actors (rows keyed by `sid`)."""
    if rows:
        query = (
            update(STORY)
            .where(STORY.c.id == bindparam("sid"))
            .values(
                title=bindparam("title"),
                first=bindparam("first"),
                last=bindparam("last"),
                articles=bindparam("articles"),
                actors=bindparam("actors"),
            )
        )
        conn.execute(query, rows)


def stored_spans(conn, story_ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    """story → (first, last) as its row holds them."""
    out = {}
    for chunk in chunks(story_ids):
        query = select(STORY.c.id, STORY.c.first, STORY.c.last).where(STORY.c.id.in_(chunk))
        out.update((s, (first, last)) for s, first, last in conn.execute(query))
    return out


def mark_stale(conn, spans: dict[int, tuple[str | None, str | None, int]]) -> None:
    """Stories an article left: span and count now, title made again at the next pass."""
    if spans:
        query = (
            update(STORY)
            .where(STORY.c.id == bindparam("sid"))
            .values(title="", first=bindparam("f"), last=bindparam("l"), articles=bindparam("n"))
        )
        rows = [{"sid": s, "f": f, "l": last, "n": n} for s, (f, last, n) in spans.items()]
        conn.execute(query, rows)


def ungrouped(conn, after: int, n: int) -> list[int]:
    """The next `n` articles after id `after` that have no member row, in id order."""
    query = text(
        "SELECT a.id FROM article a LEFT JOIN story_member m ON m.article_id = a.id "
        "WHERE m.article_id IS NULL AND a.id > :after ORDER BY a.id LIMIT :n"
    )
    return list(conn.execute(query, {"after": after, "n": n}).scalars())

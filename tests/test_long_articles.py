"""A long article in the store: its paragraphs read a page at a time (`Paragraphs`), and its
timeline ordered by the database rather than from a list of every event's head. Small
stand-ins for 100,000 paragraphs: the thresholds are lowered, and the answers must be the
ones the short-article path gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.store.library import Library, queries
from dateline.store.library.records import Paragraphs, TimelineFilter

DAYS = 12


def _long_article(folder: Path) -> Path:
    """One JSON Lines article of `DAYS` paragraphs, each reporting an event on its own day,
    one paragraph holding a line break."""
    paragraphs = [
        f"The council met on March {day}, 2017, and approved the harbour plan {day}."
        for day in range(1, DAYS + 1)
    ]
    paragraphs[3] += "\nA second line."
    record = {"title": "Long", "published": "2018-01-24", "paragraphs": paragraphs}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "long.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def long_article(library: Library, tmp_path: Path) -> int:
    report = library.import_paths([_long_article(tmp_path / "in")])
    [result] = report.results
    return result.article_id


def test_a_long_article_is_read_a_page_at_a_time(library, long_article, monkeypatch):
    monkeypatch.setattr(queries, "LAZY_FROM", 5)
    monkeypatch.setattr(Paragraphs, "PAGE", 5)
    pages: list[tuple[int, int]] = []
    real = queries.paragraph_views

    def counted(session, article_id, first, last):
        pages.append((first, last))
        return real(session, article_id, first, last)

    monkeypatch.setattr(queries, "paragraph_views", counted)
    view = library.article(long_article)
    with library.session() as s:
        whole = queries.article_view(s, long_article)  # no `load`: read at once
    assert isinstance(view.paragraphs, Paragraphs) and isinstance(whole.paragraphs, tuple)
    assert view.article == whole.article  # counts of paragraphs and events included
    assert pages == []  # the outline alone so far
    assert list(view.paragraphs.outline) == [
        (p.index, p.kind, len(p.text), p.text.count("\n")) for p in whole.paragraphs
    ]
    assert view.paragraphs[7] == whole.paragraphs[7]
    assert view.paragraphs[-1] == whole.paragraphs[-1]
    assert pages == [(5, 9), (10, 11)]
    assert list(view.paragraphs) == list(whole.paragraphs)  # marks included
    assert pages == [(5, 9), (10, 11), (0, 4)]  # pages read once each
    assert any(m.kind == "event" for m in view.paragraphs[3].marks)


def _pages(library: Library, f: TimelineFilter, size: int) -> list[list[int]]:
    out, after = [], None
    while True:
        page, after = library.timeline_page(f, after, size)
        out.append([e.id for e in page])
        if after is None:
            return out


def test_an_article_of_many_events_has_the_same_timeline_read_by_the_database(
    library, long_article, monkeypatch
):
    """Past `ARTICLE_LISTED` events, an article's heads are selected by a subquery and
    ordered by the database: every page, page before, count and step is as before."""
    f = TimelineFilter(article_id=long_article)

    def read() -> tuple:
        last, _before = library.timeline_page_before(f, None, 5)
        first = library.timeline_page(f, None, 1)[0][0]
        return (
            _pages(library, f, 5),
            [e.id for e in last],
            library.timeline_count(f),
            [e.id for e in library.timeline(long_article)],
            library.timeline_date_step(f, first.key, 1),
            library.timeline_key(f, first.id),
        )

    listed = read()
    monkeypatch.setattr(queries, "ARTICLE_LISTED", 3)
    assert read() == listed
    assert listed[2] >= DAYS

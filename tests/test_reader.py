"""Reading the two plain-text article shapes, and what happens without a date line."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.store.formats.article import ArticleError, parse_article, parse_date_line
from dateline.store.text import clean

NEWSPAPER = """Council bans cars from the old town

  • People walk along the main square in this March 3, 2016 photo. (Photo/Staff)

Herald Metro Desk
Tuesday, June 5, 2018

SPRINGFIELD — The city council voted on Monday to ban cars from the old town.

Shop owners said they would appeal.
"""

WIKINEWS = """Company opens a new store
March 28, 2006

The company opened its largest store on Tuesday.

It said sales were strong.
"""


def test_newspaper_shape():
    a = parse_article(NEWSPAPER)
    assert a.title == "Council bans cars from the old town"
    assert a.published == date(2018, 6, 5)
    assert a.source == "Herald Metro Desk"
    assert a.place == "SPRINGFIELD"
    kinds = [p.kind for p in a.paragraphs]
    assert kinds == ["caption", "body", "body"]
    assert a.paragraphs[0].text.startswith("People walk along")
    assert a.paragraphs[1].text.startswith("SPRINGFIELD — The city council")


def test_wikinews_shape():
    a = parse_article(WIKINEWS)
    assert a.title == "Company opens a new store"
    assert a.published == date(2006, 3, 28)
    assert a.source is None
    assert [p.text for p in a.paragraphs] == [
        "The company opened its largest store on Tuesday.",
        "It said sales were strong.",
    ]


def test_missing_date_keeps_article_with_reason():
    a = parse_article("A title\n\nSomething happened yesterday.\n\nMore text.\n")
    assert a.published is None
    assert "no publication date" in a.date_note
    assert len(a.paragraphs) == 2


def test_hard_wrapped_paragraphs_are_joined():
    a = parse_article("T\nJanuary 1, 2020\n\nOne line\ncontinues here.\n\nNext.\n")
    assert a.paragraphs[0].text == "One line continues here."


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Wednesday, January 24, 2018", date(2018, 1, 24)),
        ("January 9, 2008", date(2008, 1, 9)),
        ("24 January 2018", date(2018, 1, 24)),
        ("Jan. 24, 2018", date(2018, 1, 24)),
        ("2018-01-24", date(2018, 1, 24)),
        ("Published: March 3, 2016 10:45 AM", date(2016, 3, 3)),
        ("Sept. 3rd, 2016", date(2016, 9, 3)),
        ("UPDATED 1st DECEMBER 2016, 9:05 a.m. GMT", date(2016, 12, 1)),
        ("February 30, 2018", None),  # no such day
        ("2018-13-01", None),
        ("The council met on January 24, 2018 to vote.", None),
        ("Tribune Washington Bureau", None),
    ],
)
def test_date_line(line, expected):
    assert parse_date_line(line) == expected


def test_empty_file_is_an_error():
    with pytest.raises(ArticleError, match="empty"):
        parse_article(" \n\n \n")


def test_control_characters_are_stripped():
    assert clean("a\x1b[2Jb\x07c\x9bd\r\ne\tf") == "a[2Jbcd\ne\tf"

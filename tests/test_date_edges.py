"""Dates at the ends of the calendar `datetime.date` holds, 0001-01-01 and 9999-12-31.

A year written in an article is kept as written ("January 1, 0001" is year 1, not 2001);
arithmetic that would leave years 1..9999 leaves the expression unresolved rather than
raising or landing on another year; and every export places an event on 9999-12-31.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import settle
from icalendar import Calendar

from dateline.store.dates import bounds
from dateline.store.extract.temporal import tag
from dateline.store.formats.article import parse_article, parse_date_line
from dateline.store.formats.common import to_date
from dateline.store.library import Library
from dateline.store.library.export import FORMATS, render
from dateline.store.library.records import Source, TimelineEntry
from dateline.tui.cli import main

FIRST, LAST = dt.date.min, dt.date.max  # 0001-01-01, 9999-12-31
DCT = dt.date(2018, 1, 24)
STAMP = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

LAST_DAY = """The last day of the calendar
Friday, December 31, 9999

The deadline was set by December 31, 9999, in a new rule.

The council met the next day. A year later, it met again.

Nothing is planned in 9999 or the year 10000.
"""
# Nothing dated in the first two body paragraphs: see test_year_one_lead_date_imports.
FIRST_DAY = """The first day of the calendar
January 1, 0001

The council had met yesterday.

A year later, it will meet again.

The calendar began on January 1, 0001, historians said.
"""


def _values(text: str, dct: dt.date | None = DCT) -> list[tuple[str, str, bool]]:
    return [(t.text, t.value, t.resolved) for t in tag(text, dct)]


# --- years written in the text are kept ---------------------------------------------------


@pytest.mark.parametrize(
    "line,day",
    [
        ("January 1, 0001", FIRST),
        ("Monday, January 1, 0001", FIRST),
        ("1 January 0001", FIRST),
        ("0001-01-01", FIRST),
        ("December 31, 9999", LAST),
        ("Friday, December 31, 9999 11:59 PM", LAST),
        ("January 24, 0099", dt.date(99, 1, 24)),
    ],
)
def test_date_line_keeps_its_four_digit_year(line, day):
    assert parse_date_line(line) == day
    assert to_date(line) == day


def test_date_line_past_the_calendar_is_no_date():
    assert parse_date_line("December 31, 10000") is None
    assert to_date("December 31, 10000") is None


def test_two_digit_years_still_get_a_century():
    assert to_date("Wed, 24 Jan 18 10:00:00 +0000") == DCT
    assert to_date("Wed, 24 Jan 2018 0015 GMT") == DCT


def test_article_dated_year_one_is_read_with_its_date():
    assert parse_article(FIRST_DAY).published == FIRST
    assert parse_article(LAST_DAY).published == LAST


@pytest.mark.parametrize(
    "text,value",
    [
        ("It began on January 1, 0001.", "0001-01-01"),
        ("It ends by December 31, 9999, they said.", "9999-12-31"),
        ("It ends on 31 December 9999.", "9999-12-31"),
        ("It ends on 9999-12-31.", "9999-12-31"),
        ("It ends in December 9999.", "9999-12"),
        ("It ends in the summer 9999.", "9999-SU"),
        ("It ends at Christmas 9999.", "9999-12-25"),
        ("It ends in Q4 9999.", "9999-Q4"),
        ("It ends in the year 9999.", "9999"),
        ("It began in the year 0001.", "0001"),
        ("The battle was on October 14, 1066.", "1066-10-14"),
    ],
)
def test_written_year_is_never_replaced_by_the_publication_year(text, value):
    [(_, found, resolved)] = _values(text)
    assert found == value and resolved


@pytest.mark.parametrize(
    "text",
    [
        "Nothing is planned for the year 10000.",
        "Nothing is planned by December 31, 10000.",
        "Nothing happened on January 1, 0000.",
        "Nothing is planned in 9999.",  # a bare number that far off is not read as a year
    ],
)
def test_year_outside_the_calendar_gives_no_date(text):
    assert _values(text) == []


# --- arithmetic past the calendar ---------------------------------------------------------


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        ("It began on December 31, 9999. It met the next day.", LAST, "the next day", "XXXX-XX-XX"),
        ("The council met again a year later.", LAST, "a year later", "XXXX"),
        ("The summit will be held tomorrow.", LAST, "tomorrow", "XXXX-XX-XX"),
        ("The vote was held next week.", LAST, "next week", "XXXX-WXX"),
        ("The vote is next winter.", LAST, "next winter", "XXXX-WI"),
        ("It met yesterday.", FIRST, "yesterday", "XXXX-XX-XX"),
        ("It met last Friday.", FIRST, "last Friday", "XXXX-WXX-5"),
        ("It met at 3 p.m. yesterday.", FIRST, "3 p.m. yesterday", "XXXX-XX-XXT15:00"),
        ("It fell last year.", dt.date(1, 6, 1), "last year", "XXXX"),
        ("Sales rose in the fourth quarter.", FIRST, "the fourth quarter", "XXXX-Q4"),
        ("It was popular in the nineties.", dt.date(50, 1, 1), "the nineties", "XXXX"),
    ],
)
def test_relative_date_past_the_calendar_is_left_unresolved(text, dct, expression, value):
    found = {t.text: t for t in tag(text, dct)}
    assert found[expression].value == value
    assert not found[expression].resolved


def test_relative_date_on_the_last_day_still_resolves():
    assert _values("It began on December 30, 9999. It met the next day.", LAST)[-1] == (
        "the next day",
        "9999-12-31",
        True,
    )


@pytest.mark.parametrize(
    "value,first,last",
    [
        ("9999-W52", dt.date(9999, 12, 27), LAST),  # its Sunday is 2 January 10000
        ("9999-W52-WE", LAST, LAST),  # its Saturday is 1 January 10000
        ("9999-WI", dt.date(9999, 12, 1), LAST),
        ("000X", FIRST, dt.date(9, 12, 31)),
        ("9999", dt.date(9999, 1, 1), LAST),
        ("0001-01-01", FIRST, FIRST),
    ],
)
def test_bounds_are_cut_to_the_calendar(value, first, last):
    assert bounds(value) == (first, last)


@pytest.mark.parametrize("value", ["0000", "0000-01-01", "10000", "9999-W53"])
def test_bounds_of_a_year_outside_the_calendar_are_none(value):
    assert bounds(value) is None


# --- exports ------------------------------------------------------------------------------


def _entry(n: int, date: str, start: dt.date, end: dt.date) -> TimelineEntry:
    source = Source(1, "last.txt", "The last day", 0, 0, 10, f"Event {n}.", "9999-12-31")
    return TimelineEntry(
        n, date, start.isoformat(), end.isoformat(), "explicit", "other", f"Event {n}",
        sources=(source,),
    )  # fmt: skip


EDGE_ENTRIES = [
    _entry(1, "9999-12-31", LAST, LAST),
    _entry(2, "9999", dt.date(9999, 1, 1), LAST),
    _entry(3, "9999-12", dt.date(9999, 12, 1), LAST),
    _entry(4, "0001-01-01", FIRST, FIRST),
]


def _ics_events(content: str | bytes) -> dict[str, object]:
    cal = Calendar.from_ical(content)
    return {str(ev.get("summary")): ev for ev in cal.walk("VEVENT")}


def test_ics_event_on_the_last_day_has_no_dtend():
    events = _ics_events(render(EDGE_ENTRIES, "ics", stamp=STAMP).content)
    last = events["Event 1"]
    assert last.decoded("dtstart") == LAST
    assert "DTEND" not in last and "DURATION" not in last
    assert events["Event 4"].decoded("dtend") == dt.date(1, 1, 2)


def test_ics_span_ending_on_the_last_day_keeps_its_length():
    events = _ics_events(render(EDGE_ENTRIES, "ics", stamp=STAMP).content)
    year = events["Event 2"]
    assert year.decoded("dtstart") == dt.date(9999, 1, 1) and "DTEND" not in year
    assert year.decoded("duration") == dt.timedelta(days=365)
    assert events["Event 3"].decoded("duration") == dt.timedelta(days=31)


def test_timelinejs_places_year_9999_events():
    doc = json.loads(render(EDGE_ENTRIES, "timelinejs").content)
    slides = {s["text"]["headline"]: s for s in doc["events"]}
    assert slides["Event 1"]["start_date"] == {
        "year": 9999, "month": 12, "day": 31, "display_date": "31 Dec 9999"
    }  # fmt: skip
    assert slides["Event 2"]["start_date"] == {"year": 9999, "display_date": "9999"}
    assert slides["Event 3"]["start_date"]["month"] == 12
    assert not any("end_date" in s for s in slides.values())


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_takes_the_calendar_edges(fmt):
    result = render(EDGE_ENTRIES, fmt, stamp=STAMP)
    assert result.included == len(EDGE_ENTRIES)


# --- import and the commands --------------------------------------------------------------


@pytest.fixture
def edge_library(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "last.txt").write_text(LAST_DAY, encoding="utf-8")
    (folder / "first.txt").write_text(FIRST_DAY, encoding="utf-8")
    lib = Library(str(tmp_path / "edge.db"))
    report = lib.import_paths([folder], workers=1)
    yield lib, report
    lib.close()


def test_articles_at_the_calendar_edges_import_with_their_dates(edge_library):
    lib, report = edge_library
    assert not report.failed
    assert {row.title: row.published for row in lib.articles()} == {
        "The last day of the calendar": "9999-12-31",
        "The first day of the calendar": "0001-01-01",
    }
    dates = {e.date for e in lib.timeline()}
    assert {"9999-12-31", "0001-01-01", "0002"} <= dates
    assert not any(d and d.startswith(("2001", "2018")) for d in dates)


def test_year_one_lead_date_imports():
    from dateline.store.extract.article import extract

    extract(parse_article("Year one\nJanuary 1, 0001\n\nIt began on January 1, 0001.\n"))


def test_cli_exports_the_calendar_edges(edge_library, tmp_path, capsys):
    lib, _report = edge_library
    db = lib.url.removeprefix("sqlite:///")
    for fmt in FORMATS:
        out = tmp_path / f"edge.{fmt}"
        assert main(["export", "--format", fmt, "-o", str(out), "--db", db]) == 0
    capsys.readouterr()
    events = _ics_events((tmp_path / "edge.ics").read_bytes())
    assert "The deadline was set by December 31, 9999, in a new rule." not in events  # before
    assert any(ev.decoded("dtstart") == FIRST for ev in events.values())
    doc = json.loads((tmp_path / "edge.timelinejs").read_text(encoding="utf-8"))
    assert 9999 in {s["start_date"]["year"] for s in doc["events"]}


async def test_palette_exports_the_calendar_edges(edge_library, tmp_path, monkeypatch):
    from dateline.tui.app import DatelineApp

    lib, _report = edge_library
    monkeypatch.chdir(tmp_path)
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await app.run_action("toggle_scope")
        await settle(pilot)
        for fmt in ("ics", "timelinejs"):
            await app.run_action(f"export('{fmt}')")
            await settle(pilot)
    [ics] = tmp_path.glob("dateline-*.ics")
    assert _ics_events(ics.read_bytes())
    [tljs] = tmp_path.glob("dateline-*.timelinejs.json")
    assert json.loads(tljs.read_text(encoding="utf-8"))["events"]

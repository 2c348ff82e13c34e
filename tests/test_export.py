"""Timeline exports: golden files for a small fixed library, each format parsed back by its
own library, and untrusted text escaped for each consumer.

Regenerate the goldens after an intended change with `DATELINE_UPDATE_GOLDEN=1 pytest
tests/test_export.py`, then review the diff.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from markdown_it import MarkdownIt

from dateline.store.library import Library
from dateline.store.library.export import (
    CSV_COLUMNS,
    FORMATS,
    export,
    md_escape,
    render,
    suggested_filename,
)
from dateline.store.library.queries import Source, TimelineEntry
from dateline.tui.cli import main

GOLDEN = Path(__file__).resolve().parent / "golden" / "export"
UPDATE = os.environ.get("DATELINE_UPDATE_GOLDEN") == "1"
STAMP = datetime(2024, 1, 1, tzinfo=UTC)
TITLE = "Car ban in the old town"

# Three small articles: day, month, year, inferred, bounded (after) and undated events,
# quotes, commas, ampersands, angle brackets and Markdown asterisks in the text; one
# article without a date line.
ARTICLES = {
    "a.txt": """Council bans cars from the old town
Tuesday, June 5, 2018

Mayor Ana Ortiz announced on Monday that cars will be banned from the old town, "for good".

Shopkeepers protested on May 3, 2016, against the plan & its <costs>, saying *nothing* \
was agreed [bold]yet[/bold].

The council met in March 2017 to discuss the plan.

An undated sentence: the town clerk, Jo Lane, said the town was "ready".
""",
    "b.txt": """Shopkeepers sue the city
Friday, June 8, 2018

The shopkeepers' association sued the city on Thursday over the car ban.

Its chairman, Li Wei, resigned in 2017 after a dispute_with #members.

Ana Ortiz said on Friday that the ban would stand.
""",
    "c.txt": """Cyclists welcome the ban

Cyclists have long campaigned for a car-free centre, their club said.

Members of the club met since 2015 to plan rides.

The club announced a "ride, party & picnic" on May 3, 2016.
""",
}

NASTY = (
    'He said "no, never";\nthen <script>alert(1)</script> & [bold]x[/bold] *a* _b_ '
    "`c` #d |e| ~f~ \\g ![h](i) <https://x.y> &amp;"
)


@pytest.fixture
def fixed(tmp_path) -> tuple[Library, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(str(tmp_path / "library.db"))
    lib.import_paths([folder / name for name in sorted(ARTICLES)])
    yield lib, folder
    lib.close()


def _entry(
    summary=NASTY,
    *,
    date_="2018-01-24",
    start=None,
    end=None,
    dating="explicit",
    type_="statement",
    actors=('Ana "Ortiz", Jr.',),
    sources=None,
) -> TimelineEntry:
    start = start if start is not None else date_
    end = end if end is not None else start
    source = Source(
        article=1,
        path='/data/news/a,b "c".txt',
        title='Cars, "bans" & <more> *now*',
        paragraph=2,
        start=0,
        end=10,
        text='Line one,\nline "two".',
        published="2018-01-24",
    )
    return TimelineEntry(
        id=1,
        date=date_,
        start=start,
        end=end,
        dating=dating,
        type=type_,
        summary=summary,
        actors=tuple(actors),
        sources=tuple(sources) if sources is not None else (source,),
    )


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"missing golden {path}; run with DATELINE_UPDATE_GOLDEN=1"
    assert text == path.read_bytes().decode("utf-8"), f"{name} differs from its golden"


# --- goldens and parse-back of the fixed library ------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fixed, fmt):
    lib, folder = fixed
    result = render(lib.timeline(), fmt, title=TITLE, relative_to=folder, stamp=STAMP)
    assert str(folder) not in result.content  # no absolute paths in goldens
    _golden(suggested_filename(fmt, "library"), result.content)


def test_json_is_the_timeline_schema(fixed):
    lib, _folder = fixed
    entries = lib.timeline()
    assert json.loads(export(entries, "json")) == [e.to_json() for e in entries]


def test_csv_parses_back(fixed):
    lib, folder = fixed
    entries = lib.timeline()
    text = export(entries, "csv", relative_to=folder)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(entries) + 1
    for row, e in zip(rows[1:], entries, strict=True):
        cells = dict(zip(CSV_COLUMNS, row, strict=True))
        assert (cells["date"], cells["dating"], cells["type"]) == (e.date or "", e.dating, e.type)
        assert cells["summary"] == e.summary and cells["label"] == e.label
        assert cells["actors"].split("; ") == list(e.actors) or not e.actors
        assert cells["location"].splitlines() == [Path(s.path).name for s in e.sources]
        assert cells["paragraph"].splitlines() == [str(s.paragraph + 1) for s in e.sources]
        assert (cells["start"], cells["end"]) == tuple(day or "" for day in e.bounds)
        # says who, one line per source; a source that names no speaker leaves its line empty
        speakers = cells["speaker"].split("\n") if len(e.sources) > 1 else [cells["speaker"]]
        assert speakers == [s.speaker or "" for s in e.sources]
    assert any(s.speaker for e in entries for s in e.sources)  # the library holds sayings


def test_ics_parses_back_and_leaves_out_undated_and_bounded(fixed):
    lib, _folder = fixed
    entries = lib.timeline()
    result = render(entries, "ics", stamp=STAMP)
    cal = Calendar.from_ical(result.content)
    events = cal.walk("VEVENT")
    placeable = [e for e in entries if e.dating in ("explicit", "inferred") and e.start]
    assert len(events) == len(placeable) == result.included
    bounded = sum(e.dating in ("before", "after") for e in entries)
    undated = sum(e.dating == "undated" or not e.start for e in entries)
    assert bounded and undated  # the fixture holds both kinds
    assert result.left_out == {"undated": undated, "bounded": bounded}
    assert result.message == (
        f"{bounded + undated} events left out of the ics export: {bounded} only bounded "
        f"(before/after a date), {undated} undated"
    )
    spans = {(str(ev["SUMMARY"]), ev["DTSTART"].dt, ev["DTEND"].dt) for ev in events}
    meeting = next(e for e in entries if e.date == "2017-03")
    assert (meeting.summary, date(2017, 3, 1), date(2017, 4, 1)) in spans  # month span
    resign = next(e for e in entries if e.date == "2017")
    assert (resign.summary, date(2017, 1, 1), date(2018, 1, 1)) in spans  # year span
    sued = next(e for e in entries if e.date == "2018-06-07")
    assert (sued.summary, date(2018, 6, 7), date(2018, 6, 8)) in spans  # all-day
    uids = [str(ev["UID"]) for ev in events]
    assert len(set(uids)) == len(uids)
    again = Calendar.from_ical(export(list(reversed(entries)), "ics", stamp=STAMP))
    assert sorted(str(ev["UID"]) for ev in again.walk("VEVENT")) == sorted(uids)  # stable


def test_timelinejs_structure(fixed):
    lib, _folder = fixed
    entries = lib.timeline()
    result = render(entries, "timelinejs", title=TITLE)
    doc = json.loads(result.content)
    assert doc["title"]["text"]["headline"] == TITLE
    assert result.left_out == {"undated": 1}  # bounded ones stay, marked in display_date
    assert len(doc["events"]) == len(entries) - 1
    by_label = {ev["start_date"]["display_date"]: ev for ev in doc["events"]}
    assert by_label["Mar 2017"]["start_date"] == {
        "year": 2017,
        "month": 3,
        "display_date": "Mar 2017",
    }
    assert "end_date" not in by_label["Mar 2017"]  # one month: not "Mar 2017 — March 2017"
    assert by_label["2017"]["start_date"] == {"year": 2017, "display_date": "2017"}
    assert "end_date" not in by_label["2017"]
    assert "end_date" not in by_label["after 2015"]
    assert by_label["3 May 2016"]["start_date"]["day"] == 3
    for ev in doc["events"]:
        assert ev["display_date"] == ev["start_date"]["display_date"]  # the label, as shown
        assert set(ev["text"]) == {"headline", "text"} and ev["group"]
        assert "&lt;costs&gt;" in ev["text"]["headline"] or "<" not in ev["text"]["headline"]


def test_timelinejs_end_date_only_for_real_spans():
    def slide(start, end, label_date, dating="explicit"):
        entry = _entry("s", date_=label_date, start=start, end=end, dating=dating)
        return json.loads(export([entry], "timelinejs"))["events"][0]

    week = slide("2006-03-27", "2006-04-02", "2006-W13")
    assert week["display_date"] == "week 13 2006"
    assert week["end_date"] == {"year": 2006, "month": 4, "day": 2}
    quarter = slide("2006-10-01", "2006-12-31", "2006-Q4")
    assert quarter["display_date"] == "Q4 2006"
    assert quarter["start_date"]["month"] == 10 and quarter["end_date"] == {
        "year": 2006,
        "month": 12,
    }
    assert "end_date" not in slide("2006-10-01", "2006-10-31", "2006-10")
    assert "end_date" not in slide("2006-01-01", "2006-12-31", "2006")
    assert "end_date" not in slide("2006-10-01", "2006-12-31", "2006-Q4", dating="after")


def test_markdown_structure(fixed):
    lib, _folder = fixed
    entries = lib.timeline()
    text = export(entries, "md", title=TITLE)
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [
        (tok.tag, tokens[i + 1].content)
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]
    assert headings == [
        ("h1", TITLE),
        ("h2", "2015"),  # "after 2015": a year, so no month heading
        ("h2", "2016"),
        ("h3", "May 2016"),
        ("h2", "2017"),
        ("h3", "Mar 2017"),
        ("h2", "2018"),
        ("h3", "Jun 2018"),
        ("h2", "Undated"),
    ]
    rendered = MarkdownIt("commonmark").render(text)
    assert "<script" not in rendered and "<costs>" not in rendered
    assert "&lt;costs&gt;" in rendered
    assert "<strong>~4 Jun 2018</strong>" in rendered  # inferred, certainty visible
    assert "<strong>after 2015</strong>" in rendered
    assert "publication date unknown" in rendered  # the article without a date line
    # every entry is a top-level list item with its citations nested
    items = [t for t in tokens if t.type == "list_item_open" and t.level == 1]
    assert len(items) == len(entries)


def test_markdown_keeps_chronological_order_within_a_year():
    """Periods crossing a month sit under their first month; only whole years head a year;
    on the same date, what happened before it comes first and what happened after it last."""
    entries = [
        _entry("whole year", date_="2006", start="2006-01-01", end="2006-12-31"),
        _entry("quarter", date_="2006-Q4", start="2006-10-01", end="2006-12-31"),
        _entry("week", date_="2006-W13", start="2006-03-27", end="2006-04-02"),
        _entry("in January", date_="2006-01-10"),
        _entry("after it", date_="2006-03-28", dating="after"),
        _entry("on the day", date_="2006-03-28"),
        _entry("before it", date_="2006-03-28", dating="before"),
    ]
    tokens = MarkdownIt("commonmark").parse(export(entries, "md"))
    outline = [
        tokens[i + 1].content.split(" — ")[-1]
        for i, tok in enumerate(tokens)
        if tok.type in ("heading_open", "paragraph_open") and tok.level in (0, 2)
    ]
    assert outline[outline.index("2006") :] == [
        "2006",
        "whole year",
        "Jan 2006",
        "in January",
        "Mar 2006",
        "week",
        "before it",
        "on the day",
        "after it",
        "Oct 2006",
        "quarter",
    ]


# --- escaping of untrusted text -----------------------------------------------------------


def _inline_text(md: str) -> str:
    """The plain text CommonMark reads from one line of inline Markdown."""
    [_, inline, _] = MarkdownIt("commonmark").parse(md)
    assert all(c.type in ("text", "softbreak") for c in inline.children), inline.children
    return "".join(c.content for c in inline.children)


def test_md_escape_renders_as_written():
    for text in [
        NASTY,
        "[bold]x[/bold]",
        "1. not a list",
        "- nor this",
        "= nor",
        "# not a heading",
        "a\\*b",
        "<b>",
    ]:
        assert _inline_text(md_escape(text)) == " ".join(text.split())


def test_markdown_escapes_summaries_titles_and_actors():
    text = export([_entry()], "md", title="[bold]Title[/bold] *x*")
    html_out = MarkdownIt("commonmark").render(text)
    assert "<script>" not in html_out and "<em>a</em>" not in html_out
    assert "<h1>[bold]Title[/bold] *x*</h1>" in html_out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_out
    assert "Cars, &quot;bans&quot; &amp; &lt;more&gt; *now*" in html_out
    assert "<a " not in html_out  # the path, `![h](i)` and `<https://...>` stay text


def test_csv_round_trips_quotes_commas_newlines():
    entry = _entry()
    text = export([entry], "csv")
    [header, row] = list(csv.reader(io.StringIO(text, newline="")))
    cells = dict(zip(header, row, strict=True))
    assert cells["summary"] == NASTY  # newline and quotes intact inside one cell
    assert cells["actors"] == 'Ana "Ortiz", Jr.'
    assert cells["title"] == 'Cars, "bans" & <more> *now*'
    assert cells["location"] == '/data/news/a,b "c".txt'
    assert cells["quote"] == 'Line one, line "two".'  # per-source cells stay one line
    assert text.endswith("\r\n") and text.count("\r\n") == 2


def test_csv_neutralises_formulas():
    text = export([_entry('=HYPERLINK("http://evil")', actors=["@me", "+1"])], "csv")
    [_, row] = list(csv.reader(io.StringIO(text, newline="")))
    cells = dict(zip(CSV_COLUMNS, row, strict=True))
    assert cells["summary"] == '\'=HYPERLINK("http://evil")'
    assert cells["actors"] == "'@me; +1"


def test_timelinejs_escapes_html():
    doc = json.loads(export([_entry()], "timelinejs"))
    [event] = doc["events"]
    headline, body = event["text"]["headline"], event["text"]["text"]
    assert "<script>" not in headline and "<script>" not in body
    assert html.unescape(headline) == " ".join(NASTY.split())
    assert "&lt;more&gt;" in body and "Ana &quot;Ortiz&quot;, Jr." in body
    assert "&amp;amp;" in headline  # an entity in the text shows as written


def test_ics_escapes_and_round_trips_text():
    cal = Calendar.from_ical(export([_entry()], "ics", stamp=STAMP))
    [event] = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == " ".join(NASTY.split())
    assert 'Source: Cars, "bans" & <more> *now*, published 24 Jan 2018' in str(event["DESCRIPTION"])


def test_urls_only_when_web_addresses():
    good = Source(
        1, "/x.txt", "T", 0, 0, 1, "t", published=None, url="https://ex.org/a_(b)?q=1&r=2"
    )
    bad = Source(2, "/y.txt", "U", 0, 0, 1, "t", published=None, url="javascript:alert(1)")
    entry = _entry("s", sources=[good, bad])
    md = MarkdownIt("commonmark").render(export([entry], "md"))
    assert '<a href="https://ex.org/a_(b)?q=1&amp;r=2">T</a>' in md and "javascript" not in md
    assert "/y.txt" in md  # no usable URL: the path is the citation
    body = json.loads(export([entry], "timelinejs"))["events"][0]["text"]["text"]
    assert '<a href="https://ex.org/a_(b)?q=1&amp;r=2">T</a>' in body and "javascript" not in body
    cal = Calendar.from_ical(export([entry], "ics", stamp=STAMP))
    assert str(cal.walk("VEVENT")[0]["URL"]) == "https://ex.org/a_(b)?q=1&r=2"


def test_multi_source_entry_cites_every_source():
    s1 = Source(1, "/a.txt", "First", 0, 0, 1, "one", published="2018-01-24")
    s2 = Source(2, "/b.txt", "Second", 3, 0, 1, "two", published="2018-01-25")
    entry = _entry("s", sources=[s1, s2])
    md = export([entry], "md")
    assert "*First*, published 24 Jan 2018" in md and "*Second*, published 25 Jan 2018" in md
    [_, row] = list(csv.reader(io.StringIO(export([entry], "csv"), newline="")))
    cells = dict(zip(CSV_COLUMNS, row, strict=True))
    assert cells["article"] == "1\n2" and cells["published"] == "2018-01-24\n2018-01-25"


def test_unknown_format_and_filenames():
    with pytest.raises(ValueError):
        export([], "pdf")
    assert suggested_filename("ics") == "dateline-timeline.ics"
    assert suggested_filename("timelinejs", "Steve Jobs / Apple") == (
        "dateline-steve-jobs-apple.timelinejs.json"
    )
    assert suggested_filename("md", "../../etc") == "dateline-etc.md"


def test_empty_timeline_exports_parse():
    for fmt in FORMATS:
        text = export([], fmt, stamp=STAMP)
        assert text.endswith("\n")
    assert Calendar.from_ical(export([], "ics", stamp=STAMP)).walk("VEVENT") == []


def test_empty_export_says_so():
    """A filter that matched nothing, or a calendar left with no event, is reported; an
    event-less calendar or TimelineJS file (which their consumers reject) is not usable."""
    for fmt in FORMATS:
        result = render([], fmt, stamp=STAMP)
        assert result.message == f"no events match: the {fmt} export is empty"
        assert result.usable == (fmt in ("md", "csv", "json"))
    bounded = render([_entry("s", dating="before")], "ics", stamp=STAMP)
    assert not bounded.usable
    assert bounded.message == (
        "the ics export is empty: 1 event left out, 1 only bounded (before/after a date)"
    )
    one = render([_entry("s")], "timelinejs")
    assert one.usable and one.message is None
    assert json.loads(one.content)["title"]["text"]["text"] == "1 event from 1 article"


# --- the command ----------------------------------------------------------------------------


def test_cli_export_to_file_and_stdout(fixed, tmp_path, capsys):
    lib, folder = fixed
    db = lib.url.removeprefix("sqlite:///")
    out = tmp_path / "out.ics"
    code = main(["export", "--format", "ics", "-o", str(out), "--db", db])
    stdout, stderr = capsys.readouterr()
    assert code == 0 and stdout == ""
    entries = lib.timeline()
    bounded = sum(e.dating in ("before", "after") for e in entries)
    undated = sum(e.dating == "undated" or not e.start for e in entries)
    assert stderr.strip() == (
        f"dateline: {bounded + undated} events left out of the ics export: "
        f"{bounded} only bounded (before/after a date), {undated} undated"
    )
    assert b"\r\n" in out.read_bytes() and b"\r\r\n" not in out.read_bytes()
    assert Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    code = main(
        ["export", "--format", "md", "--relative-to", str(folder), "--db", db, "--article", "2"]
    )
    stdout, stderr = capsys.readouterr()
    assert code == 0 and stderr == ""
    assert stdout.startswith("# Timeline: Shopkeepers sue the city\n")
    assert str(folder) not in stdout and "b.txt" in stdout


def test_cli_export_errors(fixed, tmp_path, capsys):
    lib, _folder = fixed
    db = lib.url.removeprefix("sqlite:///")
    code = main(["export", "--format", "csv", "--article", "999", "--db", db])
    _out, err = capsys.readouterr()
    assert code != 0 and err.count("\n") == 1 and "999" in err
    code = main(["export", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv"), "--db", db])
    _out, err = capsys.readouterr()
    assert code != 0 and err.count("\n") == 1 and "cannot write" in err


def test_cli_export_filters(fixed, capsys, tmp_path):
    lib, _folder = fixed
    db = lib.url.removeprefix("sqlite:///")
    code = main(["export", "--format", "json", "--entity", "Ana Ortiz", "--db", db])
    out, _err = capsys.readouterr()
    assert code == 0
    entries = json.loads(out)
    assert entries and all("Ana Ortiz" in e["actors"] for e in entries)
    code = main(["export", "--format", "csv", "--since", "2018-06-06", "--db", db])
    out, _err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert code == 0 and rows and all(r["end"] >= "2018-06-06" for r in rows)
    code = main(["export", "--format", "csv", "--since", "2030", "--db", db])
    out, err = capsys.readouterr()
    assert code == 0 and out == ",".join(CSV_COLUMNS) + "\r\n"
    assert err == "dateline: no events match: the csv export is empty\n"
    ics = tmp_path / "none.ics"
    code = main(["export", "--format", "ics", "--since", "2030", "-o", str(ics), "--db", db])
    out, err = capsys.readouterr()
    assert code != 0 and not ics.exists() and "empty" in err.splitlines()[-1]
    code = main(["export", "--format", "csv", "--entity", "Ana Ortis", "--db", db])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "closest: Ana Ortiz" in err
    code = main(["export", "--format", "md", "--since", "June", "--db", db])
    out, err = capsys.readouterr()
    assert code != 0 and out == "" and err.count("\n") == 1 and "--since" in err

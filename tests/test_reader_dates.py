"""Bounded dates: "before X" is its own date for `[`/`]`, and it sits ahead of X in the
reader, on the command line and in every export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import rendered_lines, settle, write_articles

from dateline.store.library import Library, export
from dateline.tui.app import DatelineApp
from dateline.tui.widgets.density import DensityStrip

# The rulings come after the lead (its first two paragraphs), where a present perfect is
# only "before" publication; in the lead it would be the day's news.
PORT = """Port plan goes to court

Wednesday, January 24, 2018

Residents protested on January 24, 2018, outside the port.

The harbour board met on January 24, 2018, to discuss the plan.

Judges have issued rulings against the port plan.

Mayor Lena Ortiz opened the harbour on May 2, 2016.
"""


@pytest.fixture
def port(tmp_path: Path) -> Library:
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "articles", {"port": PORT}))
    yield lib
    lib.close()


def test_before_x_comes_ahead_of_x_everywhere(port: Library) -> None:
    entries = port.timeline()
    labels = [e.label for e in entries]
    assert labels == ["2 May 2016", "before 24 Jan 2018", "24 Jan 2018", "24 Jan 2018"]
    summaries = [e.summary for e in entries]
    as_json = json.loads(export.export(list(reversed(entries)), "json"))
    assert [e["summary"] for e in as_json] == summaries
    rows = list(csv.DictReader(io.StringIO(export.export(entries[::-1], "csv"), newline="")))
    assert [r["summary"] for r in rows] == summaries
    markdown = export.export(list(reversed(entries)), "md")
    places = [markdown.index(s) for s in summaries]
    assert places == sorted(places)


def test_bounded_entries_have_only_their_bound_and_paragraphs_count_from_one(port) -> None:
    entries = port.timeline()
    record = {e["summary"]: e for e in json.loads(export.export(entries, "json"))}
    rulings = record["Judges have issued rulings against the port plan."]
    assert (rulings["start"], rulings["end"]) == (None, "2018-01-24")
    assert rulings["sources"][0]["paragraph"] == 3  # the third paragraph, as the reader says
    rows = csv.DictReader(io.StringIO(export.export(entries, "csv"), newline=""))
    ruling_row = next(r for r in rows if r["dating"] == "before")
    assert (ruling_row["start"], ruling_row["end"], ruling_row["paragraph"]) == (
        "",
        "2018-01-24",
        "3",
    )


async def test_date_keys_visit_before_x_and_x(port: Library) -> None:
    app = DatelineApp(port)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "g", "enter")
        await settle(pilot)
        seen = [app.current_event.label]
        for _ in range(3):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            seen.append(app.current_event.label)
        assert seen == ["2 May 2016", "before 24 Jan 2018", "24 Jan 2018", "24 Jan 2018"]
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert app.current_event.label == "before 24 Jan 2018"


CLUB = """Rowing club marks its anniversary

Saturday, June 9, 2018

The rowing club was founded in 1968 by six students.

Members protested on March 3, 2017, against the new bridge.

The club won the city race on April 14, 2018.
"""


async def test_the_density_strip_follows_the_cursor_and_ends_at_the_data(tmp_path) -> None:
    lib = Library(str(tmp_path / "club.db"))
    lib.import_paths(write_articles(tmp_path / "club", {"club": CLUB}))
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        strip = app.query_one("#density", DensityStrip)
        await pilot.press("3", "g")
        await settle(pilot)
        caret, axis = rendered_lines(strip)[1:3]
        assert "1968" in caret and "Jan 1968" not in caret, "a year is labelled as a year"
        assert axis.split()[-2:] == ["Apr", "2018"], "the axis ends with the data"
        await pilot.press("j")  # no Enter: the caret follows the cursor alone
        await settle(pilot)
        assert "3 Mar 2017" in rendered_lines(strip)[1]
    lib.close()

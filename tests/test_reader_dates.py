"""Bounded dates: "before X" is its own date for `[`/`]`, and it sits ahead of X in the
reader, on the command line and in every export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import settle, write_articles

from dateline.store.library import Library, export
from dateline.tui.app import DatelineApp

PORT = """Port plan goes to court

Wednesday, January 24, 2018

Residents protested on January 24, 2018, outside the port.

Judges have issued rulings against the port plan.

The harbour board met on January 24, 2018, to discuss the plan.

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
    assert rulings["sources"][0]["paragraph"] == 2  # the second paragraph, as the reader says
    rows = csv.DictReader(io.StringIO(export.export(entries, "csv"), newline=""))
    ruling_row = next(r for r in rows if r["dating"] == "before")
    assert (ruling_row["start"], ruling_row["end"], ruling_row["paragraph"]) == (
        "",
        "2018-01-24",
        "2",
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

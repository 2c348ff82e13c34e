"""Snapshot tests (pytest-textual-snapshot) of the main screen, the help screen and the
narrow layout. Deterministic: a library built here from small fixed articles, a fixed
terminal size, and nothing that shows the clock or a temporary path.

Update after an intended change with: pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settle

from dateline.store.library import Library
from dateline.tui.app import DatelineApp

ARTICLES = {
    "council": """City council bans cars downtown

Wednesday, January 24, 2018

The council voted on March 3, 2017, to ban cars from the old town.

Residents had protested on February 10, 2017, outside city hall.

Shopkeepers met Mayor Anna Berg on June 5, 2017, to ask for delivery hours.
""",
    "bridge": (
        "Old bridge reopens after repairs\n\nFriday, June 8, 2018\n\n"
        "Residents protested on April 2, 2016, outside the closed bridge. "
        "The city sued the builder on May 3, 2016, over the cracks.\n"
    ),
}


@pytest.fixture
def snapshot_library(tmp_path: Path) -> Library:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, body in ARTICLES.items():
        (folder / f"{name}.txt").write_text(body, encoding="utf-8")
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(sorted(folder.iterdir()))
    yield lib
    lib.close()


def test_main_screen(snap_compare, snapshot_library: Library) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("t", "n", "n")
        await settle(pilot)

    assert snap_compare(
        DatelineApp(snapshot_library), terminal_size=(160, 40), run_before=run_before
    )


def test_help_screen(snap_compare, snapshot_library: Library) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(
        DatelineApp(snapshot_library), terminal_size=(100, 50), run_before=run_before
    )


def test_narrow_layout(snap_compare, snapshot_library: Library) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)

    assert snap_compare(
        DatelineApp(snapshot_library), terminal_size=(80, 24), run_before=run_before
    )


@pytest.mark.parametrize("width", [55, 56, 59, 60, 99, 100])
def test_layout_at_the_edges(snap_compare, snapshot_library: Library, width: int) -> None:
    """Where the layout changes: one pane, two (the timeline beside the list when the text
    does not fit), three; the timeline focused and filtered, so the filter must show."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("3", "f")
        pilot.app.prompt.value = "type:protest"
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(
        DatelineApp(snapshot_library), terminal_size=(width, 20), run_before=run_before
    )

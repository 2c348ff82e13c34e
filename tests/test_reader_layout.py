"""The screen at every width and height: panes that fit whole, the focused one always shown,
and an active filter always visible above the timeline."""

from __future__ import annotations

import pytest
from conftest import rendered_lines, settle

from dateline.store.library import Library
from dateline.tui.app import BOXES, DatelineApp
from dateline.tui.filters import TimelineFilter

EDGES = (40, 55, 56, 59, 60, 99, 100, 300)


def _boxes(app: DatelineApp) -> dict[str, tuple[int, int]]:
    """(left, right) columns of each shown pane."""
    shown = {}
    for name, selector in BOXES.items():
        box = app.query_one(selector)
        if box.display:
            region = box.region
            shown[name] = (region.x, region.right)
    return shown


@pytest.mark.parametrize("width", EDGES)
async def test_panes_fit_whole_at_every_width(reader_library: Library, width: int) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        for key, name in (("1", "articles"), ("2", "text"), ("3", "timeline"), ("2", "text")):
            await pilot.press(key)
            await pilot.pause()
            boxes = _boxes(app)
            assert name in boxes, f"{name} focused but hidden at {width} columns"
            spans = sorted(boxes.values())
            assert all(right <= width for _, right in spans), f"{boxes} cut at {width}"
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), boxes
            if width >= 100:
                assert len(boxes) == 3
            elif width >= 56:
                assert len(boxes) == 2, f"only {boxes} at {width} columns"


@pytest.mark.parametrize("size", [(57, 20), (80, 24), (120, 30), (40, 12)])
async def test_an_active_filter_is_always_visible(
    reader_library: Library, size: tuple[int, int]
) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("3")
        app._set_filters(TimelineFilter(type="protest"))
        await settle(pilot)
        [bar] = rendered_lines(app.query_one("#filter-bar"))
        assert "type:protest" in bar
        assert app.timeline_pane.size.height >= 3, "the timeline keeps room for its entries"

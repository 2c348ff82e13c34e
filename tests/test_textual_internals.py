"""Every Textual private the reader touches, and the shape the reader relies on.

The reader reaches into Textual in a few places to paint each change in one frame
(see `tui/widgets/scrolling.py`). Textual may rename or reshape
its privates in any release; nothing else would notice, the reader would just paint
wrongly. This file lists each one in `TEXTUAL_PRIVATES`, with the module of ours that
uses it and why, and checks that it still exists with that shape. The textual pin in
`pyproject.toml` is the minor version these tests last passed on: when upgrading, run
this file first.

Where our code uses one of these, it carries the comment
`# Textual private: see tests/test_textual_internals.py`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.widget import Widget

from dateline.tui.widgets.rows import RowView
from dateline.tui.widgets.scrolling import QuietScrollBar

ROOT = Path(__file__).resolve().parent.parent


class Probe(App):
    """The smallest app holding the Textual widgets whose privates we use."""

    def compose(self) -> ComposeResult:
        yield ScrollView()


@dataclass(frozen=True)
class Live:
    """A running `Probe`, its pilot and the widgets inside."""

    app: Probe
    pilot: object
    view: ScrollView


@pytest.fixture
async def live():
    app = Probe()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        yield Live(app, pilot, app.query_one(ScrollView))


# -- shape checks ---------------------------------------------------------------------


def parameters(function: Callable) -> list[str]:
    """The parameter names of `function`, without `self`."""
    return [name for name in inspect.signature(function).parameters if name != "self"]


def check_scroll_update(live: Live) -> None:
    # scrolling.py calls `view._scroll_update(size)` after setting `virtual_size`.
    assert parameters(Widget._scroll_update) == ["virtual_size"]
    assert "_scroll_update" not in vars(ScrollView), "ScrollView now has its own version"
    live.view._scroll_update(Size(10, 100))  # runs on a live view without raising


def check_repaint_required(live: Live) -> None:
    # scrolling.py reads `self._repaint_required` after `refresh()`, and clears it.
    widget = live.view
    assert isinstance(widget._repaint_required, bool)
    widget._repaint_required = False
    widget.refresh()
    assert widget._repaint_required is True, "refresh() no longer sets the flag"


async def check_dirty_widgets(live: Live) -> None:
    # scrolling.py: `self.screen._dirty_widgets.add(bar)` paints the bar in the next frame.
    screen = live.app.screen
    assert isinstance(screen, Screen)
    assert isinstance(screen._dirty_widgets, set)
    assert all(isinstance(widget, Widget) for widget in screen._dirty_widgets)
    screen._dirty_widgets.add(live.view)
    screen.check_idle()
    await live.pilot.pause()
    assert not screen._dirty_widgets, "the screen no longer paints and clears the set"


def check_vertical_scrollbar(live: Live) -> None:
    # scrolling.py (QuietScrollbars) fills `self._vertical_scrollbar` itself, as
    # `Widget.vertical_scrollbar` does, so that the bar is a `QuietScrollBar`.
    view = ScrollView()
    assert view._vertical_scrollbar is None, "no longer None before the bar is created"
    bar = view.vertical_scrollbar
    assert isinstance(bar, ScrollBar)
    assert view._vertical_scrollbar is bar, "Widget.vertical_scrollbar stores it elsewhere"
    assert live.view._vertical_scrollbar is None or isinstance(
        live.view._vertical_scrollbar, ScrollBar
    )


async def check_start_widget(live: Live) -> None:
    # scrolling.py calls `self.app._start_widget(self, bar)` on a new scrollbar.
    assert parameters(App._start_widget) == ["parent", "widget"]
    bar = QuietScrollBar(vertical=True, name="vertical")
    live.app._start_widget(live.view, bar)
    await live.pilot.pause()
    assert bar.parent is live.view
    assert live.app.is_mounted(bar)


def check_handle_exception(live: Live) -> None:
    # app.py overrides `_handle_exception(error)` to learn of a crash (then calls super).
    assert parameters(App._handle_exception) == ["error"]


def check_print_error_renderables(live: Live) -> None:
    # app.py overrides `_print_error_renderables()` and empties `_exit_renderables` first,
    # so Textual never prints a traceback that quotes article text raw.
    assert parameters(App._print_error_renderables) == []
    assert "_exit_renderables" in inspect.getsource(App._print_error_renderables)


def check_exit_renderables(live: Live) -> None:
    # the list Textual prints at exit: cleared by app.py after a crash is logged.
    assert isinstance(live.app._exit_renderables, list)


def check_compositor_render_strips(live: Live) -> None:
    # tests/test_reader_hostile.py reads the painted screen through the compositor.
    strips = live.app.screen._compositor.render_strips()
    assert strips and all(hasattr(strip, "text") for strip in strips)


# -- the table --------------------------------------------------------------------------


@dataclass(frozen=True)
class Private:
    name: str
    owner: type  # the Textual class it belongs to
    used_in: str  # our module that uses it
    why: str
    check: Callable[[Live], object]

    def __str__(self) -> str:
        return f"{self.owner.__name__}.{self.name}"


TEXTUAL_PRIVATES = [
    Private(
        "_scroll_update",
        Widget,
        "tui/widgets/scrolling.py",
        "update scrollbars in the same frame as a new virtual size",
        check_scroll_update,
    ),
    Private(
        "_repaint_required",
        Widget,
        "tui/widgets/scrolling.py",
        "move a scrollbar's pending repaint into its pane's frame",
        check_repaint_required,
    ),
    Private(
        "_dirty_widgets",
        Screen,
        "tui/widgets/scrolling.py",
        "queue the scrollbar for the screen's next frame directly",
        check_dirty_widgets,
    ),
    Private(
        "_vertical_scrollbar",
        Widget,
        "tui/widgets/scrolling.py",
        "create the vertical scrollbar as a QuietScrollBar",
        check_vertical_scrollbar,
    ),
    Private(
        "_start_widget",
        App,
        "tui/widgets/scrolling.py",
        "start the QuietScrollBar as Widget.vertical_scrollbar starts its bar",
        check_start_widget,
    ),
    Private(
        "_handle_exception",
        App,
        "tui/app.py",
        "learn of a crash to write the crash log and exit non-zero",
        check_handle_exception,
    ),
    Private(
        "_print_error_renderables",
        App,
        "tui/app.py",
        "keep Textual from printing a traceback that quotes untrusted text",
        check_print_error_renderables,
    ),
    Private(
        "_exit_renderables",
        App,
        "tui/app.py",
        "emptied once the traceback is in the crash log",
        check_exit_renderables,
    ),
    Private(
        "_compositor",
        Screen,
        "tests/test_reader_hostile.py",
        "read the screen exactly as painted, to find interpreted markup or controls",
        check_compositor_render_strips,
    ),
]


@pytest.mark.parametrize("private", TEXTUAL_PRIVATES, ids=str)
async def test_textual_private_keeps_its_shape(private: Private, live: Live) -> None:
    result = private.check(live)
    if inspect.isawaitable(result):
        await result


@pytest.mark.parametrize("private", TEXTUAL_PRIVATES, ids=str)
def test_textual_private_is_where_we_use_it(private: Private) -> None:
    """The entry names a real Textual class and a module of ours that still uses it."""
    assert private.owner.__module__.startswith("textual.")
    source = (ROOT / private.used_in).read_text(encoding="utf-8")
    assert f".{private.name}" in source, (
        f"{private.used_in} no longer uses {private}: drop it from TEXTUAL_PRIVATES"
    )


# Privates of our own, set on subclasses of Textual classes: if Textual ever gives its
# class an attribute of the same name, ours would silently replace it.
OUR_PRIVATES_ON_TEXTUAL_CLASSES = [
    (RowView, "_cursor_row", ScrollView),
    (RowView, "_hover_row", ScrollView),
    (RowView, "_row_starts", ScrollView),
    (RowView, "_laid_width", ScrollView),
    (RowView, "_row_heights", ScrollView),
    (RowView, "_row_strips", ScrollView),
    (QuietScrollBar, "_drawn", ScrollBar),
    (QuietScrollBar, "_looks", ScrollBar),
]


@pytest.mark.parametrize(
    ("ours", "name", "textual_base"),
    OUR_PRIVATES_ON_TEXTUAL_CLASSES,
    ids=lambda value: value if isinstance(value, str) else value.__name__,
)
async def test_our_privates_do_not_shadow_textual(ours, name, textual_base, live) -> None:
    assert name in vars(ours) or name in vars(ours()), f"{ours.__name__} has no {name}"
    assert not hasattr(textual_base, name), f"Textual's {textual_base.__name__} has {name} now"
    instance = live.view if textual_base is ScrollView else ScrollBar()
    assert name not in vars(instance), f"Textual sets {name} on {textual_base.__name__}"

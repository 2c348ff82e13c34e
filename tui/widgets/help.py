"""The help screen: every key the reader understands, plus what the marks mean."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from dateline.tui.keys import rows_by_section
from dateline.tui.widgets.article_text import EVENT_STYLE, HIGHLIGHT_STYLE, MATCH_STYLE, TIMEX_STYLE

EXTRA: list[tuple[str, list[tuple[str, str]]]] = [
    ("Mouse", [("click", "select a row (click again to open / jump)"), ("wheel", "scroll")]),
    ("Help", [("Esc q ?", "close this screen")]),
]


def keys_by_section() -> list[tuple[str, list[tuple[str, str]]]]:
    """Every key by section (`keys.rows_by_section`), then the mouse and this screen's."""
    return rows_by_section() + EXTRA


def help_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for section, rows in keys_by_section():
        table.add_row(Text(section, style="bold underline"), "")
        for key, what in rows:
            table.add_row(Text(key), Text(what))
        table.add_row("", "")
    legend = Text.assemble(
        ("time expression", TIMEX_STYLE),
        "  ",
        ("event sentence", EVENT_STYLE),
        "  ",
        ("source of the chosen event", HIGHLIGHT_STYLE),
        "  ",
        ("search match", MATCH_STYLE),
    )
    table.add_row(Text("In the text", style="bold underline"), legend)
    table.add_row("", "")
    dates = Text(
        "24 Jan 2018 stated · ~24 Jan 2018 inferred · before/after bounded · undated\n"
        "Articles: ● unread · ★ starred.  Strip above the timeline: events per month, "
        "▲ the current event"
    )
    table.add_row(Text("Timeline dates", style="bold underline"), dates)
    return table


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; Esc, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=True, id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Dateline keys"
            box.border_subtitle = "Esc closes"
            yield Static(help_table(), id="help-table")

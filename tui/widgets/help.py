"""The help screen: every key the reader understands, plus what the marks mean."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from dateline.tui.keys import ACTIONS, shown_keys
from dateline.tui.widgets.article_text import EVENT_STYLE, HIGHLIGHT_STYLE, MATCH_STYLE, TIMEX_STYLE

PANE_KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Panes",
        [
            ("Tab / Shift+Tab", "next / previous pane (one or two panes on narrow screens)"),
            ("ctrl+p", "command palette: every action by name, and themes"),
        ],
    ),
    (
        "Article list and timeline",
        [
            ("↑ ↓  or  j k", "move"),
            ("Home End  or  g G", "first / last"),
            ("PgUp PgDn", "page"),
            ("Enter", "open the article (marks it read) / jump to the event's source"),
        ],
    ),
    (
        "Text",
        [
            ("↑ ↓  or  j k", "scroll"),
            ("Home End  or  g G", "top / bottom"),
            ("PgUp PgDn Space", "page"),
        ],
    ),
    ("Mouse", [("click", "select a row (click again to open / jump)"), ("wheel", "scroll")]),
    ("Help", [("Esc / q / ?", "close this screen")]),
]


def keys_by_section() -> list[tuple[str, list[tuple[str, str]]]]:
    """The app's actions (from `keys`) by section, then the keys the panes add."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for action in ACTIONS:
        if action.keys in ("2", "3"):
            continue  # shown together with 1
        sections.setdefault(action.section, []).append((shown_keys(action), action.help))
    merged = list(sections.items())
    for name, rows in PANE_KEYS:
        if name in sections:
            sections[name].extend(rows)
        else:
            merged.append((name, rows))
    return merged


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
        Binding("escape,q,question_mark", "dismiss", "Close", show=True),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Dateline keys"
            box.border_subtitle = "Esc closes"
            yield Static(help_table(), id="help-table")

"""Every reader action in one table: its keys, its palette title and what it does.

The app's bindings, the command palette and the help screen are all built from `ACTIONS`,
so a key cannot exist without being listed (or be listed without existing).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Action:
    keys: str  # Textual key names, comma-separated
    action: str  # the app action it runs
    title: str  # command palette title
    help: str  # one line for the help screen and the palette
    section: str
    shown: str = ""  # keys as the help screen shows them
    footer: bool = False  # also shown in the footer


ACTIONS: list[Action] = [
    Action(
        "1",
        "focus_pane('articles')",
        "Focus articles",
        "focus the article list",
        "Panes",
        "1 / 2 / 3",
        footer=True,
    ),
    Action("2", "focus_pane('text')", "Focus text", "focus the text", "Panes"),
    Action("3", "focus_pane('timeline')", "Focus timeline", "focus the timeline", "Panes"),
    Action(
        "t",
        "toggle_scope",
        "Toggle timeline scope",
        "timeline: this article ↔ whole library",
        "Timeline",
        footer=True,
    ),
    Action(
        "n",
        "next",
        "Next event (or search hit)",
        "next event, the text follows (next search hit while searching)",
        "Timeline",
        footer=True,
    ),
    Action("p", "previous_event", "Previous event", "previous event", "Timeline"),
    Action(
        "N,shift+n",
        "previous",
        "Previous search hit (or event)",
        "previous search hit (previous event when not searching)",
        "Search",
        "N",
    ),
    Action(
        "right_square_bracket",
        "next_date",
        "Next date with events",
        "jump to the next date that has events",
        "Timeline",
        "]",
    ),
    Action(
        "left_square_bracket",
        "previous_date",
        "Previous date with events",
        "jump to the previous date that has events",
        "Timeline",
        "[",
    ),
    Action(
        "F,shift+f",
        "toggle_follow",
        "Toggle follow mode",
        "follow mode: moving in the timeline shows each source",
        "Timeline",
        "F",
    ),
    Action(
        "c",
        "cycle_source",
        "Next source of this event",
        "cycle through the articles reporting the event",
        "Timeline",
    ),
    Action(
        "f",
        "filter",
        "Filter the timeline",
        "filter: type:, actor:, since:, until: (combine them)",
        "Filters",
        footer=True,
    ),
    Action(
        "a",
        "filter_actor",
        "Filter by this event's actor",
        "keep only events of the current event's first actor",
        "Filters",
    ),
    Action("x", "clear_filters", "Clear filters", "clear every timeline filter", "Filters"),
    Action(
        "slash",
        "search",
        "Search",
        "search articles and events: words, \"a phrase\", -word, OR, word*",
        "Search",
        "/",
        footer=True,
    ),
    Action(
        "escape",
        "clear_search",
        "Clear search",
        "end the search, show every article",
        "Search",
        "Esc",
    ),
    Action(
        "e",
        "paragraph_events",
        "Events in this paragraph",
        "list this paragraph's events and jump to one in the timeline",
        "Text",
    ),
    Action("r", "toggle_read", "Toggle read", "mark the article read / unread", "Articles"),
    Action("s", "toggle_star", "Toggle star", "star / unstar the article", "Articles"),
    Action(
        "m",
        "edit_note",
        "Edit note",
        "write your own note on the article (kept when it is re-imported)",
        "Articles",
    ),
    Action(
        "y",
        "copy_citation",
        "Copy citation",
        "copy the event's citation (title, date, paragraph) to the clipboard",
        "Articles",
    ),
    Action(
        "o", "open_pager", "Open source in $PAGER", "read the source file in $PAGER", "Articles"
    ),
    Action(
        "E,shift+e",
        "open_editor",
        "Open source in $EDITOR",
        "edit the source file in $EDITOR",
        "Articles",
        "E",
    ),
    *(
        Action(
            "",
            f"export('{fmt}')",
            f"Export timeline as {name}",
            f"write the timeline as shown (scope and filters) to a {name} file in the "
            "current folder",
            "Export",
            "ctrl+p",
        )
        for fmt, name in (
            ("md", "Markdown"),
            ("csv", "CSV"),
            ("json", "JSON"),
            ("ics", "iCalendar"),
            ("timelinejs", "TimelineJS"),
        )
    ),
    Action("question_mark", "help", "Help", "this help", "Reader", "?", footer=True),
    Action("q", "quit", "Quit", "quit (your place is saved)", "Reader", footer=True),
]


def bindings() -> list[Binding]:
    return [
        Binding(a.keys, a.action, a.title.split(" (")[0], show=a.footer, priority=False)
        for a in ACTIONS
        if a.keys  # palette-only actions have no key
    ]


def shown_keys(action: Action) -> str:
    return action.shown or action.keys.split(",")[0]

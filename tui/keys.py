"""Every key of the reader in one table: its binding id, keys, palette title and help line.

The app's bindings, the panes' own bindings, the footer, the command palette, the help
screen and the README's key table are all built from `ACTIONS` and `PANE_KEYS`, so a key
cannot exist without being listed (or be listed without existing). Every binding has an
id (`Action.id`): a person's `[keys]` in `config.toml` rebinds it by that id (Textual's
`App.set_keymap`).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Action:
    id: str  # the binding id, for the person's keymap
    keys: str  # Textual key names, comma-separated ("" for palette-only actions)
    action: str  # the action it runs
    title: str  # command palette title
    help: str  # one line for the help screen and the palette
    section: str
    shown: str = ""  # keys as the help screen shows them (default: from `keys`)
    footer: str = ""  # a short label when the footer shows it


_EXPORTS = (
    ("md", "Markdown"),
    ("csv", "CSV"),
    ("json", "JSON"),
    ("ics", "iCalendar"),
    ("timelinejs", "TimelineJS"),
)


SECTIONS = ("Panes", "Lists", "Text", "Timeline", "Filters", "Search", "Articles", "Reader")


def _an(name: str) -> str:
    return "an" if name[0].lower() in "aeiou" else "a"


ACTIONS: list[Action] = [
    Action(
        "focus.articles",
        "1",
        "focus_pane('articles')",
        "Focus the article list",
        "focus the article list, the text, the timeline",
        "Panes",
        "1 2 3",
        "Panes",
    ),
    Action("focus.text", "2", "focus_pane('text')", "Focus the text", "focus the text", "Panes"),
    Action(
        "focus.timeline",
        "3",
        "focus_pane('timeline')",
        "Focus the timeline",
        "focus the timeline",
        "Panes",
    ),
    Action(
        "timeline.scope",
        "t",
        "toggle_scope",
        "Switch timeline scope",
        "timeline: this article ↔ whole library",
        "Timeline",
        footer="Scope",
    ),
    Action(
        "timeline.next",
        "n",
        "next",
        "Next event (or search hit)",
        "next event, the text follows (next search hit while searching)",
        "Timeline",
        footer="Next",
    ),
    Action(
        "timeline.previous", "p", "previous_event", "Previous event", "previous event", "Timeline"
    ),
    Action(
        "timeline.next_date",
        "right_square_bracket",
        "next_date",
        "Next date",
        "the first event of the next date (before X, X and after X are three dates)",
        "Timeline",
        "]",
    ),
    Action(
        "timeline.previous_date",
        "left_square_bracket",
        "previous_date",
        "Previous date",
        "the first event of the previous date",
        "Timeline",
        "[",
    ),
    Action(
        "timeline.follow",
        "F,shift+f",
        "toggle_follow",
        "Follow mode on or off",
        "follow mode: moving in the timeline shows each source",
        "Timeline",
        "F",
    ),
    Action(
        "timeline.cycle_source",
        "c",
        "cycle_source",
        "Next source of this event",
        "the next article reporting this event",
        "Timeline",
    ),
    Action(
        "timeline.next_new",
        "w",
        "next_new",
        "Next new event",
        "the next event new since you last closed the reader (● in the timeline)",
        "Timeline",
    ),
    Action(
        "timeline.next_conflict",
        "exclamation_mark",
        "next_conflict",
        "Next event its sources date differently",
        "the next event whose sources disagree on its date (⚠: each date with its articles)",
        "Timeline",
        "!",
    ),
    Action(
        "timeline.stories",
        "S,shift+s",
        "stories",
        "Stories",
        "the stories the articles are grouped into; Enter shows one's timeline",
        "Timeline",
        "S",
    ),
    Action(
        "filter.edit",
        "f",
        "filter",
        "Filter the timeline",
        "filter: type:, actor:, since:, until:, only:new, only:conflicts, story: (they combine)",
        "Filters",
        footer="Filter",
    ),
    Action(
        "filter.actor",
        "a",
        "filter_actor",
        "Filter by this event's actor",
        "only the events of this event's first actor",
        "Filters",
    ),
    Action(
        "filter.new",
        "W,shift+w",
        "only_new",
        "Only the new events",
        "only the events new since you last closed the reader (again: all)",
        "Filters",
        "W",
    ),
    Action(
        "filter.conflicts",
        "at",
        "only_conflicts",
        "Only the events sources date differently",
        "only the events whose sources disagree on the date (again: all)",
        "Filters",
        "@",
    ),
    Action(
        "filter.clear",
        "x",
        "clear_filters",
        "Clear the filters",
        "clear every timeline filter",
        "Filters",
    ),
    Action(
        "search.start",
        "slash",
        "search",
        "Search",
        'search articles and events: words, "a phrase", -word, OR, word*',
        "Search",
        "/",
        footer="Search",
    ),
    Action(
        "search.previous",
        "N,shift+n",
        "previous",
        "Previous search hit (or event)",
        "previous search hit (previous event when not searching)",
        "Search",
        "N",
    ),
    Action(
        "search.clear",
        "escape",
        "clear_search",
        "End the search",
        "end the search, list every article again",
        "Search",
        "Esc",
    ),
    Action(
        "text.paragraph_events",
        "e",
        "paragraph_events",
        "Events in this paragraph",
        "this paragraph's events; pick one to see it in the timeline",
        "Text",
    ),
    Action(
        "article.read",
        "r",
        "toggle_read",
        "Mark read or unread",
        "mark the article read / unread",
        "Articles",
    ),
    Action(
        "article.star",
        "s",
        "toggle_star",
        "Star or unstar",
        "star / unstar the article",
        "Articles",
    ),
    Action(
        "article.note",
        "m",
        "edit_note",
        "Write a note",
        "write your own note on the article (kept when it is re-imported)",
        "Articles",
    ),
    Action(
        "article.cite",
        "y",
        "copy_citation",
        "Copy a citation",
        "copy a citation (title, date, paragraph, quote, who said it) of this event or paragraph",
        "Articles",
    ),
    Action(
        "article.url",
        "O,shift+o",
        "open_url",
        "Open the original in the browser",
        "open the article's original web page, when it has one",
        "Articles",
        "O",
    ),
    Action(
        "article.pager",
        "o",
        "open_pager",
        "Read the source file in the pager",
        "read the source file in your pager ($PAGER, or pager in config.toml)",
        "Articles",
    ),
    Action(
        "article.editor",
        "E,shift+e",
        "open_editor",
        "Edit the source file",
        "edit the source file in your editor ($EDITOR, or editor in config.toml)",
        "Articles",
        "E",
    ),
    Action(
        "list.view",
        "v",
        "cycle_view",
        "List all, unread or starred articles",
        "list: all articles → unread → starred",
        "Articles",
    ),
    Action(
        "list.source",
        "b",
        "by_source",
        "List this article's source only",
        "list only the articles from this article's source (again: all)",
        "Articles",
    ),
    Action(
        "list.all_read",
        "R,shift+r",
        "mark_all_read",
        "Mark every listed article read",
        "mark every article in the list read",
        "Articles",
        "R",
    ),
    *(
        Action(
            f"export.{fmt}",
            "",
            f"export('{fmt}')",
            f"Export the timeline as {name}",
            f"write the timeline as shown (scope and filters) to {_an(name)} {name} file "
            "in your export folder",
            "Export",
        )
        for fmt, name in _EXPORTS
    ),
    Action(
        "app.palette",
        "ctrl+p",
        "command_palette",
        "Command palette",
        "every action by name, themes, and the exports (Markdown, CSV, JSON, iCalendar, "
        "TimelineJS)",
        "Reader",
        "Ctrl+P",
    ),
    Action(
        "app.help",
        "question_mark",
        "help",
        "Help",
        "every key (this screen)",
        "Reader",
        "?",
        footer="Help",
    ),
    Action("app.quit", "q", "quit", "Quit", "quit (your place is kept)", "Reader", footer="Quit"),
]


@dataclass(frozen=True, slots=True)
class PaneKey:
    """A key a pane handles itself (moving and scrolling), listed with the app's."""

    id: str
    keys: str
    action: str
    help: str
    section: str
    shown: str


PANE_KEYS: list[PaneKey] = [
    PaneKey("list.down", "j,down", "cursor_down", "next row (stops at the last)", "Lists", "↓ j"),
    PaneKey("list.up", "k,up", "cursor_up", "previous row (stops at the first)", "Lists", "↑ k"),
    PaneKey("list.first", "g,home", "first", "first row", "Lists", "Home g"),
    PaneKey("list.last", "G,shift+g,end", "last", "last row", "Lists", "End G"),
    PaneKey("list.page_down", "pagedown", "page_down", "a page down", "Lists", "PgDn"),
    PaneKey("list.page_up", "pageup", "page_up", "a page up", "Lists", "PgUp"),
    PaneKey(
        "list.open",
        "enter",
        "select",
        "open the article (marks it read); on an event, jump to its source sentence",
        "Lists",
        "Enter",
    ),
    PaneKey("text.down", "j,down", "scroll_down", "scroll a line", "Text", "↓ j"),
    PaneKey("text.up", "k,up", "scroll_up", "scroll back a line", "Text", "↑ k"),
    PaneKey("text.top", "g,home", "scroll_home", "top", "Text", "Home g"),
    PaneKey("text.bottom", "G,shift+g,end", "scroll_end", "bottom", "Text", "End G"),
    PaneKey("text.page_down", "pagedown,space", "page_down", "a page down", "Text", "PgDn Space"),
    PaneKey("text.page_up", "pageup", "page_up", "a page up", "Text", "PgUp"),
    PaneKey(
        "app.next_pane", "tab", "focus_next", "next pane (hidden ones come forward)", "Panes", "Tab"
    ),
    PaneKey(
        "app.previous_pane", "shift+tab", "focus_previous", "previous pane", "Panes", "Shift+Tab"
    ),
]


def bindings() -> list[Binding]:
    """The app's bindings (palette-only actions have no key; ctrl+p is Textual's own)."""
    return [
        Binding(a.keys, a.action, a.footer or a.title, show=bool(a.footer), id=a.id)
        for a in ACTIONS
        if a.keys and a.id != "app.palette"
    ] + pane_bindings("app.")


def pane_bindings(prefix: str) -> list[Binding]:
    """The bindings of a pane (`list.` or `text.` keys), hidden from the footer."""
    return [
        Binding(k.keys, k.action, k.help, show=False, id=k.id)
        for k in PANE_KEYS
        if k.id.startswith(prefix)
    ]


def shown_keys(action: Action | PaneKey) -> str:
    return action.shown or action.keys.split(",")[0]


def rows_by_section() -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys as shown, what they do)]) for the help screen and the README: the
    app's keys, then the panes'. `2`/`3` show with `1`; exports are one palette row."""
    sections: dict[str, list[tuple[str, str]]] = {name: [] for name in SECTIONS}
    for item in [*ACTIONS, *PANE_KEYS]:
        if item.id in ("focus.text", "focus.timeline") or item.id.startswith("export."):
            continue
        sections.setdefault(item.section, []).append((shown_keys(item), item.help))
    return [(name, rows) for name, rows in sections.items() if rows]


def readme_table() -> str:
    """The README's key table, as the code has it (a test compares the two)."""
    lines = ["| key | does |", "|---|---|"]
    for section, rows in rows_by_section():
        lines.append(f"| **{section}** | |")
        for key, what in rows:
            lines.append(f"| `{key}` | {what.replace('|', '/')} |")
    return "\n".join(lines)

"""The one way an untrusted string reaches the screen: article text, titles, sources, file
and library names come from files we did not write.

Textual parses a plain `str` as markup in most places (`[/]` raises `MarkupError`, crashing
the reader; `[@click=app.screenshot(...)]` runs an action on a click), and writes control
characters straight to the terminal (ESC `[2J` clears it, OSC 0 retitles it). So:

- `plain()` / `one_line()` give a `rich.text.Text` (never parsed) for renderables;
- `line()` gives a one-line `str` for places that show a string as it is (`App.sub_title`,
  `Content(...)`, `print` to the terminal);
- `markup()` gives the same line with its brackets escaped, for places that parse markup
  (`notify(...)`, `border_title`, `Static("...")`).

All of them neutralise control characters; the one-line forms also cap the length
(`DISPLAY_CAP`), since wrapping or measuring a 10 MB title would freeze the reader.
`clean()` and `plain()` replace one character for one, so the store's offsets still index
the result.
"""

from __future__ import annotations

import re

from rich.text import Text

from dateline.store.text import BIDI, CONTROLS, SEPARATORS

# C0 controls except \t and \n, DEL, C1 controls, and the invisible marks that make a line
# display differently from what it holds: bidi embeddings, overrides, isolates and marks,
# and the Unicode line and paragraph separators (a line break the layout does not expect).
_CONTROL = re.compile(f"[{CONTROLS}{BIDI}{SEPARATORS}]")
_VISIBLE = re.compile(r"\S")
_AS_SPACE = {"\r", "\u2028", "\u2029"}
REPLACEMENT = "\ufffd"
DISPLAY_CAP = 300  # characters of one untrusted string shown on one line
ELLIPSIS = "…"


def clean(value: str | None) -> str:
    """The string with control characters replaced one-for-one (offsets are preserved)."""
    if not value:
        return ""
    return _CONTROL.sub(lambda m: " " if m.group() in _AS_SPACE else REPLACEMENT, value)


def plain(value: str | None, style: str = "") -> Text:
    """A literal `Text` for an untrusted string: no markup, no control characters."""
    return Text(clean(value), style=style, end="")


def line(value: object, limit: int = DISPLAY_CAP) -> str:
    """One line of at most `limit` characters (… when cut), control characters replaced
    and runs of white space folded: shown as it is, never parsed as markup."""
    if value is None:
        return ""
    value = str(value)
    # Fold only a bounded prefix: the cost stays the same for a 10 MB string.
    head = value[: limit * 4 + 64]
    folded = " ".join(clean(head).split())
    if len(folded) > limit or _VISIBLE.search(value, len(head)):
        return folded[: max(limit - 1, 0)].rstrip() + ELLIPSIS
    return folded


def one_line(value: str | None, style: str = "", limit: int = DISPLAY_CAP) -> Text:
    """Like `line()`, as a `Text` in `style` (for rows and headers of renderables)."""
    return Text(line(value, limit), style=style, end="")


def escape(value: str) -> str:
    """Textual markup for showing `value` literally: every `[` is escaped. (Textual's own
    `escape` leaves `[$var]`, `[B]` and brackets after a backslash to be parsed.)"""
    return value.replace("[", "\\[")


def markup(value: object, limit: int = DISPLAY_CAP) -> str:
    """`line(value)` as Textual markup that shows it literally: for `notify(...)`,
    `border_title` and anything else that parses a `str`."""
    return escape(line(value, limit))

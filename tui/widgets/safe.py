"""Turning untrusted article text into display-safe `rich.text.Text`.

Article text comes from files we did not write. Textual parses plain `str` as markup
(`[bold]`, `[@click=app.quit]`), so every article-derived string goes through `plain()`,
which returns a `Text` (never parsed) with control characters neutralised.
Replacement is one character for one, so the store's offsets still index the result.
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls except \t and \n, DEL, C1 controls, and bidi overrides/isolates that can
# make a line display differently from what it contains.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"


def clean(value: str | None) -> str:
    """The string with control characters replaced one-for-one (offsets are preserved)."""
    if not value:
        return ""
    return _CONTROL.sub(lambda m: " " if m.group() == "\r" else REPLACEMENT, value)


def plain(value: str | None, style: str = "") -> Text:
    """A literal `Text` for an untrusted string: no markup, no control characters."""
    return Text(clean(value), style=style, end="")


def one_line(value: str | None, style: str = "") -> Text:
    """Like `plain()` but with line breaks and tabs folded into spaces (for list rows)."""
    return Text(" ".join(clean(value).split()), style=style, end="")

"""Text helpers below the UI: untrusted article text made safe to store and display, one
kind of line end, and counted nouns ("1 event", "3 events")."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls: they would drive the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Normalise newlines, drop a BOM and strip control characters (ESC sequences included)."""
    return _CONTROL.sub("", unix_newlines(text).lstrip("\ufeff"))


def unix_newlines(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line ends as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def counted(n: int, noun: str) -> str:
    """ "1 event", "3 events" (nouns with a plain plural)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

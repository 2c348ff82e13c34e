"""Making untrusted article text safe to store and display."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls: they would drive the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Normalise newlines, drop a BOM and strip control characters (ESC sequences included)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return _CONTROL.sub("", text)

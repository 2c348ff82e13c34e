"""Text helpers below the UI: untrusted article text made safe to store and display, one
kind of line end, lines with no closing stop, counted nouns ("1 event", "3 events"), and a
quick test of whether a slow case-insensitive search can find anything (`may_hold`,
`ascii_words`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Character classes (for `[...]`), defined once for the store, the CLI and the reader:
# C0 controls except tab and newline, DEL, and C1 controls: they would drive the terminal.
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# Bidirectional overrides and isolates (U+202A-202E, U+2066-2069) and the bare bidi marks:
# stored as the article has them, but on a terminal they reorder what follows, so a line
# can show something other than what it holds ("Trojan Source").
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
SEPARATORS = "\u2028\u2029"  # Unicode line and paragraph separators
_CONTROL = re.compile(f"[{CONTROLS}]")


def clean(text: str) -> str:
    """Normalise newlines, drop a BOM and strip control characters (ESC sequences included)."""
    return _CONTROL.sub("", unix_newlines(text).lstrip("\ufeff"))


_TERMINAL = re.compile(f"[{CONTROLS}{BIDI}]")
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{BIDI}{SEPARATORS}]")  # JSON escapes C0 itself


def for_terminal(text: str) -> str:
    """`clean`, and bidi controls removed too: for text printed to a terminal."""
    return _TERMINAL.sub("", unix_newlines(text).lstrip("\ufeff"))


def json_safe(encoded: str) -> str:
    """JSON text with DEL, C1 controls, bidi controls and line separators written as
    `\\uXXXX` escapes (JSON escapes C0 itself): the same string to a parser, inert on a
    terminal. Safe on whole documents: these characters only occur inside strings."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def unix_newlines(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line ends as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def counted(n: int, noun: str) -> str:
    """ "1 event", "3 events" (nouns with a plain plural)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# A line's closing stop: a sentence's punctuation, a closing quote or bracket, or the colon
# that opens a quote ("The letter warned:").
_CLOSED = re.compile(r"[.!?…:;\"”’')\]]\s*$")


def unclosed(line: str) -> bool:
    """Does the line end with no closing stop, as a headline, a teaser or a heading does
    ("Ferry returns to the harbour"), not a sentence?"""
    return not _CLOSED.search(line)


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Could a case-insensitive pattern, each of whose matches holds one of `words` (lowercase
    ASCII), match in `text`? A cheap test before a search that is slow to rule out (tried
    at every position): for ASCII text, exactly when its lowercase holds one of them; other
    text always may (`re.IGNORECASE` matches "İ" and "ı" for "i", "ſ" for "s", "K" for "k")."""
    global _LOWERED
    # a sentence is asked about several word lists in turn: lowercased once (one tuple,
    # rebound whole, so that threads never see a text with another's lowercase); only an
    # ASCII text is kept, so the one kept needs no second look
    lowered = _LOWERED
    if lowered[0] is not text:
        if not text.isascii():
            return True
        lowered = _LOWERED = (text, text.lower())
    low = lowered[1]
    # a plain loop: a quarter cheaper than `any(…)` on these short lists (100 calls an article)
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


_LOWERED = ("", "")  # the last text `may_hold` read, and its lowercase


# every ASCII byte but a `\w` one ([A-Za-z0-9_]) as a space: what is left to split on
# whitespace is an ASCII text's runs of `\w` (quicker than finding them with a pattern; and
# `bytes.translate` by a 256-byte table is quicker than `str.translate` by a dict)
_NOT_WORD_BYTES = bytes(c if re.match(r"\w", chr(c)) else ord(" ") for c in range(256))


def ascii_words(text: str) -> set[str] | None:
    """The words of `text` (its runs of `\\w`), lowercase, when it is ASCII: a case-insensitive
    pattern can find a whole word there only if the word is among them. None for other text,
    where such a pattern always may (see `may_hold`)."""
    if not text.isascii():
        return None
    return set(text.encode("ascii").lower().translate(_NOT_WORD_BYTES).decode("ascii").split())

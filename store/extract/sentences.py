"""Splitting a paragraph into sentences, with offsets, without breaking inside quotes.

A full stop ends a sentence only when it is not part of an abbreviation ("Jan.", "U.S.",
"Inc.", "N.M.") or an initial, and the next word starts a new sentence. A sentence that
closes inside a quotation ("…out. Rahm, today…") continues until the quote closes.

Work is linear in the paragraph: one pass over its punctuation, a bounded look at the word
before each full stop, and no sentence longer than `MAX_SENTENCE` (text with no full stops,
or a quote that never closes, would otherwise make one sentence of a whole file).
"""

from __future__ import annotations

import re

from dateline.store.extract.lexicon import ABBREVIATIONS

_END = re.compile(r"[.!?]+[\"'”’)\]]*")
MAX_SENTENCE = 2000  # chars; the longest sentences in news archives run to about 1000
_WORD_BEFORE = 64  # chars looked at before a full stop for its word ("U.S.", "Jan")
_WORD_AT_END = re.compile(r"[A-Za-z][A-Za-z.]*$")
_OPEN_QUOTES = "“"  # and ``, the newswire convention, handled where it is read
_CLOSE_QUOTE = "”"  # and ''


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at `dot` part of an abbreviation or an initial? Only the last
    `_WORD_BEFORE` chars are read, so "Mr. Mr. Mr. …" costs the same at every stop."""
    m = _WORD_AT_END.search(text, max(0, dot - _WORD_BEFORE), dot)
    if not m:
        return False
    word = m[0]
    if "." in word:  # U.S, N.M, a.m
        return True
    if len(word) == 1 and word.isupper():  # initial: "John F. Kennedy"
        return m.start() == 0 or text[m.start() - 1] != "°"  # not "warming of 2.4°C."
    return word.lower() in ABBREVIATIONS


_EVENTS = re.compile(r"``|''|[“”.!?]")  # the only characters the splitter must look at
_NEXT = re.compile(r"\s+([\"“‘'(\[`]{0,2})(\S)(\S?)")


def _camel(start: str) -> bool:
    """A brand written in camel case starts a sentence too: "iPhone", "eBay"."""
    return len(start) == 2 and start[0].islower() and start[1].isupper()


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering the paragraph's non-blank text."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0  # inside quotes
    pos = 0
    while (m := _EVENTS.search(text, pos)) is not None:
        token = m.group()
        if token in ("“", "``"):
            depth += 1
            pos = m.end()
            continue
        if token in ("”", "''"):
            depth = max(0, depth - 1)
            pos = m.end()
            continue
        i = m.start()
        end = _END.match(text, i).end()
        mark = text[i:end]  # the stop and any closing marks after it
        closes_quote = _CLOSE_QUOTE in mark or "''" in mark
        nxt = _NEXT.match(text, end)
        boundary = (
            nxt is not None
            and (nxt[2].isupper() or nxt[2].isdigit() or nxt[1] or _camel(nxt[2] + nxt[3]))
            and (depth == 0 or closes_quote)
            and not (token == "." and end == i + 1 and _is_abbreviation(text, i))
        )
        if boundary:
            spans.append((start, end))
            start = nxt.start(1) if nxt[1] else nxt.start(2)
            if closes_quote:
                depth = 0
        pos = end
    tail = text[start:].rstrip()
    if tail.strip():
        spans.append((start, start + len(tail)))
    out: list[tuple[int, int]] = []
    for s, e in spans:  # trim leading whitespace of each span
        while s < e and text[s].isspace():
            s += 1
        if e - s > MAX_SENTENCE:
            out.extend(_capped(text, s, e))
        elif s < e:
            out.append((s, e))  # (most: no longer than `_capped` would leave it)
    return out


_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at whitespace into pieces of at most `MAX_SENTENCE` chars: a transcript
    saved without full stops is still read a bounded piece at a time."""
    pieces = []
    while end - start > MAX_SENTENCE:
        m = _LAST_SPACE.match(text, start, start + MAX_SENTENCE + 1)
        cut = m.end() - 1 if m and m.end() - 1 > start else start + MAX_SENTENCE
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces

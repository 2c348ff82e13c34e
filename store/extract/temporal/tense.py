"""Clause tense guess used to resolve "Wednesday", "January 24" or "in March".

News mostly reports the past, so the default is the past; a future cue (will, 'll, is set
to, scheduled...) wins when it is closer to the expression than any past cue in the same
sentence.  Cheap on purpose: a window of the sentence and one regex, compiled once.
"""

from __future__ import annotations

import functools
import re

from . import lexicon as lx

# An -ed word after "be"/"been"/"is"... is a participle, not a past-tense verb: "will be
# named in December" must stay future; so is one after a linking "stay" or "remain" ("The
# schools will stay closed on Friday": the coming Friday).
_NOT_AFTER_AUX = "".join(
    rf"(?<!\b{aux}\s)"
    for aux in ("be", "been", "being", "is", "are", "am", "get", "gets")
    + ("stay", "stays", "remain", "remains")
)
# "as planned in October": no past (`lexicon.AS_PLANNED`)
_NOT_AS_PLANNED = rf"(?!(?<=\bas\s)(?:{'|'.join(lx.AS_PLANNED)})(?![A-Za-z]))"
# Past cues that are also participles: "will be paid", "is held" are not past tense.
_PARTICIPLES = frozenset(lx.PAST_CUES) - {
    "said", "was", "were", "did", "ago", "yesterday", "last", "earlier", "met", "went",
    "came", "took", "gave", "began", "fell", "rose", "saw", "became", "ran", "spoke", "broke",
    "flew", "knew", "grew", "chose", "drew", "wrote", "stood",
}  # fmt: skip
# A futurate present ("is coming in November") but not a past progressive ("was coming").
_FUTURATE = (
    r"(?<!\bwas\s)(?<!\bwere\s)(?:"
    + lx.by_first_letter(sorted(lx.FUTURATE_CUES, key=len)[::-1]).replace(r"\ ", r"\s+")
    + ")"
)
# Each list longest first, grouped by first letter (`lexicon.by_first_letter`).
_CUES = (
    r"(?P<f>['\u2019]ll|(?<![A-Za-z])(?:"
    + lx.by_first_letter(sorted(lx.FUTURE_CUES, key=len)[::-1]).replace(r"\ ", r"\s+")
    + "|"
    + _FUTURATE
    + r"))(?![A-Za-z])|(?<![A-Za-z])(?:(?P<p>"
    + lx.by_first_letter(
        [c for c in sorted(lx.PAST_CUES, key=len)[::-1] if c not in _PARTICIPLES | {"earlier"}]
    )
    # "no earlier than the end of the year" compares, it tells no past
    + r"|earlier(?!\s+than)"
    + "|"
    + _NOT_AFTER_AUX
    + _NOT_AS_PLANNED
    + "(?:"
    + lx.by_first_letter(sorted(_PARTICIPLES, key=len)[::-1])
    + r"|(?!(?:hundr|ne|spe|inde|b|r|sh|fe|proce)ed)(?-i:[a-z]{2,}ed))))(?![A-Za-z])"
)


@functools.cache
def _cues() -> re.Pattern:
    """`_CUES` compiled on first use: a tag run that dates no weekday or bare month never
    needs it, and its hundred-odd cue words take `re` longer to compile than all the rest of
    this module takes to import."""
    return re.compile(_CUES, re.IGNORECASE)


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)
# A coordinator (with its pronoun or "then") right before a word: the word opens the next
# clause. A tense cue there is that clause's ("were finished in June and will be
# finished in the autumn of 2016"), unlike "On Sunday, police and FBI agents said"; and
# `extract.dating` does not date a verb there by a date before it.
NEXT_CLAUSE = re.compile(
    r"(?:\b(?:and|but)\s+(?:(?:it|he|she|they|we|i|you|then|also|later)\s+)?|;\s*)$",
    re.IGNORECASE,
)
# not the full stop of a title, a short place name or an initial ("Mr. Ray", "St. Paul",
# "George W. Bush"): the sentence goes on ("will be held in St. Paul, May 13-16")
_SENT_END = re.compile(
    r"(?:(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.|[!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z])|\n\s*\n"
)
_WINDOW = 200
# a colon that closes a heading or a label and opens a sentence of its own
_HEADING_END = re.compile(r":\s+[\"'\u201c]?[A-Z]")


def sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
        s = m.end()
    m = _SENT_END.search(text, end, hi)
    return s, (m.start() + 1 if m else hi)


def tense(text: str, start: int, end: int) -> str | None:
    """'PAST', 'FUTURE' or None (no cue) for the clause around text[start:end]."""
    return tense_cue(text, start, end)[0]


_GOVERNS = re.compile(
    r"\s*(?:(?:on|in|to|until|till|through|by|at|for|from|since)\s+)?(?:the\s+)?", re.IGNORECASE
)


def tense_cue(
    text: str, start: int, end: int, window: tuple[int, int] | None = None
) -> tuple[str | None, bool]:
    """The closest tense cue of the sentence around text[start:end], and whether it governs
    the expression directly: the verb right before it, at most a preposition apart
    ("ended Jan. 31", "was extended to Nov. 20", "will meet on Monday"). `window`: its
    `sentence_window`, when the caller has it already."""
    lo, hi = window or sentence_window(text, start, end)
    best: tuple[int, str, bool] | None = None
    for m in _cues().finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        if m.end() <= start and _GOVERNS.fullmatch(text, m.end(), start) is not None:
            # the verb the expression hangs on decides, whatever cue comes nearer after it:
            # "refused on Monday to vote" is last Monday's refusal, not next Monday's vote
            governing = "FUTURE" if m.group("f") else "PAST"
            return governing, True
        if m.start() >= end and _RELATIVE_BEFORE.search(text, max(end, m.start() - 12), m.start()):
            continue  # "approved it on Tuesday that will grant …": the relative clause's tense
        if m.start() >= end and NEXT_CLAUSE.search(text, max(end, m.start() - 12), m.start()):
            continue
        if m.start() >= end and _HEADING_END.search(text, end, m.start()):
            continue  # "Ridge at Vale, 1 p.m. Saturday: The two met in Week 10": the heading's
            # game is the coming one, whatever the sentence after its colon tells
        dist = start - m.end() if m.end() <= start else m.start() - end
        kind = "FUTURE" if m.group("f") else "PAST"
        if best is None or dist < best[0]:
            g = m.end() <= start and _GOVERNS.fullmatch(text, m.end(), start) is not None
            best = (dist, kind, g)
    return (best[1], best[2]) if best else (None, False)

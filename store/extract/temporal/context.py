"""Per-document state and the small helpers shared by the checks and the normalisers.

`Context` carries the text, the DCT and the narrative anchors (every date resolved so far,
in text order); `Norm` is what a normaliser returns.  `from_dct` and `from_anchor` are the
two ways a relative value is computed: deictic expressions ("yesterday", "last month")
count from the DCT, anaphoric ones ("the next day", "that month") from the latest anchor
that is at least as fine as they need.  Without the anchor, or when the count leaves years
1..9999 ("tomorrow" written on 31 December 9999), the value keeps X placeholders.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .calendrics import (
    Anchor,
    OutOfRange,
    closest_year,
    fmt,
    in_range,
    placeholder,
    safe_date,
    shift,
    weekday_on_or_after,
    weekday_on_or_before,
)
from .tense import sentence_window, tense, tense_cue


@dataclass(slots=True)
class Context:
    text: str
    dct: dt.date | None
    ref: Anchor | None = None  # narrative anchor: the last resolved date
    history: list[Anchor] = field(default_factory=list)  # all anchors, in text order
    written: list[tuple[int, int]] = field(default_factory=list)  # (end, year) years written
    pushed_at: int = 0  # where the last anchor was written (its end)

    def tense(self, m: re.Match) -> str | None:
        return tense(self.text, m.start(), m.end())

    def year_for(self, m: re.Match, month: int, day: int, base: dt.date, bare: bool = False) -> int:
        """Year of a month/day given without one, from the clause tense: a past-tense verb
        governing the date ("ended Jan. 31") is trusted outright, a governing future cue
        ("was extended to Feb. 2") up to 10x farther, any other cue only breaks near-ties
        (2x; see `calendrics.closest_year`). A `bare` month with no cue at all, not even a
        modal, is the past one at that (2x): news tells the past."""
        told = _OF_THAT_YEAR.match(self.text, m.end())
        if told:
            # "In January of that year", "in May of the same year": the year the story has
            # come to, not the publication's
            anchor = self.anchor_for("Y")
            if anchor and in_range(anchor[0].year):
                return anchor[0].year
        window = sentence_window(self.text, m.start(), m.end())  # read once, used thrice
        lo = window[0]
        if lx.OWN_EDIT.search(self.text, lo, m.start()):
            return closest_year(month, day, base, None)  # the nearest, not the past one
        kind, governs = tense_cue(self.text, m.start(), m.end(), window)
        if kind != "FUTURE" and self.written:
            # "After denying rumours in the summer of 2004, he resigned in mid-August": the
            # year the sentence has just written, not the publication's
            end, year = self.written[-1]
            if lo <= end <= m.start() and in_range(year):
                return year
        if kind is None and bare and not _modal_near(self.text, m, window):
            # "recall the ferry strike that shut the port for a week in May", written in
            # December: no verb tells the time of the month; the May just gone, unless the
            # coming one is much nearer ("members can plan the summit in April" stays next
            # April: a modal speaks of what may be)
            kind = "PAST"
        ratio = (float("inf") if kind == "PAST" else 10.0) if governs else 2.0
        if kind == "FUTURE" and not governs:
            # "will open a plant in March", written in May: next March; a plan is rarely
            # dated to a month already past
            ratio = 10.0
        return closest_year(month, day, base, kind, ratio)

    def push(self, anchor: Anchor) -> None:
        self.ref = anchor
        self.history.append(anchor)

    def anchor_for(self, gran: str) -> Anchor | None:
        """Latest anchor at least as fine as `gran` ("the next day" needs a day), else the
        DCT."""
        need = FINENESS.get(gran, 0)
        for a in reversed(self.history):
            if FINENESS.get(a[1], 9) <= need:
                return a
        return (self.dct, "D") if self.dct else None


# a lowercase modal ("can", "may"): not the month "May"
_ABILITY_MODAL = re.compile(r"(?<![A-Za-z])(?:" + "|".join(lx.ABILITY_MODALS) + r")(?![A-Za-z])")


def _modal_near(text: str, m: re.Match, window: tuple[int, int]) -> bool:
    """Whether the sentence of `m` (its `sentence_window`) holds a modal of ability or
    possibility outside `m`."""
    lo, hi = window
    return bool(
        _ABILITY_MODAL.search(text, lo, m.start()) or _ABILITY_MODAL.search(text, m.end(), hi)
    )


# after a month or a day, the year the story has told ("January of that year"); not "of the
# following year", which the tagger counts on from the month it has just resolved
_OF_THAT_YEAR = re.compile(r"\s*,?\s+of\s+(?:that|that\s+same|the\s+same)\s+year\b", re.I)

FINENESS = {"D": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}


@dataclass(slots=True)
class Norm:
    value: str
    type: str | None = None  # overrides the rule's type
    mod: str | None = None
    anchored: bool = False
    resolved: bool = True
    anchor: Anchor | None = None  # becomes the narrative anchor


# ---------------------------------------------------------------------------- helpers

UNIT_GRAN = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q",
              "year": "Y", "decade": "DE", "century": "CE"}  # fmt: skip
_SPACES = re.compile(r"\s+")
_NUM_SPLIT = re.compile(r"[\s-]+")


def low(s: str | None) -> str:
    return _SPACES.sub(" ", s.lower()) if s else ""


def month_num(s: str) -> int:
    return lx.MONTHS[s.lower().rstrip(".")]


def unit_word(s: str) -> str:
    s = s.lower()
    s = lx.UNIT_PLURALS.get(s, s)
    return s[:-1] if s.endswith("s") and s[:-1] in lx.UNITS else s


def is_plural(s: str) -> bool:
    return s.lower().endswith(("s", "ies"))


def parse_number(s: str | None) -> float | None:
    """Number words/digits -> number; None for vague quantities ("several")."""
    if not s:
        return None
    s = low(s)
    if s in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[s]
    half = 0.0
    for tail in (" 1/2", " and a half"):
        if s.endswith(tail):
            s, half = s[: -len(tail)], 0.5
    try:
        return float(s.replace(",", "")) + half
    except ValueError:
        pass
    parts = _NUM_SPLIT.split(s)
    if all(p in lx.NUMBER_WORDS for p in parts):
        return sum(lx.NUMBER_WORDS[p] for p in parts) + half
    return None


def numstr(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def point_mod(s: str | None) -> str | None:
    if not s:
        return None
    s = low(s).rstrip("- ")
    return lx.POINT_MODS.get(s) or lx.POINT_MODS.get(s.split()[-1])


def quant_mod(s: str | None) -> str | None:
    return lx.QUANT_MODS.get(low(s)) if s else None


def from_dct(ctx: Context, gran: str, n: int, mod: str | None = None, typ=None) -> Norm:
    """Value `n` units of `gran` away from the DCT."""
    return _counted(ctx.dct, gran, n, mod, typ)


def from_anchor(ctx: Context, gran: str, n: int, mod: str | None = None, typ=None) -> Norm:
    """Value `n` units of `gran` away from the narrative anchor (or the DCT)."""
    a = ctx.anchor_for(gran)
    return _counted(a[0] if a else None, gran, n, mod, typ)


def _counted(base: dt.date | None, gran: str, n: int, mod: str | None, typ) -> Norm:
    if base is not None:
        try:
            d = shift(base, gran, n)
        except OutOfRange:  # "tomorrow" written on 31 December 9999
            pass
        else:
            return Norm(fmt(d, gran), typ, mod, anchored=True, anchor=(d, gran))
    return Norm(placeholder(gran), typ, mod, anchored=True, resolved=False)


_ANAPHORIC_WEEKDAY = {"the previous": -1, "the preceding": -1, "the prior": -1,
                      "the following": 1, "the next": 1}  # fmt: skip


def weekday_date(ctx: Context, m: re.Match, wd: int, rel: str) -> dt.date | None:
    """The day a weekday names; None without a DCT or outside years 1..9999 ("last Friday"
    written on Monday 1 January 0001)."""
    try:
        return _weekday_date(ctx, m, wd, rel)
    except OutOfRange:
        return None


def _weekday_date(ctx: Context, m: re.Match, wd: int, rel: str) -> dt.date | None:
    if rel in _ANAPHORIC_WEEKDAY:  # "the previous Friday": counted from the narrative day
        a = ctx.anchor_for("D")
        if a is None:
            return None
        if _ANAPHORIC_WEEKDAY[rel] < 0:
            return weekday_on_or_before(shift(a[0], "D", -1), wd)
        return weekday_on_or_after(shift(a[0], "D", 1), wd)
    if ctx.dct is None:
        return None
    d = ctx.dct
    if rel in ("last", "past", "this past"):
        return weekday_on_or_before(shift(d, "D", -1), wd)
    if rel == "next":
        return weekday_on_or_after(shift(d, "D", 1), wd)
    if rel in ("this", "coming"):
        return weekday_on_or_after(d, wd)
    if _POSSESSIVE.match(ctx.text, m.end()):
        return weekday_on_or_before(d, wd)  # "Wednesday's ruling": a reported event
    t = ctx.tense(m)
    if t == "FUTURE":
        return weekday_on_or_after(d, wd)
    if t is None:  # no cue at all ("Arafat and Netanyahu meet Monday"): the nearer one
        if _STARTING.search(ctx.text, max(0, m.start() - 12), m.start()) and not _PERFECT.search(
            ctx.text, max(0, m.start() - 80), m.start()
        ):
            # "is making its reserves free from Monday", "fares rise starting Friday": a
            # start still to come (not "has been free from Monday")
            return weekday_on_or_after(d, wd)
        a, b = weekday_on_or_before(d, wd), weekday_on_or_after(d, wd)
        return a if (d - a) <= (b - d) else b
    return weekday_on_or_before(d, wd)


_POSSESSIVE = re.compile(r"['\u2019]s(?![A-Za-z])")
_STARTING = re.compile(r"\b(?:from|starting|beginning|effective)\s+$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been|\w+ed)\b", re.IGNORECASE)


_DAYPHRASE_MD = re.compile(r"([A-Za-z]+)\.?\s+(\d+)(?:,?\s+(\d{4}))?")


def day_of_phrase(ctx: Context, m: re.Match, phrase: str | None) -> tuple[dt.date | None, bool]:
    """Date named by a trailing/leading day phrase ("Wednesday", "yesterday", "Nov. 9"),
    or the narrative day / DCT when there is none.  Returns (date, anchored)."""
    p = low(phrase)
    if not p:
        a = ctx.anchor_for("D")
        return (a[0] if a else None), True
    if p in lx.WEEKDAYS:
        return weekday_date(ctx, m, lx.WEEKDAYS[p], ""), True
    if p in ("today", "tonight"):
        return ctx.dct, True
    if p in ("yesterday", "tomorrow"):
        n = -1 if p == "yesterday" else 1
        try:
            return (shift(ctx.dct, "D", n) if ctx.dct else None), True
        except OutOfRange:  # "noon tomorrow" written on 31 December 9999
            return None, True
    md = _DAYPHRASE_MD.match(p)
    if md and md.group(1) in lx.MONTHS:
        mo, day = lx.MONTHS[md.group(1)], int(md.group(2))
        if md.group(3):  # "3am on Saturday October 5, 2013": the year written
            return safe_date(int(md.group(3)), mo, day), True
        base = ctx.dct or (ctx.ref[0] if ctx.ref else None)
        if base is None:
            return None, True
        return safe_date(ctx.year_for(m, mo, day, base), mo, day), True
    return None, True


def group(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


_NEXT_WORD = re.compile(r"\s*([A-Za-z%]+|[%$])")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def prev_word(text: str, i: int) -> str:
    r"""The run of ASCII letters that ends the 30 chars before `i` but for spaces and commas
    (lower case), else "".  Read back char by char: the regex `([A-Za-z]+)[\s,]*$` searched
    there tries every letter of the window as the word's start, each down to its end."""
    lo = max(0, i - 30)
    end = min(i, len(text))
    while end > lo and (text[end - 1] == "," or text[end - 1].isspace()):
        end -= 1
    start = end
    while start > lo and text[start - 1] in _LETTERS:
        start -= 1
    return text[start:end].lower()


def next_word(text: str, i: int) -> str:
    m = _NEXT_WORD.match(text, i)
    return m.group(1).lower() if m else ""

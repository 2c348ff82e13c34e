"""Context vetoes named by the rules' `check` field.

They run on raw matches before overlaps are resolved, so that a vetoed long match does not
hide a shorter valid one: "May" the modal verb, "2000 people", "the fall of Rome", ages.
"""

from __future__ import annotations

import functools
import re

from . import lexicon as lx
from .context import is_plural, low, next_word, prev_word

_MAY_CUES = frozenset(lx.YEAR_CUES) | {"last", "next", "this", "since", "until", "mid"}


_DAY_NEXT = re.compile(r"\s+\d{1,2}(?!\d)")
# the word before an "and"/"or" that ends just before a month: "April and ", "2019 or "
_JOINED = re.compile(r"([A-Za-z]+|\d+)\.?,?\s+(?:and|or)\s+$", re.I)


def check_month(m: re.Match, text: str) -> bool:
    mo = m.group("mo")
    if _DAY_NEXT.match(text, m.end()):
        return False  # "last Oct. 23": the month-day rule owns it
    if m.group("rel"):
        return True
    if mo in ("May", "March"):
        prev = prev_word(text, m.start())
        if prev in ("and", "or"):  # "April and May", not "Holtz or May", "Johnson and May"
            joined = _JOINED.search(text, max(0, m.start() - 40), m.start())
            return joined is not None and (
                joined.group(1).lower() in lx.MONTHS or joined.group(1).isdigit()
            )
        return prev in _MAY_CUES
    if mo.endswith(".") or m.group(0).endswith("."):
        return True
    return not (len(mo) <= 4 and mo not in ("June", "July"))  # bare "Jan", "Dec"...


def check_year(m: re.Match, text: str) -> bool:
    """A bare 4-digit number is a year unless it counts something ("2000 people") or
    names something ("Route 1600"); years before 1900 need a cue like "in" or "since"."""
    if m.group("pre"):
        return True
    y = int(m.group("y"))
    nxt = next_word(text, m.end())
    if nxt in lx.COUNTED_NOUNS or nxt in ("%", "$"):
        return False
    prev = prev_word(text, m.start())
    before = text[max(0, m.start() - 2) : m.start()]
    if "#" in before or prev in lx.NOT_YEAR_BEFORE:
        return False
    if 1900 <= y <= 2099:
        return True
    following = text[m.end() : m.end() + 2].strip()
    return (
        prev in lx.YEAR_CUES
        and prev != "and"
        and (not following[:1].isupper() or _OPENING_CUE.search(text, 0, m.start()) is not None)
    )


# A year cue opening its sentence: "In 1874 Hallam sailed …" is that year, however a
# capital after an old year may start an address elsewhere ("at 1600 Pennsylvania Avenue")
_OPENING_CUE = re.compile(r"(?:^|[.!?\n]\s*|[“\"]\s*)(?:In|By|Since|Until|During)\s+$")


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")  # a name (or a sentence) begins next


def check_decade(m: re.Match, text: str) -> bool:
    if m.group("dw"):
        return m.group(0).lower().startswith("the")
    whole = m.group(0)
    if (
        m.group("c")
        and not whole[-2:-1].isdigit()  # "1990's", "1990’s": a decade, or the year's
        and not whole.lower().startswith("the")
        and not m.group("pmod")
        and _CAPITAL_NEXT.match(text, m.end())
    ):
        return False  # "1990’s Unison", the year's album: a year, not the 1990s
    return prev_word(text, m.start()) not in ("his", "her", "their", "its", "my", "your")


# Where a sentence, a quotation or a story body (after a dateline's "--" or "_") begins.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'`()\n\u201c\u2018_\u2013\u2014-])\s*$")


def check_season(m: re.Match, text: str) -> bool:
    """Capitalised seasons inside a sentence are names ("Winter Olympics", "Spring Street");
    "fall" needs a determiner or a year to be a season rather than a drop."""
    if m.group("y") or m.group("sy"):
        return True
    if text[m.end() : m.end() + 1] in ("-", "\u2010") and text[m.end() + 1 : m.end() + 2].isalpha():
        return False  # "the winter-like weather", "a summer-long drought": no season's time
    s = m.group("s")
    if (
        not m.group("rel")
        and prev_word(text, m.start()) in ("a", "an")
        and next_word(text, m.end())[:1].islower()
    ):
        return False  # "A winter storm struck on Wednesday", "a summer job": a kind of thing
    if s[0].isupper() and (
        m.group("rel")
        or not _SENTENCE_START.search(text, max(0, m.start() - 20), m.start())
        or (next_word(text, m.end())[:1].isalpha() and text[m.end() + 1 : m.end() + 2].isupper())
    ):
        return False
    if s.lower() != "fall":
        return True
    rel = low(m.group("rel"))
    if not rel and not m.group("pmod"):
        return False
    if rel == "the":
        return next_word(text, m.end()) not in ("of", "in", "from", "to", "was", "is")
    return True


# what a quarter or half is "of": a year ("of the year", "of fiscal 2010") or something else
_PART_OF = re.compile(r"\s+of\s+(?:(?:the|this|that|its|their)\s+)?([A-Za-z]+|\d)")
_YEARS_OF = frozenset("year years fiscal calendar financial current last next decade".split())


def check_quarter(m: re.Match, text: str) -> bool:
    """ "the second half of the Lions' 30-20 loss", "the first quarter of the game": a part
    of a match or a thing, not of a year; "the first half of the year", "the third quarter
    of 2009" and a bare "in the second half" (of the year, in business news) stay."""
    if m.group("y") or m.group("y1") or m.group("yexpr") or m.group("ytail"):
        return True
    of = _PART_OF.match(text, m.end())
    if of is None:
        # "a touchdown in the fourth quarter", "scored early in the second half": the game's
        lo = max(text.rfind(". ", 0, m.start()) + 1, m.start() - lx.GAME_REACH)
        hi = text.find(". ", m.end())
        hi = m.end() + lx.GAME_REACH if hi < 0 else min(hi, m.end() + lx.GAME_REACH)
        return not lx.GAME_WORDS.search(text, max(0, lo), hi)
    return of[1][0].isdigit() or of[1].lower() in _YEARS_OF


_BARE_THE_UNITS = {"weekend", "year", "week"}
_ANAPHORIC_DAY = {"that", "that same", "the next", "the following", "the previous", "the preceding",
                  "the same", "the prior"}  # fmt: skip


def check_rel_unit(m: re.Match, text: str) -> bool:
    rel, unit = low(m.group("rel")), m.group("unit").lower()
    if rel == "the":
        return (bool(m.group("pmod")) or unit in _BARE_THE_UNITS) and unit != "day"
    if unit == "day":
        return rel in _ANAPHORIC_DAY
    return not (rel == "current" and unit not in ("year", "quarter", "month", "week"))


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"'\u2019\u201d]|--|$)")
# a clause's subject right after "that": a pronoun, an article or a name ("A year after that
# the firm moved", "… after that Lee quit"); a lowercase noun is what "that" points at
_NEW_CLAUSE = re.compile(r"\s+(?:(?:he|she|they|we|i|it|the|a|an|its|his|her|their)\b|[A-Z])")


def check_ago(m: re.Match, text: str) -> bool:
    d = low(m.group("dir"))
    if not m.group("n") and not is_plural(m.group("unit")):
        return False
    if m.group("that"):  # "Two years after that, the town sold the site", "A year after
        # that she hired staff", not "after that deal collapsed"
        return d in ("before", "after") and bool(
            _CLAUSE_END.match(text, m.end()) or _NEW_CLAUSE.match(text, m.end())
        )
    if d in ("before", "after", "prior", "back", "previously"):
        return bool(_CLAUSE_END.match(text, m.end()))
    if d in ("earlier", "later"):
        return next_word(text, m.end()) != "than"
    return True


def check_duration(m: re.Match, text: str) -> bool:
    n, unit = low(m.group("n")), m.group("unit").lower()
    if n in ("a", "an", "one") and is_plural(unit):
        return False
    if n in ("a", "an") and m.group("adj") or low(m.group("adj")) == "old":
        return False
    if next_word(text, m.end()) == "old":  # a person's age: "Smith, 52 years old"
        return False
    if len(n) == 4 and n.isdigit() and n[:2] in ("19", "20"):
        return False
    if unit.startswith("second") and not n[:1].isdigit() and n not in lx.NUMBER_WORDS:
        return False
    if unit.startswith("second") and n in ("a", "an"):
        return False
    if unit.startswith("quarter") and next_word(text, m.end()) == "of":
        return False
    return not (n in ("some", "many") and not is_plural(unit))


def check_duration_vague(m: re.Match, text: str) -> bool:
    u = m.group("unit")
    return u is None or is_plural(u)


def check_set(m: re.Match, text: str) -> bool:
    return m.group("q").lower() not in ("a", "an") or bool(m.group("freq"))


def check_vague(m: re.Match, text: str) -> bool:
    w = m.group("w").lower()
    if w == "the present":
        return next_word(text, m.end()) in ("", ".", ",")
    if w in ("the past", "the future"):  # "the past three summers" counts something else
        return not _count_next().match(text, m.end())
    return True


_COUNT_NEXT = (
    r"\s+(?:\d|(?:few|several|many|couple|dozen|"
    + "|".join(w for w in lx.NUMBER_WORDS if " " not in w and w not in ("a", "an"))
    + r")\b)"
)


@functools.cache
def _count_next() -> re.Pattern:
    """`_COUNT_NEXT` compiled on first use ("the past"/"the future" are rare)."""
    return re.compile(_COUNT_NEXT, re.IGNORECASE)


def check_spelled_year(m: re.Match, text: str) -> bool:
    """ "nineteen ninety-six" is a year; "twenty five" (a count) needs "the year" before."""
    if m.group(0).lower().startswith("the year"):
        return True
    return (
        low(m.group("c")) in ("nineteen", "eighteen")
        and bool(m.group("rest"))
        and (next_word(text, m.end()) not in lx.COUNTED_NOUNS)
    )


def check_pod_alone(m: re.Match, text: str) -> bool:
    """ "the morning" is a time only when it is not a modifier or owned by a phrase:
    "the morning paper", "the morning of May 5" (that one is a date rule's)."""
    nxt = next_word(text, m.end())
    return nxt in ("", "to", "and", "or", "when", "before", "after", "as", "while", "session")


_WORD = re.compile(r"[A-Za-z]+")


def is_name(text: str, start: int, end: int) -> bool:
    """A time word capitalised inside a sentence makes the expression part of a name
    (`lx.COMMON_TIME_WORDS`): 'said on ABC's "This Week"', "VOA Today".  The first word of
    a sentence (or of a quotation) is capitalised anyway and proves nothing."""
    for w in _WORD.finditer(text, start, end):
        tok = w.group()
        if len(tok) < 2 or not tok[0].isupper() or not tok[1:].islower():
            continue
        if tok.lower() not in lx.COMMON_TIME_WORDS:
            continue
        if _OF_NAME.match(text, end) or not _SENTENCE_START.search(
            text, max(0, w.start() - 20), w.start()
        ):
            return True
    return False


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][a-z]")  # "Spring of Life", "Day of Rage"

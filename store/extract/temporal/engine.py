"""Tagging engine: collect candidates, keep the longest, normalise.

Overlaps are resolved before normalisation (longest match wins, then rule order), and
normalisation runs left to right so each resolved date becomes the narrative anchor for
the anaphoric expressions after it.  A normaliser whose arithmetic leaves years 1..9999
gives an unresolved expression (X placeholders), like one without a DCT.

A rule's regex is compiled the first time a text contains one of its trigger words, not at
import: `re` parses patterns in pure Python, compiling all the rules costs more than the
rest of the tagger's import put together, and a short text needs only a few of them. A rule
with optional openings ("about three days ago") is slow to try at every position of its
windows, so a window is searched only when it holds what every match needs (`rules.NEEDS`),
and only from the characters a match can start with (`starts`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from itertools import compress

from . import checks
from . import normalise as nz
from .calendrics import OutOfRange, placeholder
from .lexicon import LOOKED_AHEAD_TO, WEEKDAYS
from .rules import MARGINS, NAMES_ALLOWED, NEEDS, RULES, TRIGGERS, WHOLE_TEXT_NEEDS
from .starts import start_lookahead
from .timex import Timex

_FUNCS = tuple(
    (getattr(nz, rule.norm), getattr(checks, rule.check) if rule.check else None) for rule in RULES
)


_COMPILED: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def _compile(idx: int) -> tuple[re.Pattern, re.Pattern | None]:
    """Rule `idx`'s pattern and what every match needs (`rules.NEEDS`), compiled when a
    text first contains one of its triggers."""
    needs = NEEDS.get(RULES[idx].name)
    pattern = RULES[idx].pattern
    _COMPILED[idx] = (
        # led by the characters a match can start with (`starts`): fails fast elsewhere
        re.compile(start_lookahead(pattern, re.IGNORECASE) + pattern, re.IGNORECASE),
        re.compile(needs, re.IGNORECASE) if needs else None,
    )
    return _COMPILED[idx]


_WORD = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"\d+")
_RULES_BY_TRIGGER: dict[str, tuple[int, ...]] = {}
for _i, _r in enumerate(RULES):
    for _w in TRIGGERS[_r.name]:
        _RULES_BY_TRIGGER[_w] = (*_RULES_BY_TRIGGER.get(_w, ()), _i)
_MARGINS = tuple(MARGINS.get(r.name, (72, 72)) for r in RULES)
_NAME_CHECK = tuple(r.name not in NAMES_ALLOWED for r in RULES)
_WHOLE_TEXT_NEEDS = frozenset(i for i, r in enumerate(RULES) if r.name in WHOLE_TEXT_NEEDS)


def _windows(text: str) -> dict[int, list[tuple[int, int]]]:
    """Per rule, merged text windows around its trigger words, snapped to whitespace.

    A text's tokens are its runs of ASCII letters and its runs of digits ("#").  Most words
    wake no rule, so they are looked up by `map` (lower case, then the rules it wakes) rather
    than one by one in a Python loop, and only the words that wake a rule are kept."""
    words = list(_WORD.finditer(text))
    woken = list(map(_RULES_BY_TRIGGER.get, map(str.lower, map(re.Match.group, words))))
    hits = [
        (m.span(), rules)
        for m, rules in zip(compress(words, woken), filter(None, woken), strict=True)
    ]
    by_digit = _RULES_BY_TRIGGER["#"]
    hits += [(m.span(), by_digit) for m in _DIGITS.finditer(text)]
    hits.sort()  # words and numbers in text order
    spans: dict[int, list[tuple[int, int]]] = {}
    for span, rules in hits:
        for idx in rules:
            lst = spans.get(idx)
            if lst is None:
                spans[idx] = [span]
            else:
                lst.append(span)
    n = len(text)
    out = {}
    for idx, lst in spans.items():
        if (
            idx in _WHOLE_TEXT_NEEDS
            and (_COMPILED.get(idx) or _compile(idx))[1].search(text) is None
        ):
            continue  # no window of the text holds what the rule needs (`rules.WHOLE_TEXT_NEEDS`)
        before, after = _MARGINS[idx]
        merged: list[tuple[int, int]] = []
        for s, e in lst:
            hi = text.find(" ", min(n, e + after))
            hi = n if hi < 0 else hi
            # The window's start, the space before `s - before`, reaches the last window
            # exactly when `s - before` does: that window ends at a space (or the end).
            if merged and s - before <= merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((text.rfind(" ", 0, max(0, s - before)) + 1, hi))
        out[idx] = merged
    return out


def _candidates(text: str) -> list[tuple[int, int, int, re.Match]]:
    out = []
    for idx, windows in _windows(text).items():
        rx, needs = _COMPILED.get(idx) or _compile(idx)
        check = _FUNCS[idx][1]
        for lo, hi in windows:
            if needs is not None and needs.search(text, lo, hi) is None:
                continue  # no match can lie in this window
            for m in rx.finditer(text, lo, hi):
                if m.end() <= m.start() or (check is not None and not check(m, text)):
                    continue
                if _NAME_CHECK[idx] and checks.is_name(text, m.start(), m.end()):
                    continue
                out.append((m.start(), m.end(), idx, m))
    return out


def _select(cands: list[tuple[int, int, int, re.Match]]) -> list[tuple[int, int, int, re.Match]]:
    """Greedy non-overlapping selection: longest first, then earliest rule."""
    cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect.bisect_left(starts, s)
        if i > 0 and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


_YEAR = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")
_SETTING_START = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_SETTING_END = re.compile(r"\s*,")
_MONTH_SETTING_START = re.compile(r"\b(?:in|on)\s+$", re.IGNORECASE)
_APPOSITION = re.compile(r",\s*(?:a|an|the)?\s*")


def _restates(text: str, before: Timex, s: int, e: int) -> bool:
    """Is text[s:e] a weekday in apposition to the day just tagged, and that day's weekday
    ("Dec. 18, a Wednesday", "on March 3, Tuesday")?"""
    day = WEEKDAYS.get(text[s:e].lower())
    if day is None or not _APPOSITION.fullmatch(text, before.end, s):
        return False
    try:
        return dt.date.fromisoformat(before.value).isoweekday() == day
    except (TypeError, ValueError):
        return False


def tag(text: str, dct: dt.date | None = None) -> list[Timex]:
    """Find and normalise the time expressions of `text` (see package docstring)."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    elif not isinstance(dct, dt.date):
        dct = None
    ctx = nz.Context(text, dct, (dct, "D") if dct else None)
    out: list[Timex] = []
    for s, e, idx, m in _select(_candidates(text)):
        rule, norm = RULES[idx], _FUNCS[idx][0]
        try:
            res = norm(m, ctx)
        except OutOfRange as beyond:  # "the year-earlier quarter" written early in year 1
            res = nz.Norm(placeholder(beyond.gran), anchored=True, resolved=False)
        except (ValueError, KeyError, OverflowError, TypeError, IndexError, AttributeError):
            res = None
        if res is None:
            continue
        if out and _restates(text, out[-1], s, e):
            # "on Dec. 18, a Wednesday": the weekday names the date before it, not another day
            res.value = out[-1].value
            res.anchor = (dt.date.fromisoformat(res.value), "D")
        out.append(
            Timex(s, e, text[s:e], res.type or rule.type, res.value, res.mod,
                  res.anchored, res.resolved)
        )  # fmt: skip
        if (
            res.anchor is not None
            and res.resolved
            and not LOOKED_AHEAD_TO.search(text, max(0, s - 60), s)
        ):
            # not a date the sentence looks ahead to ("…, ahead of the sign-up cutoff at noon
            # on Nov. 15. Later that day …" is the day of the telling)
            ctx.push(res.anchor)
            ctx.pushed_at = e
        written = _YEAR.search(text, s, e)
        if (
            written
            and res.value.startswith(written[0])
            and (
                _SETTING_END.match(text, e)
                and _SETTING_START.search(text, max(0, s - 8), s)
                or len(res.value) >= 7
                and _MONTH_SETTING_START.search(text, max(0, s - 8), s)
            )
        ):
            # "In the summer of 2004, …", "during 2004, …": a setting for the months after it
            # in the sentence (not "approved in 1987 that …", "will get $12 billion for
            # 2016, … released late Oct. 4"); so is a month of a year the sentence tells of
            # ("was brought in in October 1994, after Lee resigned in May": May 1994), not
            # one after a bound ("the best month since January 2009")
            ctx.written.append((e, int(written[0])))
    return _shared_year(text, _bracketed_dates(text, out))


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _bracketed_dates(text: str, out: list[Timex]) -> list[Timex]:
    """ "from Monday (May 4)": the weekday is the bracketed date, whichever week the
    weekday alone would have fallen in (a caption reused months later), and a date without
    a year is in the year the two agree (2020, when May 4 is a Monday)."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        day = WEEKDAYS.get(a.text.lower())
        if (
            day is None
            or not _BRACKET_OPEN.fullmatch(text, a.end, b.start)
            or not _BRACKET_CLOSE.match(text, b.end)
        ):
            continue
        try:
            named = dt.date.fromisoformat(b.value)
        except (TypeError, ValueError):
            continue
        # a date written without its year goes to the nearest year the weekday fits
        years = (0,) if not b.anchored else (0, -1, 1, -2, 2)
        for step in years:
            try:
                when = named.replace(year=named.year + step)
            except ValueError:  # 29 February
                continue
            if when.isoweekday() == day:
                out[k] = replace(a, value=when.isoformat())
                out[k + 1] = replace(b, value=when.isoformat())
                break
    return out


# Between two dates of one range or list: "from March 3 to May 9, 2017", "between March and
# May 2017", "in March and April 2016", "June–August 2019".
_RANGE_JOIN = re.compile(r"\s*(?:to|and|through|thru|until|till|or|-|–|—)\s*", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _shared_year(text: str, out: list[Timex]) -> list[Timex]:
    """A date without its year joined to one that writes it ("from March 3 to May 9, 2017",
    "in March and April 2016") is in that year, not the one the publication date gives it
    ("March" of a story of 2018 is no March 2018 here); the year before when it would come
    after the later date ("from November to February 2017": November 2016)."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.type != "DATE"
            or b.type != "DATE"
            or not a.anchored
            or _WRITTEN_YEAR.search(a.text)
            or not _WRITTEN_YEAR.search(b.text)
            or len(a.value) < 7
            or len(b.value) < 7
            or a.value[4:5] != "-"
            or b.value[4:5] != "-"
            or not _RANGE_JOIN.fullmatch(text, a.end, b.start)
        ):
            continue
        year = b.value[:4]
        if a.value[5:] > b.value[5 : len(a.value)]:
            year = str(int(year) - 1)
        out[k] = replace(a, value=year + a.value[4:])
    return out

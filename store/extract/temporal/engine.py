"""Tagging engine: collect candidates, keep the longest, normalise.

Overlaps are resolved before normalisation (longest match wins, then rule order), and
normalisation runs left to right so each resolved date becomes the narrative anchor for
the anaphoric expressions after it.  A normaliser whose arithmetic leaves years 1..9999
gives an unresolved expression (X placeholders), like one without a DCT.

A rule's regex is compiled the first time a text contains one of its trigger words, not at
import: `re` parses patterns in pure Python, compiling all the rules costs more than the
rest of the tagger's import put together, and a short text needs only a few of them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from . import checks
from . import normalise as nz
from .calendrics import OutOfRange, placeholder
from .rules import MARGINS, NAMES_ALLOWED, RULES, TRIGGERS
from .timex import Timex

_FUNCS = tuple(
    (getattr(nz, rule.norm), getattr(checks, rule.check) if rule.check else None) for rule in RULES
)


@functools.cache
def _regex(idx: int) -> re.Pattern:
    """Rule `idx`'s pattern, compiled when a text first contains one of its triggers."""
    return re.compile(RULES[idx].pattern, re.IGNORECASE)


_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_RULES_BY_TRIGGER: dict[str, tuple[int, ...]] = {}
for _i, _r in enumerate(RULES):
    for _w in TRIGGERS[_r.name]:
        _RULES_BY_TRIGGER[_w] = (*_RULES_BY_TRIGGER.get(_w, ()), _i)
_MARGINS = tuple(MARGINS.get(r.name, (72, 72)) for r in RULES)
_NAME_CHECK = tuple(r.name not in NAMES_ALLOWED for r in RULES)


def _windows(text: str) -> dict[int, list[tuple[int, int]]]:
    """Per rule, merged text windows around its trigger words, snapped to whitespace."""
    lookup = _RULES_BY_TRIGGER.get
    spans: dict[int, list[tuple[int, int]]] = {}
    for t in _TOKEN.finditer(text):
        w = t.group()
        rules = lookup("#") if w[0].isdigit() else lookup(w.lower())
        if not rules:
            continue
        span = t.span()
        for idx in rules:
            lst = spans.get(idx)
            if lst is None:
                spans[idx] = [span]
            else:
                lst.append(span)
    n = len(text)
    out = {}
    for idx, lst in spans.items():
        before, after = _MARGINS[idx]
        merged: list[tuple[int, int]] = []
        for s, e in lst:
            lo = text.rfind(" ", 0, max(0, s - before)) + 1
            hi = text.find(" ", min(n, e + after))
            hi = n if hi < 0 else hi
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        out[idx] = merged
    return out


def _candidates(text: str) -> list[tuple[int, int, int, re.Match]]:
    out = []
    for idx, windows in _windows(text).items():
        rx, check = _regex(idx), _FUNCS[idx][1]
        for lo, hi in windows:
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
        out.append(
            Timex(s, e, text[s:e], res.type or rule.type, res.value, res.mod,
                  res.anchored, res.resolved)
        )  # fmt: skip
        if res.anchor is not None and res.resolved:
            ctx.push(res.anchor)
    return out

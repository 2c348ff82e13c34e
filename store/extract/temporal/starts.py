"""The characters a rule's match can start with, derived from its parsed pattern.

A rule whose pattern opens with optional groups ("(?:about\\s+)?(?:the\\s+)?…") gives `re`
no first character to skip to: at every position of a window it tries each alternative of
each optional group before failing.  A leading lookahead of the characters any match can
start with, `(?=[…])`, fails at most positions (spaces, punctuation, letters no word of the
rule begins with) with one test.  The class is derived mechanically from the pattern's parse
tree, so it cannot fall out of step with the rule: it is a superset of every match's first
character (case is kept as written and the rule is compiled with `re.IGNORECASE`, so a
case-sensitive part only widens it), and every match stays the same.  A pattern with a
construct the derivation does not know, or that can match the empty string, gets none.
"""

from __future__ import annotations

import re

try:  # the parser `re.compile` itself uses (private, but stable since 3.11)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - a Python without it: rules get no lookahead
    _c = _p = None


class _Unknown(Exception):
    """A construct whose first characters are not derived: any character may start it."""


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _first(seq) -> tuple[list, bool]:
    """The set items (LITERAL, RANGE, CATEGORY) a match of the sequence `seq` can start
    with, and whether it can match the empty string."""
    items: list = []
    for op, av in seq:
        first, empty = _first_of(op, av)
        items += first
        if not empty:
            return items, False
    return items, True


def _first_of(op, av) -> tuple[list, bool]:
    if op is _c.LITERAL:
        return [(op, av)], False
    if op is _c.IN:
        if any(o is _c.NEGATE for o, _ in av):
            raise _Unknown
        return list(av), False
    if op is _c.BRANCH:
        items: list = []
        empty = False
        for alternative in av[1]:
            first, e = _first(alternative)
            items += first
            empty = empty or e
        return items, empty
    if op is _c.SUBPATTERN:
        return _first(av[3])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        first, empty = _first(av[2])
        return first, empty or av[0] == 0
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):  # zero width: the next item starts the match
        return [], True
    raise _Unknown  # ANY, NOT_LITERAL, group references, …


def _class_item(op, av) -> str:
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _c.CATEGORY and str(av) in _CATEGORIES:
        return _CATEGORIES[str(av)]
    raise _Unknown


def start_lookahead(pattern: str, flags: int) -> str:
    """`(?=(?i:[…]))` of the characters a match of `pattern` (compiled with `flags`) can start
    with, to put in front of it; "" when they are not known or it can match empty."""
    if _p is None:
        return ""
    try:
        items, empty = _first(_p.parse(pattern, flags))
        if empty:
            return ""
        # case-insensitive whatever `flags` say: a superset of the first characters of a
        # pattern with case-insensitive parts too
        return "(?=(?i:[" + "".join(sorted({_class_item(op, av) for op, av in items})) + "]))"
    except _Unknown:
        return ""

"""Rule-based TIMEX3 temporal tagger (HeidelTime-style: rules and vocabularies are data).

    from dateline.store.extract.temporal import tag, Timex
    tag("Prices rose two weeks ago.", datetime.date(2018, 1, 24))

`tag(text, dct)` returns `Timex` records sorted by start, non-overlapping, with offsets
into `text`.  Relative expressions resolve against `dct` (the publication date), anaphoric
ones ("the next day", "two days later") against the last date resolved earlier in the text.
With `dct=None` deictic values keep X placeholders and `resolved=False`.
"""

from .engine import tag
from .timex import Timex

__all__ = ["Timex", "tag"]

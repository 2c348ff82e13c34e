"""How common a word is in general English, from a shipped list (`data/background.tsv`,
written by `bench/build_background.py` from wordfreq; CC BY-SA 4.0, see data/ATTRIBUTION.md).

Why: a word's rarity (idf) is counted over the articles grouped so far, and a young library
knows nothing. Its first ten articles, all about Apple, would make "company" look as telling
as "iPhone", and the grouping would depend on the order articles came in. The library is
instead taken to start with `PRIOR_DOCS` general news articles, each holding a word with the
chance its background frequency gives (`prior_share`).
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

BACKGROUND_PATH = Path(__file__).with_name("data") / "background.tsv"
DOC_WORDS = 400  # running words of a typical article: turns a frequency into a share
RARE = 3e-7  # frequency of a word the list does not hold (where the list stops)


@lru_cache(maxsize=1)
def background() -> dict[str, float]:
    """word → frequency per word of running text."""
    out = {}
    with open(BACKGROUND_PATH, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                word, freq = line.rstrip("\n").split("\t")
                out[word] = float(freq)
    return out


@lru_cache(maxsize=1 << 16)
def prior_share(feature: str) -> float:
    """The share of general news articles taken to hold a feature (`w:word`, `a:name`).
    A name is rarer than its rarest word ("steve jobs" than "jobs"): its frequency is the
    harmonic combination of its words' (as wordfreq combines a phrase's)."""
    kind, _, value = feature.partition(":")
    words = value.split() if kind == "a" else [value]
    table = background()
    freqs = [table.get(w.strip(".,'’"), RARE) for w in words] or [RARE]
    freq = 1.0 / sum(1.0 / f for f in freqs)
    return 1.0 - math.exp(-DOC_WORDS * freq)

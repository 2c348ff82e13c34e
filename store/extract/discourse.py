"""What an article has been talking about, carried from sentence to sentence.

- Who "he", "the company" and "the device" are: the last person, organisation and product
  named before (a rule of thumb that news prose mostly follows).
- The lead time: news leads with its main event ("Yesterday, … Jobs unveiled …"); later
  past-tense reports with no time of their own belong to it rather than to the publication
  date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateline.store.extract.lexicon import ORG_WORDS

_PERSON_REF = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)
_ORG_REF = re.compile(
    r"\bthe\s+(?:company|firm|corporation|group|department|agency|"
    r"organi[sz]ation|label|manufacturer|maker)\b",
    re.IGNORECASE,
)
_PRODUCT_REF = re.compile(
    r"\bthe\s+(?:new\s+)?(?:device|phone|product|player|handset|smartphone|computer|"
    r"laptop|tablet|software|system|service|store|model|gadget)\b",
    re.IGNORECASE,
)
_CAPITALS = re.compile(r"[A-Z]{2}")
LEAD_WINDOW = timedelta(days=14)  # a lead event is at most this long before publication


def kind_of(name: str) -> str:
    """person | product | org, from the name's shape alone."""
    words = name.split()
    if any(any(c.isdigit() for c in w) or (w[:1].islower() and w[1:2].isupper()) for w in words):
        return "product"
    if any(w.rstrip(".") in ORG_WORDS for w in words) or len(words) == 1 or name.isupper():
        return "org"
    if 2 <= len(words) <= 4 and all(_person_word(w) for w in words):
        return "person"
    return "org"


def _person_word(word: str) -> bool:
    """A word of a person's name: capitalised ("Jobs", "McCain", "W."), or a particle; an
    acronym or a lone letter ("Mac OS X", "PowerPC") names a thing, not a person."""
    if word in {"de", "van", "von", "bin", "al"}:
        return True
    if not word[:1].isupper() or _CAPITALS.search(word):
        return False
    return len(word) > 1


@dataclass
class Discourse:
    """Per-article state shared by the paragraphs' event finders."""

    dct: date | None = None
    lead: str | None = None
    last: dict[str, str] = field(default_factory=dict)  # kind → last name of that kind
    in_story: bool = True  # False while reading a caption

    def references(self, masked: str, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Names that pronouns and definite descriptions in the sentence stand for, with
        where they are referred to: the last of their kind named before, unless the sentence
        has just named one ("Trump … his first actions" is Trump's; "He left Tim Cook in
        charge" is the earlier person's)."""
        out = []
        for pattern, kind in (
            (_PERSON_REF, "person"),
            (_ORG_REF, "org"),
            (_PRODUCT_REF, "product"),
        ):
            m = pattern.search(masked)
            if kind not in self.last or m is None:
                continue
            if any(at < m.start() and kind_of(n) == kind for at, n in named):
                continue
            out.append((m.start(), self.last[kind]))
        return out

    def mention(self, names: list[str]) -> None:
        """Remember the sentence's names as the latest of their kind (not from captions,
        which stand outside the story's flow: "he" never means a photographer)."""
        if not self.in_story:
            return
        for name in names:
            self.last[kind_of(name)] = name

    def offer_lead(self, value: str) -> None:
        """Take a day from the first body paragraphs as the lead time, if it is recent."""
        if self.lead or self.dct is None or len(value) != 10:
            return
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return
        if (
            0 <= (self.dct - day).days <= LEAD_WINDOW.days
        ):  # no date arithmetic: dct may be 0001-01-01
            self.lead = value

"""Patterns rewritten for speed match as the patterns they replace did: the same spans and
groups on texts that probe each rewrite (a number opening a word, non-ASCII word characters,
"n't", a determiner at the start or inside a word, runs of blanks from a masked quote)."""

import re

import pytest

from dateline.store.extract import clauses, discourse, eventspans

# the patterns as they were written before the rewrites
_OLD_TOKEN = re.compile(
    r"(?=\S)(?:\d+(?:[.,:]\d+)+|[A-Za-z0-9]+(?:[’'\-][A-Za-z0-9]+)*|n[’']t|[’']\w+|[^\w\s])"
)
_OLD_EVENT_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*|\w+(?=n['’]t\b)|n['’]t\b|['’]\w+|\w+(?:-\w+)*|[^\w\s]"
)
_OLD_EVENT_TOKEN_NO_NT = re.compile(r"\d+(?:[.,:]\d+)*|['’]\w+|\w+(?:-\w+)*|[^\w\s]")
_OLD_MODEL_NUMBER = re.compile(r"[eEsS]\s+[A-Z]?\d{3}")


def _old_description() -> re.Pattern[str]:
    new = discourse._DESCRIPTION.pattern
    head = r"[Tt](?<!\w[Tt])(?i:he|his|hat|hese|hose)"
    assert new.startswith(head)
    return re.compile(
        r"\b(?i:the|this|that|these|those)" + new[len(head) :].replace(r"\s++", r"\s+")
    )


_BLANKS = " " * 90
TEXTS = [
    "The company said the new iPhone 4 sales rose 2.5% to 335,000 units at 9:30.",
    "Theirs was not the device; this new phone, these tablets and those laptops were.",
    "He didn’t say, but she can't and they won't: the firm’s CEO wasn’t there.",
    "Café owners in São Paulo sold ٣.٤ tonnes; naïve co-op users_2 saw the_company.",
    f"Apple said that{_BLANKS}and the{_BLANKS}company the  computer   store.",
    f"Analysts said the {_BLANKS}   device's antenna, the Company and The Airline.",
    "It is its 787 the A380-800 and Boeing's 777 ’90s rock-'n'-roll x-ray.",
    "anthem theatre lathe THE COMPANY tHe DeViCe this-that these' those’",
    "ſtuff İstanbul ı K the\tcompany\nthe\u00a0airline that\u2003device",
    "",
    "   ",
    "Shares 500 fell; the  S  300, those E 12 and these e\u2009777s.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_as_before(text: str) -> None:
    spans = [(m.start(), m.end(), m.group()) for m in _OLD_TOKEN.finditer(text)]
    assert clauses.tokenise(text) == spans
    for old, new in (
        (_OLD_EVENT_TOKEN, eventspans._TOKEN),
        (_OLD_EVENT_TOKEN_NO_NT, eventspans._TOKEN_NO_NT),
    ):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_descriptions_as_before(text: str) -> None:
    old = _old_description()
    found = [(m.span(), m.groups()) for m in discourse._DESCRIPTION.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in old.finditer(text)]
    for at in range(len(text) + 1):  # as `references` reads it: from any offset too
        new_m, old_m = discourse._MODEL_NUMBER.search(text, at), _OLD_MODEL_NUMBER.search(text, at)
        assert (new_m and new_m.span()) == (old_m and old_m.span())


def test_descriptions_found() -> None:
    """The rewrite still finds what it is for (not vacuously equal to the old)."""
    found = [m[1] for m in discourse._DESCRIPTION.finditer(TEXTS[0] + " " + TEXTS[1])]
    assert "company" in found and "device" in found

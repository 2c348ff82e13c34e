"""The quick tests run before slow searches (`text.may_hold`, `text.ascii_words`): each
pattern's every match must hold one of the words its test looks for, or the test would rule
out a sentence the pattern finds something in, and the events would change."""

from __future__ import annotations

import re

import pytest

from dateline.store.extract import actors, dating, discourse, events, figures, sayings, story_time
from dateline.store.extract.lexicon import BACKGROUND_PHRASES, PRIOR_WORK, PRIOR_WORK_WORDS
from dateline.store.text import ascii_words, may_hold

_TEXTS = [
    "She grew up in Fresno and was born and raised in Ohio. As a teenager she marched; as an "
    "18-year-old she left, as a young woman she sang. He graduated in 2001, received his law "
    "degree, earned a B.A. in 2003 and got her Ph.D. later, obtained a diploma.",
    "He worked as a nurse and served under Lee, began his career in Leeds, early in her career "
    "went on to lead. She had recently moved; they were recently told. RECENTLY, it rained. "
    "They played away last season, the previous season and THE PAST SEASON.",
    "Prior work and earlier studies found it; past research, older reports, previous surveys.",
    "has made the most trips of any rival, most often, more flights than any carrier, MOST "
    "FREQUENTLY.",
    "the upcoming summit, a protest set for Friday, scheduled for May, planned  for June, "
    "SLATED FOR the fall.",
    "He said his plan was hers; she told him her view. It said its 787, the planemaker, the new "
    "aircraft, this jet, the Japanese carmaker, those co-founders, THE COMPANY, the companies.",
    "Mr Adeyemi told The Harbour Gazette the ferry was late. Ms Voss agreed in an interview; "
    "the council did not respond to questions, didn't reply to a letter, could not be "
    "reached. Ruiz said in an e-mail she was done, wrote in a text message, says by phone.",
    "A few weeks later the mill shut, and days afterwards, SEVERAL YEARS AFTERWARD, it reopened.",
    "OVER THE YEARS, keepers trained her to paint; in the past, for decades and originally.",
    "The Gulls have won nine straight games, six in a row, three consecutive titles, five "
    "successive cups, made the final four years running and lost in each of the last three "
    "seasons.",
    "Cases rose to 12 per 100,000 and 3 per capita; the seven-day average, the 14-day incidence "
    "rate and the rolling average fell.",
    "Sales doubled between 2010 and 2013, from 300 in 2012 to 500 in 2019, grew over the years, "
    "over eight years, over a decade and in the space of ten days.",
    "The mine has closed, they have been told, it had sold, we've won, they've grown, it HAS "
    "NEVER BEEN SEEN.",
]

# (pattern, the words every match holds)
_SUBSTRING_TESTS = [
    (story_time._BACKGROUND, story_time._BACKGROUND_WORDS),
    (events._RECORD, events._RECORD_WORDS),
    (events._COMING, events._COMING_WORDS),
    (sayings._TO_THE_PAPER, sayings._TO_THE_PAPER_WORDS),
    (story_time._SOME_TIME_LATER, ("later", "afterward")),
    (figures._STREAK, figures._STREAK_WORDS),
    (figures._RATE, figures._RATE_WORDS),
    (figures._SPAN_OF_YEARS, figures._SPAN_OF_YEARS_WORDS),
    (dating._PERFECT, dating._PERFECT_WORDS),
]
_WORD_TESTS = [
    (discourse._PERSON_REF, discourse._PERSON_WORDS),
    (discourse._IT_REF, discourse._IT_WORDS),
    (discourse._DESCRIPTION, discourse._DESCRIPTION_WORDS),
]


# (pattern, a quicker one every match of it holds)
_PATTERN_TESTS = [
    (discourse._MODEL_REF, discourse._MODEL_NUMBER),
    (actors._RELATION_BEFORE, re.compile("of")),
]


@pytest.mark.parametrize(("pattern", "quick"), _PATTERN_TESTS)
def test_every_match_holds_what_a_quick_search_looks_for(
    pattern: re.Pattern, quick: re.Pattern
) -> None:
    texts = [
        *_TEXTS,
        "The A320 and its A321, THE 737 and ITS 747, Orbex's X200 and Zenith’s 350-Z flew; the "
        "rival of Zenith said, a subsidiary of the Orbex said, the parent firm of new Zenith",
    ]
    matched = 0
    for text in texts:
        # (ends before each capital too: `_RELATION_BEFORE` ends where a name starts)
        for end in (len(text), *(k for k, c in enumerate(text) if c.isupper())):
            for m in pattern.finditer(text, 0, end):
                assert quick.search(m.group()), (pattern.pattern[:40], m.group())
                matched += 1
    assert matched


@pytest.mark.parametrize(("pattern", "words"), _SUBSTRING_TESTS)
def test_every_match_holds_a_word_looked_for(pattern: re.Pattern, words) -> None:
    matched = 0
    for text in _TEXTS:
        for m in pattern.finditer(text):
            assert may_hold(m.group(), words), (pattern.pattern[:40], m.group())
            matched += 1
    assert matched


def test_every_background_phrase_holds_its_own_words() -> None:
    """Each phrase with its words, one by one, so that a new phrase must bring its own."""
    phrases = {**BACKGROUND_PHRASES, PRIOR_WORK: PRIOR_WORK_WORDS}
    for phrase, words in phrases.items():
        found = [
            m.group()
            for text in _TEXTS
            for m in re.finditer(rf"\b(?:{phrase})(?!\w)", text, re.IGNORECASE)
        ]
        assert found, phrase
        assert all(may_hold(f, words) for f in found), (phrase, found)


@pytest.mark.parametrize(("pattern", "words"), _WORD_TESTS)
def test_every_match_holds_a_whole_word_looked_for(pattern: re.Pattern, words) -> None:
    matched = 0
    for text in _TEXTS:
        found = ascii_words(text)
        for m in pattern.finditer(text):
            assert found & words and ascii_words(m.group()) & words, m.group()
            matched += 1
    assert matched


def test_a_text_not_ascii_may_always_hold_a_word() -> None:
    """`re.IGNORECASE` matches "ſ" for "s" and "İ" for "i": no quick test rules them out."""
    assert re.search("raised", "raiſed", re.IGNORECASE)
    assert may_hold("raiſed", ["raised"]) and ascii_words("İt") is None
    assert not may_hold("Nothing here.", ["raised"])
    assert may_hold("She was RAISED there.", ["raised"])
    assert ascii_words("It's co-founders, HIS_X.") == {"it", "s", "co", "founders", "his_x"}


def test_letter_first_patterns_find_what_look_behind_first_ones_did() -> None:
    """`actors._LOWER_WORD` and `_CAPITAL_MID` are written letter first for speed: the same
    words as the look-behind-first patterns they replace, at a text's start, after a hyphen,
    an apostrophe or a line break."""
    text = (
        "consumption rose; Consumption, which makes up most of it, fell at Ford, Acme and "
        "co-owner Lee's o’clock rival\nsales at Zenith; x-ray, Oslo;Bergen, ab Cd"
    )
    lower = re.compile(r"(?<![\w’'-])[a-z][a-z]+(?![\w’'-])")
    capital = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
    assert actors._LOWER_WORD.findall(text) == lower.findall(text)
    assert actors._CAPITAL_MID.findall(text) == capital.findall(text)
    assert "consumption" in lower.findall(text) and "Ford" in capital.findall(text)

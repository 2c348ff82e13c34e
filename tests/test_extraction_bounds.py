"""Extraction stays linear in the text: work is counted per stage, never timed.

Hostile shapes (one paragraph of a whole file, a sentence with no full stop, "Mr. " a
thousand times, a quote that never closes) are built here, at two sizes; a stage whose work
grows 4x when the text doubles is quadratic. Long paragraphs are tagged in windows: their
offsets must land back in the paragraph, and a normal article must not notice them.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from dateline.store.extract import article as extraction
from dateline.store.extract import events as events_module
from dateline.store.extract.actors import ActorIndex
from dateline.store.extract.sentences import MAX_SENTENCE, split
from dateline.store.extract.temporal import Timex
from dateline.store.formats.article import ParsedArticle, ParsedParagraph, parse_article

DCT = date(2018, 1, 24)
NAMES = ["Ana Ortiz", "Rahm Emanuel", "the council", "Acme Corp.", "Mr. Lee", "Gov. Brown"]
VERBS = ["announced", "rejected", "signed", "sued", "approved", "postponed"]
THINGS = ["the budget", "a ban on cars", "the merger", "a lawsuit", "the strike"]
WHEN = ["on Monday", "on March 3", "in 2019", "the next day", "last week", "two years ago", ""]


def plain_sentences(size: int, seed: int = 7) -> str:
    """About `size` chars of varied news sentences in one paragraph, no two alike."""
    r = random.Random(seed)
    out, total = [], 0
    while total < size:
        s = (
            f"{r.choice(NAMES)} {r.choice(VERBS)} {r.choice(THINGS)} {r.choice(WHEN)}, "
            f"and {r.randint(2, 900)} people in {r.choice(['Lagos', 'Lyon', 'Quito'])} "
            f"were told about it, officials said."
        )
        out.append(s[0].upper() + s[1:])
        total += len(s) + 1
    return " ".join(out)


def one_paragraph(text: str) -> ParsedArticle:
    return ParsedArticle("A long report", DCT, paragraphs=(ParsedParagraph("body", text),))


class CountingStr(str):
    """A str that counts the characters copied out of it by slicing (`text[:dot]` copies a
    whole prefix, which made splitting quadratic)."""

    copied = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        CountingStr.copied += len(piece)
        return piece


class CountingList(list):
    """A list that counts the items read by iterating it."""

    read = 0

    def __iter__(self):
        for item in super().__iter__():
            CountingList.read += 1
            yield item


def _copied_by_split(text: str) -> int:
    CountingStr.copied = 0
    split(CountingStr(text))
    return CountingStr.copied


HOSTILE = {
    "plain sentences": plain_sentences,
    "Mr. repeated": lambda n: ("Mr. " * n)[:n],
    "no full stop": lambda n: plain_sentences(n).replace(".", ""),
    "unclosed quote": lambda n: ("“He said. Then she said. " * n)[:n],
    "on Monday repeated": lambda n: ("on Monday, " * n)[:n],
}


@pytest.mark.parametrize("shape", HOSTILE)
def test_splitting_copies_linear_in_the_paragraph(shape):
    small, large = (_copied_by_split(HOSTILE[shape](n)) for n in (20_000, 40_000))
    assert large <= 2.3 * max(small, 1), (small, large)


@pytest.mark.parametrize("shape", HOSTILE)
def test_sentences_are_capped_and_cover_the_paragraph(shape):
    text = HOSTILE[shape](30_000)
    spans = split(text)
    assert all(0 < e - s <= MAX_SENTENCE for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    kept = "".join(text[s:e] for s, e in spans)
    assert "".join(kept.split()) == "".join(text.split())  # no text lost between pieces


def test_a_sentence_without_spaces_is_cut_too():
    spans = split("x" * (3 * MAX_SENTENCE + 5))
    assert [e - s for s, e in spans] == [MAX_SENTENCE] * 3 + [5]


def test_a_long_sentence_is_cut_at_whitespace():
    text = "word " * 2000
    for s, e in split(text):
        assert text[s:e] == text[s:e].strip()
        assert e == len(text.rstrip()) or text[e].isspace()


def test_normal_sentences_are_not_cut():
    text = "The council, which met on Monday, " + "voted, argued and voted again, " * 40 + "ended."
    assert len(text) < MAX_SENTENCE
    assert split(text) == [(0, len(text))]


def _tagged_chars(monkeypatch, text: str, window: int) -> list[int]:
    """Lengths of the texts the tagger is given for one paragraph (the tagger stubbed)."""
    calls: list[int] = []

    def counting_tag(t, dct=None):
        calls.append(len(t))
        return []

    monkeypatch.setattr(extraction, "tag", counting_tag)
    monkeypatch.setattr(extraction, "TAG_WINDOW", window)
    extraction.extract(one_paragraph(text))
    return calls


def test_the_tagger_sees_bounded_windows_whose_total_grows_linearly(monkeypatch):
    window = 4_000
    bound = window + 2 * extraction.CONTEXT + MAX_SENTENCE
    small = _tagged_chars(monkeypatch, plain_sentences(40_000), window)
    large = _tagged_chars(monkeypatch, plain_sentences(80_000), window)
    assert max(small + large) <= bound
    assert 1.8 <= sum(large) / sum(small) <= 2.2
    assert len(small) > 5


def test_a_short_article_is_tagged_in_one_call(monkeypatch):
    text = plain_sentences(3_000)
    assert _tagged_chars(monkeypatch, text, extraction.TAG_WINDOW) == [len(text)]


def test_events_read_each_time_expression_a_bounded_number_of_times():
    """Each sentence must take its own time expressions, not scan the paragraph's."""

    def items_read(size: int) -> int:
        text = plain_sentences(size)
        timexes = [Timex(s, s + 6, text[s : s + 6], "DATE", "2019", None) for s, _e in split(text)]
        CountingList.read = 0
        events_module.find_events(
            text, split(text), CountingList(timexes), DCT, ActorIndex([]), None
        )
        return CountingList.read

    small, large = items_read(10_000), items_read(20_000)
    assert large <= 2.3 * small, (small, large)


class CountingName(str):
    """A name that counts how often it is read word by word."""

    splits = 0

    def split(self, *args, **kwargs):
        CountingName.splits += 1
        return super().split(*args, **kwargs)


def test_short_names_are_looked_up_not_searched():
    """ "Garcetti" finds "Eric Garcetti" without reading every full name of the article: a
    file of thousands of names must not cost names x names."""

    def work(n: int) -> int:
        surnames = [f"Mac{chr(97 + k % 26)}{chr(97 + k // 26 % 26)}ly" for k in range(n)]
        people = [CountingName(f"{first} {last}") for first in ("Ana", "Ben") for last in surnames]
        CountingName.splits = 0
        index = ActorIndex([(p, False) for p in people])
        assert index.canonical(surnames[-1]).endswith(f" {surnames[-1]}")
        for name in surnames:
            index.canonical(name)
        return CountingName.splits

    small, large = work(200), work(400)
    assert large <= 2.3 * small, (small, large)


@pytest.fixture
def small_windows(monkeypatch):
    monkeypatch.setattr(extraction, "TAG_WINDOW", 3_000)


def test_windows_give_offsets_inside_the_paragraph(small_windows):
    text = plain_sentences(30_000, seed=3)
    found = extraction.extract(one_paragraph(text)).paragraphs[0]
    sentences = set(split(text))
    assert found.events and found.timexes
    for t in found.timexes:
        assert text[t.start : t.end] == t.text
    assert all(a.end <= b.start for a, b in zip(found.timexes, found.timexes[1:], strict=False))
    for e in found.events:
        assert (e.sent_start, e.sent_end) in sentences


def test_windows_find_what_one_call_finds(monkeypatch):
    """The same expressions, and the same values for all but the anaphoric ones ("the next
    day" leans on the last date before it, which may lie beyond a window's context)."""
    text = plain_sentences(30_000, seed=5)
    whole = extraction.extract(one_paragraph(text)).paragraphs[0].timexes
    monkeypatch.setattr(extraction, "TAG_WINDOW", 3_000)
    windowed = extraction.extract(one_paragraph(text)).paragraphs[0].timexes

    def values(timexes):
        return [(t.start, t.end, t.value) for t in timexes if t.text != "the next day"]

    assert [(t.start, t.end) for t in windowed] == [(t.start, t.end) for t in whole]
    assert values(windowed) == values(whole)


NEWS = """Council bans cars from the old town

Wednesday, January 24, 2018

LYON — The city council voted on Monday to ban cars from the old town, after a debate that
lasted until late at night. Mayor Ana Ortiz said the ban would start on March 1.

Shopkeepers protested the next day, and their union filed a lawsuit on Tuesday, saying the
council had ignored its own consultation.

“We will not give up,” said Marc Dubois, who runs a bakery on the main square. He said the
union had met the mayor twice since 2016.

The council rejected the union's request for a delay two days later. A court will hear the
case in April, officials said.
"""


def test_a_normal_article_is_the_same_with_windows_forced_small(monkeypatch):
    """A window a paragraph long: "two days later" still finds Tuesday in the context."""
    article = parse_article(NEWS)
    default = extraction.extract(article)
    calls = []
    tag = extraction.tag
    monkeypatch.setattr(extraction, "tag", lambda text, dct: calls.append(text) or tag(text, dct))
    monkeypatch.setattr(extraction, "TAG_WINDOW", max(len(p.text) for p in article.paragraphs))
    assert extraction.extract(article) == default
    assert len(calls) == len(article.paragraphs) > 1
    assert any(e.events for e in default.paragraphs)

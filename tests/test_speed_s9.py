"""The faster ways of the tagger, the language test and the worker give what the plain ways
give."""

from __future__ import annotations

import json

import pytest

from dateline.store.formats import language
from dateline.store.ingest import prepare


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the mayor said on tuesday that it's done_deal 42x",
        "“quoted,” she said — it’s £5 or €6… a\xa0b",
        "straße café ﬁne naïve",  # letters outside ASCII: the plain pattern
        "über „zitat“ 3ème",
        "tab\there\nnewline_under 9to5",
    ],
)
def test_words_are_the_pattern_words(text: str) -> None:
    assert language._words(text) == language._WORD.findall(text)


@pytest.mark.parametrize("actors", [[], ["Ann Lee"], ["Zoë", 'a "b"', "\u2028", "\x7f", "日本"]])
def test_actors_json_is_dumps(actors: list[str]) -> None:
    assert prepare._ACTORS_JSON(actors) == json.dumps(actors, ensure_ascii=False)

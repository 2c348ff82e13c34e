"""Small tests of a sentence's grammar and patterns that several of the event checks read
(`events`, `figures`, `states`, `sayings`, `story_time`, `guesses`, `writers`): the word
before a verb past its adverbs, a passive with or without its agent, "to" and a bare verb,
the clause marks a check stops at. One definition each, so the checks agree on them.
"""

from __future__ import annotations

import re

from dateline.store.extract.eventspans import poslex
from dateline.store.extract.lexicon import (
    ADVERBS,
    ARTICLES_AND_POSSESSIVES,
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FUTURE_MODALS,
    GAP_HEDGES,
    INCIDENT_NOUNS,
    NOT_AGENT_AFTER_BY,
    RELATIVES,
    SCENE_NOUNS,
    SUBORDINATORS,
)
from dateline.store.extract.taxonomy import (
    EVENT_NOUNS,
)
from dateline.store.extract.verbs import (
    ly_adverb,
    verb_form,
)

# the words of a phrase of what came before ("in the wake of", "in the aftermath of")
IN_WAKE_OF = r"in\s+the\s+(?:wake|aftermath)\s+of"


# "comes just one week after …", "came days after …": how long before the time of
# what comes its "after" clause happened
CAME_AFTER = re.compile(
    # (or set off by a comma: "ordered a ban on Thursday, a day after officials confirmed a
    # third death")
    rf"(?:\b(?:comes?|came|coming)|,)\s+(?:(?:{'|'.join(sorted(GAP_HEDGES))})\s+)?"
    r"(?P<n>(?:[\w-]+\s+){0,2}?[\w-]+\s+)??(?P<unit>day|week|month|year)s?\s+after\b",
    re.IGNORECASE,
)


# the words that open a clause of its own ("after the couple had arrived", "which had
# found", "what had happened"): a pluperfect there is not the sentence's look back
OWN_CLAUSE = SUBORDINATORS | RELATIVES | {"that", "what", "as"}


DOCUMENT = re.compile(  # "2003 federal law", "2012 paper": up to two words before it, a
    # maker's name among them ("a 2018 Harvard study", "a 2021 Reuters poll")
    r"(?:\s+(?:[a-z-]+|[A-Z][\w&.-]*)){0,2}?\s+(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b"
)


# what may stand before the year of a writing that opens a sentence: "A 2012 paper",
# "In his 1931 book", "According to a 2019 report" (not "Gilley, author of the 2017 article")
DETERMINER = "|".join(sorted(ARTICLES_AND_POSSESSIVES))


OPENS_WITH = re.compile(
    rf"\W*(?:(?:in|according\s+to)\s+)?(?:{DETERMINER})\s+(?:[a-z-]+\s+){{0,2}}",
    re.IGNORECASE,
)


# marks that close the stretch of a sentence a guessing word governs
GUESS_STOPS = frozenset(',;:“”"()—–')


AUX_OR_ADVERB = AUXILIARIES | ADVERBS  # the modals are auxiliaries too


def next_is(tokens: list[tuple[int, int, str]], k: int, word: str) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1][2].lower() == word


def word_before(tokens: list[tuple[int, int, str]], i: int, ly: bool = False) -> str:
    """The word before the verb at `i`, past the adverbs between (those listed, and with
    `ly` any "-ly" one): its auxiliary, if it has one."""
    k = i - 1
    while k >= 0 and (tokens[k][2].lower() in ADVERBS or ly and ly_adverb(tokens[k][2])):
        k -= 1
    return tokens[k][2].lower() if k >= 0 else ""


def is_passive(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive participle ("was repealed", "has been quietly dropped")?"""
    return word_before(tokens, i) in BE_FORMS


def passive_without_agent(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive with no "by" and an agent after it in its clause ("Two
    cases were reported on Monday", "Delays were reported at two airports")? Not "were
    reported on Monday by the council"; "by Monday", "by the end of June" are no agent."""
    if not is_passive(tokens, i):
        return False
    for k in range(i + 1, len(tokens) - 1):
        word = tokens[k][2].lower()
        if word in CLAUSE_ENDS:
            return True
        if word == "by":
            after = tokens[k + 1][2].lower()
            if after in DETERMINERS and k + 2 < len(tokens):
                after = tokens[k + 2][2].lower()
            if not after[:1].isdigit() and after not in NOT_AGENT_AFTER_BY:
                return False  # "by the council", "by local media": an agent
    return True


def in_any(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= at < hi for lo, hi in spans)


# nouns that name a happening of their own, whose day is theirs ("the robbery on Dec. 4")
HAPPENING_NOUNS = EVENT_NOUNS | SCENE_NOUNS | INCIDENT_NOUNS


def to_verb(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does "to" and a bare verb follow the word at `i` ("set to join", not "set to
    music")?"""
    if i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "to":
        return False
    word = tokens[i + 2][2]
    return word.islower() and verb_form(word)[1] == "base" and "V" in poslex().get(word, "")


CLAUSE_ENDS = frozenset({",", ";", ":", "that", "and", "but", "when", "while", "after", "before"})


_FUTURE_AUX = FUTURE_MODALS | {"would"}  # "will have a scan", "would stay closed"


def future_between(tokens: list[tuple[int, int, str]], i: int, at: int) -> bool:
    """Does a future auxiliary stand between the verb at `i` and offset `at` after it?"""
    return any(t[2].lower() in _FUTURE_AUX for t in tokens[i + 1 :] if t[0] < at)

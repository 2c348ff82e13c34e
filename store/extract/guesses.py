"""Clauses that tell a guess, not a happening: predictions, expectations, hedged pasts and
open questions ("is expected to resign", "it is unclear whether the plant will close", "The
ship probably struck a reef", "two possible explanations for why the ferry sank"). An
undated plan is "after" publication only when someone has made it; a guess is no entry.
"""

from __future__ import annotations

from dateline.store.extract.dating import after_publication
from dateline.store.extract.grammar import GUESS_STOPS, next_is
from dateline.store.extract.lexicon import (
    ADVERBS,
    BE_FORMS,
    COORDINATORS,
    FORETELLING,
    FUTURE_MODALS,
    GAP_HEDGES,
    GUESSING_VERBS,
    GUESSING_WORDS,
    HEDGES,
    LOOKING_AHEAD,
    NEGATIONS,
    OPEN_EXPLANATION_LINKS,
    OPEN_EXPLANATION_PREPOSITIONS,
    PREDICTING,
    PREPOSITIONS,
    PROSPECT_VERBS,
    SETTLED_IF_DENIED,
    UNSETTLED,
    UNSETTLED_LINKS,
)
from dateline.store.extract.states import perfect_word
from dateline.store.extract.temporal import Timex
from dateline.store.extract.verbs import (
    Lowered,
    is_verb_here,
    lower_but_may,
    ly_adverb,
    verb_form,
)


def looks_ahead(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Does a "will", "would" or "may" before offset `at` look ahead to it ("said details
    would be released after a vote on Friday", "may still be battling the virus when the
    season opens June 1"), not one after it ("the notice on Monday that it will
    close the bridge")?"""
    return any(lower_but_may(t[2]) in LOOKING_AHEAD for t in tokens if t[0] < at)


def expected_back(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` foretold by a verb of predicting ("is expected to return in
    March", "is forecast to return"), with no place or thing after it ("to return to port",
    "to return home", "to return the trophy": a trip or an act)?"""
    if i < 2 or tokens[i - 1][2].lower() != "to":
        return False
    lemma, form = verb_form(tokens[i - 2][2].lower())
    if lemma not in PREDICTING or form not in ("pp", "past"):
        return False
    nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else "."
    if nxt in ("to", "from", "into", "onto"):
        return False
    return not nxt.isalpha() or nxt in PREPOSITIONS or nxt in ADVERBS


def left_open(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` in a clause that "it is unclear" or "it is possible" opens ("It is
    unclear whether the driver fled", "It's unknown who carved the gate", "It is also possible
    that the ring was lost at sea", "It was not clear who fired first")? The sentence tells
    what is not known. Not past a "but", a stop or a comma and "and" ("It is unclear why he
    left, but police said he fled": the fleeing is told), nor one the adjective settles ("It
    is clear that the dam broke")."""
    for k in range(i - 1, 1, -1):
        word = tokens[k][2].lower()
        if word in (".", ";", ":", "but") or word in COORDINATORS and tokens[k - 1][2] == ",":
            return False  # ", and police say it sank": a clause of its own
        if word not in UNSETTLED_LINKS:
            continue
        adjective = tokens[k - 1][2].lower()
        if _open_explanation(tokens, k):
            return True  # "There are still two possible explanations for why the ferry sank"
        j, denied = k - 2, False
        while j >= 0 and (tokens[j][2].lower() in ADVERBS or tokens[j][2].lower() in NEGATIONS):
            denied = denied or tokens[j][2].lower() in NEGATIONS
            j -= 1
        if adjective not in UNSETTLED and not (denied and adjective in SETTLED_IF_DENIED):
            continue  # "the man who fled", "said that": a clause of another kind
        if j >= 0 and tokens[j][2].lower() in ("it's", "it’s"):
            return True
        if j >= 1 and tokens[j][2].lower() in BE_FORMS and tokens[j - 1][2].lower() == "it":
            return True
    return False


def _open_explanation(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Does the clause opened by the link word at `k` ("why", "how", "whether") follow a
    plural noun that a word of possibility qualifies, a preposition between or none ("two
    possible explanations for why the ferry sank", "the likely reasons why the bank failed",
    "two probable causes of how the fire spread")? The clause is one guess among several, an
    open question the writer weighs, not told ("The report gave the reasons why the bank
    failed": the failing is told; no word of possibility)."""
    if tokens[k][2].lower() not in OPEN_EXPLANATION_LINKS:
        return False
    j = k - 1
    if j >= 0 and tokens[j][2].lower() in OPEN_EXPLANATION_PREPOSITIONS:
        j -= 1
    if j < 1:
        return False
    noun = tokens[j][2]
    if not (noun.isalpha() and noun.islower() and noun.endswith("s")):
        return False
    return tokens[j - 1][2].lower() in UNSETTLED


def stands_to_gain(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "to" and a verb of gaining or losing after the verb at `i` ("stood to gain",
    "stands to lose millions")?"""
    if i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "to":
        return False
    return verb_form(tokens[i + 2][2].lower())[0] in PROSPECT_VERBS


def guessed_future(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the future at `i` ("will" before it) in the clause of a verb or word of guessing
    ("Traders think the bank will cut rates", "I'm sure the fans will come back", "The data
    suggest that prices will rise")? Someone's guess, not a plan. The guess must come before
    the "will", in the same stretch of the sentence (no comma, colon or quote between)."""
    will = next(
        (k for k in range(i - 1, max(-1, i - 4), -1) if tokens[k][2].lower() in FUTURE_MODALS),
        None,
    )
    if will is None:
        return False
    for k in range(will - 1, max(-1, will - 12), -1):
        word = tokens[k][2].lower()
        if word in GUESS_STOPS:
            return False
        if tokens[k][2][:1].isupper() and (k or tokens[k + 1][2][:1].isupper()):
            continue  # a name ("Hope Hall will open"), no guess
        if word in GUESSING_WORDS or verb_form(word)[0] in GUESSING_VERBS:
            return not next_is(tokens, k, "tank")  # "a think tank will report"
    return False


def hedged_past(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does a hedge ("probably", "likely", "perhaps") stand among the adverbs and
    auxiliaries right before the past at `i` ("the ship probably only sank", "the fire
    was likely started", "the crew has perhaps left"), or before the verb a "when" clause of
    `i` hangs on ("the ship probably sank when it struck the reef")? A guess at what
    happened, no happening told ("The ship sank on the reef" is told)."""
    if _hedge_before(tokens, i):
        return True
    for k in range(i - 1, max(-1, i - 6), -1):
        word = tokens[k][2].lower()
        if not word.isalpha():
            return False
        if word == "when":
            return any(_hedge_before(tokens, m) for m in range(k - 1, max(-1, k - 4), -1))
    return False


def _hedge_before(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is a hedge among the adverbs and auxiliaries right before the word at `i`?"""
    k = i - 1
    while k >= 0:
        word = tokens[k][2].lower()
        if word in HEDGES:
            return True
        if not (
            word in ADVERBS or word in GAP_HEDGES or word in BE_FORMS or perfect_word(word)
        ) and not ly_adverb(tokens[k][2]):
            return False
        k -= 1
    return False


def to_be_after(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Do "to be" follow the verb at `i`, past an "out" ("happened to be a nurse", "turned
    out to be false", "proved to be a bargain")? What something turned out to be: a state."""
    k = i + 1
    if k < len(tokens) and tokens[k][2].lower() == "out":
        k += 1
    return k + 1 < len(tokens) and tokens[k][2].lower() == "to" and tokens[k + 1][2].lower() == "be"


def forecast_date(anchor: Timex | None, lemma: str, dct_value: str | None) -> Timex | None:
    """No date for a verb that foretells from a coming time beside it: "The bank predicts a
    recession next year", "The IMF forecasts growth of 2% in 2009" speak of that time; they
    were not made then."""
    if anchor is not None and lemma in FORETELLING and after_publication(anchor, dct_value):
        return None
    return anchor


def foretold(tokens: list[tuple[int, int, str]], lows: Lowered, start: int, i: int) -> bool:
    """Is the verb nearest before token `i` in its clause one that foretells (`FORETELLING`)?"""
    k = next((k for k in range(i - 1, start - 1, -1) if is_verb_here(tokens, k, lows)), None)
    return k is not None and verb_form(lows[k])[0] in FORETELLING


# a plan told in the past: "was due to", "had been scheduled to", "had planned to"
_PAST_PLAN_WORDS = frozenset(
    "due scheduled expected set slated supposed meant planned intended going".split()
)


def past_plan(lows: Lowered, i: int) -> bool:
    """Is the verb at `i` the infinitive of a plan told in the past perfect ("The service had
    been due to start in December 2019", "The club had planned to open in May")? What had
    been to be is no happening: it may never have come about, and a date beside it is the
    plan's. ("Blinken was due to visit Israel on Friday", in Friday's paper, is the day's
    plan: kept.)"""
    if i < 3 or lows[i - 1] != "to" or lows[i - 2] not in _PAST_PLAN_WORDS:
        return False
    return lows[i - 3] in ("been", "had")

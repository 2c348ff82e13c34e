"""Verbs that tell a figure rather than a happening: statistics, counts, shares and
running totals ("has recorded 51,309 infections", "More than 4,000 homes were flooded",
"The index rose 3%"). Each test takes a sentence's tokens and the verb's index; `events`
asks them before it makes an entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.store.extract.eventspans import poslex
from dateline.store.extract.grammar import (
    AUX_OR_ADVERB,
    GUESS_STOPS,
    is_passive,
    next_is,
    word_before,
)
from dateline.store.extract.lexicon import (
    ADVERBS,
    ALLOTTED_VERBS,
    AUXILIARIES,
    BARE_COUNT_ENDS,
    BE_FORMS,
    COUNT_TIME_WORDS,
    CURRENCY_WORDS,
    DETERMINERS,
    DISCLOSING,
    DYING_VERBS,
    FIGURE_TELLING,
    FIGURE_WRITINGS,
    FUNCTION_WORDS,
    FUNDING_WORDS,
    HISTORIC_NOUNS,
    LARGE_NUMBER_WORDS,
    MEASURE_NOUNS,
    MONEY_SIGN_CHARS,
    MULTIPLYING,
    NUMBER_WORDS,
    PREPOSITIONS,
    PUTTING_AT,
    RATE_NOUNS,
    RECKONING_VERBS,
    RELATIVES,
    ROUGHLY,
    RUNNING_MEASURES,
    RUNNING_WORDS,
    SHARE_WORDS,
    SHOWN_FIGURE_VERBS,
    SPENDING_WRITINGS,
    STORY_NOUNS,
    STREAK_WORDS,
    SUPERLATIVES,
    TALLY_FILLERS,
    TALLY_VERBS,
    TELLING_THINGS,
    TIME_UNITS,
    TREND_COUNTS,
    TREND_WORDS,
)
from dateline.store.extract.sentence import (
    Sentence,
)
from dateline.store.extract.taxonomy import (
    EVENT_NOUNS,
    REPORTING_VERBS,
)
from dateline.store.extract.verbs import (
    has_object,
    verb_form,
)
from dateline.store.text import may_hold

# "nearly doubled in the past decade", "has lost 5,000 jobs over the past two years",
# "have been building up in recent months"; with a perfect, "has sent 14 letters
# in the past year" (but "was elected in the past year" is a happening)
_NUMBER = "(?:\\d[\\d,.]*|" + "|".join(sorted(NUMBER_WORDS)) + ")"


# A streak after the verb: "have won nine straight home games", "has won eleven in a row",
# "reached the final four years running", "each of the last three seasons" (a cardinal: not
# "for the third straight day", the streak's latest, which happened)
_STREAK = re.compile(
    rf"\b{_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?(?:(?:{'|'.join(sorted(STREAK_WORDS))})\b"
    r"|in\s+a\s+row\b)"
    rf"|\b{_NUMBER}\s+(?:{'|'.join(sorted(TIME_UNITS))})\s+running\b"
    r"|\beach\s+of\s+the\s+(?:past|last)\b",
    re.IGNORECASE,
)


_STREAK_WORDS = sorted(STREAK_WORDS | {"row", "running", "each"})  # one is in every `_STREAK`


# A rate: "12 cases per 100,000 people", "per capita", "a seven-day average", "the 14-day
# incidence rate" (not "per cent", "miles per hour")
_RATE = re.compile(
    r"\bper\s+(?:\d|capita\b)|\b(?:\d+|seven|fourteen)[- ]day\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(RATE_NOUNS))
    + r")\b|\brolling\s+average\b",
    re.IGNORECASE,
)


_RATE_WORDS = ("per", "day", "rolling")  # one is in every `_RATE`: looked for first


# A span of years a change or a count is told over: "between 2010 and 2013", "from 300 in
# 2012 to 500 in 2019", "over the years", "over eight years", "over a decade", "in the space
# of ten days"
_YEARS = r"(?:1[89]|20)\d\d\b"


_SPAN_OF_YEARS = re.compile(
    rf"\bbetween\s+(?:[a-z]+\s+)?{_YEARS}\s*(?:and|to|-|–)\s*(?:[a-z]+\s+)?{_YEARS}"
    rf"|\bfrom\b[^.;]{{0,60}}?\b{_YEARS}[^.;]{{0,40}}?\b(?:to|through)\b[^.;]{{0,60}}?\b{_YEARS}"
    rf"|\bover\s+(?:the|a|an|{_NUMBER})\s+(?:[a-z-]+\s+)?(?:decades?|years)\b"
    r"|\bin\s+the\s+space\s+of\b",
    re.IGNORECASE,
)


_SPAN_OF_YEARS_WORDS = ("between", "from", "over", "space")  # as `_RATE_WORDS`


# an amount in a clause: a number that is no year ("34,185 jobs", "100 percent", "333 rounds")
_AMOUNT = re.compile(rf"(?<![\w.,]){'(?!' + _YEARS + ')'}\d[\d,.]*|%")


def tally(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Does a counting verb take a number ("has recorded 51,309 total infections", "has reported
    more than 5,000 deaths", "has logged a total of 900 cases")? With no time of its own that
    is a running total, not news ("has recorded 3,000 new cases in the past week" has one)."""
    if lemma not in TALLY_VERBS or any(t[2].lower() in COUNT_TIME_WORDS for t in tokens[i + 1 :]):
        return False
    return _number_follows(tokens, i, 5)  # "has logged a total of 4,300 claims"


def period_count(tokens: list[tuple[int, int, str]], i: int, lemma: str, lo: int) -> bool:
    """Is the verb at `i` a counting verb in the passive with a count for its subject ("31
    killings were recorded in June", "some 1,200 claims were registered in 2019")? Over a
    month or a year that is a statistic: what was counted, no happening (the caller leaves
    a day's count alone, "Six deaths were reported on Monday", which is the day's news)."""
    return lemma in TALLY_VERBS and is_passive(tokens, i) and _counted_subject(tokens, i, lo)


def _may_hold_in(text: str, lowered: str | None, lo: int, hi: int, words: Iterable[str]) -> bool:
    """`may_hold(text[lo:hi], words)`, read in `lowered` (the text's lowercase, when it is
    ASCII: `Sentence.lowered`, at the text's offsets): the stretch is sliced from the
    lowercase kept, not lowercased each time (nor passed to `may_hold`, whose lowercase of
    the whole sentence, kept for its next question, it would replace). One slice for all
    the words: a bounded `str.find` per word costs more, its arguments parsed each call."""
    if lowered is None:
        return may_hold(text[lo:hi], words)
    stretch = lowered[lo:hi]
    for word in words:  # noqa: SIM110 — as `may_hold`, a plain loop on a short list
        if word in stretch:
            return True
    return False


def statistic(
    tokens: list[tuple[int, int, str]],
    i: int,
    lemma: str,
    masked: str,
    clause: tuple[int, int],
    wide: tuple[int, int],
    dated: bool,
    present: bool = False,
    lowered: str | None = None,
) -> bool:
    """Does the verb at `i` tell a statistic or a record rather than a happening: a streak
    ("has won eleven in a row"), a record of wins and losses ("have gone 4-2 since"), a rate
    ("recorded 12 cases per 100,000 in the past 14 days"), a change or a count over a span
    of years ("rose from 300 in 2012 to 500 in 2019", "created 5,000 jobs over a decade"),
    or an amount multiplied with no time of its own ("Car thefts more than doubled"), or a
    level ("stood at 72.4 in March")? A
    move on a day ("shares fell 3% on Monday") or in a month ("rose to 5% in May") is news.
    `clause`, `wide`: the offsets of the verb's clause cut with and without commas;
    `dated`: whether its clause has a date of its own; `present`: the verb's tense;
    `lowered`: the masked text lowercase, when ASCII (`Sentence.lowered`)."""
    lo, hi = clause
    end = tokens[i][1]
    if _may_hold_in(masked, lowered, end, hi, _STREAK_WORDS) and _STREAK.search(masked, end, hi):
        return True  # (its words looked for first: the pattern is slow to rule out)
    if present and _STREAK_NOUN.search(masked, end, hi):
        return True  # "the Owls are riding a six-game win streak": where a record stands
    if lemma == "go" and i + 1 < len(tokens) and _SCORE.fullmatch(tokens[i + 1][2]):
        return True  # "The Hornets have gone 5-1 since": a record of games
    if lemma == "stand" and next_is(tokens, i, "at") and _number_follows(tokens, i + 1, 3, True):
        return True  # "The index stood at 72.4 in March", "Debt stands at $3bn": a level
    if lemma in REPORTING_VERBS and lemma not in TALLY_VERBS:
        return False  # "said the 14-day rate has fallen": the saying happened
    if _may_hold_in(masked, lowered, lo, hi, _RATE_WORDS) and _RATE.search(masked, lo, hi):
        return True
    wlo, whi = wide
    if (
        _may_hold_in(masked, lowered, wlo, whi, _SPAN_OF_YEARS_WORDS)
        and (span := _SPAN_OF_YEARS.search(masked, wlo, whi))
        and _AMOUNT.search(masked, wlo, whi)
        and not _verb_between(tokens, i, span.start())
        and _figure_span(masked, span)
    ):
        return True
    return lemma in MULTIPLYING and not dated and not has_object(tokens, i)


_SCORE = re.compile(r"\d{1,3}-\d{1,3}")  # a record of wins and losses, "4-2"


_A_YEAR = re.compile(_YEARS)


def _figure_span(masked: str, span: re.Match) -> bool:
    """Is a "from … to …" span one figure's course ("rose from $300 million in 2012 to $500
    million in 2019"), an amount before its first year? Not "emerged from bankruptcy in
    July 2009 and returned to the market in November 2010": two happenings, two dates."""
    if not span.group().lower().startswith("from"):
        return True  # "between 2010 and 2019", "over a decade"
    year = _A_YEAR.search(masked, span.start(), span.end())
    return bool(year) and _AMOUNT.search(masked, span.start(), year.start()) is not None


def _verb_between(tokens: list[tuple[int, int, str]], i: int, at: int) -> bool:
    """Does an -ing verb or an infinitive stand between the verb at `i` and offset `at`
    after it? Then the span of years is that verb's ("convicted Lee of stealing $1.2
    million over six years": the conviction is a happening of its day, the theft lasted
    the years; "agreed on Sunday to lend Greece €110 billion over three years": the
    agreement is of Sunday, the lending takes the years)."""
    between = [t[2] for t in tokens[i + 1 :] if t[0] < at]
    return any(
        w.endswith("ing")
        and w[:1].islower()
        and len(w) > 4
        or w == "to"
        and k + 1 < len(between)
        and verb_form(between[k + 1])[1] == "base"
        and "V" in poslex().get(between[k + 1].lower(), "")
        for k, w in enumerate(between)
    )


_STREAK_NOUN = re.compile(r"\bstreaks?\b", re.IGNORECASE)  # "a five-game win streak"


def measure_subject(
    tokens: list[tuple[int, int, str]],
    start: int,
    i: int,
    end: int,
    nouns: frozenset[str] = MEASURE_NOUNS,
) -> bool:
    """Is the subject of the verb at `i` a measure of many (`nouns`: see `MEASURE_NOUNS`), back
    over its auxiliaries and its noun group ("The town's burglary rate has fluctuated", "The
    number of thefts in May has fallen", "trends have worsened")? Not a thing's own figure
    ("Acme's shares fell"), nor a participle in a subject, a "be" after it or before it
    ("the share of calls dropped on the old phone was higher than the share of calls dropped
    on the new one": calls dropped)."""
    for _a, _b, word in tokens[i + 1 : end]:
        if word.lower() in BE_FORMS:
            return False
        if word.lower() in _SUBJECT_BOUNDS or not word[:1].isalnum():
            break  # "…, but the 2016 rate was similar": another clause's "be"
    k = i - 1
    while k >= start and tokens[k][2].lower() in AUX_OR_ADVERB:
        k -= 1  # "has also been", "is now"
    while k >= start:
        word = tokens[k][2].lower()
        if word in nouns:
            break
        if word in BE_FORMS or word in _SUBJECT_BOUNDS or not word[:1].isalnum():
            return False
        k -= 1
    if k < start:
        return False
    k -= 1  # the noun group's start: not one a preposition governs ("than the rate of …")
    while k >= start and tokens[k][2][:1].isalnum() and tokens[k][2].lower() not in _GROUP_BOUNDS:
        k -= 1
    return k < start or tokens[k][2].lower() not in _GOVERNING


_SUBJECT_BOUNDS = frozenset({"than", "that", "which", "who", "as", "and", "but"})


_GROUP_BOUNDS = _SUBJECT_BOUNDS | PREPOSITIONS | BE_FORMS


_GOVERNING = PREPOSITIONS | {"than"}


def running_total(tokens: list[tuple[int, int, str]], i: int, lo: int, hi: int) -> bool:
    """Does the verb at `i` count up to now ("has raised over £12,000 so far", "So far this
    season the club has won nine games", "have sold 4,000 tickets to date")? A number after
    it, and "so far", "thus far", "to date" or "as of" in its clause: a total still growing
    ("2,300 fires have been detected as of Monday": the day it was read, no happening),
    or a measure for its subject ("So far this year the average rainfall has already
    exceeded the record": a running measure)."""
    words = [w.lower() for _a, _b, w in tokens[lo:hi]]
    if not any(pair in RUNNING_WORDS for pair in zip(words, words[1:], strict=False)):
        return False
    return (
        _number_follows(tokens, i, 4, money=True)
        or _counted_subject(tokens, i, lo)
        or measure_subject(tokens, lo, i, hi, RUNNING_MEASURES)
    )


# what may stand between a counted subject and its verb ("have so far been", "have already")
_BETWEEN_COUNT_AND_VERB = AUXILIARIES | ADVERBS | {"already", "so", "far"}


def _counted_subject(tokens: list[tuple[int, int, str]], i: int, lo: int) -> bool:
    """Is the subject of the verb at `i` a count ("More than 4,000 homes have been flooded so
    far", "So far, 12,000 walkers have already crossed the pass", "310 patients have been
    discharged to date")? Back over the verb's auxiliaries and adverbs, at most three words of
    the subject's noun, then a number (not a year: "So far in 2022 rivers have risen")."""
    return _subject_count_at(tokens, i, lo) is not None


def _subject_count_at(tokens: list[tuple[int, int, str]], i: int, lo: int) -> int | None:
    """Where the number of a counted subject of the verb at `i` stands (see _counted_subject)."""
    k = i - 1
    while k >= lo and tokens[k][2].lower() in _BETWEEN_COUNT_AND_VERB:
        k -= 1
    for _ in range(3):
        if k < lo or not tokens[k][2].isalpha() or tokens[k][2].lower() in FUNCTION_WORDS:
            break
        k -= 1
    if k < lo or k == i - 1:
        return None
    word = tokens[k][2].lower()
    if word in NUMBER_WORDS or word[:1].isdigit() and not re.fullmatch(_YEARS, word):
        return k
    return None


def thousands_subject(tokens: list[tuple[int, int, str]], i: int, lo: int) -> bool:
    """Is the subject of the verb at `i` a count in the thousands or more ("In 2021, some
    85,000 people moved to the island", "Last year 2 million visitors came")? Over a year
    that is a statistic, as a percentage is."""
    k = _subject_count_at(tokens, i, lo)
    if k is None:
        return False
    after = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
    return bool(_THOUSANDS.fullmatch(tokens[k][2])) or after in LARGE_NUMBER_WORDS


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # "85,000", "1,200,000"


def toll_of_the_dead(tokens: list[tuple[int, int, str]], i: int, lemma: str, lo: int) -> bool:
    """Is the verb at `i` one of dying with a counted subject and nothing after it ("In 1850,
    64 miners perished, and 70 the year after", "It was a quiet year: just 58 miners died",
    "40 sailors were killed")? Over a year that is a death toll, a statistic (the caller
    keeps a day's: "Five people died on Monday"); not one that names how ("Five people
    died in the crash", kept)."""
    if lemma not in DYING_VERBS or _subject_count_at(tokens, i, lo) is None:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1][2].lower() in BARE_COUNT_ENDS


def done_by_a_happening(tokens: list[tuple[int, int, str]], i: int, lo: int) -> bool:
    """Is the subject of the verb at `i` a happening's noun ("The 2011 tsunami killed 18,000
    people", "The fire destroyed 1,200 homes")? Then the count is what the happening did, the
    happening itself, not a year's statistic ("In 2019 the port handled 3 million boxes")."""
    k = i - 1
    while k > lo and tokens[k][2].lower() in AUX_OR_ADVERB:
        k -= 1  # "The quake had already destroyed …"
    noun = tokens[k][2].lower() if k >= lo else ""
    return noun in EVENT_NOUNS or noun in HISTORIC_NOUNS


def thousands_follows(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the object of the verb at `i` a count in the thousands or more, not a sum of money
    ("emitted 44 million tonnes of carbon", "sold more than 120,000 cars", "a million
    visitors"; not "$ 5 million", "40 million dollars")? Told in the past over a year,
    that is a statistic, as a count in the subject is ("In 2019 the port handled 3 million
    containers"); an undated perfect may be news ("The firm has cut 20,000 jobs")."""
    for k in range(i + 1, min(len(tokens), i + 5)):
        low = tokens[k][2].lower()
        if low in ROUGHLY or low in TALLY_FILLERS or low == "a":
            continue  # "more than", "nearly", "a total of", "a million"
        after = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
        big = after in LARGE_NUMBER_WORDS and (low[:1].isdigit() or low in NUMBER_WORDS)
        if not (_THOUSANDS.fullmatch(low) or big or low in ("million", "billion")):
            return False
        if tokens[k - 1][2] in _MONEY_SIGNS:
            return False  # "raised $ 1.2 million"
        rest = [t[2].lower() for t in tokens[k + 1 : k + 4]]
        if any(w in CURRENCY_WORDS for w in rest):
            return False
        # what is counted, a plural ("tonnes", "people"), not a measure of one thing
        # ("opened a 500,000 square foot store")
        return any(w in ("people", "of") or w.endswith("s") and w.isalpha() for w in rest)
    return False


def share_follows(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Does a percentage follow the verb at `i` in its clause, within seven words ("fell
    2.5% in 2010", "took about 12 percent of the vote", "had grown to 27 per cent",
    "gained three percentage points")? Not past the clause ("rose, and 40% of staff …")."""
    for k in range(i + 1, min(len(tokens), i + 8)):
        low = lows[k]
        if low in _SHARE_EDGE:
            return False
        counted = tokens[k - 1][2][:1].isdigit() or lows[k - 1] in NUMBER_WORDS
        if counted and (low in SHARE_WORDS or low == "per" and next_is(tokens, k, "cent")):
            return True
    return False


_MONEY_SIGNS = frozenset(MONEY_SIGN_CHARS)  # an amount's first character ("$40")


# where a verb's clause ends, before a percentage that is no longer its own
_SHARE_EDGE = frozenset(",;:—–()") | {"that", "and", "but", "while", "which", "who", "of"}


def _number_follows(tokens: list[tuple[int, int, str]], i: int, reach: int, money=False) -> bool:
    """Is the object of the verb at `i` a number, within `reach` words ("recorded about
    5,000", "a total of 300"; with `money`, "raised £12,000", "$ 40")?"""
    for _a, _b, w in tokens[i + 1 : i + 1 + reach]:
        low = w.lower().lstrip(MONEY_SIGN_CHARS) if money else w.lower()
        if low[:1].isdigit() or low in NUMBER_WORDS:
            return True
        if (low or not money) and low not in ROUGHLY and low not in TALLY_FILLERS:
            return False
    return False


def quantity_within(tokens: list[tuple[int, int, str]], i: int, reach: int) -> bool:
    """Is there a number among the `reach` words after the verb at `i` ("will seat between
    210 and 330", "will have a range of 8,000 miles", "will cost $40m")?"""
    for _a, _b, w in tokens[i + 1 : i + 1 + reach]:
        low = w.lower().lstrip(MONEY_SIGN_CHARS)
        if low[:1].isdigit() or low in NUMBER_WORDS:
            return True
    return False


def source_cited(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the participle at `i` in the noun group an "according to" cites ("The burglary rate
    was 14.1, according to data compiled by the county", "according to figures released by
    the council")? It names where a figure comes from, no happening of its own (the caller
    keeps one with a date: "according to figures released on Monday")."""
    k = i - 1
    while k > 1 and i - k <= 4 and tokens[k][2][:1].isalpha():
        if lows[k] == "to":
            return lows[k - 1] == "according" and k < i - 1
        if lows[k] in AUXILIARIES:
            return False  # "according to police, the van was stolen"
        k -= 1
    return False


def told_by_a_thing(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the subject of the saying at `i` a writing or a thing that shows what it holds
    ("The timeline says", "the new count, which accuses him of", "These cases suggest")?
    The noun right before the verb, or the one a "which" or "that" before it stands for."""
    k = i - 1
    while k > 0 and tokens[k][2].lower() in ADVERBS:
        k -= 1  # "The survey also reveals"
    if k > 0 and tokens[k][2].lower() in ("which", "that"):
        k -= 1
        if k > 0 and tokens[k][2] == ",":
            k -= 1
    noun = tokens[k][2]
    if not noun.islower():
        return False
    return noun in TELLING_THINGS or noun.endswith("s") and noun[:-1] in TELLING_THINGS


def story_told(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the "tell" at `i` a thing showing something, a story its object, a writing or
    data its subject ("Overall, the figures told the story of a shrinking fleet", "The data
    tell a grim tale")? What the thing shows, no saying, whatever its tense. Not a person
    telling one ("Ruiz told the story of her escape on Monday")."""
    if lemma != "tell" or not told_by_a_thing(tokens, i):
        return False
    k = i + 1
    while k < len(tokens) and (
        tokens[k][2].lower() in DETERMINERS or poslex().get(tokens[k][2].lower()) == "J"
    ):
        k += 1  # "the", "a grim"
    return k < len(tokens) and tokens[k][2].lower() in STORY_NOUNS


def figure_told(
    tokens: list[tuple[int, int, str]], lows: list[str], i: int, clause: tuple[int, int]
) -> bool:
    """Is the verb at `i` told by a writing in the present with a figure ("The figures
    show that car thefts have fallen by 4,000 since May", "New data indicate 30 per cent
    of homes now use heat pumps", "the survey finds average rents rose 9% in a year")?
    What the writing holds, a statistic, no happening of its own. The telling within 20
    words before it, a number or a share in the verb's own clause (`clause`: its first and
    past-last tokens), not a year ("The report shows the bridge closed in 2019" tells one)."""
    if lows[i] in SHOWN_FIGURE_VERBS and word_before(tokens, i, ly=True) in FIGURE_WRITINGS:
        return _figure_shown(lows, i)  # (not a paper's: "The paper reported 40 died")
    for k in range(i - 1, max(0, i - 21), -1):
        if lows[k] in FIGURE_TELLING and told_by_a_thing(tokens, k):
            break
    else:
        return False
    # (not a sum of money: "the audit says the club paid $5m to an agent" tells a payment)
    words = lows[max(k + 1, clause[0]) : clause[1]]
    return _a_figure(words)


def _figure_shown(lows: list[str], i: int) -> bool:
    """Does a share or a count open what the writing's telling at `i` holds, in any tense
    ("The spring survey showed 61% of voters are unhappy", "a recent study found that only
    30 per cent of clinics offer the test")? The figures of a poll or a study, a statistic;
    not what they show of a happening ("A council poll published on Monday showed the mayor's rating
    has fallen": no figure first), nor a year ("The audit found in 2019 that …")."""
    k = i + 1
    if k < len(lows) and lows[k] == "that":
        k += 1
    while k < len(lows) and (lows[k] in ROUGHLY or lows[k] in _FIGURE_HEDGES):
        k += 1  # "only", "more than", "at least"
    return k < len(lows) and _a_figure(lows[k : k + 2])


# words before a figure a writing shows ("found that only 30 per cent", "at least 40%")
_FIGURE_HEDGES = frozenset("only just than at least fewer less".split())


def _a_figure(words: list[str]) -> bool:
    """Is there a count or a share among `words` (lower case), not a year nor a sum of money
    ("40 per cent", "6,200"; not "in 2019", "$ 5m")?"""
    return any(
        low in SHARE_WORDS
        or low[:1].isdigit()
        and not _YEAR_LIKE.fullmatch(low)
        and not (n and words[n - 1] in _MONEY_SIGNS)
        for n, low in enumerate(words)
    )


_YEAR_LIKE = re.compile(_YEARS)


_ALLOTTED_IN = re.compile(
    r"\b(?:in|under)\s+(?:the|this|its|an?)\s+(?:[\w'’-]+\s+){0,4}?(?:"
    + "|".join(sorted(SPENDING_WRITINGS))
    + r")s?\b|\b(?:over|above|below)\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?requests?\b",
    re.IGNORECASE,
)


def allotted(tokens: list[tuple[int, int, str]], i: int, lemma: str, clause: str) -> bool:
    """Is the verb at `i` a sum allotted by a bill or a budget ("The rail programme received
    $40 million in the bill", "Flood defences will get $2 billion, an increase of $300 million
    over the request", "gained extra funds under the new budget")? An item of what the writing
    holds, no happening; `clause`: the verb's clause, where the bill or the request is named
    ("received $5 million in funding on Monday" names neither)."""
    if lemma not in ALLOTTED_VERBS:
        return False
    after = [t[2].lower() for t in tokens[i + 1 : i + 5]]
    money = any(w[:1] in _MONEY_SIGNS for w in after) or any(w in FUNDING_WORDS for w in after[:2])
    return money and bool(_ALLOTTED_IN.search(clause))


def reckoned(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Does the verb at `i` reckon a figure ("estimated that 4,000 homes lack power",
    "growth was estimated to slow to 3 per cent", "he estimates it is about 15 percent")?
    A number or a share within ten words after it, not a year nor a sum of money ("which the
    firm estimates to be worth $9 million" values a deal); not one its object names ("has
    estimated a 25% cut": what the reckoning yields is said of a plan)."""
    if lemma in PUTTING_AT:
        return _put_at_a_figure([t[2].lower() for t in tokens[i + 1 : i + 10]])
    if lemma not in RECKONING_VERBS:
        return False
    words = [t[2].lower() for t in tokens[i + 1 : i + 11]]
    if not words or words[0] in DETERMINERS and words[0] != "that":
        return False
    return _a_figure(words)


def _put_at_a_figure(words: list[str]) -> bool:
    """Do `words`, after a "put", set a figure on what it takes ("Estimates put the loss as
    high as 30 percent", "Police put the crowd at about 5,000", "put the damage at $2m")?
    A reckoning, no happening; not a placing ("The cuts put 300 jobs at risk", "put the
    plan on hold": no figure after the "at")."""
    for k, low in enumerate(words):
        if low == "at" or low == "as" and k + 2 < len(words) and words[k + 2] == "as":
            rest = words[k + 1 :] if low == "at" else words[k + 3 :]
            rest = [w for w in rest if w not in ROUGHLY and w not in _FIGURE_HEDGES]
            return bool(rest) and (
                rest[0][:1].isdigit() or rest[0][:1] in _MONEY_SIGNS or rest[0] in NUMBER_WORDS
            )
        if low in _SHARE_EDGE:
            return False
    return False


def at_a_rate(tokens: list[tuple[int, int, str]], i: int, end: int) -> bool:
    """Does "every" and a count of time units follow the verb at `i` in its clause ("one
    ferry sank every two years", "A pupil left every few weeks")? A rate over a stretch of
    time, a statistic, no one happening ("every day" is a habit, see `SCHEDULE_EVERY`)."""
    for k in range(i + 1, min(end, len(tokens)) - 2):
        if tokens[k][2].lower() != "every":
            continue
        count, unit = tokens[k + 1][2].lower(), tokens[k + 2][2].lower()
        if unit in TIME_UNITS and (count[:1].isdigit() or count in NUMBER_WORDS or count == "few"):
            return True
    return False


def result_disclosed(sent: Sentence, i: int, lemma: str, etype: str) -> bool:
    """Does the disclosing verb at token `i` make a result known, a figure of its own rather
    than a saying ("The grocer posted a net loss of more than $4 million on Tuesday",
    "reported record sales of 9 million tickets on Friday")? Its date then is the result's,
    however long the object, as for any act; not when it reports a clause ("reported that
    sales fell in June": June is what was said)."""
    return lemma in DISCLOSING and etype == "financial" and sent.reported_at(i) == (0, 0)


def ranked_since(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Does the noun starting at offset `at` follow a "since" (a determiner between or none)
    that bounds a superlative shortly before it ("the most useful new tool since the
    beginning of the green age in the 1970s", "the biggest find since the start of the gold
    rush")? The noun only marks where the ranking starts, no happening told. The rank must
    stand in the same stretch (no comma, colon or stop between: "It was the best season, since
    the strike of 1990 ended the old league" tells the strike)."""
    k = next((n for n, t in enumerate(tokens) if t[0] >= at), len(tokens)) - 1
    while k >= 0 and tokens[k][2].lower() in DETERMINERS:
        k -= 1
    if k < 1 or tokens[k][2].lower() != "since":
        return False
    return _ranked_before(tokens, k)


def ranked_over(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Does a superlative shortly before offset `at` rank over the span that starts there
    ("The worst landslide in recent decades struck Huaraz", "its biggest rally in the past
    year")? The span bounds the ranking, not the verb: no trend told."""
    k = next((n for n, t in enumerate(tokens) if t[0] >= at), len(tokens))
    return _ranked_before(tokens, k)


def _ranked_before(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Is there a superlative in the eight words before token `k`, in the same stretch?"""
    tags = poslex()
    for n in range(k - 1, max(-1, k - 9), -1):
        word = tokens[n][2].lower()
        if word in GUESS_STOPS or word == ".":
            return False
        if word in SUPERLATIVES or word.endswith("est") and "J" in tags.get(word, ""):
            return True
    return False


def trend_subject(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Is the subject of the verb at `i` a growing or shrinking count ("A growing number of
    fans have put his face on mugs", "a rising share of towns have banned cars")? A trend,
    no one happening. The count opens the clause, with no clause of its own between."""
    for k in range(start, max(start, i - 3)):
        if (
            tokens[k][2].lower() in ("a", "an")
            and tokens[k + 1][2].lower() in TREND_WORDS
            and tokens[k + 2][2].lower() in TREND_COUNTS
            and tokens[k + 3][2].lower() == "of"
        ):
            return not any(t[2] in ",;:" or t[2].lower() in RELATIVES for t in tokens[k + 4 : i])
    return False

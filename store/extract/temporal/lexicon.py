"""Vocabularies and normalisation tables for the temporal tagger.

Kept as plain data (HeidelTime-style) so that adding a spelling or a unit never touches the
engine: `rules.py` builds its regexes from these tables and the normalisers look words up here.
All keys are lower case; the regex helpers below sort alternatives longest-first so that the
regex engine, which takes the first alternative that fits, prefers "September" over "Sept".
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers, Monday = 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "mid-afternoon": "AF", "mid afternoon": "AF", "midafternoon": "AF", "overnight": "NI",
    "tonight": "NI",
}  # fmt: skip

# Clock words that carry an hour of their own.
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

# A date the sentence looks ahead to ("…, ahead of the sign-up cutoff at noon on Nov. 15",
# "before the vote on Friday"): not the time it tells, so no anchor for "Later that day".
LOOKED_AHEAD_TO = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|before|until|till)\b[^,.;]{0,50}$", re.IGNORECASE
)

# A note on the writing itself being changed ("This entry was revised on 14 August to add a
# chart", "The story has been updated on March 3"): made after its publication, not in the
# year before, whatever the tense.
OWN_EDIT = re.compile(
    r"\b(?:this|the)\s+(?:blog\s+|news\s+)?(?:post|article|story|piece|entry)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:updated|edited|corrected|amended|revised)\b",
    re.IGNORECASE,
)

# Words of a match: a bare "first quarter", "second half" near them is a part of the game,
# not of a year ("trailed 14-3 after the first quarter before a touchdown in the fourth").
GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|quarterbacks?|QBs?|stadium|field\s+goals?|yards?|halftime|half-time|overtime"
    r"|interceptions?|fumbles?|rebounds?|innings|kickoff|free\s+throws?|penalty\s+kicks?"
    r"|scored|scoring|score|game|buzzer|whistle)\b",
    re.IGNORECASE,
)
GAME_REACH = 200  # characters of its sentence around a quarter or half where they are looked for

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0.5,
    "a half": 0.5, "half an": 0.5, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a thousand": 1000, "two thousand": 2000,
}  # fmt: skip

# Quantities without a number: TIMEX3 writes them with an X (`PXY`).
VAGUE_NUMBERS: tuple[str, ...] = (
    "a few", "few", "several", "some", "many", "a number of", "numerous", "countless",
    "dozens of", "hundreds of", "thousands of", "a couple of",
)  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "last": 4, "final": 4,
}  # fmt: skip

# unit word -> (TIMEX3 unit letter, is a clock unit written after `T`)
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}  # fmt: skip
UNIT_PLURALS: dict[str, str] = {"centuries": "century"}

# Adverbs that become SET values.  The adjectives "annual", "semiannual", "biannual" are
# left out: TimeBank does not annotate them ("the annual meeting", "annual sales", "an
# annual rate of 2.9%"); they classify a noun rather than place anything in time.
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "semiannually": "P6M",
}  # fmt: skip

# Words that modify an expression -> TIMEX3 `mod`.
POINT_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "late": "END", "later": "END", "end": "END", "mid": "MID", "middle": "MID",
    "the end of": "END", "the beginning of": "START", "the start of": "START",
    "the middle of": "MID", "the early": "START", "the late": "END", "the mid": "MID",
}  # fmt: skip
QUANT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN", "nearly a": "LESS_THAN",
}  # fmt: skip

# Vague references with a fixed value.
VAGUE_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the recent past": "PAST_REF",
    "the future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the near future": "FUTURE_REF", "a later date": "FUTURE_REF",
    "the coming years": "FUTURE_REF",
}  # fmt: skip

# Time words written in lower case in running text.  Capitalised inside a sentence they
# belong to a name (a programme, a film, a column): ABC's "This Week", "60 Minutes",
# "High Noon", "VOA Today".  Months, weekdays and holidays are capitalised anyway.
COMMON_TIME_WORDS: frozenset[str] = frozenset(
    {*UNITS, *(u + "s" for u in UNITS), *UNIT_PLURALS, *PARTS_OF_DAY, *CLOCK_WORDS, *SEASONS,
     "today", "tomorrow", "yesterday", "now", "this", "last", "next", "past", "coming", "ago",
     "later", "earlier"}
)  # fmt: skip

# Fixed-date holidays: name -> (month, day).  Thanksgiving (4th Thursday of November) and
# US Election Day (Tuesday after the first Monday of November) are computed.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "fourth of july": (7, 4), "july fourth": (7, 4), "valentine's day": (2, 14),
    "halloween": (10, 31), "boxing day": (12, 26), "new year's": (1, 1),
}  # fmt: skip

# Units a bare 4-digit number is counting (so it is not a year): "2000 people".
COUNTED_NOUNS: tuple[str, ...] = (
    "people", "persons", "men", "women", "children", "troops", "soldiers", "workers",
    "employees", "jobs", "shares", "dollars", "tons", "tonnes", "barrels", "miles", "meters",
    "metres", "feet", "kilometers", "kilometres", "acres", "votes", "cases", "deaths",
    "units", "cars", "homes", "houses", "points", "copies", "pounds", "euros", "yen",
    "rubles", "marks", "francs", "students", "members", "delegates", "seats", "songs",
    "calories", "hours", "minutes", "seconds", "days", "weeks", "months", "years", "percent",
    "km", "kg", "mph", "ft", "lb", "lbs", "m", "cc", "mw", "gb", "mb", "yards", "degrees",
    "words", "pages", "stores", "officers", "police", "refugees", "patients", "flights",
    "vehicles", "companies", "firms", "tickets", "pilots", "passengers", "residents",
)  # fmt: skip

# Words before a 4-digit number that make it a name or a count, not a year.
NOT_YEAR_BEFORE: tuple[str, ...] = (
    "no", "number", "flight", "route", "room", "page", "model", "windows", "boeing",
    "airbus", "suite", "highway", "interstate", "apartment", "unit", "code", "pin", "ext",
    "box", "channel", "gate", "platform", "bus", "track", "version", "chapter", "section",
    "article", "rule", "resolution", "pages", "about", "nearly", "some", "over", "than",
)  # fmt: skip

# Words before a bare 4-digit number that make it a year.
YEAR_CUES: tuple[str, ...] = (
    "in", "since", "until", "till", "by", "from", "through", "thru", "during", "before",
    "after", "of", "early", "late", "mid", "fiscal", "year", "between", "and", "to", "or",
    "around", "circa", "about", "throughout", "summer", "winter", "spring", "fall", "autumn",
)  # fmt: skip

# Tense cues for resolving weekdays and bare months.
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "shall", "wo", "won't", "going to", "is to", "are to", "set to",
    "plans to", "plan to", "planning to", "scheduled", "expected to", "expects to", "expect to",
    "due to", "to be held", "upcoming", "tomorrow", "intends to", "aims to",
    "to meet", "to visit", "to hold", "to vote", "to begin", "to start", "would",
    "might", "as soon as", "as early as", "is planned", "are planned", "is expected",
    "are expected", "is due", "are due",
    # deadlines and schedules: "extended to Nov. 20", "postponed until Tuesday"
    "extended to", "extended until", "extended through", "postponed until", "postponed to",
    "delayed until", "deferred until", "adjourned until", "adjourned to", "expire", "expires",
    # what was stopped for a while: "Flights were suspended until January 5"
    "suspended until", "closed until", "shut until", "halted until", "paused until",
    "grounded until", "banned until",
    "planned for", "hopes to", "intends to", "set for", "slated for", "ahead of",
    "in advance of",
    "next week", "next month", "next year", "later this week", "later this month",
)  # fmt: skip

# A present progressive or present of arrival tells what is coming: "the novel is coming in
# print June 9 and as an audiobook in November" (written in May) is next November, whatever
# past participle ("collected in a new volume") stands earlier in the sentence. Not after
# "was"/"were" ("was coming home in March"): see `tense._FUTURATE`.
# … and a scheduled present ("The trial begins on Monday", "Voters go to the polls on
# Sunday", "The series kicks off Friday"): what the calendar holds, still to come.
FUTURATE_CUES: tuple[str, ...] = (
    "coming", "comes out", "due out", "goes on sale", "arriving", "begins", "starts",
    "resumes", "kicks off", "takes place", "go to the polls", "goes to the polls",
)  # fmt: skip

# Participles that say a thing went or goes to plan, after "as": no tense of their own. "The
# bank ends its bond buying as planned in October" (written in September) is this October,
# not the last; "the plant closed as planned in March" takes its past from "closed".
AS_PLANNED: tuple[str, ...] = (
    "planned", "scheduled", "expected", "intended", "forecast", "projected", "anticipated",
    "envisaged", "foreseen",
)  # fmt: skip

# Modals that are no FUTURE_CUES but still speak of what may or can be, not of what was:
# "members can take part in planning the summit in April" (`context.Context.year_for`).
ABILITY_MODALS: tuple[str, ...] = ("can", "cannot", "could", "may", "must", "should")

PAST_CUES: tuple[str, ...] = (
    "said", "was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "told", "since",
    "met", "went", "came", "made", "took", "gave", "began", "left", "won", "lost", "held",
    "fell", "rose", "sold", "bought", "paid", "got", "found", "saw", "led", "became", "ran",
    "hit", "cut", "put", "spent", "sent", "brought", "thought", "wrote", "spoke",
    "broke", "fled", "shot", "struck", "kept", "knew", "felt", "stood", "grew", "chose",
    "drew", "fought", "flew", "meant", "heard", "built", "caught", "taught",
)  # fmt: skip


def by_first_letter(words: list[str]) -> str:
    """The regex alternation of `words` (all lowercase, or all capitalised), grouped by first
    letter in their order: a regex tries every branch at every position, a group only the
    words that start with the letter there. Two words of different first letters never match
    at one position (with or without case), so the first match is the same as ungrouped."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def alternation(words, *, capitalised: bool = False) -> str:
    """Regex alternation of `words`, longest first; `capitalised` adds a case-sensitive
    Title-case variant only (for "May"/"March" which are also ordinary words)."""
    words = sorted(set(words), key=len, reverse=True)
    if capitalised:
        return "(?-i:" + by_first_letter([w[:1].upper() + w[1:] for w in words]) + ")"
    return "(?:" + by_first_letter(words) + ")"

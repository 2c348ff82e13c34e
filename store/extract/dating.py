"""Anchoring an event in time, with the reason kept in `dating`.

An event is dated, in this order:
- explicit: a calendar time expression in its clause (or the sentence's only one);
- before: present perfect, past perfect or habitual ("have issued rulings") — bounded by the
  publication date, or by the narrative time;
- inferred: a simple-past report with no time of its own takes the paragraph's narrative
  time, else the publication date;
- after: a plan with no date of its own ("will cut jobs"), after publication;
- undated: nothing to go on (no publication date).
A time expression gives only a bound when it says so ("before 2010", "since May", "more than
a year ago"), and none when it modifies a noun ("the 1991 agreement").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from operator import attrgetter

from dateline.store import dates
from dateline.store.extract.clauses import dash_asides
from dateline.store.extract.discourse import is_recent
from dateline.store.extract.eventspans import poslex
from dateline.store.extract.lexicon import (
    ADVERBS,
    ALREADY,
    AUX_PERFECT_PAST,
    AUX_PERFECT_PRESENT,
    AUXILIARIES,
    BOUND_WORDS,
    CALENDAR_WORDS,
    CLOCK_HEDGES,
    COORDINATORS,
    DEFERRING,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FIGURES_FOR,
    FINDING_VERBS,
    FROM_NOW_WORDS,
    FUNCTION_WORDS,
    HISTORIC_NOUNS,
    IRREGULAR,
    MEDIUM_NOUNS,
    MEDIUM_PARTICIPLES,
    NUMBER_WORDS,
    PREPOSITIONS,
    PRESENT_PERFECT_CLITICS,
    PRONOUNS,
    RECORD_NOUNS,
    RESCHEDULING,
    SETTING_FOR,
    SPEAKING_SCENES,
    TIME_WORDS,
)
from dateline.store.extract.taxonomy import EVENT_NOUNS, REPORTING_VERBS, SAYING_NOUNS
from dateline.store.extract.temporal import Timex
from dateline.store.extract.temporal.calendrics import floating_holiday
from dateline.store.extract.temporal.lexicon import (
    MONTHS,
    OWN_EDIT,
    SEASONS,
    WEEKDAYS,
    by_first_letter,
)
from dateline.store.extract.temporal.tense import NEXT_CLAUSE
from dateline.store.extract.verbs import IRREGULAR_FORMS, VERB_FORMS, habitual_at, verb_form
from dateline.store.text import may_hold

_PERFECT = re.compile(
    r"\b(?:has|have|had|’ve|'ve)\s+(?:\w+ly\s+|not\s+|never\s+)*(?:been\s+)?"
    r"(?:\w+ed|\w+en|\w+wn|said|told|sent|held|made|won|lost|fought|met|sold|bought|led|"
    r"left|hit|cut|set|put|paid|built|spent|brought|kept|found|begun|become|come|gone|run|"
    r"done|had|seen|got)\b",
    re.IGNORECASE,
)
# one is in every `_PERFECT` match: looked for first, as most sentences have none and the
# pattern is slow to rule out at every word
_PERFECT_WORDS = tuple(AUX_PERFECT_PRESENT | AUX_PERFECT_PAST)


@dataclass
class Narrative:
    """The time later sentences of a paragraph inherit."""

    value: str | None = None
    dating: str | None = None


# A day or month named without its year ("On December 27", "in May"), not one told from the
# present ("last December", "this May", "next month"): the tagger gives it the year the
# publication date suggests, a story set in another year may give it another.
_MONTH_NAMED = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_FROM_NOW = re.compile(r"\b(?:" + "|".join(sorted(FROM_NOW_WORDS)) + r")\b", re.I)
_BOUND_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(BOUND_WORDS)) + r")\s+$", re.I)
_DAY_OR_MONTH = re.compile(r"^\d{4}(-\d\d(?:-\d\d)?)$")
_PART_OF = r"(?:early|late|mid)[\s-]*"  # "early April", "mid-May", "late 1986"
_MONTH_WORD = rf"(?:{by_first_letter(list(MONTHS))})\.?"
# "In 2010, …", "By late 1986 …", "Last year, …", "On November 8, 1923, …", "In May
# 2009 …": a year the sentence opens with, alone or as a month's or a day's
_FRONTED_YEAR = re.compile(
    rf"\W*(?:(?:in|on|by|during|throughout)\s+)?(?:{_PART_OF})?"
    rf"(?:(?:{_MONTH_WORD}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?|\d{{1,2}}\s+{_MONTH_WORD},?\s+)?"
    rf"\d{{4}}\b|(?:{_PART_OF})?last\s+year\b)",
    re.I,
)


def story_year(
    text: str, start: int, timexes: list[Timex], dct: date | None
) -> tuple[str | None, bool]:
    """The year the sentence of `text` at `start` sets its story in, if it writes one that
    is not the publication's ("raised her concerns in the spring of 1986", "In 2010, the
    firm collapsed."): later bare days and months of the paragraph are in that year; not a
    bound ("the first strike together since 1960"). And whether the sentence opens with it
    ("In 2010, …"), which sets the next paragraph there too. Inside a sentence, a year alone
    is background ("The union last struck in 1960."); a season, month or day of it is a
    setting."""
    if dct is None:
        return None, False
    written = [
        t
        for t in timexes
        if t.type == "DATE"
        and not t.anchored
        and t.value[:4].isdigit()
        and not _BOUND_BEFORE.search(text, max(start, t.start - 12), t.start)
    ]
    year = written[-1].value[:4] if written else None
    if year is None or year == str(dct.year):
        return None, False
    fronted = bool(_FRONTED_YEAR.match(text, start)) and written[0].value[:4] == year
    if not fronted and len(written[-1].value) == 4:
        return None, False  # "The union last struck in 1960.": background, not a setting
    return year, fronted


def in_story_year(timexes: list[Timex], year: str, sentence: str) -> list[Timex]:
    """ "In 2010, the firm collapsed. On December 27, its founder was arrested.": December
    27 of 2010, the story's year, not the one before publication. Not in a sentence with a
    year of its own ("After denying rumours in the summer of 2004, he quit in mid-August"),
    nor in one told in the present perfect, which speaks from now ("has fallen by 12,500
    since March")."""
    if any(
        t.value[:4].isdigit() and (not t.anchored or _FROM_NOW.search(t.text)) for t in timexes
    ) or (may_hold(sentence, _PERFECT_WORDS) and _PERFECT.search(sentence)):
        # (nor in one set in a year counted from now: "In 2011, a storm hit Mobile on July
        # 9. Last summer, another hit Texas on July 14": last summer's July)
        return timexes
    out = []
    for t in timexes:
        m = _DAY_OR_MONTH.match(t.value) if t.anchored and t.type == "DATE" else None
        if (
            m
            and t.value[:4] != year
            and _MONTH_NAMED.search(t.text)
            and not _FROM_NOW.search(t.text)
        ):
            value = year + m[1]
            if dates.bounds(value):
                t = replace(t, value=value)
        out.append(t)
    return out


def after_story_day(timexes: list[Timex], told: str, sentence: str) -> list[Timex]:
    """ "In a memo dated May 3 1994, the minister objected … ¶ She asked for a delay. ¶ In
    late June she gave in.": a story told month by month in a past year goes on in it from
    paragraph to paragraph; a day or month without its year that falls on or after the
    story's last day (`told`, May 3 1994) is of that year, June 1994, not the publication's.
    Not one that would fall before it (told from now: "the law passed in March"). See
    `in_story_year`."""
    year, since = told[:4], dates.bounds(told)
    if since is None:
        return timexes
    moved = in_story_year(timexes, year, sentence)
    out = []
    for old, new in zip(timexes, moved, strict=True):
        when = dates.bounds(new.value) if new is not old else None
        out.append(new if when and when[1] >= since[0] else old)
    return out


_SETTING = re.compile(r"^\d{4}(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?$")  # a year, or a part of one


def in_own_year(timexes: list[Timex], text: str, start: int) -> list[Timex]:
    """ "In 2009, the ferry ran aground … on July 10", "Last summer, the storm hit
    … on July 13": a day or month written without its year is in the year the sentence of
    `text` at `start` sets (July 10, 2005), when it falls inside that setting; the tagger
    guessed the year from the publication date. A setting opens the sentence or is a part of
    a year; not a year that names a thing ("The 2016 candidate sold his house in May")."""
    settings = [
        t
        for t in timexes
        if t.type == "DATE"
        and _SETTING.match(t.value)
        and (not t.anchored or _FROM_NOW.search(t.text))
        and (len(t.value) > 4 or _FRONTED_YEAR.match(text, start))
        and not attributive(text, t)
    ]
    if not settings:
        return timexes
    out = []
    for t in timexes:
        m = _DAY_OR_MONTH.match(t.value) if t.anchored and t.type == "DATE" else None
        if m and _MONTH_NAMED.search(t.text) and not _FROM_NOW.search(t.text):
            for setting in settings:
                value = setting.value[:4] + m[1]
                inside, within = dates.bounds(value), dates.bounds(setting.value)
                if inside and within and within[0] <= inside[0] and inside[1] <= within[1]:
                    t = replace(t, value=value)
                    break
        out.append(t)
    return out


def calendar_timexes(timexes: list[Timex]) -> list[Timex]:
    """The dates and times that name a concrete period on the calendar ("2018-01-24", not
    "PRESENT_REF" or "XXXX-WXX-1")."""
    return [
        t
        for t in (_century_span(t) for t in timexes)
        if t.type in ("DATE", "TIME") and dates.is_calendar(t.value)
    ]


def _century_span(t: Timex) -> Timex:
    """A century as TimeML writes it ("18": the 1800s, "the 19th century") as the span of
    its years the calendar reads ("18XX"): "The mill was built in the 19th century" is dated
    by it, coarsely, not at publication."""
    if t.type == "DATE" and len(t.value) == 2 and t.value.isdigit():
        return replace(t, value=t.value + "XX")
    return t


# Between two dates of a span: "from June 13 to June 17", "Monday through Wednesday",
# "between 3 and 7 March", "13-17 June"; the span's closing day alone after a date ("June 13
# to 17"), or its opening day before one ("3 to 7 March 2021")
_SPAN_JOIN = r"\s*(?:to|through|thru|until|till|–|—|-)\s*"
_BETWEEN_JOIN = r"\s*and\s*"
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# "in July and August", "during 2017 and 2018", "in February or March": two periods next to
# each other, joined after a preposition of time, are one span for what the clause tells
_PAIR_JOIN = r"\s*(?:and|or)\s*"
_PAIR_OPENS = re.compile(r"\b(?:in|during|throughout|over|across)\s+(?:the\s+)?$", re.I)
_DAY_NUMBER = r"(\d{1,2})(?:st|nd|rd|th)?"
# not a figure after the date ("raised the rate on March 1 to 5 per cent")
_CLOSING_DAY = re.compile(
    _SPAN_JOIN + _DAY_NUMBER + r"\b(?![:.,]?\d)(?!\s*(?:%|per\s*cent|percent|points?|"
    r"million|billion|bn|m\b|times|degrees|hours|days|years|people|dollars|euros|pounds))"
)
_OPENING_DAY = re.compile(r"\b" + _DAY_NUMBER + r"(?:" + _SPAN_JOIN + r"|" + _BETWEEN_JOIN + r")$")
# "moved the vote from June 13 to June 17": a change of date, not a span
_LOOK_BACK = 80  # characters before a date where a change of date is looked for
_CHANGE = re.compile(
    r"\b(?:"
    + "|".join(sorted(w.rstrip("e") for w in RESCHEDULING))
    + r"|shift|chang|brought|put\s+off)\w*\b"
    r"[^.;]*\bfrom\s+$",
    re.IGNORECASE,
)


# "early October", "mid-2019", "the end of the year": a part of the period; not "earlier
# this year" (some time before now) nor "later this month"
_PART_WORD = re.compile(r"\b(?:early|mid|late|beginning|middle|end)\b", re.IGNORECASE)


# A clock time alone ("1 a.m.", "at 5pm", "noon"): the tagger gives it the day mentioned
# last before it, which may be another clause's
_CLOCK_ONLY = re.compile(
    rf"^(?:(?:{'|'.join(sorted(CLOCK_HEDGES))})\s+)*"
    r"[\d:.\s]*(?:a\.?m\.?|p\.?m\.?|noon|midnight|o'clock|hours?|GMT|UTC|[A-Z]{2,4}T)?\.?$",
    re.I,
)


def with_nearest_day(timexes: list[Timex]) -> list[Timex]:
    """ "close the bridge between 2 a.m. and 4 a.m. starting on Tuesday, May 5", after "the
    announcement on Thursday": a clock time alone is on the day named nearest to it, not on
    the one the tagger met last."""
    days = [t for t in timexes if t.type == "DATE" and len(t.value) == 10 and dates.bounds(t.value)]
    if not days:
        return timexes
    out = []
    for t in timexes:
        if t.type == "TIME" and "T" in t.value and _CLOCK_ONLY.match(t.text.strip()):
            near = min(days, key=lambda d: min(abs(d.start - t.end), abs(t.start - d.end)))
            if near.value[5:] != t.value[5:10]:  # another day, not the same one re-yeared
                t = replace(t, value=near.value + t.value[10:])
        out.append(t)
    return out


def _is_clock(t: Timex) -> bool:
    return t.type == "TIME" and "T" in t.value and bool(_CLOCK_ONLY.match(t.text.strip()))


def days_written(timexes: list[Timex], clocks: bool = False) -> set[str]:
    """The days the sentence's dates name ("on Sunday", "1 p.m. Saturday"), and its clock
    times' alone if `clocks`."""
    return {
        t.value[:10]
        for t in timexes
        if t.type in ("DATE", "TIME")
        and len(t.value) >= 10
        and t.value[4:5] == "-"
        and (clocks or not _is_clock(t))
    }


def clock_on_story_day(timexes: list[Timex], known: set[str], day: str | None) -> list[Timex]:
    """ "Riverton at Eastfield, 7 p.m.: … the Rovers have won nine straight games": a clock
    time alone, in a sentence that names no day, is on the day the
    story is at (`day`, the paragraph's or the lead's), not on the day the tagger read last
    (a photo caption's "September 29" three paragraphs up); with no such day it dates
    nothing. A day the paragraph or story has told (`known`: written before it, the lead's,
    publication) the tagger had right ("taken to a cell at 4 p.m." in a story of that day)."""
    if not any(_is_clock(t) for t in timexes) or days_written(timexes):
        return timexes
    out = []
    for t in timexes:
        if _is_clock(t) and t.value[:10] not in known:
            if day is None:
                continue
            t = replace(t, value=day + t.value[10:])
        out.append(t)
    return out


def as_periods(timexes: list[Timex], masked: str) -> list[Timex]:
    """The sentence's calendar dates with their spans read whole: "from June 13 to 17" is one
    period, 13 to 17 June (not the 13th), "early October" the first days of October (not the
    month), as values `dates` reads ("2020-06-13/2020-06-17", "2020-10-01/2020-10-10")."""
    out: list[Timex] = []
    k = 0
    while k < len(timexes):
        t = timexes[k]
        nxt = timexes[k + 1] if k + 1 < len(timexes) else None
        # a bounded look back: a sentence of a hundred dates must not reread itself
        if _CHANGE.search(masked, max(0, t.start - _LOOK_BACK), t.start):
            out.append(t)
            k += 1
            continue
        if nxt is not None and _joined(masked, t, nxt):
            value = _span_value(anchor_value(t), anchor_value(nxt), _YEAR_WRITTEN.search(nxt.text))
            if value:
                out.append(_period(t, t.start, nxt.end, masked, value))
                k += 2
                continue
        if nxt is not None and (value := _pair_value(masked, t, nxt)):
            out.append(_period(t, t.start, nxt.end, masked, value))
            k += 2
            continue
        period = _closing_day(t, masked) or _opening_day(t, masked)
        if period:
            out.append(period)
        elif (
            t.mod and _PART_WORD.search(t.text) and (part := dates.part_of(anchor_value(t), t.mod))
        ):
            out.append(replace(t, value=part))
        else:
            out.append(t)
        k += 1
    return out


def _joined(masked: str, a: Timex, b: Timex) -> bool:
    """Do two dates stand for the ends of one span ("June 13 to June 17", "between 3 May
    and 7 May")?"""
    gap = masked[a.end : b.start]
    if re.fullmatch(_SPAN_JOIN, gap):
        return True
    return bool(re.fullmatch(_BETWEEN_JOIN, gap)) and _after_between(masked, a.start)


def _pair_value(masked: str, a: Timex, b: Timex) -> str | None:
    """ "in July and August", "during 2017 and 2018": the span of two periods of one kind
    (months, years, decades), the second the one right after the first, joined by "and" or
    "or" after a preposition of time; not two apart ("won in 2008 and 2012": two wins)."""
    if a.mod or b.mod or not re.fullmatch(_PAIR_JOIN, masked[a.end : b.start]):
        return None
    if not _PAIR_OPENS.search(masked, max(0, a.start - 16), a.start):
        return None
    first, last = anchor_value(a), anchor_value(b)
    if len(first) != len(last) or len(first) not in (4, 7):  # a year, a month or a decade
        return None
    if len(first) == 7 and not _YEAR_WRITTEN.search(a.text + b.text):
        # two month names, their years guessed apart ("in June and July", written in
        # March): the second month in the year of the first, or the next ("December and
        # January"); the pair is moved back whole if what it dates has happened
        year = int(first[:4]) + (first[5:] == "12")
        last = f"{year:04d}{last[4:]}"
    x, y = dates.bounds(first), dates.bounds(last)
    if not x or not y or (y[0] - x[1]).days != 1:
        return None
    return dates.span(first, last)


def _after_between(masked: str, at: int) -> bool:
    """Does "between" stand right before offset `at`?"""
    return _BETWEEN.search(masked, max(0, at - 12), at) is not None


def _span_value(first: str, last: str, written: object = None) -> str | None:
    """The span from one value to another of the same granularity, in order ("from 2009
    to 2011" is three years); of days, at most a year's ("from May 3 to May 2" is none)."""
    if len(first) != len(last) or not dates.bounds(first):
        return None
    if len(first) in (7, 10) and first[:4] != last[:4] and not written:
        # "from June 30 to July 2", each end's year guessed apart (2019 and 2020): the end
        # in the year of the start, or the next ("Dec. 30 to Jan. 2")
        year = int(first[:4])
        for y in (year, year + 1):
            moved = f"{y:04d}{last[4:]}"
            if dates.bounds(moved) and dates.bounds(moved)[0] > dates.bounds(first)[0]:
                last = moved
                break
    a, b = dates.bounds(first), dates.bounds(last)
    if not a or not b or a[0] >= b[0]:
        return None
    if len(first) == 10 and (b[1] - a[0]).days > 366:
        return None
    return dates.span(first, last)


def _closing_day(t: Timex, masked: str) -> Timex | None:
    """ "June 13 to 17": the span from the date to the day after it, in its month."""
    value = anchor_value(t)
    m = _CLOSING_DAY.match(masked, t.end)
    if len(value) != 10 or m is None:
        return None
    day = int(m[1])
    last = f"{value[:8]}{day:02d}"
    if not int(value[8:10]) < day <= 31 or not dates.bounds(last):
        return None
    return _period(t, t.start, m.end(), masked, dates.span(value, last))


def _opening_day(t: Timex, masked: str) -> Timex | None:
    """ "3 to 7 March 2021", "between 3 and 7 March": the span from the day before the
    date, in its month, to the date."""
    value = anchor_value(t)
    m = _OPENING_DAY.search(masked, max(0, t.start - 20), t.start)
    if len(value) != 10 or m is None or not masked[t.start : t.start + 1].isdigit():
        return None
    if _CHANGE.search(masked, max(0, m.start() - _LOOK_BACK), m.start()):
        return None  # "postponed from 13 to 17 February": a change of date
    if "and" in m[0] and not _after_between(masked, m.start()):
        return None
    day = int(m[1])
    if not 1 <= day < int(value[8:10]):
        return None
    return _period(t, m.start(), t.end, masked, dates.span(f"{value[:8]}{day:02d}", value))


def _period(t: Timex, start: int, end: int, masked: str, value: str) -> Timex:
    """`t` widened to the whole span's text, from `start` to `end`."""
    return replace(t, start=start, end=end, text=masked[start:end], type="DATE", value=value)


def anchor_value(t: Timex) -> str:
    """A TIME's calendar day ("2018-01-24TMO" → "2018-01-24")."""
    return t.value.split("T")[0] if t.type == "TIME" else t.value


# "and"/"but" before a verb of its own: a second clause ("and will be completed", "and
# ratified", "and said"), not "Phoenix and Zellweger won"
_ACROSS = re.compile(
    r"\b(?:and|but)\s+(?:(?:it|he|she|they|we|then|also|later|was|were|is|are|has|had|have)"
    r"\s+)?(?:\w+ed|will|would|said|says|told)\b",
    re.IGNORECASE,
)


# A date right after "and"/"but" opens the next clause: "Ruiz founded the bakery, and
# this week it opened a second shop" (this week is the opening's, not the founding's).
_OPENS_NEXT = re.compile(
    r"\b(?:and|but)\s+(?:(?:on|in|at|during|by|earlier|later|then)\s+)?$", re.IGNORECASE
)

# A date's words: a digit, a month, a weekday ("on Monday and Tuesday").
_DIGIT_OR_DAY = re.compile(
    r"\d|\b(?:" + "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _across(text: str, date_at: int, verb_at: int) -> bool:
    """Does a second clause's "and"/"but" stand between a date and a verb ("signed in 1994
    and ratified in 2001": not 1994 for "ratified", not 2001 for "signed")?"""
    lo, hi = sorted((date_at, verb_at))
    if _ACROSS.search(text, lo, hi):
        return True
    if date_at < verb_at:
        return NEXT_CLAUSE.search(text, lo, hi) is not None
    return _opens_next(text, verb_at, date_at)


_ING_WORD = re.compile(r"(?<![\w-])([a-z]+ing)\b(?!-)")  # not "life-threatening"


def saying_from(text: str, verb_at: int) -> int:
    """Where the first speech verb's participle ("saying", "warning", "adding") after the
    verb at `verb_at` ends (the text's length if none): a date after it is what was said,
    "hit out at the cuts saying 200 staff will go this week" — this week is the job
    losses', not the outcry's."""
    for m in _ING_WORD.finditer(text, verb_at + 1):
        lemma, form = VERB_FORMS.get(m[1], ("", ""))
        if form == "ing" and lemma in REPORTING_VERBS:
            return m.end()
    return len(text)


def _opens_next(text: str, verb_at: int, date_at: int) -> bool:
    """Is the date after the verb the first words of a clause joined by "and"/"but"? Not
    when a date stands between ("testified on Monday and Tuesday": both are the verb's)."""
    return (
        verb_at < date_at
        and _OPENS_NEXT.search(text, verb_at, date_at) is not None
        and not _DIGIT_OR_DAY.search(text, verb_at, date_at)
    )


def pick_anchor(
    clause: list[Timex],
    strong: list[Timex],
    sentence: list[Timex],
    at: int,
    clause_start: int,
    temporal: list[Timex],
    text: str = "",
) -> Timex | None:
    """The time expression an event is dated by: its own clause's nearest (not across a
    second clause's "and" from the verb, in `text`), else the nearest in its wider clause,
    else the sentence's finest when all its dates nest ("Yesterday, at this year's
    conference") and not across such an "and", else none."""
    if len(clause) > 1 and text:  # "were drafted in March and will be signed in the
        # autumn of 2019": the nearest date not across "and"/"but" from the verb; of
        # dates that nest ("In 2005, … made landfall … on July 10"), the finest
        own = [t for t in clause if not _across(text, t.start, at)] or clause
        finest = _finest_nesting(own)
        clause = [finest or min(own, key=lambda t: abs(t.start - at))]
    if clause:
        return clause[0]
    if text:  # "founded the bakery, and this week it opened …": not this week
        strong = [t for t in strong if not _opens_next(text, at, t.start)]
    if strong:
        return _finest_nesting(strong) or min(strong, key=lambda t: abs(t.start - at))
    # Fronted ("Yesterday, at this year's conference, Jobs unveiled …") or in a temporal
    # clause ("boycotted after the department sent letters Wednesday morning").
    # by offset: a date moved into the past ("until May", published in March) is another
    # Timex than the tagger's
    in_temporal = {t.start for t in temporal}
    sentence = [t for t in sentence if t.start < clause_start or t.start in in_temporal]
    if text:  # "valued the deal and said details would come after a meeting on Friday"
        sentence = [t for t in sentence if not _across(text, t.start, at)]
    return _finest_nesting(sentence) if sentence else None


def _finest_nesting(timexes: list[Timex]) -> Timex | None:
    """The finest of dates that all nest in one another, else None."""
    spans = [(dates.bounds(anchor_value(t)), t) for t in timexes]
    if any(b is None for b, _t in spans):
        return None
    finest = min(spans, key=lambda x: x[0][1] - x[0][0])
    if all(b[0] <= finest[0][0] and finest[0][1] <= b[1] for b, _t in spans):
        return finest[1]
    return None


_GAP_WORD = re.compile(r"[A-Za-z’'-]+")
# the medium a saying was made in, its participle and a preposition last before a date
_IN_MEDIUM = re.compile(
    r"\b(?:in|via|through)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(MEDIUM_NOUNS))
    + r")s?\s+(?:"
    + "|".join(sorted(MEDIUM_PARTICIPLES))
    + r")\s+(?:(?:on|over|in|at|late|early|last)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_SAYING_WORDS = 6  # "said in a statement on Wednesday", "told reporters late on Friday"


def speech_dates(
    timexes: Iterable[Timex], masked: str, at: int, end: int, reported: tuple[int, int] = (0, 0)
) -> list[Timex]:
    """The dates that can date a saying: before its verb, or after it with no clause in
    between ("said on Monday", "announced a picnic on May 3", "said in a statement on
    Wednesday"); not those inside what was said ("said 4 billion songs were sold since its
    launch in 2003", "… since its founding in 1975, it said": they date what was said), the
    `reported` span included."""
    lo, hi = reported
    return [
        t
        for t in timexes
        if not lo <= t.start < hi
        and (t.end <= at or not _clause_between(masked, end, t.start))
        # not the end of what lasts ("warned of disruption through Monday": no saying lasts)
        and not (t.start > at and _LASTING_TO.search(masked, max(0, t.start - 10), t.start))
        and not (t.start > at and _opens_said_clause(masked, t))
        and not (t.end <= at and _possessive_of_other(masked, t))
    ]


_POSSESSED = re.compile(r"[’']s((?:\s+[\w-]+){1,3})")
# the last words of scenes and media for speaking: "Tuesday's debate", "Friday's statement"
_SPOKEN_IN = frozenset(w.split()[-1] for w in SPEAKING_SCENES) | MEDIUM_NOUNS


def owned_by(masked: str, t: Timex) -> list[str] | None:
    """The words after a date's possessive ("Friday's game", "this fall's season": up to
    three), else None: the date says which thing, whose day it is."""
    m = _POSSESSED.match(masked, t.end)
    return m[1].split() if m else None


def _possessive_of_other(masked: str, t: Timex) -> bool:
    """Is the date before a saying a possessive of something not spoken at or in ("Pointing
    to Tuesday's dismal performance, he charged that …": the performance's day, not the
    saying's; but "In Friday's statement, the firm said …", "at Tuesday's debate")?"""
    owned = owned_by(masked, t)
    return owned is not None and not _SPOKEN_IN.intersection(w.lower() for w in owned)


# the start of a period whose end follows ("between January and |April 15")
_RANGE_END = re.compile(r"\b(?:between|from)\s+[^,.;]{1,25}?\s+(?:and|to|until|through)\s+$")
# a comma after a date (and after the period's other end: "between January and April 15,
# …"), then the words of a clause ("…, tourism brought in")
_COMMA_WORDS = re.compile(
    r"(?:\s+(?:and|to|until|till|through)\s+[^,.;]{1,25}?)?\s*,((?:\s+[\w’'-]+){1,5})"
)


def _opens_said_clause(masked: str, t: Timex) -> bool:
    """Is the period `t` after a speech verb the opening of what was said, set off by a comma
    before its clause ("said between January and April 15, tourism brought in 40 per cent",
    "said last year, the economy grew")? A subject of a few words, then a verb the table
    knows in the past or present. A day stays the saying's ("said on Monday, a day after
    the vote"), and so does a period a participle goes on from ("said in March, adding …")."""
    if t.type != "DATE":
        return False
    if dates.DAY.match(t.value) and not _RANGE_END.search(masked, max(0, t.start - 40), t.start):
        return False
    m = _COMMA_WORDS.match(masked, t.end)
    if m is None:
        return False
    words = m[1].split()
    if words[0].lower() in COORDINATORS:
        return False  # "announced the deal late last year, and regulators approved it": a
        # clause of its own after the saying's date, not what was said
    for k, word in enumerate(words):
        low = word.lower()
        known = VERB_FORMS.get(low) or IRREGULAR_FORMS.get(low)
        if known:
            return k > 0 and verb_form(low)[1] in ("past", "pp", "s")
        if low.endswith(("ing", "ed")) or low in FUNCTION_WORDS and k:
            return False
    return False


_LASTING_TO = re.compile(r"\b(?:through|until|till|thru)\s+$", re.IGNORECASE)


def _clause_between(masked: str, lo: int, hi: int) -> bool:
    """Is there a verb of its own (a clause) in masked[lo:hi]? A known verb or auxiliary
    says so; so do more than `_SAYING_WORDS` words ("says poor districts still get money
    under the 1970s rulings"); a name's words count once ("told a meeting of Harbour Gazette
    editors on October 12": whom, then when)."""
    if _IN_MEDIUM.search(masked, lo, hi):
        return False  # "apologized to his former colleagues in a video released |over the
        # weekend": the medium's day, the saying's (`lexicon.MEDIUM_PARTICIPLES`)
    if _words_but_names(_without_asides(masked[lo:hi])) > _SAYING_WORDS:
        return True
    words: list[str] = []
    gap = list(_GAP_WORD.finditer(masked, lo, hi))
    for k, m in enumerate(gap):
        word = m.group().lower()
        if word == "to" and not _infinitive_after(*(g.group() for g in gap[k + 1 : k + 3])):
            words.append(word)
            continue  # "talked to reporters on Monday": a preposition, no clause
        if word in AUXILIARIES or word == "that":
            return True
        if word in MEDIUM_PARTICIPLES and words and words[-1] in MEDIUM_NOUNS:
            words.append(word)
            continue  # "said in a video released on Sunday": which video, no clause
        form = VERB_FORMS.get(word) or (
            ("", "base") if word in IRREGULAR or word in IRREGULAR_FORMS else None
        )
        if form and not m.group()[:1].isupper() and _verb_after(form[1], words):
            return True
        words.append(word)
    return False


def _without_asides(text: str) -> str:
    """`text` with its short verbless dash asides blanked: such an aside opens no clause
    between a saying's verb and its date, where its words would count ("reported a new —
    and all-time — high on Monday": Monday is the report's)."""
    for start, end in reversed(dash_asides(text)):
        text = text[:start] + " " + text[end:]
    return text


def _words_but_names(text: str) -> int:
    """How many words `text` holds, a run of capitalised words counted as one."""
    count, in_name = 0, False
    for word in text.split():
        capital = word[:1].isupper()
        if not (capital and in_name):
            count += 1
        in_name = capital
    return count


def _infinitive_after(word: str = "", following: str = "") -> bool:
    """Is `word`, after "to", a verb's bare form ("to announce", "to be", "to cut the
    price")? Not a noun, a name or a determiner ("to reporters", "to Paris", "to the
    magazine"), nor a word of both kinds used as a noun ("spoke to police on Monday": what
    follows is no object)."""
    low = word.lower()
    if not low or word[:1].isupper() or low in DETERMINERS:
        return False
    form = VERB_FORMS.get(low)
    if form is not None:
        return form[1] == "base"
    if low in IRREGULAR or low in AUXILIARIES:
        return True
    tags = poslex().get(low, "")
    if "V" not in tags:
        return False
    # a noun too ("police", "staff", "press"): a verb only with its object after it
    nxt = following.lower()
    return "N" not in tags or nxt in DETERMINERS or nxt in PRONOUNS or nxt in ADVERBS


def _verb_after(form: str, words: list[str]) -> bool:
    """Is a verb form, after `words`, a verb rather than a noun? A past form is, unless a
    determiner stands before it; a bare form after a plural ("towns get"); an -s form
    after a subject with its determiner ("the company plans"), not in a compound
    ("announced job cuts")."""
    kept = [w for w in words if w not in ADVERBS]  # "towns still get"
    previous = kept[-1] if kept else ""
    words = kept
    if form == "past":
        return previous not in DETERMINERS
    if form == "base":
        return previous.endswith("s") or previous in PRONOUNS
    if form == "s":
        return previous in PRONOUNS or len(words) >= 2 and words[-2] in DETERMINERS
    return False


_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w’'-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'-]*)[\s,]*$")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this)|['’]s)$", re.I)


_RECORDS_FROM = re.compile(
    rf"\b(?:{'|'.join(sorted(RECORD_NOUNS))})\s+(?:dating\s+)?from\s+(?:the\s+)?$", re.I
)


# "figures for the third quarter of 2016", "its budget for 2025": the period they cover
_FIGURES_FOR = re.compile(
    rf"\b(?:{'|'.join(sorted(FIGURES_FOR))})\s+for\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+)?$",
    re.I,
)


def _ends_before(masked: str, t: Timex, reach: int, *patterns: re.Pattern) -> bool:
    """Does one of `patterns` match ending right before `t`, within `reach` characters?"""
    start = max(0, t.start - reach)
    return any(p.search(masked, start, t.start) is not None for p in patterns)


def covered_period(masked: str, t: Timex) -> bool:
    """Is `t` the period figures or a plan cover ("has published figures for the third
    quarter of 2016")? It dates no verb that hands them over: the release is not in it."""
    return _ends_before(masked, t, 40, _FIGURES_FOR, _PERIOD_TO)


# the end of a reporting period: "in the three months to June 30", "the nine weeks ended
# Dec. 30", "the year ending March 31" (what figures cover, not when they came out)
_PERIOD_TO = re.compile(
    r"\b(?:months|weeks|days|quarter|half|year|period)\s+(?:to|ended|ending|through|until)\s+$",
    re.IGNORECASE,
)


_PICTURED = frozenset({"file", "photo", "photograph", "image", "picture", "video", "handout"})


def _tells(masked: str, at: int) -> bool:
    """Is the word at `at` a verb of saying or finding ("a 2014 study | warned")?"""
    nxt = _WORD_AFTER.match(masked, at)
    if not nxt:
        return False
    lemma, form = verb_form(nxt[1])  # "found", "concluded"
    return form in ("past", "pp") and lemma in FINDING_VERBS


# the comma that closes a full date's year before the noun it modifies ("the Baron's May 4,
# 1968, Harbour Revolt"), and the word after it
_WORD_AFTER_COMMA = re.compile(r",\s+([A-Za-z][\w’'-]*)")
_ENDS_WITH_YEAR = re.compile(r"\b(?:1[89]|20)\d\d$")


def _after_closing_comma(masked: str, t: Timex) -> re.Match | None:
    """The word after the comma that closes a date written with its year ("the May 4,
    1968, revolt"): a modifier's noun, as "the 1968 revolt" is (the checks after it keep
    "On May 4, 1968, the captain seized the port" the seizing's date)."""
    if not _ENDS_WITH_YEAR.search(t.text):
        return None
    return _WORD_AFTER_COMMA.match(masked, t.end)


def _dates_happening(word: str, t: Timex) -> bool:
    """Is `t` a written year before `word`, a happening's noun ("the 2008 crash", "the 2003
    drought")?"""
    happening = word in EVENT_NOUNS or word in HISTORIC_NOUNS
    return happening and _YEAR_WRITTEN.search(t.text) is not None


def names_happening(masked: str, t: Timex) -> bool:
    """Does the year `t` name which happening the noun after it is ("Looking back at the 2003
    drought, the farmer says …")? It dates the happening (and a past verb it is told by),
    never a present one: the farmer speaks now."""
    after = _WORD_AFTER.match(masked, t.end)
    return after is not None and _dates_happening(after[1].lower(), t)


def attributive(masked: str, t: Timex) -> bool:
    """A date used as a modifier ("the 1991 agreement", "the company's 2010 conference"):
    it names which thing, not when the clause's event happened. Reads only the words next
    to it: a sentence of a hundred dates must not read itself a hundred times."""
    if _RECORDS_FROM.search(masked, max(0, t.start - 40), t.start):
        return True  # "letters from 1952 were found last week": which letters
    after = _WORD_AFTER.match(masked, t.end) or _after_closing_comma(masked, t)
    if not after or after[1].lower() in FUNCTION_WORDS:
        return False
    end = t.start
    while end and masked[end - 1].isspace():  # "the “…” 2010 budget": a masked quote between
        end -= 1
    word = after[1].lower()
    if word in _PICTURED:
        return False  # "In this Feb. 9, 2015 file photo, Rep. Lee speaks": the scene's day
    if word in DOCUMENT_NOUNS and _tells(masked, after.end()):
        return False  # "a 2014 study warned that …": the study warned in 2014
    # "given the 2008 crash": a year dates a happening, the crash the clause is typed by
    dates_happening = _dates_happening(word, t)
    if _DETERMINER_BEFORE.search(masked, max(0, end - 8), end) and not dates_happening:
        return True  # "backed up the 2009 report": which report ("report" is a verb too)
    if word in VERB_FORMS or dates_happening:
        return False
    # "the author and 2020 presidential candidate", "a 2024 hopeful", "used 1950s images": a
    # bare year or decade before a noun, with no preposition before it ("in 2020 Apple sold …"
    # dates the selling)
    # "the town's summer fair", "cancelled the spring festival", "brought early summer
    # temperatures": a season word before a noun says which fair or what cold, not when
    # the clause's event happened ("in the spring the council met" still dates the meeting)
    before = _WORD_BEFORE.search(masked, max(0, end - 20), end)
    return (
        (t.text.isdigit() and len(t.text) == 4)
        or _DECADE_WRITTEN.match(t.text) is not None
        or _SEASON_WRITTEN.fullmatch(t.text) is not None
    ) and not (before and before[1].lower() in PREPOSITIONS | TIME_WORDS)


_DECADE_WRITTEN = re.compile(r"^(?:1[89]|20)\d0['’]?s$")  # "1950s", "1990's"
# a season with no year nor "last"/"this" of its own: "the spring", "early winter", "summer"
_SEASON_WRITTEN = re.compile(
    rf"(?:(?:the|an?)\s+)?(?:(?:early|late)\s+|mid-?)?(?:{'|'.join(SEASONS)})", re.I
)


# "the … Act of 1988", "the Class of 2020"; a law's title with its year after a comma ("the
# Epidemic Diseases Act, 1897", "the COVID-19 Regulation, 2020")
_NAMED_BEFORE = re.compile(
    r"(?:[A-Z][\w’'-]*\s+of|\b(?:Act|Acts|Regulations?|Rules|Ordinance|Code|Bill|Order),)\s+$"
)


def in_a_name(masked: str, t: Timex) -> bool:
    """A year that is part of a name ("the Clean Harbours Act of 1988", "the Class
    of 2020", "the Harbour Regulation, 2020"): it dates nothing that happens in the
    sentence."""
    return (
        t.type == "DATE"
        and len(t.value) == 4
        and bool(_NAMED_BEFORE.search(masked, max(0, t.start - 40), t.start))
    )


def own_dates(timexes: list[Timex], modifiers: set[int]) -> list[Timex]:
    """The clause's dates, without modifiers (by start) when it has a date of its own."""
    own = [t for t in timexes if t.start not in modifiers]
    return own or timexes


def own_temporal(tokens: list[tuple[int, int, str]], i: int, temporal: list[Timex]) -> Timex | None:
    """The date of the temporal clause right after the verb at `i` ("has fought cancer since
    2004 and has been on leave since January": 2004), not one that follows another verb
    ("has resigned and the union has protested since 2015": none for "resigned")."""
    end = tokens[i][1]
    following = sorted((t for t in temporal if t.start >= end), key=lambda t: t.start)
    if not following:
        return None
    between = (w.lower() for a, _b, w in tokens if end <= a < following[0].start)
    return None if any(w in VERB_FORMS or w in AUXILIARIES for w in between) else following[0]


def is_bound(anchor: Timex, masked: str) -> bool:
    """Does the expression give only a bound ("until Sunday", "before 2010")?"""
    return _dating_of(anchor, masked) != "explicit"


def _dating_of(anchor: Timex, masked: str) -> str:
    """explicit, or only a bound: "before 2010", "since May", "more than a year ago"
    (before), "less than two weeks ago" (after)."""
    mod = anchor.mod or ""
    if anchor.type == "TIME":
        # "shortly after 2am on Sunday", "sometime after noon": that day, whatever the hour
        return "explicit"
    if _NOT_UNTIL.search(masked, max(0, anchor.start - 40), anchor.start):
        # "It was not until 2010 that …", "wasn't finished until 1932", "Another job we
        # deferred until 2019 was rebuilding the pier": then, whatever bound the tagger read
        # in "until"
        return "explicit"
    ago = anchor.text.lower().endswith(("ago", "earlier"))
    if mod in ("BEFORE", "ON_OR_BEFORE") or (ago and mod == "MORE_THAN"):
        return "before"
    if mod in ("AFTER", "ON_OR_AFTER") or (ago and mod == "LESS_THAN"):
        return "after"
    if _WHEN_FOLLOWS.match(masked, anchor.end):
        # "the deadliest crash since 1996, when two trains collided": the "when" clause's
        # verb took the year it hangs on, whatever bound the main clause put before it (a
        # main clause's "has risen since 1996" has its bound as a mod, read above)
        return "explicit"
    return _bounded(masked[max(0, anchor.start - 12) : anchor.start])


_WHEN_FOLLOWS = re.compile(r",\s*when\b", re.IGNORECASE)


_NOT_UNTIL = re.compile(
    r"(?:(?:\bnot|n['’]t)\b|\b(?:" + "|".join(d.replace(" ", r"\s+") for d in DEFERRING) + r")\b)"
    r"[^.,;:]*\buntil\s*$",
    re.IGNORECASE,
)


# the word right before an expression that makes it a bound (`_bounded`), compiled once: a
# pattern given to `re.search` as a string is looked up in `re`'s cache at every call
# (named apart from `_BOUND_BEFORE`, which `story_year` reads: one name for both had made
# "since March 2009" a story's year)
_BOUNDED_BEFORE = re.compile(r"\b(before|until|by|prior to)\s*$")
_BOUNDED_AFTER = re.compile(r"\b(after|since)\s*$")


def _bounded(text_before: str) -> str:
    tail = text_before[-12:].lower()
    if _BOUNDED_BEFORE.search(tail):
        return "before"
    if _BOUNDED_AFTER.search(tail):
        return "after"
    return "explicit"


def date_for(
    anchor: Timex | None,
    aspect: str,
    masked: str,
    narrative: Narrative,
    dct_value: str | None,
    news: bool = True,
) -> tuple[str | None, str]:
    """(value, dating) of an event: see the module docstring for the order of reasons.
    `news`: an undated past event is the day's news (a statement, the lead) at publication,
    else only before it."""
    if aspect == "future":
        # a plan takes its own date ("will be delivered in 2014"), one not already past
        # ("said Monday it will cut jobs": Monday is the saying's); else it is after now
        span = dates.bounds(anchor_value(anchor)) if anchor is not None else None
        if anchor is not None and span and dct_value and span[1].isoformat() >= dct_value:
            return anchor_value(anchor), _dating_of(anchor, masked)
        return (dct_value, "after") if dct_value else (None, "undated")
    if narrative.value and dct_value and _after(narrative.value, dct_value):
        # "… after a meeting on Friday. Issues on the table included …": what has happened
        # takes no narrative time still to come
        narrative = Narrative()
    if anchor is not None:
        # "has fought cancer since 2004", "has been circulating since 2019": a process or a
        # change since a date is only *after* it (the convention of the hidden gold; the
        # SemEval trial gold dates some of these at the date itself)
        return anchor_value(anchor), _dating_of(anchor, masked)
    if aspect in ("perfect", "habitual"):
        if narrative.value and narrative.dating in ("explicit", "inferred"):
            return narrative.value, "before"
        if dct_value:
            return dct_value, "before"
    elif aspect == "past":
        if narrative.value:
            bound = narrative.dating in ("before", "after")
            return narrative.value, narrative.dating if bound else "inferred"
        if dct_value:
            return dct_value, "inferred" if news else "before"
    return None, "undated"


def _after(value: str, dct_value: str) -> bool:
    """Does the time `value` start after the publication day?"""
    span = dates.bounds(value)
    return bool(span) and span[0].isoformat() > dct_value


def main_clause_perfect(masked: str) -> bool:
    """ "But little concrete has happened": a present perfect outside relative clauses (not a
    past perfect: "Residents had opposed it. The mayor signed it." goes back to the story's
    time after the flashback, not before publication)."""
    if not may_hold(masked, _PERFECT_WORDS):
        return False
    for m in _PERFECT.finditer(masked):
        if m[0][:3].lower() == "had":
            continue
        before = masked[: m.start()].split()[-3:]
        if not any(w.lower() in {"that", "which", "who"} for w in before):
            return True
    return False


def is_iterated(tokens: list[tuple[int, int, str]]) -> bool:
    """ "has sued the city twice", "has repeatedly warned", "three times": a record of past
    happenings, not one piece of news."""
    for k, (_a, _b, w) in enumerate(tokens):
        low = w.lower()
        if low in ("twice", "thrice", "repeatedly") or habitual_at(tokens, k):
            after = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
            if not (low == "once" and after in ("more", "again")):  # "bid once more"
                return True
        if (
            low == "times"
            and k
            and (
                tokens[k - 1][2].lower() in NUMBER_WORDS | {"multiple", "numerous"}
                or tokens[k - 1][2][:1].isdigit()
            )
        ):
            return True
    return False


_YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d")


def dates_of_the_past(
    timexes: list[Timex], dct_value: str | None, masked: str = ""
) -> dict[int, Timex]:
    """The dates, by start, that can date what has happened: none after publication ("were
    named best actors on Sunday, cementing their lead for the Oscars in February": Sunday),
    and a bare month read as the coming one moved back a year (see `year_before`); not a
    coming period the deed sets ("ordered a curfew from July 12 to July 18", written on
    July 9: the lockdown's days, this year's, not the ordering's)."""
    out = {}
    for t in timexes:
        if after_publication(t, dct_value):
            if _COMING_PERIOD.search(masked, max(0, t.start - 12), t.start):
                continue
            if OWN_EDIT.search(masked, max(0, t.start - 80), t.start):
                out[t.start] = t  # "This entry was revised on 14 August": after publication
                continue
            if set_for(masked, t):
                continue  # "set Moore's trial for March 3", "called a strike on Dec. 8":
                # the coming trial's, the strike's day
            t = year_before(t)
            if t is None or after_publication(t, dct_value):
                continue
        out[t.start] = t
    return out


_PART_OF_MONTH = re.compile(rf"^{_PART_OF}", re.IGNORECASE)
# the opening of a period a deed sets going: "from July 10", "starting Monday", "through
# May 26" (not "until": "did not reopen until May" dates the reopening)
_COMING_PERIOD = re.compile(
    r"\b(?:from|starting|beginning|effective|through)\s+(?:on\s+)?$", re.IGNORECASE
)
# the day a thing is set for ("set the trial for Feb. 25", "scheduled a vote for March 3"):
# a coming one, not the setting's, however past the setting's verb
_SET_FOR = re.compile(
    rf"\b(?:{'|'.join(sorted(SETTING_FOR))})\b[^,.;]{{0,40}}?\bfor\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def set_for(masked: str, t: Timex) -> bool:
    """Is `t` the day a thing is set for ("set Moore's trial for March 3"), or the day a
    happening noun names as its own ("have called a national strike on December 8")?"""
    return _ends_before(masked, t, 60, _SET_FOR, _NOUN_DAY)


# a happening noun and its own day: "a national strike on December 8", "a rally for Friday"
# (not a saying's noun: "the DOT's announcement on Monday" was made, whatever it announced)
_NOUN_DAY = re.compile(
    rf"\b(?:{by_first_letter(sorted(EVENT_NOUNS - SAYING_NOUNS))})\s+(?:on|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a noun and the day it names, maybe past a place ("in the bank robbery on Dec. 4", "over
# the attack in Leeds on Saturday"); the noun is read by the caller
_NOUN_ON_DAY = re.compile(
    r"\b([a-z][a-z-]*)(?:\s+(?:in|at|near|outside)(?:\s+the)?(?:\s+[A-Z][\w.’'-]*){1,3})?"
    r"\s+on\s+$"
)


def noun_on_day(masked: str, t: Timex) -> tuple[int, str] | None:
    """The noun `t` is the day of ("photos of a suspect in the bank robbery on Dec. 4":
    "robbery"), by its offset and word: the caller asks whether it names a happening. Not a
    saying's noun ("apologised in a statement on Monday": the saying's own day)."""
    m = _NOUN_ON_DAY.search(masked, max(0, t.start - 60), t.start)
    if m is None or m[1] in SAYING_NOUNS or m[1] in FUNCTION_WORDS:
        return None
    return m.start(1), m[1]


def gerund_noun(masked: str, at: int, word: str) -> bool:
    """Is `word` at `at` a gerund taken as a noun by "the" ("the stabbing", "the
    shooting")?"""
    return word.endswith("ing") and masked[max(0, at - 4) : at].lower() == "the "


def year_before(t: Timex) -> Timex | None:
    """A month or day given without its year and read as the coming one ("sold his house in
    May", written in March): for what has happened, the one before; None when the year was
    written ("in May 2019"), the expression is relative ("next month": its year is not a
    guess) or the value has no year to move."""
    # "early April", "mid-May", "late March": the month's part, the month's name first
    words = _PART_OF_MONTH.sub("", t.text).split()
    first = words[0].rstrip(".,") if words else ""
    if (
        _YEAR_WRITTEN.search(t.text)
        or first not in CALENDAR_WORDS  # a month's name, a weekday's: not "next month"
        or not re.match(r"\d{4}-\d\d", t.value)
    ):
        return None
    # a span ("June 13 to 17", "early April") moves both its ends
    moved = [_moved_back(first, part) for part in t.value.split("/")]
    if None in moved:
        return None
    return Timex(t.start, t.end, t.text, t.type, "/".join(moved), t.mod)


def _moved_back(first: str, value: str) -> str | None:
    """`value` a week back for a weekday (`first`), else a year back."""
    if first.lower().rstrip("s") in WEEKDAYS:
        # "on Sunday" read as the coming one: the last one is a week before, not a year
        try:
            day = date.fromisoformat(value[:10]) - timedelta(days=7)
        except ValueError:
            return None
        return day.isoformat() + value[10:]
    year = int(value[:4]) - 1
    if year < 1:
        return None
    moved = floating_holiday(first, year)  # Thanksgiving: that year's Thursday, not this
    if moved is not None:  # year's day of the month
        return moved.isoformat() + value[10:]
    return f"{year:04d}{value[4:]}"


def after_publication(t: Timex, dct_value: str | None) -> bool:
    """Does the time expression lie wholly after the publication day?"""
    span = dates.bounds(anchor_value(t)) if dct_value else None
    return bool(span) and span[0].isoformat() > dct_value


_OCCASION_NOUN = re.compile(r"['’]s?\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")


def occasion(
    texts: list[str], timexes: list[list[Timex]], lead_text: str, dct: date | None
) -> str | None:
    """The day of the occasion a story tells, when its lead gives no date but names the
    occasion that a later paragraph dates by a possessive ("Rivals pressed the mayor during
    the long hearing." … "Tuesday's hearing opened with questions on the budget"): the
    article's narration with no time of its own is of that day. Only a recent day (see
    `is_recent`), and only when the lead names the same thing ("hearing")."""
    if dct is None:
        return None
    lead_words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z-]+", lead_text)}
    for text, found in zip(texts, timexes, strict=True):
        for t in found:
            day = anchor_value(t)[:10]
            m = _OCCASION_NOUN.match(text, t.end)
            if m is None or t.type not in ("DATE", "TIME") or not is_recent(day, dct):
                continue
            head = ""
            for word in m[1].split():  # "dismal performance by", "report was the"
                if word in FUNCTION_WORDS or word in ADVERBS or word in AUXILIARIES:
                    break
                if VERB_FORMS.get(word, ("", ""))[1] == "past":  # "temperatures felt"
                    break
                head = word
            if head and head.rstrip("s") in lead_words:
                return day
    return None


# A live blog's update opens with its time stamp: "14.05 Rescuers have reached the ridge",
# "9:40am The minister has arrived", "9.45am: Gusts of 94mph …", "07.13" alone over a
# picture. Not a figure ("3.45 per cent"): the stamp stands before a capital, a quote, a tag
# or the paragraph's end.
UPDATE_STAMP = re.compile(
    r"\s*([01]?\d|2[0-3])[.:]([0-5]\d)\s*(am|pm|AM|PM|a\.m\.|p\.m\.)?(?:\s+[A-Z]{2,4}\b)?"
    r"(?:\s*[:–—-])?(?:\s+(?=[A-Z\"“‘'#@])|\s*$)"
)
LIVE_BLOG_UPDATES = 3  # time-stamped paragraphs that make a page a live blog
# a jump of the clock this large between two updates in a row passes midnight
_MIDNIGHT_JUMP = 12 * 60


def _stamp_minutes(text: str) -> int | None:
    m = UPDATE_STAMP.match(text)
    if m is None:
        return None
    hour, meridiem = int(m[1]), (m[3] or "").lower()[:1]
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem:
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    return hour * 60 + int(m[2])


def update_days(texts: list[str], dct: date | None) -> list[str | None]:
    """The day of each paragraph of a live blog: the day of the time-stamped update it
    belongs to (the stamped paragraph and those after it up to the next stamp); None before
    the first stamp or on a page with fewer than `LIVE_BLOG_UPDATES` stamps. The updates are
    on the publication day, until the clock passes midnight: "00.10 …" after "23.50 …" is the
    next day (updates told oldest first), "23.50 …" after "00.10 …" the day before (newest
    first, the common order, whose first update is the page's time)."""
    stamps = [_stamp_minutes(text) for text in texts]
    told = [m for m in stamps if m is not None]
    if dct is None or len(told) < LIVE_BLOG_UPDATES:
        return [None] * len(texts)
    # the order the updates are told in, from steps of the clock that pass no midnight
    pairs = [(a, b) for a, b in zip(told, told[1:], strict=False) if abs(b - a) <= _MIDNIGHT_JUMP]
    newest_first = sum(b < a for a, b in pairs) >= sum(b > a for a, b in pairs)
    day, last = dct, None
    days: list[str | None] = []
    for minute in stamps:
        if minute is not None:
            # a step far against the order the updates are told in, not a slip of the order
            step = (minute - last if newest_first else last - minute) if last is not None else 0
            if step > _MIDNIGHT_JUMP:
                day += timedelta(days=-1 if newest_first else 1)
            last = minute
        days.append(day.isoformat() if last is not None else None)
    return days


# An embedded post's signature closing its paragraph: "— Ann Lee (@annlee) May 3, 2021",
# the way a saved page shows a social-media post it quotes (the date is tagged apart)
_POST_SIGNATURE = re.compile(r"[—–]\s*[^—–\n]{1,80}\(@\w{1,30}\)\s*$")


def posted_day(text: str, timexes: list[Timex]) -> str | None:
    """The day of the embedded post a paragraph is, from the date of its signature at its
    end ("Police have closed the bridge. — City Police (@citypolice) May 3, 2021"), else
    None. The post tells the news of its own day: its "today", its present perfect, what
    it tells undated are of that day, not of the page's publication."""
    if not timexes:  # (most paragraphs: asked of every one)
        return None
    last = max(timexes, key=attrgetter("end"))
    if text[last.end :].strip() or not dates.DAY.fullmatch(last.value or ""):
        return None
    return last.value if _POST_SIGNATURE.search(text, 0, last.start) else None


def told_in_present_perfect(sentence: str, trigger: str) -> bool:
    """Is the verb `trigger` told in the present perfect ("Rescuers have now reached …",
    "two have been carried ashore")?"""
    return _told_in_perfect(sentence, trigger, _present_perfect_aux)


def done_already(sentence: str, trigger: str) -> bool:
    """Is the verb `trigger` told in the present perfect with "already" ("Relatives have
    already given DNA samples"): done some time before the news, not as its news?"""
    return _told_in_perfect(sentence, trigger, _present_perfect_aux, ALREADY)


def _present_perfect_aux(word: str) -> bool:
    """Is the lowercase word a present perfect's auxiliary ("has", "have", "they've")?"""
    return word in AUX_PERFECT_PRESENT or word.endswith(PRESENT_PERFECT_CLITICS)


def told_in_past_perfect(sentence: str, trigger: str) -> bool:
    """Is the verb `trigger` told in the past perfect ("The mayor had just resigned")? Not
    "he'd": "would" as often as "had"."""
    return _told_in_perfect(sentence, trigger, lambda word: word == "had")


def _told_in_perfect(
    sentence: str,
    trigger: str,
    is_aux: Callable[[str], bool],
    between_words: frozenset[str] | None = None,
) -> bool:
    """Does a perfect auxiliary (`is_aux`, of a lowercased word) stand at most three words
    before `trigger`, with only lowercase words between ("have now reached"), one of them of
    `between_words` when given?"""
    for m in re.finditer(r"\b" + re.escape(trigger) + r"\b", sentence):
        words = sentence[: m.start()].split()[-3:]
        for k, word in enumerate(words):
            between = words[k + 1 :]
            if (
                is_aux(word.lower())
                and all(w.islower() for w in between)
                and (between_words is None or not between_words.isdisjoint(between))
            ):
                return True
    return False

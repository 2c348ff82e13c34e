"""Extraction rules: one regex per expression family, built from the lexicon.

A rule names the normaliser (a function in `normalise.py`) that turns its match into a
TIMEX3 value, and optionally a `check` (in `checks.py`) that vetoes a match from its context
before overlaps are resolved (so a vetoed long match does not hide a shorter valid one).
Rules are data: the engine compiles each one once, on first use, and knows nothing about any
family.  Order matters only to break ties between candidates of the same length.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: str  # compiled with re.IGNORECASE; case-sensitive parts use (?-i:...)
    type: str  # DATE, TIME, DURATION or SET
    norm: str  # normaliser function name in normalise.py
    check: str | None = None  # optional veto function name in checks.py


_NW = r"(?![A-Za-z])"  # end of a word (lets "-" and "'" follow)
_APOS = "['’‘]"  # an apostrophe as typed or as typeset ("the '60s", "the ’60s", "1960’s")
_BW = r"(?<![A-Za-z0-9])"  # start of a word


_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in lx.MONTHS if m not in _FULL_MONTHS]
_MONTH_CORE = (
    f"{lx.alternation(_FULL_MONTHS, capitalised=True)}"
    f"|{lx.alternation(_ABBR_MONTHS, capitalised=True)}\\.?"
)  # full names never take a period, so "early December." ends before it
_MONTH = f"(?:{_MONTH_CORE}){_NW}"


def _month(g: str) -> str:
    return f"(?P<{g}>{_MONTH_CORE}){_NW}"


def _weekday(g: str) -> str:
    return rf"(?P<{g}>{lx.alternation(lx.WEEKDAYS, capitalised=True)}){_NW}"


def _day(g: str) -> str:
    return rf"(?P<{g}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"


def _year(g: str) -> str:
    # not a code: "Township Road 1950E", "Flight 2003A" (a decade's "1950s" is read apart)
    return rf"(?<![\d$£€¥.,])(?P<{g}>(?:1[5-9]|20)\d\d)(?![\d]|,\d|\.\d|-\d|[A-Za-rt-z])"


def _written_year(g: str) -> str:
    """A year right after a month, a day, a season or a holiday: any four or more digits (as
    1500-2099 always were there), so that "December 31, 9999" and "January 1, 0001" keep the
    year written rather than leave "December 31" to be dated in the DCT's year. The
    normaliser drops a date whose year is past 9999 ("December 31, 10000")."""
    return rf"(?<![\d$£€¥.,])(?P<{g}>\d{{4,}})(?![\d]|,\d|\.\d|-\d)"


_WEEKDAY = lx.alternation(lx.WEEKDAYS, capitalised=True) + _NW
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2|\s+and\s+a\s+half)?|(?:{_TENS})[- ](?:{_ONES})"
    rf"|{lx.alternation([w for w in lx.NUMBER_WORDS] + list(lx.VAGUE_NUMBERS))})"
)
_UNIT = (
    r"(?:centur(?:y|ies)|decades?|years?|quarters?|months?|weekends?|weeks?|days?|hours?"
    r"|minutes?|seconds?)"
)
_UNIT_SG = r"(?:century|decade|year|quarter|month|weekend|week|day|hour|minute|second)"
_PMOD = (
    r"(?:early-|early|late-|late|mid-|mid|the\s+(?:end|beginning|start|middle)\s+of"
    r"|the\s+(?:early|late|mid-|mid))"
)
_QMOD = lx.alternation(lx.QUANT_MODS)
# A year said in words after a month or season ("the winter of nineteen ninety-four").
_SPELLED_YEAR = (
    rf"(?P<sy>(?:nineteen|eighteen)[\s-]+(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}"
    rf"|oh[\s-](?:{_ONES})){_NW})"
)
_DAYPHRASE = rf"(?:{_WEEKDAY}|today|yesterday|tomorrow|tonight|{_MONTH}\s+{_DAY})"
DAYPHRASE = _DAYPHRASE  # also used by the normalisers for "3 p.m. on Friday"
_SEASON = lx.alternation(lx.SEASONS)
_POD = r"(?:morning|afternoon|evening|night)"
_ORD = "first|second|third|fourth|1st|2nd|3rd|4th"
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")  # fmt: skip
_AGO_DIR = r"ago|earlier|later|before|after|from\s+now|hence|back|previously|prior"
# Between a duration's number and its unit: "three more weeks", "five trading days".
_DURATION_MODS = "more|additional|extra|further|straight|consecutive|trading|business|working"
# Tried at every position of a duration's windows: grouped by first letter (see `lexicon`).
_DURATION_REL = lx.by_first_letter(
    "past last next first previous coming following final latest recent preceding additional"
    " further remaining initial entire full whole same ensuing succeeding year-earlier"
    " year-ago".split()
)
_SET_WHAT = f"{_UNIT}|{_WEEKDAY}|{_MONTH}|{_SEASON}|{_POD}"
_AMPM = r"[ap]\.\s?m\b\.?|[ap]m\b|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night"

RULES: tuple[Rule, ...] = (
    Rule(
        "iso_date",
        r"(?<![\d-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\d-])",
        "DATE",
        "iso",
    ),
    Rule(
        "slash_date",
        r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
        "DATE",
        "slash",
    ),
    Rule(
        "month_day",
        rf"(?:{_weekday('wd')},?\s+)?(?:(?P<pmod>early|late|mid-?)\s*)?{_month('mo')}\s+{_day('d')}"
        rf"(?:,?\s+{_written_year('y')})?",
        "DATE",
        "month_day",
    ),
    Rule(
        "day_month",
        rf"(?:{_weekday('wd')},?\s+)?(?:the\s+)?{_day('d')}\s+(?:of\s+)?{_month('mo')}"
        rf"(?:,?\s+{_written_year('y')})?",
        "DATE",
        "month_day",
    ),
    Rule(
        "month_year",
        rf"(?:(?P<pmod>{_PMOD})\s*)?{_month('mo')},?\s+(?:of\s+)?(?:{_written_year('y')}"
        rf"|(?P<rel>last|this|next)\s+year(?![a-z-])|{_SPELLED_YEAR})",
        "DATE",
        "month_year",
    ),
    Rule(
        "month",
        rf"(?:(?P<rel>this\s+past|this|last|next|past|coming|(?:{_PMOD}))\s*)?{_month('mo')}",
        "DATE",
        "month",
        "check_month",
    ),
    Rule(
        "year",
        rf"(?:(?P<pre>{_PMOD}|fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|(?:the\s+)?year"
        rf"|the\s+end\s+of\s+fiscal)\s*)?{_year('y')}",
        "DATE",
        "year",
        "check_year",
    ),
    Rule(  # "the year 0001", "the year 9999": after "year" any four digits are a year
        "year_named",
        rf"(?P<pre>(?:the\s+)?year)\s+{_written_year('y')}",
        "DATE",
        "year",
    ),
    Rule(
        "decade",
        rf"(?:the\s+)?(?:(?P<pmod>early|late|mid-?)\s*)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0{_APOS}?s"
        rf"|{_APOS}(?P<d2>\d)0s|(?P<dw>{'|'.join(_DECADE_WORDS)})){_NW}",
        "DATE",
        "decade",
        "check_decade",
    ),
    Rule(
        "century",
        rf"(?:the\s+)?(?:(?P<pmod>early|late|mid-?)\s*)?(?:(?P<n>1\d|2[01])(?:st|nd|rd|th)"
        rf"|(?P<w>nineteenth|twentieth|twenty-first|eighteenth))\s+century{_NW}",
        "DATE",
        "century",
    ),
    Rule(
        "quarter",
        rf"(?:(?:the|this|last|next|that)\s+(?!(?:fiscal[\s-]+)?(?:{_ORD})-))?"
        rf"(?:(?P<yexpr>{_year('y1')}|this\s+year|last\s+year|next\s+year)(?:'s)?\s+)?"
        rf"(?:(?P<q1>year-earlier|year-ago|fiscal|calendar|latest|current)[\s-]+)?"
        rf"(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>{_ORD}|(?:last|final)(?=\s+(?:quarter|half)"
        rf"\s+of\s+(?:fiscal\s+)?\d))[\s-]+(?:fiscal[\s-]+)?(?P<unit>quarter|half){_NW}"
        rf"(?:,?\s+(?:of\s+)?(?:fiscal\s+)?{_written_year('y')}"
        rf"|\s+of\s+(?P<ytail>this|last|next)\s+year{_NW})?",
        "DATE",
        "quarter",
        "check_quarter",
    ),
    Rule(
        "quarter_rel",
        r"(?:(?:(?-i:the|The)\s+)?(?:comparable\s+|corresponding\s+)?(?P<rel>latest|current"
        r"|same|year-earlier|year-ago|previous|preceding|recent|just-ended|just-completed"
        r"|September|June|March|December)\s+quarter(?![a-z])"
        r"|(?-i:the|The)\s+(?P<rel2>latest|comparable|corresponding|same|year-earlier|year-ago)"
        r"\s+period(?![a-z])"
        r"|(?-i:the|The)\s+quarter(?![a-z])"
        rf"|(?-i:the|The)\s+{_year('y')}\s+(?:quarter|period)(?![a-z])"
        r"|(?P<ly2>last\s+year['\u2019]s)\s+(?:quarter|period)(?![a-z]))"
        r"(?P<ly>\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))?",
        "DATE",
        "quarter_rel",
    ),
    Rule(
        "season",
        rf"(?:(?P<rel>this\s+past|this|last|next|past|coming|the)\s+)?"
        rf"(?:(?P<pmod>early|late|mid-?)\s*)?(?P<s>{_SEASON})(?![a-z])"
        rf"(?:\s+(?:of\s+)?(?:{_written_year('y')}|{_SPELLED_YEAR})"
        r"|\s+of\s+(?P<yrel>last|next|this|the\s+(?:previous|following))\s+year)?",
        "DATE",
        "season",
        "check_season",
    ),
    Rule(
        "weekday",
        rf"(?:(?P<rel>this\s+past|this|last|next|coming|past|early|late|earlier|later"
        rf"|the\s+(?:previous|preceding|prior|following|next))\s+)?{_weekday('wd')}(?:,?\s+(?P<pod>{_POD}))?",
        "DATE",
        "weekday",
    ),
    Rule(
        "weekday_set",
        # "Fridays", "Friday nights" ("Sunday mornings are for the market": every one of them)
        rf"(?:(?:every|each)\s+)?(?-i:(?P<wd>{'|'.join(w.title() for w in lx.WEEKDAYS)})"
        rf"(?:s|(?=\s+(?:mornings|afternoons|evenings|nights)\b)))"
        rf"(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?{_NW}",
        "SET",
        "weekday_set",
    ),
    Rule(
        "deictic",
        rf"(?:(?P<pmod>early|late|earlier|later|mid-?)\s*)?{_BW}"
        rf"(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<pod>{_POD}))?{_NW}",
        "DATE",
        "deictic",
    ),
    Rule(
        "day_before",
        r"the\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)",
        "DATE",
        "day_before",
    ),
    Rule(
        "pod_rel",
        rf"(?:(?P<pmod>early|late|earlier|later)\s+)?(?P<rel>this|last|that|tomorrow|yesterday"
        rf"|the\s+next|the\s+following|the\s+same|the\s+previous)\s+(?P<pod>{_POD}){_NW}",
        "TIME",
        "pod_rel",
    ),
    Rule(
        "pod_alone",
        rf"(?:(?P<pmod>early|late|mid-|mid)\s*|(?-i:the|The)\s+(?:(?P<pmod2>early|late)\s+)?)"
        rf"(?P<pod>morning|afternoon|evening){_NW}",
        "TIME",
        "pod_alone",
        "check_pod_alone",
    ),
    Rule(
        "rel_unit",
        rf"(?:(?P<pmod>early|late|earlier|later|the\s+(?:end|beginning|start|middle)\s+of)\s+)?"
        rf"{_BW}(?P<rel>this\s+past|this|last|next|past|previous|coming|current|that\s+same|that"
        rf"|the\s+(?:past|last|next|previous|coming|following|same|current|preceding|prior"
        rf"|full|latest|entire)|the)\s+(?:(?:fiscal|financial)\s+)?"
        rf"(?P<unit>week|weekend|month|year|quarter|decade|century|day)(?![a-z-])",
        "DATE",
        "rel_unit",
        "check_rel_unit",
    ),
    Rule(
        "in_the_unit",
        r"(?P<pmod>earlier|later)\s+in\s+the\s+(?P<unit>year|month|week|day|decade)(?![a-z])",
        "DATE",
        "in_the_unit",
    ),
    Rule(
        "ago",
        rf"(?:(?P<qmod>{_QMOD})\s+)?(?:(?P<n>{_NUM})[\s-]+)?(?:or\s+so\s+)?(?P<unit>{_UNIT})"
        rf"(?:\s+or\s+so)?\s+(?P<dir>{_AGO_DIR}){_NW}(?:\s+(?P<that>that|this){_NW})?",
        "DATE",
        "ago",
        "check_ago",
    ),
    Rule(
        "year_earlier",
        r"(?:the\s+)?year-(?:earlier|ago|before)(?:\s+(?P<what>period|quarter|(?:first|second"
        r"|third|fourth)\s+quarter|first\s+half|second\s+half))?(?![a-z])",
        "DATE",
        "year_earlier",
    ),
    Rule(
        "duration",
        rf"(?:(?P<det>the|another|an?\s+additional|an?\s+extra)\s+"
        rf"(?!{_NUM}[\s-]+{_UNIT_SG}{_NW}))?"  # "the eleven year partnership": no det
        rf"(?:(?P<rel>{_DURATION_REL})\s+)?(?:(?P<qmod>{_QMOD})\s+)?{_BW}(?P<n>{_NUM})[\s-]+"
        rf"(?:(?:{_DURATION_MODS})\s+)?(?P<unit>{_UNIT})"
        rf"(?:-(?P<adj>long|old))?{_NW}(?P<half>\s+and\s+a\s+half{_NW})?",
        "DURATION",
        "duration",
        "check_duration",
    ),
    Rule(
        "duration_vague",
        rf"(?:(?:the|these)\s+)?(?P<rel>past|last|next|coming|recent|previous|following"
        rf"|ensuing|intervening)\s+(?P<unit>{_UNIT}){_NW}"
        rf"|(?:the\s+)?(?P<unit2>days|weeks|months|years)\s+ahead{_NW}"
        rf"|(?:(?<=[Ff]or\s)|(?<=[Ww]ithin\s))(?P<unit3>decades|centuries|years|months|weeks|days"
        rf"|hours){_NW}",
        "DURATION",
        "duration_vague",
        "check_duration_vague",
    ),
    Rule(
        "long",
        rf"(?P<unit>{_UNIT})[- ]long{_NW}",
        "DURATION",
        "long",
    ),
    Rule(
        "set",
        rf"(?:(?P<freq>once|twice|thrice|(?:{_NUM})\s+times)\s+)?(?P<q>every|each|per|a|an)"
        rf"\s+(?:(?P<n>other|{_NUM})\s+)?(?P<what>{_SET_WHAT}){_NW}",
        "SET",
        "set",
        "check_set",
    ),
    Rule(
        "freq_word",
        rf"{_BW}(?-i:(?P<w>{'|'.join(sorted(lx.FREQUENCY_WORDS, key=len, reverse=True))})){_NW}",
        "SET",
        "freq_word",
    ),
    Rule(
        "clock",
        rf"(?:(?P<qmod>about|around|approximately|roughly|shortly\s+(?:before|after)"
        rf"|just\s+(?:before|after))\s+)?(?<![\d:.$])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?"
        rf"\s*(?P<ampm>{_AMPM})(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET)))?"
        rf"(?:,?\s+(?P<day>{_DAYPHRASE}))?",
        "TIME",
        "clock",
    ),
    Rule(
        "clock24",
        rf"(?<=[Aa]t\s)(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])"
        rf"(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET)))?(?:,?\s+(?P<day>{_DAYPHRASE}))?",
        "TIME",
        "clock",
    ),
    Rule(
        "clock_word",
        rf"(?:(?P<pre>{_DAYPHRASE})\s+)?(?:(?P<qmod>about|around|shortly\s+before"
        rf"|shortly\s+after|just\s+before|just\s+after)\s+)?{_BW}(?P<cw>noon|midday|midnight)"
        rf"{_NW}(?:,?\s+(?P<day>{_DAYPHRASE}))?",
        "TIME",
        "clock_word",
    ),
    Rule(
        "pod_day",
        rf"(?:(?P<pmod>early|late|mid-?)\s*)?{_BW}(?P<pod>{_POD}|mid-?afternoon)\s+"
        rf"(?P<day>{_DAYPHRASE})",
        "TIME",
        "pod_day",
    ),
    Rule(
        "quarter_code",
        rf"{_BW}(?-i:(?P<u>Q|H))(?P<n>[1-4])(?![\w-])"
        rf"(?:\s+(?:of\s+)?(?:FY\s*)?{_written_year('y')}"
        rf"|\s*'(?P<y2>\d\d)(?!\d))?",
        "DATE",
        "quarter_code",
    ),
    Rule(
        "holiday",
        rf"(?-i:(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?"
        rf"|(?:[Tt]he\s+)?Fourth\s+of\s+July"
        rf"|Independence\s+Day|July\s+Fourth|Valentine's\s+Day|Halloween|Boxing\s+Day"
        rf"|Thanksgiving(?:\s+Day)?|Election\s+Day)){_NW}"
        rf"(?:,?\s+{_written_year('y')})?",
        "DATE",
        "holiday",
    ),
    Rule(
        "week_of",
        rf"the\s+week\s+of\s+{_month('mo')}\s+{_day('d')}(?:,?\s+{_written_year('y')})?",
        "DATE",
        "week_of",
    ),
    Rule(
        "year_end",
        r"(?:the\s+)?(?<![a-z-])year(?:[- ]|['\u2019]s\s+)end(?![a-z-])",
        "DATE",
        "year_end",
    ),
    Rule(
        "spelled_year",
        rf"(?:the\s+year\s+)?{_BW}(?P<c>nineteen|eighteen|two\s+thousand|twenty)"
        rf"(?:[\s-]+(?P<rest>(?:{_TENS})(?:[\s-](?:{_ONES}))?|ten|eleven|twelve|thirteen"
        rf"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-](?:{_ONES})|{_ONES}))?"
        rf"{_NW}",
        "DATE",
        "spelled_year",
        "check_spelled_year",
    ),
    Rule(
        "vague",
        rf"{_BW}(?P<w>{lx.alternation(lx.VAGUE_REFS)})(?![A-Za-z-])",
        "DATE",
        "vague",
        "check_vague",
    ),
)


# Rules whose matches may be capitalised names and still be time expressions ("Election
# Day", "New Year's Eve"); every other rule's match is dropped when it is part of a name
# (see `checks.is_name`).
NAMES_ALLOWED: frozenset[str] = frozenset({"holiday"})

# Words one of which every match of a rule contains ("#" = any digit run).  The engine only
# runs a rule's regex in small windows around its trigger words, which is what makes the
# tagger fast: most of a text contains no trigger for most rules.
_UNIT_WORDS = tuple(lx.UNITS) + tuple(u + "s" for u in lx.UNITS) + tuple(lx.UNIT_PLURALS)
_MONTH_WORDS = tuple(lx.MONTHS)
_WEEKDAY_WORDS = tuple(lx.WEEKDAYS)
_POD_WORDS = ("morning", "afternoon", "evening", "night", "midafternoon")
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso_date": ("#",),
    "slash_date": ("#",),
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "year": ("#",),
    "year_named": ("year",),
    "decade": ("#", *_DECADE_WORDS),
    "century": ("century",),
    "quarter": ("quarter", "half"),
    "quarter_rel": ("quarter", "period"),
    # "since midsummer" is one word: a rule not woken by it found the season only when
    # another season stood near it
    "season": (*lx.SEASONS, *("mid" + s for s in lx.SEASONS)),
    "weekday": _WEEKDAY_WORDS,
    "weekday_set": (
        *(w + "s" for w in lx.WEEKDAYS),
        *("mornings", "afternoons", "evenings", "nights"),
    ),
    "deictic": ("today", "yesterday", "tomorrow", "tonight"),
    "day_before": ("yesterday", "tomorrow"),
    "pod_rel": _POD_WORDS,
    "pod_alone": _POD_WORDS,
    "rel_unit": tuple(lx.UNITS),
    "in_the_unit": tuple(lx.UNITS),
    "ago": ("ago", "earlier", "later", "before", "after", "now", "hence", "back", "previously",
            "prior"),
    "year_earlier": ("year",),
    "duration": _UNIT_WORDS,
    "duration_vague": _UNIT_WORDS,
    "long": ("long",),
    "set": ("every", "each", "per", "once", "twice", "thrice", "times"),
    "freq_word": tuple(lx.FREQUENCY_WORDS),
    "clock": ("#",),
    "clock24": ("#",),
    "clock_word": tuple(lx.CLOCK_WORDS),
    "pod_day": _POD_WORDS,
    "holiday": ("christmas", "year", "independence", "fourth", "valentine", "halloween",
                "boxing", "thanksgiving", "election"),
    "year_end": ("year",),
    "quarter_code": ("q", "h"),
    "week_of": ("week",),
    "spelled_year": ("nineteen", "eighteen", "thousand", "twenty"),
    "vague": tuple({w for k in lx.VAGUE_REFS for w in k.split()} - {"the", "a", "right"}),
}  # fmt: skip

# What every match of a rule contains, cheap to look for: a window without it is not
# searched. For the rules whose optional openings ("about", "the past", "fiscal") make
# their regex slow to try at every position of a window where a trigger word is common
# ("before", any digit) and a match is rare.
_MONTH_CAPITAL = "(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
NEEDS: dict[str, str] = {
    "ago": rf"{_UNIT}(?:\s+or\s+so)?\s+(?:{_AGO_DIR}){_NW}",
    # the digit right before "pm" (the hour's or the minutes'): "9 pm", "9:30pm"
    "clock": rf"\d\s*(?:{_AMPM})",
    # the rules woken by any number whose matches are rare: a window around "3" or "2019"
    # seldom holds "2019-05-04", "5/4/19" or "at 14:30"
    "iso_date": r"-[01]\d-[0-3]\d",
    "slash_date": r"/\d{1,2}/\d",
    "clock24": r":[0-5]\d",
    "year": _year("y"),
    # "1960s", "'70s", "sixties": a literal looked for fast, not the pattern's alternatives
    "decade": rf"0{_APOS}?s|ties",
    "set": rf"(?:every|each|per|a|an)\s+(?:(?:other|{_NUM})\s+)?(?:{_SET_WHAT}){_NW}",
    # a number and its unit: most windows around a unit word ("the years", "a day") have
    # none, and the rule's optional openings make it slow to try at every position
    "duration": rf"{_BW}(?:{_NUM})[\s-]+(?:(?:{_DURATION_MODS})\s+)?{_UNIT}{_NW}",
    # "the past few days" has its unit right after its word of time ("past week", "weeks
    # ahead", "for years"), which most windows around "day" or "years" lack; each
    # alternative is the rule's own without its optional openings
    "duration_vague": r"(?:past|last|next|coming|recent|previous|following|ensuing|intervening)"
    r"\s+(?:centur|decade|year|quarter|month|week|day|hour|minute|second)"
    r"|(?:day|week|month|year)s\s+ahead"
    r"|(?<=for\s)(?:decade|centurie|year|month|week|day|hour)s"
    r"|(?<=within\s)(?:decade|centurie|year|month|week|day|hour)s",
    # an ordinal right before "quarter" or "half" ("third-quarter", "first half"): not "a
    # quarter of the vote", "half the staff"
    "quarter": r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+"
    r"(?:fiscal[\s-]+)?(?:quarter|half)(?![A-Za-z])",
    # a day's number before a capitalised month ("4 March", "the 4th of March"): windows
    # around a month name seldom hold one
    "day_month": r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:[ADFJMNOS])",
    # "later in the year": windows around a unit word seldom hold "in the" before it
    "in_the_unit": r"in\s+the\s+(?:year|month|week|day|decade)",
    # a month's name written with its capital (every spelling the rules take starts with one
    # of these): most windows around "may" or "march" hold the verb, no month
    "month": _MONTH_CAPITAL,
    "month_year": _MONTH_CAPITAL,
    "month_day": _MONTH_CAPITAL,
    # the rules woken by "year" ("the year 1999", "the year-earlier period", "year-end",
    # "New Year's Day"): their optional openings are tried at every position of a window
    # around it, and most windows ("this year", "years") hold none of them
    "year_named": r"year\s+\d{4}",
    "year_earlier": r"year-(?:earlier|ago|before)",
    "year_end": r"year(?:[- ]|['\u2019]s\s+)end",
    "holiday": r"(?-i:Christmas|Year's|Fourth|Independence|Valentine's|Halloween|Boxing"
    r"|Thanksgiving|Election)",
}

# Rules whose `NEEDS` starts with a literal character and is rare in a text ("2019-05-04",
# "5/4/19", "14:30") while their trigger (any number) is common: the whole text is searched
# for it once, which `re` does fast by skipping to that character, and a text without it
# gets no windows for the rule.  Sound because no `NEEDS` holds at a window's end (the end
# of the text read) and not before the space the window ends at: none has `$`, or a
# lookahead that fails on a space.
WHOLE_TEXT_NEEDS: frozenset[str] = frozenset({"iso_date", "slash_date", "clock24"})

# Characters a match may extend before/after its trigger word (default 72/72).  Tight
# margins keep the scanned windows small; they must cover the longest prefix/suffix.
MARGINS: dict[str, tuple[int, int]] = {
    "iso_date": (12, 20),
    "slash_date": (8, 10),
    "month_day": (40, 30),
    "day_month": (40, 30),
    "month_year": (40, 40),
    "month": (45, 4),
    "year": (40, 6),
    "decade": (20, 8),
    "ago": (72, 16),
    "duration": (72, 12),
    "duration_vague": (40, 12),
    "set": (30, 48),
    "clock": (40, 48),
    "clock24": (8, 48),
    "long": (16, 8),
    "freq_word": (2, 2),
    "weekday": (20, 20),
    "deictic": (12, 20),
}

"""The story's own clock: which time a sentence tells for the sentences after it, and how a
clause is placed against the time told before it: sequels ("a week later"), flashbacks in
the past perfect, scenes retold, "after"/"before"/"since" clauses, counted spans up to
publication ("over the past year") and undated earlier happenings ("had once …"). `events`
carries this time from sentence to sentence; `dating` resolves the expressions themselves.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date, timedelta

from dateline.store import dates
from dateline.store.extract.clauses import verb_word
from dateline.store.extract.dating import (
    after_publication,
    anchor_value,
    year_before,
)
from dateline.store.extract.discourse import Discourse
from dateline.store.extract.eventspans import poslex
from dateline.store.extract.grammar import (
    CAME_AFTER,
    CLAUSE_ENDS,
    HAPPENING_NOUNS,
    IN_WAKE_OF,
    OWN_CLAUSE,
    in_any,
)
from dateline.store.extract.lexicon import (
    ADVERBS,
    AUX_BE_PAST,
    AUX_BE_PRESENT,
    AUX_PERFECT_PAST,
    AUX_PERFECT_PRESENT,
    AUXILIARIES,
    BACKGROUND_ASIDES,
    BACKGROUND_PHRASES,
    BE_FORMS,
    BEFORE_THE_YEAR,
    CANCELLING,
    COORDINATORS,
    DAY_PARTS,
    DEFINITE_DETERMINERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_MODALS,
    FUNCTION_WORDS,
    GAME_PARTS,
    GAME_TIMES,
    JUST_NOW,
    LONG_SPAN_HEDGES,
    LONG_SPAN_ONE,
    LONG_SPANS,
    MEASURED_QUANTITIES,
    NEAR_UNITS,
    NEGATIONS,
    NOT_SEQUEL_BEFORE,
    NOWADAYS,
    ORIGINALLY,
    POSSESSIVE_ENDINGS,
    PRIOR_WORK,
    PRIOR_WORK_WORDS,
    RANKS,
    RECENT_PAST,
    RELATIVES,
    RESCHEDULING,
    RULING_NOUNS,
    SCENE_NOUNS,
    SCENE_VERBS,
    SCENES_OF_VERBS,
    SCHEDULED,
    SEQUEL_VERB_ADVERBS,
    SUBORDINATORS,
    TEMPORAL_SUBORDINATORS,
    VAGUE_AGO,
)
from dateline.store.extract.retell import group_of
from dateline.store.extract.sayings import spoken_lead, writing_year
from dateline.store.extract.sentence import (
    FoundEvent,
    Sentence,
)
from dateline.store.extract.taxonomy import (
    HAPPENING_TYPES,
    REPORTING_VERBS,
    VERB_TYPE,
)
from dateline.store.extract.temporal import Timex
from dateline.store.extract.temporal.lexicon import (
    LOOKED_AHEAD_TO,
    UNIT_PLURALS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from dateline.store.extract.temporal.lexicon import NUMBER_WORDS as COUNTS
from dateline.store.extract.temporal.lexicon import UNITS as TIME_UNIT_WORDS
from dateline.store.extract.verbs import (
    VERB_FORMS,
    VERB_PARTICLES,
    finite_between,
    first_finite,
    has_object,
    in_progress,
    is_verb_here,
    ly_adverb,
    perfect_participle,
    pluperfect,
    verb_form,
)
from dateline.store.text import may_hold


def news_under_way(sent: Sentence, trigger: str) -> bool:
    """Is `trigger` told as a happening under way, after a present "is", "are" ("Deputies
    are quitting the sheriff's office", "Prosecutors are seizing the homes of two
    brothers")? A lead that tells its news so tells a trend of the present, whose undated
    past acts the story goes on to tell are background to it (`Discourse.lead_told`)."""
    tokens = sent.tokens
    k = next((k for k, t in enumerate(tokens) if t[2] == trigger), None)
    return bool(k) and tokens[k - 1][2].lower() in AUX_BE_PRESENT and in_progress(tokens, k)


# "the 2009 crash", "Acme's 1998 merger deal": a year naming a happening by the words after it
_YEAR_NAMING = re.compile(r"(?:\bthe|['’]s?)\s+$")


_NOUNS_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")


_DEFINITE = re.compile(r"\b(?i:the|that|this)((?:\s+[\w’'-]+){1,3})")


_SUBJECT_REACH = 14  # the words a subject may take before its verb


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "—", "–"})


# what opens a clause about a noun ("who", "which", "whose", "that"); `clauses` has its own
# `_RELATIVE_OPENERS` without "whose"
_THAT_OR_RELATIVE = RELATIVES | {"that"}


def perfect_main_clause(tokens: list[tuple[int, int, str]]) -> bool:
    """Is the sentence's main verb a present perfect, its "has", "have" the first finite word
    after a plain subject ("Similar campaigns have sparked claims …", "The country's
    wildlife has taken a heavy blow, with …")? Not one after a comma or in a clause of its
    own ("De Niro, whose film has been snubbed, was given an award", "When the fire has
    burned out, …")."""
    have = next(
        (k for k, t in enumerate(tokens[:_SUBJECT_REACH]) if t[2].lower() in AUX_PERFECT_PRESENT),
        None,
    )
    if have is None or any(
        t[2] in _CLAUSE_MARKS or t[2].lower() in _THAT_OR_RELATIVE | SUBORDINATORS
        for t in tokens[:have]
    ):
        return False
    for _a, _b, word in tokens[have + 1 : have + 4]:
        low = word.lower()
        if low.endswith("ly") or low in ADVERBS or low in NEGATIONS:
            continue  # "have not yet", "has already"
        return low == "been" or verb_form(low)[1] in ("pp", "past")
    return False


def dated_nouns(masked: str, t: Timex) -> frozenset[str]:
    """The words a year names a happening with ("the 2011 flood of a mine": "flood"; "the
    1998 merger deal": "merger", "deal"), none for a year that dates a clause ("In 2009, …")."""
    if not _YEAR_NAMING.search(masked, max(0, t.start - 8), t.start):
        return frozenset()
    m = _NOUNS_AFTER.match(masked, t.end)
    words = m[0].split() if m else []
    return frozenset(w for w in words if w not in FUNCTION_WORDS)


def takes_up(sent: Sentence, nouns: frozenset[str]) -> bool:
    """Does the sentence name the happening by a definite noun ("In the crash, …", "That
    merger …")?"""
    return any(
        nouns.intersection(w.lower() for w in m[1].split()) for m in _DEFINITE.finditer(sent.masked)
    )


def time_told(sent: Sentence) -> Timex | None:
    """The time a sentence tells, for the sentences after it: its last date that is not one
    it looks ahead to; none that a record is measured against ("its first close below
    10,000 since 2004. The index had fallen 800 points during the day": not in 2004), nor
    the start of a span up to now ("dropped language it had used since 2008. The Fed lifted
    its rate": not in 2008)."""
    said = (
        [
            span
            for span in sent.reported_spans()
            if span[0] == 0 and _MODAL.search(sent.masked, span[0], span[1])
        ]
        if sent.calendar
        else []
    )
    own = [
        t
        for t in sent.calendar
        if not compared_with(sent.masked, t)
        and not _period_measured(sent.masked, t)
        and not _SINCE_BEFORE.search(sent.masked, max(0, t.start - 8), t.start)
        # (nor a time inside what a speaker named after it said would or could be: "In the
        # evening, the schedule would reverse, Mr. Lim said" moves the story to no evening;
        # "The wolf was euthanized Wednesday, the zoo said" does to Wednesday)
        and not in_any(t.start, said)
    ]
    return next(
        (
            t
            for t in reversed(own)
            if not LOOKED_AHEAD_TO.search(sent.masked, max(0, t.start - 60), t.start)
        ),
        own[-1] if own else None,
    )


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_MODAL = re.compile(
    r"(?<![\w’'])(?:" + "|".join(map(re.escape, sorted(FINITE_MODALS))) + r")(?![\w’'])", re.I
)


# a named happening with its year in a phrase of what came before, closed by a comma:
# "After the Great Flood of 2009, engineers pushed for levees" (not "After the Class of 2020
# graduated": a name, then a clause of its own)
_NAMED_PAST = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|in\s+the\s+(?:wake|aftermath)\s+of)\s+the\s+"
    r"(?:[A-Z][\w’'-]*\s+){1,4}of\s+$"
)


# … opening the sentence up to a date ("After the 2008 crash", "Following the floods of May
# 2019", "In the wake of the 2011 strike")
_AFTER_OPENING = re.compile(r"\W*(?:after|following|" + IN_WAKE_OF + r")\s[^,;:]*$", re.IGNORECASE)


def fronted_after(masked: str, t: Timex) -> bool:
    """Is `t` the time of a fronted phrase that puts the sentence's clause after it ("After
    the 2008 crash, banks hoarded cash", not "After he quit in 2008 the firm …" with no
    comma closing the phrase soon after the date)?"""
    return _AFTER_OPENING.match(masked[: t.start]) is not None and "," in masked[t.end : t.end + 30]


def named_past(masked: str, t: Timex) -> bool:
    """Is the year of a name ("the Great Flood of 2009") the time of a happening the
    sentence's clause comes after (`_NAMED_PAST`)? Then it bounds that clause."""
    return (
        masked[t.end : t.end + 1] == ","
        and _NAMED_PAST.search(masked, max(0, t.start - 60), t.start) is not None
    )


def told_as_past(t: Timex, events: list[FoundEvent], dct_value: str | None) -> str | None:
    """The told time `t` a year (a week) back, when it reads as a coming month (day) but the
    sentence's events took it as past ("The plan follows her reply in March to the cuts. She
    said at the time …", written in November: last March, for the saying too, not next
    March, which no saying can be at)."""
    if not after_publication(t, dct_value):
        return None
    back = year_before(t)
    value = anchor_value(back) if back is not None else None
    return value if value and any(e.date == value for e in events) else None


def _period_measured(masked: str, t: Timex) -> bool:
    """Is `t` the month, quarter or year a figure covers ("U.S. sales fell 45% in October",
    "profit rose 8% in the third quarter")? A measured quantity before it, and a figure: the
    period of a statistic, not a day the story tells (see `MEASURED_QUANTITIES`)."""
    if dates.DAY.match(anchor_value(t)):
        return False
    before = masked[max(0, t.start - 80) : t.start]
    return bool(_A_FIGURE.search(before)) and any(
        w in MEASURED_QUANTITIES for w in re.findall(r"[a-z]+", before.lower())
    )


_A_FIGURE = re.compile(r"\d")


def scene_mentioned(masked: str) -> str | None:
    """The scene a sentence speaks of as told before ("watched the maiden flight", "The
    storm was blamed for"), when the noun heads its phrase (not "the flight recorders")."""
    for m in _SCENE_MENTION.finditer(masked):
        after = re.match(r"\s*([A-Za-z]+)", masked[m.end() :])
        word = after[1].lower() if after and masked[m.end() :][:1] not in ",.;:" else ""
        if not word or word in FUNCTION_WORDS or word in AUXILIARIES or word in ADVERBS:
            return m[1].lower()
        if VERB_FORMS.get(word, ("", ""))[1] in ("past", "pp") or word.endswith("ed"):
            return m[1].lower()  # "the storm battered", not "the flight recorders"
    return None


def scene_retold(tokens: list[tuple[int, int, str]]) -> str | None:
    """The scene a sentence retells by its verb in the simple past ("The drone flew over
    the lake": the flight), not one told as earlier still ("had flown")."""
    for k, (_a, _b, word) in enumerate(tokens):
        lemma, form = verb_form(word)
        if lemma in SCENE_VERBS and form == "past":
            if k and tokens[k - 1][2].lower() in AUXILIARIES:
                return None
            return SCENE_VERBS[lemma]
    return None


def in_scene(
    masked: str,
    events: list[FoundEvent],
    scenes: dict[str, str],
    dct_value: str | None,
    said: list[tuple[int, int]] = (),
) -> list[FoundEvent]:
    """The sentence's undated events its own clause places in a scene the story dated ("A
    plane crashed on Sunday during a flight to Oslo. … The pilot had asked to change course
    during the flight", "Lee had scored twice in the game"): on that scene's day, not only
    before it or before publication (a saying told in the past perfect, a deed before the
    day the paragraph narrates). Not a scene of another clause ("Lee said the keeper was
    hurt during the game": the saying is the story's), nor a scene inside what a saying
    says, `said` ("also said Haley '…' in the debate": said of the debate, since)."""
    m = _PLACED_IN_SCENE.search(masked)
    if m and (
        _ANOTHER_SCENE.search(m[0])
        or not BEFORE_THE_YEAR.isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", masked))
    ):
        return events  # "in the previous game", "had once landed during a storm": another
    day = scenes.get(m[1].lower()) if m else None
    if not m or not day or not dates.DAY.fullmatch(day) or dct_value and day > dct_value:
        return events  # (a scene to come holds no past happening yet)
    out = []
    for e in events:
        if (
            (e.dating == "before" or e.dating == "inferred" and e.date != day)
            and _clause_holds(masked, e, m)
            and not (e.type == "statement" and in_any(m.start(), said))
        ):
            e = replace(e, date=day, dating="inferred", start=day, end=day)
        out.append(e)
    return out


def _clause_holds(masked: str, e: FoundEvent, m: re.Match) -> bool:
    """Is the phrase `m` of the clause of `e`'s verb: after it with no clause's end between
    ("had asked to change course during the flight"), or opening the sentence ("During the
    flight, the pilot had asked …")?"""
    if not masked[: m.start()].strip():
        return True
    verb = re.search(rf"\b{re.escape(e.trigger)}\b", masked)
    if not verb or verb.end() > m.start():
        return False
    between = masked[verb.end() : m.start()]
    return len(between.split()) <= _SCENE_REACH and not _CLAUSE_BREAK.search(between)


# "during the flight", "in the second half of the game", "at Sunday's rally": a scene a
# happening is placed in
_PLACED_IN_SCENE = re.compile(
    rf"\b(?i:during|throughout|in|at)\s+(?i:the|this|that|its|their)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?({'|'.join(sorted(SCENE_NOUNS))})\b(?![-\w])"
)


# … not another one of its kind: "during the previous game", "in an earlier flight"
_ANOTHER_SCENE = re.compile(r"\b(?:previous|last|earlier|past|prior|first|next)\b", re.I)


# words a verb may stand before its scene: "had asked to change course during the flight",
# not "said the band would skip its slot and play at the rally" (a saying of the day)
_SCENE_REACH = 5


# where a verb's clause ends before a later phrase: a comma, a new clause's word or a saying
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014]|\b(?:that|which|who|and|but|said|says|when|while)\b", re.I
)


def near_told(
    events: list[FoundEvent], near: tuple[str, str, str, int, int], dct_value: str | None
) -> list[FoundEvent]:
    """The sentence's events by "the night before he vanished": the rest on the night
    before, even when told as earlier still ("had walked"); the vanishing only names the
    time (the story has told it, on its day)."""
    near_day, _happened_on, verb = near[:3]
    out = []
    for e in events:
        if e.trigger.lower() == verb:
            continue
        if e.dating == "before" and e.date == near_day:
            e = replace(e, dating="inferred", start=near_day, end=near_day)
        out.append(e)
    return out


def near_happening(sent: Sentence, discourse: Discourse) -> tuple[str, str, str, int, int] | None:
    """The day a sentence's "the night before he vanished", "hours after it crashed" puts it
    on: by the day of the story's dated happening its verb retells (`Discourse.happened`),
    the day before or after it for "the night/day before/after", that day for "hours",
    "shortly", "minutes"."""
    if not may_hold(sent.masked, _BEFORE_OR_AFTER):
        return None
    m = _NEAR_HAPPENING.search(sent.masked)
    if not m:
        return None
    lemma, form = verb_form(m["verb"].lower())
    day = discourse.happened.get(group_of(lemma)) if form == "past" else None
    if not day:
        return None
    near = day
    if m["unit"].lower() in DAY_PARTS:
        step = 1 if m["side"].lower() == "after" else -1
        near = (date.fromisoformat(day) + timedelta(days=step)).isoformat()
    return near, day, m["verb"].lower(), m.start(), m.end()


def remember_happenings(events: list[FoundEvent], discourse: Discourse) -> None:
    """The days the sentence's happenings are dated to by its own words, by their verbs."""
    for e in events:
        if e.type != "statement" and e.dating == "explicit" and e.date and dates.DAY.match(e.date):
            lemma, form = verb_form(e.trigger.lower())
            if form in ("past", "pp"):
                # "vanished" … "the night before he disappeared": one happening
                discourse.happened.setdefault(group_of(lemma), e.date[:10])


def remember_scenes(
    masked: str, events: list[FoundEvent], lead: bool, discourse: Discourse
) -> None:
    """The day (or month) of each scene a sentence tells a happening of, by its own date or
    as the lead's news ("has made its maiden flight", "A storm struck the coast on
    Wednesday", "The navy held an exercise last month": a later "TV crews filmed the exercise
    via drones" is of that month)."""
    days = [
        e.date
        for e in events
        if e.type != "statement"
        and e.date
        and len(e.date) in (7, 10)
        and (e.dating == "explicit" or lead and e.dating == "inferred")
    ]
    if days:
        for m in _SCENE.finditer(masked):
            discourse.scenes[m[1].lower()] = days[0]


def date_heading(text: str, timexes: list[Timex]) -> tuple[Timex | None, bool]:
    """A date that opens the paragraph as its heading ("8 August 2009: …", "March 3 –"), or
    None; and whether it is a page's date line that a weekday after it contradicts ("March
    4, 2018: Shares fell early on Monday", the 5th): mistaken, it dates nothing, neither the
    day's news nor the time the story's later paragraphs are at."""
    if not timexes or timexes[0].type != "DATE" or text[: timexes[0].start].strip():
        return None, False
    after = text[timexes[0].end : timexes[0].end + 3]
    if not re.match(r"\s*[:–—-]\s", after):
        return None, False
    day = timexes[0].value[:10]
    for t in timexes[1:]:
        if t.start > timexes[0].end + _HEADING_REACH:
            break
        if len(t.value) >= 10 and t.value[:10] != day and _WEEKDAY.search(t.text):
            return None, True
    return timexes[0], False


_HEADING_REACH = 200  # chars after a heading date where a weekday may contradict it


_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


_SUBORDINATE_OPENERS = SUBORDINATORS | {"that"}


# "the night before." closing its clause (not "the night before he vanished", whose day is
# the vanishing's), "on the two previous days": the day(s) before the narrated one
_DAYS_BEFORE = re.compile(
    r"\bthe\s+(?:day|night|evening|morning|afternoon)\s+before(?=\s*(?:[.,;:!?\"”’)]|$))"
    r"|\bon\s+the\s+(?P<n>two|three|four|five)\s+previous\s+days\b",
    re.IGNORECASE,
)


_DAYS_BEFORE_WORDS = ("before", "previous")  # one is in every `_DAYS_BEFORE`: looked for first


_CLAUSE_BETWEEN = re.compile(r"[,;:]|\b(?:and|but|when|while|after|because|who|which|that)\b")


def days_before(masked: str, at: int) -> int:
    """How many days before the narrated one the clause after `at` puts its verb, by "the
    night before", "on the two previous days" (0: none)."""
    if not may_hold(masked, _DAYS_BEFORE_WORDS):
        return 0
    m = _DAYS_BEFORE.search(masked, at)
    if m is None or _CLAUSE_BETWEEN.search(masked, at, m.start()):
        return 0
    return int(COUNTS[m["n"].lower()]) if m["n"] else 1


# what ends the "after" clause: another clause of the sentence
_AFTER_CLAUSE_ENDS = re.compile(r"[;:]|,\s+(?:and|but|while|as|which|who)\b", re.IGNORECASE)


# ", when …" right after a date: a clause that tells what happened at it
_WHEN_THEN = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


def when_then(sent: Sentence, anchor: Timex, i: int) -> bool:
    """Is the verb at `i` in the ", when …" clause right after its date, a bound's ("stayed
    open until 2010, when the owner sold it": the sale in 2010, not before it)?"""
    masked = sent.masked
    m = _WHEN_THEN.match(masked, anchor.end)
    at = sent.tokens[i][0]
    if m is None or at < m.end() or _AFTER_CLAUSE_ENDS.search(masked, m.end(), at):
        return False
    # not "when Ann left it just before the firm was sold": that sale's time is its own
    return not any(
        t[2].lower() in TEMPORAL_SUBORDINATORS for t in sent.tokens if m.end() <= t[0] < at
    )


def counted_gap(m: re.Match) -> tuple[int, int | None, str] | None:
    """Where "come" starts, the count (None if vague: "a few days", "just days") and the
    unit of a `CAME_AFTER` match, if its words are a count."""
    n = (m["n"] or "").strip().lower()
    count = int(n) if n.isdigit() else COUNTS.get(n)
    if n and count is None and n not in VAGUE_NUMBERS:
        return None  # "came two decades after": no count of a unit, or not a count at all
    return m.start(), count if isinstance(count, int) else None, m["unit"].lower()


def came_after(masked: str, at: int) -> tuple[int, int | None, str] | None:
    """Is the word at `at` in the "after" clause of "comes one week after", "came a few days
    after"? (see `counted_gap`)."""
    if "after" not in masked[:at]:
        return None
    found = None
    for m in CAME_AFTER.finditer(masked, 0, at):
        found = m
    if found is None or _AFTER_CLAUSE_ENDS.search(masked, found.end(), at):
        return None
    return counted_gap(found)


# "over the past year", "in the last two weeks", "within the past 10 days": a time up to now
_PAST_SPAN = re.compile(
    r"\b(?:within|in|over|during)\s+the\s+(?:past|last)\s+(?:(?P<n>[a-z]+|\d+)\s+)?"
    r"(?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)


_PAST_OR_LAST = ("past", "last")  # one is in every `_PAST_SPAN`: looked for first


def past_span_start(masked: str, span: tuple[int, int], dct_value: str) -> tuple[str, int] | None:
    """The day a counted time up to publication starts ("over the past year", written on
    2014-11-17: 2013-11-17) and where it is told, if the clause `span` tells one; None for a
    vague count ("the past few weeks") or another number ("the past 12 games" is no time)."""
    if not may_hold(masked, _PAST_OR_LAST):
        return None
    m = _PAST_SPAN.search(masked, *span)
    if m is None:
        return None
    n = (m["n"] or "").lower()
    count = 1 if not n else int(n) if n.isdigit() else COUNTS.get(n)
    if not isinstance(count, int) or count < 1:
        return None
    unit = m["unit"].lower()
    day = date.fromisoformat(dct_value)
    if unit in ("day", "week"):
        start = day - timedelta(days=count * (7 if unit == "week" else 1))
        return start.isoformat(), m.start()
    months = day.year * 12 + day.month - 1 - count * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    if year < 1:
        return None
    return date(year, month + 1, min(day.day, 28)).isoformat(), m.start()


def gone_back(told: str | None, count: int | None, unit: str) -> tuple[str | None, str]:
    """The time `count` units before the day `told` (inferred), or only before it when the
    count is vague ("a few days") or `told` is no day."""
    if told is None:
        return None, "undated"
    if count is None or not dates.DAY.match(told):
        return told, "before"
    day = date.fromisoformat(told)
    if unit in ("day", "week"):
        return (day - timedelta(days=count * (7 if unit == "week" else 1))).isoformat(), "inferred"
    months = day.year * 12 + day.month - 1 - count * (12 if unit == "year" else 1)
    back = f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (back if unit == "month" else back[:4]), "inferred"


# "a few weeks later", "months afterwards", "not long afterward", "soon thereafter": no
# number the tagger could count from the story's last date ("two years later" is one),
# only that it came after it
_SOME_TIME_LATER = re.compile(
    r"\b(?:(?:(?:a\s+few|several|some|many|a\s+couple\s+of)\s+)?"
    r"(?:days|weeks|months|years|decades)\s+(?:later|afterwards?)"
    r"|(?:not\s+long|soon|shortly)\s+(?:afterwards?|thereafter))\b"
    # "Then, after 18 months, she returned", "It wasn't long after this that riders …"
    r"|^\W*(?:(?:then|but|and)\W+)?after\s+(?:a|an|one|\d+|two|three|four|five|six|"
    r"several|a\s+few|some|many)\s+(?:more\s+)?(?:days|weeks|months|years|decades)\s*,"
    r"|(?:\bnot|n['’]t)\s+long\s+after\s+(?:this|that)\b",
    re.IGNORECASE,
)


def some_time_later(masked: str) -> bool:
    """Does the sentence say it came "some weeks later" (`_SOME_TIME_LATER`)? Its last
    words are looked for first: few sentences have them."""
    return may_hold(masked, ("later", "after", "thereafter")) and bool(
        _SOME_TIME_LATER.search(masked)
    )


# a sentence told as coming next in time, by an adverb among its first words ("Then, in June
# 2012, two labs published the method", "She later ran the housing office in 2019"), not a
# time it points back to ("By then", "Since then", "until then"), nor one within its own
# date ("Later that year", "later in 2019": the same year as what came before), nor "then-"
# of a title ("then-Sen. Ruiz")
_NEXT_IN_TIME = re.compile(
    r"\s*(?:[\w'’.-]+\s+){0,3}?(?<!since\s)(?<!until\s)(?<!by\s)(?<!from\s)(?<!till\s)"
    r"(?:then|later|subsequently|eventually|afterwards?|thereafter)\b(?![-–])"
    r"(?!\s+(?:this|that|in|on|the\s+same)\b)",
    re.IGNORECASE,
)


def before_the_sequel(
    found: list[FoundEvent], spans: list[tuple[int, int, Sentence]], dct_value: str
) -> list[FoundEvent]:
    """The paragraph's undated past happenings, only "before publication", that a later
    sentence of it tells as followed by a dated one ("The enzyme was first found in soil
    bacteria. Then, in June 2012, two labs published the method", "A former teacher, Lee
    served as a deputy mayor. She later ran the housing office until 2019"): before that
    date, the closest bound the story gives. Only the sentences since the paragraph's last
    dated one, which the sequel goes on from; not a present perfect ("Lee has served on
    the board. Later, in 2019, …": up to now)."""
    out = list(found)
    for k, (lo, hi, sent) in enumerate(spans):
        if not k or not sent.calendar or not _NEXT_IN_TIME.match(sent.masked):
            continue
        then = [
            (bounds, e.date)
            for e in found[lo:hi]
            if e.dating in ("explicit", "before")
            and e.date
            and (bounds := dates.bounds(e.date))
            and bounds[1].isoformat() < dct_value
        ]
        if not then:
            continue
        bounds, value = min(then, key=lambda b: b[0][0])
        for b_lo, b_hi, before in reversed(spans[:k]):
            if before.calendar:
                break
            for j in range(b_lo, b_hi):
                e = out[j]
                if (
                    e.dating == "before"
                    and e.date == dct_value
                    and not _present_perfect_at(before.tokens, e.trigger)
                ):
                    out[j] = replace(
                        e, date=value, start=bounds[0].isoformat(), end=bounds[1].isoformat()
                    )
    return out


def _present_perfect_at(tokens: list[tuple[int, int, str]], trigger: str) -> bool:
    """Is the verb `trigger` told in the present perfect ("has served", "have long run")?"""
    k = next((k for k, t in enumerate(tokens) if t[2] == trigger), None)
    return k is not None and any(
        t[2].lower() in AUX_PERFECT_PRESENT for t in tokens[max(0, k - 3) : k]
    )


def sequel_after(sent: Sentence, discourse: Discourse) -> bool:
    """Is the sentence's past verb put after the story's last told time (`Discourse.told`)
    by an adverb of its own (`_sequel_verb`)? Not after a day of the week before
    publication: a fresh story's scene goes on, mostly that day ("Police stopped the van on
    Friday. The driver was later detained", "Sunday's debate opened … The senator later
    lashed out")."""
    span = dates.bounds(discourse.told) if discourse.told and discourse.dct else None
    return (
        span is not None
        and (discourse.dct - span[1]).days > (_SCENE_DAYS if span[0] == span[1] else 0)
        and bool(_sequel_verb(sent))
    )


_SCENE_DAYS = 7  # a day told at most this long before publication is the story's scene


def _sequel_verb(sent: Sentence) -> str:
    """The adverb that puts a past verb of the sentence after the happening told before it
    ("The mayor quickly ordered a recount", "He was later charged", "Lee then spent weeks
    …": `SEQUEL_VERB_ADVERBS`), else "". Not one in what a speaker says ("Lee said the
    firm then hired him", "Also to blame, Lee said, was that the firm then cut staff")."""
    if not may_hold(sent.masked, SEQUEL_VERB_ADVERBS):
        return ""  # no such adverb in the sentence (most): no word to read
    tokens = sent.tokens
    for k, (at, _b, word) in enumerate(tokens[1:-1], 1):
        adverb, before = word.lower(), tokens[k - 1][2].lower()
        lemma, form = verb_form(adverb)
        if lemma in REPORTING_VERBS and form == "past":
            return ""  # a speaker's words from here on
        if adverb not in SEQUEL_VERB_ADVERBS or before in NOT_SEQUEL_BEFORE:
            continue
        if before in AUXILIARIES and before not in AUX_BE_PAST:
            continue  # "the parts are then attached": how it is done; "had then left"
        if before not in AUX_BE_PAST and any(
            w[2].lower() in _THAT_OR_RELATIVE for w in tokens[max(0, k - 3) : k]
        ):
            continue  # "startups that quickly raised $80m": what they are ("prints that
            # were later matched to him" is a sequel)
        if verb_form(tokens[k + 1][2].lower())[1] in ("past", "pp") and not in_any(
            at, sent.reported_spans()
        ):
            return adverb  # "then spent weeks", "was later charged"
    return ""


# "the night before he vanished", "hours after it crashed", "shortly before they left"
# ("moments after the strike ended": its subject a pronoun or one noun)
_NEAR_HAPPENING = re.compile(
    rf"\b(?i:(?:the\s+)?(?P<unit>{'|'.join(sorted(DAY_PARTS | NEAR_UNITS))})"
    r"\s+(?P<side>before|after)\s+(?:he|she|they|it|we|(?:the|his|her|its|their)\s+[a-z]+))"
    r"\s+(?P<verb>[a-z]+)\b"
)


_BEFORE_OR_AFTER = ("before", "after")  # one is in every `_NEAR_HAPPENING`: looked for first


_SCENE_WORDS = "|".join(sorted(SCENE_NOUNS))


# lowercase, a common noun: not "the Harbour Storm Centre"
_SCENE = re.compile(rf"\b({_SCENE_WORDS})\b")


# "the maiden flight", "its first test flight": a scene told before
_SCENE_MENTION = re.compile(
    rf"\b(?i:the|its|their|this|that|his|her)\s+(?:[a-z][\w-]*\s+){{0,2}}?({_SCENE_WORDS})\b(?![-\w])"
)


# where a thing was moved from or to, or first due ("postponed from May to June", "the
# delivery, originally due later this year, was delayed"): not the moving's time
_MOVED = re.compile(r"\b(?:from|to|until|till|into)\s+(?:the\s+)?$", re.IGNORECASE)


# when a thing was first due: "originally scheduled for March", and an aside's schedule of
# what the sentence moves ("The hearing, scheduled for Friday, was postponed")
_FIRST_DUE = re.compile(
    rf"(?:\b(?:{'|'.join(ORIGINALLY)})(?:\s+(?:{'|'.join(SCHEDULED)}))?(?:\s+(?:for|in|on|at|by))?"
    rf"|[,(]\s*(?:{'|'.join(SCHEDULED)})\s+(?:for|in|on|at|by))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def flashback(masked: str, after: int) -> bool:
    """Is the sentence's main verb a pluperfect after its last date ("On Tuesday, Yadav had
    alleged …"), not one in a clause of its own ("gathered on Friday after the couple had
    arrived": the gathering's Friday goes on)?"""
    m = _FLASHBACK.search(masked, after)
    return m is not None and not _SUBORDINATE.search(masked, after, m.start())


def writing_tells(sent: Sentence) -> bool:
    """Is the sentence's pluperfect what a writing it dates reports ("A 2015 audit found the
    board had borrowed $40 million. The board bought three cranes.")? Then the writing's year
    is the time the next sentences tell, as after "In a 2015 article, Reed reported …"."""
    t = sent.calendar[-1]  # a year's: a dated day's writing tells what came before that day
    return anchor_value(t).isdigit() and writing_year(sent.masked, t) is not None


_SUBORDINATE = re.compile(r"\b(?:" + "|".join(sorted(OWN_CLAUSE)) + r")\b", re.IGNORECASE)


# a pluperfect after a sentence's last date: "On Tuesday, Yadav had alleged …"
_FLASHBACK = re.compile(
    r"\bhad\s+(?:(?:not|never|already|just|previously|also)\s+)?\w+(?:ed|en|wn|ght)\b"
)


_BACKGROUND = re.compile(
    r"\b(?:" + "|".join((*BACKGROUND_PHRASES, PRIOR_WORK)) + r")(?!\w)", re.IGNORECASE
)


_BACKGROUND_WORDS = sorted(
    {w for words in BACKGROUND_PHRASES.values() for w in words} | set(PRIOR_WORK_WORDS)
)


_BACKGROUND_ASIDE = re.compile(r"\b(?:" + "|".join(BACKGROUND_ASIDES) + r")", re.IGNORECASE)


_BACKGROUND_ASIDE_WORDS = sorted({w for words in BACKGROUND_ASIDES.values() for w in words})


def background_aside(masked: str) -> bool:
    """Does the sentence tell, amid a scene, the start of a long span or months of works ("The
    mayor began the crisis insisting all was well", "The arena underwent a $5 million refit")?
    Before the story's day; the paragraph goes on in its scene (see `BACKGROUND_ASIDES`)."""
    return may_hold(masked, _BACKGROUND_ASIDE_WORDS) and bool(_BACKGROUND_ASIDE.search(masked))


def tells_background(masked: str) -> bool:
    """Does the sentence tell a life story or others' earlier work ("grew up in Fresno",
    "Earlier studies found …")? (The phrases' words are looked for first: few have any.)"""
    return may_hold(masked, _BACKGROUND_WORDS) and bool(_BACKGROUND.search(masked))


_COMPARISON = re.compile(  # a few words before the date: not "compared to the flood he
    # released today", nor "stepped down from his post last month"; a figure's change "from"
    # a time ("fell 45% in May from a year earlier"), not a start ("the strike runs from Monday")
    r"(?:(?:,\s*(?:up|down)\s+from|\b(?:rising|falling|rose|fell)\s+from"
    # "fell to $1.2 billion in the quarter, from $2 billion a year earlier": the figure first
    r"|,\s*from\s+[$€£]?\d[^\s,;]*"
    r"|\d(?:%|\s*(?:percent|per\s+cent|points?))(?:\s+[^\s,;.]+){0,3}\s+from)"
    r"(?:\s+[^\s,;.]+){0,3}"
    # "compared with a loss of $155 million in the year-earlier quarter": the figure it
    # sets beside the event may come first
    r"|\bcompared\s+(?:with|to)(?:\s+[^\s,;]+){0,7})\s+$",
    re.IGNORECASE,
)


_COMPARISON_WORDS = ("from", "compared")  # one is in every `_COMPARISON`: looked for first


# the ranks that count a happening's times ("the eighth increase since …")
_COUNTED = "|".join(sorted(RANKS))

# a record the happening sets, counted from a past date: "closed down 7.9%, its biggest
# fall since 1987", "the lowest since 1950", "for the first time since 2004", "its worst
# week since October 1998" — that date is what it is measured against, not its own (a
# superlative after "the", "its": not "the protest since May")
_RECORD_SINCE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our)|['’]s)\s+(?:single\s+|very\s+)?"
    # or a count ("the eighth increase since December 2015", "its 3rd win since May")
    rf"(?:first|only|most|least|[a-z]{{2,}}est|{_COUNTED}|\d+(?:st|nd|rd|th))\b"
    r"(?:\s+(?:\d[\d,.]*|[^\s,;.]+)){0,5}?"
    r"\s+since\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def nowadays(tokens: list[tuple[int, int, str]], t: Timex) -> bool:
    """Is the timex `t` a "today" or "now" right after a plural common noun, in a present
    clause ("Farmers today sell their grain online", "The app lets shoppers now compare
    prices")? The people of our time: nowadays, no day of a happening. Not "Voters today
    elected a mayor" (a past verb after it), nor "Apple today announced" or "the firm
    says today" (no plural noun before it)."""
    if t.text.lower() not in NOWADAYS:
        return False
    k = next((k for k, tok in enumerate(tokens) if tok[0] == t.start), 0)
    noun = tokens[k - 1][2] if k else ""
    tags = poslex().get(noun, "")
    if not (noun.isalpha() and noun.islower() and noun.endswith("s")):
        return False
    if "N" not in tags or "V" in tags:
        return False
    k += 1
    while k < len(tokens) and (tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2])):
        k += 1  # "Farmers today increasingly sell …"
    after = tokens[k][2].lower() if k < len(tokens) else ""
    return after not in AUX_BE_PAST and verb_form(after)[1] not in ("past", "pp")


def interrupted(tokens: list[tuple[int, int, str]], scene_at: int, i: int) -> bool:
    """Is the verb at `i` in a "when" clause that cuts into the past progressive at offset
    `scene_at` ("She was volunteering for a charity when she contracted the virus")? The
    progressive sets the scene; what happened is the "when" clause's."""
    j = next((k for k, t in enumerate(tokens) if t[0] == scene_at), None)
    if j is None or j >= i or not tokens[j][2].lower().endswith("ing"):
        return False
    return any(t[2].lower() in AUX_BE_PAST for t in tokens[max(0, j - 3) : j]) and any(
        t[2].lower() == "when" for t in tokens[j + 1 : i]
    )


def first_schedule(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` an aside's first schedule (", originally set for May,";
    not ", originally signed in 1996,", a signing), or an aside's schedule of what the
    sentence moves or calls off ("The hearing, scheduled for Friday, was postponed")?"""
    if i < 2 or tokens[i][2].lower() not in SCHEDULED:
        return False
    if tokens[i - 1][2].lower() in ORIGINALLY and tokens[i - 2][2] in ",(":
        return True
    if tokens[i - 1][2] not in ",(":
        return False
    # the sentence's own verb after the aside ("…, was postponed"; not "went ahead despite
    # calls to move it")
    close = next((k for k in range(i + 1, len(tokens)) if tokens[k][2] in ",)"), None)
    k = first_finite(tokens[close + 1 :]) if close is not None else None
    if k is None:
        return False
    j = close + 1 + k
    while j + 1 < len(tokens) and (
        tokens[j][2].lower() in AUXILIARIES or tokens[j][2].lower() in ADVERBS
    ):
        j += 1
    lemma = verb_form(tokens[j][2])[0]
    return lemma in RESCHEDULING or lemma in CANCELLING


def moved_to(masked: str, t: Timex) -> bool:
    """Is `t` where something was moved from or to ("from September to January"), or
    when it was first due (see `first_due`)?"""
    return _MOVED.search(masked, max(0, t.start - 40), t.start) is not None or first_due(masked, t)


def first_due(masked: str, t: Timex) -> bool:
    """Is `t` when something was first due ("originally scheduled for March", "The
    hearing, scheduled for Friday, was postponed")? The thing's day, not the story's."""
    return _FIRST_DUE.search(masked, max(0, t.start - 40), t.start) is not None


def compared_with(masked: str, t: Timex) -> bool:
    """A date of the figure an event is compared with ("was recording 65 cases a week, up
    from 33 a week earlier", "sales fell 4% compared with a year ago") or of the record it
    sets ("the lowest since 1950", `_RECORD_SINCE`): not the event's."""
    before = max(0, t.start - 80)
    return figure_compared(masked, t) or bool(
        "since" in masked and _RECORD_SINCE.search(masked, before, t.start)
    )


def figure_compared(masked: str, t: Timex) -> bool:
    """A date of a figure set beside the event's ("compared with a loss of $155 million in
    the year-earlier quarter"): that figure is no happening of its own, unlike a record's
    mark ("the largest since the 1996 fire": the 1996 fire happened)."""
    return bool(
        may_hold(masked, _COMPARISON_WORDS)
        and _COMPARISON.search(masked, max(0, t.start - 80), t.start)
    )


# the tagger's units of time, one or many, and "time" itself: what "passes"
_TIME_SPANS = {*TIME_UNIT_WORDS, *(u + "s" for u in TIME_UNIT_WORDS), *UNIT_PLURALS, "time"}


def time_passed(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the "pass" at `i` time going by ("Six years had passed", "as the days passed")?"""
    return any(t[2].lower() in _TIME_SPANS for t in tokens[max(0, i - 3) : i])


def after_clause_verb(tokens: list[tuple[int, int, str]], c_start: int, i: int) -> bool:
    """Is the verb at `i` the first of a clause opened by "after" ("…, after the mayor
    dropped out")? Not a later verb of a clause the cut ran on into ("after the vote
    fuelled defeats Haley noted": Haley's noting is no earlier happening)."""
    return tokens[c_start][2].lower() == "after" and not finite_between(
        tokens, c_start, tokens[i][0]
    )


def before_doing(tokens: list[tuple[int, int, str]], i: int, at: int) -> bool:
    """Is there "before" or "until" and a gerund between the verb at `i` and offset `at`
    ("served … before joining the staff in 2019")? The date is the gerund's."""
    for k in range(i + 1, len(tokens) - 1):
        if tokens[k][0] >= at:
            return False
        if tokens[k][2].lower() in ("before", "until") and tokens[k + 1][2].endswith("ing"):
            return True
    return False


def since_after(tokens: list[tuple[int, int, str]], i: int, since: dict[int, Timex]) -> int:
    """The "since" clause that comes next after the verb at `i`, with no other verb between
    ("has lost 12 ships | since the blockade began on Friday"), as its opening token; 0 if
    none ("has resigned and the union has protested since 2015": not "resigned")."""
    for k in range(i + 1, len(tokens)):
        if k in since and not since[k].mod:
            return k
        word = tokens[k][2].lower()
        if word == "to" and k + 1 < len(tokens) and tokens[k + 1][2].lower() in DETERMINERS:
            continue  # "has added 40 jobs to her bakery since July": a preposition
        if word in AUXILIARIES or word in SUBORDINATORS:
            return 0
        if word in VERB_FORMS and is_verb_here(tokens, k):  # not "12 ships"
            return 0
    return 0


def long_before(value: str | None, dct_value: str | None) -> bool:
    """Does the time `value` end more than a month before publication?"""
    span = dates.bounds(value) if value and dct_value else None
    return bool(span) and (date.fromisoformat(dct_value) - span[1]).days > 31


def happening_lead(masked: str, events: list[FoundEvent], day: str) -> bool:
    """Does a lead sentence dating `day` tell a happening on it (a death, an attack, an
    accident: "A surfer was bitten by a shark on Sunday") and no scene for speaking (not
    "Rivals traded blows over the killings at Monday's debate", nor a saying it dates:
    "Police told reporters on Monday that two died")? See `Discourse.lead_happened`."""
    return (
        any(
            e.date == day and VERB_TYPE.get(verb_form(e.trigger)[0]) in HAPPENING_TYPES
            for e in events
        )  # told by its verb ("was killed"), not a noun ("pressed him on the death toll")
        and not spoken_lead(masked, events, day)
    )


# a season value ("2023-SU") and the word after a time expression
_SEASON_VALUE = re.compile(r"\d{4}-(?:SP|SU|FA|WI)$")


_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def season_of_a_thing(masked: str, t: Timex, modifiers: AbstractSet[int]) -> bool:
    """Is `t` a season that says what kind of thing follows it ("gusts that brought early
    summer heat", "the winter sales"), no happening's time? Not before a happening's
    noun ("the spring festival was cancelled": the festival's spring)."""
    if t.start not in modifiers or not _SEASON_VALUE.match(anchor_value(t)):
        return False
    after = _NEXT_WORD.match(masked, t.end)
    return after is None or after[1].lower() not in HAPPENING_NOUNS


def background_apart(
    clauses: list[int], tokens: list[tuple[int, int, str]], where: list[int]
) -> list[int]:
    """A "having" participle is a clause of its own: "Having won the cup twice, the coach
    retired" tells two happenings, the wins before now and the retiring, not one."""
    starts = {t[0]: k for k, t in enumerate(tokens)}
    return [  # a clause number no other verb of the sentence has
        -1000 - n if at in starts and perfect_participle(tokens, starts[at]) else c
        for n, (c, at) in enumerate(zip(clauses, where, strict=True))
    ]


def at_the_same_time(
    found: list[FoundEvent],
    where: list[int],
    tokens: list[tuple[int, int, str]],
    strong: list[tuple[int, int]],
) -> None:
    """An undated "when" clause happens when the clause it hangs on does (the main clause
    after it, if it opens one, else the one before it): "The theory was later dropped when the
    bones proved to be a goat's" (after the theory, as the dropping), "the sale was blocked
    when the ministry objected" (before publication, as the blocking). Not a clause after a
    saying, which may tell what was said ("Ray said he was nervous when he left home"); one
    before it is the saying's occasion ("When asked, Ray said …")."""
    if len(found) < 2:
        return
    spans = [(tokens[a][0], tokens[b - 1][1]) for a, b in strong]
    main = [tokens[a][2].lower() not in _SUBORDINATE_OPENERS for a, _b in strong]
    at = [next((j for j, (lo, hi) in enumerate(spans) if lo <= w < hi), -1) for w in where]
    for k, e in enumerate(found):
        j = at[k]
        if j < 0 or e.dating == "explicit" or tokens[strong[j][0]][2].lower() != "when":
            continue
        # the clause it hangs on: the main one it opens, else the last main one before it
        target = j + 1 if j + 1 < len(strong) and main[j + 1] else None
        if target is None:
            target = next((c for c in range(j - 1, -1, -1) if main[c]), None)
        hosts = [found[h] for h in range(len(found)) if target is not None and at[h] == target]
        if len(hosts) != 1 or hosts[0].dating == "explicit":
            continue
        host = hosts[0]
        if host.type == "statement" and target < j:
            continue  # "Ray said he was nervous when he left home": what was said
        if (e.date, e.dating) != (host.date, host.dating):
            found[k] = replace(
                e, date=host.date, dating=host.dating, start=host.start, end=host.end
            )


def told_happening_subject(
    tokens: list[tuple[int, int, str]], lows: list[str], i: int
) -> int | None:
    """The index of the noun of a happening the story has told before, when the sentence
    opens on it as the subject of the verb at `i`, taken up by its day's name ("Thursday's
    ruling struck down the fee") or by "the", "this", "that" with "also" ("The storm also
    cut power to the depot"): the verb tells more of what that happening did, a part of it,
    no happening of its own; else None. Only when nothing but its describing words ("the
    late-night storm") stands between the opening word and the noun, and nothing but
    auxiliaries and adverbs between the noun and the verb ("The council's ruling", "A storm
    hit the coast", "The mayor said the storm …" are other sentences; "The storm flooded
    three streets" may be the first the story tells of it), and only for an active verb
    with an object: the happening done ("The deal was also signed"), how long or how it
    went ("The flight lasted forty minutes", "The vote turned out badly") and a past before
    it ("The storm had also torn down the mast") are still told."""
    if verb_form(lows[i])[0] in _SPAN_VERBS or pluperfect(tokens, i):
        return None
    k, also = i - 1, False
    while k > 0 and (lows[k] in AUXILIARIES or lows[k] in ADVERBS or ly_adverb(lows[k])):
        if lows[k] in BE_FORMS:
            return None  # "The deal was signed in secret": the happening itself, told
        also = also or lows[k] in _ADDING
        k -= 1
    if k < 1 or lows[k] not in HAPPENING_NOUNS and lows[k] not in RULING_NOUNS:
        return None
    at = i + 1 if i + 1 < len(lows) and lows[i + 1] in VERB_PARTICLES else i
    if not has_object(tokens, at) or lows[at + 1] in ADVERBS or ly_adverb(lows[at + 1]):
        return None  # "The vote turned out badly": how it went, told of its day
    start = next((j for j, w in enumerate(lows) if w[:1].isalpha()), None)
    if start is None:
        return None
    if lows[start] in COORDINATORS:
        start += 1  # "But the storm …"
    opener = lows[start]
    day = opener[-2:] in POSSESSIVE_ENDINGS and opener[:-2] in _TOLD_DAYS
    if not day and (opener not in DEFINITE_DETERMINERS or not also):
        return None  # "The storm flooded three streets" may be the first the story tells
    between = tokens[start + 1 : k]
    if len(between) > _DESCRIBING or any(not t[2][:1].islower() for t in between):
        return None
    return k


_TOLD_DAYS = frozenset(WEEKDAYS) | {"today", "yesterday"}


_ADDING = frozenset({"also", "further"})  # "The storm also cut power": more of one told


# How long a happening went on, told of its day ("The flight lasted forty minutes")
_SPAN_VERBS = frozenset({"last", "take", "span"})


_DESCRIBING = 2  # words between "the" and the happening's noun, at most ("the late-night")


def recent_past(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does the verb at `i` come some time before now by its own adverb ("Recently, X
    stated …", "X recently said")? Not one of another verb ("said that his defence recently
    received", "Lee, who recently caught the flu")."""
    opener = tokens[0][2].lower() in RECENT_PAST and first_finite(tokens) == i
    return opener or any(t[2].lower() in RECENT_PAST for t in tokens[max(0, i - 2) : i])


def recent_writing(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` told by a recent writing, its subject ("a recent study reported",
    "A recent Kestrel poll found")? It came out some time before now, not on the story's
    day."""
    if i < 2 or tokens[i - 1][2].lower().removesuffix("s") not in DOCUMENT_NOUNS:
        return False
    return any(t[2].lower() == "recent" for t in tokens[max(0, i - 4) : i - 1])


def since_then(tokens: list[tuple[int, int, str]]) -> bool:
    """Does the sentence of the perfect run from the time told before it: "Since then, the
    town has lost half its shops", "Ever since, fares have risen"? (Not "has since sold":
    told in passing, often of a later time than the paragraph's, before publication.)"""
    words = [t[2].lower() for t in tokens[:3]]
    return words[:2] == ["since", "then"] or words[:2] == ["ever", "since"] and words[2] == ","


def undated_earlier(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the verb at `i` told some undated time before now by words of its own clause: "The
    mill shut its gates weeks ago", "was painted a few years ago", "The board has since
    sold two farms"? Not "Lee told the court that the mill shut weeks ago" (the telling is
    the story's), nor "had since" (before the time the paragraph narrates)."""
    if i >= 2 and lows[i - 1] == "since":
        return lows[i - 2] in AUX_PERFECT_PRESENT
    for k in range(i - 1, 1, -1):  # "has since sold two farms, closed the mill and …"
        word = lows[k]
        if word in _CHAIN_ENDS:
            break
        if word == "since" and lows[k - 1] in AUX_PERFECT_PRESENT:
            return True
    for k in range(i + 1, min(len(tokens), i + 8)):
        word = lows[k]
        if word in CLAUSE_ENDS:
            return False
        if word == "ago":
            return lows[k - 1] in VAGUE_AGO
    return False


def lasted_long(lows: list[str], i: int) -> bool:
    """Is the verb at `i` told as lasting weeks or years by words of its own clause, with no
    number ("fought the plan for months", "dumped waste for decades", "for over a decade")?
    Not a span of a verb after it ("accused the mayor of ignoring it for months", "warned the
    board had ignored it for years": the accusing, the warning are the story's), nor one to
    come ("for years to come"), nor what a sum pays for ("paid for years of repairs")."""
    for k in range(i + 1, min(len(lows), i + 10)):
        word = lows[k]
        if word in CLAUSE_ENDS or word in _SPAN_STOPS or word in AUXILIARIES:
            return False
        if verb_form(word)[1] == "past":
            return False  # another finite verb: "told staff the club sold it for years"
        if word != "for":
            continue
        n = k + 1
        while n < len(lows) and n - k <= 4 and lows[n] in LONG_SPAN_HEDGES:
            n += 1
        if n >= len(lows):
            return False
        span = lows[n]
        one = span in LONG_SPAN_ONE and lows[n - 1] == "a"
        if not (span in LONG_SPANS and lows[n - 1] != "a" or one):
            return False
        after = lows[n + 1] if n + 1 < len(lows) else ""
        return after not in ("of", "to", "ago")
    return False


_SPAN_STOPS = frozenset({"of", "to"})  # a verb's complement begins: "accused her of", "tried to"


_CHAIN_ENDS = frozenset({";", ":", "that", "which", "who", "when", "while", "because", "but", "if"})


def just_now(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does "just" or "now" stand between the perfect's "has" and the verb at `i` ("has
    just been found", "have now tested negative"): done as the story is published?"""
    for k in range(i - 1, max(-1, i - 5), -1):
        word = tokens[k][2].lower()
        if word in JUST_NOW:
            return True
        if word in AUX_PERFECT_PRESENT:
            return False
    return False


def relative_pluperfect(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a past perfect of a clause about a noun just named ("the ruling,
    which had found the firm liable", "a man who had fled")? Not one after "after" or
    "when" ("died in 2013 after the tumour had spread"), which tells the same happening."""
    had = next(
        (k for k in range(i - 1, max(-1, i - 5), -1) if tokens[k][2].lower() in AUX_PERFECT_PAST),
        None,
    )
    return had is not None and had > 0 and tokens[had - 1][2].lower() in RELATIVES


_IN_PLAY = re.compile(
    r"\b(?:in|after|before|during|late\s+in|early\s+in)\s+the\s+(?:\w+\s+)?"
    r"(?:\d+(?:st|nd|rd|th)|" + "|".join(sorted(RANKS | {"final", "opening"})) + r")\s+"
    r"(?:" + "|".join(sorted(GAME_PARTS)) + r")s?\b"
    r"|\b(?:" + "|".join(t.replace(" ", r"\s+") for t in GAME_TIMES) + r")\b",
    re.IGNORECASE,
)


# one is in every `_IN_PLAY` match (each of GAME_TIMES ends in "time")
_IN_PLAY_WORDS = (*sorted(GAME_PARTS), "time")


def tells_play(masked: str) -> bool:
    """Does the sentence tell a moment of a game ("in the 34th minute", "after half-time")?"""
    return may_hold(masked, _IN_PLAY_WORDS) and _IN_PLAY.search(masked) is not None


def in_game(events: list[FoundEvent], day: str, dct_value: str | None) -> list[FoundEvent]:
    """The undated happenings of a sentence that tells a moment of a game ("Rovers beat Stoke
    on Saturday. ¶ Stoke had taken the lead in the 34th minute", "equalised just after
    half-time") on the day of the game the story has come to, not before it nor at
    publication; its sayings keep their time ("said after the game")."""
    if not dates.DAY.match(day) or dct_value is not None and day > dct_value:
        return events
    return [
        replace(e, date=day, start=day, end=day, dating="inferred")
        if e.dating in ("before", "inferred") and e.type != "statement"
        else e
        for e in events
    ]


def relatives_own_time(tokens: list[tuple[int, int, str]], i: int, t: Timex) -> bool:
    """Is `t`, after the verb at `i`, a year or a month of a relative clause with a verb of
    its own ("agreed to revive a currency swap that lapsed in 2008": the lapse's year, not
    the agreement's)? A day there still tells the main verb's too ("arrested a man who fled
    on Monday")."""
    if t.start <= tokens[i][0] or dates.DAY.match(t.value or ""):
        return False
    k = next(
        (
            k
            for k in range(len(tokens) - 1, i, -1)
            if tokens[k][0] < t.start and tokens[k][2].lower() in _THAT_OR_RELATIVE
        ),
        None,
    )
    return k is not None and finite_between(tokens, k, t.start)


def when_of(
    masked: str, tokens: list[tuple[int, int, str]], c_start: int, cal: list[Timex]
) -> Timex | None:
    """The time expression a "when" clause hangs on ("the first defeat since 1988, when
    voters ousted the mayor", "In 1989, when the wall fell, …"): the clause's own date."""
    if tokens[c_start][2].lower() != "when":
        return None
    at = tokens[c_start][0]
    return next((t for t in cal if t.end <= at and masked[t.end : at].strip() == ","), None)


def since_of_later_verb(masked: str, tokens: list[tuple[int, int, str]], i: int, t: Timex) -> bool:
    """Is `t` a "since" date after another finite verb than the one at `i`?"""
    return (
        t.start > tokens[i][0]
        and _SINCE_BEFORE.search(masked, max(0, t.start - 12), t.start) is not None
        and finite_between(tokens, i, t.start)
    )


_SINCE_CLAUSE = re.compile(r"\bsince\s+[^,;:.()—]{1,80}$", re.IGNORECASE)


def in_since_clause(masked: str, tokens: list[tuple[int, int, str]], i: int, t: Timex) -> bool:
    """Is `t` the date of a "since" clause with its own verb that the verb at `i` stands
    outside ("The bank cut rates, its first cut since the crisis began in 2008": the crisis's
    2008, not the cut's; "the first cidery in the county since a fire closed the old mill in
    1908")? It bounds a record, and dates only its own verb."""
    m = _SINCE_CLAUSE.search(masked, max(0, t.start - 90), t.start)
    if m is None or tokens[i][0] >= m.start():
        return False
    k = next((n for n, tok in enumerate(tokens) if tok[0] >= m.start()), None)
    return k is not None and finite_between(tokens, k, t.start)


# between two dates of one verb, a second object of it with no verb of its own: "in October
# and | Fenwick Books in | November", "in March and another in York in | May"
_GAPPED = re.compile(r"\s+and\s+(?:[\w’'&.-]+\s+){1,6}?(?:in|on|during)\s+$")


def gapped_dates(masked: str, calendar: list[Timex], events: list[FoundEvent]) -> list[FoundEvent]:
    """The second happening a verb tells by a second object and date after "and", with the
    verb left out ("Similar deals were reached with Brook Press in October and Fenwick Books
    in November": a deal in November too; "opened a shop in Leeds in March and another in
    York in May"). One more event, of the verb dated by the first date, at the second; not
    when a verb stands between ("in October and will sign one in November": its own event),
    nor dates of another kind ("in 2020 and on Monday")."""
    out = list(events)
    for first, second in zip(calendar, calendar[1:], strict=False):
        gap = masked[first.end : second.start]
        if not _GAPPED.fullmatch(gap) or any(
            w[:1].islower()
            and (verb_word(w.lower()) or w.lower() in AUXILIARIES or w.endswith("ed"))
            for w in gap.split()[1:-1]
        ):
            continue
        value, other = anchor_value(first), anchor_value(second)
        if len(value) != len(other) or value == other or not value[:4].isdigit():
            continue
        for e in events:
            if (
                e.dating != "explicit"
                or e.type == "statement"
                or not e.date
                or len(e.date) != len(value)
                or e.date[4:] != value[4:]
            ):
                continue
            moved = other
            if len(other) > 4 and other[:4].isdigit():
                # a month or day without its year is in the first date's year as the verb
                # read it ("opened … in March": the last March), or the next when it comes
                # earlier in the year ("in November and in February")
                year = int(e.date[:4]) + (other[4:] < e.date[4:])
                moved = f"{year:04d}{other[4:]}"
            second_event = e.on(moved)
            if second_event:
                out.append(second_event)
            break
    return out


# "It has been five weeks since …", "It's been two years since …": a time counted back from
# publication to what the "since" clause tells
_BEEN_SINCE = re.compile(
    r"\b[Ii]t(?:['’]s|\s+has|\s+had|\s+is)?\s+(?:been\s+)?(?:(?:more\s+than|almost|nearly|"
    r"about|over)\s+)?(?P<n>[a-z]+|\d+)\s+(?P<unit>day|week|month|year)s?\s+since\s+"
)
_BEEN_WORDS = ("since",)


def been_since(masked: str, events: list[FoundEvent], dct_value: str | None) -> list[FoundEvent]:
    """The happening after "It has been N weeks since", counted back from publication ("It
    has been two years since the flood killed 40": about two years ago, the year 2021 if
    written in 2023), not only before it; but what someone did "last" is a streak, a figure
    ("It's been five weeks since Hilltop last allowed a goal": no happening told)."""
    if not dct_value or not may_hold(masked, _BEEN_WORDS):
        return events
    m = _BEEN_SINCE.search(masked)
    if m is None:
        return events
    n = m["n"].lower()
    count = int(n) if n.isdigit() else COUNTS.get(n)
    out = []
    for e in events:
        at = masked.find(e.trigger, m.end())
        if at < 0 or e.dating not in ("before", "inferred") or e.type == "statement":
            out.append(e)
            continue
        if _LAST_BEFORE.search(masked, max(m.end(), at - 12), at):
            continue  # "since Hilltop last allowed a goal": a streak
        if not isinstance(count, int):
            out.append(e)
            continue
        value, dating = gone_back(dct_value, count, m["unit"].lower())
        if value and m["unit"].lower() == "week" and dates.DAY.match(value):
            year, week, _ = date.fromisoformat(value).isocalendar()
            value = f"{year:04d}-W{week:02d}"
        out.append((value and e.on(value, dating)) or e)
    return out


_LAST_BEFORE = re.compile(r"\blast\s+$")


def done_at_scene(
    events: list[FoundEvent], scenes: dict[str, str], dct_value: str | None
) -> list[FoundEvent]:
    """An undated happening of a verb one does only at a scene the story dated
    (`lexicon.SCENES_OF_VERBS`: "At a Feb. 25 hearing, Rep. Moss pushed for cuts. … Ruth
    Park testified that …"): there, so on that day, not at publication nor only before it."""
    out = []
    for e in events:
        kinds = SCENES_OF_VERBS.get(verb_form(e.trigger)[0], ()) if e.trigger else ()
        day = next((scenes[k] for k in kinds if k in scenes), None)
        if (
            day
            and dates.DAY.fullmatch(day)
            and not (dct_value and day > dct_value)
            and e.dating in ("before", "inferred")
        ):
            e = e.on(day, "inferred") or e
        out.append(e)
    return out

"""Recognising one event reported by several articles, so the timeline lists it once.

Two events are the same when they come from different articles, have the same type and a
compatible date (the same value, one period inside the other, or an inferred day within
`INFERRED_SLACK` of the other's — an inferred report never after an explicit one's day: it
is dated by when it came out, so a narrative's guess a day early may miss its match), and
share most of their wording, or an actor and either some wording or the verb that reports
them ("Jobs resigned" on 24 Aug and "Jobs resigned in a letter", reported the next day); two
sayings only when one speaker made both. Each event gets a `cluster` (the id of its group's
head); the timeline shows one entry per cluster with every source. The head is the
best-dated report (`dates_better`): a later, better report takes the head over. `db.index`
assigns clusters after an import.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import lru_cache

from dateline.store.db.models import Event
from dateline.store.extract.actors import actor_matches
from dateline.store.extract.discourse import kind_of
from dateline.store.extract.lexicon import (
    ADVERBS,
    AUX_PERFECT_PRESENT,
    COORDINATORS,
    DEFINITE_DETERMINERS,
    DETERMINERS,
    NUMBER_WORDS,
    ORDINALS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    RANKS,
    SAME_HAPPENING,
    SUBORDINATORS,
)
from dateline.store.extract.retell import happening
from dateline.store.extract.taxonomy import NOUN_TYPE
from dateline.store.extract.temporal.lexicon import MONTHS, WEEKDAYS

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "the a an of to in on at for and or but with from by as that this is was were be been has "
    "have had it its his her their they he she said says will would".split()
)
SIMILAR_WORDING = 0.5  # Jaccard overlap of sentence content words that makes one event
SHARED_ACTOR_WORDING = 0.12  # enough when the reports also share an actor, type and date
# Within one article the story's actors are in most sentences and its verbs come back
# ("Casey Conaway … was arrested by Kincaid police", "Chad Hull … was arrested by Kincaid
# police": two arrests of one blotter): a retelling shares more of its wording
RETOLD_WORDING = 0.3
# ... unless the two share their verb and their date as the text gives it (`_told_again`)
TOLD_AGAIN_WORDING = 0.2


@lru_cache(maxsize=4096)
def words_of(text: str) -> frozenset[str]:
    """Content words, for comparing two reports' wording. Cached: a sentence's events (two
    or three each) and its saying's statement each ask for the same sentence's words."""
    return frozenset(_WORD.findall(text.lower())) - _STOP


INFERRED_SLACK = 2  # days an inferred date may be off: the day an article came out, not
# the day it happened ("Jobs resigned" on 24 Aug, reported undated on 25 Aug)


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.start is None or b.start is None:
        return False
    if a.dating in ("before", "after") or b.dating in ("before", "after"):
        return a.date == b.date and a.dating == b.dating
    # by the days covered, not the value: "early October" and "late October" are both
    # `2020-10`, with other days
    inside = a.start >= b.start and a.end <= b.end or b.start >= a.start and b.end <= a.end
    if inside:
        return True
    # an inferred day near another report's day: the day a report came out, so never
    # before the day its event happened ("Putri told a press conference Wednesday" is
    # no saying an article of Tuesday reported, however alike the words)
    one_day = a.start == a.end and b.start == b.end
    if "inferred" in (a.dating, b.dating) and one_day:
        later = _ordinal(b.start) - _ordinal(a.start)  # days b is after a
        if a.dating == "inferred" and b.dating == "explicit":
            return -INFERRED_SLACK <= later <= 0
        if b.dating == "inferred" and a.dating == "explicit":
            return 0 <= later <= INFERRED_SLACK
        return abs(later) <= INFERRED_SLACK
    return False


_CERTAINTY = {"explicit": 0, "inferred": 1}


def dates_better(a: Event, b: Event) -> bool:
    """Does report `a` date the event better than `b`: explicit over inferred, a day over a
    longer period? The cluster's head is its best-dated report: the entry shows its date and
    is sorted by it."""
    rank_a, rank_b = _CERTAINTY.get(a.dating, 2), _CERTAINTY.get(b.dating, 2)
    if rank_a != rank_b:
        return rank_a < rank_b
    return (a.start == a.end) and (b.start != b.end)


@lru_cache(maxsize=1 << 16)  # asked for each report of an import, of a few thousand days
def neighbour_days(day: str) -> tuple[str, ...]:
    """The days an inferred report of an event on `day` may carry (see `INFERRED_SLACK`)."""
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return (day,)
    out = []
    for k in range(-INFERRED_SLACK, INFERRED_SLACK + 1):
        try:
            out.append((d + timedelta(days=k)).isoformat())
        except OverflowError:  # 0001-01-01 and 9999-12-31 have no neighbours on one side
            continue
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _ordinal(day: str) -> int:
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return 0


def _names(actors: str | list[str] | None) -> list[str]:
    """An event's actor names: a stored JSON list, or a list already read."""
    return json.loads(actors or "[]") if isinstance(actors, str) or actors is None else actors


def same_event(
    a: Event, b: Event, words_a: frozenset[str], words_b: frozenset[str], within: bool = False
) -> bool:
    """Are `a` and `b` (with the content words of their sentences) two reports of one event?
    Of two articles, or with `within` of one (the lead's "have been jailed" and the later
    "were sentenced on Friday").

    `a` and `b` are events or anything with their fields (`db.index.Report`)."""
    if (a.article_id == b.article_id) != within:
        return False
    if a.type != b.type or not _dates_compatible(a, b):
        return False
    actors_a, actors_b = _names(a.actors), _names(b.actors)
    # a saying's speaker comes first: "Lee said the search would go on" and "Ray said the
    # search would go on" are two sayings, however alike their words and whatever else
    # they name (the lost ferry in both quotes)
    if (
        a.type == "statement"
        and actors_a
        and actors_b
        and not _either_matches(actors_a[0], actors_b[0])
    ):
        return False
    overlap = _overlap(words_a, words_b)
    if overlap >= SIMILAR_WORDING:
        return True
    same_verb = stem(a.trigger) == stem(b.trigger) if a.trigger and b.trigger else False
    if within and overlap < RETOLD_WORDING:
        if same_verb:
            return _told_again(a, b, actors_a, actors_b, overlap)
        # "Lax rules brought the sudden crash of 1987" after "the 1987 market crash": its
        # verb is not the happening's, its object points back at the noun told before
        return _one_day_same_people(a, b, actors_a, actors_b) and _names_its_noun(a, b)
    if overlap < SHARED_ACTOR_WORDING and not same_verb:
        return False  # too little in common even with an actor shared
    return any(_either_matches(x, y) for x in actors_a for y in actors_b)


def _overlap(words_a: frozenset[str], words_b: frozenset[str]) -> float:
    """How much of two reports' wording they share (Jaccard overlap)."""
    if not words_a or not words_b:
        return 0.0
    shared = len(words_a & words_b)  # over the union's size, without making the union
    return shared / (len(words_a) + len(words_b) - shared)


def untyped_retold(a: Event, b: Event, words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Are two untyped reports of one article, by one verb on the same day given in the
    text, one happening told twice: "Coastguards found 300 kilos of heroin in a yacht off
    Brill Point on Friday" and "Coastguard cutter crews found on Friday 300 kilos of heroin
    hidden in a yacht off Brill Point"? Such reports tell anything (a verb of no type), and
    the day's words and a name are in both whatever each tells: so they must share several
    other words (`UNTYPED_SHARED`) and much of their wording without the day's, and an
    actor unless they share most of it. "Divers found a boot on Friday" and "Divers found
    the wreck on Friday" share little but the verb and the day: two finds."""
    day = _day_words(a.start or "")
    words_a, words_b = words_a - day, words_b - day
    if len(words_a & words_b) < UNTYPED_SHARED:
        return False
    overlap = _overlap(words_a, words_b)
    if overlap >= SIMILAR_WORDING:
        return True
    if overlap < RETOLD_WORDING:
        return False
    return any(_either_matches(x, y) for x in _names(a.actors) for y in _names(b.actors))


UNTYPED_SHARED = 6  # words two untyped reports share besides their day's, at least


def befell_one_subject(a: Event, b: Event) -> bool:
    """Are two untyped reports of one article, dated in the text to one day, one happening
    that befell the person both open on, told by a verb of one happening that takes no
    object: "Ida Kent vanished on Friday, June 7, 2019" and, further on, "Ida Kent, a
    nurse from Lorne, was 31 when she disappeared after a concert on Friday, June 7,
    2019"? No one vanishes twice in a day, and a lead's short sentence shares too few
    words with its retelling for `untyped_retold`. Not two people ("Tom Ray vanished on
    that Friday": another subject), nor a verb with an object ("Ida Kent found a boot"
    and "Ida Kent found the wreck" the same day: two finds), nor a verb a story does not
    tell once-only happenings by in other words (`SAME_HAPPENING`): "Ida Kent arrived in
    Lorne" and "Ida Kent arrived at the harbour" that Friday may be two arrivals."""
    verb = happening(a.trigger)
    if verb != happening(b.trigger) or verb not in _ONE_HAPPENING_VERBS:
        return False
    actors_a, actors_b = _names(a.actors), _names(b.actors)
    if not actors_a or not actors_b or not _either_matches(actors_a[0], actors_b[0]):
        return False
    if not _one_day_same_people(a, b, actors_a, actors_b):
        return False
    return _opens_with(a, actors_a[0]) and _opens_with(b, actors_b[0])


def object_retold(a: Event, b: Event) -> bool:
    """Are two untyped reports of one article, dated in the text to one date (a day, a
    month, a year), one happening told twice by one verb of the same thing done to: "In
    April, Ruiz won a wide patent for the enzyme" and, far on, "In April, Ruiz and her
    institute won the earliest of three patents covering it"? The verb's objects share a
    word ("patent"), and the people of one are among the other's (the later telling may
    name a partner: a body, a co-author). Not two people ("In April, Lee won a patent":
    another win), nor another thing done ("In April Ruiz won a grant"), nor objects
    numbered apart ("won the 100m final" and "won the 200m final" that Sunday)."""
    if not _dated_alike(a, b) or happening(a.trigger) != happening(b.trigger):
        return False
    people_a, people_b = _people(_names(a.actors)), _people(_names(b.actors))
    if not people_a or not people_b or not _same_people(people_a, people_b):
        return False
    nouns_a, numbers_a = _object_of(a)
    nouns_b, numbers_b = _object_of(b)
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return False
    return bool(nouns_a & nouns_b)


def _people(names: list[str]) -> list[str]:
    """The names of persons among a report's actors (not a body, a product, a law)."""
    return [n for n in names if kind_of(n) == "person"]


def _object_of(report: Event) -> tuple[frozenset[str], frozenset[str]]:
    """The common words (singular) just after the report's verb, up to its clause's end,
    and the numbers among them: "won the earliest of three patents covering …" gives
    {"earliest", "patent", "covering"}; "won the 100m final" the number "100m"."""
    sentence = getattr(report, "sentence", "")
    words = _CASED_TOKEN.findall(sentence)
    lowered = [w.lower() for w in words]
    verb = (report.trigger or "").lower()
    if verb not in lowered:
        return frozenset(), frozenset()
    at = lowered.index(verb)
    nouns, numbers = set(), set()
    for k in range(at + 1, min(len(words), at + 1 + _OBJECT_REACH)):
        word, low = words[k], lowered[k]
        if not low[0].isalnum() or low in _OBJECT_ENDS:
            break
        if any(c.isdigit() for c in low):
            numbers.add(low)
            continue
        if not word[0].islower() or low in _NOT_AN_OBJECT_NOUN or len(low) < 4:
            continue
        nouns.add(low[:-1] if low.endswith("s") and not low.endswith("ss") else low)
    return frozenset(nouns), frozenset(numbers)


_CASED_TOKEN = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*|[^\w\s]")
_OBJECT_REACH = 6  # words of a verb's object two tellings share a noun in, at most
_OBJECT_ENDS = SUBORDINATORS | COORDINATORS | frozenset({"that", "which", "who"})
_NOT_AN_OBJECT_NOUN = _STOP | ADVERBS | DETERMINERS | PREPOSITIONS | NUMBER_WORDS | ORDINALS | RANKS


def _opens_with(report: Event, name: str) -> bool:
    """Does the report's sentence open on `name` (its subject, not "Ida Kent's brother"),
    and is its verb followed by no object: a preposition, a conjunction, a comma or the
    sentence's end after it ("vanished in the night", "disappeared after a concert")?"""
    sentence = getattr(report, "sentence", "")
    if not sentence.startswith(name) or sentence[len(name) : len(name) + 2] in POSSESSIVE_ENDINGS:
        return False
    words = _TOKEN.findall(sentence.lower())
    verb = report.trigger.lower()
    if verb not in words:
        return False
    after = words[words.index(verb) + 1 : words.index(verb) + 2]
    return not after or after[0] in _NO_OBJECT or not after[0][0].isalnum()


def perfect_retold(a: Event, b: Event) -> bool:
    """Are two untyped reports of one article one happening its lead and its body tell in
    the present perfect, undated: the lead's at publication ("The singer has reportedly
    quit the band", inferred), the body's before it ("Ana Ruiz has reportedly quit the band
    she founded": `before`)? They must be of one day, tell it by one verb in the present
    perfect with the same object after it ("quit the band"), of people neither names
    without the other. Not "has quit the tour" (another object), nor "has reportedly
    quit" of another singer."""
    if {a.dating, b.dating} != {"inferred", "before"} or a.date != b.date:
        return False
    if a.start != a.end or happening(a.trigger) != happening(b.trigger):
        return False
    actors_a, actors_b = _names(a.actors), _names(b.actors)
    if not actors_a or not actors_b or not _same_people(actors_a, actors_b):
        return False
    told_a, told_b = perfect_object(a), perfect_object(b)
    return told_a is not None and told_a == told_b


def perfect_object(report: Event) -> tuple[str, ...] | None:
    """The words after the report's verb told in the present perfect ("has reportedly
    quit the band …": "the", "band"), or None when it is not so told or has no such
    words."""
    words = _TOKEN.findall(getattr(report, "sentence", "").lower())
    verb = report.trigger.lower()
    if verb not in words:
        return None
    at = words.index(verb)
    before = [w for w in words[max(0, at - _PERFECT_REACH) : at] if w not in ADVERBS]
    if not before or before[-1] not in AUX_PERFECT_PRESENT:
        return None
    told = tuple(words[at + 1 : at + 1 + _OBJECT_WORDS])
    if len(told) < _OBJECT_WORDS or not all(w[0].isalnum() for w in told):
        return None
    return told


_PERFECT_REACH = 3  # words from "has" to its verb, at most ("has reportedly quit")
_OBJECT_WORDS = 2  # the object's first words two retellings share ("the band")
_ONE_HAPPENING_VERBS = frozenset().union(*SAME_HAPPENING)
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[^\w\s]")
_NO_OBJECT = PREPOSITIONS | SUBORDINATORS | COORDINATORS
_DAY_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _day_words(day: str) -> frozenset[str]:
    """The words a day may be written in: "friday", "may", "6", "2011" for 2011-05-06."""
    year, _month, number = (day.split("-") + ["", ""])[:3]
    return _DAY_NAMES | {year, number, number.lstrip("0")}


@lru_cache(maxsize=1 << 16)  # the same pairs of names, compared report after report
def _either_matches(x: str, y: str) -> bool:
    return actor_matches(x, y) or actor_matches(y, x)


def stem(word: str) -> str:
    """ "resigned", "resigns", "resignation" → "resig": one verb for the reports of one act."""
    return word.lower()[:5]


def _told_again(
    a: Event, b: Event, actors_a: list[str], actors_b: list[str], overlap: float
) -> bool:
    """Two reports of one article (`a` told after `b`) by the same verb on the same date
    given in the text, when neither names anyone the other does not: the lead's "A hiker
    was attacked by a bear on Sunday" and the later "The warden said the attack on Sunday
    came at dawn" ("the attack": a noun pointing back at a happening told before), or "Lund
    Mining was fined in May" and "Lund Mining, fined in May for the spill, …" (an actor
    both name). A blotter's "Ann Lee was arrested on Friday" and "Tom Ray was arrested on
    Friday" name other people: two arrests; and "A cyclist was attacked by a dog on Sunday"
    in the bear story names no one, nor points back, nor shares much of its wording
    (`TOLD_AGAIN_WORDING`, as "A forecast released Thursday" and "Harlow University, which
    put out its forecast Thursday" do): another attack."""
    if _noun_told_again(a, b):
        return True
    if not _one_day_same_people(a, b, actors_a, actors_b):
        return False
    return bool(actors_a and actors_b) or overlap >= TOLD_AGAIN_WORDING or _points_back(a)


def _noun_told_again(a: Event, b: Event) -> bool:
    """Is `a` a happening's noun pointing back ("after the 1998 crash") at the happening `b`
    told by the same word on the same date given in the text? The noun stands for the
    happening, not for what its sentence tells besides: "The treasurer warned, after
    the 1998 crash, that cuts would come" names the treasurer, who took no part in the
    crash of "With the 1998 crash, banks failed". Not a verb ("the firm employed 500 in
    2009" twice: two counts), nor a noun a rank sets apart ("the second crash")."""
    if not _dated_alike(a, b):
        return False
    noun = (a.trigger or "").lower()
    return noun == (b.trigger or "").lower() and noun in NOUN_TYPE and _points_back(a)


def _one_day_same_people(a: Event, b: Event, actors_a: list[str], actors_b: list[str]) -> bool:
    """Are two reports dated in the text to one date, neither naming anyone the other does
    not?"""
    return _dated_alike(a, b) and _same_people(actors_a, actors_b)


def _dated_alike(a: Event, b: Event) -> bool:
    """Are two reports dated in the text to one date?"""
    return a.dating == "explicit" and b.dating == "explicit" and a.date == b.date


def _same_people(actors_a: list[str], actors_b: list[str]) -> bool:
    """Does neither list name anyone the other does not (each of the shorter's names
    matching one of the longer's)?"""
    fewer, more = sorted((actors_a, actors_b), key=len)
    return all(any(_either_matches(x, y) for y in more) for x in fewer)


def _names_its_noun(a: Event, b: Event) -> bool:
    """Does `a` (told after `b`, of the same type) point back at the noun `b` is told by, or
    `b`'s sentence name the noun `a` points back by? "Lax rules brought the sudden crash of
    1987" and "the 1987 market crash" (a crash told twice); not "Lax rules brought a crash"
    (no pointing back) nor "the rules brought chaos" (no crash named)."""
    if b.trigger and _points_back(a, b.trigger):
        return True
    if not a.trigger or not _points_back(a):
        return False
    return a.trigger.lower() in _WORD.findall(getattr(b, "sentence", "").lower())


def _points_back(report: Event, noun: str | None = None) -> bool:
    """Is the report's word a noun after a definite determiner ("the attack", "this
    ruling"), maybe past words that describe it ("the 1987 market crash" told again as
    "the 1987 economic crash"): a happening the story has told before? Not one a rank
    sets apart: "the second crash" is another. `noun`: another word than the report's own
    ("brought the sudden crash")."""
    words = _WORD.findall(getattr(report, "sentence", "").lower())
    trigger = (noun or report.trigger).lower()
    for k, w in enumerate(words):
        if w != trigger:
            continue
        # past the words that describe it: "the 1987 market crash", not "the second crash"
        j = k - 1
        while j >= 0 and k - j <= _DESCRIBING_WORDS and words[j] not in DEFINITE_DETERMINERS:
            if words[j] in ORDINALS or words[j] in RANKS or words[j] in _STOP:
                break
            j -= 1
        if j >= 0 and words[j] in DEFINITE_DETERMINERS:
            return True
    return False


_DESCRIBING_WORDS = 3  # words between "the" and a happening's noun, at most ("1987 market")

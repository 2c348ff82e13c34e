"""The lead's news on the day the story tells it: dates resolve over the whole article.

A lead tells its news in the present perfect with no date ("Long jail sentences have been
handed out to two fuel smugglers"), so it is dated at publication; the body often gives the
day a few paragraphs later ("Both men were sentenced at Kingsford Crown Court on Friday 27
October"), or narrates it on the day its paragraph tells ("The senators debated the bill
on Tuesday. At the end, the motion was defeated"). When the body dates one happening of
the lead's type in the days before publication, by a verb the lead's sentence names too
("sentenced": "sentences"), and only one day, the lead's happening is that one: it takes
that day (still inferred, for the lead never said it) instead of publication, and the two
reports of it stand on one day, where the store merges them. ("The search for clues to
the crash continues", typed by its noun, is no retelling of "before it crashed".)
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dateline.store import dates
from dateline.store.extract.lexicon import (
    AUX_PERFECT_PAST,
    AUX_PERFECT_PRESENT,
    DATING_A_HAPPENING,
    HABITUAL,
    RECENT_PAST,
    SAME_HAPPENING,
)
from dateline.store.extract.sentence import FoundEvent
from dateline.store.extract.taxonomy import OTHER
from dateline.store.extract.verbs import verb_form

RETOLD_WITHIN = 14  # days before publication a body's dated report of the news may lie
# (a weekly's "have been jailed" for last Friday's sentencing; not last month's)
# a type too common to say "the same happening" (an untyped one has the verb's stem to match)
_UNTOLD = frozenset({"statement"})


def redate_lead(
    lead: list[tuple[FoundEvent, str]],
    body: list[FoundEvent],
    published: date | None,
    lead_day: str | None = None,
) -> dict[int, FoundEvent]:
    """The lead events (by `id`; each with its sentence) that take the day the body gives
    their happening; else the day the lead's paragraphs set (`lead_day`, see
    `Discourse.offer_lead`)."""
    if published is None:
        return {}
    today = published.isoformat()
    if not _lately(lead_day, published):
        lead_day = None
    # the lead's happening that dates that day: a perfect before it is the news it dates; one
    # after it is news since ("The ferry sank on Saturday. A body has just been found")
    setting_at, setting = next(
        ((k, e) for k, (e, _s) in enumerate(lead) if e.dating == "explicit" and e.date == lead_day),
        (0, None),
    )
    told: list[FoundEvent] = []  # the body's reports dated in the days before publication
    for e in body:
        if (
            e.dating in ("explicit", "inferred")
            and e.type not in _UNTOLD
            and _lately(e.date, published)
        ):
            told.append(e)
    out = {}
    for k, (e, sentence) in enumerate(lead):
        if e.dating != "inferred" or e.date != today:
            continue
        stems = {_stem(w) for w in _WORD.findall(sentence.lower())}
        days = {b.date for b in told if b.type == e.type and _stem(b.trigger.lower()) in stems}
        if len(days) == 1:
            (day,) = days
            out[id(e)] = replace(e, date=day, start=day, end=day)
        elif (
            not days
            and lead_day
            and k < setting_at
            and setting is not None
            and (
                set(e.actors) & set(setting.actors)
                # … or its noun, by a verb that only dates it ("An explosion has torn
                # through a rig" … "The blast happened late on Tuesday")
                or setting.type == e.type != OTHER
                and _dates_a_noun(setting.trigger)
            )
            and e.type not in _UNTOLD
            and _perfect(e.trigger, sentence)
        ):
            # "Acme has recalled its X90 vans" … "The X90 recall was ordered on Sunday by the
            # regulator": the news the lead tells in the present perfect is of the day its
            # paragraphs give a happening of the same parties; not a saying of the lead's
            # ("Acme says …"), nor a past it narrates ("The choir toured Peru all winter"),
            # nor news of others ("… A hiker was rescued on Sunday")
            out[id(e)] = replace(e, date=lead_day, start=lead_day, end=lead_day)
    return out


def redate_retold(
    body: list[tuple[FoundEvent, str]], published: date | None
) -> dict[int, FoundEvent]:
    """The body's undated past happenings (by `id`; each with its sentence) that retell one
    the story dates in the days before publication: "Both men were sentenced at Kingsford
    Crown Court on Friday 3 March" … "Reed, 41, was jailed for nine years" is that
    sentencing, on that day (inferred), not some time before publication. The same type, by
    the same verb or another for that happening (`lexicon.SAME_HAPPENING`), and only one day the
    story gives it; a typed happening only ("found", "made" tell too many things), and not
    one told as earlier still or as a habit ("had been jailed", "was previously jailed",
    "was once jailed", "was repeatedly jailed": a record)."""
    if published is None:
        return {}
    today = published.isoformat()
    told: dict[tuple[str, str], set[str]] = {}  # (type, verb) → the days the story gives it
    for e, _sentence in body:
        if e.dating != "explicit" or e.type in _UNTOLD or e.type == OTHER:
            continue
        if _lately(e.date, published):
            told.setdefault((e.type, happening(e.trigger)), set()).add(e.date or "")
    out = {}
    for e, sentence in body:
        if e.dating != "before" or e.date != today or e.type == OTHER:
            continue
        days = told.get((e.type, happening(e.trigger)), set())
        words = set(_WORD_ANY.findall(sentence.lower()))
        if len(days) == 1 and not words & _RECORD:
            (day,) = days
            out[id(e)] = replace(e, date=day, start=day, end=day, dating="inferred")
    return out


# each verb of a `SAME_HAPPENING` group → the group's first (by spelling), its name
_GROUP_OF = {verb: min(group) for group in SAME_HAPPENING for verb in group}


def happening(trigger: str) -> str:
    """The verb a trigger tells its happening by: its lemma, or its group's first."""
    return group_of(verb_form(trigger.split()[0])[0] if trigger else "")


def group_of(lemma: str) -> str:
    """The verb a lemma's happening goes by: its `SAME_HAPPENING` group's first, or itself
    ("disappear" is "vanish"'s happening)."""
    return _GROUP_OF.get(lemma, lemma)


# words of a past before the retold day, or of many times: "had", "previously", "once"
_RECORD = AUX_PERFECT_PAST | RECENT_PAST | HABITUAL
_WORD = re.compile(r"[a-z]{4,}")
_WORD_ANY = re.compile(r"[a-z’']+")


# "has", "have" and what may stand before the verb: "has also been arrested"
_PERFECT_AUX = (
    rf"(?i:\b(?:{'|'.join(sorted(AUX_PERFECT_PRESENT))})\s+"
    r"(?:\w+ly\s+|also\s+|now\s+|just\s+)*(?:been\s+)?)"
)


def _perfect(trigger: str, sentence: str) -> bool:
    """Is `trigger` told in the present perfect in `sentence` ("have unveiled", "has
    also been arrested")?"""
    return re.search(_PERFECT_AUX + re.escape(trigger) + r"\b", sentence) is not None


def _dates_a_noun(trigger: str) -> bool:
    """Is the trigger a verb that only dates a happening its subject names ("happened",
    "took place", "occurred")?"""
    return verb_form(trigger.split()[0].lower())[0] in DATING_A_HAPPENING if trigger else False


def _lately(day: str | None, published: date) -> bool:
    """Is `day` a day (not a week or month) in the `RETOLD_WITHIN` days before publication?"""
    span = dates.bounds(day) if day and len(day) == 10 else None
    return span is not None and 0 < (published - span[0]).days <= RETOLD_WITHIN


def _stem(word: str) -> str:
    """A word's first five letters: "sentenced" and "sentences" are one."""
    return word[:5]

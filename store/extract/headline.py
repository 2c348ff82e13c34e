"""The headline's events: the news its lead tells, under the headline's words.

A headline restates the lead's news in its own grammar — the present for what has happened
("Boeing unveils new 787 Dreamliner" over "Boeing has unveiled its new 787 Dreamliner at a
ceremony on Sunday"), "to" for what was just agreed ("China Eastern Airlines to purchase
twenty new Airbus A320 jets"), a bare participle for the passive ("First Airbus A380
delivered"). Read as body text, that present is a state and that "to" a plan, and the
headline carries no date of its own. So a headline event is not read from the headline
alone: it is the lead event the headline names by its verb or noun ("unveils" for
"unveiled", "flight" for "flew its maiden flight"), or by a word of that event's type
("announces job cuts" for "said it will cut 10,000 jobs"), with that event's type and
date. A headline that names none of its lead's events (a teaser, a question, a site's
name) tells nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from dateline.store.extract.eventspans import poslex
from dateline.store.extract.lexicon import (
    AUXILIARIES,
    COORDINATORS,
    DETERMINERS,
    LIGHT_VERBS,
    NUMBER_WORDS,
    OF_VERBS,
    PREPOSITIONS,
    SCENE_NOUNS,
    SCENE_VERBS,
)
from dateline.store.extract.sentence import FoundEvent
from dateline.store.extract.taxonomy import NOUN_TYPE, OTHER, VERB_TYPE
from dateline.store.extract.verbs import verb_form

# a word, with its digits: "A380 makes maiden flight" opens with the model's name, not "A"
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
# a figure a headline gives, as the lead writes it: "10.6 percent", "$5.8 billion", "10,000"
_FIGURE = re.compile(r"\$?\d[\d,.]*\d(?:\s*(?:percent|per cent|%|billion|million))?|\$?\d+")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "What to watch in 2015": a time, not a figure
# A headline restates one or two happenings ("Airbus announces job cuts of 10,000": the
# announcement and the cuts); more matches are the lead's other news, not the headline's.
MOST_EVENTS = 2


@lru_cache(maxsize=1 << 14)  # per word form: every word of the lead's sentences is read
def _lemmas(word: str) -> frozenset[str]:
    """The forms a headline word may share with a lead's trigger: itself, its verb lemma
    ("unveils", "unveiled" → "unveil"), its singular ("cuts" → "cut")."""
    low = word.lower()
    out = {low, verb_form(low)[0]}
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        out.add(low[:-1])
    return frozenset(out)


def _isverb_form(title: str, words: list[re.Match], k: int) -> bool:
    """Can headline word `k` be the headline's verb? Never the first word, which names who
    or what the headline is about ("Understanding Genetic Testing …", "United States …"),
    nor an auxiliary. A past form ("delivered"; not one before its noun, "Alleged sex
    ring"), a verb after "to" ("to purchase"), or a
    verb in the present after the subject (a bare form only if no noun is spelt like it,
    "agree" not "wolf", or after a plural subject, "Engine troubles delay Airbus tour",
    "Northrop and EADS defeat Boeing"; no "-ing", which describes): not after a determiner
    or a number ("The 4 Stocks"), not one the next word's verb shows to be the subject's
    ("United States seeks", "Some US States Begin Lifting"), not one a comma ends
    ("Interactive maps, now …"). A word that may be a noun as well ("wins", "launches")
    needs an object after it: a determiner, a number or a word in lower case ("launches
    world's largest plane")."""
    low = words[k].group().lower()
    if title[words[k].end() : words[k].end() + 1] in (",", ":"):
        return False
    lex = poslex()
    tags = lex.get(low, "")
    if k == 0 or low in AUXILIARIES:
        return False
    if words[k - 1].group().lower() == "to":
        return "V" in tags
    form = verb_form(low)[1]
    after = words[k + 1].group() if k + 1 < len(words) else ""
    low_after = after.lower()
    if form in ("past", "pp"):
        # not an adjective before its noun ("Feds: Alleged sex ring drew …")
        noun_next = lex.get(low_after, "")[:1] == "N" and after[:1].islower()
        return ("V" in tags or low not in lex) and not noun_next
    before = words[k - 1].group().lower()
    # "Bakery and Deli chain bans dogs": a bare form before an inflected verb is a noun
    inflected_next = "V" in lex.get(low_after, "") and verb_form(low_after)[1] in ("s", "past")
    plural = not inflected_next and (_plural(before) or _joined(words[:k]))
    if form == "ing" or "V" not in tags or form == "base" and tags != "V" and not plural:
        return False
    if before in DETERMINERS or before in NUMBER_WORDS or before in PREPOSITIONS:
        return False  # "in 29 States as …"
    if "N" in tags and (
        low_after in AUXILIARIES
        and low_after != "to"  # "Acme Plans to Cut Jobs": a verb
        or low_after == "of"
        and verb_form(low)[0] not in OF_VERBS
    ):
        # "Mayor Says Ferries Are Safe", "Rare Photos of the Old Harbour": a plural noun,
        # the subject of the verb after it or the head of an "of" ("Lee Warns of Floods")
        return False
    if lex.get(low_after) == "V" and verb_form(low_after)[1] != "base":
        return False
    if tags == "V" or plural and after[:1].isupper():  # "… troubles delay Airbus tour"
        return True
    if low_after in COORDINATORS:  # "TV programs, people and channels": a noun
        return False
    return after[:1].islower() or low_after in DETERMINERS or low_after in NUMBER_WORDS


def _light_object(words: list[re.Match], k: int) -> set[str]:
    """The happening a light verb's object names, as the lead may tell it ("K7 makes
    maiden flight to Oslo": "flight", and "fly" for "A K7 is flying to Oslo");
    nothing for another verb ("Orbex makes a loss")."""
    if verb_form(words[k].group().lower())[0] not in LIGHT_VERBS:
        return set()
    for m in words[k + 1 : k + 4]:  # past a determiner or an adjective: "its maiden flight"
        noun = m.group().lower()
        if noun in SCENE_NOUNS:
            return {noun} | {verb for verb, scene in SCENE_VERBS.items() if scene == noun}
    return set()


def _plural(word: str) -> bool:
    """A plural noun ending a headline's subject ("troubles", "EADS"): its verb may be bare,
    as after a subject joined by "and"."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _joined(subject: list[re.Match]) -> bool:
    """Names joined by "and" ("Kestrel and Orbex"): a plural subject."""
    said = [w.group() for w in subject]
    return "and" in said and all(w == "and" or w[:1].isupper() for w in said)


def headline_events(
    title: str, lead: list[tuple[FoundEvent, str]], names: tuple[str, ...] = ()
) -> tuple[FoundEvent, ...]:
    """The events of `title` among the `lead`'s (each with its sentence), at most
    `MOST_EVENTS`, one per headline word. A headline word names a lead event by, in turn:
    the event's own word ("unveils" for "unveiled", "flight"); a verb of its type ("announces"
    for "said"); a verb its sentence tells it with ("Airline to buy 20 jets" for "agreed on
    Tuesday to buy 20 jets"). Each keeps its lead event's type, date and actors, with `names`
    (the actors the headline names) added; its sentence and summary are the headline."""
    title = title.strip()
    words = list(_WORD.finditer(title))
    if not title or not lead or len(words) < 2:
        return ()
    forms = [_lemmas(m.group()) for m in words]
    verbs = [k for k in range(len(words)) if _isverb_form(title, words, k)]
    if not verbs:
        return ()  # each way below names an event by a verb of the headline
    for k in verbs:  # "makes maiden flight": the flight, as the lead tells it
        forms[k] |= _light_object(words, k)

    def by_trigger(event: FoundEvent, _sentence: str) -> list[int]:
        trigger = _lemmas(event.trigger.split()[0]) if event.trigger else set()
        return [k for k in verbs if forms[k] & trigger]

    def by_type(event: FoundEvent, _sentence: str) -> list[int]:
        if event.type == OTHER:
            return []
        return [
            k
            for k in verbs
            if any(event.type in (VERB_TYPE.get(f), NOUN_TYPE.get(f)) for f in forms[k])
        ]

    lemmas_of: dict[str, set[str]] = {}  # by sentence: a sentence tells several events

    def by_sentence(_event: FoundEvent, sentence: str) -> list[int]:
        told = lemmas_of.get(sentence)
        if told is None:
            told = lemmas_of[sentence] = set().union(*map(_lemmas, _WORD.findall(sentence)))
        return [k for k in verbs if verb_form(words[k].group().lower())[0] in told]

    # "Nikkei plunges 10.6 percent" over "The Nikkei has tumbled 10.6 percent on Tuesday":
    # a headline verb whose figure the lead sentence gives names that sentence's happening,
    # in other words; the first of the sentence's events that is no saying ("…, the union
    # said": what was said, when the sentence tells it)
    figures_at = {
        k: [
            re.compile(rf"(?<![\d.,]){re.escape(f)}(?![\d])")
            for f in _FIGURE.findall(title, words[k].end(), _end_of(words, k + 3, title))
            if sum(c.isdigit() for c in f) >= 2 and not _YEAR.fullmatch(f)
        ]
        for k in verbs
    }
    told_first: dict[str, FoundEvent] = {}
    for event, sentence in lead:
        first = told_first.get(sentence)
        if first is None or first.type == "statement" and event.type != "statement":
            told_first[sentence] = event

    def by_figure(event: FoundEvent, sentence: str) -> list[int]:
        if told_first.get(sentence) is not event:
            return []
        return [k for k in verbs if any(f.search(sentence) for f in figures_at[k])]

    found: list[FoundEvent] = []
    used: set[int] = set()  # headline words already matched
    for names_it in (by_trigger, by_type, by_sentence, by_figure):
        for event, sentence in lead:
            if len(found) == MOST_EVENTS:
                return tuple(found)
            if any(_same(event, e) for e in found):
                continue
            k = next((k for k in names_it(event, sentence) if k not in used), None)
            if k is None:
                continue
            used.add(k)
            found.append(
                replace(
                    event,
                    sent_start=0,
                    sent_end=len(title),
                    trigger=words[k].group(),
                    summary=title,
                    actors=tuple(dict.fromkeys((*names, *event.actors))),
                )
            )
    return tuple(found)


def _end_of(words: list[re.Match], k: int, title: str) -> int:
    """Where headline word `k` ends, or the headline if it has fewer words."""
    return words[k].end() if k < len(words) else len(title)


def _same(a: FoundEvent, b: FoundEvent) -> bool:
    return (a.type, a.date, a.dating) == (b.type, b.date, b.dating)

"""What an article has been talking about, carried from sentence to sentence.

- Who "he", "the company" and "the device" are: the last person, organisation and product
  named before (a rule of thumb that news prose mostly follows).
- The lead time: news leads with its main event ("Yesterday, … Jobs unveiled …"); later
  past-tense reports with no time of their own belong to it rather than to the publication
  date.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from dateline.store.dates import bounds
from dateline.store.extract.clauses import governed_by, says
from dateline.store.extract.lexicon import (
    ARTICLES_AND_POSSESSIVES,
    AUXILIARIES,
    BRIDGING_NOUNS,
    CLUB_NAME_TAILS,
    CONTEST_NAME_TAILS,
    DESCRIPTIONS,
    DOCUMENT_NAME_TAILS,
    EXPLETIVE_PREDICATES,
    FRONTED_OPENERS,
    FUNCTION_WORDS,
    IRREGULAR_DEMONYMS,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACES,
    PREPOSITIONS,
    PRODUCT_CLASSES,
    PRONOUNS,
    SHORT_NAMES,
    TITLE_ALIASES,
    UNIT_NOUNS,
    sectioned,
)
from dateline.store.extract.temporal.lexicon import by_first_letter
from dateline.store.text import ascii_words

_PERSON_WORDS = frozenset({"he", "she", "him", "his", "her", "hers"})
_PERSON_REF = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)
# "it said", "its 787": the organisation or product named last, whichever came later
_IT_WORDS = frozenset({"it", "its"})
_IT_REF = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"\s+(?:also\s+)?([a-z]+)")  # "it said", "it also noted"
# "the planemaker", "the new aircraft", "the fuel-efficient airliner", "this jet", "the
# Japanese carmaker": up to two lowercase or nationality modifiers between the determiner and
# the noun, the last noun the head ("the American computer company" is a company); not "the
# device's antenna" (a part of it, not it) nor "the animation company Pixar" (a description
# of the name after it); a product's plural names its units ("The first jets will be
# delivered in 2014", after an order for 787s)
# The modifiers are no function words: "said that should a manufacturer pay" describes no one.
_NOT_MODIFIERS = "|".join(
    map(re.escape, sorted(FUNCTION_WORDS | ARTICLES_AND_POSSESSIVES | AUXILIARIES | PRONOUNS))
)
# (It opens "[Tt]" and looks behind for the word's start, the same as "\b(?i:the|…)": only a
# T or a t opens the determiner, even case-blind. `re` tries the rest only where the text
# has one, not at every character. Its runs of spaces are possessive ("\s++"): what follows
# each starts with no space, so giving spaces back could never make a match; but trying
# that after "that" before a masked quote's blanks took twenty times a sentence's search.)
# a title alone opening a headline-like sentence, then its verb: "Governor says …"
_BARE_TITLE = re.compile(r"\W*([A-Z][a-z]+)\s+([a-z]+)\b")
_DESCRIPTION = re.compile(
    r"[Tt](?<!\w[Tt])(?i:he|his|hat|hese|hose)\s++(?:(?:(?!(?:"
    + _NOT_MODIFIERS
    + r")\b)[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|ic|i)|"
    + "|".join(sorted(IRREGULAR_DEMONYMS))
    + r")\s++){0,2}((?i:"
    + by_first_letter(sorted(DESCRIPTIONS, key=lambda w: len(re.escape(w)), reverse=True))
    + r"))(s?)\b(?!['’]|\s++[A-Z])"
)
# the word every `_DESCRIPTION` ends with: a description's last word, or its plural
_DESCRIPTION_WORDS = frozenset(
    w for d in DESCRIPTIONS for w in (d.split("-")[-1], d.split("-")[-1] + "s")
)
# "… of UN envoys", "… of the Zenith Group": after a description, the name that tells which
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# "the 787", "Boeing's 777", "its A380": a model number standing for the product named with it
_MODEL_REF = re.compile(r"\b(?:(?i:the|its)|\w+['’]s)\s+([A-Z]?\d{3}[A-Za-z0-9-]*)\b")
# in every match of it, and quick to look for: the end of "the", "its" or a possessive before
# the number ("in 2019" has none)
_MODEL_NUMBER = re.compile(r"[eEsS]\s++[A-Z]?\d{3}")  # (possessive: as `_DESCRIPTION`)
# the lower-case word right after a product's name: its class ("Trent 900 engines")
_CLASS_NOUN = re.compile(r"\s+([a-z]+)\b")
_MODEL_AT = re.compile(r"[A-Z]?\d{3}")  # where a model number a reference found starts
_CAPITALS = re.compile(r"[A-Z]{2}")
# "It is expected that …", "It was unclear on Monday whether …", "It remains to be
# seen …": an "it" that stands for no one
_EXPLETIVE = re.compile(
    r"(?i:it)\s+(?:is|was|'s|’s|will\s+be|would\s+be|has\s+been|had\s+been|seems|seemed|"
    r"remains|remained|appears|appeared)\s+(?:not\s+|yet\s+|still\s+|also\s+|"
    r"immediately\s+|now\s+)*(?:to\s+be\s+)?(?:" + "|".join(sorted(EXPLETIVE_PREDICATES)) + r")\b"
)
# "The take-off, at 08:30 UTC, was normal", "The first deliveries are due in 2008", "Its
# project has been plagued by strikes": a sentence opening with a happening's noun, whose doer
# is the thing in view (`BRIDGING_NOUNS`)
_BRIDGING_FORMS = {  # each noun and its plural ("deliveries") → the kind of its doer
    form: kind
    for noun, kind in BRIDGING_NOUNS.items()
    for form in (noun, noun[:-1] + "ies" if noun.endswith("y") else noun.removesuffix("s") + "s")
}
_BRIDGED = re.compile(
    r"\W*(?i:the|its|these|those)\s+(?:[a-z][\w-]*\s+){0,2}("
    + "|".join(sorted(_BRIDGING_FORMS, key=len, reverse=True))
    + r")\b(?!['’])"
)
_RECENT = 64  # names remembered for "the airline", "the 787"
# Given names that tell "he" from "she" (`bench/build_given_names.py`)
GIVEN_NAMES_PATH = Path(__file__).with_name("data") / "given_names.txt"
_SEX_WINDOW = 4  # people recently named among whom "she" looks past the men
_PRONOUN_SEX = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}


@lru_cache(maxsize=1)  # read when a pronoun is first resolved, not at import
def _given_names() -> dict[str, str]:
    return sectioned(GIVEN_NAMES_PATH)


def sex_of(name: str) -> str | None:
    """ "he" or "she" when the person's given name tells ("Nikki Haley": she), else None."""
    return _given_names().get(name.split()[0]) if " " in name else None


LEAD_WINDOW = timedelta(days=3)  # a lead event is at most this long before publication (a weekend)


_MODEL_VARIANT = re.compile(r"^[A-Za-z]?(\d{2,4})(?:-[A-Za-z0-9]+)?$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")  # a year written alone, not a model number


def model_core(word: str) -> str:
    """A model number without its maker's letter or its variant: "A380-800", "A380" and
    "380" are one model ("the Airbus 380"), as are "777-200LR" and "777"; not a year."""
    m = _MODEL_VARIANT.match(word)
    return m[1] if m and not YEAR.match(word) else word


@lru_cache(maxsize=1 << 14)
def kind_of(name: str) -> str:
    """person | product | org | document | contest, from the name's shape alone (cached:
    asked of the same names at every sentence). A document ("the Dodd-Frank Act") or a
    contest ("the Northern Cup") is no one a pronoun or a description takes up: what "she
    wrote" later is not the Act's, and "the club" that won is not the Cup."""
    words = name.split()
    if words and words[-1] in DOCUMENT_NAME_TAILS:
        return "document"
    if len(words) > 1 and words[-1] in CONTEST_NAME_TAILS:
        return "contest"
    if len(words) > 1 and (words[-1] in CLUB_NAME_TAILS or words[-1] in SHORT_NAMES):
        return "org"  # "Kestrel Rovers"; "Dallas Fed", a branch of the Fed
    if any(any(c.isdigit() for c in w) or (w[:1].islower() and w[1:2].isupper()) for w in words):
        return "product"
    if any(w.rstrip(".") in ORG_WORDS for w in words) or len(words) == 1 or name.isupper():
        return "org"
    if 2 <= len(words) <= 4 and all(_person_word(w) for w in words):
        return "person"
    return "org"


def _person_word(word: str) -> bool:
    """A word of a person's name: capitalised ("Jobs", "McCain", "W."), or a particle; an
    acronym or a lone letter ("Mac OS X", "PowerPC") names a thing, not a person."""
    if word in NAME_PARTICLES:
        return True
    if not word[:1].isupper() or _CAPITALS.search(word):
        return False
    return len(word) > 1


def _cued(name: str, cues: tuple[str, ...]) -> bool:
    """Does the name hold one of a description's cue words ("the airline": "Singapore
    Airlines", "Air China"; "Ryanair" ends in "air")? A word, not a part of one: "Airbus" is
    no airline."""
    words = name.split()
    if name in SHORT_NAMES:  # "the central bank" after "the Fed": the Federal Reserve
        words += SHORT_NAMES[name].split()
    return any(
        c in words or c.islower() and any(w.endswith(c) and w != c for w in words) for c in cues
    )


_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")


def _fronted_subject(masked: str, at: int, named: list[tuple[int, str]]) -> str | None:
    """The name a pronoun at `at` stands for when it is in a phrase put before the subject
    ("Before his move to Orbex, Lee ran a bank": Lee; "In its annual report, Zenith said":
    Zenith): the name that opens the clause after the phrase's comma (titles may come first:
    "After her election, Mayor Ann Lee said")."""
    first = _FIRST_WORD.match(masked)
    comma = masked.find(",", at)
    if first is None or first[1].lower() not in FRONTED_OPENERS or comma < 0:
        return None
    if "," in masked[:at]:
        return None  # "In May, Lee said his …": the pronoun is not in the opening phrase
    for a, name in named:
        gap = masked[comma + 1 : a].split()
        if a > comma and len(gap) <= 3 and all(w[:1].isupper() for w in gap):
            return name
    return None


class PastSetting(NamedTuple):
    """The past time a paragraph closed its story in ("… recalls the 2009 wreck of a ferry.
    That wreck killed 40."), the words naming its happening ("wreck"), and whether the
    paragraph's opening set it ("In 1958, …"): the next paragraph, undated, goes on in that
    time if it takes the happening up ("In the wreck, the captain had ignored a warning.")
    or, after such an opening, whatever it goes on about."""

    value: str
    nouns: frozenset[str]
    opened: bool


# The fields of `Discourse` that hold the story's time, not who it names
_TIME_FIELDS = (
    "lead", "lead_happened", "lead_spoken", "setting", "setting_speakers", "told", "occasion",
    "story_year", "setting_then", "writings", "scenes", "happened", "days_named", "heard_last",
    "said_on", "lead_ruled",
)  # fmt: skip


# A title in apposition to a name: "the mayor of Leeds, | Tom Hart", "Tom Hart|, the city's
# mayor", "Ann Cole|, a spokeswoman for the ministry" (the title word is checked against the
# person descriptions)
_TITLE_BEFORE = re.compile(r"\b(?i:the)\s+(?:[\w’'-]+\s+)?([a-z-]+)(?:\s+of\s+[^,;]{1,40})?,\s*$")
# between a title and the name it heads: a few words, no comma ("president and CEO")
_TITLE_GAP = re.compile(r"(?:\s+[\w&-]+){0,3}\s+")
_TITLE_GAP_CHARS = 30
_TITLE_AFTER = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?([a-z-]+)\b")


@dataclass
class Discourse:
    """Per-article state shared by the paragraphs' event finders."""

    dct: date | None = None
    lead: str | None = None
    # is the lead's day a happening's (a death, an attack, an accident), at no scene for
    # speaking? Then the story's undated sayings were made since, by publication
    lead_happened: bool = False
    # does the lead tell a scene for speaking (a debate, a hearing, a sitting) or a saying
    # it dates? Then the story's undated sayings were made there, however long ago
    lead_spoken: bool = False
    # does the lead tell a court's decision ("On Thursday the appeals court ruled …")? Then
    # what a party argued in the case was argued before that day (`sayings.case_made`)
    lead_ruled: bool = False
    # has a lead paragraph told its news as a happening under way ("Deputies are quitting
    # the sheriff's office.")? Then the next lead paragraph's undated past acts are
    # background to it, not more news of the day (`events._sentence_events`)
    lead_told: bool = False
    # does the lead tell of papers from the past made public ("Margaret Thatcher tried to
    # delay the exam, newly released files show")? Then the story's undated sayings are the
    # papers', made in the past the story has come to (`sayings.Report.of`), not at
    # publication; what is said to the paper keeps its day
    archive: bool = False
    setting: str | None = None  # the day of the story's occasion for speaking (a briefing)
    setting_speakers: frozenset[str] = frozenset()  # who spoke there
    told: str | None = None  # the time of the story's last dated sentence ("Then, …")
    # the day of the occasion the story tells, dated only after its lead ("Wednesday's
    # debate"): the lead time when the lead has none of its own
    occasion: str | None = None
    last: dict[str, str] = field(default_factory=dict)  # kind → last name of that kind
    in_story: bool = True  # False while reading a caption
    # the paragraph goes on with a text the story sets down, not the writer's ("Apple released
    # his e-mail, which reads: …" ¶ "I have asked Tim Cook to run the company"): its "I"
    # and "we" are the text's author's (`article.reproduces`)
    reproduced: bool = False
    # the year a paragraph's opening "In 2010, …" set its story in, for the next paragraph
    story_year: str | None = None
    # the past the last paragraph closed its story in, for the next paragraph
    setting_then: PastSetting | None = None
    # the writings the story dated, by their noun ("a 2015 report" → "report": "2015"): when
    # "the report said" what it said (`sayings.said_by_writing`)
    writings: dict[str, str] = field(default_factory=dict)
    # names in the order last mentioned (a dict: ordered, and its keys a set)
    seen: dict[str, None] = field(default_factory=dict)
    titled: dict[str, str] = field(default_factory=dict)  # "mayor" → "Bill de Blasio"
    # kind → the last name that opened a sentence or spoke: what "It said" and "the
    # brokerage said" take up, not a name met in passing ("…, it said, adding it hopes for
    # help from the RBI. “…,” it said": the speaker again, not the RBI)
    subjects: dict[str, str] = field(default_factory=dict)
    # the person who spoke last: who "he added" is, even when another was named since
    # ("Manning said … Kangaloo then cast her vote … He added …" is Manning)
    speaker: str | None = None
    # names the text shows to be organisations whatever their shape ("economists at
    # Goldman Sachs": not a person called Sachs)
    orgs: set[str] = field(default_factory=set)
    scenes: dict[str, str] = field(default_factory=dict)  # "flight" → the day it was told at
    # the story's happenings dated to a day, by their verb's happening (`retell.group_of`)
    # → that day ("Reid vanished on Saturday, October 12, 2013": "vanish" → 2013-10-12), for
    # "the night before he disappeared"
    happened: dict[str, str] = field(default_factory=dict)
    # the days the last paragraph named: a clock time alone may be on one of them
    # ("Starting on Sunday, the city library will close at night. | The library will shut
    # its doors at 11 p.m.")
    days_named: frozenset[str] = frozenset()
    # the time and speaker of the dated saying the last paragraph closed on ("In 2009, Ann
    # Lee told a magazine …"): the next paragraph's opening quote of hers was made then too
    heard_last: tuple[str, frozenset[str]] | None = None
    # who spoke to the paper ("Lee told Newsweek", "said in an interview"): their undated
    # sayings anywhere in the story were made for it, at publication (`extract.article`)
    interviewed: set[str] = field(default_factory=set)
    # … unless the story dated their saying ("Lee said yesterday"): the day each speaker
    # was heard on, by the paper's own words; what they told the paper was said then
    said_on: dict[str, str] = field(default_factory=dict)
    # a product → its class by the noun the story put after its name ("Trent 900 engines":
    # a part), so that "the aircraft" is not it
    classes: dict[str, str] = field(default_factory=dict)

    def times(self) -> dict[str, object]:
        """The story's time as the paragraphs so far have set it (`_TIME_FIELDS`), for an
        aside to leave as it found it (an embedded post: `article.extract`); who was named
        stays learnt."""
        return {name: copy(getattr(self, name)) for name in _TIME_FIELDS}

    def restore(self, times: dict[str, object]) -> None:
        for name, value in times.items():
            setattr(self, name, value)

    def entitle(self, sentence: str, names: list[tuple[int, int, str]]) -> None:
        """Remember who was named with a title ("Mayor Bill de Blasio", "Supt Ann Lake"), or
        in apposition with one ("the mayor of Leeds, Tom Hart", "Tom Hart, the city's
        mayor, said"), for "the mayor" later on."""
        if not self.in_story:
            return
        for at, end, name in names:
            before = sentence[max(0, at - 24) : at].split()
            title = before[-1].lower().rstrip(".") if before else ""
            title = TITLE_ALIASES.get(title, title)
            if DESCRIPTIONS.get(title, ("",))[0] != "person":
                # (an apposition is set off by a comma: looked for only then)
                apposed = (
                    before
                    and before[-1].endswith(",")
                    and _TITLE_BEFORE.search(sentence, max(0, at - 64), at)
                ) or (sentence.startswith(",", end) and _TITLE_AFTER.match(sentence, end))
                title = apposed[1].lower() if apposed else ""
            if DESCRIPTIONS.get(title, ("",))[0] == "person":
                self.titled[title] = name

    def references(self, masked: str, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Names that pronouns and definite descriptions in the sentence stand for, with
        where they are referred to: the last of their kind named before ("the planemaker",
        "the aircraft", "he", "its"), or for a model number the product named with it ("the
        787"). Not when the sentence has just named one of that kind itself ("Trump … his
        first actions" is Trump's; "He left Tim Cook in charge" is the earlier person's)."""
        out: list[tuple[int, str]] = []
        # most sentences hold no pronoun or description: looked for in their words first
        words = ascii_words(masked)

        def holds(wanted: frozenset[str]) -> bool:
            return words is None or not words.isdisjoint(wanted)

        def take(at: int, kind: str, name: str | None, noun: str = "") -> None:
            if name is None or any(
                a < at and self.kind(n) == kind and self.fits(n, noun) for a, n in named
            ):
                return
            out.append((at, name))

        for m in _PERSON_REF.finditer(masked) if holds(_PERSON_WORDS) else ():
            # "He added": the one who spoke last, if a "he"; else the last person named who
            # may be what the pronoun says ("Vivek Ramaswamy said … She told him" is not him)
            sex = _PRONOUN_SEX[m[0].lower()]
            fronted = _fronted_subject(masked, m.start(), named)
            if fronted and self.kind(fronted) == "person" and sex_of(fronted) in (None, sex):
                break  # "Before his move to Orbex, Lee ran a bank": Lee's, named already
            after = _NEXT_WORDS.match(masked, m.end())
            speaks = after is not None and says(after[1]) and m[0].lower() in ("he", "she")
            take(m.start(), "person", self._last_person(sex, speaks))
            break
        bare = _BARE_TITLE.match(masked)
        if bare and says(bare[2]) and DESCRIPTIONS.get(bare[1].lower(), ("",))[0] == "person":
            # "Governor says naming of Lewis is historic": a headline's bare title speaks,
            # the one named with it ("Governor Jay Inslee appointed …")
            take(bare.start(1), "person", self.titled.get(bare[1].lower()))
        described = None  # where the sentence first describes a thing ("the bank said")
        for m in _DESCRIPTION.finditer(masked) if holds(_DESCRIPTION_WORDS) else ():
            if m[1][:1].isupper():
                continue  # "the University of Akron": a name's word, not a description
            noun = m[1].lower()
            kind, cues = DESCRIPTIONS[noun]
            if m[2] and noun not in UNIT_NOUNS:
                continue  # "the companies", "the products": more than the last one named
            if kind == "person":  # "the mayor": the one named with that title, if any
                if not any(
                    0 < a - m.end() <= _TITLE_GAP_CHARS and _TITLE_GAP.fullmatch(masked, m.end(), a)
                    for a, _n in named
                ):  # not "The company president and CEO Louis Gallois said": his title
                    take(m.start(), kind, self.titled.get(noun))
                continue
            if kind == "org" and _OF_NAME.match(masked, m.end()):
                continue  # "the group of UN envoys said": the group the name tells, none before
            described = m.start() if described is None else described
            after = _NEXT_WORDS.match(masked, m.end())
            speaking = kind == "org" and after is not None and says(after[1])
            here = (  # read only for a description that speaks
                [
                    n
                    for a, n in named
                    if a < m.start()
                    and self._may_describe(n, cues)
                    and not governed_by(masked, a, PREPOSITIONS)
                ]
                if speaking
                else []
            )
            if here:
                # "Orbex Bank earned $2 billion, the company said", "Lee set up Vexa
                # Medicine, and the startup said …": the body this sentence has just
                # named speaks, not one named in an earlier sentence (nor one a preposition
                # governs: "In a paper in the Journal of Birds, the group describes …")
                out.append((m.start(), here[-1]))
            elif speaking and not cues:
                # "the brokerage said": the organisation in view
                take(m.start(), kind, self.subjects.get(kind) or self.last.get(kind))
            elif kind == "product":  # "the aircraft": the last product that may be one
                fitting = (n for n in reversed(self.seen) if self.kind(n) == kind)
                take(m.start(), kind, next((n for n in fitting if self.fits(n, noun)), None), noun)
            elif kind == "org" and not cues:
                # "Toyota said it had stopped selling eight models. The pedals were made by
                # CTS Corp. In November, the company recalled 4.2 million vehicles": the
                # body in view (that opened a sentence or spoke), not one met in passing
                take(m.start(), kind, self.subjects.get(kind) or self.last.get(kind))
            else:
                take(m.start(), kind, self._last_with(kind, cues))
        for m in _IT_REF.finditer(masked) if holds(_IT_WORDS) else ():
            if described is not None and described < m.start():
                break  # "the bank said, revising its view": the bank's
            if _EXPLETIVE.match(masked, m.start()):
                continue  # "It is likely that …": no one; a later "its" may be someone
            fronted = _fronted_subject(masked, m.start(), named)
            if fronted and self.kind(fronted) != "person":
                break  # "Despite its losses, Zenith hired": Zenith's, named already
            if any(
                a < m.start()
                and self.kind(n) != "person"
                and not governed_by(masked, a, PREPOSITIONS)
                for a, n in named
            ):
                break  # "The departure of the new Airbus A380 … a rearrangement of its
                # appearances": the thing the sentence has just named, already an actor
                # (not one a preposition governs: "Analysts at Acme said it would …")
            # "It said: …": a thing that speaks is an organisation, not a product, and the
            # one in view (that spoke or opened a sentence), not one met in passing
            after = _NEXT_WORDS.match(masked, m.end())
            if after and says(after[1]):
                take(m.start(), "org", self.subjects.get("org") or self.last.get("org"))
            elif not masked[: m.start()].strip() and self.subject_thing:
                # "It now expects …" opening a sentence: the thing in view
                take(m.start(), self.subject_thing, self.subjects[self.subject_thing])
            else:
                kind = self.latest_thing
                take(m.start(), kind, self.last.get(kind) if kind else None)
            break
        for m in _MODEL_REF.finditer(masked) if _MODEL_NUMBER.search(masked) else ():
            model = m[1]
            if YEAR.match(model):
                continue  # "launched its 2017 model": a year, not a model number
            core = model_core(model)
            if any(core in map(model_core, n.split()) for _a, n in named):
                continue  # "Boeing 787 … the 787": named in the sentence already
            name = next(
                (n for n in reversed(self.seen) if core in map(model_core, n.split())), None
            )
            if name is None:  # "Orbital said its 550-300 flew": the maker's model
                owner = m[0][: m.start(1) - m.start()].strip()
                if owner.lower() == "its":
                    owner = next((n for a, n in reversed(named) if a < m.start()), None)
                    owner = owner or self.last.get("org")
                    owner = owner if owner and kind_of(owner) == "org" else None
                elif owner.lower() == "the":
                    owner = None
                else:  # "Boeing's 777", "Airbus' A380"
                    owner = _POSSESSIVE_END.sub("", owner)
                name = f"{owner} {model}" if owner else None
            if name:
                out.append((m.start(1), name))
        if not out and not named and (m := _BRIDGED.match(masked)):
            # "The take-off was normal", after the A380 flew: the A380's take-off
            kind = _BRIDGING_FORMS[m[1].lower()]
            # "The ceremony drew 3,000 guests", after Vexa unveiled its X90: both took part
            for k in ("org", "product") if kind == "occasion" else (kind,):
                take(m.start(1), k, self.subjects.get(k) or self.last.get(k))
        return out

    def fits(self, name: str, noun: str) -> bool:
        """May the product `name` be what a description by `noun` ("the aircraft") takes
        up? Not one the story called another kind of thing ("Trent 900 engines")."""
        known, wanted = self.classes.get(name), PRODUCT_CLASSES.get(noun)
        return known is None or wanted is None or known == wanted

    def classify(self, masked: str, names: list[tuple[int, int, str]]) -> None:
        """Remember the class noun right after a product's name ("its 777 airliner", "the
        Trent 900 engines"; not a verb's object: "The Boeing 777 lost engine power")."""
        for _a, b, name in names:
            if self.kind(name) != "product":
                continue  # (asked first: most names are no product's, and it needs no search)
            m = _CLASS_NOUN.match(masked, b)
            if m is None:
                continue
            word = m[1]
            noun = word[:-1] if word.endswith("s") and word[:-1] in PRODUCT_CLASSES else word
            if noun in PRODUCT_CLASSES:
                self.classes[name] = PRODUCT_CLASSES[noun]

    def take_up(self, masked: str, referred: list[tuple[int, str]]) -> None:
        """A product taken up by its model number ("its 777 airliner": the Boeing 777) is
        named again: "the aircraft" of the next sentences is that one, not one named before."""
        models = [n for a, n in referred if _MODEL_AT.match(masked, a)]
        if models:
            self.mention(models)

    @property
    def story_time(self) -> str | None:
        """The time of the story's main event: its lead's, else its occasion's."""
        return self.lead or self.occasion

    def heard(self, speaker: str | None) -> None:
        """Remember who made the sentence's saying, if a person: "He added" is them."""
        if speaker and self.in_story and self.kind(speaker) == "person":
            self.speaker = speaker

    def _last_person(self, sex: str, speaks: bool = False) -> str | None:
        """Whom a pronoun of this sex stands for: the latest of the last few people named
        (the one who spoke last first, when the pronoun speaks) not known to be of the other
        sex."""
        # (the last few only: the story's whole list of names is not looked through)
        recent = list(
            islice((n for n in reversed(self.seen) if self.kind(n) == "person"), _SEX_WINDOW)
        )
        if speaks and self.speaker:
            recent.insert(0, self.speaker)
        return next((n for n in recent if sex_of(n) in (None, sex)), None)

    @property
    def latest_thing(self) -> str | None:
        """org or product, whichever was named last."""
        for name in reversed(self.seen):
            kind = self.kind(name)
            if kind != "person":
                return kind
        return None

    @property
    def subject_thing(self) -> str | None:
        """org or product, whichever was in view last."""
        return next((k for k in reversed(self.subjects) if k != "person"), None)

    def kind(self, name: str) -> str:
        """person | product | org | document: by the name's shape, unless the text said
        otherwise."""
        return "org" if name in self.orgs else kind_of(name)

    def _may_describe(self, name: str, cues: tuple[str, ...]) -> bool:
        """May a body's description ("the company", "the airline") take up this name of the
        sentence: a body's name, or one shaped like a person's whose first word is no given
        name ("Vexa Medicine"), holding the description's cue word if it has any?"""
        kind = self.kind(name)
        if kind == "person":
            if name.split()[0] in _given_names():
                return False  # "Ann Lee founded Vexa, and the startup said": not her
        elif kind != "org":
            return False
        return not cues or _cued(name, cues)

    def _last_with(self, kind: str, cues: tuple[str, ...]) -> str | None:
        if not cues:
            return self.last.get(kind)
        return next(
            (n for n in reversed(self.seen) if self.kind(n) == kind and _cued(n, cues)),
            None,
        )

    def mention(self, names: list[str], subjects: tuple[str, ...] = ()) -> None:
        """Remember the sentence's names as the latest of their kind, and those that open
        it (`subjects`) as the ones in view (not from captions, which stand outside the
        story's flow: "he" never means a photographer)."""
        if not self.in_story:
            return
        # a country that acts ("Wales banned …") is no company or group a later "it" or "the
        # group" stands for
        names = [n for n in names if n not in PLACES]
        subjects = tuple(n for n in subjects if n not in PLACES)
        for name in names:
            self.last[self.kind(name)] = name
            self.seen.pop(name, None)
            self.seen[name] = None  # now the latest
        if len(self.seen) > _RECENT:  # a 10 MB file of names must not grow this list
            del self.seen[next(iter(self.seen))]
        self.spoke(subjects)

    def spoke(self, names: tuple[str, ...] | list[str]) -> None:
        """Take these names (a sentence's subjects, a saying's speaker) as in view."""
        if self.in_story:
            for name in names:
                kind = self.kind(name)
                self.subjects.pop(kind, None)  # now the latest in view
                self.subjects[kind] = name

    def offer_setting(self, value: str, speakers: tuple[str, ...]) -> None:
        """Take the day of a dated occasion for speaking ("told a news conference on
        Thursday", "in an interview on Monday") as the day its speakers' later undated
        sayings were made on, if it is recent ("Israel asked …", three paragraphs after
        another's speech, was not said there)."""
        if is_recent(value, self.dct) and speakers:
            self.setting = value
            self.setting_speakers = frozenset(speakers)

    def offer_lead(
        self, value: str, happened: bool = False, spoken: bool = False, ruled: bool = False
    ) -> None:
        """Take a day from the first body paragraphs as the lead time, if it is recent;
        `happened`: the sentence dating it tells a happening (`lead_happened`); `spoken`: a
        scene for speaking or a saying on it (`lead_spoken`); `ruled`: a court's decision
        (`lead_ruled`)."""
        if not self.lead and (is_recent(value, self.dct) or _last_week(value, self.dct)):
            self.lead, self.lead_happened, self.lead_spoken = value, happened, spoken
            self.lead_ruled = ruled

    @property
    def sayings_time(self) -> str | None:
        """When the story's undated sayings were made: on the story's day ("Rivals clashed
        in Wednesday's debate" … "“…,” Haley said"; "The council voted on Monday" … "Lee
        said"), but at publication (None) when its lead tells a happening ("A shark bit a
        surfer on Sunday" … "“He was lucky,” a ranger said"): what is said of a death, an
        attack or an accident is said since, as the story is written. So too when working
        days lie between the lead's day and publication and no one spoke there ("When the
        mayor announced her bid last Tuesday …", in a profile out on Friday: "“She is
        tireless,” an aide said" was said for the profile)."""
        if self.lead and self.lead_happened:
            return None
        if self.lead and not self.lead_spoken and _workdays_between(self.lead, self.dct):
            return None
        return self.story_time


def _workdays_between(value: str, dct: date | None) -> int:
    """Weekdays strictly between the day `value` and publication: none for a story out the
    next day or after a weekend (Saturday's news on Monday), so still the story's day;
    some for one written days later (0 when either is no day)."""
    day = _day_of(value)
    if dct is None or day is None:
        return 0
    between = (day + timedelta(days=k) for k in range(1, (dct - day).days))
    return sum(d.weekday() < 5 for d in between)


def _day_of(value: str) -> date | None:
    """The day a value names ("2023-11-08"), else None (a week, a month, a span)."""
    if len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def is_recent(value: str, dct: date | None) -> bool:
    """Is `value` a day at most `LEAD_WINDOW` before publication (by day counts, not date
    arithmetic: `dct` may be 0001-01-01)?"""
    day = _day_of(value)
    return dct is not None and day is not None and 0 <= (dct - day).days <= LEAD_WINDOW.days


def _last_week(value: str, dct: date | None) -> bool:
    """Is `value` the week before publication's ("refused last week to hear …")?"""
    if dct is None or "-W" not in value:
        return False
    span = bounds(value)
    return span is not None and 0 < (dct - span[1]).days <= 7


def speaker_of(actors: tuple[str, ...] | list[str]) -> str | None:
    """Who speaks in a saying, from its actors: the first person named (actors come in the
    sentence's order, the speaker's before those around the saying)."""
    return next((a for a in actors if kind_of(a) == "person"), None)

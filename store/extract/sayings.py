"""When a saying was made and whose it is: the dated occasion an undated "said" belongs to
(a press conference, a scene, a writing the story dated), sayings made to this paper or
another, and words of speaking that report nothing ("declined to comment", "as he put
it"). A statement with no date of its own is dated at publication; these find the ones
the story sets elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from dateline.store import dates
from dateline.store.extract.clauses import (
    nonrestrictive,
    says,
)
from dateline.store.extract.dating import (
    Narrative,
    anchor_value,
    attributive,
)
from dateline.store.extract.discourse import Discourse, is_recent, kind_of
from dateline.store.extract.grammar import DOCUMENT, OPENS_WITH, in_any
from dateline.store.extract.lexicon import (
    BEFORE_AN_ASIDE_SAYING,
    CASE_MADE,
    COURTS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EXPERT_TITLES,
    LANGUAGES,
    MEDIUM_NOUNS,
    MEDIUM_PARTICIPLES,
    NEGATIONS,
    OCCASIONS,
    PERSONAL_SUBJECTS,
    REFUSING,
    REPORTED_CONDITIONS,
    RULING_NOUNS,
    RULINGS,
    SAYING_ASIDES,
    SPEAKING_SCENES,
    SPEECH_REFUSED,
    SUBORDINATORS,
)
from dateline.store.extract.sentence import (
    FoundEvent,
    Sentence,
)
from dateline.store.extract.taxonomy import (
    REPORTING_VERBS,
)
from dateline.store.extract.temporal import Timex
from dateline.store.extract.verbs import (
    VERB_FORMS,
    guess_form,
    verb_form,
)

# A saying made to the reporter, for this story: at publication, not at the lead's event.
_TO_THE_PAPER = re.compile(
    r"\b(?:in\s+an?\s+(?:phone\s+|telephone\s+|email\s+|e-mail\s+)?interview|told\s+(?:the\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\b(?!\s+(?:that|on|in)\b)"
    r"|(?:did\s+not|didn['’]t)\s+(?:respond|reply)\s+to|could\s+not\s+be\s+reached"
    # "said in an email", "wrote in a text message", "said by phone": answers to the reporter
    # (not "said in an email to staff": a message of the story's own)
    r"|(?:said|says|wrote|writes)\s+(?:in\s+an?\s+(?:e-?mail|text\s+message|phone\s+call)"
    r"|(?:by|via)\s+(?:e-?mail|phone|telephone))\b(?!\s+to\b))",
)


# One of these is in every `_TO_THE_PAPER` match (a case-sensitive pattern): looked for
# first, as few sentences hold any and the pattern is slow to rule out at every word
_TO_THE_PAPER_WORDS = (
    "interview",
    "told",
    "respond",
    "reply",
    "reached",
    "mail",
    "message",
    "phone",
)


def said_to_the_paper(masked: str) -> bool:
    """Was the sentence's saying made to the reporter (`_TO_THE_PAPER`)?"""
    return any(map(masked.__contains__, _TO_THE_PAPER_WORDS)) and bool(_TO_THE_PAPER.search(masked))


def expert_comment(masked: str) -> bool:
    """Is the sentence's saying an expert's the story asked for ("Tom Preston, a professor of
    communication at Easton College, said the debate changed nothing", "said Ann Ruiz, an
    economist with Acme")? Made to the reporter, as the story was written; not one told to
    someone else ("told the committee")."""
    return (
        any(map(masked.__contains__, EXPERT_TITLES))
        and _EXPERT.search(masked) is not None
        and "told" not in masked
    )


# "…, a professor of …, said", "said Ann Ruiz, an economist …": the title in apposition
_AN_EXPERT = r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(EXPERT_TITLES) + r")s?"
_EXPERT = re.compile(
    rf",\s+{_AN_EXPERT}\s+(?:of|at|with|for|in)\b[^.;]*?\b(?:said|says|added|noted|explained)\b"
    rf"|\b(?:said|says)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{1,3}},\s+{_AN_EXPERT}\b"
)


_MEDIUM_PREPOSITIONS = frozenset({"in", "via", "through"})


_SPEAKING_SCENE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, SPEAKING_SCENES)) + r")s?\b", re.IGNORECASE
)


def spoken_what(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does "speak" at `i` take what is spoken, a language or a manner ("spoke no English",
    "speaks Mandarin", "speaks like no other"), rather than tell a saying ("spoke Tuesday
    at the White House", "spoke briefly to reporters", "spoke by phone")?"""
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    low = nxt.lower()
    # ("everyone who speaks/understands the language": a list of abilities)
    return low in NEGATIONS or low in DETERMINERS or low in ("like", "/") or nxt in LANGUAGES


def within_saying(sent: Sentence, said_at: int, i: int) -> bool:
    """Is the verb at token `i` within what the speech verb at offset `said_at` reports
    ("claimed that he was alive and that Ray told them …")? Not after a speech verb with no
    subject ("When asked whether the bridge would reopen, Minister Ann Lake replied …": she
    answers what she was asked)."""
    j = next((k for k, t in enumerate(sent.tokens) if t[0] == said_at), None)
    if j is None or j >= i or j == 0 or sent.tokens[j - 1][2].lower() in SUBORDINATORS:
        return False
    lo, hi = sent.reported_at(j)
    return lo <= sent.tokens[i][0] < hi


def which_medium(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` one that only says which medium a saying of its sentence
    was made in ("Ruiz said in a short video released on Sunday", "wrote in a letter posted
    last week")? The video's release is the saying's occasion, no happening of its own."""
    word = tokens[i][2].lower()
    if word not in MEDIUM_PARTICIPLES or i < 3 or tokens[i - 1][2].lower() not in MEDIUM_NOUNS:
        return False
    for k in range(i - 2, max(-1, i - 6), -1):  # "in a three-minute video"
        if tokens[k][2].lower() in _MEDIUM_PREPOSITIONS:
            # the saying's verb right before, or before whom it was made to ("apologized
            # to his former colleagues in a video released over the weekend")
            for j in range(k - 1, max(-1, k - _MEDIUM_REACH), -1):
                word = tokens[j][2]
                if guess_form(word)[0] in REPORTING_VERBS:
                    return True
                if not word[:1].isalnum() or j < k - 1 and word.lower() in VERB_FORMS:
                    return False
            return False
    return False


_MEDIUM_REACH = 6  # words back from "in a video" to the saying's verb, at most


def to_speak(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "declined to comment", "refused to say whether …": what a spokesman says by not
    saying, told to the reporter like any saying of the story."""
    if i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "to":
        return False
    word = tokens[i + 2][2].lower()
    return word in REPORTING_VERBS or word in SPEECH_REFUSED


_REFUSING_STEMS = tuple(lemma.removesuffix("e") for lemma in REFUSING)  # "declin", "refus"


def refuses_to_speak(sent: Sentence) -> bool:
    """Does the sentence decline to say something ("A spokesman declined to comment")? (The
    verbs' stems, "declin" and "refus", are looked for first: few sentences hold one, and
    every form the verb table or `guess_form` reads holds its stem.)"""
    low = sent.lowered
    if low is not None and not any(stem in low for stem in _REFUSING_STEMS):
        return False
    tokens = sent.tokens
    return any(
        to_speak(tokens, k) and guess_form(tokens[k][2])[0] in REFUSING
        for k in range(len(tokens) - 2)
        if tokens[k + 1][2] == "to"  # (filtered in the loop: most words are before no "to")
    )


# a quotation right after a verb, past a colon or comma ("Lee continued: “…”"), or one
# closing with its comma at most two words before it ("“…,” she continued")
_QUOTE_AFTER = re.compile(r"\s*[:,]?\s*[\"“‘]")


_QUOTE_BEFORE = re.compile(r"[,.!?]?[\"”’]\s*(?:[\w’'-]+\s+){0,2}$")


# set off by commas with its speaker, inside what is said: "The bank, he continued, sells …"
_ASIDE_BEFORE = re.compile(r",\s*(?!(?:who|which|that)\b)(?:[\w’'.-]+\s+){1,3}$", re.IGNORECASE)


def quoted_on(text: str, start: int, end: int) -> bool:
    """Does the verb at text[start:end] go on with a quotation ("Lee continued: “…”", "“…,”
    she continued"), or stand in what is said ("The bank, he continued, sells forex")? The
    sentence's own text: its masked copy blanks what is quoted."""
    return bool(
        _QUOTE_AFTER.match(text, end)
        or _QUOTE_BEFORE.search(text, max(0, start - 30), start)
        or text.startswith(",", end)
        and _ASIDE_BEFORE.search(text, max(0, start - 30), start)
    )


_SAID_BY = PERSONAL_SUBJECTS - {"i", "we"}  # "he said", "said she": someone told of already


def told_another_outlet(sent: Sentence, report: Report) -> bool:
    """Is "he told the Porto Gazette" the outlet a saying the paragraph dated in the past was
    made to ("Late in 2012 Ortega admitted the bakery was losing money. “We cannot keep the
    ovens on,” he told the Porto Gazette.")? Then it was said then, not to the reporter at
    publication: an undated saying by a pronoun right after a past dated one of the
    paragraph, or the one the paragraph before closed on (`Report.said`)."""
    return report.said is not None and not sent.calendar and said_by_pronoun(sent)


def told_a_person(sent: Sentence, discourse: Discourse) -> bool:
    """Is whom "told" names a person, not an outlet ("“Leave my brother out of this,” she
    told Diaz": one debater to another, at the debate; "she told Reuters" is the press)?"""
    for k, (_a, _end, word) in enumerate(sent.tokens):
        if word.lower() == "told" and k + 1 < len(sent.tokens):
            nxt = sent.tokens[k + 1][0]
            named = next((n for a, _b, n in sent.names if a == nxt), None)
            if named is not None:
                return discourse.kind(named) == "person"
    return False


def said_by_pronoun(sent: Sentence) -> bool:
    """Does someone already told of speak in the sentence ("“…,” she said", "He added that
    …"): a reporting verb next to "he", "she" or "they"?"""
    tokens = sent.tokens
    for k, (_a, _b, word) in enumerate(tokens):
        if VERB_FORMS.get(word.lower(), ("", ""))[0] in REPORTING_VERBS and any(
            0 <= j < len(tokens) and tokens[j][2].lower() in _SAID_BY for j in (k - 1, k + 1)
        ):
            return True
    return False


def answered(tokens: list[tuple[int, int, str]]) -> bool:
    """Does a sentence opened by "Asked …" go on to a saying after a comma ("Asked about
    the delay, the minister said …")?"""
    comma = next((k for k, t in enumerate(tokens) if t[2] == ","), None)
    return comma is not None and any(
        verb_form(t[2])[0] in REPORTING_VERBS for t in tokens[comma + 1 :]
    )


def said_on_scene(
    events: list[FoundEvent], discourse: Discourse, dct_value: str | None
) -> list[FoundEvent]:
    """The sayings dated at publication of a sentence spoken at the scene of the lead's
    happening, at its day; the speakers' later sayings too (`Discourse.offer_setting`)."""
    day = discourse.lead
    scene = [
        e
        for e in events
        if e.type == "statement" and e.dating == "inferred" and e.date == dct_value
    ]
    if not day or not scene:
        return events
    discourse.offer_setting(day, tuple(a for e in scene for a in e.actors[:1]))
    moved = {id(e): replace(e, date=day, start=day, end=day) for e in scene}
    return [moved.get(id(e), e) for e in events]


def said_at_occasion(events: list[FoundEvent], occasion: FoundEvent) -> list[FoundEvent]:
    """ "Speaking at a press conference on Friday, Ortiz said …": one saying, made at the
    dated occasion. The speech verb's entry takes the occasion's date (it has the quote and
    the speaker) and the occasion's noun entry goes; a sentence with no undated speech verb
    keeps the occasion ("held a briefing on Friday")."""
    spoken = [
        e
        for e in events
        if e.type == "statement" and e.dating != "explicit" and says(e.trigger.lower())
    ]
    if not spoken:
        return events
    dated = {
        id(e): replace(
            e, date=occasion.date, dating="explicit", start=occasion.start, end=occasion.end
        )
        for e in spoken
    }
    return [dated.get(id(e), e) for e in events if e is not occasion]


def last_heard(
    sent: Sentence,
    events: list[FoundEvent],
    heard: tuple[str, frozenset[str]] | None,
    discourse: Discourse,
    dct_value: str | None,
) -> tuple[str, frozenset[str]] | None:
    """The time and speaker of the paragraph's last dated saying after a sentence's
    `events`, for its next undated ones (`heard` before the sentence): a saying dated at
    another time than the story's and publication's ("In 2009, Ann Lee told a magazine …",
    "Last week, Mayor Reed told councillors …"; a recent day is the story's occasion,
    `Discourse.setting`). Not a saying inside what is said ("told councillors the agency
    asked in September"). A sentence dated otherwise moves the paragraph on ("In 2011, Lee
    moved to Ohio.")."""
    for e in events:
        if (
            e.type == "statement"
            and e.actors
            and e.dating in ("explicit", "inferred")
            and e.date
            and e.date not in (dct_value, discourse.story_time, discourse.setting)
            and not is_recent(e.date, discourse.dct)
            and not in_any(sent.masked.find(e.trigger), sent.reported_spans())
        ):
            # its speaker, not the outlet named first ("In a 2004 interview with Radio
            # Nord, Dorn explained …": Dorn's next sayings were made then, not Radio Nord's)
            return e.date, _dated_speakers(e)
    if heard and any(e.dating == "explicit" and e.date != heard[0] for e in events):
        return None
    return heard


# the noun of an occasion for speaking ("hearing", "briefing", "conference"), an event's trigger
# (not "release": "the June 24 release of the album" is no occasion for speaking)
_OCCASION_NOUNS = frozenset(o.split()[-1] for o in OCCASIONS) - {"release"}


def at_occasion(
    sent: Sentence, events: list[FoundEvent], dct_value: str | None
) -> tuple[str, frozenset[str]] | None:
    """The day and the people of an occasion for speaking that a sentence dates and puts
    them at, saying nothing itself ("At a June 24 hearing, Rep. Ann Lowe pushed for a faster
    return to the office."): what they go on to say in the paragraph ("“…,” she said") was
    said there, that day, not at publication (`Report.said`). Not a day at publication."""
    for e in events:
        if (
            e.dating == "explicit"
            and e.trigger.lower() in _OCCASION_NOUNS
            and e.date != dct_value
            and dates.DAY.fullmatch(e.date or "")
        ):
            # (who is there, not whose the occasion is: "at a hearing in Lee's committee")
            people = frozenset(
                n
                for _a, b, n in sent.names
                if kind_of(n) == "person" and not sent.masked.startswith(("’s", "'s"), b)
            )
            return (e.date, people) if people else None
    return None


def _dated_speakers(e: FoundEvent) -> frozenset[str]:
    """Who made a dated saying, for their next sayings of the paragraph: its speaker; one
    described, not named ("In 2009 the veteran coach spoke to Field Weekly …", speaker ""),
    is any person among its actors -- the outlet comes first, but the coach the text named
    before is there too, and "“…,” he said" next is the coach's."""
    if e.speaker:
        return frozenset([e.speaker])
    if e.speaker == "":
        people = [a for a in e.actors if kind_of(a) == "person"]
        if people:
            return frozenset(people)
    return frozenset(e.actors[:1])


def said_by_writing(
    sent: Sentence, events: list[FoundEvent], discourse: Discourse, dct_value: str | None
) -> list[FoundEvent]:
    """An undated saying of a writing the story dated before ("According to a 2015 report by
    the audit office, the board borrowed $40 million. … The cranes never worked, the report
    said."): the report said it when it came out, not on the story's day. (The sentence's
    own dated writings are remembered first, for the sentences after it; an undated one of
    the same noun is another: "A new report out on Monday …, the report said" is today's.)"""
    if discourse.writings:
        for m in _NEW_WRITING.finditer(sent.masked):
            discourse.writings.pop(m.group(1).lower(), None)
    for t in sent.calendar:
        if noun := writing_year(sent.masked, t):
            discourse.writings[noun] = anchor_value(t)
    if not discourse.writings:
        return events
    now = {dct_value, discourse.story_time}
    out = []
    for e in events:
        if e.type == "statement" and e.dating == "inferred" and e.date in now:
            m = _BY_WRITING.search(sent.masked)
            while m and e.trigger not in (m.group("before"), m.group("after")):
                m = _BY_WRITING.search(sent.masked, m.end())
            noun = m and (m.group("noun") or m.group("noun2")).lower()
            value = discourse.writings.get(noun) if noun else None
            if value and value[:4] <= (dct_value or value)[:4]:
                e = replace(e, date=value)
        out.append(e)
    return out


def writing_year(masked: str, t: Timex) -> str | None:
    """The noun of the writing whose year (day) `t` is ("according to a 2015 report", "A
    2012 paper found"; not "In March the audit found")."""
    m = DOCUMENT.match(masked, t.end)
    if m and (attributive(masked, t) or OPENS_WITH.fullmatch(masked, 0, t.start)):
        return m.group().split()[-1].lower()
    # "disclosed the permit in a filing Friday afternoon": the writing, then its day
    after = _WRITING_THEN_DAY.search(masked, max(0, t.start - 30), t.start)
    return after.group(1).lower() if after else None


# "the report said", "said the report": the writing that makes a saying
_WRITINGS = "|".join(sorted(DOCUMENT_NOUNS))


_BY_WRITING = re.compile(
    rf"\b(?:the|that|this)\s+(?P<noun>{_WRITINGS})\s+(?P<after>\w+)"
    rf"|\b(?P<before>\w+)\s+(?:in\s+)?(?:the|that|this)\s+(?P<noun2>{_WRITINGS})\b",
    re.IGNORECASE,
)
# a writing with its day right after it: "in a filing (on) Friday", "a memo dated May 3"
_WRITING_THEN_DAY = re.compile(
    rf"\b(?:a|an|the|its|their|his|her)\s+({_WRITINGS})\s+(?:on\s+|dated\s+)?$", re.IGNORECASE
)


_NEW_WRITING = re.compile(rf"\b(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?({_WRITINGS})\b", re.IGNORECASE)


# a patient's state put before a time: "was in fair condition (on) Sunday afternoon", "remained
# stable late Monday", "were listed in critical but stable condition as of Friday"
_CONDITION_BEFORE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:listed\s+)?(?:in\s+)?"
    r"(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:" + "|".join(REPORTED_CONDITIONS) + r")"
    r",?\s+(?:(?:on|as\s+of|late|early)\s+)?$",
    re.IGNORECASE,
)


def condition_day(sent: Sentence, i: int, dct_value: str) -> str | None:
    """The day a saying reports a patient's state as of ("A hospital spokesman said the diver
    was in fair condition on Sunday afternoon"): a hospital's update tells how someone is as
    it is given, so the day the state holds on is the day it was said, not publication's (a
    saying with no such time, or a time of a happening, "said the diver was hurt on Sunday",
    keeps its own). A recent day only, up to publication."""
    lo, hi = sent.reported_at(i)
    for t in sent.calendar:
        if not lo <= t.start < hi:
            continue
        day = anchor_value(t)
        if (
            dates.DAY.fullmatch(day)
            and day <= dct_value
            and is_recent(day, date.fromisoformat(dct_value))
            and _CONDITION_BEFORE.search(sent.masked, max(lo, t.start - 60), t.start)
        ):
            return day
    return None


@dataclass(frozen=True, slots=True)
class Report:
    """When an undated saying was made: at the dated occasion its speaker spoke at ("said
    in a speech on Thursday" … "Lee added"), not at another speaker's; else at the
    story's time for sayings (`Discourse.sayings_time`); else at publication."""

    discourse: Discourse | None = None
    told: Narrative | None = None  # "At the time, Martin warned …": that time, for anyone
    said: tuple[str, frozenset[str]] | None = None  # the paragraph's dated saying, by whom
    heard_on: dict[str, str] | None = None  # to the paper: the day each speaker talked

    def keeps_time_told(self, speakers: tuple[str, ...] = ()) -> bool:
        """Is the time of the `speakers`' sayings not fixed otherwise (by "At the time", the
        paper's interview, a dated occasion of theirs)? Another speaker's dated saying fixes
        only theirs ("With the 2001 crash the boom ended. “…,” declared the minister. The
        banker admitted in testimony that …": the banker too spoke then)."""
        return (
            self.told is None
            and self.heard_on is None
            and (self.said is None or not self.said[1].intersection(speakers))
        )

    def sayings_time(self) -> str | None:
        return self.discourse.sayings_time if self.discourse else None

    def of(self, speakers: tuple[str, ...]) -> Narrative:
        if self.told is not None:
            return self.told
        if self.heard_on is not None:
            # the speaker's day, not that of another name of the sentence ("Tom Preston, a
            # professor, also said Haley was strong": not the day Haley spoke)
            day = self.heard_on.get(speakers[0]) if speakers else None
            return Narrative(day, "inferred") if day else Narrative()
        d = self.discourse
        if d is None:
            return Narrative()
        if self.said and self.said[1].intersection(speakers):
            return Narrative(self.said[0], "inferred")
        if d.setting and d.setting_speakers.intersection(speakers):
            return Narrative(d.setting, "inferred")
        if (
            d.archive
            and d.told
            and d.dct
            and d.told[:4].isdigit()
            and int(d.told[:4]) < d.dct.year - 1
        ):
            # "… newly released files show. ¶ … on March 6 Joseph wrote to her … ¶ Joseph
            # said that pupils were simply ranked": the papers' saying, made then; in its
            # month, as papers undated in the story may be of another day of it
            return Narrative(d.told[:7], "inferred")
        day = d.sayings_time
        return Narrative(day, "inferred") if day else Narrative()


def spoken_lead(masked: str, events: list[FoundEvent], day: str) -> bool:
    """Does a lead sentence dating `day` tell a scene for speaking ("Senators clashed at
    Tuesday's sitting") or a saying on it ("The minister told the house on Tuesday …")?
    See `Discourse.lead_spoken`."""
    return _SPEAKING_SCENE.search(masked) is not None or any(
        e.type == "statement" and e.dating == "explicit" and e.date == day for e in events
    )


def ruling_lead(sent: Sentence, events: list[FoundEvent], day: str) -> bool:
    """Does a lead sentence dating `day` tell a court's decision on it ("On Thursday the
    appeals court ruled the landlord liable", "A jury convicted the driver on Friday")? A
    verb of deciding (`RULINGS`) dated that day, in a sentence that names a court (not
    "Researchers found on Monday …"). See `Discourse.lead_ruled`."""
    return not COURTS.isdisjoint(sent.lows) and any(
        e.date == day and verb_form(e.trigger.lower())[0] in RULINGS for e in events
    )


def case_made(sent: Sentence, i: int, lemma: str, report: Report) -> str | None:
    """The day of the court's decision the lead told, when the saying at `i` is a party's
    case made before it ("On Thursday the appeals court ruled the landlord liable. … The
    landlord argued it owed nothing": argued in the case, before Thursday): a verb of making
    a case (`CASE_MADE`) in a story whose lead is a decision (`Discourse.lead_ruled`). Not
    the court's own reasoning ("The judge argued …") nor a saying about the decision
    ("Critics argued the ruling would raise rents": after it)."""
    d = report.discourse
    if (
        lemma not in CASE_MADE
        or d is None
        or not d.lead_ruled
        or not d.lead
        or not RULING_NOUNS.isdisjoint(sent.lows)
        or not COURTS.isdisjoint(sent.lows[max(0, i - 3) : i])
    ):
        return None
    return d.lead


def saying_aside(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` in a set phrase of `SAYING_ASIDES` standing alone between commas or
    at an edge of the sentence ("All told, …", "…, having said that, …")?"""
    edges = (",", ";", "—", "–", ".", "(", ")")
    verb = tokens[i][2].lower()
    for phrase in SAYING_ASIDES:
        words = phrase.split()
        if verb not in words:
            continue  # a phrase the verb is no word of cannot hold it
        for s in range(max(0, i - len(words) + 1), i + 1):
            e = s + len(words)
            if e > len(tokens) or [t[2].lower() for t in tokens[s:e]] != words:
                continue
            if (s == 0 or tokens[s - 1][2] in edges) and (
                e == len(tokens) or tokens[e][2] in edges
            ):
                return True
    return False


def commented(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Is the verb at `i` in what a comment opening its clause judges ("It's odd that fans
    praise the stadium", "It is no surprise that critics say …"): "it" and "is"/"was", then a
    "that" before the verb?"""
    words = [t[2].lower().replace("’", "'") for t in tokens[start:i]]
    if not words or words[0] not in ("it", "it's"):
        return False
    if words[0] == "it" and (len(words) < 2 or words[1] not in ("is", "was")):
        return False
    return "that" in words[2:]


def said_in_an_aside(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the saying at `i` told in a relative clause set off by commas, the sentence going on
    to a deed of its subject ("Twice the panel, which said the bridge was safe, lost the vote.",
    "Ruiz, who warned that rents would rise, won the seat")? The aside recalls what was said
    some time before the deed the sentence tells, not a saying of the story's day (not "…,
    said Ruiz, who added that …": no deed follows)."""
    k = i - 1
    if k > 0 and tokens[k][2].lower() in BEFORE_AN_ASIDE_SAYING:
        k -= 1  # "Ruiz, who had warned …", "the panel, which once said …"
    if k < 1 or not nonrestrictive(tokens, k):
        return False
    close = next((k for k in range(i + 1, len(tokens)) if tokens[k][2] == ","), None)
    if close is None or close + 1 >= len(tokens):
        return False
    lemma, form = verb_form(tokens[close + 1][2].lower())
    return form == "past" and lemma not in REPORTING_VERBS

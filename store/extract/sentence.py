"""One sentence as the event finder reads it: its quotes masked, its names found and
aliased, its calendar dates, whom it names or refers to; and, for an event found in it,
who takes part (the subject first, a saying's speaker) and the line that sums it up.

`events` walks a paragraph's sentences and decides which words are events and when; this
module holds what it asks of one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field, replace
from functools import lru_cache

from dateline.store import dates
from dateline.store.extract.actors import (
    LEGAL_FORMS,
    ActorIndex,
    candidate_names,
    is_initial,
    may_relate,
    only_relates,
    works_at,
)
from dateline.store.extract.clauses import (
    leaves_quote_open,
    mask_quotes,
    may_quote,
    name_text,
    reported_span,
    tokenise,
)
from dateline.store.extract.dating import (
    as_periods,
    calendar_timexes,
    with_nearest_day,
)
from dateline.store.extract.discourse import Discourse, kind_of, sex_of
from dateline.store.extract.lexicon import (
    ADVERBS,
    AUXILIARIES,
    COORDINATORS,
    CORE_TITLES,
    DETERMINERS,
    KIN_NOUNS,
    NOT_MODIFIED_NOUNS,
    NOT_NAMES,
    OWNING_MARKS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    PRONOUNS,
    SEXED_PRONOUNS,
    SPOKEN_TO_VERBS,
    SUBJECT_CLAUSE_OPENING,
    SUBORDINATORS,
)
from dateline.store.extract.summaries import (
    attributed_quote,
    employer_title,
    find_speaker,
    governed,
    summarise,
)
from dateline.store.extract.taxonomy import REPORTING_VERBS
from dateline.store.extract.temporal import Timex
from dateline.store.extract.verbs import (
    VERB_FORMS,
    ly_adverb,
    past_adverbs_back,
)
from dateline.store.formats.article import dateline_end

_SPEAKER_REACH = 60  # characters after a speech verb its speaker may start within


@dataclass(frozen=True, slots=True)
class FoundEvent:
    """An event as a sentence tells it: where (the sentence's offsets in its paragraph), the
    word that tells it, its type, date with bounds and the reason for it (`dating`), its line
    and who takes part."""

    sent_start: int  # offsets of the source sentence in the paragraph
    sent_end: int
    trigger: str
    type: str
    date: str | None
    start: str | None
    end: str | None
    dating: str
    summary: str
    actors: tuple[str, ...]
    # the speaker of a speech verb's saying as the sentence names them or takes them up
    # ("she said"); "" for someone it does not name ("One reader wrote that Lind looked
    # tired"); None when unclear or no speech verb tells the event. Within an article one
    # speaker's sayings of a day are one statement (`db.statements`): a reader quoted
    # about Lind is not Lind
    speaker: str | None = None

    def on(self, value: str, dating: str | None = None) -> FoundEvent | None:
        """This event dated `value`, with the bounds it gives (and `dating`, if another);
        None when `value` has no bounds to give."""
        bounds = dates.bounds(value)
        if bounds is None:
            return None
        start, end = bounds[0].isoformat(), bounds[1].isoformat()
        return replace(self, date=value, start=start, end=end, dating=dating or self.dating)


# (a tuple of names: a reading is cached and shared by every copy of its sentence)
Reading = tuple[str, tuple[tuple[int, int, str], ...]]

# a title that tells the person's sex, just before a surname ("Ms Hall", "Mr. Ruiz")
_SEX_TITLE = re.compile(r"\b(?:(?P<she>Ms|Mrs|Miss)|(?P<he>Mr))\.?\s+$")


def _of_titled_sex(masked: str, at: int, name: str, full: str) -> str:
    """The person a surname after "Ms" or "Mr" stands for: the full name the story gave,
    unless its given name is of the other sex ("Peter Hall died. … His daughter Emma said …
    Ms Hall added": not Peter Hall); then the surname alone."""
    if full == name or " " in name or full.rsplit(" ", 1)[-1] != name:
        return full  # (a family name written first is no given name: "Mrs Dai", Dai Shuqin)
    m = _SEX_TITLE.search(masked, max(0, at - 6), at)
    sex = sex_of(full) if m else None
    if sex is None or (sex == "she") == (m["she"] is not None):
        return full
    return name


_WORD_AT = re.compile(r"[\w'’.-]+")
_LAST_WORD = re.compile(r"([A-Za-z'’]+)$")
_VERB_GROUP_WORDS = AUXILIARIES | ADVERBS  # "has been", "had also" before a speech verb
_WORD_END = re.compile(r"[A-Za-z][A-Za-z'’]*$")  # a word, not a closing quote mark
_NAME_AT = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")
_NO_HEAD = PRONOUNS | SUBJECT_CLAUSE_OPENING | PREPOSITIONS | DETERMINERS | {"that", "this"}
_APPOSITION_OPENING = re.compile(r",\s*(?:[Tt]he\s+)?")  # ", Fjord Bank," ", the Orbex Labs,"
_CLAUSE_VERBS = AUXILIARIES - ADVERBS  # "Lee was hurt, rescuers …": a verb group before
# a kin noun after a possessive ("his mother", "Ann's lawyer"), up to two describing words between
_KIN_AT = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(KIN_NOUNS)) + r")\b")


@lru_cache(maxsize=4096)
def read_sentence(sentence: str) -> Reading:
    """The sentence with its quotes masked, and the names it gives (before aliasing): read
    once, for the article's aliases first and its events after. Cached: wire copies and
    boilerplate repeat sentences across the articles of an import."""
    masked = mask_quotes(sentence)
    return masked, tuple(candidate_names(name_text(masked)))


def read_paragraph(text: str, spans: list[tuple[int, int]]) -> list[Reading]:
    """`read_sentence` of each sentence, with a quote that runs on over sentences
    ("“We get along. She ran the drills, I picked the team. …”") masked
    in the sentences it holds whole: what they say is the saying's, not a happening told."""
    out: list[Reading] = []
    open_quote = False
    for s, e in spans:
        sentence = text[s:e]
        if open_quote and not may_quote(sentence):
            out.append((" " * len(sentence), ()))
            continue
        out.append(read_sentence(sentence))
        # a quote left open runs on (to the next paragraph, as news writes long quotes),
        # unless its mark is a figure's inches ("a 6" pipe burst"), a stray one
        at = max(sentence.rfind('"'), sentence.rfind("“"))
        open_quote = leaves_quote_open(sentence) and not (at > 0 and sentence[at - 1].isdigit())
    return out


# between two names of one subject: "Jonny Bairstow and David Warner", "Ann, Tom and Eve",
# "Acme Corp and Zenith" (a name's legal form is not in the name)
_COORDINATED = re.compile(rf"['’]?s?(?:\s+{LEGAL_FORMS}\.?)?\s*(?:,\s*|\s+(?:and|&)\s+)")
# "…, said Justice Secretary Ann Lake": a title after the verb opens its speaker
_TITLE_NEXT = re.compile(
    rf"\s+(?:{'|'.join(map(re.escape, sorted(CORE_TITLES, key=len, reverse=True)))})(?!\w)"
)


# Between a person who opens a clause and a name in what describes them, not the subject:
# an apposition ("Ana Ruiz, a Lakeside nurse who …, said"; "Ed Lund, a former Navy pilot")
# or a phrase a preposition opens ("Jo Obi from the charity Clean Coasts told", "Ed Vance of
# the Kent and Essex Police said")
_APPOSED = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){0,3}")
_POSTMODIFIED = re.compile(
    r"\s+(?:of|from|at|with|for)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}"
    r"(?:[A-Z][\w'’.-]*\s+(?:and|&)\s+)?"
)
_HEAD_NOUN = re.compile(r"\s+[a-z]")  # "a Lakeside nurse": the name modifies a noun
_TITLE_WORDS = re.compile(r"(?:\s*[A-Z][\w.’'-]*)*$")  # "Detective Sergeant" before a name


def _quoted_text(sentence: str, masked: str) -> str:
    """What the sentence quotes, in place, all else blanked: the characters `mask_quotes`
    changed. It changes them to spaces only, so the quote's characters are the sentence's
    under the masked text's spaces (read a run of unmasked characters at a time, not a
    character at a time)."""
    parts = []
    at = 0
    for m in _UNMASKED.finditer(masked):
        parts += (sentence[at : m.start()], " " * (m.end() - m.start()))
        at = m.end()
    parts.append(sentence[at:])
    return "".join(parts)


_UNMASKED = re.compile(r"[^ ]+")
# the lowercase forms of the verbs that report speech ("said", "tells"): where a sentence
# reports (`Sentence.reported_spans`), found without a look-up of every word's form
_REPORTING_FORMS = frozenset(w for w, (lemma, _f) in VERB_FORMS.items() if lemma in REPORTING_VERBS)


def _common(word: str) -> bool:
    """Is a word before a speech verb a common noun, not a name: lowercase ("…, police
    said"), or a capitalised word that is never a name by itself or a bare title, as at the
    head of a sentence ("Officials said …", "Critics argue …", "Governor says …")."""
    return word.islower() or word in NOT_NAMES or word in CORE_TITLES


@lru_cache(maxsize=4096)
def words_of(
    masked: str,
) -> tuple[tuple[tuple[int, int, str], ...], tuple[str, ...], str | None]:
    """A masked sentence's tokens, each one's word lowercase, and the text lowercase when it
    is ASCII (`Sentence`): of the text alone, so cached for the copies of a sentence that
    wire copies and boilerplate repeat across the articles of an import."""
    tokens = tuple(tokenise(masked))
    return tokens, tuple(t[2].lower() for t in tokens), masked.lower() if masked.isascii() else None


@dataclass
class Sentence:
    """One sentence of a paragraph, with quotes masked and its names and dates found."""

    start: int
    end: int
    text: str
    masked: str
    calendar: list[Timex]  # calendar time expressions outside quotes, sentence offsets
    names: list[tuple[int, int, str]]
    mentions: list[tuple[int, str]]  # (offset, actor) named or referred to
    _reported: list[tuple[int, int]] | None = None
    _said: dict[int, tuple[int, int]] = field(default_factory=dict)  # by speech verb
    # `_speaker` by speech verb: asked for its actors, its speaker and the saying's date
    _speakers: dict[int, tuple[str, tuple[int, str] | None]] = field(default_factory=dict)
    # `speech_actors` by speech verb: asked when the saying is dated and when its entry is made
    _speech: dict[int, tuple[str, ...]] = field(default_factory=dict)
    speakers: list[str] = field(default_factory=list)  # who speaks in its sayings
    quoted: list[str] = field(default_factory=list)  # products its quotes are about
    # Of the masked text alone, read once (`words_of`): its tokens; each one's word lowercase
    # (the event finder and the verb tests it asks compare lowercase words, of every token
    # and of each one's neighbours, many times); and the text lowercase when it is ASCII
    # (its offsets then the masked text's), else None: where words are looked for in
    # stretches of it (`figures.statistic`), with no stretch lowercased each time
    tokens: list[tuple[int, int, str]] = field(init=False)
    lows: list[str] = field(init=False)
    lowered: str | None = field(init=False)

    def __post_init__(self) -> None:
        tokens, lows, self.lowered = words_of(self.masked)
        self.tokens, self.lows = list(tokens), list(lows)  # copies: the cached tuples stay

    @classmethod
    def read(
        cls,
        text: str,
        start: int,
        end: int,
        timexes: list[Timex],
        actor_index: ActorIndex,
        discourse: Discourse,
        reading: Reading | None = None,
    ) -> Sentence:
        sentence = text[start:end]
        masked, found = reading or read_sentence(sentence)
        local = [
            Timex(t.start - start, t.end - start, t.text, t.type, t.value, t.mod)
            for t in timexes
            if start <= t.start < end and not masked[t.start - start].isspace()
        ]
        names = [
            (a, b, _of_titled_sex(masked, a, n, actor_index.canonical(n))) for a, b, n in found
        ]
        story = dateline_end(sentence)  # "BEAVERTON -- Nike gave …": the place is no actor
        spans = [(a, b, n) for a, b, n in names if a >= story and actor_index.is_actor(n)]
        placed = [(a, n) for a, _b, n in spans]
        named = [n for _a, n in placed]
        for a, _b, n in found:
            role = works_at(masked, a)
            employer = actor_index.employer(n, role) if role else None
            if employer:
                discourse.orgs.add(employer)
        discourse.classify(masked, [(a, b, n) for a, b, n in names if a >= story])
        referred = [(a, actor_index.canonical(n)) for a, n in discourse.references(masked, placed)]
        quoted: list[str] = []
        if masked != sentence:
            # a product a quote names or refers to is what its saying is about ("'We plan
            # to fly the X200 to Lima,' said Lee": the X200 takes part in Lee's saying); not
            # a person or a body named in it, who may be anyone the speaker talks of
            quote = _quoted_text(sentence, masked)
            found_in = [
                (a, actor_index.canonical(n)) for a, _b, n in candidate_names(name_text(quote))
            ]
            about = found_in + discourse.references(quote, found_in)
            quoted = [
                n
                for a, n in sorted(about)
                if a >= story and discourse.kind(n) == "product" and actor_index.is_actor(n)
            ]
        discourse.entitle(masked, spans)
        # who opens the sentence is in view ("Infosys beat forecasts … It said …")
        opening = tuple(n for a, n in placed + referred if is_initial(masked, a))
        discourse.mention(named, opening)
        discourse.take_up(masked, referred)
        # "Orbex rival Zenith won": Zenith takes part, Orbex only tells who Zenith is
        related = (
            {a for a, b, _n in names if only_relates(masked, a, b)}
            if names and may_relate(masked)
            else ()
        )
        mentions = [m for m in placed if m[0] not in related] + referred
        return cls(
            start,
            end,
            sentence,
            masked,
            as_periods(with_nearest_day(calendar_timexes(local)), masked),
            names,
            mentions,
            quoted=quoted,
        )

    @property
    def actors(self) -> tuple[str, ...]:
        """Everyone the sentence names or refers to, named ones first."""
        return tuple(dict.fromkeys(n for _a, n in self.mentions))

    def reported_at(self, i: int) -> tuple[int, int]:
        """`reported_span` of the speech verb at token `i` (read once: its entry, its actors
        and the sentence's reported spans all ask)."""
        span = self._said.get(i)
        if span is None:
            span = self._said[i] = reported_span(self.tokens, i)
        return span

    def reported_spans(self) -> list[tuple[int, int]]:
        """What the sentence's speech verbs report ("said that …"), as offsets (read once)."""
        if self._reported is not None:
            return self._reported
        spans = self._reported = []
        for k, low in enumerate(self.lows):
            if low in _REPORTING_FORMS:
                lo, hi = self.reported_at(k)
                if hi > lo:
                    spans.append((lo, hi))
        return spans

    def clause_actors(self, at: int) -> tuple[str, ...]:
        """Who takes part in an event said to happen ("Lopez announced that the bridge will
        close": the bridge, not Lopez): those named in what is reported, when the event is
        in it; else everyone the sentence names."""
        for lo, hi in self.reported_spans():
            if lo <= at < hi:
                return tuple(dict.fromkeys(n for a, n in self.mentions if lo <= a < hi))
        return self.actors

    def _end_of(self, mention: tuple[int, str]) -> int:
        """Where a mention's words end: a name's end, or a pronoun's ("he")."""
        at = mention[0]
        end = next((b for a, b, _n in self.names if a == at), None)
        if end is None:  # a pronoun or a description: up to its word's end
            space = self.masked.find(" ", at)
            end = space if space >= 0 else len(self.masked)
        return end

    def speech_actors(self, i: int) -> tuple[str, ...]:
        """Who takes part in the act of saying: not those named only in what is said ("Jobs
        said that iPhone 4 had been out for 22 days", "…, said Mike Gikas"), who take
        part in the reported events instead; the speaker first (`_speaker`)."""
        found = self._speech.get(i)
        if found is None:
            found = self._speech[i] = self._speech_actors(i)
        return found

    def _speech_actors(self, i: int) -> tuple[str, ...]:
        lo, hi = self.reported_at(i)
        verb = self.tokens[i][0]
        outside = [
            (a, n)
            for a, n in self.mentions
            if not lo <= a < hi and not (a < verb and self._kin_owner(a))
        ]  # "his mother said": not he
        where, mention = self._speaker(i)
        if where == "before":
            outside.remove(mention)
            outside.insert(0, mention)
        elif where == "inside" and mention is not None:
            outside.insert(0, mention)
        elif where == "after" and mention in outside:  # "…, said Lakeside Mayor Tom Hart"
            outside.remove(mention)
            outside.insert(0, mention)
        return tuple(dict.fromkeys([*(n for _a, n in outside), *self.quoted]))

    def speaker(self, i: int) -> str | None:
        """Who makes the saying told by the speech verb at token `i`: as the sentence names
        them or takes them up ("she said"); "" for someone it does not name, told by a
        common noun as the verb's subject ("One reader wrote that Lind looked tired": a
        reader, not Lind, whom the saying is about; "…, police said"); None when unclear."""
        _where, mention = self._speaker(i)
        if mention is not None:
            return mention[1]
        k = past_adverbs_back(
            self.tokens, i - 1
        )  # "officials also said", "the reader angrily wrote"
        if k >= 0 and self.masked[self.tokens[k][1] : self.tokens[i][0]].strip() == "":
            word = self.tokens[k][2]
            if word.isalpha() and word.lower() not in PRONOUNS and _common(word):
                return ""
        at = self.tokens[i][0]
        if not self.text[:at].rstrip().endswith((",", '"', "”", "’", "'")):
            return None
        if VERB_FORMS.get(self.tokens[i][2].lower(), ("", ""))[0] in SPOKEN_TO_VERBS:
            return None  # "…, she told Reuters": whom she spoke to
        # "…,” said Harbour Police detective Ed Ruiz", "declared French President Ana Vidal",
        # "said a tired Ed Ruiz": the person after the verb and the words that lead to
        # them, else the body ("said the charity Aid for Rivers")
        lo, hi = self.reported_at(i)
        end = self.tokens[i][1]
        after = [
            n
            for a, n in sorted(self.mentions)
            if end < a <= end + _SPEAKER_REACH
            and not lo <= a < hi
            and "," not in self.masked[end:a]
            # not what the saying is about ("…, talked about the sinking of Flight 80")
            and PREPOSITIONS.isdisjoint(self.masked[end:a].split())
        ]
        return next((n for n in after if kind_of(n) == "person"), after[0] if after else None)

    def _speaker(self, i: int) -> tuple[str, tuple[int, str] | None]:
        if i not in self._speakers:
            self._speakers[i] = self._find_speaker(i)
        return self._speakers[i]

    def _possessor(self, a: int, verb: int) -> bool:
        """Does the mention at `a` own the subject of the verb at `verb` rather than be it: "His
        lawyer, Sam Okoye, said", "Lee's lawyer Ann Cole said" (the lawyer speaks, not Lee)?
        A possessive with a name of the subject after it; alone ("Levy's office said") the
        owner stands for who speaks."""
        end = self._possessive_end(a)
        if end is None:
            return False
        if _KIN_AT.match(self.masked, end):
            return True  # "“He was a good son,” his mother said": she speaks, not he
        return any(end < b < verb for b, _n in self.mentions)

    def _kin_owner(self, a: int) -> bool:
        """Is the mention at `a` a possessive whose kin ("his mother", "Lee's lawyer")
        follows it: another person than the one it names?"""
        end = self._possessive_end(a)
        return end is not None and _KIN_AT.match(self.masked, end) is not None

    def _possessive_end(self, a: int) -> int | None:
        """Where the possessive that the mention at `a` is ends ("his", "Ann Lee's": the
        name's last word), else None."""
        word = _WORD_AT.match(self.masked, a)
        if word is None:
            return None
        end = word.end()
        if word[0].lower() in POSSESSIVE_DETERMINERS or self.masked.startswith(
            POSSESSIVE_ENDINGS, end
        ):
            return end
        rest = _NAME_AT.match(self.masked, a)  # "Ann Lee's lawyer": the name's last word
        end = rest.end() if rest else end
        return end + 2 if self.masked.startswith(POSSESSIVE_ENDINGS, end) else None

    def _modifier(self, mention: tuple[int, str], at: int) -> bool:
        """Is a person's name before a speech verb only a word of its subject that says whose
        the speaker is ("An unnamed Marlow campaign staffer said", "a senior Ferro adviser
        said"): a few common nouns follow the name up to the verb, so the staffer speaks,
        not Marlow; no verb nor a word that opens a clause ("Lee caused a stir when she
        said"). An organisation's name so used stands for who speaks ("a Zenith spokesman
        said"), and words of the verb group are no nouns ("Marlow also said", "Marlow
        herself has said")."""
        end = self._end_of(mention)
        if (
            kind_of(mention[1]) != "person"
            or self.masked[mention[0] : end] != mention[1].split()[-1]
        ):
            return False  # a person's surname, as news names them ("Harbour Trust analysts")
        lead = _LAST_WORD.search(self.masked[: mention[0]].rstrip())
        if lead is None or not (lead[1].islower() or lead[1] in ("A", "An", "The")):
            return False  # "Mr. Lund …", "Park officials …": the subject's head, not a word in it
        if any(mention[0] < t.start < at for t in self.calendar):
            return False  # "Lund last week said"
        gap = self.masked[end:at].split()
        return _modified_nouns(gap, VERB_FORMS) and not any(map(ly_adverb, gap))

    def _describes_subject(self, a: int) -> bool:
        """Is the mention at `a` a word of what describes the person who opens the clause,
        right before it ("Ana Ruiz, a Lakeside nurse who saw the crash, said"; "Jo Obi from
        the charity Clean Coasts told", "Ed Vance of the Kent and Essex Police said"), so
        that the person speaks, not the place or the body? The person opens the sentence
        or a clause after a comma, titles aside (not "After meeting Ann Lee, a Zenith
        lawyer said": the lawyer's subject is the Zenith one)."""
        # past a name a preposition governs ("of the Kent and Essex Police": Kent)
        earlier = [m for m in self.mentions if m[0] < a and not governed(self.masked, m[0])]
        if not earlier:
            return False
        p = max(earlier)
        if kind_of(p[1]) != "person":
            return False
        head = _TITLE_WORDS.sub("", self.masked[: p[0]].rstrip()).rstrip()
        if head and not head.endswith(","):
            return False
        gap_start = self._end_of(p)
        if _POSTMODIFIED.fullmatch(self.masked, gap_start, a):
            return True
        end = next((e for b, e, _n in self.names if b == a), None)
        return (
            end is not None
            and _APPOSED.fullmatch(self.masked, gap_start, a) is not None
            and _HEAD_NOUN.match(self.masked, end) is not None
        )

    def _find_speaker(self, i: int) -> tuple[str, tuple[int, str] | None]:
        """Where the speaker of the speech verb at token `i` is, and their mention: the
        subject, the name nearest before the verb outside what is said ("Guinea has been
        hit, the WHO said"; "Dana's lawyer Paul Okafor said"), before an apposition closed
        just before the verb ("Ford, which makes the F-150, said"; "Ann Cole, a spokeswoman
        for Nina Hale, said"): "before"; a name between what is said and the verb ("…, she
        is qualified, Jo Lane, a law professor at Kestrel, told AP": what is said ends at
        the comma before the one who says it): "inside"; else "after" the verb ("…, said the
        agency", with no mention: the speaker is not named)."""
        lo, hi = self.reported_at(i)
        at = self._subject_end(self.tokens[i][0])
        before = [  # by place: a pronoun's or a description's mention comes after the names
            (a, n)
            for a, n in sorted(self.mentions)
            if not lo <= a < hi
            and a < at
            and not governed(self.masked, a)
            and not self._possessor(a, self.tokens[i][0])
            and not self._modifier((a, n), at)
            and not self._describes_subject(a)
        ]
        if not before and at < self.tokens[i][0]:
            # "Head of the Zone Authority, Gary Scott, added": no subject before the
            # apposition (a name after "of" is whom the title is of), so the name in it
            before = [
                (a, n)
                for a, n in self.mentions
                if at < a < self.tokens[i][0] and not lo <= a < hi and not governed(self.masked, a)
            ]
            if before:
                return "inside", before[-1]
        if before and at < self.tokens[i][0] and before[-1][1].split()[-1] in CORE_TITLES:
            # "Kenyan President, Ruth Maina, said": a bare title, and the apposition the name
            named = [
                (a, n)
                for a, n in self.mentions
                if at < a < self.tokens[i][0] and not lo <= a < hi and kind_of(n) == "person"
            ]
            if named:
                return "inside", named[0]
        if before and at < self.tokens[i][0] and self._heads_noun(before[-1], at):
            # "The Nordic lender, Fjord Bank, warned", "The Zenith unit, Orbex Labs, said":
            # the name before the apposition only modifies its common noun; the
            # apposition gives that noun's name, who speaks
            named = [
                (a, n)
                for a, n in self.mentions
                if at < a < self.tokens[i][0]
                and not lo <= a < hi
                and _APPOSITION_OPENING.fullmatch(self.masked, at, a)
            ]  # the name opens the apposition (not ", included in a filing by Lee,")
            if named:
                return "inside", named[0]
        sex = self._pronoun_subject(i)
        if sex and before and kind_of(before[-1][1]) != "person":
            # "Lee tried to call through her Zenith phone, which, she said, was dead": "she"
            # is a person, the last the sentence names, not the maker named nearer the verb
            people = [
                m for m in before if kind_of(m[1]) == "person" and sex_of(m[1]) in (None, sex)
            ]
            if people:
                return "before", people[-1]
        if before:
            start = self._common_subject(i)
            if start is not None and before[-1][0] < start:
                # "The bridge shut after Lee's crash, and residents said …": the subject
                # is a common noun, a name before it (in another clause) is not who speaks
                return "inside", None
            return "before", before[-1]
        after = self._speaker_after(i)
        if lo < hi and after is None:
            opening = self.masked.rfind(",", 0, at) + 1
            inside = [
                (a, n)
                for a, n in self.mentions
                if opening <= a < at and lo <= a < hi and not governed(self.masked, a)
            ]
            return "inside", inside[-1] if inside else None
        return "after", after if isinstance(after, tuple) else None

    def _pronoun_subject(self, i: int) -> str | None:
        """ "he" or "she" when that pronoun is the subject right before the speech verb at
        token `i` ("which, she said, was", "he also told"), else None."""
        k = i - 1
        while k >= 0 and (self.lows[k] in _VERB_GROUP_WORDS or ly_adverb(self.tokens[k][2])):
            k -= 1
        if k < 0 or self.lows[k] not in SEXED_PRONOUNS:
            return None
        return (
            self.lows[k] if self.text[self.tokens[k][1] : self.tokens[k + 1][0]].isspace() else None
        )

    def _heads_noun(self, mention: tuple[int, str], at: int) -> bool:
        """Do one to three common nouns follow the mention up to `at` ("the Nordic lender", "a
        Zenith unit"), so that the name only says which one is meant?"""
        return _modified_nouns(self.masked[self._end_of(mention) : at].split(), COORDINATORS)

    def _common_subject(self, i: int) -> int | None:
        """Where the subject of the speech verb at token `i` starts when its head is a common
        noun right before the verb ("…, residents said", "when council staff warned", "an
        official close to the inquiry told the paper"): the start of its noun phrase,
        with the phrases its prepositions open ("close to the inquiry") and the names joined
        to it ("Lee and other residents said"), back to a punctuation mark, a word that
        opens a clause or a verb; else None (a name or a pronoun heads it, or no word is
        right before the verb)."""
        tokens, lows, text = self.tokens, self.lows, self.text
        timed = [(t.start, t.end) for t in self.calendar if t.end <= tokens[i][0]]
        k = i - 1
        while k >= 0 and (
            lows[k] in _VERB_GROUP_WORDS
            or ly_adverb(tokens[k][2])
            or any(a <= tokens[k][0] < b for a, b in timed)  # "Lee last week said"
            or lows[k] in PREPOSITIONS
            and any(a == tokens[k + 1][0] for a, _b in timed)  # "Lee on Monday said"
        ):
            k -= 1  # "residents have also said"
        if k < 0 or not all(text[tokens[j][1] : tokens[j + 1][0]].isspace() for j in range(k, i)):
            return None  # "the article “…” argued": a quote between
        word = tokens[k][2]
        if (
            not word.isalpha()
            or k
            and not text[tokens[k][0] - 1].isspace()  # a piece of a word a broken character cuts
            or lows[k] in _NO_HEAD
            or not _common(word)
            or VERB_FORMS.get(lows[k], ("", ""))[1] == "past"
        ):
            return None  # "Lee quit and said", "Lee, who said": no noun before the verb
        ends = {b for _a, b, _n in self.names}
        while k > 0:
            prev, gap = tokens[k - 1], text[tokens[k - 1][1] : tokens[k][0]]
            if not (
                gap.isspace()
                and (prev[2][:1].isalnum() or prev[2] in OWNING_MARKS)
                or not gap
                and tokens[k][2] in OWNING_MARKS  # "Lee's", "Jones'"
            ):
                break  # a punctuation mark, or a quote
            if lows[k - 1] in COORDINATORS and k > 1 and tokens[k - 2][1] in ends:
                k -= 1  # "Ann Lee and other residents said": she speaks too
            elif lows[k - 1] in SUBJECT_CLAUSE_OPENING or lows[k - 1] in _CLAUSE_VERBS:
                break
            elif VERB_FORMS.get(lows[k - 1], ("", ""))[1] == "past":
                break  # "Lee quit and staff said …", "Lee left the firm staff said"
            k -= 1
        return tokens[k][0]

    def _speaker_after(self, i: int) -> tuple[int, str] | bool | None:
        """The speaker's mention when it comes after the speech verb at token `i` ("…, said
        Justice Secretary Ann Lake"), True when title words follow but no name the sentence
        gives, None when no speaker follows. A name after "told" or "asked" is whom the
        speaker speaks to."""
        if VERB_FORMS.get(self.tokens[i][2].lower(), ("", ""))[0] in SPOKEN_TO_VERBS:
            return None
        head = self.masked[: self.tokens[i][0]].rstrip()
        while (word := _LAST_WORD.search(head)) and word[1].lower() in _VERB_GROUP_WORDS:
            head = head[: word.start()].rstrip()  # "…, also said Ann Lake"
        if _WORD_END.search(head):
            # a subject before the verb ("Officials said Kell had resigned", "Farm groups
            # have said Kell …"): the name after it is whom the saying is about
            return None
        end = self.tokens[i][1]
        mentions = sorted(self.mentions)
        for k, (a, n) in enumerate(mentions):
            # the name right after the verb, or after title words ("Justice Secretary")
            gap = self.masked[end:a].split()
            if end < a <= end + 40 and all(w[:1].isupper() for w in gap):
                return self._titled_after((a, n), mentions[k + 1 : k + 2]) or (a, n)
        return True if _TITLE_NEXT.match(self.masked, end) else None

    def _titled_after(
        self, mention: tuple[int, str], following: list[tuple[int, str]]
    ) -> tuple[int, str] | None:
        """The person a body or a place right after a speech verb only tells the title of
        ("…,” said Harbour Police detective Ed Ruiz", "declared Freedonian President Ana
        Vidal", "said Lakeside Mayor Tom Hart": Ruiz, Vidal and Hart speak): the next name,
        a person's, when only title words lie between; else None. A body's name may look
        like a person's ("said Blue Heron CEO Ann Lee"): then a title's word tells."""
        if not following:
            return None
        a, n = following[0]
        gap = self.masked[self._end_of(mention) : a]
        if kind_of(n) != "person" or not employer_title(gap):
            return None
        if kind_of(mention[1]) == "person" and CORE_TITLES.isdisjoint(gap.split()):
            return None  # "…, said Ann Lee": no title after her
        return a, n

    def _subject_end(self, at: int) -> int:
        """Where the subject of the verb at `at` ends: before an apposition that the comma
        just before the verb, or before its auxiliaries, closes ("Ravi Menon, the Seaway
        Lines chief, has been speaking": Menon speaks, not the line), else at the verb."""
        head = self.masked[:at].rstrip()
        while True:  # past "has been", "had also": the verb group's words
            word = _LAST_WORD.search(head)
            if word is None or word[1].lower() not in _VERB_GROUP_WORDS:
                break
            head = head[: word.start()].rstrip()
        if not head.endswith(","):
            return at
        opening = head.rfind(",", 0, len(head) - 1)
        return opening if opening > 0 else at

    def event_actors(self, i: int, lemma: str, narrow_at: int | None = None) -> tuple[str, ...]:
        """Who takes part in the event whose trigger is token `i`: its subject first, the
        name its clause (from `narrow_at`) gives nearest before the verb outside a
        preposition's phrase ("…a move to Sevilla but Ceballos ruled that out": Ceballos,
        then Sevilla), or the first of names joined by "and" ("Both Sam Ode and
        Lee Hart scored": Ode)."""
        if lemma in REPORTING_VERBS:
            return self.speech_actors(i)
        at = self.tokens[i][0]
        actors = self.clause_actors(at)
        if narrow_at is None or len(actors) < 2:
            return actors
        before = [
            (a, n)
            for a, n in sorted(self.mentions)
            if narrow_at <= a < at and n in actors and not governed(self.masked, a)
        ]
        if not before:
            return actors
        k = len(before) - 1  # the nearest before the verb, or the first of "X and Y"
        while k and _COORDINATED.fullmatch(self.masked, self._end_of(before[k - 1]), before[k][0]):
            k -= 1
        subject = before[k][1]
        if subject == actors[0]:
            return actors
        return (subject, *(n for n in actors if n != subject))

    def event(
        self,
        i: int,
        etype: str,
        value: str | None,
        dating: str,
        span: tuple[int, int],
        narrow_at: int,
        lemma: str = "",
    ) -> FoundEvent:
        at, end, word = self.tokens[i]
        bounds = dates.bounds(value)
        speaker = find_speaker(self.names, self.masked, narrow_at, at, end)
        speech = lemma in REPORTING_VERBS
        if speech:  # the first named or referred to before the verb, outside what is said
            lo, hi = self.reported_at(i)
            first = min(
                ((a, n) for a, n in self.mentions if a < at and not lo <= a < hi), default=None
            )
            if first is not None:
                self.speakers.append(first[1])
        quote = attributed_quote(self.text, at, end) if speech else None
        if quote and quote in self.text[:at]:
            # "“…,” Mia Tran, a geologist at a state university, told": the
            # first name after the quote speaks, not the last before the verb
            after = self.text.index(quote) + len(quote)
            between = [
                n for a, _b, n in self.names if after <= a < at and not governed(self.masked, a)
            ]
            # a person before the place or body a title names ("…,” Freedonia coast-
            # guard chief Ana Putri said": not Freedonia)
            people = [n for n in between if kind_of(n) == "person"]
            speaker = next(
                iter(people or between),
                # "…,” said Tom Ray: the name after the verb; "…,” a source close to
                # Vargas said: no name speaks
                speaker if any(n == speaker for a, _b, n in self.names if a >= end) else None,
            )
        return FoundEvent(
            sent_start=self.start,
            sent_end=self.end,
            trigger=word,
            type=etype,
            date=dates.timex_value(value),
            start=bounds[0].isoformat() if bounds else None,
            end=bounds[1].isoformat() if bounds else None,
            dating=dating,
            summary=summarise(self.text, span, narrow_at, at, word, speaker, quote, speech),
            actors=self.event_actors(i, lemma, narrow_at),
            speaker=self.speaker(i) if speech else None,
        )


_NOT_A_MODIFIED_NOUN = _VERB_GROUP_WORDS | NOT_MODIFIED_NOUNS | SUBORDINATORS | PREPOSITIONS


def _modified_nouns(words: list[str], also_not: Container[str] = ()) -> bool:
    """Are `words` one to three lowercase common nouns that a name before them modifies
    ("Harbour Trust analysts", "the Nordic lender"): no verb-group word, preposition or
    subordinator among them, nor a word of `also_not`?"""
    return 0 < len(words) <= 3 and all(
        w.isalpha() and w.islower() and w not in _NOT_A_MODIFIED_NOUN and w not in also_not
        for w in words
    )

"""One statement quoted sentence after sentence is one timeline entry.

A story quotes its speakers again and again ("…," Schumer said. … "…," he added. … Schumer
also said …): each quote is a saying the extraction finds, on the same day, by the same
speaker, and a reader counts them as one statement. `merge.same_event` joins the reports of
different articles; within one article a saying joins the first one with the same speaker
and date (dated in the text or inferred alike; or undated both, on a page that gives no
date: "…," Ruiz said ¶ "…," he said), so the timeline lists the statement once with every
quote as a source. A saying of another day (an interview "on Monday" against today's
statement) stays apart.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Protocol

from dateline.store.db.merge import (
    SIMILAR_WORDING,
    _either_matches,
    _ordinal,
    _overlap,
    befell_one_subject,
    neighbour_days,
    object_retold,
    perfect_object,
    perfect_retold,
    stem,
    untyped_retold,
    words_of,
)
from dateline.store.extract.discourse import kind_of, speaker_of
from dateline.store.extract.lexicon import (
    ADDING_ADVERBS,
    ADVERBS,
    ARTICLES_AND_POSSESSIVES,
    AUX_BE_PAST,
    AUX_BE_PRESENT,
    AUXILIARIES,
    CLAUSE_OPENING,
    COORDINATORS,
    DATING_A_HAPPENING,
    DEFINITE_DETERMINERS,
    DESCRIPTIONS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GOING_ON_ADVERBS,
    GOING_ON_SPEECH,
    INTRODUCING,
    NEW_OCCASION,
    NUMBER_WORDS,
    POSSESSIVE_ENDINGS,
    POST_ABBREVIATIONS,
    PREPOSITIONS,
    PRONOUNS,
    RELEASE_NOUNS,
    RESEARCH_TEAM,
    SEXED_PRONOUNS,
    SPEAKER_DETERMINERS,
    SPEAKING_FOR,
    SPEAKING_PRONOUNS,
    SUBORDINATORS,
    WRITING_VERBS,
)
from dateline.store.extract.retell import happening
from dateline.store.extract.taxonomy import NOUN_TYPE, OTHER
from dateline.store.extract.verbs import first_finite, verb_form


class _Said(Protocol):
    article_id: int
    type: str
    date: str | None
    dating: str
    actors: list[str] | tuple[str, ...]
    paragraph: int | None
    sentence: str
    trigger: str
    speaker: str | None


class _Told(Protocol):
    id: int
    article_id: int
    paragraph: int | None
    sentence: str
    words: frozenset[str]  # the sentence's content words (`merge.words_of`), read once
    summary: str
    type: str
    date: str | None
    start: str | None
    end: str | None
    dating: str
    cluster: int | None
    headline: bool
    trigger: str
    actors: list[str] | tuple[str, ...]


class SentenceSplits:
    """A sentence that tells one happening with two verbs is one entry: "The van hit a deer
    on Friday and lost a wing mirror" — the second, untyped verb of the same
    day (told or carried on from the first) joins the first's entry. Only within the
    sentence: the next sentence of a paragraph may well tell another happening of that day
    ("The senator filed her own motion that morning. Nine colleagues kept quiet")."""

    def __init__(self) -> None:
        self._sentence: tuple[int, int | None, str] | None = None
        self._first: dict[tuple[str | None, str | None], _Told] = {}  # by days covered

    def told_by(self, report: _Told) -> _Told | None:
        """The earlier event of `report`'s sentence it is the second verb of, if any (else
        remember `report` as its day's first, once its own cluster is set)."""
        where = (report.article_id, report.paragraph, report.sentence)
        if where != self._sentence:
            self._sentence = where
            self._first = {}
        if report.paragraph is None or report.date is None or report.type == "statement":
            return None
        if report.dating not in ("explicit", "inferred"):
            return None
        first = self._first.get((report.start, report.end))
        if first is not None and report.type == OTHER:
            return first
        self._first.setdefault((report.start, report.end), report)
        return None


class SentenceLines:
    """Two verbs of one sentence that the timeline would show as the same line, neither
    dated in the text, are one entry: in "Vera Lind also made it known that she had long
    fretted over her height" the making known is guessed at the story's day and the
    fretting only bounded (some time before publication), one clause's guesses the summary
    cannot tell apart, so a reader would see the sentence twice. The bounded report joins
    the entry of the guessed one, whichever comes first. A verb its summary tells apart
    ("…a dog unit, which alerted to the smell") stays an entry, and so does one beside a
    date of the text ("Lee cofounded the startup, and this week it announced a licence":
    the week is the announcing's). With no guessed report, two bounded ones of the same
    line are one entry too, under the tighter bound: in "Noor had followed the tycoon for a
    year and cast him in her biography as a gambler", after "the tycoon's 1994 memoir", the
    following is before 1994 and the casting only before publication. A bounded report
    whose line is the guessed one's cut at other points ("Reporters learnt that the hunter
    had reached the hut…" and "…the hunter had reached the hut where he left his truck")
    joins it too: the reader would see one sentence twice, clipped two ways."""

    def __init__(self, reports: list) -> None:
        guessed: dict[tuple, _Told] = {}  # a sentence's first guessed report, by its line
        bounded: dict[tuple, _Told] = {}  # else its report of the tightest bound
        for r in reports:
            if r.dating == "inferred" and r.summary and r.paragraph is not None:
                guessed.setdefault(_line_of(r), r)
            if r.dating in BOUNDS and r.summary and r.paragraph is not None and r.end:
                tightest = bounded.setdefault(_line_of(r), r)
                if r.end < tightest.end:
                    bounded[_line_of(r)] = r
        # the guessed reports by sentence, for lines clipped apart
        by_sentence: dict[tuple, list[_Told]] = {}
        for r in guessed.values():
            by_sentence.setdefault(_sentence_of(r), []).append(r)
        # a bounded report's id: the guessed report of its sentence and line
        self._told: dict[int, _Told] = {}
        for r in reports:
            if r.dating in BOUNDS and r.summary and r.paragraph is not None:
                found = guessed.get(_line_of(r)) or bounded.get(_line_of(r))
                if found is None or found is r:
                    found = _clipped_alike(r, by_sentence.get(_sentence_of(r), ()))
                if found is not None and found is not r:
                    self._told[r.id] = found

    def told_by(self, report: _Told) -> _Told | None:
        """The guessed report of the sentence whose line `report` shows too (else its
        tightest bounded one), if any."""
        return self._told.get(report.id)

    def join(self, reports: list) -> None:
        """Move each bounded report that shows a guessed or tighter one's line (and whatever
        joined it) into that one's entry, once its cluster is known."""
        moved = {b: d.cluster for b, d in self._told.items()}
        if moved:
            for r in reports:
                r.cluster = moved.get(r.cluster, r.cluster)


class SentenceSayings:
    """A saying and an untyped verb of the same sentence and day are one entry: in "The
    mayor said on Friday that the week's figures bore out the ban" (or "The ferry
    returned to service in May 2021, port officials said") the bearing out is what was
    said, the returning what the officials told; the reader would see the one sentence
    twice. The untyped report (with whatever joined it) goes into the saying's entry, which
    later quotes of the speaker join too. A typed happening beside a saying ("Police said
    a man was arrested on Friday") stays an entry of its own, and so does a verb of another
    day ("Lee said on Monday that the van left on Friday")."""

    def __init__(self, reports: list) -> None:
        sayings: dict[tuple, _Told] = {}  # a sentence's first saying, by its day
        for r in reports:
            if r.type == "statement" and _of_a_day(r):
                sayings.setdefault(_day_in_sentence(r), r)
        # an untyped report's id: the saying of its sentence and day
        self._told: dict[int, _Told] = {}
        if sayings:
            for r in reports:
                if r.type == OTHER and _of_a_day(r):
                    found = sayings.get(_day_in_sentence(r))
                    if found is not None and not _said_apart(r, found):
                        self._told[r.id] = found

    def join(self, reports: list) -> None:
        """Move each untyped report still heading its own entry (and whatever joined it)
        into the entry of its sentence's saying, once that one's cluster is known."""
        heads = {r.id for r in reports if r.cluster == r.id}
        moved = {o: s.cluster for o, s in self._told.items() if o in heads}
        if moved:
            for r in reports:
                r.cluster = moved.get(r.cluster, r.cluster)


class CoordinatedSayings:
    """A saying verb that goes on from the sentence's saying before it, after "and" with no
    subject of its own, is that saying told on: in "The mayor warned in a memo that the
    bridge was unsafe, and asked for it to be shut" she warned and asked in one memo, one
    entry (the second verb may be read with another speaker, or dated apart: the first
    joined the happening it tells). Not a saying of its own subject ("Lee warned that …,
    and Ruiz asked …") nor one the text dates ("… and said on Friday that …")."""

    def __init__(self, reports: list) -> None:
        first: dict[tuple, _Told] = {}  # a sentence's first saying
        self._told: dict[int, _Told] = {}  # a saying's id: the saying it goes on from
        for r in reports:
            if r.type != "statement":
                continue
            before = first.setdefault(_sentence_of(r), r)
            if before is not r and r.dating in ("inferred", *BOUNDS) and _goes_on(r):
                self._told[r.id] = before

    def join(self, reports: list) -> None:
        """Move each such saying still heading its own entry (and whatever joined it) into
        the entry of the saying it goes on from, once that one's cluster is known."""
        heads = {r.id for r in reports if r.cluster == r.id}
        moved = {o: s.cluster for o, s in self._told.items() if o in heads and o != s.cluster}
        if moved:
            for r in reports:
                r.cluster = moved.get(r.cluster, r.cluster)


def _goes_on(report: _Told) -> bool:
    """Does the saying's verb come right after "and" (maybe past an adverb: "and then
    asked"), with no subject of its own?"""
    found = _verb_at(report.sentence, report.trigger)
    if found is None:
        return False
    words, at = found
    k = at - 1
    while k >= 0 and words[k] in ADVERBS:
        k -= 1
    return k > 0 and words[k] in COORDINATORS


class SayingsOfADatedLine:
    """A saying the text gives no day of its own, whose sentence the timeline would show as
    the line of a happening the text dates, is one entry with that happening: in "The mill
    closed in March 2019, union officials said" the saying is only guessed at the story's
    day and adds nothing but who told it, so a reader would see the one sentence twice, once
    at the closing and once at publication. It joins the happening's entry (dated by the
    text) when it frames it (the happening in what was said, or the sentence closed by
    ", officials said") and that happening is no later than it: "Moreno said the plant will
    reopen in May" stays a saying of its day beside the reopening. A saying that later
    quotes of its speaker joined stays her statement (`join`)."""

    def __init__(self, reports: list) -> None:
        dated: dict[tuple, list[_Told]] = {}  # a sentence's reports of a text's date
        for r in reports:
            if r.dating == "explicit" and r.summary and r.paragraph is not None and r.end:
                dated.setdefault(_sentence_of(r), []).append(r)
        self._told: dict[int, _Told] = {}  # a saying's id: the happening it tells
        if dated:
            for r in reports:
                if r.type != "statement" or r.dating not in ("inferred", *BOUNDS):
                    continue
                for told in dated.get(_sentence_of(r), ()):
                    if told.end <= (r.start or "") and _same_line(r, told) and _frames(r, told):
                        self._told[r.id] = told
                        break

    def join(self, reports: list, taken_over: set[int]) -> None:
        """Move each saying that is an entry alone into its happening's entry, once that
        one's cluster is known. A saying that later quotes of its speaker joined stays the
        speaker's statement: in "The mill closed in March 2019, Ruiz said. 'We saw it
        coming,' she added" the two quotes are one statement of hers, of the story's day. A
        saying whose entry holds stored reports (`taken_over`: it took their cluster's
        head) stays too."""
        if not self._told:
            return
        # entry sizes counted once, kept as sayings move (a page of thousands of reports
        # must not count them again for each saying)
        sizes = Counter(r.cluster for r in reports)
        by_id = {r.id: r for r in reports}
        for saying_id, told in self._told.items():
            if saying_id in taken_over or told.cluster == saying_id:
                continue
            saying = by_id.get(saying_id)
            if saying is not None and saying.cluster == saying_id and sizes[saying_id] == 1:
                sizes[saying_id] -= 1
                sizes[told.cluster] += 1
                saying.cluster = told.cluster


def _sentence_of(report: _Told) -> tuple:
    return (report.article_id, report.paragraph, report.sentence)


def _same_line(a: _Told, b: _Told) -> bool:
    """Do two reports' lines show the same words, cut from one sentence at the same or other
    points ("…")? A run of words both lines show, in order, covers at least `SAME_LINE` of
    the shorter line."""
    words_a, words_b = _line_words(a), _line_words(b)
    shorter = min(len(words_a), len(words_b))
    return shorter > 0 and _longest_run(words_a, words_b) >= SAME_LINE * shorter


def _frames(saying: _Told, told: _Told) -> bool:
    """Does the saying frame the happening: the happening's verb in what follows the
    saying's ("Lee said the barn burned on May 2"), or the saying with its speaker closing
    the sentence after a comma ("The barn burned on May 2, Lee said")? Not a saying whose
    speaker a clause describes ("Lee, who ran the May 2 rally, said the crowd was calm"),
    nor a happening that only describes a noun of what was said (`_verb_before`)."""
    cased = tuple(_TOKEN.findall(saying.sentence))
    words = tuple(w.lower() for w in cased)
    speech, verb = saying.trigger.lower(), told.trigger.lower()
    if speech not in words or verb not in words:
        return False
    at, told_at = words.index(speech), words.index(verb)
    if at < told_at:
        return not _verb_before(cased[at + 1 : told_at])
    tail = saying.sentence.lower().rsplit(",", 1)
    return len(tail) == 2 and speech in _words(tail[1]) and len(_words(tail[1])) <= CLOSING_FRAME


def _verb_before(words: tuple[str, ...]) -> bool:
    """Does the clause of the happening's verb hold a finite verb of its own before it, so
    that the happening only describes a noun of what was said? In "Ruiz said the port broke
    a deal signed in 1998" she told of the breaking, not the signing. `words` lead from the
    saying's verb up to the happening's; its clause opens after the last "that", "and",
    "when" … among them ("Vets said they saw no cure and in May that it had spread"), and
    the verb's own auxiliaries and adverbs ("… the mill had quietly closed") are left out."""
    opens = [k for k, w in enumerate(words) if w.lower() in CLAUSE_OPENING]
    clause = words[opens[-1] + 1 :] if opens else words
    end = len(clause)
    while end and (clause[end - 1].lower() in AUXILIARIES or clause[end - 1].lower() in ADVERBS):
        end -= 1
    return first_finite([(0, 0, w) for w in clause[:end]]) is not None


CLOSING_FRAME = 6  # words of a closing ", the port's chief engineer said"


def _said_apart(told: _Told, saying: _Told) -> bool:
    """Does the saying come in a clause of its own after the untyped verb, with a subject of
    its own ("The skier was taken to a clinic and her coach said she was stable"): the
    speaker tells of something else than that verb's happening?"""
    words = _words(told.sentence)
    verb, speech = told.trigger.lower(), saying.trigger.lower()
    if verb not in words or speech not in words:
        return False
    between = words[words.index(verb) + 1 : words.index(speech)]
    return any(
        w in COORDINATORS and n in DETERMINERS for w, n in zip(between, between[1:], strict=False)
    )


def _of_a_day(report: _Told) -> bool:
    """Is the report dated to days the text gives or the story's day suggests (not a
    bound), in a paragraph?"""
    return (
        report.paragraph is not None
        and report.start is not None
        and report.dating in ("explicit", "inferred")
    )


def _day_in_sentence(report: _Told) -> tuple:
    return (report.article_id, report.paragraph, report.sentence, report.start, report.end)


BOUNDS = ("before",)


def _line_of(report: _Told) -> tuple:
    return (report.article_id, report.paragraph, report.sentence, report.summary)


def _clipped_alike(report: _Told, guessed) -> _Told | None:
    """The first of its sentence's `guessed` reports whose line shows the words of
    `report`'s, the two cut from one sentence at other points (`_same_line`)."""
    return next((other for other in guessed if _same_line(report, other)), None)


SAME_LINE = 0.8  # share of the shorter line that a run of words both show covers


def _line_words(report: _Told) -> tuple[str, ...]:
    return tuple(w for w in _words(report.summary) if w[0].isalnum())


def _longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """The length of the longest run of words `a` and `b` both hold in the same order
    (`difflib`'s longest matching block; with no junk, exactly that run)."""
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size


class UntypedRetellings:
    """An untyped happening a story dates in full twice ("Coastguards found 300 kilos of
    heroin in a yacht on Friday, May 6, 2011" in the lead, "Cutter crews found on Friday,
    May 6, 2011, 300 kilos of heroin in a yacht" further on) is one entry: a report of no
    type, dated in the text to one day, joins the article's first report of that day that
    tells it again by a verb of the same happening (`merge.untyped_retold`). Undated, the
    lead's present perfect ("Ana Ruiz has quit the band", at publication) and the body's
    (before it) join too when they tell one object of one person (`merge.perfect_retold`).
    The typed reports of an article join by `merge.same_event`."""

    def __init__(self) -> None:
        self._article: int | None = None
        self._days: dict[str, list[_Told]] = {}  # the article's untyped reports by day
        # the article's untyped reports dated in the text, by date (a day, a month, a year)
        self._dates: dict[str | None, list[_Told]] = {}
        # the article's undated untyped reports told in the present perfect, by day, verb
        # and object ("has quit the band")
        self._perfects: dict[tuple, list[_Told]] = {}

    def told_before(self, report: _Told) -> _Told | None:
        """The article's earlier untyped report of the same happening as `report`, if any
        (else remember `report` as one of its day's)."""
        if report.article_id != self._article:
            self._article = report.article_id
            self._days = {}
            self._dates = {}
            self._perfects = {}
        if report.type != OTHER or report.start is None:
            return None
        if report.dating == "explicit":  # "In April, Ruiz won a patent on the enzyme" twice
            dated = self._dates.setdefault(report.date, [])
            for earlier in dated:
                if object_retold(report, earlier):
                    return earlier
            dated.append(report)
        if not _a_day(report):
            return None
        if report.dating != "explicit":
            return self._perfect_told_before(report)
        day = self._days.setdefault(report.start, [])
        verb = happening(report.trigger)
        for earlier in day:
            if happening(earlier.trigger) != verb:
                continue  # "sailed to the coast on Friday, May 6": another happening
            if untyped_retold(report, earlier, report.words, earlier.words):
                return earlier
            if befell_one_subject(report, earlier):  # "Ida Kent vanished on Friday, June 7"
                return earlier
        day.append(report)
        return None

    def _perfect_told_before(self, report: _Told) -> _Told | None:
        """The article's earlier undated untyped report the lead or the body told again in
        the present perfect (`merge.perfect_retold`), if any (else remember `report`)."""
        if report.dating not in ("inferred", "before"):
            return None
        told = perfect_object(report)
        if told is None:
            return None  # most reports: no need to keep them, nor compare (a huge page)
        perfects = self._perfects.setdefault((report.start, happening(report.trigger), told), [])
        for earlier in perfects:
            if perfect_retold(report, earlier):
                return earlier
        perfects.append(report)
        return None


class ParagraphDetails:
    """A paragraph that tells a happening of a day and then, sentence after sentence, what
    became of the thing it brought in ("A van driven by Ray Moss was heading west on Elm
    Road on May 2 when a moose stepped out. The van could not stop in time and hit the
    moose. The van was towed away.") tells one happening: a police log's accident, a
    report's crash. An untyped report dated in the text to the same day as the report of
    the sentence before it in the paragraph, whose sentence opens with that thing taken up
    again by a definite article ("The van", from "A van" or "The van" of the sentence
    before), joins that report's entry. Only untyped reports join: "Ann Lee was arrested
    for theft" after the accident is another entry, and so is a sentence about something
    else ("Another car was parked nearby"), a saying's sentence before it, or another
    day."""

    def __init__(self) -> None:
        self._where: tuple | None = None
        self._last: _Told | None = None  # the last report of the paragraph's last sentence
        self._before: _Told | None = None  # the last report of the sentence before it

    def told_by(self, report: _Told) -> _Told | None:
        """The report of the sentence before `report`'s in its paragraph whose thing
        `report`'s sentence takes up, if any (else None)."""
        where = (report.article_id, report.paragraph)
        if where != self._where or report.paragraph is None:
            self._where, self._last, self._before = where, None, None
        elif self._last is not None and self._last.sentence != report.sentence:
            self._before = self._last
        self._last = report
        before = self._before
        if before is None or before.type == "statement":
            return None
        if report.type not in (OTHER, "statement") and _its_happening(report, before):
            return before  # "That crash killed all 95 on board": the crash told before
        if report.type != OTHER:
            return None
        if report.dating != "explicit" or before.dating != "explicit" or not _a_day(report):
            return None
        if (before.start, before.end) != (report.start, report.end):
            return None
        return before if _takes_up(report.sentence, before.sentence) else None


def _its_happening(report: _Told, before: _Told) -> bool:
    """Does `report`'s sentence open with the happening `before` told, taken up by a definite
    determiner ("That crash killed all 95 on board" after "… recalls the 1996 crash of a
    Vela Air jet"; "The storm cut power to 9,000 homes" after "A storm hit the coast on
    Friday"), on the same date: what the happening did, not a happening of its own? Its noun
    is of `before`'s type and in its sentence: "The fire killed two" after a crash sentence
    tells of no fire; "A second crash killed four" names another."""
    if report.start is None or (report.start, report.end) != (before.start, before.end):
        return False
    words = _words(report.sentence)
    if len(words) < 3 or words[0] not in DEFINITE_DETERMINERS:
        return False
    noun = words[1]
    if NOUN_TYPE.get(noun) != before.type:
        return False
    return any(stem(w) == stem(noun) for w in _words(before.sentence))


def _takes_up(sentence: str, before: str) -> bool:
    """Does `sentence` open with a definite article and a noun of the sentence `before`
    ("The van could not stop" after "A van driven by Ray Moss …")?"""
    words = _words(sentence)
    if len(words) < 3 or words[0] not in DEFINITE_DETERMINERS:
        return False
    noun = words[1]  # not a possessive: "The van's driver" (one word "van's")
    return noun.isalpha() and noun in _words(before)


def _a_day(report: _Told) -> bool:
    """Is the report dated to one day (not a month, a year or a span)?"""
    return report.start is not None and report.start == report.end == report.date


class Retellings:
    """A story dates a happening once ("Both men were sentenced at Kingsford Crown Court
    on Friday 3 March") and tells it again undated, before or after ("Two
    smugglers have been handed jail sentences", "Reed was jailed for nine years"),
    which the extraction dates on that day (inferred: `extract.retell`): one sentencing,
    one entry, headed by the dated report wherever it comes in the article. A retelling is
    of the same type and day, by a verb of the same happening (`SAME_HAPPENING`) or naming
    the dated report's verb ("sentences"), and leaves no person of the dated report
    unnamed: "Ann Lee was sentenced on Friday" and "Tom Ray was jailed" are two cases."""

    def __init__(self, reports: list[_Told]) -> None:
        self._dated: dict[int, _Told] = {}  # by id of an inferred report: the dated one
        dated: dict[tuple, list[_Told]] = {}  # by article, type and day
        named: dict[tuple, list[_Told]] = {}  # by article and day: "Approval came …"
        months: dict[tuple, list[_Told]] = {}  # by article and type: "In March, … is launching"
        for r in reports:
            if r.dating == "explicit" and _a_month_at_most(r):
                months.setdefault((r.article_id, r.type), []).append(r)
            if r.dating == "explicit" and _one_day(r):
                dated.setdefault((r.article_id, r.type, r.date), []).append(r)
                if happening(r.trigger) in DATING_A_HAPPENING:
                    named.setdefault((r.article_id, r.date), []).append(r)
        for r in reports:
            if r.dating != "inferred" or not _one_day(r):
                continue
            same_day = dated.get((r.article_id, r.type, r.date), ())
            told = same_day
            if len(told) > _RETOLD_AT_MOST:
                continue  # a log of that day's happenings, not a story telling one
            match = [d for d in told if _retells(r, d)]
            if not match:  # "The Senate has approved …" ¶ "Approval came … Wednesday"
                told = named.get((r.article_id, r.date), ())
                match = [d for d in told if _dates_its_noun(r, d)]
            if not match:  # "Fare motion defeated in council", read at publication
                match = _restated(r, dated)
            if not match:  # "Nine mayors sent a letter on Monday." "The letter was signed …"
                match = [d for d in same_day if _its_document(r, d)]
            if not match:  # "Velden has launched a ten-year programme" ¶ "In March, … is
                # launching a new ten-year programme"
                told = months.get((r.article_id, r.type), ())
                match = [d for d in told if _perfect_of_its_month(r, d)]
            if len(match) == 1:
                self._dated[id(r)] = match[0]

    def dated(self, report: _Told) -> _Told | None:
        """The article's dated report `report` retells, if any."""
        return self._dated.get(id(report))


_RETOLD_AT_MOST = 4  # dated reports of one type and day an undated one may retell


def _restated(report: _Told, dated: dict[tuple, list[_Told]]) -> list[_Told]:
    """The dated reports of the article that undated `report` restates in fewer words, on
    its day or a day or two before (it is read at publication, maybe days after): by a verb
    of the same happening, with every content word of its sentence in theirs ("Fare motion
    defeated in council" over "A motion … to cut the ferry fare was defeated in the
    council on Tuesday"). Its words name no one and nothing the dated report does not."""
    told = report.words
    if len(told) < RESTATED_WORDS or report.date is None:
        return []
    verb = happening(report.trigger)
    days = [d for d in neighbour_days(report.date) if d <= report.date]
    near = [d for day in days for d in dated.get((report.article_id, report.type, day), ())]
    if len(near) > _RETOLD_AT_MOST:
        return []  # a log of those days' happenings, not a story telling one
    return [d for d in near if happening(d.trigger) == verb and told <= d.words]


RESTATED_WORDS = 3  # content words of a restating line, at least: "It was defeated" names
# too little to tell which happening of its verb it is


def _its_document(report: _Told, dated: _Told) -> bool:
    """Is `report` ("The letter was signed by 40 members") told of the document `dated`
    tells of ("Nine mayors sent a letter on Monday"), a few paragraphs on, with the
    document as its subject ("the letter", opening the sentence), by a verb typed alike?
    What is done with the letter is the letter's happening; an untyped verb ("The letter
    took a week to arrive") may tell anything."""
    if report.type == OTHER or report.paragraph is None or dated.paragraph is None:
        return False
    if not 0 <= report.paragraph - dated.paragraph <= DOCUMENT_GAP:
        return False
    noun = _document_of(dated.sentence, dated.trigger)
    words = _words(report.sentence)
    return bool(noun) and len(words) > 1 and words[0] in DEFINITE_DETERMINERS and words[1] == noun


def _a_month_at_most(report: _Told) -> bool:
    """Is the report a happening (no saying) dated to more than a day, a month at most ("in
    March", "this week")?"""
    if report.type == "statement" or not report.start or not report.end:
        return False
    return report.start < report.end and _ordinal(report.end) - _ordinal(report.start) < 31


def _perfect_of_its_month(report: _Told, dated: _Told) -> bool:
    """Does undated `report`, the lead's present perfect read at publication ("The town of
    Velden has launched a ten-year programme"), tell again what `dated` dates to the month
    or week the article came out in ("In March, the council is launching a new ten-year
    programme")? By a verb of the same happening, with the words of its object ("ten-year
    programme") in `dated`'s sentence, naming no person the other does not. "Velden has
    launched a ferry timetable" is another launch; so is one of another month."""
    if not dated.start <= report.start <= dated.end or perfect_object(report) is None:
        return False
    if happening(report.trigger) != happening(dated.trigger):
        return False
    told = _object_words(report)
    if not told or not told <= set(_words(dated.sentence)):
        return False
    return _leaves_no_one_out(report, dated) and _leaves_no_one_out(dated, report)


def _object_words(report: _Told) -> set[str]:
    """The words of the object after the report's verb, past its determiners, up to a
    preposition or a mark ("has launched a new ten-year programme to honour …": "new",
    "ten-year", "programme")."""
    found = _verb_at(report.sentence, report.trigger)
    if found is None:
        return set()
    words, at = found
    told = set()
    for w in words[at + 1 : at + 1 + _OBJECT_REACH]:
        if not w[0].isalpha() or w in PREPOSITIONS or w in _NOT_AN_OBJECT:
            break
        if w not in DETERMINERS and w not in ARTICLES_AND_POSSESSIVES:
            told.add(w)
    return told


_OBJECT_REACH = 4  # words of an object two tellings share, at most ("a new ten-year programme")
_NOT_AN_OBJECT = COORDINATORS | SUBORDINATORS  # "has launched a plan that …": the object ends


def _one_day(report: _Told) -> bool:
    """Is the report a happening (no saying) of one day?"""
    return report.type != "statement" and bool(report.date) and report.start == report.end


def _retells(report: _Told, dated: _Told) -> bool:
    """Does undated `report` tell `dated`'s happening again: by a verb of it, or naming its
    verb ("handed jail sentences"), with no person of `dated` unnamed in it?"""
    same = happening(report.trigger) == happening(dated.trigger)
    if report.type == OTHER:  # "found", "made" tell many things: only the same verb
        # adding to what the same subject did ("The court also found …", not "Divers …")
        if not same:
            return False
        subject = _adds_to(report)
        return subject is not None and subject in _words(dated.sentence)
    if not same:
        verb = stem(dated.trigger)
        if not any(w.startswith(verb) for w in _words(report.sentence)):
            return False
    return _leaves_no_one_out(report, dated)


def _leaves_no_one_out(report: _Told, dated: _Told) -> bool:
    """Does `report` name every person `dated` names ("Both men were sentenced" names
    none; "Ann Lee was sentenced" and "Tom Ray was jailed" are two cases)?"""
    people = {a for a in report.actors if kind_of(a) == "person"}
    return all(a in people for a in dated.actors if kind_of(a) == "person")


def _dates_its_noun(report: _Told, dated: _Told) -> bool:
    """Does `dated` ("Approval came on a party-line vote Wednesday") date the happening
    `report` tells by its verb ("The assembly has confirmed the appointment"): its subject is
    that verb's noun ("approval", "the robbery" of "robbed"), whatever type each has?"""
    found = _verb_at(dated.sentence, dated.trigger)
    if found is None:
        return False
    words, at = found
    noun = stem(report.trigger)
    subject = words[:at]
    if len(noun) < 5 or not any(w.startswith(noun) for w in subject):
        return False
    return _leaves_no_one_out(report, dated)


def _adds_to(report: _Told) -> str | None:
    """The word before an adverb that adds the report's verb to an act told before: the
    subject's ("court" in "The court also found …"), if it has one."""
    found = _verb_at(report.sentence, report.trigger)
    if found is None:
        return None
    words, k = found
    if k < 2 or words[k - 1] not in ADDING_ADVERBS or not words[k - 2][0].isalpha():
        return None
    if words[k - 2] in _NOT_IN_A_SPEAKER:
        return None  # "It also found": "it" may be anything the dated report names
    return words[k - 2]


class KilledInIt:
    """A story dates an attack or a disaster ("the October 9 attack by the Kerr Brigade")
    and, further on, the killing it was ("the Kerr Brigade killed 40 people on October
    9"): one happening told by two types, one entry. A death dated in the text to one day
    joins the article's one attack or accident of that day that names every actor it
    names (one at least): "Two men were killed in two separate shootings on Friday", naming no
    one, is no attack's; a second attack of that day by the same group leaves it to
    neither."""

    def __init__(self, reports: list[_Told]) -> None:
        self._dated: dict[int, _Told] = {}  # by id of a death: the attack it was
        found: dict[tuple, list[_Told]] = {}  # by article and day: its attacks
        for r in reports:
            told = r.type in KILLING_HAPPENINGS and r.dating == "explicit" and _one_day(r)
            if told and not r.headline:  # a headline restates its lead's
                found.setdefault((r.article_id, r.date), []).append(r)
        for r in reports:
            if r.type != "death" or r.dating != "explicit" or not _one_day(r) or not r.actors:
                continue
            named = set(r.actors)
            match = [a for a in found.get((r.article_id, r.date), ()) if named <= set(a.actors)]
            if len(match) == 1:
                self._dated[id(r)] = match[0]

    def dated(self, report: _Told) -> _Told | None:
        """The article's attack or accident `report` (a death) was, if any."""
        return self._dated.get(id(report))


KILLING_HAPPENINGS = ("attack", "accident")  # happenings a killing of their day was


class SummedSayings:
    """A story sums up what a speaker said, undated and so read at its own day ("Premier
    Ruth Alder has urged residents to stay indoors"), and quotes it in the next paragraph
    with the day it was said ("…," Alder said in a radio address on Sunday): one
    address, one entry, headed by the quote the text dates, like a retelling
    (`Retellings`). The same speaker, as the extraction names them in both, a day or two
    apart (the guess is the story's day); a saying further on, or dated in the text too
    ("On Saturday, Alder said …"), is another occasion."""

    def __init__(self, reports: list) -> None:
        self._dated: dict[int, _Told] = {}  # by id of a summing-up saying: the dated quote
        quoted: dict[tuple, list] = {}  # by article and speaker: its sayings of a day
        for r in reports:
            if _a_saying(r) and r.dating == "explicit" and _a_day(r):
                quoted.setdefault((r.article_id, r.speaker), []).append(r)
        if not quoted:
            return
        told: set[tuple] = set()  # by article, speaker and day: a statement begun
        for r in reports:
            if not _a_saying(r) or r.date is None:
                continue
            begun = (r.article_id, r.speaker, r.date)
            seen = begun in told
            told.add(begun)
            if seen or r.dating != "inferred":
                continue  # "…," Ito added: more of the statement of its day, begun before
            near = neighbour_days(r.date)
            match = {
                d.date: d
                for d in reversed(quoted.get((r.article_id, r.speaker), ()))
                if d.id > r.id  # quoted after it
                and d.paragraph - r.paragraph <= PRONOUN_GAP
                and d.date != r.date
                and d.date in near
            }
            if len(match) == 1:  # one day it may sum up
                self._dated[id(r)] = next(iter(match.values()))

    def dated(self, report: _Told) -> _Told | None:
        """The saying dated in the text that `report` sums up, if any."""
        return self._dated.get(id(report))


def _a_saying(report) -> bool:
    """Is the report a saying by a speaker the extraction names, in a paragraph?"""
    return report.type == "statement" and bool(report.speaker) and report.paragraph is not None


class Headlines:
    """A headline's event is the lead's event it restates (`extract.headline` gives it that
    event's type and date): it joins the first report of its article with that type and
    date, so the timeline lists the happening once, with the headline among its sources.
    The headline is written after the body, so that report has come by then."""

    def __init__(self) -> None:
        self._article: int | None = None
        self._first: dict[tuple, _Told] = {}  # by type and date

    def restated(self, report: _Told) -> _Told | None:
        """The report of the lead that headline report `report` restates, if any (else
        remember a body report as the first of its type and date)."""
        if report.article_id != self._article:
            self._article = report.article_id
            self._first = {}
        key = (report.type, report.date, report.start, report.end, report.dating)
        if report.headline:
            return self._first.get(key)
        self._first.setdefault(key, report)
        return None


class ArticleStatements:
    """The first saying of each speaker (or set of actors, when no person speaks) and day
    in the article being indexed; the indexer walks an import's events article by article,
    so one article is kept at a time."""

    def __init__(self) -> None:
        self._article: int | None = None
        # by who, date and point: the statement's first saying, and its latest paragraph
        self._statements: dict[tuple[str, str, str], tuple[_Said, int | None]] = {}
        # by document noun: the latest report of the article that names one ("sent a
        # letter Thursday"), and its paragraph
        self._documents: dict[str, tuple[_Said, int | None]] = {}
        # the key of the statement an unnamed speaker made last, and its paragraph
        self._unnamed: tuple[tuple[str, str, str], int | None] | None = None
        # by speaker: the key of the statement they made last, and its paragraph
        self._latest: dict[str, tuple[tuple[str, str, str], int | None]] = {}
        # the key of the statement quoted last, whoever made it, and its paragraph
        self._last: tuple[tuple[str, str, str], int | None] | None = None
        # by the noun of a speaker introduced without a name ("an official statement",
        # "two officials"): that saying's statement's first, and its paragraph
        self._introduced: dict[str, tuple[_Said, int | None]] = {}
        # the statement whose written statement was quoted last as the subject ("Its
        # statement claimed"), its paragraph, and the name of its body if the subject gave
        # one ("Acme's statement"; else "")
        self._release: tuple[_Said | None, int | None, str] = (None, None, "")
        # the statement of the saying made last "in a statement" ("…," the family said in a
        # statement), and its paragraph: "The statement added …" a few paragraphs on
        self._said_in: tuple[_Said | None, int | None] = (None, None)
        # by who, date and point: each saying's statement's first and its content words
        self._quotes: dict[tuple[str, str, str], list[tuple[_Said, set[str]]]] = {}

    def _enter(self, article_id: int) -> None:
        """Start afresh on another article's reports: nothing of one article's is another's."""
        if article_id != self._article:
            self._article = article_id
            self._statements = {}
            self._documents = {}
            self._unnamed = None
            self._latest = {}
            self._last = None
            self._introduced = {}
            self._release = (None, None, "")
            self._said_in = (None, None)
            self._quotes = {}

    def saw(self, report: _Said) -> None:
        """Remember the document a report of the article tells of, if any, for the sayings
        after it (`_document`, `_authored`): also a report of no type of its own ("A 2011
        study in the Lancet tracked 900 patients")."""
        self._enter(report.article_id)
        noun = _document_of(report.sentence, report.trigger)
        if noun:
            self._documents[noun] = (report, report.paragraph)

    def first_of(self, report: _Said) -> _Said | None:
        """The earlier saying of the same statement as `report`, if any (else remember
        `report` as its statement's first); for a document's saying, the report that named
        the document (else None)."""
        self._enter(report.article_id)
        if report.type != "statement":
            self.saw(report)
            return None
        subject = _unnamed_subject(report.sentence, report.trigger)
        if subject is not None and subject[1]:
            again = self._introduced_before(subject[0], report)
            if again is not None:
                return again
        release = _release_of(report)
        if release is not None:
            again = self._release_again(report, release)
            if again is None and not release:
                again = self._said_in_release(report)
            if again is not None:
                self._release = (again, report.paragraph, release or self._release[2])
                return again
        first = self._first_of(report)
        if subject is not None and not subject[1]:
            self._introduced[subject[0]] = (first or report, report.paragraph)
        if release is not None:
            self._release = (first or report, report.paragraph, release)
        if _in_a_release(report):
            self._said_in = (first or report, report.paragraph)
        return first

    def _said_in_release(self, report: _Said) -> _Said | None:
        """The statement a written statement's saying, told with "the statement" as its
        subject, goes on with: the saying made last "in a statement", in the same paragraph
        or up to `DOCUMENT_GAP` after it, on its day unless dated otherwise ("“We are
        devastated,” the family said in a statement." … two paragraphs on … "The statement
        added that …": the family's one statement). Not "On Monday the statement said …"
        after an undated one, nor a statement quoted further back."""
        first, at = self._said_in
        if not _within_reach(first, at, report, DOCUMENT_GAP):
            return None
        self._said_in = (first, report.paragraph)
        return first

    def _release_again(self, report: _Said, owner: str) -> _Said | None:
        """The statement a written statement's further quote goes on with: "Its statement
        claimed …" ¶ "The firm's statement asserted …" — the statement quoted last as the
        subject, in the same paragraph or the one before, on its day unless dated
        otherwise. Whoever each names: a description ("the firm") need not be a name the
        extraction finds, and the first may have none ("Its statement"); but two bodies
        named ("Acme's statement said …" ¶ "Brill's statement said …") are two statements."""
        first, at, named = self._release
        if owner and named and owner != named:
            return None
        # "On Monday the firm's statement said …" after an undated one: another statement
        return first if _within_reach(first, at, report) else None

    def _introduced_before(self, noun: str, report: _Said) -> _Said | None:
        """The statement of the speaker a definite saying's subject takes up: introduced
        without a name in the same paragraph or the one before, by the same noun ("An
        official statement said …" and "…, the statement said"; "Two officials said …"
        and "One of the officials said …"), on its day unless dated otherwise."""
        first, at = self._introduced.get(noun, (None, None))
        # "On Monday the official said …" after an undated one: another occasion
        return first if _within_reach(first, at, report) else None

    def _first_of(self, report: _Said) -> _Said | None:
        if _passive(report):
            return None  # "The minister has been accused of misleading MPs": he did not speak
        written = self._writing_of(report)
        if written is not None:  # "Lee wrote a letter … on Monday urging …": the letter
            return written
        went_on = self._going_on(report)
        if went_on is not None:
            return went_on
        unnamed = report.speaker == "" or not report.actors
        if unnamed:
            # no one named speaks: "One reader wrote that Lind looked tired" is no saying of
            # Lind's, whom it names, nor of anyone else quoted; but "the guild said" twice,
            # or "The memo warned …" and "… the memo said", is one body or document
            # quoted again: one statement, keyed by the words that name it
            speaker = unnamed_speaker(report.sentence, report.trigger)
            if speaker is None:
                return self._taken_up(report)
            named = self._document(speaker, report)
            if named is not None:
                return named
        else:  # the same speaker: "…," Lee said, and "He said …" with other names in it
            # the speaker the saying was read with ("Kestrel University said on Tuesday
            # that Tom Lane was dropped": the university, not Lane whom it names), else the
            # first person among its actors
            speaker = report.speaker or speaker_of(report.actors)
            self._unnamed = None  # "Lee said …. They said …": Lee's people, not the guild
            named = self._authored(report) or self._written_by(speaker, report)
            if named is not None:
                return named
        # "said in a speech on Thursday" (explicit) and the later "…," he said (inferred,
        # that Thursday): one day, one statement; a bound ("before") is not that day
        point = "day" if report.dating in ("explicit", "inferred") else report.dating
        # no person: the organisation that speaks, named first ("The Alliance … said" and
        # "The organization said", whatever else each saying names)
        key = (speaker or report.actors[0], report.date, point)
        if report.dating == "inferred" and key not in self._statements:
            key = self._guessed_day(key, report.paragraph)
        if key not in self._statements and unnamed:
            key = self._its_officials(key, report.paragraph)
        if key not in self._statements and unnamed:
            key = self._same_team(key, report.paragraph)
        if key not in self._statements and unnamed:
            key = self._body_described(key, report.paragraph)
        elif key not in self._statements:  # "Zoo officials say …", read as the zoo's name
            key = self._officials_named(key, report)
        if key not in self._statements and report.speaker:
            key = self._named_alike(key, report.paragraph)
        if key not in self._statements and report.speaker:
            key = self._speaks_for(key, report)
        first, last = self._statements.get(key, (None, None))
        here = report.paragraph
        # a feature's present "says", however far from the first: the one interview
        interview = first is not None and _present(report.trigger) and _present(first.trigger)
        if here is not None and last is not None and here - last > STATEMENT_GAP and not interview:
            first = None  # a saying of the same day far on ("The mayor set out a
            # budget …", forty paragraphs after "The mayor joked …", in a story appended
            # to the page): another statement
        if first is not None and _new_occasion(report):
            first = None  # "Later, outside the hall, Bale said …": not his debate's words
        words = words_of(report.sentence)
        if first is None:  # unless it quotes the speaker's words again (`_quoted_again`)
            first = _quoted_again(words, self._quotes.get(key, ()))
        if first is None and not unnamed and speaker and speaker not in self._latest:
            first = self._described_before(report)
        self._quotes.setdefault(key, []).append((first or report, words))
        self._statements[key] = (first or report, here if here is not None else last)
        self._latest[report.speaker or key[0]] = (key, here)
        self._last = (key, here)
        if unnamed:
            self._unnamed = (key, here)
        return first

    def _going_on(self, report: _Said) -> _Said | None:
        """The statement an undated saying goes on with: its speaker's last, in the same
        paragraph or the one before, when its words say it goes on ("In a memo dated May 2,
        Ortiz said …" ¶ "…, Ortiz added"; "She further noted …"): more of that memo, on
        its day. Not a plain "Ortiz said" (a new occasion, maybe today's: "In 2019 Ortiz
        said …" ¶ "Ortiz said she had changed her mind")."""
        if report.dating != "inferred":
            return None
        if report.trigger.lower() not in GOING_ON_SPEECH and not _going_on_adverb(report):
            return None
        who = report.speaker or speaker_of(report.actors)
        key, at = self._latest.get(who or "", (None, None))
        if key is None and self._last is not None and _described(report):
            # "The Harlow economist continued, …" after Vera Lind's quote: a description
            # of who spoke last, not another speaker (whatever name it holds)
            key, at = self._last
        here = report.paragraph
        if key is None or not _near(here, at, PRONOUN_GAP):
            return None
        first, _last = self._statements[key]
        self._statements[key] = (first, here)
        self._latest[who] = (key, here)
        self._last = (key, here)
        # "The ministry said …" ¶ "Its spokeswoman, Ana Ruiz, added …" ¶ "“…,” Ruiz said":
        # her first saying went on with the ministry's statement, and so do her others of
        # its day ("In a 2019 memo, Marsh said …" ¶ "Marsh added …" ¶ "Marsh said" today:
        # not the memo's)
        own = (speaker_of(report.actors), report.date, "day") if report.actors else None
        if own and own[0] and own not in self._statements and first.date == report.date:
            self._statements[own] = (first, here)
        return first

    def _described_before(self, report: _Said) -> _Said | None:
        """The statement a speaker's first saying names its speaker for: the saying quoted
        just before, in the same paragraph, whose subject only described a person ("On
        Friday the founder of the Lumo chain spoke about the fire." "“We lost everything,”
        Ida Berg said."), on its day unless dated otherwise. Not when the name is brought
        in as someone else ("…," said Ida Berg, a cook)."""
        _key, first = self._quoted_last_here(report)
        if first is None or first.speaker:
            return None
        if not _describes_a_person(first) or _introduces_someone(report):
            return None
        return first

    def _taken_up(self, report: _Said) -> _Said | None:
        """The statement a pronoun's saying goes on with: that of the unnamed speaker quoted
        last, in the same paragraph or the one before ("The geologists argue that …" ¶ "They
        argue that …"; "The memo said … They said …"), on its day unless dated otherwise."""
        if _by_pronoun(report.sentence, report.trigger, SEXED_PRONOUNS):
            return self._person_taken_up(report)
        if not _by_pronoun(report.sentence, report.trigger):
            return None
        if self._unnamed is None:
            return self._group_taken_up(report)
        key, at = self._unnamed
        here = report.paragraph
        if not _near(here, at, PRONOUN_GAP):
            return None
        if report.dating != "inferred" and report.date != key[1]:
            return None
        first, _last = self._statements.get(key, (None, None))
        if first is not None:
            self._statements[key] = (first, here)
            self._unnamed = (key, here)
        return first

    def _person_taken_up(self, report: _Said) -> _Said | None:
        """The statement a saying by "he" or "she" that the extraction read no speaker for
        goes on with: that of the person quoted last, in the same paragraph ("“…,” Ruiz
        says. Asked about the rival lab's paper, she said “not much.”"), on its day unless
        dated otherwise. Not a body's ("The ministry said …. She said …": someone else)."""
        _key, first = self._quoted_last_here(report)
        if first is None or not first.speaker or kind_of(first.speaker) != "person":
            return None
        return first

    def _group_taken_up(self, report: _Said) -> _Said | None:
        """The statement a saying by "they" or "it" goes on with when no unnamed speaker was
        quoted before it: that of the saying quoted last, in the same paragraph, when no
        person speaks in it ("Organizers of the rallies admitted that the Kestrel Fund
        helped and said …. But they stressed …": the organizers, read with the fund they
        named), on its day unless dated otherwise. Not a person's ("Lee said …. They
        said …": Lee's people), nor a saying of the paragraph before."""
        key, first = self._quoted_last_here(report)
        if first is None or first.speaker and kind_of(first.speaker) == "person":
            return None
        self._statements[key] = (first, report.paragraph)
        return first

    def _quoted_last_here(self, report: _Said) -> tuple[tuple[str, str, str] | None, _Said | None]:
        """The key and first saying of the statement quoted last, when that was in the same
        paragraph as `report` and on its day (unless `report` is dated otherwise): what a
        pronoun's saying with no speaker of its own may go on with."""
        if self._last is None:
            return None, None
        key, at = self._last
        if report.paragraph is None or at != report.paragraph:
            return None, None
        first, _last = self._statements.get(key, (None, None))
        if first is None or not _on_its_day(report, first):
            return None, None
        return key, first

    def _document(self, speaker: str, report: _Said) -> _Said | None:
        """The report that named the document speaking in `report` a few paragraphs before
        ("Nine mayors sent a letter on Monday …" ¶ "“…,” says the letter"): what a letter,
        a report or a ruling says is its content, one entry with it, on its day when the
        saying has none of its own. Later sayings of the document join it too."""
        noun = speaker.split()[-1]
        if noun not in DOCUMENT_NOUNS:
            return None
        named, at = self._documents.get(noun, (None, None))
        if named is None or named.date is None:
            return None
        here = report.paragraph
        if not _near(here, at, DOCUMENT_GAP):
            return None
        if not _on_its_day(report, named):
            return None  # "In June the report said …": another day than its publication
        point = "day" if report.dating in ("explicit", "inferred") else report.dating
        self._statements[(speaker, report.date, point)] = (named, here)
        return named

    def _authored(self, report: _Said) -> _Said | None:
        """The report that named the document whose authors speak in `report`, undated, a
        few paragraphs on ("A 2011 study in the Lancet tracked 900 patients …" ¶ "The
        authors of the study, Ito and Berg, estimated …"): what they estimated there is the
        study's, one entry on its date. The document must come before the speech verb, in
        its subject: "Lee said the study was flawed" is Lee's reaction."""
        if report.dating != "inferred":
            return None
        found = _verb_at(report.sentence, report.trigger)
        if found is None:
            return None
        words, verb_at = found
        subject = words[:verb_at]
        for k, word in enumerate(subject):
            if word not in DOCUMENT_NOUNS or k == 0:
                continue
            before = subject[max(0, k - 3) : k]
            if not any(w in DEFINITE_DETERMINERS or w in SPEAKER_DETERMINERS for w in before):
                continue
            if any(w in SUBORDINATORS for w in subject[:k]):
                return None  # "Lee, who sent the letter, said …": his own saying
            named, at = self._documents.get(word, (None, None))
            here = report.paragraph
            if named is None or named.dating not in ("explicit", "inferred"):
                return None  # "resigned in a letter" before publication: not the saying's day
            if named.sentence == report.sentence or not _near(here, at, DOCUMENT_GAP):
                return None
            return named
        return None

    def _writing_of(self, report: _Said) -> _Said | None:
        """The report of its sentence told by the document a saying's verb writes as its
        object: "Lee wrote a letter to the board and the harbour master on Monday urging
        them to act" is told by the letter (dated Monday) and by the writing, a saying of
        no day of its own, as the day is the letter's: one act, one entry. Not a saying of
        its own day, nor one by a verb that takes up a document made before ("Lee cited a
        report on Monday showing …": `WRITING_VERBS`)."""
        if report.dating not in ("inferred", "before"):
            return None
        if happening(report.trigger) not in WRITING_VERBS:
            return None
        found = _verb_at(report.sentence, report.trigger)
        if found is None:
            return None
        words, at = found
        for word in words[at + 1 : at + 1 + _DOCUMENT_REACH]:
            named, _at = self._documents.get(word, (None, None))
            if named is None or named.trigger.lower() != word:
                continue
            if named.sentence == report.sentence and named.paragraph == report.paragraph:
                return named
        return None

    def _written_by(self, speaker: str | None, report: _Said) -> _Said | None:
        """The report of the document its writer's first saying, undated, goes on with, in
        the same paragraph or the next ("Sgt. Ida Holm sent a letter of protest to the
        board …" ¶ "Holm claimed the board had ignored the patrols"): what she claims
        there is the letter's, one entry, when the story gives both the same day. Not a
        saying of another day than the document's ("Lee wrote a memoir in 2010" ¶ "Lee
        said …": today's), nor once she was quoted before."""
        if not speaker or speaker in self._latest or report.dating != "inferred":
            return None
        here = report.paragraph
        for named, at in self._documents.values():
            if named.type == "statement" or speaker_of(named.actors) != speaker:
                continue
            if not _near(here, at, PRONOUN_GAP):
                continue
            if named.dating in ("explicit", "inferred") and named.date == report.date:
                return named
        return None

    def _named_alike(self, key: tuple[str, str, str], here: int | None) -> tuple[str, str, str]:
        """The key of the statement the speaker made that day under another form of their
        name, near enough: "The Grain Supply Office said bread prices would rise" and "GSO
        said: “…”" the next paragraph are one body's one statement, and so are "Boxer Ian
        Dale said …" and "Dale said …" (a name with a trade or a first name the other lacks;
        but not Tom Dale's and Ann Dale's sayings: `_either_matches`). The latest such
        statement, of the same day and point, both read with their speaker: not a name the
        saying only mentions ("As we reported, divers found Ana Dale's car": no saying of
        Ana Dale's, nor of Tom Dale's the paragraph before)."""
        who, day, point = key
        found = key
        for other, (first, last) in self._statements.items():
            if other[1] != day or other[2] != point or other[0] == who:
                continue
            if not first.speaker or not _either_matches(who, other[0]):
                continue
            if here is not None and last is not None and abs(here - last) > STATEMENT_GAP:
                continue
            found = other
        return found

    def _its_officials(self, key: tuple[str, str, str], here: int | None) -> tuple[str, str, str]:
        """The key of the statement of the body an unnamed saying's officials speak for, or of
        the officials who spoke for the body that speaks: "The zoo announced on X that …" and,
        paragraphs on, "…, zoo officials said" (or the other way round) are the one body's
        statement of the day, as its words say once the officials' noun is set aside
        (`SPEAKING_FOR`). Not another body's officials ("the zoo said" and "city officials
        said"), nor anyone who does not speak for it ("zoo visitors said")."""
        who, day, point = key
        words = who.split()
        for other, (_first, last) in self._statements.items():
            if other[1] != day or other[2] != point:
                continue
            if here is not None and last is not None and abs(here - last) > STATEMENT_GAP:
                continue
            shorter, longer = sorted((words, other[0].split()), key=len)
            if shorter and longer == [*shorter, longer[-1]] and longer[-1] in SPEAKING_FOR:
                return other
        return key

    def _same_team(self, key: tuple[str, str, str], here: int | None) -> tuple[str, str, str]:
        """The key of the statement of the research team an unnamed saying calls by another
        of its nouns (`RESEARCH_TEAM`): "In their paper the group describes a fern …" ¶
        "…, the researchers note, …" — the team quoted last without a name, in the same
        paragraph or the one before, on the same day. Not "analysts said" after the team
        (no noun of a team), nor a team quoted further back."""
        if self._unnamed is None or key[0].split()[-1] not in RESEARCH_TEAM:
            return key
        other, at = self._unnamed
        if other[1:] != key[1:] or other[0].split()[-1] not in RESEARCH_TEAM:
            return key
        return other if _near(here, at, PRONOUN_GAP) and other in self._statements else key

    def _body_described(self, key: tuple[str, str, str], here: int | None) -> tuple[str, str, str]:
        """The key of the statement of the body an unnamed saying describes by the noun of
        its kind ("…, the central bank said" the paragraph after "HRB said …"; "the company
        said" after "Kestrel Foods said …"): the body quoted last, by its name, in the same
        paragraph or the one before, on the same day, when the noun fits that name
        (`_cued`: "the union said" after "Kestrel Foods said …" is the workers' side). Not
        after an unnamed speaker or a person ("Pilots said …" ¶ "…, the airline said":
        someone else)."""
        kind, cues = DESCRIPTIONS.get(key[0].split()[-1], ("", ()))
        if kind != "org" or self._last is None:
            return key
        other, at = self._last
        if other[1:] != key[1:] or not _near(here, at, PRONOUN_GAP):
            return key
        first, _last = self._statements.get(other, (None, None))
        if first is None or not first.speaker or kind_of(first.speaker) == "person":
            return key
        return other if not cues or _cued(first.speaker, cues) else key

    def _officials_named(self, key: tuple[str, str, str], report: _Said) -> tuple[str, str, str]:
        """The key of the body's statement a named saying's subject speaks for when its
        words describe the body's officials ("Zoo officials say …", whose speaker was read as
        the zoo's full name, after "…, the zoo announced"): `_its_officials` by those words,
        when they are a key of the day or one the officials' noun sets apart."""
        described = unnamed_speaker(report.sentence, report.trigger)
        if not described or described.split()[-1] not in SPEAKING_FOR:
            return key
        other = (described, key[1], key[2])
        if other not in self._statements:
            other = self._its_officials(other, report.paragraph)
        return other if other in self._statements else key

    def _speaks_for(self, key: tuple[str, str, str], report: _Said) -> tuple[str, str, str]:
        """The key of the statement of the body a speaker's first saying speaks for, by the
        words just before the speaker's name: "Norland said it was in touch with the
        rebels." ¶ "Norland's foreign minister Ida Berg said on Friday that …" (and "Harbour
        Authority spokesman Tom Lee said …" after the authority's statement) — one
        statement of the day, the body's, in the same paragraph or the next. Not a
        person's: "Moss's lawyer Grant said" is his own saying, not his client's. A post
        in capitals ("Deep Water CEO Ana Ruiz said …" after "The Deep Water Trust said …")
        is a body's, whatever its name may look like ("Deep Water" as a person's). So is
        a post told after the name: "…," said Tom Lee, a spokesman for the port authority
        (or "the authority's spokesman"), after "The Harlow Port Authority said …"; a
        description ("the authority") takes up the body whose name it ends."""
        who, day, point = key
        body = _body_before(report.sentence, who)
        if body is None or kind_of(body) == "person" and not _post_in_capitals(report, who):
            body = _body_after(report.sentence, who)
            if body is None:
                return key
        here = report.paragraph
        for other, (_first, last) in self._statements.items():
            if other[1] != day or other[2] != point or kind_of(other[0]) == "person":
                continue
            if _names_the_body(body, other[0]) and _near(here, last, PRONOUN_GAP):
                return other
        return key

    def _guessed_day(self, key: tuple[str, str, str], here: int | None) -> tuple[str, str, str]:
        """The key of the statement an undated saying belongs to: its speaker's statement of
        a neighbouring day, when that one's day is a guess too. "Cole said the debate went
        well for her" (read at the debate's Wednesday) and "Cole added that …" (at the
        Thursday the story came out): one interview, whichever day each is given."""
        who, day, point = key
        for near in neighbour_days(day):
            other = (who, near, point)
            first, last = self._statements.get(other, (None, None))
            if first is None or first.dating != "inferred":
                continue
            if here is None or last is None or abs(here - last) <= STATEMENT_GAP:
                return other
        return key


STATEMENT_GAP = 10  # paragraphs between two quotes of one statement, at most
PRONOUN_GAP = 1  # paragraphs from an unnamed speaker's saying to a pronoun's, at most
DOCUMENT_GAP = 3  # paragraphs between a document's naming and its saying, at most
_DOCUMENT_REACH = 4  # words from a verb to the document it acts on or that acts, at most


def _body_before(sentence: str, name: str) -> str | None:
    """The body a speaker's name is given as speaking for, named just before it with the
    speaker's post in lowercase between: "Norland" in "Norland's foreign minister Ida
    Berg", "Harbour Authority" in "Harbour Authority spokesman Tom Lee"; else None. A post
    in capitals (`POST_ABBREVIATIONS`) is one too, right before the name: "Deep Water" in
    "Deep Water CEO Ana Ruiz" (not "UN" in "UN envoy Tom Lee": the body)."""
    at = sentence.find(name)
    if at <= 0:
        return None
    words = _TOKEN.findall(sentence[:at])
    k = len(words) - 1
    post = 0
    if k >= 0 and words[k] in POST_ABBREVIATIONS:
        post += 1
        k -= 1
    while k >= 0 and words[k].isalpha() and words[k].islower() and post < _POST_WORDS:
        post += 1
        k -= 1
    if not post:
        return None
    body: list[str] = []
    if k >= 0 and words[k].endswith(POSSESSIVE_ENDINGS):  # "Norland's"
        body.append(words[k][:-2])
        k -= 1
    while k >= 0 and words[k][:1].isupper() and words[k].isalpha():
        body.insert(0, words[k])
        k -= 1
    return " ".join(body) or None


def _body_after(sentence: str, name: str) -> str | None:
    """The body a speaker's name is given as speaking for in the aside right after it, by a
    post of `SPEAKING_FOR`: "Harlow Port Authority" in "Tom Lee, a spokesman for the
    Harlow Port Authority, said", "company" in "said Ana Ruiz, spokeswoman for the
    company", "authority" in "Tom Lee, the authority's spokesman, said"; else None (a
    post that speaks for no body named: "Ida Berg, a spokeswoman, said")."""
    at = sentence.find(name)
    if at < 0:
        return None
    rest = _TOKEN.findall(sentence[at + len(name) :])
    if not rest or rest[0] != ",":
        return None
    aside: list[str] = []
    for word in rest[1:]:
        if not word[0].isalnum() and word not in ("'", "’"):
            break
        aside.append(word)
    lowered = [w.lower() for w in aside]
    post = next((k for k, w in enumerate(lowered[:_ASIDE_POST]) if w in SPEAKING_FOR), None)
    if post is None:
        return None
    if post > 0 and lowered[post - 1].endswith(POSSESSIVE_ENDINGS):  # "the authority's"
        return aside[post - 1][:-2]
    after = aside[post + 1 :]
    if len(after) < 2 or after[0].lower() not in _SPEAKING_FOR_WHOM:
        return None
    body = after[1:]
    if body[0].lower() in SPEAKER_DETERMINERS:
        body = body[1:]
    return " ".join(body[:_BODY_WORDS]) or None


_ASIDE_POST = 4  # words of an aside up to the post: ", the harbour's chief spokesman"
_SPEAKING_FOR_WHOM = frozenset({"for", "of", "at"})  # "a spokesman for the port authority"
_BODY_WORDS = 6  # words of a body's name in an aside, at most


def _cued(name: str, cues: tuple[str, ...]) -> bool:
    """May a description whose noun has name cues (`DESCRIPTIONS`: "the bank" is a "Bank",
    "the union" a "Union") take up the body `name`: a word of it is one, or it is an
    acronym holding a cue's initial ("RBI" for a reserve bank of India)?"""
    words = name.split()
    if any(cue in words for cue in cues):
        return True
    acronym = len(words) == 1 and name.isalpha() and name.isupper() and len(name) <= _ACRONYM
    return acronym and any(cue[:1].upper() in name for cue in cues)


_ACRONYM = 6  # letters of an acronym, at most


def _names_the_body(body: str, key: str) -> bool:
    """Does `body`, as a post's aside gives it, name the body a statement's key names: its
    name in other words (`_either_matches`), or a description whose noun its name ends with
    ("company" for "Kestrel Shipping Company", "port authority" for "Harlow Port
    Authority")?"""
    if body[:1].islower():
        return key.split()[-1].lower() == body.split()[-1]
    return _either_matches(body, key)


def _post_in_capitals(report: _Said, name: str) -> bool:
    """Is the speaker's name given right after a post in capitals (`POST_ABBREVIATIONS`:
    "Deep Water CEO Ana Ruiz"), a post at a company, not a person's kin or counsel?"""
    at = report.sentence.find(name)
    before = _TOKEN.findall(report.sentence[:at]) if at > 0 else []
    return bool(before) and before[-1] in POST_ABBREVIATIONS


_POST_WORDS = 4  # words of a speaker's post between a body and the name ("foreign minister")


def _present(verb: str) -> bool:
    """Is a saying's verb in the present ("says", "say"), as a feature quotes the interview
    it was written from ("…," says Mara Voss ¶ … ¶ "…," Voss says), not the past of a
    speech, a briefing or a hearing told ("…," Brandt said)?"""
    return verb_form(verb)[1] in ("s", "base")


def _quoted_again(words: frozenset[str], quotes) -> _Said | None:
    """The statement whose saying a quote far on repeats (most of its content words, as
    `merge.SIMILAR_WORDING`): a live page or a long story quotes a speaker's line again
    ("'The hull held,' said Ada Kerr, a salvage expert" and twenty paragraphs on "'The hull
    held,' Ada Kerr said on Friday"), one saying told twice, not another statement."""
    for first, said in quotes:
        if _overlap(words, said) >= SIMILAR_WORDING:
            return first
    return None


def _document_of(sentence: str, trigger: str) -> str | None:
    """The document a report's verb tells of, if any: its object ("sent a letter on
    Thursday", "published its annual report"), its subject ("The report concluded …"), or
    the verb's own noun ("the ruling"). Not one named further off ("… the warning in the
    letter, before the council voted": the vote is no letter's)."""
    if DOCUMENT_NOUNS.isdisjoint(_words(sentence)):
        return None  # most sentences name none: no need to read their words
    found = _verb_at(sentence, trigger)
    if found is None:
        return None
    words, at = found
    if words[at] in DOCUMENT_NOUNS:
        return words[at]
    opening = words[1:at][:_DOCUMENT_REACH]
    if words[0] in ARTICLES_AND_POSSESSIVES:  # "A 2011 study in the Lancet tracked …"
        first = next((w for w in opening if w in DOCUMENT_NOUNS), None)
        if first:
            return first
    near = words[at + 1 : at + 1 + _DOCUMENT_REACH] + words[max(0, at - 2) : at]
    return next((w for w in near if w in DOCUMENT_NOUNS), None)


_PASSIVE_BE = AUX_BE_PAST | AUX_BE_PRESENT | {"been", "being", "be"}


def _near(here: int | None, at: int | None, gap: int) -> bool:
    """Is paragraph `here` the paragraph `at` or one of the `gap` after it (both known)?"""
    return here is not None and at is not None and 0 <= here - at <= gap


def _within_reach(
    first: _Said | None, at: int | None, report: _Said, gap: int = PRONOUN_GAP
) -> bool:
    """May `report` take up the saying `first` introduced at paragraph `at`: at most `gap`
    paragraphs on (by default the same paragraph or the next), and on its day unless it is
    dated otherwise?"""
    here = report.paragraph
    if first is None or not _near(here, at, gap):
        return False
    return _on_its_day(report, first)


def _on_its_day(report: _Said, first: _Said) -> bool:
    """May `report` be a saying of `first`'s occasion by its date: undated (inferred from
    the story), or dated as `first` is ("On Monday the official said …" after an undated
    saying is another day's)?"""
    return report.dating == "inferred" or (report.date, report.dating) == (
        first.date,
        first.dating,
    )


def _passive(report: _Said) -> bool:
    """Is the saying told in the passive ("has been accused", "were told"): its subject is
    who was spoken to or of, not the speaker?"""
    words = report.sentence.lower().split()
    trigger = report.trigger.lower()
    if trigger.endswith("ing") or trigger not in words:
        return False  # "has been saying", "was telling": the subject speaks
    # the verb where it first comes: "Lee told the paper the crew would be told soon" is
    # Lee speaking, whatever the clause after it says
    k = words.index(trigger)
    return k > 0 and words[k - 1] in _PASSIVE_BE


_NOT_IN_A_SPEAKER = DETERMINERS | PRONOUNS | COORDINATORS | PREPOSITIONS | SUBORDINATORS
_TOKEN = re.compile(r"[A-Za-z](?:[\w'’-]|\.(?=\w))*|[^\w\s]")
_SPEAKER_WORDS = 4  # words of an unnamed speaker's noun phrase, at most


@lru_cache(maxsize=4096)
def _words(sentence: str) -> tuple[str, ...]:
    """The sentence's words, lowercased: read once, though each of its reports asks several
    rules that read them (a writer's batch holds a sentence's reports together)."""
    return tuple(map(str.lower, _TOKEN.findall(sentence)))


def _verb_at(sentence: str, trigger: str) -> tuple[tuple[str, ...], int] | None:
    """The sentence's words, lowercased, and where its report's verb first comes among
    them; None when the verb is not one of them."""
    words = _words(sentence)
    verb = trigger.lower()
    return (words, words.index(verb)) if verb in words else None


def unnamed_speaker(sentence: str, trigger: str) -> str | None:
    """The words that name the unnamed speaker of a saying, as the story will name it again
    ("the guild" in "…," the guild said in a statement", "the letter" in "…," says the
    letter, "park officials" in "…, park officials said"): a definite noun phrase or a bare
    plural, before its speech verb or, after a quote, after it. None for someone new each
    time ("a source close to the family", "one official said", "some critics argue"), a
    pronoun ("they said": anyone) or a capitalised head (a name the actors should hold)."""
    words = _TOKEN.findall(sentence)
    lowered = [w.lower() for w in words]
    verb = trigger.lower()
    if verb not in lowered:
        return None
    at = lowered.index(verb)
    k = at - 1
    while k >= 0 and (lowered[k] in ADVERBS or lowered[k] in AUXILIARIES):
        k -= 1  # "the agency has also said"
    if k > 0 and lowered[k] in COORDINATORS:
        return _opening_subject(words[:k])  # "The union priced the deal … and said …"
    phrase: list[str] = []
    while k >= 0 and len(phrase) < _SPEAKER_WORDS and words[k][0].isalpha():
        if lowered[k] in _NOT_IN_A_SPEAKER or lowered[k] in NUMBER_WORDS:
            break
        phrase.insert(0, lowered[k])
        k -= 1
    before = lowered[k] if k >= 0 else ""
    if phrase and k > 0 and lowered[k - 1] in PREPOSITIONS:
        return None  # "a spokesman for the workers said": the speaker is the spokesman
    if phrase and _names_a_speaker(phrase, words[k + len(phrase)], before):
        return " ".join(phrase)
    if at == 0 or words[at - 1][0].isalpha():
        return None  # no quote before the verb: "He said the deal was off" (not the deal)
    # "…," said the guild in a statement; "…," says the letter, copied to …
    if at + 1 >= len(words) or lowered[at + 1] not in SPEAKER_DETERMINERS:
        return None
    phrase = []
    k = at + 2
    while k < len(words) and len(phrase) < _SPEAKER_WORDS and words[k][0].isalpha():
        if lowered[k] in _NOT_IN_A_SPEAKER or lowered[k] in AUXILIARIES:
            break
        phrase.append(lowered[k])
        k += 1
    closed = k >= len(words) or not words[k][0].isalpha() or lowered[k] in PREPOSITIONS
    if phrase and closed and words[k - 1][0].islower():
        return " ".join(phrase)
    return None


def _opening_subject(words: list[str]) -> str | None:
    """The words that name the unnamed speaker of a saying verb told after "and" with no
    subject of its own, as `unnamed_speaker` gives them: the subject of the clause the
    sentence opens with, when it describes one speaker the story names again ("the union"
    in "The union priced the deal at a million pounds and said the terms would follow").
    None for a name, a pronoun, someone new ("A man was fined and said …") or a subject the
    first verb does not close."""
    verb = first_finite([(0, 0, w) for w in words])
    if verb is None or not 2 <= verb <= _SPEAKER_WORDS + 1:
        return None
    lowered = [w.lower() for w in words[:verb]]
    if lowered[0] not in SPEAKER_DETERMINERS:
        return None
    phrase = lowered[1:]
    if not all(w.isalpha() and w not in _NOT_IN_A_SPEAKER for w in phrase):
        return None
    return " ".join(phrase) if words[verb - 1][0].islower() else None


def _unnamed_subject(sentence: str, trigger: str) -> tuple[str, bool] | None:
    """The noun of a saying's subject no name is given for, just before its speech verb
    (past an aside between commas: "Two officials, speaking on condition of anonymity,
    said"), and whether it takes up a speaker told before: "the statement", "one of the
    officials" (True), or introduces one: "an official statement", "two officials"
    (False). None for any other subject ("Lee said", "officials said", "they said")."""
    found = _verb_at(sentence, trigger)
    if found is None:
        return None
    words, k = found
    k -= 1
    while k >= 0 and (words[k] in ADVERBS or words[k] in AUXILIARIES):
        k -= 1  # "the statement also said"
    if k >= 0 and words[k] == ",":  # past an aside: "…, speaking on condition of anonymity,"
        start = max(0, k - _ASIDE_WORDS)
        before = [j for j in range(start, k) if words[j] == ","]
        if not before:
            return None
        k = before[-1] - 1
    if k < 0 or not words[k].isalpha() or words[k] in _NOT_IN_A_SPEAKER:
        return None
    noun = words[k].removesuffix("s")  # "officials" takes up "an official"
    for j in range(k - 1, max(-1, k - 1 - _SPEAKER_WORDS), -1):
        word = words[j]
        if word in INTRODUCING:
            return noun, False
        if word in DEFINITE_DETERMINERS:  # "the statement"; "one of the officials"
            if j == 0 or words[j - 1] not in PREPOSITIONS:
                return noun, True
            if words[j - 1] == "of" and j > 1 and words[j - 2] in NUMBER_WORDS:
                return noun, True
            return None  # "a spokesman for the workers": the spokesman speaks
        if word == "of" and j > 1:  # "A panel of U.N. monitors said": the panel speaks
            return _head_of(words, j - 1)
        if word == "." and j > 0 and "." in words[j - 1]:
            continue  # an abbreviation's last dot: "U.N."
        if not word.replace(".", "").isalpha() or word in _NOT_IN_A_SPEAKER:
            return None
    return None


def _head_of(words: tuple[str, ...], k: int) -> tuple[str, bool] | None:
    """The noun before "of" in a saying's subject, as `_unnamed_subject` gives it, and whether
    it takes up a speaker told before: "A panel of U.N. monitors said …" (False) and "…, the
    panel of U.N. envoys said" in the next paragraph (True): the one panel, whatever words
    tell who sits on it."""
    if not words[k].isalpha() or words[k] in _NOT_IN_A_SPEAKER:
        return None
    noun = words[k].removesuffix("s")  # "panels" takes up "a panel"
    for j in range(k - 1, max(-1, k - 3), -1):  # "a small panel of …"
        if words[j] in INTRODUCING:
            return noun, False
        if words[j] in DEFINITE_DETERMINERS:
            return (noun, True) if j == 0 or words[j - 1] not in PREPOSITIONS else None
        if not words[j].isalpha() or words[j] in _NOT_IN_A_SPEAKER:
            return None
    return None


_ASIDE_WORDS = 8  # words of an aside between a speaker and its verb, at most


def _described(report: _Said) -> bool:
    """Does the saying's subject describe its speaker, opening with "the", "its" or "their"
    ("The Harlow economist continued", "The firm's release continued"), not name them
    ("Lind continued") nor bring in someone ("A neighbour continued")? Past an aside
    between commas: "The source, who asked not to be named, added …" is the source."""
    found = _verb_at(report.sentence, report.trigger)
    if found is None:
        return False
    words, verb_at = found
    subject = words[:verb_at]
    if subject and subject[-1] == "," and "," in subject[:-1]:
        opens = subject.index(",")  # "The source, who …, added"
        if len(subject) - opens - 2 > _ASIDE_WORDS:
            return False
        subject = subject[:opens]
    return 2 <= len(subject) <= _DESCRIPTION and subject[0] in SPEAKER_DETERMINERS


_DESCRIPTION = 6  # words of a subject that describes who spoke last, at most


def _release_of(report: _Said) -> str | None:
    """Whose written statement the saying's subject is, when it is one ("Its statement
    claimed", "The company's release continued": "", said by no name; "Acme's statement
    said": "Acme"); None for any other subject."""
    found = _verb_at(report.sentence, report.trigger)
    if found is None:
        return None
    words, verb_at = found
    subject = list(words[:verb_at])
    while subject and (subject[-1] in ADVERBS or subject[-1] in AUXILIARIES):
        subject.pop()  # "The statement also said"
    if not 2 <= len(subject) <= _DESCRIPTION or subject[-1] not in RELEASE_NOUNS:
        return None
    if subject[0] in SPEAKER_DETERMINERS:
        return ""
    owner = _TOKEN.search(report.sentence)[0]  # as written: "Acme's"
    if len(subject) == 2 and owner[:1].isupper() and owner.lower().endswith(POSSESSIVE_ENDINGS):
        return owner[:-2]
    return None


def _in_a_release(report: _Said) -> bool:
    """Is the saying made in a written statement, told by "in" and a release noun near its
    verb ("…," the family said in a statement; "In a joint statement, the clubs said …";
    "said in its statement on Friday")?"""
    found = _verb_at(report.sentence, report.trigger)
    if found is None:
        return False
    words, at = found
    near = words[:at] + words[at + 1 : at + 1 + _OCCASION_REACH]
    for k, word in enumerate(near):
        if word in RELEASE_NOUNS and "in" in near[max(0, k - _RELEASE_REACH) : k]:
            between = near[near.index("in", max(0, k - _RELEASE_REACH)) + 1 : k]
            if all(w.isalpha() and w not in PREPOSITIONS for w in between):
                return True
    return False


_RELEASE_REACH = 3  # words from "in" to a release noun: "in a short written statement"


def _new_occasion(report: _Said) -> bool:
    """Does the saying's sentence open another occasion than the speaker's sayings told
    before: "Later, at the team hotel, Lund said …", "Afterwards Lund told
    reporters …", "…, Lund said in a post-race interview" (not "Later in the speech, Lund
    said …": more of the same speech)?"""
    found = _verb_at(report.sentence, report.trigger)
    if found is None:
        return False
    words, at = found
    if words[0] in NEW_OCCASION and at > 0 and words[1] != "in":
        return True
    after = []  # the verb's own words, up to what was said: "told reporters afterwards that"
    for word in words[at + 1 : at + 1 + _OCCASION_REACH]:
        if word == "that" or not word[0].isalpha():
            break
        after.append(word)
    near = words[:at] + tuple(after)
    if any(w in NEW_OCCASION and w != "later" for w in near):
        return True
    # "in a post-match interview", not "said post-war Britain had changed"
    return any(
        w.startswith("post-") and k > 0 and near[k - 1] in ARTICLES_AND_POSSESSIVES
        for k, w in enumerate(near)
    )


_OCCASION_REACH = 6  # words after a speech verb that may tell its occasion, at most


def _describes_a_person(report: _Said) -> bool:
    """Does the saying's subject describe a person with "the", naming no one ("On Friday
    the founder of the Lumo chain spoke …", "The city's veteran mayor said …")?"""
    found = _verb_at(report.sentence, report.trigger)
    if found is None:
        return False
    words, at = found
    for k in range(at):
        if DESCRIPTIONS.get(words[k], ("",))[0] != "person":
            continue
        if any(w in SPEAKER_DETERMINERS for w in words[max(0, k - 3) : k]):
            return True
    return False


def _introduces_someone(report: _Said) -> bool:
    """Does the saying bring its speaker in with an apposition ("…," said Ida Berg, a cook;
    "Ida Berg, who runs the kitchen, said …"): someone new, not who was described before?"""
    name = report.speaker or speaker_of(report.actors) or ""
    # the surname as a word: "Berg" is not in "Bergen"
    found = re.search(rf"\b{re.escape(name.split()[-1])}\b", report.sentence) if name else None
    if found is None:
        return False
    rest = report.sentence[found.start() :].split(",", 1)
    return len(rest) == 2 and rest[1].split()[:1] in (["a"], ["an"], ["who"], ["one"])


def _going_on_adverb(report: _Said) -> bool:
    """Does an adverb just before the speech verb say it goes on ("She further noted …")?"""
    found = _verb_at(report.sentence, report.trigger)
    return found is not None and found[1] > 0 and found[0][found[1] - 1] in GOING_ON_ADVERBS


def _by_pronoun(sentence: str, trigger: str, pronouns: frozenset[str] = SPEAKING_PRONOUNS) -> bool:
    """Is the saying's subject "they" or "it" (or one of `pronouns`), just before its verb
    ("They argue that …", "It also said …")?"""
    found = _verb_at(sentence, trigger)
    if found is None:
        return False
    words, at = found
    k = at - 1
    while k >= 0 and (words[k] in ADVERBS or words[k] in AUXILIARIES):
        k -= 1
    return k >= 0 and words[k] in pronouns


def _names_a_speaker(phrase: list[str], head: str, before: str) -> bool:
    """Do the words before a speech verb name one speaker the story may quote again: after
    "the" or "its" ("the state government", "its board"), or a bare plural opening the
    clause ("Officials said", "…, park officials said", "while experts told Reuters"), with
    a lower-case head?"""
    if not head[0].islower() and (before or not head[1:].islower()):
        return False  # a name ("Reuters said"), unless it opens the sentence
    if before in SPEAKER_DETERMINERS:
        return True
    if before in DETERMINERS or before in NUMBER_WORDS:
        return False  # "a spokesman", "some critics", "two officials": new each time
    opens = before in ("", ",", "\u201d", '"') or before in SUBORDINATORS
    return head.endswith("s") and not head.endswith("ss") and opens

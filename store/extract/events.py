"""Finding the events of a paragraph's sentences, by rule, and putting them together.

For each sentence: quoted speech is masked and the sentence cut into clauses (`clauses`), and
every verb or noun from the taxonomy, or verb the event detector (`eventspans`) says names a
happening, becomes a candidate once `verbs` says it is a verb here. Future, conditional and
negated clauses are left out of the chronology. Each event is typed (by its verb, or by its
object when the verb says little: "sent letters"), anchored in time with its reason
(`dating`), summed up in a line (`summaries`) and given its actors (`actors`, `discourse`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateline.store import dates
from dateline.store.extract.actors import ActorIndex
from dateline.store.extract.clauses import (
    after_apposition,
    clauses,
    describes_noun,
    nonrestrictive,
    relative,
    says,
)
from dateline.store.extract.dating import (
    Narrative,
    after_publication,
    after_story_day,
    anchor_value,
    attributive,
    clock_on_story_day,
    covered_period,
    date_for,
    dates_of_the_past,
    days_written,
    gerund_noun,
    in_a_name,
    in_own_year,
    in_story_year,
    is_bound,
    is_iterated,
    main_clause_perfect,
    noun_on_day,
    own_dates,
    own_temporal,
    pick_anchor,
    saying_from,
    set_for,
    speech_dates,
    story_year,
    told_in_past_perfect,
    year_before,
)
from dateline.store.extract.discourse import Discourse, PastSetting, is_recent, kind_of
from dateline.store.extract.eventspans import Detected, poslex
from dateline.store.extract.lexicon import (
    ADVERBS,
    ALLOTTED_VERBS,
    ARTICLES_AND_POSSESSIVES,
    ASIDE_NOUNS,
    AUX_BE_PAST,
    AUX_BE_PRESENT,
    AUX_PERFECT_PAST,
    AUX_PERFECT_PRESENT,
    AUXILIARIES,
    BACKGROUND_ASIDES,
    BACKGROUND_PHRASES,
    BARE_COUNT_ENDS,
    BE_FORMS,
    BEFORE_AN_ASIDE_SAYING,
    BEFORE_THE_YEAR,
    BEING_TO,
    BUILT_PARTS,
    BYLINE_VERBS,
    BYLINE_WORKS,
    CANCELLING,
    CAPACITY_VERBS,
    CASE_MADE,
    CHARACTERISING,
    CLAIMED,
    CLAUSE_RELATIVES,
    COMING_BACK,
    COMPARATIVE_RAISERS,
    COMPARATIVES,
    CONFINEMENT,
    CONTACT_DEEDS,
    CONTACT_SUBJECTS,
    CONTACT_TIME_NOUNS,
    CONTENT_NOUNS,
    COORDINATORS,
    COUNT_TIME_WORDS,
    COURTS,
    CURRENCY_WORDS,
    DAY_PARTS,
    DEFINITE_DETERMINERS,
    DEGREE_WORDS,
    DETERMINERS,
    DISCLOSING,
    DOCUMENT_NOUNS,
    DRAWING_VERBS,
    DUTY_VERBS,
    DYING_VERBS,
    FEELINGS,
    FIGURE_MOVES,
    FIGURE_TELLING,
    FIGURE_WRITINGS,
    FILMED_THINGS,
    FINITE_AUX,
    FINITE_MODALS,
    FOLLOWING_VERBS,
    FORECAST_VERBS,
    FRAMING_IT,
    FUNCTION_WORDS,
    FUNDING_WORDS,
    FUTURE_MODALS,
    GAP_HEDGES,
    GOING_ON,
    GRADING_WORDS,
    GUESSING_VERBS,
    GUESSING_WORDS,
    HABIT_OPENERS,
    HABIT_TO_VERBS,
    HAVING_ON,
    HEARSAY,
    HEDGES,
    HELD_ADVERBS,
    HELD_PARTICIPLES,
    HOUSING_VERBS,
    INCIDENT_NOUNS,
    INSTITUTIONS,
    INTENDING,
    JUST_NOW,
    KEEPING_VERBS,
    LANGUAGES,
    LARGE_NUMBER_WORDS,
    LONG_SPAN_HEDGES,
    LONG_SPAN_ONE,
    LONG_SPANS,
    LOOKING_AHEAD,
    MARKET_DIRECTIONS,
    MEASURE_NOUNS,
    MEASURED_QUANTITIES,
    MEDIUM_NOUNS,
    MEDIUM_PARTICIPLES,
    MODALS,
    MONEY_SIGN_CHARS,
    MULTIPLYING,
    NAMING_ADVERBS,
    NAMING_PLACE_WORDS,
    NAMING_VERBS,
    NARRATED_SAYINGS,
    NEAR_UNITS,
    NEGATIONS,
    NEWEST,
    NOT_AGENT_AFTER_BY,
    NOT_SEQUEL_BEFORE,
    NOT_STAYED,
    NOWADAYS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OCCASIONS,
    OCCURRED_WHEN_PASSIVE,
    OFFERING_VERBS,
    OPEN_EXPLANATION_LINKS,
    OPEN_EXPLANATION_PREPOSITIONS,
    ORDINALS,
    ORIGINALLY,
    OUR_WORDS,
    OWN_COVERAGE,
    OWN_TEXTS,
    PARTICLE_OBJECTS,
    PARTITIVE_PRONOUNS,
    PERFECT_CLITICS,
    PERSONAL_SUBJECTS,
    PLACED_PARTICIPLES,
    POSSESSIVE_ENDINGS,
    POSSIBILITY_MODALS,
    POST_VERBS,
    PREDICTING,
    PREDICTING_ADVERBS,
    PREPOSITIONS,
    PREVENTING,
    PRIOR_WORK,
    PRIOR_WORK_WORDS,
    PRONOUNS,
    PROSPECT_VERBS,
    PUTTING_AT,
    QUALITIES,
    QUOTE_FRAMING_VERBS,
    RANKS,
    RATE_NOUNS,
    REACTIONS,
    READ_ON_TAILS,
    REBUFFING_VERBS,
    RECENT_PAST,
    RECKONING_VERBS,
    RECKONINGS,
    REFUSING,
    RELATIVES,
    REPORTED_CONDITIONS,
    RESCHEDULING,
    ROUGHLY,
    RULING_NOUNS,
    RULINGS,
    RUNNING_MEASURES,
    RUNNING_VERBS,
    RUNNING_WORDS,
    SAYING_ASIDES,
    SAYING_MEDIA,
    SCENE_NOUNS,
    SCENE_PARTICIPLES,
    SCENE_VERBS,
    SCHEDULE_EVERY,
    SCHEDULE_WORDS,
    SCHEDULED,
    SCHEDULING_VERBS,
    SEEMING,
    SEEMING_TO,
    SELF_EDITS,
    SEQUEL_VERB_ADVERBS,
    SETTLED_IF_DENIED,
    SHARE_WORDS,
    SHARPENING,
    SHOWN_FIGURE_VERBS,
    SITE_STAFF,
    SPEAKING_SCENES,
    SPEECH_REFUSED,
    SPEECH_WITHOUT_OBJECT,
    SPENDING_WRITINGS,
    SPLIT_PARTICIPLES,
    SPOKEN_TO_VERBS,
    STANCE_VERBS,
    STATE_INFINITIVES,
    STATES,
    STATES_WITH,
    STATIVE_VERBS,
    STAYING_VERBS,
    STORY_NOUNS,
    STREAK_WORDS,
    SUBORDINATORS,
    SUPERLATIVES,
    SUPPOSING,
    TALLY_FILLERS,
    TALLY_VERBS,
    TASK_NOUNS,
    TELLING_THINGS,
    TEMPORAL_SUBORDINATORS,
    TENDING_VERBS,
    TEXT_PLACES,
    TEXT_POINTING,
    THAT_OF_CONTENT,
    TIME_UNITS,
    TIMING_LY,
    TOLD_EARLIER,
    TOLD_EARLIER_VERBS,
    TREND_COUNTS,
    TREND_UNITS,
    TREND_WORDS,
    UNSETTLED,
    UNSETTLED_LINKS,
    URGINGS,
    VAGUE_AGO,
    WEAPONS,
    WHEN_WORDS,
    WRITER_SUBJECTS,
    WRITER_TASKS,
)
from dateline.store.extract.retell import group_of
from dateline.store.extract.sentence import (
    FoundEvent,
    Reading,
    Sentence,
)
from dateline.store.extract.taxonomy import (
    EVENT_NOUNS,
    GENERIC_VERBS,
    HAPPENING_TYPES,
    NOUN_TYPE,
    NOUNS_IN_ORDER,
    OTHER,
    OTHER_AS_VERB,
    PHRASAL,
    REPORTING_VERBS,
    TYPING_ONLY,
    VERB_TYPE,
)
from dateline.store.extract.temporal import Timex
from dateline.store.extract.temporal.lexicon import (
    LOOKED_AHEAD_TO,
    UNIT_PLURALS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    by_first_letter,
)
from dateline.store.extract.temporal.lexicon import NUMBER_WORDS as COUNTS
from dateline.store.extract.temporal.lexicon import UNITS as TIME_UNIT_WORDS
from dateline.store.extract.verbs import (
    EVENTIVE,
    VERB_FORMS,
    VERB_PARTICLES,
    aspect_of,
    bare_subject,
    could_be_verb,
    counted_figure,
    finite_between,
    first_finite,
    frequent,
    future_clause,
    generic_subject,
    guess_form,
    has_finite_verb,
    has_object,
    imperative,
    in_a_role,
    in_complement,
    in_past_progress,
    in_progress,
    is_verb_here,
    lasting,
    lower_but_may,
    ly_adverb,
    no_object,
    noun_next,
    past_adverbs_back,
    perfect_participle,
    pluperfect,
    repeated,
    to_the_reader,
    under_way,
    verb_form,
    what_subject,
)
from dateline.store.text import may_hold, unclosed

# The first taxonomy noun: at the first position where one is, the one a type-by-type search
# would take (`NOUN_TYPE` gives its type).
_NOUN_RE = re.compile(rf"\b(?:{by_first_letter(NOUNS_IN_ORDER)})\b")


# "to" right before a word: the word is a verb's infinitive ("to deal with"), not a noun
_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)


def _noun_type(text: str) -> str | None:
    """The type of the first taxonomy noun in `text` (what follows or precedes a verb), not
    a verb's infinitive in it ("came out with a plan to deal with threats", "moved to deal
    with the flooding" are no deal)."""
    for m in _NOUN_RE.finditer(text):
        if not _other_sense(text, m):
            return NOUN_TYPE[m[0]]
    return None


def _object_type(tokens: list[tuple[int, int, str]], i: int) -> str | None:
    """The type of the verb's object noun: up to four words after it, before a preposition
    or a comma ("launched a fresh attack", not the "press conference" of "launched the
    phone at a press conference")."""
    words = []
    for _s, _e, w in tokens[i + 1 : i + 5]:
        if w.lower() in PREPOSITIONS or not w[:1].isalnum():
            break
        words.append(w)
    return _noun_type(" " + " ".join(words)) if words else None


def _filmed(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the "shoot" at `i` a filming: a picture, film or scene its object ("shot the
    video herself") or, passive, its subject ("The campaign images were shot in Lisbon")?
    Up to four words either side, within the clause."""
    for k in (*range(i + 1, min(len(tokens), i + 5)), *range(i - 1, max(-1, i - 5), -1)):
        word = tokens[k][2].lower()
        if not word[:1].isalnum():
            break
        if word in FILMED_THINGS:
            return True
    return False


def _object_end(masked: str, start: int, end: int) -> int:
    """Where the words after a verb stop being its object and what it is of: before a
    phrase of when or despite what ("is seeking a deal ahead of the summit": no summit
    held; "went on strike", "took part in a protest" keep theirs)."""
    m = _SETTING_PHRASE.search(masked, start, end)
    return m.start() if m else end


_SETTING_PHRASE = re.compile(
    r"\b(?:ahead\s+of|before|after|during|since|until|following|amid|despite)\b", re.I
)


def _market_move(tokens: list[tuple[int, int, str]], i: int) -> str | None:
    """ "Markets opened lower on Monday", "opened sharply higher": a market's move."""
    after = [w.lower() for _s, _e, w in tokens[i + 1 : i + 4]]
    if after and ly_adverb(after[0]):
        after = after[1:]
    if not after or after[0] not in MARKET_DIRECTIONS:
        return None
    # "opened up 2%", not "opened up its books", "the airport opened up"
    follows = after[1] if len(after) > 1 else ""
    if after[0] in ("up", "down") and not follows[:1].isdigit():
        return None
    return "financial"


def _freed(tokens: list[tuple[int, int, str]], i: int) -> str | None:
    """ "Lee was released from prison in May", "freed on bail": a step of the law; "released
    from hospital", "from its contract": a happening of no type. Not a launch."""
    after = [w.lower() for _s, _e, w in tokens[i + 1 : i + 4]]
    if after[:1] not in (["from"], ["on"]):
        return None
    if any(w in CONFINEMENT for w in after[1:]):
        return "legal"
    return OTHER if after[0] == "from" else None


# "a great deal", "a good deal": a quantity ("Travel changed a great deal"), no bargain
_A_LOT = re.compile(r"\ba\s+(?:great|good)\s+$", re.IGNORECASE)


def _other_sense(text: str, m: re.Match) -> bool:
    """Is the taxonomy noun matched a word of another sense here: a verb ("to deal with"),
    or "deal" as a quantity ("changed a great deal")?"""
    return m[0] in OTHER_AS_VERB and (
        _INFINITIVE.search(text, max(0, m.start() - 4), m.start()) is not None
        or m[0] == "deal"
        and _A_LOT.search(text, max(0, m.start() - 10), m.start()) is not None
    )


def _measure_named(text: str, at: int) -> bool:
    """Is the word after offset `at` a noun of a measure of many (`MEASURE_NOUNS`: "death
    rate", "crash numbers", "attack levels")? The happening's noun names a figure then."""
    m = _WORD_AFTER.match(text, at)
    return m is not None and m[1].lower() in MEASURE_NOUNS


# (a name of its own: `_NEXT_WORD` below, for the word after a time expression, took its
# place while both were named alike, so "death rate-setting" read "rate-setting")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _nominal(tokens: list[tuple[int, int, str]], k: int, detected: Callable[[int], bool]) -> bool:
    """A happening named by a noun ("the first flight", "Boeing's deliveries"): one the
    detector found, after a determiner, a possessive or an adjective of order."""
    if tokens[k][2].lower() in VERB_FORMS or k == 0:
        return False
    prev = tokens[k - 1][2].lower()
    before = prev in DETERMINERS or prev.endswith(POSSESSIVE_ENDINGS) or prev in ORDINALS
    return before and detected(tokens[k][0])


def _particle(tokens: list[tuple[int, int, str]], i: int, particles: dict[str, str]) -> str:
    """The particle of the phrasal verb at `i` among `particles`: the next word ("stepped
    down"), or the one after a pronoun object ("ruled that out"); else ""."""
    for k in (i + 1, i + 2):
        word = tokens[k][2].lower() if k < len(tokens) else ""
        if word in particles:
            return word
        if word not in PARTICLE_OBJECTS:
            break
    return ""


def find_events(
    text: str,
    sentences: list[tuple[int, int]],
    timexes: list[Timex],
    dct: date | None,
    actor_index: ActorIndex,
    discourse: Discourse | None = None,
    lead: bool = False,
    readings: list[Reading] | None = None,
) -> list[FoundEvent]:
    """The events of one paragraph, anchored in time (see `dating`).

    `discourse` carries the article's lead time and last-named actors from paragraph to
    paragraph; `lead` says whether this paragraph is part of the story's lead, which sets the
    lead time and whose present perfect is the news of the day; `readings` are the
    sentences' `read_sentence`, when the caller has them already.
    """
    discourse = discourse or Discourse(dct)
    if _teaser(text):
        return []  # "… the harbour is ready… READ THE REST": another story's teaser
    # Each sentence looks up its own time expressions, not the paragraph's: a paragraph of
    # thousands of sentences must not cost sentences x expressions.
    ordered = sorted(timexes, key=lambda t: t.start)
    heading, mistaken = _date_heading(text, ordered)
    if mistaken:
        ordered = ordered[1:]
    starts = [t.start for t in ordered]
    found: list[FoundEvent] = []
    narrative = Narrative(discourse.story_time, "inferred") if discourse.story_time else Narrative()
    dct_value = dct.isoformat() if dct else None
    # "In 2010, the firm collapsed. On December 27, …": the story's year for bare days and
    # months, for the rest of its paragraph, and for the next when the paragraph opens with
    # it ("In 2011, when the council voted …" closing a paragraph is an aside, and the
    # next one's "since June" is this year's)
    year_now, discourse.story_year = discourse.story_year, None
    # "… in a memo dated May 3 1994. ¶ She asked for a delay. ¶ In late June she gave in.":
    # a past year's story told to the day or month goes on in that year until a sentence
    # dates itself anew (see `after_story_day`); not after a span, which tells a state over
    # years ("The recession lasted from December 2007 to June 2009."), not a story's day
    went_on = discourse.told or ""
    if (
        year_now
        or not dct
        or not _MONTH_OR_DAY.match(went_on)
        or "/" in went_on
        or went_on[:4] >= str(dct.year)
    ):
        went_on = None
    # … and a clock time alone goes on on its day, not the publication's the tagger gave it
    # ("Reid vanished on Saturday, October 12, 2013. … ¶ He departed about midnight")
    went_day = went_on if went_on and dates.DAY.fullmatch(went_on) else None
    opened = None  # the year the paragraph opens with
    # a paragraph of the lead after one that told its news as under way (`Discourse.lead_told`)
    lead_told = lead and discourse.in_story and discourse.lead_told
    # "Last week, Mayor Reed told councillors … He said …": the time of a speaker's saying the
    # paragraph dated, too far back to be the story's occasion (see `Discourse.setting`),
    # and who made it: their next undated sayings of the paragraph were made then
    heard_at: tuple[str, frozenset[str]] | None = None
    # … and the one the paragraph before closed on, for this one's opening sayings by the
    # same speaker ("In 2009, Ann Lee told a magazine: … ¶ “…,” she said.")
    carried = discourse.heard_last if discourse.in_story else None
    # "At a June 24 hearing, Rep. Ann Lowe pushed for …": the day of the occasion for speaking
    # a sentence of the paragraph put someone at, for the sayings by a pronoun that follow
    # ("“…,” she said"), whoever the pronoun is read as
    at_scene: str | None = None
    # the days the paragraph has named so far, and the one before it
    written: set[str | None] = set(discourse.days_named)
    named_here: set[str] = set()
    # the past the paragraph before closed in, for this one if it takes up its happening
    then, discourse.setting_then = discourse.setting_then, None
    set_here = False  # has a dated sentence of this paragraph set its narrative?
    base = narrative
    # the happening the paragraph's past was told with ("the 2009 crash"), whose
    # definite mention ("In the crash, …") the next paragraph goes on about
    told_of: frozenset[str] = frozenset()
    # each sentence's events (their span in `found`), for what a later one puts before it
    spans: list[tuple[int, int, Sentence]] = []
    for k, (s_start, s_end) in enumerate(sentences):
        own = ordered[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
        own = in_own_year(own, text, s_start)
        if year_now:
            own = in_story_year(own, year_now, text[s_start:s_end])
        elif went_on and own:
            own = after_story_day(own, went_on, text[s_start:s_end])
        if own:
            went_on = None  # dated anew
        if own:
            year, fronted = story_year(text, s_start, own, dct)
            if k == 0 and fronted:
                opened = year
            # back to the present with "on Monday", "last week": no story year any more
            year_now = year or (
                None if any(t.anchored and t.value[:4] != year_now for t in own) else year_now
            )
        reading = readings[k] if readings else None
        sent = Sentence.read(text, s_start, s_end, own, actor_index, discourse, reading)
        if sent.calendar:
            story = discourse.story_time
            day = next((v for v in (narrative.value, story) if v and dates.DAY.match(v)), None)
            known = written | {dct_value, story, narrative.value}
            if went_day and not written - {None, went_day}:
                known, day = {went_day}, went_day  # gone back to a dated happening's night
            sent.calendar = clock_on_story_day(sent.calendar, known, day)
            named_here |= days_written(sent.calendar, clocks=True)  # those kept too
            written |= named_here
        if (
            k == 0
            and then
            and discourse.in_story
            and not sent.calendar
            and (then.opened or _takes_up(sent, then.nouns))
        ):
            # "The loss recalls the 2009 sinking of the Orvado, which drowned 40. ¶ In the
            # sinking, the crew had ignored a storm warning.": an undated paragraph that
            # goes on about the past happening the last one told of goes on in its time, not
            # at the story's; so does one after a paragraph set in that past by its opening
            # ("In 1958, the two banks merged. ¶ The new bank closed 40 branches.")
            narrative, set_here = Narrative(then.value, "inferred"), True
        if heard_at and _OCCASION.search(sent.masked):
            heard_at = None  # "In an interview, Cole said …": another occasion, and on
        if carried and (
            sent.calendar or _OCCASION.search(sent.masked) or k == 0 and not _said_by_pronoun(sent)
        ):
            carried = None  # dated anew, or a speaker named again: no longer that quote
        if at_scene and (sent.calendar or _OCCASION.search(sent.masked)):
            at_scene = None  # dated anew, or another occasion
        report = _Report(discourse, said=heard_at or carried)  # when its sayings were made
        if at_scene and _said_by_pronoun(sent):
            report = _Report(told=Narrative(at_scene, "inferred"))  # "“…,” she said": there
        to_the_paper = _to_the_paper(sent.masked) and not _told_another_outlet(sent, report)
        if to_the_paper or _refuses_to_speak(sent):
            # "said in a phone interview", "declined to comment": for the paper, at
            # publication, or on the day the story says the speaker talked ("Lee said
            # yesterday …" … "“…,” Lee told the Gazette")
            report = _Report(heard_on=discourse.said_on)
        if discourse.told and (
            _POINTER.match(sent.masked)
            or "time" in sent.masked
            and _AT_THE_TIME.search(sent.masked)
        ):
            # "Then, the Church accused …", "At the time, Martin warned …": the time of the
            # story's last dated sentence, even from the paragraph before, for sayings too
            narrative = Narrative(discourse.told, "inferred")
            report = _Report(told=narrative)
        told_at, sequel = narrative, False
        near = _near_happening(sent, discourse) if discourse.happened else None
        if near:  # "the morning after it sank": no morning of its own, the sinking's
            sent.calendar = [t for t in sent.calendar if not near[3] <= t.start < near[4]]
        # a life story, read once: the narrative for the next sentences asks again below
        background = bool(dct_value and not sent.calendar and _background(sent.masked))
        if background or dct_value and not sent.calendar and _background_aside(sent.masked):
            # "She received her degree in nursing", "The arena underwent a $5 million refit"
            told_at = Narrative(dct_value, "before")
        elif (
            discourse.told
            and not sent.calendar
            and (
                _SEQUEL.match(sent.masked)
                or _some_time_later(sent.masked)
                or (sequel := _sequel_after(sent, discourse))
            )
        ):
            # "In 2012 the inventor claimed … Subsequently, the claim was refuted", "… The
            # rival lab published its results a few weeks later", "The mayor quickly
            # ordered a recount": after it
            told_at = Narrative(discourse.told, "after")
            if narrative.value == discourse.told:
                # … and so does the story the paragraph goes on with ("A few weeks later the
                # lab adopted it. Soon every team used it": not at the earlier time itself)
                narrative = told_at
            if sequel or _some_time_later(sent.masked):
                # … its sayings too ("Some weeks later, a student wrote a guide to it",
                # "Rivals quickly claimed she knew": not at publication; a bare "Later, Lee
                # said" is more often that same day)
                report = _Report(told=told_at)
        elif near and not sent.calendar:
            # "Reid vanished on Saturday, October 12, 2013. … He had walked to a party the night
            # before he vanished": the night before that day, and the story goes on toward it
            # ("He departed about midnight": that night, not publication's)
            near_day, happened_on = near[:2]
            told_at = Narrative(near_day, "inferred")
            if discourse.in_story:
                discourse.told = happened_on
        elif (
            discourse.scenes
            and not sent.calendar
            and not (set_here and _long_before(narrative.value, dct_value))
        ):
            # (not amid a past the paragraph dated: "In the 2009 crash, … The flight's
            # autopilot had failed" is that crash's flight, not the one the story is about)
            scene = _scene_mentioned(sent.masked) or _scene_retold(sent.tokens)
            day = discourse.scenes.get(scene) if scene else None
            if day:  # "About 50,000 people watched the maiden flight": the flight's day
                told_at = Narrative(day, "inferred")
        if (
            dct_value
            and not sent.calendar
            and told_at.dating == "inferred"
            and told_at.value != dct_value
            and dates.DAY.match(told_at.value or "")
            and _perfect_main_clause(sent.tokens)
        ):
            # "Facebook removed the posts on Monday. Similar campaigns have drawn claims that
            # they are run from abroad": a sentence told in the present perfect sums up the
            # time up to now; what its other clauses tell ("are run", "with two million
            # birds killed") is no happening of the day the story told before it
            told_at = Narrative(dct_value, "before")
        # what "prior work" found is no news of the lead's, whatever its tense
        news_lead = lead and not (told_at.dating == "before" and _PRIOR_WORK.search(sent.masked))
        # a lead tells its news in its first sentences; what a long lead paragraph goes on
        # to tell is background ("… her CV says she made the honours list at college")
        events = _sentence_events(
            sent,
            told_at,
            dct_value,
            report,
            news_lead,
            heading,
            news_lead and k < LEAD_SENTENCES,
            quoting=discourse.reproduced,
            lead_told=lead_told,
        )
        if near:
            events = _near_told(events, near, dct_value)
        elif discourse.scenes and not sent.calendar:
            events = _in_scene(sent.masked, events, discourse.scenes, dct_value)
        events = _said_by_writing(sent, events, discourse, dct_value)
        said_on = [
            e for e in events if e.type == "statement" and e.dating == "explicit" and e.date
        ]  # looked for first: few sentences date a saying, and the occasion's search is slow
        if said_on and _OCCASION.search(sent.masked):  # "told a news conference on Thursday":
            # later sayings of its speakers were made there, that day ("Speaking at a press
            # conference on Friday, Ortiz said …": the conference's day, the saying's speaker)
            speakers = tuple(a for e in events if e.type == "statement" for a in e.actors)
            for e in said_on:
                discourse.offer_setting(e.date, speakers)
            events = _said_at(events, said_on[0])
        elif said_on:  # "Lee said on Monday …" … "she added": the same day, hers alone
            for e in said_on:
                discourse.offer_setting(e.date, e.actors[:1])
                who = e.speaker or next(iter(e.actors), None)
                if who and discourse.in_story and is_recent(e.date, discourse.dct):
                    discourse.said_on[who] = e.date
        moved = [
            e
            for e in events
            if e.dating == "explicit" and e.actors and e.actors[0] in discourse.setting_speakers
        ]
        if moved and _OCCASION.search(sent.masked):
            # "In his keynote address Wednesday, Jobs announced the release of …": a dated
            # occasion of the speaker's puts them there for their later sayings (not a
            # signing "on June 15": a company's later "said" is still the story's)
            discourse.offer_setting(moved[0].date, moved[0].actors[:1])
        if discourse.lead_happened and _AT_THE_SCENE.search(sent.masked):
            # "At the scene, Inspector Lund said officers were alerted at 2 p.m.": said on the
            # happening's day, as are the speaker's later sayings (`Discourse.lead_happened`)
            events = _said_on_scene(events, discourse, dct_value)
        heard_at = _heard_at(sent, events, heard_at, discourse, dct_value)
        if not said_on and (scene := _at_occasion(sent, events, dct_value)):
            # "At a June 24 hearing, Rep. Ann Lowe pushed for a faster return. “…,” she said":
            # she spoke there, that day, as she goes on in the paragraph
            heard_at, at_scene = scene, scene[0]
        elif at_scene and not _said_by_pronoun(sent) and any(e.type == "statement" for e in events):
            at_scene = None  # "Jim Dunn, the chair, said …": another speaker, whom "he" may be
        if carried and not any(
            e.type == "statement" and carried[1].intersection(e.actors) for e in events
        ):
            carried = None  # the quote the paragraph opened with has ended
        if to_the_paper and discourse.in_story:
            discourse.interviewed.update(
                e.speaker for e in events if e.type == "statement" and e.speaker
            )
        spans.append((len(found), len(found) + len(events), sent))
        found.extend(events)
        if (
            k == 0
            and set_here
            and then
            and then.opened
            and not sent.calendar
            and not any(e.date == then.value for e in events)
        ):
            # "… ¶ The bank now employs 900.": back at the story's present, not in the past the
            # paragraph before was set in
            narrative, set_here = base, False
        discourse.spoke(sent.speakers)
        # a saying's speaker: its own, else the first of its actors (not the outlet of "In an
        # interview with Radio Nord, Dorn said …", whom a "she added" would then take up)
        discourse.heard(
            next(
                (e.speaker or e.actors[0] for e in events if e.type == "statement" and e.actors),
                None,
            )
        )
        if discourse.in_story:
            _remember_scenes(sent.masked, events, lead, discourse)
        # a caption's "Reid vanished on Saturday, October 12, 2013" dates the vanishing too
        _remember_happenings(events, discourse)
        # Narrative time for the following sentences of this paragraph; not a birth date
        # ("She was born in 1968. She attended law school…": not in 1968).
        births = {e.date for e in events if e.type == "birth"}
        if sent.calendar and anchor_value(sent.calendar[-1]) in births:
            pass
        elif sent.calendar and all(_first_due(sent.masked, t) for t in sent.calendar):
            pass  # "The hearing, scheduled for Friday, was postponed": the hearing's day,
            # not the time the story has come to
        elif (
            sent.calendar
            and _flashback(sent.masked, sent.calendar[-1].end)
            and not _writing_tells(sent)
        ):
            pass  # "On Tuesday, the leader had alleged …": a past before the story's, not
            # the time the next sentences tell
        elif (
            sent.calendar
            and (told_time := _told_time(sent))
            and (
                _YEAR_OR_FINER.match(told := anchor_value(told_time))
                or _SET_IN_DECADE.search(sent.masked, max(0, told_time.start - 40), told_time.start)
                and sent.masked[told_time.end : told_time.end + 1] == ","
            )
        ):
            # not a decade ("compared with the 1950s"): too coarse to place what follows,
            # unless it sets the scene in a phrase of its own ("Back in the '70s, Lee …")
            told = _told_as_past(told_time, events, dct_value) or told
            # "After the 2008 crash, banks hoarded cash. Lenders cut credit lines.": what
            # follows a fronted "after" phrase goes on after its time, not at it
            after = _fronted_after(sent.masked, told_time)
            narrative = Narrative(told, "after" if after else "inferred")
            set_here, told_of = True, _dated_nouns(sent.masked, told_time)
            if discourse.in_story:
                discourse.told = narrative.value
            first_day = anchor_value(sent.calendar[0])
            if (
                lead
                and not _AS_OF.search(sent.masked, 0, sent.calendar[0].start)
                and (
                    any(e.date == first_day for e in events)
                    or not events
                    and first_day != dct_value
                )
            ):
                # not the day a state holds on ("As of Monday, a loaf cost $2.50": no lead
                # time for the rest of the story), nor one no happening of the sentence
                # takes ("…, Lee explained about the prospects of a bill on Monday"), nor a
                # page's time stamp at publication ("March 2, 2021 at 9:15 AM | Science |
                # Share"); a sentence whose happening is missed still dates the lead ("A
                # hiker was bitten by a snake on Sunday")
                discourse.offer_lead(
                    first_day,
                    _happening_lead(sent.masked, events, first_day),
                    _spoken_lead(sent.masked, events, first_day),
                    _ruling_lead(sent, events, first_day),
                )
        elif (
            dct_value
            and main_clause_perfect(sent.masked)
            # "Gold started the day lower but has climbed 1% as the day went on": the day's
            # news goes on, at publication, though its second clause is a perfect
            and not any(
                e.dating == "inferred" and e.date == narrative.value == dct_value for e in events
            )
        ):
            narrative = Narrative(dct_value, "before")
        elif background:
            # "She received her degree in Berkeley. She also helped organise pickers in
            # Fresno.": the life story goes on, before the story, not at its day
            narrative = Narrative(dct_value, "before")
    discourse.days_named = frozenset(named_here)
    if discourse.in_story:
        discourse.heard_last = heard_at
    if lead and discourse.in_story and not discourse.lead_told:
        # (not news told as a past: "The Senate has approved Judge Lee. ¶ Lee was named to
        # the bench over objections", "The ferry hearing was postponed. ¶ The harbour
        # concert was cancelled" tell that news on, or more news of the day)
        discourse.lead_told = any(
            e.type != "statement" and e.dating == "inferred" and _under_way(sent, e.trigger)
            for first, last, sent in spans
            for e in found[first:last]
        )
    if set_here and discourse.in_story and _long_before(narrative.value, dct_value):
        # the paragraph closed in a past of its own, told on past its dated sentence
        # (not a year in passing: "Lee said the 1991 deal still binds Acme"): with the
        # happening it was told by, for the next one; or set there by its opening ("In
        # 1958, …"), for the next one whatever it goes on about
        opener = bool(opened and year_now == opened and narrative.value[:4] == opened)
        told_on = any(e.dating == "inferred" and e.date == narrative.value for e in found)
        if told_on and told_of or opener:
            discourse.setting_then = PastSetting(narrative.value, told_of, opener)
    if opened and year_now == opened and discourse.in_story:
        discourse.story_year = opened
    if heading is None and dct_value:
        found = _before_the_sequel(found, spans, dct_value)
    if heading is not None:
        # "4 March 2011: The council halts …": a chronology's date heads all its paragraph;
        # what it tells in the past perfect came before that date ("The mayor had just
        # resigned"), not on it
        value = anchor_value(heading)
        bounds = dates.bounds(value)
        found = [
            e
            if e.dating == "explicit" or not bounds
            else replace(
                e,
                date=dates.timex_value(value),
                dating="before"
                if e.dating == "before"
                and told_in_past_perfect(text[e.sent_start : e.sent_end], e.trigger)
                else "explicit",
                start=bounds[0].isoformat(),
                end=bounds[1].isoformat(),
            )
            for e in found
        ]
    return found


# A lead paragraph's first sentences tell the day's news; a long one goes on to background
LEAD_SENTENCES = 3


def _under_way(sent: Sentence, trigger: str) -> bool:
    """Is `trigger` told as a happening under way, after a present "is", "are" ("Deputies
    are quitting the sheriff's office", "Prosecutors are seizing the homes of two
    brothers")? A lead that tells its news so tells a trend of the present, whose undated
    past acts the story goes on to tell are background to it (`Discourse.lead_told`)."""
    tokens = sent.tokens
    k = next((k for k, t in enumerate(tokens) if t[2] == trigger), None)
    return bool(k) and tokens[k - 1][2].lower() in AUX_BE_PRESENT and in_progress(tokens, k)


# a decade put before the clause it sets ("In the 1960s, …", "…, back in the '70s, Lee
# …"), in a phrase of its own: the opening of the sentence or after a comma
_SET_IN_DECADE = re.compile(
    r"(?:^|,)\s*(?:(?:back|way\s+back)\s+)?(?:in|during|throughout)\s+(?:the\s+)?"
    r"(?:(?:early|late|mid)[\s-]*)?$",
    re.IGNORECASE,
)


# "the 2009 crash", "Acme's 1998 merger deal": a year naming a happening by the words after it
_YEAR_NAMING = re.compile(r"(?:\bthe|['’]s?)\s+$")
_NOUNS_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")
_DEFINITE = re.compile(r"\b(?i:the|that|this)((?:\s+[\w’'-]+){1,3})")


_SUBJECT_REACH = 14  # the words a subject may take before its verb
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "—", "–"})
# what opens a clause about a noun ("who", "which", "whose", "that"); `clauses` has its own
# `_RELATIVE_OPENERS` without "whose"
_THAT_OR_RELATIVE = RELATIVES | {"that"}


def _perfect_main_clause(tokens: list[tuple[int, int, str]]) -> bool:
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


def _dated_nouns(masked: str, t: Timex) -> frozenset[str]:
    """The words a year names a happening with ("the 2011 flood of a mine": "flood"; "the
    1998 merger deal": "merger", "deal"), none for a year that dates a clause ("In 2009, …")."""
    if not _YEAR_NAMING.search(masked, max(0, t.start - 8), t.start):
        return frozenset()
    m = _NOUNS_AFTER.match(masked, t.end)
    words = m[0].split() if m else []
    return frozenset(w for w in words if w not in FUNCTION_WORDS)


def _takes_up(sent: Sentence, nouns: frozenset[str]) -> bool:
    """Does the sentence name the happening by a definite noun ("In the crash, …", "That
    merger …")?"""
    return any(
        nouns.intersection(w.lower() for w in m[1].split()) for m in _DEFINITE.finditer(sent.masked)
    )


def _told_time(sent: Sentence) -> Timex | None:
    """The time a sentence tells, for the sentences after it: its last date that is not one
    it looks ahead to; none that a record is measured against ("its first close below
    10,000 since 2004. The index had fallen 800 points during the day": not in 2004)."""
    own = [
        t
        for t in sent.calendar
        if not _compared(sent.masked, t) and not _period_measured(sent.masked, t)
    ]
    return next(
        (
            t
            for t in reversed(own)
            if not LOOKED_AHEAD_TO.search(sent.masked, max(0, t.start - 60), t.start)
        ),
        own[-1] if own else None,
    )


# a named happening with its year in a phrase of what came before, closed by a comma:
# "After the Great Flood of 2009, engineers pushed for levees" (not "After the Class of 2020
# graduated": a name, then a clause of its own)
_NAMED_PAST = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|in\s+the\s+(?:wake|aftermath)\s+of)\s+the\s+"
    r"(?:[A-Z][\w’'-]*\s+){1,4}of\s+$"
)


# the words of a phrase of what came before ("in the wake of", "in the aftermath of")
_IN_WAKE_OF = r"in\s+the\s+(?:wake|aftermath)\s+of"
# … opening the sentence up to a date ("After the 2008 crash", "Following the floods of May
# 2019", "In the wake of the 2011 strike")
_AFTER_OPENING = re.compile(r"\W*(?:after|following|" + _IN_WAKE_OF + r")\s[^,;:]*$", re.IGNORECASE)


def _fronted_after(masked: str, t: Timex) -> bool:
    """Is `t` the time of a fronted phrase that puts the sentence's clause after it ("After
    the 2008 crash, banks hoarded cash", not "After he quit in 2008 the firm …" with no
    comma closing the phrase soon after the date)?"""
    return _AFTER_OPENING.match(masked[: t.start]) is not None and "," in masked[t.end : t.end + 30]


def _named_past(masked: str, t: Timex) -> bool:
    """Is the year of a name ("the Great Flood of 2009") the time of a happening the
    sentence's clause comes after (`_NAMED_PAST`)? Then it bounds that clause."""
    return (
        masked[t.end : t.end + 1] == ","
        and _NAMED_PAST.search(masked, max(0, t.start - 60), t.start) is not None
    )


def _told_as_past(t: Timex, events: list[FoundEvent], dct_value: str | None) -> str | None:
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


def _scene_mentioned(masked: str) -> str | None:
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


def _scene_retold(tokens: list[tuple[int, int, str]]) -> str | None:
    """The scene a sentence retells by its verb in the simple past ("The drone flew over
    the lake": the flight), not one told as earlier still ("had flown")."""
    for k, (_a, _b, word) in enumerate(tokens):
        lemma, form = verb_form(word)
        if lemma in SCENE_VERBS and form == "past":
            if k and tokens[k - 1][2].lower() in AUXILIARIES:
                return None
            return SCENE_VERBS[lemma]
    return None


def _in_scene(
    masked: str, events: list[FoundEvent], scenes: dict[str, str], dct_value: str | None
) -> list[FoundEvent]:
    """The sentence's undated events its own clause places in a scene the story dated ("A
    plane crashed on Sunday during a flight to Oslo. … The pilot had asked to change course
    during the flight", "Lee had scored twice in the game"): on that scene's day, not only
    before it or before publication (a saying told in the past perfect, a deed before the
    day the paragraph narrates). Not a scene of another clause ("Lee said the keeper was
    hurt during the game": the saying is the story's)."""
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
        if (e.dating == "before" or e.dating == "inferred" and e.date != day) and _clause_holds(
            masked, e, m
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


def _near_told(
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


def _near_happening(sent: Sentence, discourse: Discourse) -> tuple[str, str, str, int, int] | None:
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


def _remember_happenings(events: list[FoundEvent], discourse: Discourse) -> None:
    """The days the sentence's happenings are dated to by its own words, by their verbs."""
    for e in events:
        if e.type != "statement" and e.dating == "explicit" and e.date and dates.DAY.match(e.date):
            lemma, form = verb_form(e.trigger.lower())
            if form in ("past", "pp"):
                # "vanished" … "the night before he disappeared": one happening
                discourse.happened.setdefault(group_of(lemma), e.date[:10])


def _remember_scenes(
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


def _date_heading(text: str, timexes: list[Timex]) -> tuple[Timex | None, bool]:
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


# A superlative tally: "has made the most trips of any rival", "has dropped in
# most frequently", "more often than any other carrier" (not "has become the most valuable
# company": a change).
_RECORD = re.compile(
    r"\b(?:the most \w+s|most (?:often|frequently)|(?:more|fewer) \w+ than any)\b",
    re.IGNORECASE,
)
_PERFECT_AUX = AUX_PERFECT_PRESENT | AUX_PERFECT_PAST  # "has", "had", "'ve" …
_FUNCTION_OR_AUX = FUNCTION_WORDS | AUXILIARIES
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


def _days_before(masked: str, at: int) -> int:
    """How many days before the narrated one the clause after `at` puts its verb, by "the
    night before", "on the two previous days" (0: none)."""
    if not may_hold(masked, _DAYS_BEFORE_WORDS):
        return 0
    m = _DAYS_BEFORE.search(masked, at)
    if m is None or _CLAUSE_BETWEEN.search(masked, at, m.start()):
        return 0
    return int(COUNTS[m["n"].lower()]) if m["n"] else 1


# "comes just one week after …", "came days after …": how long before the time of
# what comes its "after" clause happened
_CAME_AFTER = re.compile(
    rf"\b(?:comes?|came|coming)\s+(?:(?:{'|'.join(sorted(GAP_HEDGES))})\s+)?"
    r"(?P<n>(?:[\w-]+\s+){0,2}?[\w-]+\s+)??(?P<unit>day|week|month|year)s?\s+after\b",
    re.IGNORECASE,
)
# what ends the "after" clause: another clause of the sentence
_AFTER_CLAUSE_ENDS = re.compile(r"[;:]|,\s+(?:and|but|while|as|which|who)\b", re.IGNORECASE)


# the time up to now: "within the past few days", "over the last week", "in recent weeks"
_LATELY = re.compile(
    r"\b(?:within|in|over|during)\s+(?:the\s+(?:past|last)|recent)\s+"
    r"(?:(?:few|several|couple\s+of|[a-z]+)\s+)?(?:days?|weeks?|months?)\b",
    re.IGNORECASE,
)
_LATELY_WORDS = ("past", "last", "recent")  # one is in every `_LATELY`: looked for first
# ", when …" right after a date: a clause that tells what happened at it
_WHEN_THEN = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


def _when_then(sent: Sentence, anchor: Timex, i: int) -> bool:
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


def _gap(m: re.Match) -> tuple[int, int | None, str] | None:
    """Where "come" starts, the count (None if vague: "a few days", "just days") and the
    unit of a `_CAME_AFTER` match, if its words are a count."""
    n = (m["n"] or "").strip().lower()
    count = int(n) if n.isdigit() else COUNTS.get(n)
    if n and count is None and n not in VAGUE_NUMBERS:
        return None  # "came two decades after": no count of a unit, or not a count at all
    return m.start(), count if isinstance(count, int) else None, m["unit"].lower()


def _came_after(masked: str, at: int) -> tuple[int, int | None, str] | None:
    """Is the word at `at` in the "after" clause of "comes one week after", "came a few days
    after"? (see `_gap`)."""
    if "after" not in masked[:at]:
        return None
    found = None
    for m in _CAME_AFTER.finditer(masked, 0, at):
        found = m
    if found is None or _AFTER_CLAUSE_ENDS.search(masked, found.end(), at):
        return None
    return _gap(found)


# "over the past year", "in the last two weeks", "within the past 10 days": a time up to now
_PAST_SPAN = re.compile(
    r"\b(?:within|in|over|during)\s+the\s+(?:past|last)\s+(?:(?P<n>[a-z]+|\d+)\s+)?"
    r"(?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)
_PAST_OR_LAST = ("past", "last")  # one is in every `_PAST_SPAN`: looked for first


def _past_span_start(masked: str, span: tuple[int, int], dct_value: str) -> tuple[str, int] | None:
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


def _gone_back(told: str | None, count: int | None, unit: str) -> tuple[str | None, str]:
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


_MONTH_OR_DAY = re.compile(r"^\d{4}-\d\d\b")  # "2023-11", "2023-11-08"; not "2023-Q3"
_RECORD_WORDS = ("most", "than any")  # one is in every `_RECORD`: looked for first
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


def _to_the_paper(masked: str) -> bool:
    """Was the sentence's saying made to the reporter (`_TO_THE_PAPER`)?"""
    return any(map(masked.__contains__, _TO_THE_PAPER_WORDS)) and bool(_TO_THE_PAPER.search(masked))


# Openings that point back to the time just told: "Then,", "At the time,", "That day,".
_POINTER = re.compile(
    r"\s*(?:then|at\s+(?:the|that)\s+time|that\s+(?:day|night|week|year)|the\s+same\s+day)\b",
    re.IGNORECASE,
)
# a sentence that opens after the story's last dated one, at no known distance ("Since
# then, Washington has been consumed by the fight": after the death the story dated)
_SEQUEL = re.compile(
    r"\s*(?:subsequently|afterwards?|eventually|since\s+then|later(?!\s+(?:this|that|in|on)\b))\b",
    re.IGNORECASE,
)
# "a few weeks later", "months afterwards", "not long afterward", "soon thereafter": no
# number the tagger could count from the story's last date ("two years later" is one),
# only that it came after it
_SOME_TIME_LATER = re.compile(
    r"\b(?:(?:(?:a\s+few|several|some|many|a\s+couple\s+of)\s+)?"
    r"(?:days|weeks|months|years|decades)\s+(?:later|afterwards?)"
    r"|(?:not\s+long|soon|shortly)\s+(?:afterwards?|thereafter))\b",
    re.IGNORECASE,
)


def _some_time_later(masked: str) -> bool:
    """Does the sentence say it came "some weeks later" (`_SOME_TIME_LATER`)? Its last
    words are looked for first: few sentences have them."""
    return may_hold(masked, ("later", "afterward", "thereafter")) and bool(
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


def _before_the_sequel(
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


def _sequel_after(sent: Sentence, discourse: Discourse) -> bool:
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
        if verb_form(tokens[k + 1][2].lower())[1] in ("past", "pp") and not _in_any(
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
_YEAR_OR_FINER = re.compile(r"^\d{4}")
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
# "fired two missiles at", "fired on the crowd": an attack, not a dismissal
_FIRED_AT = re.compile(
    r"\s+(?:(?:at|on|into|upon)\b|(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(WEAPONS)) + r")\b)",
    re.IGNORECASE,
)
# "nearly doubled in the past decade", "has lost 5,000 jobs over the past two years",
# "have been building up in recent months"; with a perfect, "has sent 14 letters
# in the past year" (but "was elected in the past year" is a happening)
_NUMBER = "(?:\\d[\\d,.]*|" + "|".join(sorted(NUMBER_WORDS)) + ")"
# A streak after the verb: "have won nine straight home games", "has won eleven in a row",
# "reached the final four years running", "each of the last three seasons" (a cardinal: not
# "for the third straight day", the streak's latest, which happened)
_STREAK = re.compile(
    rf"\b{_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?(?:(?:{'|'.join(sorted(STREAK_WORDS))})\b"
    r"|in\s+a\s+row\b)"
    rf"|\b{_NUMBER}\s+(?:{'|'.join(sorted(TIME_UNITS))})\s+running\b"
    r"|\beach\s+of\s+the\s+(?:past|last)\b",
    re.IGNORECASE,
)
_STREAK_WORDS = sorted(STREAK_WORDS | {"row", "running", "each"})  # one is in every `_STREAK`
# A rate: "12 cases per 100,000 people", "per capita", "a seven-day average", "the 14-day
# incidence rate" (not "per cent", "miles per hour")
_RATE = re.compile(
    r"\bper\s+(?:\d|capita\b)|\b(?:\d+|seven|fourteen)[- ]day\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(RATE_NOUNS))
    + r")\b|\brolling\s+average\b",
    re.IGNORECASE,
)
_RATE_WORDS = ("per", "day", "rolling")  # one is in every `_RATE`: looked for first
# A span of years a change or a count is told over: "between 2010 and 2013", "from 300 in
# 2012 to 500 in 2019", "over the years", "over eight years", "over a decade", "in the space
# of ten days"
_YEARS = r"(?:1[89]|20)\d\d\b"
_SPAN_OF_YEARS = re.compile(
    rf"\bbetween\s+(?:[a-z]+\s+)?{_YEARS}\s*(?:and|to|-|–)\s*(?:[a-z]+\s+)?{_YEARS}"
    rf"|\bfrom\b[^.;]{{0,60}}?\b{_YEARS}[^.;]{{0,40}}?\b(?:to|through)\b[^.;]{{0,60}}?\b{_YEARS}"
    rf"|\bover\s+(?:the|a|an|{_NUMBER})\s+(?:[a-z-]+\s+)?(?:decades?|years)\b"
    r"|\bin\s+the\s+space\s+of\b",
    re.IGNORECASE,
)
_SPAN_OF_YEARS_WORDS = ("between", "from", "over", "space")  # as `_RATE_WORDS`
# an amount in a clause: a number that is no year ("34,185 jobs", "100 percent", "333 rounds")
_AMOUNT = re.compile(rf"(?<![\w.,]){'(?!' + _YEARS + ')'}\d[\d,.]*|%")
_YEAR_SPAN = re.compile(r"\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:year|decade)\b", re.I)
# "grew over time", "Over the years, the council has taken small steps": what came about
# bit by bit, a trend, not a happening of its own
# (not a noun's "time": "a row over time limits")
_OVER_TIME = re.compile(
    r"\bover\s+(?:time|the\s+(?:years|decades|centuries))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|or|as|to|into|in|with|until|before)\b)",
    re.I,
)
_TREND_SPAN = re.compile(
    r"\b(?:in|over|during|across)\s+(?:the\s+(?:last|past)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(TREND_UNITS))
    + r")|recent\s+(?:"
    + "|".join(sorted(TREND_UNITS))
    + r"))\b",
    re.IGNORECASE,
)


# the words that open a clause of its own ("after the couple had arrived", "which had
# found", "what had happened"): a pluperfect there is not the sentence's look back
_OWN_CLAUSE = SUBORDINATORS | RELATIVES | {"that", "what", "as"}


def _flashback(masked: str, after: int) -> bool:
    """Is the sentence's main verb a pluperfect after its last date ("On Tuesday, Yadav had
    alleged …"), not one in a clause of its own ("gathered on Friday after the couple had
    arrived": the gathering's Friday goes on)?"""
    m = _FLASHBACK.search(masked, after)
    return m is not None and not _SUBORDINATE.search(masked, after, m.start())


def _writing_tells(sent: Sentence) -> bool:
    """Is the sentence's pluperfect what a writing it dates reports ("A 2015 audit found the
    board had borrowed $40 million. The board bought three cranes.")? Then the writing's year
    is the time the next sentences tell, as after "In a 2015 article, Reed reported …"."""
    t = sent.calendar[-1]  # a year's: a dated day's writing tells what came before that day
    return anchor_value(t).isdigit() and _writing_year(sent.masked, t) is not None


_SUBORDINATE = re.compile(r"\b(?:" + "|".join(sorted(_OWN_CLAUSE)) + r")\b", re.IGNORECASE)
# a pluperfect after a sentence's last date: "On Tuesday, Yadav had alleged …"
_FLASHBACK = re.compile(
    r"\bhad\s+(?:(?:not|never|already|just|previously|also)\s+)?\w+(?:ed|en|wn|ght)\b"
)
# a past progressive's "was", "were" (adverbs between): "who was surfing", "who were
# still working"
_BE_PAST_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+|still\s+|also\s+)?$", re.IGNORECASE)
# the marks of a part of a period ("mid-March", "early 2019"), which a "since" may take
_PART_MODS = frozenset({None, "START", "MID", "END", "APPROX"})
# A line of a few words with no closing stop is a headline or a teaser, whose present tense
# tells no saying of that day ("Halvorsen Bank vows to drop coal clients").
_HEADLINE_WORDS = 14
# "at the time", "at that time": the time the story has told (not "at the time of X")
_AT_THE_TIME = re.compile(r"\bat\s+(?:the|that)\s+time\b(?!\s+of\b)", re.IGNORECASE)
_DOCUMENT = re.compile(  # "2003 federal law", "2012 paper": up to two words before it, a
    # maker's name among them ("a 2018 Harvard study", "a 2021 Reuters poll")
    r"(?:\s+(?:[a-z-]+|[A-Z][\w&.-]*)){0,2}?\s+(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b"
)
# what may stand before the year of a writing that opens a sentence: "A 2012 paper",
# "In his 1931 book", "According to a 2019 report" (not "Gilley, author of the 2017 article")
_DETERMINER = "|".join(sorted(ARTICLES_AND_POSSESSIVES))
_OPENS_WITH = re.compile(
    rf"\W*(?:(?:in|according\s+to)\s+)?(?:{_DETERMINER})\s+(?:[a-z-]+\s+){{0,2}}",
    re.IGNORECASE,
)
# where a saying's occasion stands: "told the AP in an August interview", "said during a
# Monday briefing" (not "Gray, author of a 2017 article, argued": the article is no occasion)
_IN_MEDIUM = re.compile(
    rf"\b(?:in|during|at|on|via|through)\s+(?:(?:{_DETERMINER})\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_MEDIUM = re.compile(r"\s+(?:" + "|".join(map(re.escape, SAYING_MEDIA)) + r")\b", re.IGNORECASE)
_MEDIUM_PREPOSITIONS = frozenset({"in", "via", "through"})
_BACKGROUND = re.compile(
    r"\b(?:" + "|".join((*BACKGROUND_PHRASES, PRIOR_WORK)) + r")(?!\w)", re.IGNORECASE
)
_BACKGROUND_WORDS = sorted(
    {w for words in BACKGROUND_PHRASES.values() for w in words} | set(PRIOR_WORK_WORDS)
)
_PRIOR_WORK = re.compile(rf"\b{PRIOR_WORK}\b", re.IGNORECASE)


_BACKGROUND_ASIDE = re.compile(r"\b(?:" + "|".join(BACKGROUND_ASIDES) + r")", re.IGNORECASE)
_BACKGROUND_ASIDE_WORDS = sorted({w for words in BACKGROUND_ASIDES.values() for w in words})


def _background_aside(masked: str) -> bool:
    """Does the sentence tell, amid a scene, the start of a long span or months of works ("The
    mayor began the crisis insisting all was well", "The arena underwent a $5 million refit")?
    Before the story's day; the paragraph goes on in its scene (see `BACKGROUND_ASIDES`)."""
    return may_hold(masked, _BACKGROUND_ASIDE_WORDS) and bool(_BACKGROUND_ASIDE.search(masked))


def _background(masked: str) -> bool:
    """Does the sentence tell a life story or others' earlier work ("grew up in Fresno",
    "Earlier studies found …")? (The phrases' words are looked for first: few have any.)"""
    return may_hold(masked, _BACKGROUND_WORDS) and bool(_BACKGROUND.search(masked))


_COMPARISON = re.compile(  # a few words before the date: not "compared to the flood he
    # released today", nor "stepped down from his post last month"; a figure's change "from"
    # a time ("fell 45% in May from a year earlier"), not a start ("the strike runs from Monday")
    r"(?:,\s*(?:up|down)\s+from|\b(?:rising|falling|rose|fell)\s+from|\bcompared\s+(?:with|to)"
    r"|\d(?:%|\s*(?:percent|per\s+cent|points?))(?:\s+[^\s,;.]+){0,3}\s+from)"
    r"(?:\s+[^\s,;.]+){0,3}\s+$",
    re.IGNORECASE,
)
_COMPARISON_WORDS = ("from", "compared")  # one is in every `_COMPARISON`: looked for first
# a record the happening sets, counted from a past date: "closed down 7.9%, its biggest
# fall since 1987", "the lowest since 1950", "for the first time since 2004", "its worst
# week since October 1998" — that date is what it is measured against, not its own (a
# superlative after "the", "its": not "the protest since May")
_RECORD_SINCE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our)|['’]s)\s+(?:single\s+|very\s+)?"
    r"(?:first|only|most|least|[a-z]{2,}est)\b(?:\s+(?:\d[\d,.]*|[^\s,;.]+)){0,5}?"
    r"\s+since\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AS_OF = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
# a read-on link at a paragraph's end, after a sentence's end or an ellipsis (not "urged
# voters to read more.")
_READ_ON = re.compile(
    r"(?:[.…!?:|»\-–—]|^)\s*(?:" + "|".join(map(re.escape, READ_ON_TAILS)) + r")\W*$",
    re.IGNORECASE,
)
_READ_ON_WORDS = tuple(tail.lower() for tail in READ_ON_TAILS)  # one is in every `_READ_ON`


# marks that close the stretch of a sentence a guessing word governs
_GUESS_STOPS = frozenset(',;:“”"()—–')


def _teaser(text: str) -> bool:
    """Does the paragraph end with a read-on link ("… READ THE REST", "… Continue reading")?
    Then it is a teaser of another article, a page's pointer, not this story's. (Its words
    are looked for first: the pattern is tried at every position of every paragraph.)"""
    return may_hold(text, _READ_ON_WORDS) and bool(_READ_ON.search(text))


_OCCASION = re.compile(r"\b(?:" + "|".join(map(re.escape, OCCASIONS)) + r")\b", re.IGNORECASE)
_AT_THE_SCENE = re.compile(r"\b(?:at|on|from) the scene\b", re.IGNORECASE)
_SPEAKING_SCENE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, SPEAKING_SCENES)) + r")s?\b", re.IGNORECASE
)


_CLAIM_EDGES = frozenset(",;:—–()") | {"that", "while", "when", "as", "because"}
# what opens a thing claimed ("claimed the title", "claimed a record"); not "that", "this":
# "claimed that the budget was balanced", "claimed this was false" tell what was said
_CLAIMED_DETERMINERS = DETERMINERS - {"that", "this", "these", "those"}


def _claimed_thing(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the "claim" at `i` a taking of a thing ("claimed the title", "claimed the lives of
    three fishermen", "claimed the coldest reading in the country"): a noun phrase follows,
    with no verb of a clause after it ("claimed the budget was balanced" is a saying)?"""
    if i + 1 >= len(tokens) or tokens[i + 1][2].lower() not in _CLAIMED_DETERMINERS:
        return False
    end = next(
        (k for k in range(i + 2, len(tokens)) if tokens[k][2].lower() in _CLAIM_EDGES),
        len(tokens),
    )
    at = tokens[end][0] if end < len(tokens) else tokens[-1][1] + 1
    if finite_between(tokens, i, at):
        return False
    # an irregular past the verb table lacks: "claims the levy broke the law"
    return not any(
        guess_form(t[2].lower())[1] == "past" and t[2].islower() for t in tokens[i + 2 : end]
    )


def _told_to_do(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the verb at `i`, of telling someone (`SPOKEN_TO_VERBS`), a passive with an
    infinitive after it ("was told to leave", "were urged to stay indoors", "and told to
    expect a long stay"): its subject is who was told, no speaker? With no one spoken to
    between, only a passive can be read so. Not "ask": "asked to see the file" is also an
    active request, and "When he was asked to explain, he said …" one exchange."""
    if lemma == "ask" or i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "to":
        return False
    return tokens[i][2].lower().endswith(("ed", "told"))  # not "tell to", "urges to"


def _admitted_to(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "admitted to hospital", "admitted to the intensive care unit": taken in, not a saying
    ("admitted to speeding" is one)."""
    after = [t[2].lower() for t in tokens[i + 1 : i + 4]]
    if not after or after[0] != "to":
        return False
    rest = [w for w in after[1:] if w not in DETERMINERS]
    return bool(rest) and rest[0] in INSTITUTIONS


def _tally(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Does a counting verb take a number ("has recorded 51,309 total infections", "has reported
    more than 5,000 deaths", "has logged a total of 900 cases")? With no time of its own that
    is a running total, not news ("has recorded 3,000 new cases in the past week" has one)."""
    if lemma not in TALLY_VERBS or any(t[2].lower() in COUNT_TIME_WORDS for t in tokens[i + 1 :]):
        return False
    return _number_follows(tokens, i, 5)  # "has logged a total of 4,300 claims"


def _period_count(tokens: list[tuple[int, int, str]], i: int, lemma: str, lo: int) -> bool:
    """Is the verb at `i` a counting verb in the passive with a count for its subject ("31
    killings were recorded in June", "some 1,200 claims were registered in 2019")? Over a
    month or a year that is a statistic: what was counted, no happening (the caller leaves
    a day's count alone, "Six deaths were reported on Monday", which is the day's news)."""
    return lemma in TALLY_VERBS and _passive(tokens, i) and _counted_subject(tokens, i, lo)


def _may_hold_in(text: str, lowered: str | None, lo: int, hi: int, words: Iterable[str]) -> bool:
    """`may_hold(text[lo:hi], words)`, read in `lowered` (the text's lowercase, when it is
    ASCII: `Sentence.lowered`, at the text's offsets): the stretch is sliced from the
    lowercase kept, not lowercased each time (nor passed to `may_hold`, whose lowercase of
    the whole sentence, kept for its next question, it would replace). One slice for all
    the words: a bounded `str.find` per word costs more, its arguments parsed each call."""
    if lowered is None:
        return may_hold(text[lo:hi], words)
    stretch = lowered[lo:hi]
    for word in words:  # noqa: SIM110 — as `may_hold`, a plain loop on a short list
        if word in stretch:
            return True
    return False


def _statistic(
    tokens: list[tuple[int, int, str]],
    i: int,
    lemma: str,
    masked: str,
    clause: tuple[int, int],
    wide: tuple[int, int],
    dated: bool,
    present: bool = False,
    lowered: str | None = None,
) -> bool:
    """Does the verb at `i` tell a statistic or a record rather than a happening: a streak
    ("has won eleven in a row"), a record of wins and losses ("have gone 4-2 since"), a rate
    ("recorded 12 cases per 100,000 in the past 14 days"), a change or a count over a span
    of years ("rose from 300 in 2012 to 500 in 2019", "created 5,000 jobs over a decade"),
    or an amount multiplied with no time of its own ("Car thefts more than doubled"), or a
    level ("stood at 72.4 in March")? A
    move on a day ("shares fell 3% on Monday") or in a month ("rose to 5% in May") is news.
    `clause`, `wide`: the offsets of the verb's clause cut with and without commas;
    `dated`: whether its clause has a date of its own; `present`: the verb's tense;
    `lowered`: the masked text lowercase, when ASCII (`Sentence.lowered`)."""
    lo, hi = clause
    end = tokens[i][1]
    if _may_hold_in(masked, lowered, end, hi, _STREAK_WORDS) and _STREAK.search(masked, end, hi):
        return True  # (its words looked for first: the pattern is slow to rule out)
    if present and _STREAK_NOUN.search(masked, end, hi):
        return True  # "the Owls are riding a six-game win streak": where a record stands
    if lemma == "go" and i + 1 < len(tokens) and _SCORE.fullmatch(tokens[i + 1][2]):
        return True  # "The Hornets have gone 5-1 since": a record of games
    if lemma == "stand" and _next_is(tokens, i, "at") and _number_follows(tokens, i + 1, 3, True):
        return True  # "The index stood at 72.4 in March", "Debt stands at $3bn": a level
    if lemma in REPORTING_VERBS and lemma not in TALLY_VERBS:
        return False  # "said the 14-day rate has fallen": the saying happened
    if _may_hold_in(masked, lowered, lo, hi, _RATE_WORDS) and _RATE.search(masked, lo, hi):
        return True
    wlo, whi = wide
    if (
        _may_hold_in(masked, lowered, wlo, whi, _SPAN_OF_YEARS_WORDS)
        and _SPAN_OF_YEARS.search(masked, wlo, whi)
        and _AMOUNT.search(masked, wlo, whi)
    ):
        return True
    return lemma in MULTIPLYING and not dated and not has_object(tokens, i)


_SCORE = re.compile(r"\d{1,3}-\d{1,3}")  # a record of wins and losses, "4-2"
_STREAK_NOUN = re.compile(r"\bstreaks?\b", re.IGNORECASE)  # "a five-game win streak"


# A date a move of a figure is news on: a day, a week or a month ("fell to 4% in May")
_SHORT_PERIOD = re.compile(r"^\d{4}-(?:\d\d|W\d)")


def _measure_subject(
    tokens: list[tuple[int, int, str]],
    start: int,
    i: int,
    end: int,
    nouns: frozenset[str] = MEASURE_NOUNS,
) -> bool:
    """Is the subject of the verb at `i` a measure of many (`nouns`: see `MEASURE_NOUNS`), back
    over its auxiliaries and its noun group ("The town's burglary rate has fluctuated", "The
    number of thefts in May has fallen", "trends have worsened")? Not a thing's own figure
    ("Acme's shares fell"), nor a participle in a subject, a "be" after it or before it
    ("the share of calls dropped on the old phone was higher than the share of calls dropped
    on the new one": calls dropped)."""
    for _a, _b, word in tokens[i + 1 : end]:
        if word.lower() in BE_FORMS:
            return False
        if word.lower() in _SUBJECT_BOUNDS or not word[:1].isalnum():
            break  # "…, but the 2016 rate was similar": another clause's "be"
    k = i - 1
    while k >= start and tokens[k][2].lower() in _AUX_OR_ADVERB:
        k -= 1  # "has also been", "is now"
    while k >= start:
        word = tokens[k][2].lower()
        if word in nouns:
            break
        if word in BE_FORMS or word in _SUBJECT_BOUNDS or not word[:1].isalnum():
            return False
        k -= 1
    if k < start:
        return False
    k -= 1  # the noun group's start: not one a preposition governs ("than the rate of …")
    while k >= start and tokens[k][2][:1].isalnum() and tokens[k][2].lower() not in _GROUP_BOUNDS:
        k -= 1
    return k < start or tokens[k][2].lower() not in _GOVERNING


_SUBJECT_BOUNDS = frozenset({"than", "that", "which", "who", "as", "and", "but"})
_GROUP_BOUNDS = _SUBJECT_BOUNDS | PREPOSITIONS | BE_FORMS
_AUX_OR_ADVERB = AUXILIARIES | ADVERBS  # the modals are auxiliaries too
_GOVERNING = PREPOSITIONS | {"than"}


def _running_total(tokens: list[tuple[int, int, str]], i: int, lo: int, hi: int) -> bool:
    """Does the verb at `i` count up to now ("has raised over £12,000 so far", "So far this
    season the club has won nine games", "have sold 4,000 tickets to date")? A number after
    it, and "so far", "thus far", "to date" or "as of" in its clause: a total still growing
    ("2,300 fires have been detected as of Monday": the day it was read, no happening),
    or a measure for its subject ("So far this year the average rainfall has already
    exceeded the record": a running measure)."""
    words = [w.lower() for _a, _b, w in tokens[lo:hi]]
    if not any(pair in RUNNING_WORDS for pair in zip(words, words[1:], strict=False)):
        return False
    return (
        _number_follows(tokens, i, 4, money=True)
        or _counted_subject(tokens, i, lo)
        or _measure_subject(tokens, lo, i, hi, RUNNING_MEASURES)
    )


# what may stand between a counted subject and its verb ("have so far been", "have already")
_BETWEEN_COUNT_AND_VERB = AUXILIARIES | ADVERBS | {"already", "so", "far"}


def _counted_subject(tokens: list[tuple[int, int, str]], i: int, lo: int) -> bool:
    """Is the subject of the verb at `i` a count ("More than 4,000 homes have been flooded so
    far", "So far, 12,000 walkers have already crossed the pass", "310 patients have been
    discharged to date")? Back over the verb's auxiliaries and adverbs, at most three words of
    the subject's noun, then a number (not a year: "So far in 2022 rivers have risen")."""
    return _subject_count_at(tokens, i, lo) is not None


def _subject_count_at(tokens: list[tuple[int, int, str]], i: int, lo: int) -> int | None:
    """Where the number of a counted subject of the verb at `i` stands (see _counted_subject)."""
    k = i - 1
    while k >= lo and tokens[k][2].lower() in _BETWEEN_COUNT_AND_VERB:
        k -= 1
    for _ in range(3):
        if k < lo or not tokens[k][2].isalpha() or tokens[k][2].lower() in FUNCTION_WORDS:
            break
        k -= 1
    if k < lo or k == i - 1:
        return None
    word = tokens[k][2].lower()
    if word in NUMBER_WORDS or word[:1].isdigit() and not re.fullmatch(_YEARS, word):
        return k
    return None


def _thousands_subject(tokens: list[tuple[int, int, str]], i: int, lo: int) -> bool:
    """Is the subject of the verb at `i` a count in the thousands or more ("In 2021, some
    85,000 people moved to the island", "Last year 2 million visitors came")? Over a year
    that is a statistic, as a percentage is."""
    k = _subject_count_at(tokens, i, lo)
    if k is None:
        return False
    after = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
    return bool(_THOUSANDS.fullmatch(tokens[k][2])) or after in LARGE_NUMBER_WORDS


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # "85,000", "1,200,000"


def _toll_of_the_dead(tokens: list[tuple[int, int, str]], i: int, lemma: str, lo: int) -> bool:
    """Is the verb at `i` one of dying with a counted subject and nothing after it ("In 1850,
    64 miners perished, and 70 the year after", "It was a quiet year: just 58 miners died",
    "40 sailors were killed")? Over a year that is a death toll, a statistic (the caller
    keeps a day's: "Five people died on Monday"); not one that names how ("Five people
    died in the crash", kept)."""
    if lemma not in DYING_VERBS or _subject_count_at(tokens, i, lo) is None:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1][2].lower() in BARE_COUNT_ENDS


def _thousands_follows(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the object of the verb at `i` a count in the thousands or more, not a sum of money
    ("emitted 44 million tonnes of carbon", "sold more than 120,000 cars", "a million
    visitors"; not "$ 5 million", "40 million dollars")? Told in the past over a year,
    that is a statistic, as a count in the subject is ("In 2019 the port handled 3 million
    containers"); an undated perfect may be news ("The firm has cut 20,000 jobs")."""
    for k in range(i + 1, min(len(tokens), i + 5)):
        low = tokens[k][2].lower()
        if low in ROUGHLY or low in TALLY_FILLERS or low == "a":
            continue  # "more than", "nearly", "a total of", "a million"
        after = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
        big = after in LARGE_NUMBER_WORDS and (low[:1].isdigit() or low in NUMBER_WORDS)
        if not (_THOUSANDS.fullmatch(low) or big or low in ("million", "billion")):
            return False
        if tokens[k - 1][2] in _MONEY_SIGNS:
            return False  # "raised $ 1.2 million"
        rest = [t[2].lower() for t in tokens[k + 1 : k + 4]]
        if any(w in CURRENCY_WORDS for w in rest):
            return False
        # what is counted, a plural ("tonnes", "people"), not a measure of one thing
        # ("opened a 500,000 square foot store")
        return any(w in ("people", "of") or w.endswith("s") and w.isalpha() for w in rest)
    return False


def _share_follows(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Does a percentage follow the verb at `i` in its clause, within seven words ("fell
    2.5% in 2010", "took about 12 percent of the vote", "had grown to 27 per cent",
    "gained three percentage points")? Not past the clause ("rose, and 40% of staff …")."""
    for k in range(i + 1, min(len(tokens), i + 8)):
        low = lows[k]
        if low in _SHARE_EDGE:
            return False
        counted = tokens[k - 1][2][:1].isdigit() or lows[k - 1] in NUMBER_WORDS
        if counted and (low in SHARE_WORDS or low == "per" and _next_is(tokens, k, "cent")):
            return True
    return False


def _next_is(tokens: list[tuple[int, int, str]], k: int, word: str) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1][2].lower() == word


_MONEY_SIGNS = frozenset(MONEY_SIGN_CHARS)  # an amount's first character ("$40")
# where a verb's clause ends, before a percentage that is no longer its own
_SHARE_EDGE = frozenset(",;:—–()") | {"that", "and", "but", "while", "which", "who", "of"}


def _number_follows(tokens: list[tuple[int, int, str]], i: int, reach: int, money=False) -> bool:
    """Is the object of the verb at `i` a number, within `reach` words ("recorded about
    5,000", "a total of 300"; with `money`, "raised £12,000", "$ 40")?"""
    for _a, _b, w in tokens[i + 1 : i + 1 + reach]:
        low = w.lower().lstrip(MONEY_SIGN_CHARS) if money else w.lower()
        if low[:1].isdigit() or low in NUMBER_WORDS:
            return True
        if (low or not money) and low not in ROUGHLY and low not in TALLY_FILLERS:
            return False
    return False


def _quantity_within(tokens: list[tuple[int, int, str]], i: int, reach: int) -> bool:
    """Is there a number among the `reach` words after the verb at `i` ("will seat between
    210 and 330", "will have a range of 8,000 miles", "will cost $40m")?"""
    for _a, _b, w in tokens[i + 1 : i + 1 + reach]:
        low = w.lower().lstrip(MONEY_SIGN_CHARS)
        if low[:1].isdigit() or low in NUMBER_WORDS:
            return True
    return False


def _looks_ahead(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Does a "will", "would" or "may" before offset `at` look ahead to it ("said details
    would be released after a vote on Friday", "may still be battling the virus when the
    season opens June 1"), not one after it ("the notice on Monday that it will
    close the bridge")?"""
    return any(lower_but_may(t[2]) in LOOKING_AHEAD for t in tokens if t[0] < at)


def _spoken_what(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does "speak" at `i` take what is spoken, a language or a manner ("spoke no English",
    "speaks Mandarin", "speaks like no other"), rather than tell a saying ("spoke Tuesday
    at the White House", "spoke briefly to reporters", "spoke by phone")?"""
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    low = nxt.lower()
    # ("everyone who speaks/understands the language": a list of abilities)
    return low in NEGATIONS or low in DETERMINERS or low in ("like", "/") or nxt in LANGUAGES


def _apposition(tokens: list[tuple[int, int, str]], a: int, b: int, relative: bool = False) -> bool:
    """Is tokens[a:b] an apposition set off by commas (", author of a 2017 article,", ", a
    nurse from Leeds,"): a noun phrase with no verb, not a fronted time or place (", on
    Monday,", ", in 2019,")? With `relative`, one a relative clause closes instead of its
    own comma (", a plumber | who …")."""
    closed = tokens[b - 1][2] == "," or relative and tokens[b - 1][2].lower() in RELATIVES
    if a == 0 or b >= len(tokens) or tokens[a - 1][2] != "," or not closed:
        return False  # (a narrow clause keeps the comma that ends it)
    first = tokens[a][2].lower()
    # a noun or its determiner: "author of …", "a nurse", "the chairman" (not "outside the
    # Capitol", "next to the stadium", "and presidency": a word that may be an adverb)
    tags = poslex().get(first, "")
    if first not in ARTICLES_AND_POSSESSIVES and not ("N" in tags and "R" not in tags):
        return False
    return first_finite(tokens[a : b - 1]) is None


def _apposed_relative(tokens: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Is tokens[a:b] the relative clause of an apposition's noun, closed by its comma ("Ann
    Lee, a plumber | who helped with the rally on Monday, | said …"): the noun's, an aside
    like the apposition itself?"""
    if tokens[a][2].lower() not in RELATIVES or tokens[b - 1][2] != ",":
        return False
    k = a - 1
    while k > 0 and tokens[k][2][:1].isalnum():
        k -= 1  # back to the comma that opens the noun phrase
    return k > 0 and k + 1 < a and _apposition(tokens, k + 1, a + 1, relative=True)


def _described_there(tokens: list[tuple[int, int, str]], i: int, form: str) -> bool:
    """Is the participle at `i` the one of an existential's noun ("There are 40 buses lined
    up", "There were crowds gathered outside"): a scene described, no happening? Not
    a verb after the existential's clause ("There is no end in sight, Lee said"), nor a
    happening told so ("There were 20 people killed on Monday")."""
    if form not in ("past", "pp") or tokens[i][2].lower() not in SCENE_PARTICIPLES:
        return False
    for k in range(max(0, i - 7), i - 1):
        opens = k == 0 or not tokens[k - 1][2].isalnum()  # "workers there are …": an adverb
        if opens and tokens[k][2].lower() == "there" and tokens[k + 1][2].lower() in BE_FORMS:
            between = tokens[k + 2 : i]
            return bool(between) and all(
                t[2].isalnum() and t[2].lower() not in AUXILIARIES for t in between
            )
    return False


def _as_told(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` a comment clause with "as" and no subject of its own ("as
    reported by local media", "As shown by the map", "as prescribed in the charter", "as
    planned in May")? It tells how the sentence's news is known or went, no happening;
    "as police arrived" has its subject, "such as", "as well as" list things."""
    k = i - 1
    while k > 0 and ly_adverb(tokens[k][2]):
        k -= 1  # "as previously reported"
    if tokens[k][2].lower() != "as":
        return False
    return k == 0 or tokens[k - 1][2].lower() not in ("such", "well")


def _source_cited(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the participle at `i` in the noun group an "according to" cites ("The burglary rate
    was 14.1, according to data compiled by the county", "according to figures released by
    the council")? It names where a figure comes from, no happening of its own (the caller
    keeps one with a date: "according to figures released on Monday")."""
    k = i - 1
    while k > 1 and i - k <= 4 and tokens[k][2][:1].isalpha():
        if lows[k] == "to":
            return lows[k - 1] == "according" and k < i - 1
        if lows[k] in AUXILIARIES:
            return False  # "according to police, the van was stolen"
        k -= 1
    return False


def _points_in_text(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the participle at `i` the text pointing into itself ("Most of the ferries described
    above were built in Norway", "the steps listed below")? It names a passage of the
    article, no saying. Not with an auxiliary ("was shown above the fold") nor before a noun
    phrase ("Smoke rose above the harbour": a place)."""
    if lemma not in TEXT_POINTING or i == 0 or i + 1 >= len(tokens):
        return False
    if tokens[i + 1][2].lower() not in TEXT_PLACES or tokens[i - 1][2].lower() in AUXILIARIES:
        return False
    if i + 2 == len(tokens) or not tokens[i + 2][2][:1].isalnum():
        return True  # "the steps listed below."
    after = tokens[i + 2][2].lower()
    return after in ("and", "or", "but") or _finite_here(tokens, i + 2)


def _nowadays(tokens: list[tuple[int, int, str]], t: Timex) -> bool:
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


def _told_by_a_thing(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the subject of the saying at `i` a writing or a thing that shows what it holds
    ("The timeline says", "the new count, which accuses him of", "These cases suggest")?
    The noun right before the verb, or the one a "which" or "that" before it stands for."""
    k = i - 1
    while k > 0 and tokens[k][2].lower() in ADVERBS:
        k -= 1  # "The survey also reveals"
    if k > 0 and tokens[k][2].lower() in ("which", "that"):
        k -= 1
        if k > 0 and tokens[k][2] == ",":
            k -= 1
    noun = tokens[k][2]
    if not noun.islower():
        return False
    return noun in TELLING_THINGS or noun.endswith("s") and noun[:-1] in TELLING_THINGS


def _story_told(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the "tell" at `i` a thing showing something, a story its object, a writing or
    data its subject ("Overall, the figures told the story of a shrinking fleet", "The data
    tell a grim tale")? What the thing shows, no saying, whatever its tense. Not a person
    telling one ("Ruiz told the story of her escape on Monday")."""
    if lemma != "tell" or not _told_by_a_thing(tokens, i):
        return False
    k = i + 1
    while k < len(tokens) and (
        tokens[k][2].lower() in DETERMINERS or poslex().get(tokens[k][2].lower()) == "J"
    ):
        k += 1  # "the", "a grim"
    return k < len(tokens) and tokens[k][2].lower() in STORY_NOUNS


def _figure_told(
    tokens: list[tuple[int, int, str]], lows: list[str], i: int, clause: tuple[int, int]
) -> bool:
    """Is the verb at `i` told by a writing in the present with a figure ("The figures
    show that car thefts have fallen by 4,000 since May", "New data indicate 30 per cent
    of homes now use heat pumps", "the survey finds average rents rose 9% in a year")?
    What the writing holds, a statistic, no happening of its own. The telling within 20
    words before it, a number or a share in the verb's own clause (`clause`: its first and
    past-last tokens), not a year ("The report shows the bridge closed in 2019" tells one)."""
    if lows[i] in SHOWN_FIGURE_VERBS and _word_before(tokens, i, ly=True) in FIGURE_WRITINGS:
        return _figure_shown(lows, i)  # (not a paper's: "The paper reported 40 died")
    for k in range(i - 1, max(0, i - 21), -1):
        if lows[k] in FIGURE_TELLING and _told_by_a_thing(tokens, k):
            break
    else:
        return False
    # (not a sum of money: "the audit says the club paid $5m to an agent" tells a payment)
    words = lows[max(k + 1, clause[0]) : clause[1]]
    return _a_figure(words)


def _figure_shown(lows: list[str], i: int) -> bool:
    """Does a share or a count open what the writing's telling at `i` holds, in any tense
    ("The spring survey showed 61% of voters are unhappy", "a recent study found that only
    30 per cent of clinics offer the test")? The figures of a poll or a study, a statistic;
    not what they show of a happening ("A council poll published on Monday showed the mayor's rating
    has fallen": no figure first), nor a year ("The audit found in 2019 that …")."""
    k = i + 1
    if k < len(lows) and lows[k] == "that":
        k += 1
    while k < len(lows) and (lows[k] in ROUGHLY or lows[k] in _FIGURE_HEDGES):
        k += 1  # "only", "more than", "at least"
    return k < len(lows) and _a_figure(lows[k : k + 2])


# words before a figure a writing shows ("found that only 30 per cent", "at least 40%")
_FIGURE_HEDGES = frozenset("only just than at least fewer less".split())


def _a_figure(words: list[str]) -> bool:
    """Is there a count or a share among `words` (lower case), not a year nor a sum of money
    ("40 per cent", "6,200"; not "in 2019", "$ 5m")?"""
    return any(
        low in SHARE_WORDS
        or low[:1].isdigit()
        and not _YEAR_LIKE.fullmatch(low)
        and not (n and words[n - 1] in _MONEY_SIGNS)
        for n, low in enumerate(words)
    )


_YEAR_LIKE = re.compile(_YEARS)


_ALLOTTED_IN = re.compile(
    r"\b(?:in|under)\s+(?:the|this|its|an?)\s+(?:[\w'’-]+\s+){0,4}?(?:"
    + "|".join(sorted(SPENDING_WRITINGS))
    + r")s?\b|\b(?:over|above|below)\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?requests?\b",
    re.IGNORECASE,
)


def _allotted(tokens: list[tuple[int, int, str]], i: int, lemma: str, clause: str) -> bool:
    """Is the verb at `i` a sum allotted by a bill or a budget ("The rail programme received
    $40 million in the bill", "Flood defences will get $2 billion, an increase of $300 million
    over the request", "gained extra funds under the new budget")? An item of what the writing
    holds, no happening; `clause`: the verb's clause, where the bill or the request is named
    ("received $5 million in funding on Monday" names neither)."""
    if lemma not in ALLOTTED_VERBS:
        return False
    after = [t[2].lower() for t in tokens[i + 1 : i + 5]]
    money = any(w[:1] in _MONEY_SIGNS for w in after) or any(w in FUNDING_WORDS for w in after[:2])
    return money and bool(_ALLOTTED_IN.search(clause))


def _reckoned(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Does the verb at `i` reckon a figure ("estimated that 4,000 homes lack power",
    "growth was estimated to slow to 3 per cent", "he estimates it is about 15 percent")?
    A number or a share within ten words after it, not a year nor a sum of money ("which the
    firm estimates to be worth $9 million" values a deal); not one its object names ("has
    estimated a 25% cut": what the reckoning yields is said of a plan)."""
    if lemma in PUTTING_AT:
        return _put_at_a_figure([t[2].lower() for t in tokens[i + 1 : i + 10]])
    if lemma not in RECKONING_VERBS:
        return False
    words = [t[2].lower() for t in tokens[i + 1 : i + 11]]
    if not words or words[0] in DETERMINERS and words[0] != "that":
        return False
    return _a_figure(words)


def _put_at_a_figure(words: list[str]) -> bool:
    """Do `words`, after a "put", set a figure on what it takes ("Estimates put the loss as
    high as 30 percent", "Police put the crowd at about 5,000", "put the damage at $2m")?
    A reckoning, no happening; not a placing ("The cuts put 300 jobs at risk", "put the
    plan on hold": no figure after the "at")."""
    for k, low in enumerate(words):
        if low == "at" or low == "as" and k + 2 < len(words) and words[k + 2] == "as":
            rest = words[k + 1 :] if low == "at" else words[k + 3 :]
            rest = [w for w in rest if w not in ROUGHLY and w not in _FIGURE_HEDGES]
            return bool(rest) and (
                rest[0][:1].isdigit() or rest[0][:1] in _MONEY_SIGNS or rest[0] in NUMBER_WORDS
            )
        if low in _SHARE_EDGE:
            return False
    return False


def _within_saying(sent: Sentence, said_at: int, i: int) -> bool:
    """Is the verb at token `i` within what the speech verb at offset `said_at` reports
    ("claimed that he was alive and that Ray told them …")? Not after a speech verb with no
    subject ("When asked whether the bridge would reopen, Minister Ann Lake replied …": she
    answers what she was asked)."""
    j = next((k for k, t in enumerate(sent.tokens) if t[0] == said_at), None)
    if j is None or j >= i or j == 0 or sent.tokens[j - 1][2].lower() in SUBORDINATORS:
        return False
    lo, hi = sent.reported_at(j)
    return lo <= sent.tokens[i][0] < hi


def _interrupted(tokens: list[tuple[int, int, str]], scene_at: int, i: int) -> bool:
    """Is the verb at `i` in a "when" clause that cuts into the past progressive at offset
    `scene_at` ("She was volunteering for a charity when she contracted the virus")? The
    progressive sets the scene; what happened is the "when" clause's."""
    j = next((k for k, t in enumerate(tokens) if t[0] == scene_at), None)
    if j is None or j >= i or not tokens[j][2].lower().endswith("ing"):
        return False
    return any(t[2].lower() in AUX_BE_PAST for t in tokens[max(0, j - 3) : j]) and any(
        t[2].lower() == "when" for t in tokens[j + 1 : i]
    )


def _word_before(tokens: list[tuple[int, int, str]], i: int, ly: bool = False) -> str:
    """The word before the verb at `i`, past the adverbs between (those listed, and with
    `ly` any "-ly" one): its auxiliary, if it has one."""
    k = i - 1
    while k >= 0 and (tokens[k][2].lower() in ADVERBS or ly and ly_adverb(tokens[k][2])):
        k -= 1
    return tokens[k][2].lower() if k >= 0 else ""


def _passive(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive participle ("was repealed", "has been quietly dropped")?"""
    return _word_before(tokens, i) in BE_FORMS


def _held_participle(tokens: list[tuple[int, int, str]], i: int, low: str, aspect: str) -> bool:
    """Is the participle at `i` after "be" one of `HELD_PARTICIPLES` with its word ("The
    hall was filled with smoke", "Talks were focused on trade"), or, in the present, one of
    `SPLIT_PARTICIPLES` with "into" ("The county is split into four wards")? What a thing
    holds or how it is cut up, a description; not with an agent ("were filled with sand by
    volunteers": someone's doing)."""
    if low in HELD_PARTICIPLES:
        word = HELD_PARTICIPLES[low]
    elif low in SPLIT_PARTICIPLES and aspect == "present":
        word = "into"
    else:
        return False
    return _next_is(tokens, i, word) and _passive_without_agent(tokens, i)


def _passive_without_agent(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive with no "by" and an agent after it in its clause ("Two
    cases were reported on Monday", "Delays were reported at two airports")? Not "were
    reported on Monday by the council"; "by Monday", "by the end of June" are no agent."""
    if not _passive(tokens, i):
        return False
    for k in range(i + 1, len(tokens) - 1):
        word = tokens[k][2].lower()
        if word in _CLAUSE_ENDS:
            return True
        if word == "by":
            after = tokens[k + 1][2].lower()
            if after in DETERMINERS and k + 2 < len(tokens):
                after = tokens[k + 2][2].lower()
            if not after[:1].isdigit() and after not in NOT_AGENT_AFTER_BY:
                return False  # "by the council", "by local media": an agent
    return True


# Verbs of becoming before a participle: "became involved" tells a change, a happening.
_BECOMING = frozenset("become becomes became becoming get gets got getting".split())


def _undergone(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a participle something undergoes ("was involved in a crash",
    "became romantically involved last year"), not a state told actively? Not one held:
    a perfect ("Ten boats have been involved in the hunt for the crew"), one an adverb of holding
    marks ("was already involved in the design", see `HELD_ADVERBS`), or one with nothing
    after it ("Extra costs were involved, and …"): a state."""
    aux = _word_before(tokens, i, ly=True)
    if aux in _BECOMING:
        return True
    if aux not in BE_FORMS:
        return False
    k = i - 1
    while tokens[k][2].lower() != aux:
        k -= 1
    if any(t[2].lower() in HELD_ADVERBS for t in tokens[k + 1 : i]):
        return False
    if aux == "been" and k and tokens[k - 1][2].lower() in _PERFECT_AUX:
        return False
    return i + 1 < len(tokens) and tokens[i + 1][2] not in ",;:."


def _first_schedule(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def _moved_to(masked: str, t: Timex) -> bool:
    """Is `t` where something was moved from or to ("from September to January"), or
    when it was first due (see `_first_due`)?"""
    return _MOVED.search(masked, max(0, t.start - 40), t.start) is not None or _first_due(masked, t)


def _first_due(masked: str, t: Timex) -> bool:
    """Is `t` when something was first due ("originally scheduled for March", "The
    hearing, scheduled for Friday, was postponed")? The thing's day, not the story's."""
    return _FIRST_DUE.search(masked, max(0, t.start - 40), t.start) is not None


def _which_medium(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` one that only says which medium a saying of its sentence
    was made in ("Ruiz said in a short video released on Sunday", "wrote in a letter posted
    last week")? The video's release is the saying's occasion, no happening of its own."""
    word = tokens[i][2].lower()
    if word not in MEDIUM_PARTICIPLES or i < 3 or tokens[i - 1][2].lower() not in MEDIUM_NOUNS:
        return False
    for k in range(i - 2, max(-1, i - 6), -1):  # "in a three-minute video"
        if tokens[k][2].lower() in _MEDIUM_PREPOSITIONS:
            return k > 0 and guess_form(tokens[k - 1][2])[0] in REPORTING_VERBS
    return False


def _to_speak(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "declined to comment", "refused to say whether …": what a spokesman says by not
    saying, told to the reporter like any saying of the story."""
    if i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "to":
        return False
    word = tokens[i + 2][2].lower()
    return word in REPORTING_VERBS or word in SPEECH_REFUSED


_REFUSING_STEMS = tuple(lemma.removesuffix("e") for lemma in REFUSING)  # "declin", "refus"


def _refuses_to_speak(sent: Sentence) -> bool:
    """Does the sentence decline to say something ("A spokesman declined to comment")? (The
    verbs' stems, "declin" and "refus", are looked for first: few sentences hold one, and
    every form the verb table or `guess_form` reads holds its stem.)"""
    low = sent.lowered
    if low is not None and not any(stem in low for stem in _REFUSING_STEMS):
        return False
    tokens = sent.tokens
    return any(
        _to_speak(tokens, k) and guess_form(tokens[k][2])[0] in REFUSING
        for k in range(len(tokens) - 2)
        if tokens[k + 1][2] == "to"  # (filtered in the loop: most words are before no "to")
    )


def _names_a_noun(tokens: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """ "a seller called “E-Life”", "a company named Acme": the participle after a common
    noun, before the name it gives (not "The senator called the decision …", nor "Trump
    called Biden …", where a person calls)."""
    if not i:
        return False
    prev = tokens[i - 1][2]
    nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
    if tokens[i][2].lower() == "named" and nxt in ("after", "for") and prev.lower() != "be":
        return True  # "a street named after a poet", "which was named for his aunt": a name's
        # source ("be named for the post": an appointment to come)
    if _term_given(tokens, i, nxt):
        return True
    if prev[:1].isupper() and _placed_noun_named(tokens, i, text):
        return True
    if not (prev.isalpha() and prev.islower()) or prev in PRONOUNS or prev in FINITE_AUX:
        return False
    after = text[tokens[i][1] :].lstrip()
    article, _, rest = after.partition(" ")
    if article.lower() in ("a", "an", "the") and rest.startswith(("“", '"', "‘")):
        return True  # "a fad called the “Slow Walk”" (not "called the Greens liars")
    return after[:1].isupper() or after[:1] in "“\"‘'"


def _placed_noun_named(tokens: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Does the naming participle at `i` follow "a" common noun set in a named place, and
    give the name that ends the clause ("members of a new tenants' group in Leeds called
    FairRent.")? Not a place's people who call someone ("Officials in Leeds called Ortiz a
    hero", "A man in Leeds called Ortiz on Monday": more follows the name), nor a subject
    at the opening of the sentence."""
    k = i - 1
    while k >= 0 and tokens[k][2][:1].isupper():
        k -= 1  # the place's name: "North Yorkshire"
    if k < 2 or tokens[k][2].lower() not in NAMING_PLACE_WORDS:
        return False
    noun = tokens[k - 1][2]
    if not (noun.isalpha() and noun.islower()):
        return False
    a = next(
        (j for j in range(k - 2, max(-1, k - 6), -1) if tokens[j][2].lower() in ("a", "an")), None
    )
    if a is None or a == 0 or any(tokens[j][2] in ",;" for j in range(a, k)):
        return False  # "A man in Leeds called …": the sentence's subject may call
    after = text[tokens[i][1] :].lstrip()
    name = re.match(r"[“\"‘']?(?:[A-Z][\w&'’.-]*\s?)+[”\"’']?", after)
    return bool(name) and after[name.end() :].lstrip()[:1] in ("", ".", ",", ";", ")")


def _term_given(tokens: list[tuple[int, int, str]], i: int, nxt: str) -> bool:
    """Does the naming participle at `i` give a term, set off or after "be" ("gene faults
    (also called germline faults)", "are instead called acquired faults")? Not "was called
    off", "were called to the scene", nor "was named best actor", an award."""
    k = past_adverbs_back(tokens, i - 1)
    while k >= 0 and tokens[k][2].lower() in NAMING_ADVERBS:
        k = past_adverbs_back(tokens, k - 1)  # "are instead called …"
    if k < 0:
        return False
    if tokens[k][2] in "(,":
        return k < i - 1  # an adverb between: "(also called …)", not "arrived, called the press"
    if tokens[k][2].lower() not in BE_FORMS or tokens[i][2].lower() != "called":
        return False  # "was named best actor", "was named the new coach": an appointment
    word = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    return (
        word.isalpha()
        and word.islower()
        and not ly_adverb(word)
        and nxt not in PREPOSITIONS
        and nxt not in VERB_PARTICLES
    )


def _in_any(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= at < hi for lo, hi in spans)


def _compared(masked: str, t: Timex) -> bool:
    """A date of the figure an event is compared with ("was recording 65 cases a week, up
    from 33 a week earlier", "sales fell 4% compared with a year ago") or of the record it
    sets ("the lowest since 1950", `_RECORD_SINCE`): not the event's."""
    before = max(0, t.start - 60)
    return bool(
        may_hold(masked, _COMPARISON_WORDS)
        and _COMPARISON.search(masked, before, t.start)
        or "since" in masked
        and _RECORD_SINCE.search(masked, before, t.start)
    )


# the tagger's units of time, one or many, and "time" itself: what "passes"
_TIME_SPANS = {*TIME_UNIT_WORDS, *(u + "s" for u in TIME_UNIT_WORDS), *UNIT_PLURALS, "time"}


# a quotation right after a verb, past a colon or comma ("Lee continued: “…”"), or one
# closing with its comma at most two words before it ("“…,” she continued")
_QUOTE_AFTER = re.compile(r"\s*[:,]?\s*[\"“‘]")
_QUOTE_BEFORE = re.compile(r"[,.!?]?[\"”’]\s*(?:[\w’'-]+\s+){0,2}$")


# set off by commas with its speaker, inside what is said: "The bank, he continued, sells …"
_ASIDE_BEFORE = re.compile(r",\s*(?!(?:who|which|that)\b)(?:[\w’'.-]+\s+){1,3}$", re.IGNORECASE)


def _quoted_on(text: str, start: int, end: int) -> bool:
    """Does the verb at text[start:end] go on with a quotation ("Lee continued: “…”", "“…,”
    she continued"), or stand in what is said ("The bank, he continued, sells forex")? The
    sentence's own text: its masked copy blanks what is quoted."""
    return bool(
        _QUOTE_AFTER.match(text, end)
        or _QUOTE_BEFORE.search(text, max(0, start - 30), start)
        or text.startswith(",", end)
        and _ASIDE_BEFORE.search(text, max(0, start - 30), start)
    )


# Marks after which a sentence's words begin: a dateline's dash, a colon, an opening quote
_OPENING_MARKS = frozenset({"—", "–", ":", "“", '"'})


def _after_adjective(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the word before the one at `i` a lowercase word that is only ever an adjective
    ("sticky", "handy", "new")? An -s word after it is a plural noun, no verb."""
    before = tokens[i - 1][2]
    if (i == 1 or tokens[i - 2][2] in _OPENING_MARKS) and "N" in poslex().get(
        tokens[i][2].lower(), ""
    ):
        # "False claims that the mayor lied spread online", "OSLO (AP) — False claims …": the
        # first word, capital and all; not "Strong says …" (a name: "says" is no noun)
        return poslex().get(before.lower(), "") == "J"
    return before.islower() and poslex().get(before, "") == "J"


def _time_passed(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the "pass" at `i` time going by ("Six years had passed", "as the days passed")?"""
    return any(t[2].lower() in _TIME_SPANS for t in tokens[max(0, i - 3) : i])


def _agent_phrase_at(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> int:
    """Where the first noun's participle with its agent ("data gathered by the telescope", "a
    plan drawn up by engineers") after the verb at `i` starts (past the end if none): a date
    after it is that participle's, not the verb's ("analysed data gathered by Hubble in
    2016": the analysis is not of 2016). Not a verb's own passive ("was approved by")."""
    for k in range(i + 1, len(tokens) - 1):
        word, before = lows[k], tokens[k - 1][2]
        if (
            (VERB_FORMS.get(word, ("", ""))[1] in ("past", "pp") or word.endswith("ed"))
            and before[:1].isalpha()
            and lows[k - 1] not in AUXILIARIES
            and lows[k - 1] not in FUNCTION_WORDS
            and not ly_adverb(before)
            and "by" in lows[k + 1 : k + 3]
        ):
            return tokens[k][0]
    return tokens[-1][1] + 1 if tokens else 0


def _after_clause_verb(tokens: list[tuple[int, int, str]], c_start: int, i: int) -> bool:
    """Is the verb at `i` the first of a clause opened by "after" ("…, after the mayor
    dropped out")? Not a later verb of a clause the cut ran on into ("after the vote
    fuelled defeats Haley noted": Haley's noting is no earlier happening)."""
    return tokens[c_start][2].lower() == "after" and not finite_between(
        tokens, c_start, tokens[i][0]
    )


def _before_doing(tokens: list[tuple[int, int, str]], i: int, at: int) -> bool:
    """Is there "before" or "until" and a gerund between the verb at `i` and offset `at`
    ("served … before joining the staff in 2019")? The date is the gerund's."""
    for k in range(i + 1, len(tokens) - 1):
        if tokens[k][0] >= at:
            return False
        if tokens[k][2].lower() in ("before", "until") and tokens[k + 1][2].endswith("ing"):
            return True
    return False


def _since_after(tokens: list[tuple[int, int, str]], i: int, since: dict[int, Timex]) -> int:
    """The "since" clause that comes next after the verb at `i`, with no other verb between
    ("has lost 12 ships | since the blockade began on Friday"), as its opening token; 0 if
    none ("has resigned and the union has protested since 2015": not "resigned")."""
    for k in range(i + 1, len(tokens)):
        if k in since and not since[k].mod:
            return k
        word = tokens[k][2].lower()
        if word in AUXILIARIES or word in SUBORDINATORS:
            return 0
        if word in VERB_FORMS and is_verb_here(tokens, k):  # not "12 ships"
            return 0
    return 0


_SAID_BY = PERSONAL_SUBJECTS - {"i", "we"}  # "he said", "said she": someone told of already


def _told_another_outlet(sent: Sentence, report: _Report) -> bool:
    """Is "he told the Porto Gazette" the outlet a saying the paragraph dated in the past was
    made to ("Late in 2012 Ortega admitted the bakery was losing money. “We cannot keep the
    ovens on,” he told the Porto Gazette.")? Then it was said then, not to the reporter at
    publication: an undated saying by a pronoun right after a past dated one of the
    paragraph, or the one the paragraph before closed on (`_Report.said`)."""
    return report.said is not None and not sent.calendar and _said_by_pronoun(sent)


def _said_by_pronoun(sent: Sentence) -> bool:
    """Does someone already told of speak in the sentence ("“…,” she said", "He added that
    …"): a reporting verb next to "he", "she" or "they"?"""
    tokens = sent.tokens
    for k, (_a, _b, word) in enumerate(tokens):
        if VERB_FORMS.get(word.lower(), ("", ""))[0] in REPORTING_VERBS and any(
            0 <= j < len(tokens) and tokens[j][2].lower() in _SAID_BY for j in (k - 1, k + 1)
        ):
            return True
    return False


def _answered(tokens: list[tuple[int, int, str]]) -> bool:
    """Does a sentence opened by "Asked …" go on to a saying after a comma ("Asked about
    the delay, the minister said …")?"""
    comma = next((k for k, t in enumerate(tokens) if t[2] == ","), None)
    return comma is not None and any(
        verb_form(t[2])[0] in REPORTING_VERBS for t in tokens[comma + 1 :]
    )


def _said_on_scene(
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


def _said_at(events: list[FoundEvent], occasion: FoundEvent) -> list[FoundEvent]:
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


def _heard_at(
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
            and not _in_any(sent.masked.find(e.trigger), sent.reported_spans())
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


def _at_occasion(
    sent: Sentence, events: list[FoundEvent], dct_value: str | None
) -> tuple[str, frozenset[str]] | None:
    """The day and the people of an occasion for speaking that a sentence dates and puts
    them at, saying nothing itself ("At a June 24 hearing, Rep. Ann Lowe pushed for a faster
    return to the office."): what they go on to say in the paragraph ("“…,” she said") was
    said there, that day, not at publication (`_Report.said`). Not a day at publication."""
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


def _said_by_writing(
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
        if noun := _writing_year(sent.masked, t):
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


def _writing_year(masked: str, t: Timex) -> str | None:
    """The noun of the writing whose year (day) `t` is ("according to a 2015 report", "A
    2012 paper found"; not "In March the audit found")."""
    m = _DOCUMENT.match(masked, t.end)
    if m and (attributive(masked, t) or _OPENS_WITH.fullmatch(masked, 0, t.start)):
        return m.group().split()[-1].lower()
    return None


# "the report said", "said the report": the writing that makes a saying
_WRITINGS = "|".join(sorted(DOCUMENT_NOUNS))
_BY_WRITING = re.compile(
    rf"\b(?:the|that|this)\s+(?P<noun>{_WRITINGS})\s+(?P<after>\w+)"
    rf"|\b(?P<before>\w+)\s+(?:the|that|this)\s+(?P<noun2>{_WRITINGS})\b",
    re.IGNORECASE,
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


def _condition_day(sent: Sentence, i: int, dct_value: str) -> str | None:
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


def _long_before(value: str | None, dct_value: str | None) -> bool:
    """Does the time `value` end more than a month before publication?"""
    span = dates.bounds(value) if value and dct_value else None
    return bool(span) and (date.fromisoformat(dct_value) - span[1]).days > 31


@dataclass(frozen=True, slots=True)
class _Report:
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
            day = next((self.heard_on[s] for s in speakers if s in self.heard_on), None)
            return Narrative(day, "inferred") if day else Narrative()
        d = self.discourse
        if d is None:
            return Narrative()
        if self.said and self.said[1].intersection(speakers):
            return Narrative(self.said[0], "inferred")
        if d.setting and d.setting_speakers.intersection(speakers):
            return Narrative(d.setting, "inferred")
        day = d.sayings_time
        return Narrative(day, "inferred") if day else Narrative()


def _spoken_lead(masked: str, events: list[FoundEvent], day: str) -> bool:
    """Does a lead sentence dating `day` tell a scene for speaking ("Senators clashed at
    Tuesday's sitting") or a saying on it ("The minister told the house on Tuesday …")?
    See `Discourse.lead_spoken`."""
    return _SPEAKING_SCENE.search(masked) is not None or any(
        e.type == "statement" and e.dating == "explicit" and e.date == day for e in events
    )


def _happening_lead(masked: str, events: list[FoundEvent], day: str) -> bool:
    """Does a lead sentence dating `day` tell a happening on it (a death, an attack, an
    accident: "A surfer was bitten by a shark on Sunday") and no scene for speaking (not
    "Rivals traded blows over the killings at Monday's debate", nor a saying it dates:
    "Police told reporters on Monday that two died")? See `Discourse.lead_happened`."""
    return (
        any(
            e.date == day and VERB_TYPE.get(verb_form(e.trigger)[0]) in HAPPENING_TYPES
            for e in events
        )  # told by its verb ("was killed"), not a noun ("pressed him on the death toll")
        and not _spoken_lead(masked, events, day)
    )


def _ruling_lead(sent: Sentence, events: list[FoundEvent], day: str) -> bool:
    """Does a lead sentence dating `day` tell a court's decision on it ("On Thursday the
    appeals court ruled the landlord liable", "A jury convicted the driver on Friday")? A
    verb of deciding (`RULINGS`) dated that day, in a sentence that names a court (not
    "Researchers found on Monday …"). See `Discourse.lead_ruled`."""
    return not COURTS.isdisjoint(sent.lows) and any(
        e.date == day and verb_form(e.trigger.lower())[0] in RULINGS for e in events
    )


def _case_made(sent: Sentence, i: int, lemma: str, report: _Report) -> str | None:
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


# "following the 2011 war", "in the wake of the 2008 crash": a phrase of what came before
# (not "the following year", "the following March")
_IN_THE_WAKE = re.compile(
    r"(?<!\bthe )\b(?:[Ff]ollowing|" + _IN_WAKE_OF + r")\s+(?:[\w’'-]+\s+){0,4}$"
)


# nouns that name a happening of their own, whose day is theirs ("the robbery on Dec. 4")
_HAPPENING_NOUNS = EVENT_NOUNS | SCENE_NOUNS | INCIDENT_NOUNS


# "until", "till" right before a time ("until Friday", "until at least March", "until
# the end of May")
_UNTIL = re.compile(
    r"\b(?:until|till|through)\s+(?:at\s+least\s+|(?:the\s+)?(?:end|middle)\s+of\s+)?$",
    re.IGNORECASE,
)
# a denied verb before the "until": "did not reopen until May" (it reopened then)
_NOT_UNTIL = re.compile(r"\b(?:not|never|n[’']t)\b[^,;.]*\b(?:until|till)\b", re.IGNORECASE)

# a season value ("2023-SU") and the word after a time expression
_SEASON_VALUE = re.compile(r"\d{4}-(?:SP|SU|FA|WI)$")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def _season_of_a_thing(masked: str, t: Timex, modifiers: AbstractSet[int]) -> bool:
    """Is `t` a season that says what kind of thing follows it ("gusts that brought early
    summer heat", "the winter sales"), no happening's time? Not before a happening's
    noun ("the spring festival was cancelled": the festival's spring)."""
    if t.start not in modifiers or not _SEASON_VALUE.match(anchor_value(t)):
        return False
    after = _NEXT_WORD.match(masked, t.end)
    return after is None or after[1].lower() not in _HAPPENING_NOUNS


def _on_a_schedule(tokens: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Does tokens[a:b] (a present verb's clause) tell a timetable ("opens at 9 a.m. every
    day", "closes daily at noon", "runs on Saturdays")? What is done each time, not one
    happening: its clock time is no date ("The bridge opens to traffic on May 3" is one)."""
    words = [t[2].lower() for t in tokens[a:b]]
    return any(
        w in SCHEDULE_WORDS
        or w in ("every", "each")
        and k + 1 < len(words)
        and words[k + 1] in SCHEDULE_EVERY
        for k, w in enumerate(words)
    )


_UNSETTLING = UNSETTLED | SETTLED_IF_DENIED  # words `_left_open` needs, one union for all
_NEVER_UNKNOWN_VERBS = FUNCTION_WORDS | DETERMINERS  # no verb the table leaves out


def _sentence_events(
    sent: Sentence,
    narrative: Narrative,
    dct_value: str | None,
    report: _Report,
    lead: bool = False,
    heading: Timex | None = None,
    lead_news: bool = False,
    quoting: bool = False,
    lead_told: bool = False,
) -> list[FoundEvent]:
    """Verb and noun events of one sentence; one per (type, date, dating), and no untyped
    event beside a typed one of the same date. `heading`: the date heading the paragraph of
    a chronology, which dates its historical present ("4 March 2011: The council halts …");
    `quoting`: the sentence is of a text the story sets down, whose "I" is its author;
    `lead_told`: the sentence is of a lead paragraph after one that told its news as under way."""
    found: list[FoundEvent] = []
    where: list[int] = []  # each found event's trigger offset
    seen: dict[tuple, int] = {}  # (type, date, dating) → index in found
    headline: set[int] = set()  # found events that are the lead's news, at publication

    def emit(i, etype, anchor, aspect, span, narrow_at, lemma="", main_clause=False, share=False):
        news_of_the_day = now = False  # `now`: the day's news by its words, at publication
        told_past = aspect == "past"  # (not a perfect the lead makes the day's news)
        if etype == "birth" and anchor is None:
            return  # "Since he was born in Lisbon, …": background, not a birth that day
        # Speech is reported when the story happens (its lead time or publication), not at
        # the time of the background the paragraph has been narrating.
        context = report.of(sent.speech_actors(i)) if lemma in REPORTING_VERBS else narrative
        if (
            context is not narrative
            and narrative.value
            and narrative.dating in ("explicit", "inferred")
            and aspect == "past"
            and _passive(sent.tokens, i)
            and not sent.tokens[i][2].endswith("ing")  # "was speaking": the speaker's own
        ):
            # "Soon after sunrise on Sunday the pilot asked to climb. Her request was denied.": a
            # saying told as a deed done to its subject, in the scene the paragraph narrates,
            # not a source quoted as the story is reported
            context = narrative
        if (
            lemma in NARRATED_SAYINGS
            and report.keeps_time_told(sent.speech_actors(i))
            and context.value == report.sayings_time()
            and narrative.dating in ("explicit", "inferred")
            and _long_before(narrative.value, dct_value)
        ):
            # "With the 2001 crash, the boom ended. 'The party is over,' declared the
            # minister": a saying told amid a past the paragraph narrates was made then, not
            # as the story is published
            context = narrative
        if aspect == "now":  # under way as the story is published, whatever it narrates
            aspect, context, now = "past", Narrative(), True
        stamped = _UPDATE_STAMP.match(sent.masked) is not None
        if (
            (lead_news or lemma in REPORTING_VERBS or stamped)
            and aspect == "perfect"
            and anchor is None
            and dct_value
            and main_clause
            and not is_iterated(sent.tokens)  # read only here, where it can matter
            and not pluperfect(sent.tokens, i)
        ):
            # "Boeing has unveiled its 787" in the lead, "Airbus has said it will …"
            # anywhere: the news, at publication (not "had bought": before the story)
            aspect = "past"
            context = Narrative()
            news_of_the_day = lead_news and lemma not in REPORTING_VERBS
            now = stamped
        if aspect == "perfect" and anchor is None and not pluperfect(sent.tokens, i):
            # "Pelosi has objected to it": before now, not before the time the
            # paragraph narrates ("had objected" is before that)
            context = Narrative()
            now = _just_now(sent.tokens, i)
            if now:
                aspect = "past"  # "A body has just been found": the news, at publication
        news = lead_news or lemma in REPORTING_VERBS or now
        if news and anchor is None and told_past and _recent_past(sent.tokens, i):
            context, news = Narrative(), False  # "Recently, X stated …": before publication
        if news and anchor is None and told_past and _said_in_an_aside(sent.tokens, i):
            context, news = Narrative(), False  # "Ruiz, who said …, lost the seat": before
        if anchor is None and told_past and _recent_writing(sent.tokens, i):
            context, news = Narrative(), False  # "A recent study found …": before publication
        if (
            lead_told
            and news
            and not now
            and anchor is None
            and told_past
            and not context.value
            and lemma not in REPORTING_VERBS
        ):
            # "Deputies are quitting the sheriff's office. ¶ A sergeant handed back her badge
            # and blamed the board for the cuts.", "Police are seizing homes of a gang. ¶ Most of
            # the cash was moved offshore.": once a lead paragraph has told its news as
            # under way, an undated past act the next one tells is background to that trend,
            # an undated past, before publication, not more news of the day
            context, news = Narrative(), False
        if (
            anchor is None
            and aspect in ("past", "perfect")
            and _undated_earlier(sent.tokens, sent.lows, i)
        ):
            context, news = Narrative(), False  # "closed it weeks ago": before publication
        if (
            anchor is None
            and told_past
            and lemma not in REPORTING_VERBS  # "claimed the board ignored it for years"
            and not pluperfect(sent.tokens, i)
            and _lasted_long(sent.lows, i)
        ):
            # "Police arrested two men on Tuesday. The owners fought over the lease for
            # years": a happening of years is no happening of the day the paragraph narrates,
            # nor of the publication's: an undated past, before it
            context, news = Narrative(), False
        if (
            anchor is None
            and told_past
            and may_hold(sent.masked, _LATELY_WORDS)
            and _LATELY.search(sent.masked, *span)
        ):
            # "was stabbed at some point within the last few days", "Police questioned two men in
            # recent days": in the days up to publication, not on the story's day
            context, news = Narrative(), False
        value, dating = date_for(anchor, aspect, sent.masked, context, dct_value, news)
        if (
            anchor is None
            and told_past
            and lemma in REPORTING_VERBS
            and dct_value
            and s_cal
            and not is_iterated(sent.tokens)
            and (day := _condition_day(sent, i, dct_value))
        ):
            # "A hospital spokesman said the diver was in fair condition on Sunday afternoon":
            # said that Sunday, when the state it reports held
            value, dating = day, "inferred"
        if (
            anchor is None
            and told_past
            and context.value
            and context.value == report.sayings_time()
            and (ruled := _case_made(sent, i, lemma, report))
            and context.value == ruled
        ):
            # "On Thursday the appeals court ruled the landlord liable. … The landlord argued
            # it owed nothing": argued in the case, before the decision, not on its day
            value, dating = ruled, "before"
        if (
            anchor is None
            and aspect in ("past", "perfect")
            and dct_value
            and not pluperfect(sent.tokens, i)
            and (since := _past_span_start(sent.masked, span, dct_value))
            # not one of a verb after this one ("after the site was shut dipped in the past
            # year": the dip's)
            and not finite_between(sent.tokens, i, since[1])
        ):
            # "Over the past year, outlets have started to aggregate", "In the last two weeks
            # police have arrested 12 men": within that time up to publication, after its start
            value, dating = since[0], "after"
        if (
            anchor is not None
            and aspect == "present"
            and lemma in FOLLOWING_VERBS
            and anchor.start > sent.tokens[i][0]
        ):
            # "The ban follows a review by the council in March": what follows a happening
            # of a past date comes after it
            dating = "after" if dating == "explicit" else dating
        if (
            anchor is None
            and aspect == "perfect"
            and narrative.value
            and narrative.dating in ("explicit", "inferred", "after")
            and narrative.value != dct_value
            and _since_then(sent.tokens)
        ):
            # "The mill closed in May 1998. Since then, the town has lost half its shops":
            # a process since the time the paragraph told, only after it
            value, dating = narrative.value, "after"
        if dating == "before" and anchor is not None and _when_then(sent, anchor, i):
            dating = "explicit"  # "open until May 2010, when the owner sold it": then
        if anchor is None and value and dates.DAY.match(value) and dating in ("before", "inferred"):
            days = _days_before(sent.masked, sent.tokens[i][1])
            if days:
                # "Rangers arrested him on Thursday. He had set the traps the night before",
                # "… left via the border post on the two previous days": the day(s) just
                # before the one the story narrates, not only some time before it
                last = date.fromisoformat(value) - timedelta(days=1)
                first = last - timedelta(days=days - 1)
                value = last.isoformat() if days == 1 else f"{first.isoformat()}/{last.isoformat()}"
                dating = "inferred"
        if aspect in ("past", "perfect") and (gap := _came_after(sent.masked, sent.tokens[i][0])):
            come_at, count, unit = gap
            # "The fine comes two weeks after Kerr received a ban", "The remarks Tuesday came
            # some days after a petition pressed …": the earlier happening lies that long before the
            # time of what comes (its own date, else the story's), not at it; before an
            # undated past "came", only before publication
            before = [t for t in sent.calendar if t.end <= come_at]
            if anchor is None or before and anchor is before[-1]:
                told = anchor_value(before[-1]) if before else narrative.value
                if not before and narrative.dating not in ("explicit", "inferred"):
                    told = dct_value
                    if sent.masked.startswith("came", come_at):
                        count = None
                value, dating = _gone_back(told, count, unit)
        if share and (
            value
            and not _MONTH_OR_DAY.match(value)
            or aspect == "perfect"
            and dating not in ("explicit", "inferred")
        ):
            # "The top tenth took 40 percent of income in 1990", "Ticket sales fell 4% in
            # 2012", "By 2018 the deficit had widened to 22 percent", "has been found in 45% of
            # samples": a figure over a year or more, or one that has come to hold, a
            # statistic ("shares fell 3% on Monday", "rose 2% in May" are news)
            return
        key = (etype, value, dating)
        if key not in seen:
            seen[key] = len(found)
            if news_of_the_day:
                headline.add(len(found))
            found.append(sent.event(i, etype, value, dating, span, narrow_at, lemma))
            where.append(sent.tokens[i][0])
            return
        # "When asked whether …, Executive Vice President Scott Carson replied": one entry,
        # with everyone who takes part in either verb
        kept = found[seen[key]]
        if (
            lemma in REPORTING_VERBS
            and kept.type == "statement"
            and _within_saying(sent, where[seen[key]], i)
        ):
            # "The hunters claimed that Ray was alive and, on the way, Ray told them he was
            # cold": Ray's telling is what the hunters claimed, and "Organizers of the march
            # acknowledged that Acme paid for the buses and said …" goes on with their
            # saying: the entry keeps its speaker (unnamed) and its actors (not Ray nor Acme)
            return
        more = sent.event_actors(i, lemma)
        actors = tuple(dict.fromkeys(kept.actors + more))
        if _interrupted(sent.tokens, where[seen[key]], i):
            # "Lee was playing for the county when he was struck by lightning": the
            # happening is the strike; the match sets its scene
            event = sent.event(i, etype, value, dating, span, narrow_at, lemma)
            found[seen[key]] = replace(event, actors=tuple(dict.fromkeys(more + kept.actors)))
            where[seen[key]] = sent.tokens[i][0]
        else:
            # the speech verb's speaker speaks for the occasion's noun ("At a press
            # conference on Friday, Ortiz said": Ortiz's statement)
            speaker = kept.speaker
            if not speaker and lemma in REPORTING_VERBS:
                # an unnamed speaker ("Governor says …, but he called on her …") stays
                # one when the second verb's speaker is unclear (None)
                named = sent.speaker(i)
                speaker = named if named or speaker is None else speaker
            if actors != kept.actors or speaker != kept.speaker:
                found[seen[key]] = replace(kept, actors=actors, speaker=speaker)

    tokens, masked, s_cal = sent.tokens, sent.masked, sent.calendar
    if not tokens:
        return found
    # Tests that need a rare word ("our", "unclear", "whenever", "latest") are asked per verb
    # or clause only when the sentence holds it: its lowercase words are read once here.
    lows = sent.lows  # each word lowercase, for the loops below too
    words = set(lows)
    ours = not words.isdisjoint(OUR_WORDS)
    if ours and any(
        _own_coverage(tokens, k) and is_verb_here(tokens, k, lows) for k in range(1, len(tokens))
    ):
        # "That is all from our live updates tonight; we return at dawn as the search goes on":
        # the site's sign-off, all of it, none of its clauses a happening of the story
        return found
    if not quoting and "as" in words and not words.isdisjoint(TOLD_EARLIER) and _told_earlier(lows):
        # "11.40 As we reported earlier, divers pulled two more bodies from the lake": a
        # live blog retelling its earlier update, whose entry already tells the finding
        return found
    writer = not quoting and not words.isdisjoint(WRITER_SUBJECTS)
    writers_sentence = writer and _writers_sentence(tokens, lows)
    unsettled = not words.isdisjoint(_UNSETTLING)
    habits = may_hold(masked, _HABIT_WORDS)
    newest = not words.isdisjoint(NEWEST)
    links = "/" in masked  # every web address `_in_link` knows holds a slash
    # "If you walk the route at dawn, you …", "Will poetry go viral?": nothing has
    # happened, but "If they do not comply, the department said, it will …" is still said
    question = masked.rstrip().endswith("?")
    hypothetical = lows[0] in SUPPOSING or question
    # "Stay indoors: avoid unnecessary travel": advice to the reader, nothing that happened
    # ("Stay indoors, police said" is still said, but not "Tell us what you saw")
    order = imperative(tokens)
    record: list[bool] = []  # read on first need

    def is_record() -> bool:
        if not record:
            record.append(may_hold(masked, _RECORD_WORDS) and bool(_RECORD.search(masked)))
        return record[0]

    # a line with no verb ("The Gazette's coverage of the floods and a winter of strikes.")
    # is a heading or a caption's tag line: its nouns tell no happening
    finite: list[bool] = []  # read on first need: most clauses have no date of their own

    def has_finite() -> bool:
        if not finite:
            finite.append(has_finite_verb(tokens))
        return finite[0]

    first_verb: list[int] = []  # where the sentence's first finite verb starts, on need

    def opening(at: int) -> bool:
        """Is the date at `at` in what opens the sentence, before any verb ("But in April,
        the cardinal quashed …"), for any clause to take?"""
        if not first_verb:
            k = first_finite(tokens)
            first_verb.append(tokens[k][0] if k is not None else len(masked))
        return first_verb[0] >= at  # no finite word before `at` (the date itself may be "May")

    named = {a for a, _n in sent.mentions}  # where the sentence names someone
    strong, narrow = clauses(tokens, lows)  # cut without and with commas
    # Verbs outside the taxonomy that the detector says name a happening ("delivered",
    # "flew", "rolled out"): events too, typed by their object when it says, else `other`.
    detector: list[Detected] = []  # read on first need: most words are in the verb table

    def detected(at: int) -> bool:
        if not detector:
            detector.append(Detected(masked))
        return detector[0].cls(at) in EVENTIVE

    # Which of the sentence's dates may date what, judged once per date: a sentence with no
    # date (most of them) has none of these to build, and its clauses none to take.
    if s_cal:
        s_cal = [t for t in s_cal if not in_a_name(masked, t) or _named_past(masked, t)]
        # "Data lets farmers today track prices": nowadays, no day the sentence tells
        s_cal = [t for t in s_cal if not _nowadays(tokens, t)]
        # what has happened cannot be dated after publication ("were named best actors on
        # Sunday, cementing their lead for the Oscars in February": Sunday)
        by_start = {t.start: t for t in s_cal}
        as_past = dates_of_the_past(s_cal, dct_value, masked)
        # "Flights were suspended until January 5", "has been closed until Friday": a coming
        # day what the happening left in place lasts until, not a time of the happening,
        # which is done by publication (a past one bounds it: "served as mayor until 2010")
        held_until = {
            t.start
            for t in s_cal
            if dct_value
            and _UNTIL.search(masked, max(0, t.start - 24), t.start)
            and anchor_value(t)[:10] > dct_value
            # "did not reopen until May": it reopened then
            and not _NOT_UNTIL.search(masked, max(0, t.start - 60), t.start)
        }
        # time expressions inside "after/before/when/as …" clauses, by the clause's first
        # token and word
        opened = [
            (a, lows[a], [t for t in s_cal if tokens[a][0] <= t.start < tokens[b - 1][1]])
            for a, b in strong
            if lows[a] in TEMPORAL_SUBORDINATORS
        ]
        temporal = [t for _a, _w, ts in opened for t in ts]
        since = {a: ts[0] for a, w, ts in opened if w == "since" and ts}  # each clause's first
        # inside "before …" and "until …" clauses: what they bound is earlier
        earlier = [t for _a, w, ts in opened if w in ("before", "until") for t in ts if not t.mod]
        # … and inside a verbless "after …" phrase: what follows it is later ("after the 2008
        # crash"), not a clause whose verb the date is of ("after she joined in 2019" is hers);
        # not a day ("resigned after the vote on Monday" is mostly that Monday)
        later = [
            t
            for a, w, ts in opened
            if w == "after"
            for t in ts
            if not t.mod
            and not dates.DAY.match(anchor_value(t))
            and "," not in masked[tokens[a][1] : t.start]  # not "After all, …", "after years, …"
            and not finite_between(tokens, a, t.start)
        ] + [
            t
            for t in s_cal
            if not t.mod
            and not dates.DAY.match(anchor_value(t))
            and _IN_THE_WAKE.search(masked, max(0, t.start - 48), t.start)
        ]
        # ", who has avoided mandates throughout the fall, said …": a relative clause's dates
        # are its own, not the sentence's to lend
        relatives = [
            (tokens[a][0], tokens[b - 1][1]) for a, b in strong if nonrestrictive(tokens, a)
        ]
        # "Gray, author of a 2017 article, resigned": an apposition's dates are its nouns'
        dated_at = {t.start for t in s_cal}
        appositions = [
            (tokens[a][0], tokens[b - 1][1])
            for a, b in narrow
            if tokens[a][0] not in dated_at
            # (not ", a year later,")
            and (_apposition(tokens, a, b) or _apposed_relative(tokens, a, b))
        ]
        asides = relatives + appositions  # clauses and phrases whose dates are their own
        # Each date is judged once, and each clause takes its dates by offset ("on Monday, on
        # Tuesday, …": a clause per date must not cost clauses x dates x sentence).
        compared = {t.start for t in s_cal if _compared(masked, t)}  # they date nothing
        modifiers = {t.start for t in s_cal if attributive(masked, t)} | compared
        # the date of a saying's occasion ("in an August interview", "in a Monday statement")
        occasioned = {
            t.start
            for t in s_cal
            if t.start in modifiers
            and _MEDIUM.match(masked, t.end)
            and _IN_MEDIUM.search(masked, max(0, t.start - 30), t.start)
        }
        # the year of a writing the sentence opens with ("A 2012 paper found …"): its verb's
        written = {
            t.start
            for t in s_cal
            if t.start in modifiers
            and _DOCUMENT.match(masked, t.end)
            and _OPENS_WITH.fullmatch(masked, 0, t.start)
        }
        cal_starts = [t.start for t in s_cal]  # in text order
        cal_spans = [(t.start, t.end) for t in s_cal]
        # a noun's date ahead of what the sentence tells ("confirm the nominee, perhaps before
        # the Nov. 8 election"): the election's, no other verb's
        ahead = {
            t.start
            for t in s_cal
            if t.start in modifiers
            and _AHEAD_OF.search(masked, max(0, t.start - 16), t.start)
            and (
                _looks_ahead(tokens, t.start)
                or _HEDGED.search(masked, max(0, t.start - 40), t.start)
            )
        }
        # "is seeking a deal ahead of the summit in Lima in June": the summit's June, which
        # what goes on ahead of it has not reached (the seeking is now): no verb's, and a
        # noun's only from the phrase on (the summit's, not the deal's); by the date's start,
        # the phrase's
        ahead_of_noun = {
            t.start: hit.start()
            for t in s_cal
            if (hit := _AHEAD_OF_NOUN.search(masked, max(0, t.start - _AHEAD_NOUN_REACH), t.start))
        }
        ahead |= ahead_of_noun.keys()
        # "worked to avert a strike at the end of October": the strike's date, which the
        # averting aims at; it dates neither the work nor a strike that happened
        averted = {
            t.start
            for t in s_cal
            if _AVERTING.search(masked, max(0, t.start - _AVERTING_REACH), t.start)
            # "could lift the left in the same way the Green wave did in 1998": the date of
            # the comparison's "did", no other verb's
            or _DID_THEN.search(masked, max(0, t.start - _AVERTING_REACH), t.start)
        }

        covered = {t.start for t in s_cal if covered_period(masked, t)}
    else:
        by_start, as_past, ahead_of_noun, since = {}, {}, {}, {}
        held_until, compared, modifiers, occasioned, written = set(), set(), set(), set(), set()
        ahead, averted, covered = set(), set(), set()
        temporal, earlier, later, appositions, asides = [], [], [], [], []
        cal_starts, cal_spans = [], []
    noun_day_starts: list[set[int]] = []  # read on first need: few sentences have a perfect

    def noun_days() -> set[int]:
        """The dates that are a happening noun's own day ("in the bank robbery on Dec. 4")."""
        if not noun_day_starts:
            noun_day_starts.append(
                {
                    t.start
                    for t in s_cal
                    if (noun := noun_on_day(masked, t))
                    and (
                        noun[1] in _HAPPENING_NOUNS
                        or gerund_noun(masked, *noun)
                        or noun[1] not in VERB_FORMS
                        and detected(noun[0])
                    )
                }
            )
        return noun_day_starts[0]

    def dates_in(a: int, b: int) -> list[Timex]:
        return own_dates(s_cal[bisect_left(cal_starts, a) : bisect_left(cal_starts, b)], modifiers)

    wide: dict[tuple[int, int], list[Timex]] = {}
    strong_starts = [a for a, _b in strong]
    for c_start, c_end in narrow:
        lo, hi = tokens[c_start][0], tokens[c_end - 1][1]
        w_start, w_end = strong[bisect_right(strong_starts, c_start) - 1]  # the one holding it
        wlo, whi = tokens[w_start][0], tokens[w_end - 1][1]
        if w_end == len(tokens):
            whi = len(sent.text)  # keep a closing quote ("… and “nothing but a distraction.”")
        if s_cal:
            c_cal = dates_in(lo, hi)
            c_day = any(dates.DAY.match(anchor_value(t)) for t in c_cal)  # a day named in it
            if (wlo, whi) not in wide:
                wide[wlo, whi] = dates_in(wlo, whi)
            w_cal = wide[wlo, whi]
        else:
            c_cal, w_cal, c_day = [], [], False
        clause_events = len(found)
        for i in range(c_start, c_end):
            low = lows[i]
            known = low in VERB_FORMS
            if not known and (
                len(low) < 3
                or not low.isalpha()
                or low in _NEVER_UNKNOWN_VERBS
                or tokens[i][2][:1].isupper()
            ):
                continue  # cannot be a verb the table does not know: no need to ask
            if not known and not could_be_verb(tokens, i, lows):
                continue
            if not known and low.endswith("ing") and i and lows[i - 1] == "being":
                continue  # "the comments still being interesting": an adjective
            if not is_verb_here(tokens, i, lows) or links and _in_link(masked, tokens[i][0]):
                continue  # "…/posts/2800": a word of a web address, no verb
            if not known and not detected(tokens[i][0]):
                continue  # not a happening the detector knows
            lemma, form = VERB_FORMS[low] if known else guess_form(low)
            if form == "s" and i and _after_adjective(tokens, i):
                continue  # "handy tools like sticky notes", "fresh claims": a noun
            if (hypothetical or order is not None) and (
                lemma not in REPORTING_VERBS or i == order or (hypothetical and i <= 1)
            ):  # "Let's say the deal fails", "Tell us what you saw": no one says
                continue
            if question:  # "What did the coach say after the game?": the writer asks, no one says
                continue
            if (
                form in ("past", "pp")
                and i
                and tokens[i - 1][2] in ",("
                and (
                    not known
                    and not after_apposition(tokens[: i - 1])  # "Ann Lee, a nurse, arrived"
                    or i + 1 < len(tokens)
                    and tokens[i + 1][2] == "by"
                )
            ):  # "a new screen, dubbed a “retina display”", "on May 9, followed by a home
                continue  # game two days later": a participle, no event of its own
            if form in ("past", "pp") and _points_in_text(tokens, i, lemma):
                continue  # "the ferries described above were built": the text, no saying
            if form in ("past", "pp") and _as_told(tokens, i):
                continue  # "as reported by local media", "as planned in May": a comment
            if form in ("past", "pp") and not c_cal and _source_cited(tokens, lows, i):
                continue  # "…, according to data compiled by the state": where a figure is from
            if form in ("past", "pp") and _first_schedule(tokens, i):
                continue  # "The vote, initially scheduled for March 10, was postponed"
            if (
                lemma == "follow"
                and i
                and i + 1 < len(tokens)
                and tokens[i + 1][2] == "by"
                and tokens[i - 1][2].lower() not in AUXILIARIES
            ):
                continue  # "will meet Antigua on June 2 followed by a fixture in Cuba": a link
            if form in ("past", "pp") and i and tokens[i - 1][2] in "—–-(" and noun_next(tokens, i):
                continue  # "its knock-on effects -- delayed delivery dates": an adjective
            if lemma in BYLINE_VERBS and not c_cal and _byline(tokens, lows, i, lemma):
                continue  # "His essays have run in the Herald", "She has written for the
                # Courier": the writer's career in a byline, no happening
            if ours and _staff_subject(tokens, lows, c_start, i):
                continue  # "Our correspondent has just arrived at the port": the site's work
            if not c_cal and (
                writers_sentence
                or writer
                and lemma in WRITER_TASKS
                and _writer_does(tokens, lows, c_start, i) >= 0
            ):
                continue  # "I have talked with two stranded drivers, who have walked to the
                # depot": the writer's own work, and whom or what the writer met or found
            if unsettled and _left_open(tokens, i):
                continue  # "It is unclear whether the driver fled": not known, not told
            if lemma == "stand" and _stands_to_gain(tokens, i):
                continue  # "The bank stood to gain the most from the bailout": a prospect
            if lemma in HAVING_ON and _had_on(tokens, i):
                continue  # "The suspect was wearing a green cap": a description
            if _story_told(tokens, i, lemma):
                continue  # "the figures told the story of a shrinking fleet": what they show
            if lemma in REPORTING_VERBS and _saying_aside(tokens, i):
                continue  # "All told, the mill is a bargain": a comment, no one says
            if i == 0 and low == "asked" and _answered(tokens):
                continue  # "Asked if the fires were linked, Lund said it was possible":
                # the question the saying answers, one exchange
            if lemma in FRAMING_IT and _framing_it(tokens, i, FRAMING_IT[lemma]):
                continue  # "When it came to spending, …", "It turned out that …": a frame
            if lemma == "pass" and _time_passed(tokens, i):
                continue  # "Six years had passed since the ferry sank": time, no happening
            if lemma == "come" and (link := _CAME_AFTER.match(masked, tokens[i][0])) and _gap(link):
                continue  # "The remarks came a day after …": a link in time, no happening
            if low in FEELINGS and _felt(tokens, i):
                continue  # "Ms Ruiz was impressed.": how someone felt, a state
            if low in QUALITIES and _of_quality(tokens, i):
                continue  # "The pilot was experienced", "The cost was staggering": a state
            if form in ("past", "pp") and not c_cal and _describing(tokens, i):
                continue  # "may come from cells removed in surgery": what the noun is
            if _trend_subject(tokens, c_start, i):
                continue  # "A growing number of fans have put his face on mugs": a trend
            if _after_staying(tokens, i):
                continue  # "Both piers will remain shut until Friday": a state kept
            if form in ("past", "pp") and _graded(tokens, i):
                continue  # "tasted sweeter, more layered", "the most watched final": an adjective
            if form in ("past", "pp") and _adjective_before_noun(tokens, i):
                continue  # "serves freshly baked bread": an adjective before its noun
            if form in ("past", "pp") and _built_like(tokens, i):
                continue  # "The cabins have vaulted ceilings": what they are built like
            if form in ("past", "pp") and _housed_in(tokens, i, lemma):
                continue  # "The cabins have housed famous guests": what they held
            if lemma in NAMING_VERBS and _names_a_noun(tokens, i, sent.text):
                continue  # "a seller called “E-Life”", "a company named Acme": a name
            if form in ("past", "pp") and not c_cal and _contact_relative(tokens, lows, i):
                continue  # "a need for courses the cadets had undergone", "the calm the monks
                # enjoyed": a clause with no "that" describes its noun, no happening
            if lemma in SPEECH_WITHOUT_OBJECT and has_object(tokens, i):
                lemma = ""  # "added 300 jobs": no speech, typed by its object like "sent"
            if lemma in HEARSAY and _passive(tokens, i) and _to_verb(tokens, i):
                continue  # "Ms Ortiz was said to be calm", "is said to believe": hearsay of
                # a state, no one speaks ("is said to have fled on Monday": the fleeing)
            if lemma == "speak" and _spoken_what(tokens, i):
                continue  # "spoke no English", "speaks like no other": no saying
            if lemma in REPORTING_VERBS and _admitted_to(tokens, i):
                lemma = ""  # "was admitted to the clinic late on Monday": no confession
            if lemma == "claim" and _claimed_thing(tokens, i):
                lemma = ""  # "claimed the title on Sunday", "claimed the lives of three
                # fishermen": a thing won or taken, no saying
            if lemma in SPOKEN_TO_VERBS and _told_to_do(tokens, i, lemma):
                lemma = ""  # "was diagnosed and told to expect a long stay": no saying of
                # the subject's, who was told; a happening to them, dated as one
            if lemma in OCCURRED_WHEN_PASSIVE and _passive_without_agent(tokens, i):
                lemma = ""  # "Six new cases were reported on Monday": what happened or was
                # counted, no one's saying ("were reported by the council" is one)
            etype = None
            nxt = _particle(tokens, i, PHRASAL.get(lemma, {}))
            if nxt:
                etype = PHRASAL[lemma][nxt]
            elif lemma in GENERIC_VERBS or lemma not in VERB_TYPE:
                # (a phrasal verb's head without its particle is a verb like any other: "the
                # Senate passed the bill" is no death, and no less a happening)
                # the verb's own object ("sent letters", "filed a lawsuit"), else a subject
                # just before it ("the letters were sent"), not any noun in the clause
                at, end = tokens[i][0], tokens[i][1]
                etype = (
                    _noun_type(masked[end : _object_end(masked, end, min(whi, end + 40))])
                    or _noun_type(masked[max(wlo, at - 30) : at])
                    or VERB_TYPE.get(lemma, OTHER)
                )
            else:
                etype = VERB_TYPE[lemma]
                if lemma == "shoot" and _filmed(tokens, i):
                    etype = OTHER  # "The campaign images were shot in Lisbon": no attack
                if lemma in DISCLOSING:  # "reported a fourth-quarter loss", "announced
                    # the release of …": what is disclosed says more than the disclosing
                    end = tokens[i][1]
                    disclosed = _noun_type(masked[end : min(whi, end + 40)])
                    if disclosed in ("financial", "launch"):
                        etype = disclosed
                    elif etype == "financial":  # "posted new photos of the baby": no
                        etype = OTHER  # result was posted ("posted a quarterly loss")
                elif etype == "launch":
                    # "Rebels launched an attack on the town", "opened a takeover bid": what
                    # is begun says more than the beginning ("launched a phone" stays one)
                    etype = (
                        _market_move(tokens, i)
                        or _object_type(tokens, i)
                        or _freed(tokens, i)
                        or etype
                    )
            if lemma == "fire" and _FIRED_AT.match(masked, tokens[i][1]):
                etype = "attack"
            if lemma in REFUSING and _to_speak(tokens, i):
                lemma, etype = "comment", "statement"  # "declined to comment": a saying
            if lemma in QUOTE_FRAMING_VERBS and _quoted_on(sent.text, tokens[i][0], tokens[i][1]):
                lemma, etype = "say", "statement"  # "“…,” she concluded": a saying
            if _which_medium(tokens, i):
                continue  # "said in a video released on Sunday": the saying's occasion
            if (
                lemma == "meet"
                and i > 0
                and tokens[i - 1][2].lower() in (AUX_BE_PAST | AUX_BE_PRESENT)
            ):
                continue  # "were met with defiance": passive, no meeting
            if lemma == "become" and _participle_follows(tokens, i):
                continue  # "has become consumed by the fight": the participle tells it
            if lemma in STAYING_VERBS and _participle_follows(tokens, i):
                continue  # "The gates stayed locked all week": a state kept
            if not c_cal and _held_aside(tokens, i, lemma):
                continue  # "The union has stayed on the sidelines", "Cafes will be staying
                # open", "The firm kept its distance from any row": a state kept
            if not c_cal and lemma in DRAWING_VERBS and _reaction_drawn(tokens, i):
                continue  # "The plan has drawn criticism from farmers": how it was received
            if (
                not c_cal
                and not lead
                and (lemma in KEEPING_VERBS and _kept_so(tokens, i) or _kept_as(tokens, lows, i))
            ):
                continue  # "The levy kept prices low", "The plans were kept secret", "kept us
                # hooked": a state kept ("kept rates on hold on Thursday" is the day's decision)
            if not c_cal and _grown_into(tokens, i, lemma):
                continue  # "The fair has become a fixture of the town": a state, grown into
            if lemma in CHARACTERISING and not c_cal and _seen_as(tokens, i):
                continue  # "The port is regarded as the safest": how it is seen, a state
            if (
                lemma in INTENDING
                and pluperfect(tokens, i)
                and not _passive(tokens, i)
                and _next_is(tokens, i, "to")
            ):
                continue  # "The club had planned to open in May": an intention held, a state
            if lemma == "set" and _to_verb(tokens, i):
                continue  # "brands are set to join the scheme": a plan told by "join"
            if lemma in PREDICTING and _passive_to(tokens, i):
                continue  # "Friday is forecast to be wetter still": a prediction
            if lemma in SCHEDULING_VERBS and _passive_to(tokens, i) and _to_a_state(tokens, i):
                continue  # "Next year is slated to be the wettest yet": a state foretold
            aspect = aspect_of(tokens, i, c_start, lows)
            if aspect is None:
                continue
            if lemma in PREDICTING and aspect == "present" and not lead_news:
                continue  # "The weather office forecasts snow for the weekend", "Analysts
                # predict the vote will be close": a prediction held, no happening (a lead's
                # first "The bank predicts a recession" may be the day's news)
            if (
                lemma in CLAIMED
                and all(t.value == "PRESENT_REF" for t in c_cal)  # none, or "now"
                and _claimed_of_it(tokens, i)
            ):
                continue  # "It has been shown that the drug works", "It is now advised":
                # a claim held, no one says it at a time ("It has been shown on Friday", kept)
            if frequent(tokens, i):
                continue  # "Critics frequently mocked his speeches", "are often asked": a habit
            if not c_cal and repeated(tokens, i):
                continue  # "The senator has repeatedly criticised the contract": a habit (a
                # date tells the times: "repeatedly warned on Monday", kept)
            if habits and (
                _every_time(tokens, c_start, i)
                or lemma not in REPORTING_VERBS
                and _every_time(tokens, w_start, w_end)
            ):
                continue  # "Fans jeered whenever the striker touched the ball": a habit (a
                # saying outside it stays: "Fans cheer whenever he scores, Ortiz said")
            if lemma not in REPORTING_VERBS and _at_a_rate(tokens, i, c_end):
                continue  # "On the front, one soldier died every three days": a rate
            if to_the_reader(tokens, i):
                continue  # "In case you missed it", "you've got a bargain": said to anyone
            if what_subject(tokens, i):
                continue  # "Nobody knows what went wrong": a free relative, nothing told
            if generic_subject(tokens, i):
                continue  # "thanks to everyone who helped": a group described, nothing told
            if counted_figure(tokens, i) and not _in_any(tokens[i][0], sent.reported_spans()):
                continue  # "the number of patients discharged": a figure, nothing told (what
                # a speaker says of it still names who the saying is about: "Lee admitted
                # the share of trains delayed on the Acme line was higher")
            if lemma not in REPORTING_VERBS and no_object(tokens, i):
                continue  # "has offered no endorsement" (but "said no one was hurt")
            if (
                lemma in POST_VERBS
                and (aspect == "present" or lemma == "work")
                and in_a_role(tokens, i)
            ):
                continue  # "She worked as a ferry pilot for a decade", "who serves as the
                # club's treasurer": a career, a state ("served as mayor from 2009 to 2015"
                # names a term in office, kept)
            if form in ("past", "pp") and lemma in TENDING_VERBS and _tended_by(tokens, i):
                continue  # "flights operated by a partner airline": what the noun is
            if lemma in SEEMING and _seemed(tokens, i):
                continue  # "The plan looked like a winner": how it seemed, a state
            if (
                lemma in SEEMING_TO
                and _next_is(tokens, i, "to")
                and (
                    form in ("s", "base")
                    and not _next_is(tokens, i + 1, "have")
                    or _next_is(tokens, i + 1, "be")
                )
            ):
                continue  # "Their fears appear to echo the council's", "The spell appeared to
                # be a cure": how it seems or seemed, a state ("appeared to show a boat" may
                # tell what a photo was found to hold)
            if lemma in SELF_EDITS and _self_edit_note(tokens, i):
                continue  # "This story was updated on Friday to correct …": the page's upkeep
            if lemma in BEING_TO and _to_be_after(tokens, i):
                continue  # "The stranger happened to be a surgeon", "The rumour turned out
                # to be false": what was so, a state
            if (
                aspect == "perfect"
                and lemma in STANCE_VERBS
                and not c_cal
                and not lead
                and (lemma != "push" or _next_is(tokens, i, "for") or _next_is(tokens, i, "to"))
            ):
                continue  # "Democrats have pushed for more aid": a stance held, a state
            if (
                aspect == "perfect"
                and not c_cal
                and not lead
                and lemma in REBUFFING_VERBS
                and _reaction_drawn(tokens, i, URGINGS)
            ):
                continue  # "The ministry has rejected calls for a truce": a stand held
            if lemma in GOING_ON and not c_cal and _next_is(tokens, i, "to"):
                continue  # "Prices have continued to rise": a process going on, a state
            if form == "ing" and _task_named(tokens, c_start, i):
                continue  # "The main goal was getting the ferry afloat": a task named
            if lemma not in REPORTING_VERBS and _aim_told(tokens, lows, i):
                continue  # "The charity's mission is to give children who have lost a parent
                # a mentor": what the aim holds, nothing that happened
            if not c_cal and _ranked_by_copula(tokens, lows, i):
                continue  # "Ruiz was the only rider who finished": what she is, a state
            if form in ("base", "pp") and _joined_to_habit(tokens, w_start, i):
                continue  # "Shoppers tend to browse online, or come from review sites": a habit
            if aspect == "present" and not c_cal and _when_present(tokens, c_start, i):
                continue  # "We check the prices when we write our guides": a habit
            if aspect == "present" and lemma in STATIVE_VERBS:
                continue  # "Today, the company employs 30 people": a state
            if lemma in STATES and not _undergone(tokens, i):
                continue  # "The drill involved 40 ships", "Sales remained flat": a state
            if lemma in STATES_WITH and _next_is(tokens, i, STATES_WITH[lemma]):
                continue  # "The delays stemmed from a staff shortage": a state
            if not c_cal and _held_participle(tokens, i, low, aspect):
                continue  # "The hall was filled with smoke", "The county is split into four
                # wards": what a thing holds or how it is cut up, a description
            if (
                low in PLACED_PARTICIPLES
                and not c_cal
                and _passive(tokens, i)
                and not _next_is(tokens, i, "by")
            ):
                continue  # "The battalion was stationed at the fort": where it was kept
            if lemma not in REPORTING_VERBS and _described_there(tokens, i, form):
                continue  # "There are 40 buses lined up outside": a description
            if aspect in ("perfect", "present") and is_record():
                continue  # "has logged the most visits of any candidate": a record, a state
            if aspect == "perfect" and not c_cal and _tally(tokens, i, lemma):
                continue  # "The region has recorded 51,309 cases": a running count, a state
            if c_cal and not c_day and _period_count(tokens, i, lemma, c_start):
                continue  # "after 31 killings were recorded in June": a month's count
            if aspect in ("past", "perfect", "present") and _statistic(
                tokens,
                i,
                lemma,
                masked,
                (lo, hi),
                (wlo, whi),
                bool(c_cal),
                aspect == "present",
                sent.lowered,
            ):
                continue  # "has won eleven in a row", "rose from 300 in 2012 to 500 in 2019"
            if (
                lemma in FIGURE_MOVES
                and aspect in ("past", "perfect", "present")
                and not any(_SHORT_PERIOD.match(anchor_value(t)) for t in s_cal if t.start >= lo)
                and _measure_subject(tokens, c_start, i, w_end)
            ):
                continue  # "The town's burglary rate rose 8% in the first half", "Trends have
                # worsened in 2017": a figure moved over a stretch, a statistic
            if (
                aspect in ("past", "perfect", "present")
                and not lead
                and not c_day
                and _figure_told(tokens, lows, i, (c_start, c_end))
            ):
                continue  # "The figures show thefts have fallen 20% since May": a statistic
                # (a lead's "New figures show …" is the day's news)
            if (
                not c_cal
                and (not lead or _word_before(tokens, i) in RECKONINGS)
                and not (w_cal and lemma in PUTTING_AT)  # "On Monday, police put the crowd at …"
                and _reckoned(tokens, i, lemma)
            ):
                continue  # "The agency estimated that 4,000 homes lack power": a figure
            if not c_day and _allotted(tokens, i, lemma, masked[wlo:whi]):
                continue  # "The rail programme received $40 million in the bill": its content
            if aspect in ("perfect", "present") and _running_total(tokens, i, w_start, w_end):
                continue  # "has raised over £12,000 so far": a count still running
            if (
                aspect in ("past", "perfect")
                and lemma not in REPORTING_VERBS
                and ("last" in masked or "past" in masked or "recent" in masked)  # most: none
                and (
                    _TREND_SPAN.search(masked, lo, hi)
                    or aspect == "perfect"
                    and _YEAR_SPAN.search(masked, lo, hi)
                )
            ):
                continue  # "rates nearly doubled in the past decade": a trend, a state
            if (
                aspect in ("past", "perfect")
                and not c_cal
                and lemma not in REPORTING_VERBS
                and "over" in masked
                and (over := _OVER_TIME.search(masked))
                and (wlo <= over.start() < whi or opening(over.start()))
            ):
                continue  # "The file grew over time", "Over the years, the board has taken
                # small steps": a change bit by bit, a trend
            if aspect == "perfect" and lasting(tokens, i):
                continue  # "has lived in Spain for 12 years": a state that has lasted
            if (
                aspect == "perfect"
                and not c_cal
                and lemma not in REPORTING_VERBS
                and _long_held(tokens, i)
            ):
                continue  # "Critics had long likened the ferry to a hotel", "The port has long
                # been seen as a hub": held a long time, a state (a saying, "has long argued",
                # is a stand still told: kept)
            if not c_cal and lemma not in REPORTING_VERBS and _relative_perfect(tokens, i):
                continue  # "a coalition that has advised the mayor", "Ruiz, who has made
                # housing her priority, said …": what the noun has done over time, a trait
            if not c_cal and lemma not in REPORTING_VERBS and under_way(tokens, i):
                continue  # "Fans have been queueing outside the arena": under way, a state
            if (
                not lead
                and lemma not in REPORTING_VERBS
                and lemma not in DYING_VERBS
                and (k := _told_happening_subject(tokens, lows, i)) is not None
                and all(t.end <= tokens[k][0] for t in c_cal)
            ):
                continue  # "The late-night storm also cut power", "Thursday's ruling
                # also struck down the fee": what a happening told before did, no new one
            if (
                aspect == "past"
                and not c_cal
                and not lead
                and lemma not in REPORTING_VERBS
                and in_past_progress(tokens, i)
            ):
                continue  # "The plane was climbing fast", "Crowds were still gathering": an
                # activity under way then, the background of what happened, a state
            if aspect == "future" and (
                lemma in FORECAST_VERBS
                or lemma in COMING_BACK
                and _expected_back(tokens, i)
                or not c_cal
                and bare_subject(tokens, c_start, i, named)
            ):
                continue  # "droughts will hit", "prices will rise": a forecast, no one's plan
            if (
                aspect == "future"
                and not c_cal
                and tokens[i + 1 : i + 2]
                and tokens[i + 1][2].lower() in ("you", "your")
            ):
                continue  # "The search engine will demote your site": what may happen to
                # any reader, a generic warning, no one's plan
            if aspect == "future" and any(
                t[2].lower() in PREDICTING_ADVERBS for t in tokens[max(c_start, i - 4) : i]
            ):
                continue  # "will surely be cheered by most fans": a guess
            if aspect == "future" and _guessed_future(tokens, i):
                continue  # "Most traders think the bank will cut rates in May": a guess
            if (
                aspect in ("past", "perfect")
                and not c_cal
                and lemma not in REPORTING_VERBS
                and _hedged_past(tokens, i)
            ):
                continue  # "The ship probably sank when it struck the reef", "The fire was
                # likely started by a candle": the writer's guess at what happened, not told
            if aspect in ("future", "present") and not c_cal and describes_noun(tokens, c_start, i):
                continue  # "drugs that will ease the shortage", "a 2004 act that bars
                # such suits": what a thing does or will do, a description
            if (
                aspect == "future"
                and not c_cal
                and lemma in STATIVE_VERBS | CAPACITY_VERBS
                and _quantity_within(tokens, i, 4)
            ):
                continue  # "The new ferry will seat 300 and will cost $40m": a state to come
            if aspect == "future" and not c_cal and lemma in OFFERING_VERBS:
                continue  # "The course will offer six sessions on soil": what it will hold
            if (
                aspect == "future"
                and not c_cal
                and not lead_news
                and _passive(tokens, i)
                and (lemma in DUTY_VERBS or lemma in RUNNING_VERBS and _next_is(tokens, i, "by"))
            ):
                continue  # "She will be tasked with scouting", "Ten guides will be employed
                # there", "The inquiry will be led by a judge": a role or a rule to come, a
                # state (a lead's "Fans will be allowed back" is the day's news)
            if s_cal:
                # a verb is not dated by its clause's modifiers ("the 2020 candidate has laid
                # off her staff, as of Tuesday": Tuesday), a noun may be ("the 2009 crash")
                # what has happened is not dated after publication; a saying not by a date
                # inside what was said (see `dating`): the dates the verb may take, by start
                usable = as_past if aspect in ("past", "perfect", "habitual") else by_start
                if aspect == "present" and lemma in FOLLOWING_VERBS:
                    # "The ban follows a review in March": the last March (what it follows, after
                    # it; not "In May 2012, the next meeting follows")
                    usable = by_start | {a: t for a, t in as_past.items() if a > tokens[i][0]}
                # the writing's year dates what it does, not what is done to it ("The 2019 law
                # was repealed by the council": not in 2019)
                skip = modifiers if _passive(tokens, i) else modifiers - written
                moved: set[int] = set()
                speech = lemma in REPORTING_VERBS and not _result_disclosed(sent, i, lemma, etype)
                if speech:
                    at, end = tokens[i][0], tokens[i][1]
                    said = sent.reported_at(i)
                    usable = {
                        t.start: t for t in speech_dates(usable.values(), masked, at, end, said)
                    }
                    skip = modifiers - occasioned - written  # "told the AP in an August interview"
                elif lemma in RESCHEDULING or lemma in CANCELLING:  # "was moved from April
                    # to June", "planned for June 8, was cancelled": the times of what was moved
                    # or called off, not of the moving
                    moved = {t.start for t in s_cal if _moved_to(masked, t)}
                    skip = modifiers | moved
                if ahead or averted:  # (most sentences have neither: no new set)
                    skip = skip | ahead | averted  # "is seeking a deal ahead of the summit in June"
                lasting_not = temporal  # the "until" times that may bound the verb
                if aspect in ("past", "perfect") and held_until:
                    skip = skip | held_until  # "Flights were suspended until January 5"
                    lasting_not = [t for t in temporal if t.start not in held_until]
                # "has published figures for the third quarter": the period they cover,
                # not the release's; a period before the verb is its own ("Sales for 2019 rose")
                if covered:
                    skip = skip | {a for a in covered if a > tokens[i][0]}
                if aspect == "perfect" and not pluperfect(tokens, i):
                    # "Police have released photos of a suspect in the bank robbery on Dec. 4":
                    # the robbery's day; the perfect is told as done by now, not on that day
                    skip = skip | noun_days()
                # a verb is not dated by its clause's modifiers ("the 2020 candidate has laid
                # off her staff, as of Tuesday": Tuesday), a noun may be ("the 2009 crash")
                # what a verb's own dates end before: what a saying's participle goes on to say
                # ("hit out at the cuts saying 200 staff go this week"), a noun's participle with
                # its agent ("analysed data gathered by the telescope in 2016")
                own_until = len(masked) + 1
                if c_cal or w_cal:
                    own_until = _agent_phrase_at(tokens, lows, i)
                    if not speech:
                        own_until = min(own_until, saying_from(masked, tokens[i][0]))
                c_cal_i = [
                    usable[t.start]
                    for t in c_cal
                    if t.start in usable and t.start not in skip and t.start < own_until
                ]

                # a coming day read back a year dates no verb of another clause ("… a rally on
                # May 1 — the date the mayor set": the rally's May), unless it opens the sentence
                # ("But in April, the cardinal quashed …"), and then no saying ("Starting with
                # a rally on May 1, the group said …")
                w_cal_i = [
                    usable[t.start]
                    for t in w_cal
                    if t.start in usable
                    and t.start not in skip
                    and t.start < own_until
                    and (
                        usable[t.start] is t
                        or lo <= t.start < hi
                        or not speech
                        and opening(t.start)
                    )
                    and (lo <= t.start < hi or not _in_any(t.start, appositions))
                ]
                s_cal_i = [
                    usable[t.start]
                    for t in s_cal
                    if t.start in usable
                    and t.start not in moved  # "The fair, originally due in May, was put off"
                    and t.start not in compared  # "fell 9%, the lowest since 1950"
                    and t.start not in ahead  # not "before the Nov. 3 vote"
                    and (usable[t.start] is t or t.start >= lo or not speech and opening(t.start))
                ]
            else:  # a sentence with no date: none for the verb to take
                c_cal_i, w_cal_i, s_cal_i, lasting_not = [], [], [], []
            if aspect == "present" and _on_a_schedule(tokens, c_start, w_end):
                continue  # "The museum opens at 9 a.m. every day": a timetable, no happening
            if aspect == "present":
                # A present-tense verb is an event only with a date of its own
                # ("In this May 1, 2017 photo, advocates speak out"), else a state; not
                # with one of the clause a "which" clause hangs on ("Ford, which makes
                # the F-150, reported a loss for the quarter")
                wide_ok = [] if nonrestrictive(tokens, c_start) else w_cal_i
                # nor one of a clause the verb introduces ("a timeline … shows files
                # were asked for in February": the asking's February, not the showing's)
                own = [t for t in c_cal_i if not finite_between(tokens, i, t.start)]
                wider = [t for t in wide_ok if not finite_between(tokens, i, t.start)]
                # of two dates of its clause, the verb's nearest ("The Hawks face the Rovers on
                # April 9 and the return game is slated for April 14": the return game's)
                anchor = pick_anchor(own, wider, [], tokens[i][0], lo, [], masked) or heading
                if (
                    anchor is None
                    and lead
                    and all(t.start in ahead for t in s_cal)
                    and in_progress(tokens, i)
                ):
                    # "Police are now investigating the warehouse fire": the lead's news in
                    # progress, at publication; "is seeking a deal ahead of the summit in
                    # June" too
                    aspect = "now"
                elif anchor is None:
                    if lemma not in REPORTING_VERBS or tokens[i - 1][2].lower() in AUX_BE_PRESENT:
                        continue  # "Anyone with information is asked to call": an appeal
                    if len(tokens) <= _HEADLINE_WORDS and unclosed(sent.text):
                        continue  # "Halvorsen Bank vows to drop coal clients": a headline
                    if not lead and _told_by_a_thing(tokens, i):
                        continue  # "The timeline says …", "The map shows …": what it holds
                    if _word_before(tokens, i, ly=True) == "which":
                        continue  # "the novel, which tells the story of …": what it holds
                    if "that" in (tokens[c_start][2].lower(), tokens[w_start][2].lower()):
                        continue  # "a group that says it speaks for taxi drivers": what it is
                    if _commented(tokens, c_start, i):
                        continue  # "It is odd that critics praise the plan": commentary
                    # "Apple Corps claims that …", "sources say she is …": said as the story
                    # is published, not on the day the story tells
                    aspect = "now"
            elif aspect == "perfect":
                # "Jobs, born on February 24, 1955, has built …": a perfect takes no
                # date from a neighbouring clause, only its own or its "since 2004".
                anchor = c_cal_i[0] if c_cal_i else own_temporal(tokens, i, lasting_not)
                if (
                    anchor is None
                    and pluperfect(tokens, i)
                    and not any(t[2].lower() in _OWN_CLAUSE for t in tokens[c_start:i])
                    and not relative(tokens, c_start)
                    and not nonrestrictive(tokens, c_start)
                ):
                    # "On Tuesday, the opposition leader had alleged …": the fronted day
                    # dates the past before the story's (a present perfect takes none)
                    fronted = [t for t in s_cal_i if t.start < lo and not _in_any(t.start, asides)]
                    anchor = fronted[-1] if fronted else None
                if anchor is None or anchor in since.values():
                    # "has lost 12 ships since the blockade began on Friday": after it
                    opener = _since_after(tokens, i, since)
                    if (
                        not opener
                        and 0 in since
                        and since[0].mod in _PART_MODS
                        and lo > tokens[0][0]
                    ):
                        # "Since mid-March, employees have worked from home": the fronted
                        # "since" of the main clause's perfect
                        anchor = replace(since[0], mod="AFTER")
                    else:
                        anchor = replace(since[opener], mod="AFTER") if opener else anchor
            else:
                fronted = [t for t in s_cal_i if not _in_any(t.start, asides)]
                if lemma not in REPORTING_VERBS:
                    # not a date of a clause the verb takes ("invited them to discover how a
                    # test in 2019 escalated", "arrested a man who fled on Monday")
                    c_cal_i = [t for t in c_cal_i if not in_complement(tokens, i, t.start)]
                    w_cal_i = [t for t in w_cal_i if not in_complement(tokens, i, t.start)]
                anchor = pick_anchor(
                    c_cal_i, w_cal_i, fronted, tokens[i][0], lo, lasting_not, masked
                )
                if etype == "birth" and anchor is not None and anchor not in c_cal_i:
                    # "Since she was born in the city, she is eligible, Lane told reporters on
                    # Thursday": a birth takes only a date of its own clause
                    anchor = None
                if (
                    anchor is not None
                    and not anchor.mod
                    and (
                        anchor in earlier
                        and anchor not in c_cal_i
                        or _before_doing(tokens, i, anchor.start)
                    )
                ):  # "served as deputy before she joined the staff in 2019", "… before
                    # joining the staff in 2019": before 2019
                    anchor = replace(anchor, mod="BEFORE")
                elif anchor is not None and not anchor.mod and anchor in later:
                    # "The bank cut 300 jobs after the crash in 2008", "After the 2011 war,
                    # militias seized the ports": the crash's year; the cutting only after it
                    anchor = replace(anchor, mod="AFTER")
                elif (
                    anchor is not None
                    and not anchor.mod
                    and aspect == "past"
                    and anchor not in c_cal_i
                    and heading is None  # a chronology's own ("5 May: … after …")
                    and _after_clause_verb(tokens, c_start, i)
                    and dates.DAY.match(anchor_value(anchor))
                ):
                    # "The gala drew 300 guests on Friday, after the mayor dropped out of the
                    # race": what the "after" clause tells came before the day it borrows,
                    # not on it (a year or a month it may share: "In 2020 a probe opened
                    # after remains were found"; and what a "before" clause tells may follow
                    # on the same day: "gasped for an hour on Friday before he died")
                    anchor = replace(anchor, mod="BEFORE")
                if (
                    anchor is None
                    and aspect == "past"  # "a committee, which she will chair": still a plan
                    and lemma not in REPORTING_VERBS  # "X, who said …": the story's speech
                    and (nonrestrictive(tokens, c_start) or relative(tokens, c_start))
                ):
                    if low.endswith("ing") and _BE_PAST_BEFORE.search(masked, lo, tokens[i][0]):
                        continue  # "Ortiz, who was rowing with Keane, said": a scene
                    aspect = "perfect"  # background: before the story, not at its time
                opener_at = c_start if tokens[c_start][2].lower() == "since" else w_start
                if (
                    aspect == "past"
                    and tokens[opener_at][2].lower() == "since"
                    and not any(t[2] == "," for t in tokens[opener_at:i])  # not "Since then, …"
                    and (anchor is None or anchor not in c_cal_i and anchor not in w_cal_i)
                ):
                    # "… the steepest rise on Monday since the epidemic started", "has warned
                    # of it since the war began": what a span runs from lies before now,
                    # not on the story's day nor the main clause's
                    anchor, aspect = None, "perfect"
            # the main clause: not a relative or subordinate one ("Three years after it was
            # due, Boeing has rolled out …": "has rolled out" is; "(EADS) have defeated" too)
            opener = tokens[c_start][2].lower()
            main = (
                opener not in SUBORDINATORS
                and opener != "that"
                and not perfect_participle(tokens, i)  # "…, having built two bridges"
                and not nonrestrictive(tokens, c_start)
                and (
                    c_start != w_start
                    or w_start == 0
                    or tokens[w_start - 1][2] in ")]—–:"
                    or opener in FINITE_AUX  # "A man who stabbed two people | has been jailed"
                )
            )
            counted = (  # a count told in the past over a year ("emitted 44 million
                # tonnes in 2018", "In 1850, 64 miners perished"; a week's is news: "recalled
                # 2 million cars last week", "Last week, 12 people died")
                aspect == "past"
                and (_thousands_follows(tokens, i) or _toll_of_the_dead(tokens, i, lemma, c_start))
                and not (anchor and _SHORT_PERIOD.match(anchor_value(anchor)))
            )
            share = (
                aspect in ("past", "perfect")
                and lemma not in REPORTING_VERBS
                and (
                    _share_follows(tokens, lows, i)
                    or _thousands_subject(tokens, i, c_start)
                    or counted
                )
            )
            emit(i, etype, anchor, aspect, (wlo, whi), lo, lemma, main, share)
        # Nominal events ("warning letters Wednesday, Jan. 24", "the first flight of the
        # 777 was in 1994") need a date of their own.
        if (
            c_cal
            and not hypothetical
            and order is None
            and has_finite()
            and not _season_of_a_thing(masked, c_cal[0], modifiers)
        ):
            # a happening told by a noun is one that has happened: its "March 8" is the last
            # one ("the ferry that sank on March 8", published in December); not
            # a bound, which may look ahead ("stay off the roads until Sunday"),
            # nor one a modal looks ahead to ("would be released after a vote on
            # Friday": the coming Friday)
            first = c_cal[0]
            if (
                not is_bound(first, masked)
                and not _looks_ahead(tokens, first.start)
                and not _AHEAD_OF.search(masked, max(0, first.start - _AHEAD_REACH), first.start)
                and not (may_hold(masked, _COMING_WORDS) and _COMING.search(masked))
                # "will face Rovers on June 4 followed by an away game": the coming one
                and not future_clause(tokens, c_start, c_end)
            ):
                first = as_past.get(first.start, first)
            hit = _NOUN_RE.search(masked, max(lo, ahead_of_noun.get(first.start, lo)), hi)
            if hit and _in_any(hit.start(), cal_spans):
                hit = None  # "throughout the fall": the season, no happening
            if hit and (hit[0] in TYPING_ONLY or _other_sense(masked, hit)):
                hit = None  # "a top stock to buy for 2015", "a plan to deal with threats"
            if hit and _measure_named(masked, hit.end()):
                hit = None  # "the death rate rose last year", "the strike count in 2019": a
                # figure the noun names, a statistic, no happening
            ntype = NOUN_TYPE[hit[0]] if hit else None
            # "The judge set Moore's trial for March 3": the setting now, the trial on
            # its day (a noun beside a verb of its type otherwise tells the verb's event)
            coming = set_for(masked, first) and after_publication(first, dct_value)
            if hit and not any(
                e.type == ntype and (not coming or e.date == first.value) for e in found
            ):
                # the noun's head, its last word ("a national strike": "strike")
                inside = [k for k, t in enumerate(tokens) if hit.start() <= t[0] < hit.end()]
                i = (
                    inside[-1]
                    if inside
                    else next(k for k, t in enumerate(tokens) if t[0] >= hit.start())
                )
                if _ranked_since(tokens, hit.start()):
                    continue  # "the biggest find since the start of the gold rush in the
                    # 1850s": the bound of a ranking, the writer's comparison, no happening
                if any(t[2] in POSSIBILITY_MODALS for t in tokens[c_start : i + 3]):  # not "May"
                    continue  # "the storm could bring flooding on Friday": a forecast
                # "I will not be shooting anyone this week": a denied happening
                if not any(t[2].lower() in NEGATIONS for t in tokens[c_start:i]):
                    emit(i, ntype, first, "past", (wlo, whi), lo)
            elif hit is None and clause_events == len(found):
                noun = next(
                    (
                        k
                        for k in range(c_start, c_end)
                        # not a word of a date: "Throughout the fall, …" names the season
                        if not _in_any(tokens[k][0], cal_spans) and _nominal(tokens, k, detected)
                    ),
                    None,
                )
                if (
                    noun is not None
                    and not future_clause(tokens, c_start, c_end)
                    and not _ranked_since(tokens, tokens[noun][0])
                ):
                    emit(noun, OTHER, first, "past", (wlo, whi), lo)
        if clause_events == len(found) and not c_cal:
            # "Her latest release is a pear cider called Red Hollow": a present that tells
            # the news by its newest item, the release, just before the story
            k = _newest_told(tokens, c_start, c_end) if newest else None
            if k is not None:
                emit(k, NOUN_TYPE[tokens[k][2].lower()], None, "perfect", (wlo, whi), lo)
    if not found:
        return found  # nothing to put together (and no need to read what is reported)
    if len(found) == 1:
        return [_alone(found[0])]  # nor for a lone event: no clauses to number, no sayings
    _at_the_same_time(found, where, tokens, strong)
    said = sent.reported_spans()
    inside = [any(lo <= at < hi for lo, hi in said) for at in where]
    # a chronology's date heading dates its undated verbs later: none is a spare guess
    spare = () if heading is not None else ("before", "after")
    numbers = _background_apart(_clause_numbers(masked, where), tokens, where)
    earlier = None  # read only for a sentence with a past perfect ("which had found")
    if len(found) > 1 and not words.isdisjoint(AUX_PERFECT_PAST):
        at_token = {t[0]: k for k, t in enumerate(tokens)}
        earlier = [at in at_token and _relative_pluperfect(tokens, at_token[at]) for at in where]
    return _one_per_date(found, inside, headline, numbers, where, spare, earlier)


def _background_apart(
    clauses: list[int], tokens: list[tuple[int, int, str]], where: list[int]
) -> list[int]:
    """A "having" participle is a clause of its own: "Having won the cup twice, the coach
    retired" tells two happenings, the wins before now and the retiring, not one."""
    starts = {t[0]: k for k, t in enumerate(tokens)}
    return [  # a clause number no other verb of the sentence has
        -1000 - n if at in starts and perfect_participle(tokens, starts[at]) else c
        for n, (c, at) in enumerate(zip(clauses, where, strict=True))
    ]


def _at_the_same_time(
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


_DEGREE_OR_ADVERB = ADVERBS | DEGREE_WORDS
# "be" and the verbs of seeming a feeling follows ("felt betrayed", "seemed surprised")
_LINKING = AUX_BE_PAST | AUX_BE_PRESENT | {"been", "be", "being", "feel", "felt", "seemed"}


# "perhaps before the May 3 ballot", "ahead of the June 23 vote", "ahead of the summit in
# June": a noun's date that lies ahead of what the clause tells, the coming one
_AHEAD_OF = re.compile(
    r"\b(?:before|until|till|ahead\s+of)\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:in|on|of)\s+)?$",
    re.IGNORECASE,
)
_AHEAD_REACH = 50  # characters before a date where its "ahead of the …" may start
# "ahead of the upcoming summit in Lima in June", "in the run-up to the vote on May 3": a
# noun's date the clause's happening comes before (not "ahead of June", a bound on it)
_AHEAD_OF_NOUN = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to)\s+(?:the|a|an|its|their|this|next)\s+"
    r"[^.,;:()“”\"]*?\b(?:in|on|of)\s+$",
    re.IGNORECASE,
)
_AHEAD_NOUN_REACH = 80
# "to avert a strike at the end of October", "to head off a shutdown in May": what a purpose
# of preventing aims at, with no clause boundary between it and the date
_AVERTING = re.compile(
    r"\bto\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(PREVENTING)) + r")\b"
    r"[^.,;:()“”\"]*$",
    re.IGNORECASE,
)
_AVERTING_REACH = 80
# "as the Green wave did in 1998", "like its rival did last May", "more than it did in 2019":
# a comparison whose verb is told again by "did", with its own date
_DID_THEN = re.compile(
    r"\b(?:as|like|than|way)\s+(?:[\w'’-]+\s+){0,5}?did\s+(?:(?:in|on|during|back\s+in)\s+)?$",
    re.IGNORECASE,
)
# a sentence that tells something to come: a happening noun's date in it is the coming one
# ("a protest set for Friday", "ahead of the upcoming summit in June")
_COMING = re.compile(
    r"\b(?:upcoming|set\s+for|scheduled\s+for|planned\s+for|slated\s+for)\b", re.IGNORECASE
)
_COMING_WORDS = ("upcoming", "set", "scheduled", "planned", "slated")  # looked for first
# "perhaps before the May 3 ballot": a hedge that looks ahead, as a modal does ("Lawyers
# filed suits before the Nov. 3 election" looks back: the filing keeps that date's bound)
_HEDGED = re.compile(r"\b(?:" + "|".join(sorted(HEDGES)) + r")\b", re.IGNORECASE)


def _seen_as(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive with "as" or "to be"/"to have" after it and no agent
    ("is regarded as the safest", "was deemed to have broken the rules"; not "was deemed
    unsafe by inspectors", "was seen to enter the bank")?"""
    if _word_before(tokens, i, ly=True) not in BE_FORMS or any(
        t[2].lower() == "by" for t in tokens[i + 1 :]
    ):
        return False
    if _next_is(tokens, i, "as"):
        return True
    return _next_is(tokens, i, "to") and (
        _next_is(tokens, i + 1, "be") or _next_is(tokens, i + 1, "have")
    )


def _claimed_of_it(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` a passive in the present or the perfect with "it" for its
    subject and what is claimed after it ("It has been shown that …", "It’s now
    recommended that …", "It is proposed to …")? Back over its auxiliaries and adverbs to
    "it" (or "it's"), a "be" among them; "that" or "to" right after it. Not in the past
    ("It was found that the valve had failed": a finding made then)."""
    if i + 1 >= len(tokens) or tokens[i + 1][2].lower() not in ("that", "to"):
        return False
    k = i - 1
    passive = False
    while k >= 0 and (tokens[k][2].lower() in _AUX_OR_ADVERB or ly_adverb(tokens[k][2])):
        word = tokens[k][2].lower()
        if word in AUX_BE_PAST or word in AUX_PERFECT_PAST:
            return False
        passive = passive or word in BE_FORMS
        k -= 1
    subject = tokens[k][2].lower().replace("’", "'") if k >= 0 else ""
    return subject == "it's" or subject == "it" and passive


def _to_verb(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does "to" and a bare verb follow the word at `i` ("set to join", not "set to
    music")?"""
    if i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "to":
        return False
    word = tokens[i + 2][2]
    return word.islower() and verb_form(word)[1] == "base" and "V" in poslex().get(word, "")


def _passive_to(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive with an infinitive after it ("is forecast to be")? What
    is expected may still be told by its own verb ("is expected to enter service in 2014")."""
    k = i - 1
    while k >= 0 and tokens[k][2].lower() in _DEGREE_OR_ADVERB:
        k -= 1
    before = tokens[k][2].lower() if k >= 0 else ""
    after = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
    return after == "to" and (
        before in AUX_BE_PAST or before in AUX_BE_PRESENT or before in ("be", "been")
    )


def _expected_back(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` foretold by a verb of predicting ("is expected to return in
    March", "is forecast to return"), with no place or thing after it ("to return to port",
    "to return home", "to return the trophy": a trip or an act)?"""
    if i < 2 or tokens[i - 1][2].lower() != "to":
        return False
    lemma, form = verb_form(tokens[i - 2][2].lower())
    if lemma not in PREDICTING or form not in ("pp", "past"):
        return False
    nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else "."
    if nxt in ("to", "from", "into", "onto"):
        return False
    return not nxt.isalpha() or nxt in PREPOSITIONS or nxt in ADVERBS


_HABIT_OPENER = re.compile(rf"\b(?:{'|'.join(sorted(HABIT_OPENERS))})\b")
_HABIT_WORDS = frozenset(h.split()[-1] for h in HABIT_OPENERS)  # in every match: "time"


def _every_time(tokens: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Does "whenever", "every time" or "each time" stand in the clause (`start`..`end`)?
    Both what is done and when are a habit then ("Fans jeered whenever the striker touched
    the ball", "Each time, the clerk sent the forms back"), no one happening."""
    return bool(_HABIT_OPENER.search(" ".join(t[2].lower() for t in tokens[start:end])))


def _newest_told(tokens: list[tuple[int, int, str]], start: int, end: int) -> int | None:
    """Where, in the clause from `start` to `end`, a happening's noun made the newest of its
    kind is what a present copula names ("Her latest release is a pear cider", "The firm's
    newest acquisition is a bakery chain"): the noun, else None. Not a coming one ("The
    latest update is due in May": no noun phrase after "is")."""
    for j in range(max(start, 1), end - 3):
        before = tokens[j - 1][2].lower()
        if tokens[j][2].lower() not in NEWEST:
            continue
        if before not in ARTICLES_AND_POSSESSIVES and not before.endswith(POSSESSIVE_ENDINGS):
            continue
        noun, copula, nxt = (t[2] for t in tokens[j + 1 : j + 4])
        named = nxt.lower() in ("a", "an", "the") or nxt[:1].isupper()
        if noun.lower() in NOUN_TYPE and copula in ("is", "are") and named:
            return j + 1
    return None


def _own_coverage(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` one whose object is the site's own coverage, told by the site
    itself ("We will pause our live coverage here for tonight", "Our photo desk has put
    together a gallery of the flooding")? A word of the site ("we", "our") before the verb,
    and a noun of `OWN_COVERAGE` heading its object, past its article and two words at most
    ("Police released a gallery of photos": no site's word, a release). Such a verb makes its
    whole sentence the site's furniture (`_sentence_events`)."""
    if not any(t[2].lower() in OUR_WORDS for t in tokens[:i]):
        return False
    k = i + 1
    if k < len(tokens) and tokens[k][2].lower() in VERB_PARTICLES:
        k += 1  # "put together a gallery"
    if k < len(tokens) and tokens[k][2].lower() in ARTICLES_AND_POSSESSIVES:
        k += 1
    return any(t[2].lower() in OWN_COVERAGE for t in tokens[k : k + 3])


def _writer_does(tokens: list[tuple[int, int, str]], lows: list[str], start: int, i: int) -> int:
    """Where the writer's "I" or "we" is, when the verb at `i` is told of the writer in the
    first person outside any quote ("I have talked with two stranded drivers", "We plotted
    the index against prices and found a link"), else -1: its subject, back over auxiliaries
    and adverbs; or, past an "and", what opens the clause (from `start`). A quote is masked,
    so a quoted "I" ("'I spoke to him,' Lee said") is the speaker's, not here."""
    k = i - 1
    while k >= start and (
        lows[k] in AUXILIARIES or lows[k] in ADVERBS or lows[k] in NEGATIONS or ly_adverb(lows[k])
    ):
        k -= 1
    if k < start:
        return -1
    if lows[k] in WRITER_SUBJECTS:
        return k
    return start if lows[k] == "and" and lows[start] in WRITER_SUBJECTS else -1


def _byline(tokens: list[tuple[int, int, str]], lows: list[str], i: int, lemma: str) -> bool:
    """Is the verb at `i` a byline's account of the writer's career ("His essays have appeared in
    the Herald and the Courier", "She has written for the Gazette", "He has contributed to
    several papers")? A perfect or a present with its `BYLINE_VERBS` word after it; an
    "appear" only of a writer's work (`BYLINE_WORKS`: "The suspect has appeared in court" is a
    happening), the others of a person. "wrote for" in the past may be a single piece."""
    if i + 1 >= len(tokens) or lows[i + 1] not in BYLINE_VERBS[lemma]:
        return False
    k = past_adverbs_back(tokens, i - 1)
    if k < 0:
        return False
    perfect = lows[k] in ("has", "have") and k > 0
    present = lows[i].endswith("s") and not lows[i].endswith("ss")
    if not (perfect or present):
        return False
    subject = k - 1 if perfect else k
    if lemma == "appear":
        return lows[subject] in BYLINE_WORKS
    return lows[subject] in ("he", "she", "they", "i") or tokens[subject][2][:1].isupper()


def _staff_subject(tokens: list[tuple[int, int, str]], lows: list[str], start: int, i: int) -> bool:
    """Is the verb at `i` told of the site's own people ("Our correspondent Ann Lee has just
    arrived at the port", "our senior analyst has picked a share")? An "our" in its clause
    (from `start`), a noun of `SITE_STAFF` at most two words on, then only names, auxiliaries
    and adverbs up to the verb ("Our correspondent says the port reopened": said, a report of
    the story, kept only as what the port did)."""
    for k in range(i - 1, start - 1, -1):
        word = lows[k]
        if word in AUXILIARIES or word in ADVERBS or ly_adverb(word) or tokens[k][2][:1].isupper():
            continue  # "has just", "Ann Lee"
        if word in SITE_STAFF:
            return any(lows[j] == "our" for j in range(max(start, k - 3), k))
        return False
    return False


def _told_happening_subject(
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
    if k < 1 or lows[k] not in _HAPPENING_NOUNS and lows[k] not in RULING_NOUNS:
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


def _told_earlier(lows: list[str]) -> bool:
    """Does the sentence open, past a live blog's time, on the writer's note that what it
    tells was told before on the page ("As we reported earlier, divers pulled two more
    bodies from the lake", "As noted above, the pool will close")? Not a note that points at another
    story ("As we reported last week, the pool closed": "earlier" or "above" must close
    the note, before its comma), nor one of someone else's ("As the mayor said earlier")."""
    k = next((k for k, w in enumerate(lows) if w[:1].isalpha()), None)
    if k is None or lows[k] != "as":
        return False
    k += 1
    if k < len(lows) and lows[k] in WRITER_SUBJECTS:
        k += 1
    note = lows[k : k + 3]
    return (
        len(note) == 3
        and note[0] in TOLD_EARLIER_VERBS
        and note[1] in TOLD_EARLIER
        and note[2] == ","
    )


def _writers_sentence(tokens: list[tuple[int, int, str]], lows: list[str]) -> bool:
    """Does the sentence open with the writer at work ("I have talked with two
    stranded drivers, who walked to the depot", "We plotted the index against prices and found
    that sentiment rose as prices fell", past a live blog's "14.05")? What else it tells
    without a date is what the writer met or found, no happening of its own ("As we reported,
    the ferry sank": the writer only comments, and the sinking is told)."""
    opens = next((k for k, w in enumerate(lows) if w[:1].isalpha()), None)
    if opens is None or lows[opens] not in WRITER_SUBJECTS:
        return False
    return any(
        verb_form(w)[0] in WRITER_TASKS and _writer_does(tokens, lows, 0, k) == opens
        for k, w in enumerate(lows[opens + 1 :], opens + 1)
    )


def _left_open(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` in a clause that "it is unclear" or "it is possible" opens ("It is
    unclear whether the driver fled", "It's unknown who carved the gate", "It is also possible
    that the ring was lost at sea", "It was not clear who fired first")? The sentence tells
    what is not known. Not past a "but", a stop or a comma and "and" ("It is unclear why he
    left, but police said he fled": the fleeing is told), nor one the adjective settles ("It
    is clear that the dam broke")."""
    for k in range(i - 1, 1, -1):
        word = tokens[k][2].lower()
        if word in (".", ";", ":", "but") or word in COORDINATORS and tokens[k - 1][2] == ",":
            return False  # ", and police say it sank": a clause of its own
        if word not in UNSETTLED_LINKS:
            continue
        adjective = tokens[k - 1][2].lower()
        if _open_explanation(tokens, k):
            return True  # "There are still two possible explanations for why the ferry sank"
        j, denied = k - 2, False
        while j >= 0 and (tokens[j][2].lower() in ADVERBS or tokens[j][2].lower() in NEGATIONS):
            denied = denied or tokens[j][2].lower() in NEGATIONS
            j -= 1
        if adjective not in UNSETTLED and not (denied and adjective in SETTLED_IF_DENIED):
            continue  # "the man who fled", "said that": a clause of another kind
        if j >= 0 and tokens[j][2].lower() in ("it's", "it’s"):
            return True
        if j >= 1 and tokens[j][2].lower() in BE_FORMS and tokens[j - 1][2].lower() == "it":
            return True
    return False


def _open_explanation(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Does the clause opened by the link word at `k` ("why", "how", "whether") follow a
    plural noun that a word of possibility qualifies, a preposition between or none ("two
    possible explanations for why the ferry sank", "the likely reasons why the bank failed",
    "two probable causes of how the fire spread")? The clause is one guess among several, an
    open question the writer weighs, not told ("The report gave the reasons why the bank
    failed": the failing is told; no word of possibility)."""
    if tokens[k][2].lower() not in OPEN_EXPLANATION_LINKS:
        return False
    j = k - 1
    if j >= 0 and tokens[j][2].lower() in OPEN_EXPLANATION_PREPOSITIONS:
        j -= 1
    if j < 1:
        return False
    noun = tokens[j][2]
    if not (noun.isalpha() and noun.islower() and noun.endswith("s")):
        return False
    return tokens[j - 1][2].lower() in UNSETTLED


def _stands_to_gain(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "to" and a verb of gaining or losing after the verb at `i` ("stood to gain",
    "stands to lose millions")?"""
    if i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "to":
        return False
    return verb_form(tokens[i + 2][2].lower())[0] in PROSPECT_VERBS


_CONTACT_HAVE = frozenset({"had", "has", "have", "'d", "’d", "'ve", "’ve"})
_CONTACT_ENDS = frozenset({",", ".", ";", ":", ")", "—", "–"})


def _contact_relative(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the past verb at `i` that of a relative clause with no "that", after its noun and
    its own subject, the noun its object ("a need for new courses the cadets had undergone",
    "the calm the monks enjoyed, minus the hardship", "the benefits it has brought to
    the port")? The clause describes the noun: no happening. Its verb has no object of its
    own (not "the town they left behind a ruin"), its noun stands after a determiner, a
    verb before them ("After the storm they left." opens on a phrase of time), and a noun of
    a time or a manner is a date ("on the day they left"); a deed is told ("the steps it
    has taken")."""
    n = len(tokens)
    if verb_form(tokens[i][2])[0] in CONTACT_DEEDS:
        return False  # "the steps it has taken", "the cuts they made": a deed done
    nxt = lows[i + 1] if i + 1 < n else "."
    if (
        nxt not in _CONTACT_ENDS
        and nxt not in PREPOSITIONS
        or nxt == "to"
        and i + 2 < n
        and "V" in poslex().get(lows[i + 2], "")
    ):
        return False  # an object of its own: "the plans they drew up", "the ship it sank",
        # "the plane appeared to show a fault"
    k = past_adverbs_back(tokens, i - 1)
    if k >= 0 and lows[k] in _CONTACT_HAVE:
        k = past_adverbs_back(tokens, k - 1)
    elif verb_form(tokens[i][2])[1] != "past":
        return False  # "the ships it owned" (not a bare participle: "the goods seized")
    if k < 2:
        return False
    if lows[k] in CONTACT_SUBJECTS:
        s = k
    elif lows[k - 1] == "the" and _contact_noun(tokens, lows, k):
        s = k - 1  # "the calm the monks enjoyed"
    else:
        return False
    h = s - 1
    if not _contact_noun(tokens, lows, h) or lows[h] in CONTACT_TIME_NOUNS:
        return False
    d = next((j for j in range(h - 1, max(-1, h - 4), -1) if lows[j] in DETERMINERS), None)
    if d is None or lows[d] in ("that", "this") and d == h - 1:
        return False  # no noun phrase ("that" may open a clause: "said that they left")
    return any(is_verb_here(tokens, j, lows) for j in range(d))


def _contact_noun(tokens: list[tuple[int, int, str]], lows: list[str], k: int) -> bool:
    """Is the word at `k` a lowercase noun (`poslex`), no pronoun or linking word?"""
    word = tokens[k][2]
    if not (word.isalpha() and word.islower()) or word.endswith("ing"):
        return False  # (not a verb's "-ing": "quoted him as saying the ship sank")
    low = lows[k]
    if low in DETERMINERS or low in PREPOSITIONS or low in PRONOUNS or low in COORDINATORS:
        return False
    return "N" in poslex().get(low, "")


def _had_on(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the "-ing" verb at `i` a progressive after a form of "be" ("was wearing", "were
    still carrying") or after "as" ("described as wearing")?"""
    if not tokens[i][2].lower().endswith("ing"):
        return False
    before = _word_before(tokens, i, ly=True)
    return before in BE_FORMS or before == "as"


def _saying_aside(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def _framing_it(tokens: list[tuple[int, int, str]], i: int, particle: str) -> bool:
    """Is the verb at `i` a frame with "it" ("when it comes to", "it turned out"): "it" just
    before it, its particle just after, and for "come" a "when" before "it" (not "It came
    to light on Friday that …", a finding out)?"""
    if i < 1 or tokens[i - 1][2].lower() != "it":
        return False
    if i + 1 >= len(tokens) or tokens[i + 1][2].lower() != particle:
        return False
    return particle != "to" or i >= 2 and tokens[i - 2][2].lower() == "when"


def _to_a_state(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does "to be" (or "become", "remain", "stay") after the verb at `i` tell a state, its
    word after neither a participle nor a preposition ("is slated to be the wettest spring",
    "to become the norm"; not "to be held in May", a holding planned, nor "to be in Oslo on
    Monday", a visit)?"""
    if i + 3 >= len(tokens) or tokens[i + 2][2].lower() not in STATE_INFINITIVES:
        return False
    word = tokens[i + 3][2]
    if word.lower() in PREPOSITIONS:
        return False
    return not (word.islower() and verb_form(word)[1] in ("pp", "past"))


def _participle_follows(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the word after `i` (past adverbs) a verb's past participle ("became embroiled",
    "has become consumed"), not a noun ("became president")?"""
    k = i + 1
    while k < len(tokens) and tokens[k][2].lower() in _DEGREE_OR_ADVERB:
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k][2]
    form = VERB_FORMS.get(word.lower()) or (guess_form(word) if word.endswith("ed") else None)
    return form is not None and form[1] in ("pp", "past") and word[:1].islower()


def _kept_so(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb of keeping at `i` followed by the state it keeps, after its object or as
    a passive ("The levy kept fares low", "kept us busy", "kept the club much the same",
    "The talks were kept secret")? A state, no happening; not "kept its distance", "kept a
    diary" (no state after the object)."""
    return _kept_state_at(tokens, i) >= 0


def _held_aside(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the verb at `i` one of staying before the state it stays in, adverbs between
    ("The union has stayed on the sidelines", "Cafes will be staying open", "stayed silent"),
    or one of keeping before a stance of standing aside ("kept its distance from any row",
    "kept a low profile")? A state held, no happening; not "stayed home", "stayed on as
    coach", "stayed at the inn" (see `NOT_STAYED`), nor "kept the keys"."""
    if lemma in KEEPING_VERBS:
        after = [t[2].lower() for t in tokens[i + 1 : i + 4]]
        return (
            bool(after)
            and after[0] in ARTICLES_AND_POSSESSIVES
            and any(w in ASIDE_NOUNS for w in after[1:])
        )
    if lemma not in STAYING_VERBS:
        return False
    k = i + 1
    while k < len(tokens) and (tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2])):
        k += 1
    if k >= len(tokens) or not tokens[k][2].islower():
        return False
    word = tokens[k][2]
    if word in NOT_STAYED or word in PREPOSITIONS:
        # "stayed on the sidelines", "stayed out of the race": standing aside, a state
        return any(t[2].lower() in ASIDE_NOUNS for t in tokens[k + 1 : k + 3])
    return "J" in poslex().get(word, "")


def _at_a_rate(tokens: list[tuple[int, int, str]], i: int, end: int) -> bool:
    """Does "every" and a count of time units follow the verb at `i` in its clause ("one
    ferry sank every two years", "A pupil left every few weeks")? A rate over a stretch of
    time, a statistic, no one happening ("every day" is a habit, see `SCHEDULE_EVERY`)."""
    for k in range(i + 1, min(end, len(tokens)) - 2):
        if tokens[k][2].lower() != "every":
            continue
        count, unit = tokens[k + 1][2].lower(), tokens[k + 2][2].lower()
        if unit in TIME_UNITS and (count[:1].isdigit() or count in NUMBER_WORDS or count == "few"):
            return True
    return False


def _reaction_drawn(
    tokens: list[tuple[int, int, str]], i: int, nouns: AbstractSet[str] = REACTIONS
) -> bool:
    """Is the object of the verb at `i` a reception ("has drawn heavy criticism", "sparked
    accusations that …", "who has faced scrutiny over her expenses"), or a noun of `nouns`
    ("has rejected growing calls")? Up to two words ("heavy", "the ire", "widespread
    public") may stand before the noun."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        word = tokens[k][2].lower()
        if word in nouns:
            return True
        if not word.isalpha():
            return False
    return False


def _kept_as(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the word at `i` the state a verb of keeping before it keeps ("kept us hooked")?"""
    for j in range(i - 1, max(-1, i - 7), -1):
        if verb_form(lows[j])[0] in KEEPING_VERBS:
            return _kept_state_at(tokens, j) == i
    return False


def _kept_state_at(tokens: list[tuple[int, int, str]], i: int) -> int:
    """Where the state a verb of keeping at `i` keeps is (see `_kept_so`), or -1."""
    k = i + 1
    if not _passive(tokens, i):
        if k < len(tokens) and tokens[k][2].lower() in OBJECT_PRONOUNS | {"it"}:
            k += 1
        elif k + 1 < len(tokens) and tokens[k][2].lower() in ARTICLES_AND_POSSESSIVES:
            k += 2  # "the club", "the ferry service" (not "a close eye", "its distance from")
            while k < i + 5 and k < len(tokens) and _noun_word(tokens[k][2]):
                k += 1
        else:
            return -1
    while k < len(tokens) and (
        tokens[k][2].lower() in _DEGREE_OR_ADVERB or ly_adverb(tokens[k][2])
    ):
        k += 1
    if k >= len(tokens) or not tokens[k][2].islower():
        return -1
    word = tokens[k][2]
    if word == "the" and _next_is(tokens, k, "same"):
        return k
    form = VERB_FORMS.get(word) or (guess_form(word) if word.endswith("ed") else None)
    state = "J" in poslex().get(word, "") or form is not None and form[1] in ("pp", "past")
    return k if state else -1


def _noun_word(word: str) -> bool:
    """A lowercase word that may be a noun and is no adjective, participle or adverb
    ("service" in "the ferry service largely the same")."""
    tags = poslex().get(word, "")
    return (
        word.isalpha()
        and word.islower()
        and "N" in tags
        and "J" not in tags
        and (word not in _DEGREE_OR_ADVERB and not ly_adverb(word) and not word.endswith("ed"))
    )


def _grown_into(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the perfect at `i` a state that has come about over time, told by what it now is
    ("The fair has become a fixture of the town", "Rents have become less affordable", "She
    had come to distrust the board", "has come to stand for the campaign", "The plan has
    come under fire from farmers", "The best gains have come from new seeds"), or by what
    it has emerged as ("The feud has emerged as a rallying cause for the mayor's base": the
    writer's view of what it now is)? Not a first
    or a record ("has become the first woman to lead the union", "has become the most
    valuable firm in Europe", "the largest lender", "has emerged as the biggest winner": a
    rank reached, a happening)."""
    if lemma == "emerge" and _next_is(tokens, i, "as"):
        lemma, k = "become", i + 2  # "has emerged as a force": "has become a force"
    elif lemma in ("become", "come"):
        k = i + 1
    else:
        return False
    if not _perfect_aux(tokens, i):
        return False
    while k < len(tokens) and tokens[k][2].lower() in _DEGREE_OR_ADVERB:
        k += 1
    if k >= len(tokens):
        return False
    nxt = tokens[k][2].lower()
    if lemma == "come":  # "has come to know", not "has come to the hospital"; "has come
        # under fire" (criticism standing, not one day's: "came under fire on Monday" is kept);
        # "One of the biggest gains in the field has come from better seeds": where it stems
        # from, the writer's appraisal ("has come from behind to win" is a comeback: kept)
        return (
            _to_verb(tokens, k - 1)
            or nxt == "under"
            or nxt == "from"
            and not _next_is(tokens, k, "behind")
        )
    if nxt in ARTICLES_AND_POSSESSIVES and k + 1 < len(tokens):
        nxt = tokens[k + 1][2].lower()
    ranked = nxt in ORDINALS or nxt in SUPERLATIVES or nxt.endswith("est")  # "largest"
    return not ranked and not nxt[:1].isdigit() and nxt not in NUMBER_WORDS


def _task_named(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Is the -ing word at `i` the complement of a "be" whose subject is an aim or a
    difficulty ("The main goal with the port was just getting it afloat", "One of our
    obstacles was removing the rails")? It names a task (see `TASK_NOUNS`)."""
    k = i - 1
    while k > start and (tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2])):
        k -= 1
    if tokens[k][2].lower() not in ("is", "was", "are", "were"):
        return False
    return any(t[2].lower() in TASK_NOUNS for t in tokens[start:k])


# What ends the stretch an aim's "to" governs: "The goal was to reopen by May, but a storm
# wrecked the jetty": the wrecking happened
_AIM_EDGE = frozenset({";", ":", "but", "while", "whereas", "yet"})
_AIM_COPULAS = BE_FORMS | {"remains"}  # "The goal remains to …"


def _aim_told(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the verb at `i` inside what an aim or a task is ("The goal is to build a map of who
    has visited where", "The mission of the club is to offer children a coach trained by
    former players", "Its first aim has been to find homes for stray dogs")? A task noun (see
    `TASK_NOUNS`) with an of-phrase at most, "be", then "to" before the verb: what is aimed
    at, no happening told. Not past a "but" or a comma and "and" ("…, and crews did so
    on Monday")."""
    for b in range(i - 2, 0, -1):
        word = lows[b]
        if word in _AIM_EDGE or word in COORDINATORS and tokens[b - 1][2] == ",":
            return False
        if lows[b + 1] != "to" or word not in _AIM_COPULAS:
            continue
        k = b - 1
        if word == "been" and lows[k] in _PERFECT_AUX:
            k -= 1  # "has been to raise"
        for j in range(k, max(-1, k - 7), -1):
            low = lows[j]
            if low in TASK_NOUNS:
                return j == k or lows[j + 1] == "of"
            if not tokens[j][2].isalnum():
                return False
        return False
    return False


def _ranked_by_copula(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the verb at `i` in a clause on a ranked noun that a copula gives its subject
    ("Ruiz was not the only rider who finished", "This isn't the first time the mill has
    flooded", "It will be the third time Lee has stood")? What makes the subject so: a
    characterisation, not a happening told for itself."""
    for k in range(i - 2, max(0, i - 9), -1):
        if lows[k] != "the" or lows[k + 1] not in RANKS:
            continue
        if any(not w.isalnum() for _a, _b, w in tokens[k:i]):
            return False  # "…, who was the first to post it, warned": the main verb
        j = k - 1
        if j >= 0 and lows[j] in NEGATIONS:
            j -= 1  # "was not the only poet"
        copula = lows[j] if j >= 0 else ""
        if copula.endswith(("n't", "n’t")):
            copula = copula[:-3]  # "isn't the first time"
        return copula in BE_FORMS  # "be", "been" among them
    return False


def _tended_by(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a participle of running or holding right after its noun, with its
    agent ("flights operated by a partner", "a lab led by Dr Oto", "a think tank backed
    largely by two donors": an "-ly" adverb may come before the agent)? It describes the
    noun. Not a passive ("were operated by"), nor a lead or a margin ("won by 10 points")."""
    by = i + 1
    if by < len(tokens) and ly_adverb(tokens[by][2]):
        by += 1  # "led partly by", "owned jointly by"
    if i == 0 or by + 1 >= len(tokens) or tokens[by][2].lower() != "by":
        return False
    noun = tokens[i - 1][2]
    after = tokens[by + 1][2].lower()
    return (
        noun.isalpha()
        and noun.lower() not in _FUNCTION_OR_AUX
        and not ly_adverb(noun)
        and not after[:1].isdigit()
        and after not in NUMBER_WORDS
    )


def _result_disclosed(sent: Sentence, i: int, lemma: str, etype: str) -> bool:
    """Does the disclosing verb at token `i` make a result known, a figure of its own rather
    than a saying ("The grocer posted a net loss of more than $4 million on Tuesday",
    "reported record sales of 9 million tickets on Friday")? Its date then is the result's,
    however long the object, as for any act; not when it reports a clause ("reported that
    sales fell in June": June is what was said)."""
    return lemma in DISCLOSING and etype == "financial" and sent.reported_at(i) == (0, 0)


def _guessed_future(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the future at `i` ("will" before it) in the clause of a verb or word of guessing
    ("Traders think the bank will cut rates", "I'm sure the fans will come back", "The data
    suggest that prices will rise")? Someone's guess, not a plan. The guess must come before
    the "will", in the same stretch of the sentence (no comma, colon or quote between)."""
    will = next(
        (k for k in range(i - 1, max(-1, i - 4), -1) if tokens[k][2].lower() in FUTURE_MODALS),
        None,
    )
    if will is None:
        return False
    for k in range(will - 1, max(-1, will - 12), -1):
        word = tokens[k][2].lower()
        if word in _GUESS_STOPS:
            return False
        if tokens[k][2][:1].isupper() and (k or tokens[k + 1][2][:1].isupper()):
            continue  # a name ("Hope Hall will open"), no guess
        if word in GUESSING_WORDS or verb_form(word)[0] in GUESSING_VERBS:
            return not _next_is(tokens, k, "tank")  # "a think tank will report"
    return False


def _ranked_since(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Does the noun starting at offset `at` follow a "since" (a determiner between or none)
    that bounds a superlative shortly before it ("the most useful new tool since the
    beginning of the green age in the 1970s", "the biggest find since the start of the gold
    rush")? The noun only marks where the ranking starts, no happening told. The rank must
    stand in the same stretch (no comma, colon or stop between: "It was the best season, since
    the strike of 1990 ended the old league" tells the strike)."""
    k = next((n for n, t in enumerate(tokens) if t[0] >= at), len(tokens)) - 1
    while k >= 0 and tokens[k][2].lower() in DETERMINERS:
        k -= 1
    if k < 1 or tokens[k][2].lower() != "since":
        return False
    tags = poslex()
    for n in range(k - 1, max(-1, k - 9), -1):
        word = tokens[n][2].lower()
        if word in _GUESS_STOPS or word == ".":
            return False
        if word in SUPERLATIVES or word.endswith("est") and "J" in tags.get(word, ""):
            return True
    return False


def _hedged_past(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does a hedge ("probably", "likely", "perhaps") stand among the adverbs and
    auxiliaries right before the past at `i` ("the ship probably only sank", "the fire
    was likely started", "the crew has perhaps left"), or before the verb a "when" clause of
    `i` hangs on ("the ship probably sank when it struck the reef")? A guess at what
    happened, no happening told ("The ship sank on the reef" is told)."""
    if _hedge_before(tokens, i):
        return True
    for k in range(i - 1, max(-1, i - 6), -1):
        word = tokens[k][2].lower()
        if not word.isalpha():
            return False
        if word == "when":
            return any(_hedge_before(tokens, m) for m in range(k - 1, max(-1, k - 4), -1))
    return False


def _hedge_before(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is a hedge among the adverbs and auxiliaries right before the word at `i`?"""
    k = i - 1
    while k >= 0:
        word = tokens[k][2].lower()
        if word in HEDGES:
            return True
        if not (
            word in ADVERBS or word in GAP_HEDGES or word in BE_FORMS or _perfect_word(word)
        ) and not ly_adverb(tokens[k][2]):
            return False
        k -= 1
    return False


def _to_be_after(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Do "to be" follow the verb at `i`, past an "out" ("happened to be a nurse", "turned
    out to be false", "proved to be a bargain")? What something turned out to be: a state."""
    k = i + 1
    if k < len(tokens) and tokens[k][2].lower() == "out":
        k += 1
    return k + 1 < len(tokens) and tokens[k][2].lower() == "to" and tokens[k + 1][2].lower() == "be"


def _self_edit_note(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive whose subject is "this" and a noun of the page's own text
    ("This story was updated on Friday", "This blog post has been corrected")? A note on the
    page's upkeep, no happening of the story ("The ferry timetable was updated": kept)."""
    if not _passive(tokens, i):
        return False
    words = [t[2].lower() for t in tokens[:i]]
    return any(
        w == "this" and any(x in OWN_TEXTS for x in words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )


def _joined_to_habit(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Is the base-form verb at `i` joined by "or"/"and" to an infinitive after "tend to"
    earlier in the clause from `start` ("Shoppers tend to browse online, or come from review
    sites")? It shares that infinitive: what is done as a rule, a habit. Not past a stop,
    semicolon or colon ("Fans tend to stay late; on Friday they left early": told)."""
    if i < 2 or tokens[i - 1][2].lower() not in ("or", "and"):
        return False
    for k in range(i - 2, start, -1):
        word = tokens[k][2].lower()
        if word in (".", ";", ":"):
            return False
        if word == "to" and tokens[k - 1][2].lower() in HABIT_TO_VERBS:
            return True
    return False


def _when_present(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Does a "when" open the clause of the present-tense word at `i`, seven words at most
    before it, with no stop, comma, "and" or preposition between ("when we write our
    guides", "when buyers complain", and a noun misread as a verb in its object: "when we
    write fresh travel posts")? What is done each time, a habit, no one happening."""
    for k in range(i - 1, max(start - 1, i - 8), -1):
        word = tokens[k][2].lower()
        if word in WHEN_WORDS:
            return k < i - 1
        if (
            not word.isalpha()
            or word in COORDINATORS
            or word in FUNCTION_WORDS
            and word not in DETERMINERS
        ):
            return False
    return False


def _seemed(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb of seeming at `i` followed by "like", "as if"/"as though" or a word of
    degree ("looked like a winner", "felt as if", "sounded too strict", "will feel even
    colder", "will feel more brisk")? How something seemed: a state."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1][2].lower()
    if nxt == "as":
        return i + 2 < len(tokens) and tokens[i + 2][2].lower() in ("if", "though")
    if nxt in COMPARATIVE_RAISERS and i + 2 < len(tokens):
        nxt = tokens[i + 2][2].lower()  # "will feel even colder"
    return nxt == "like" or nxt in DEGREE_WORDS or nxt in COMPARATIVES or _comparative(nxt)


def _comparative(word: str) -> bool:
    """ "colder", "nicer", "wetter", "happier": an adjective's comparative, an adjective
    itself whose stem is one ("cold", "nice", "wet", "happy"); not "water" nor "paper".
    A word may take other parts of speech too ("cold" is also a noun)."""
    tags = poslex()
    if not word.endswith("er") or "J" not in tags.get(word, ""):
        return False
    stems = (word[:-2], word[:-1], word[:-3], word[:-3] + "y")
    return any("J" in tags.get(stem, "") for stem in stems)


def _perfect_aux(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a perfect ("has become", "had long since come")?"""
    return _perfect_word(_word_before(tokens, i, ly=True))


def _perfect_word(aux: str) -> bool:
    """Is the lowercase word a perfect's auxiliary ("has", "had", "they've", "she'd")?"""
    return aux in _PERFECT_AUX or aux.endswith(PERFECT_CLITICS)


def _long_held(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "long" the adverb of the perfect at `i` ("had long likened", "had long been
    assumed", "has long been involved with the fair")? A view or a role held a long time, a
    state. Not "long since" ("has long since left the board": done long ago, a happening)."""
    k = i - 1
    while k > 0 and tokens[k][2].lower() in ("been", "also", "already"):
        k -= 1
    if k < 1 or tokens[k][2].lower() != "long" or _next_is(tokens, k, "since"):
        return False
    return _perfect_word(tokens[k - 1][2].lower())


# A web address: a scheme, "www." or a domain with a path ("site.com/page")
_LINK = re.compile(r"[a-z][a-z0-9+.-]*://|www\.|[\w-]+\.[a-z]{2,}/", re.IGNORECASE)


def _relative_perfect(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` an active present perfect opened by a relative pronoun ("a
    coalition that has advised the mayor", "Ruiz, who has made housing her priority",
    "charities which have focused on school meals")? Undated, it tells what the noun
    has done or been over time, a trait that describes it, no happening of the story's (a
    date makes one: "who has lived there since 2001" is left to its date). Not a passive
    ("a man who has been charged with murder" is charged), nor "that" after a verb or a
    noun of content ("said that it has hired", "the fact that it has closed")."""
    k = past_adverbs_back(tokens, i - 1)
    if k < 1 or tokens[k][2].lower() not in AUX_PERFECT_PRESENT:
        return False
    k = past_adverbs_back(tokens, k - 1)
    if k < 1:
        return False
    opener = tokens[k][2].lower()
    if opener in CLAUSE_RELATIVES:
        return True
    if opener != "that":
        return False
    before = tokens[k - 1][2]
    low = before.lower()
    return (
        before.isalpha()
        and low not in VERB_FORMS
        and low not in CONTENT_NOUNS
        and low not in THAT_OF_CONTENT
    )


def _commented(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Is the verb at `i` in what a comment opening its clause judges ("It's odd that fans
    praise the stadium", "It is no surprise that critics say …"): "it" and "is"/"was", then a
    "that" before the verb?"""
    words = [t[2].lower().replace("’", "'") for t in tokens[start:i]]
    if not words or words[0] not in ("it", "it's"):
        return False
    if words[0] == "it" and (len(words) < 2 or words[1] not in ("is", "was")):
        return False
    return "that" in words[2:]


def _in_link(text: str, at: int) -> bool:
    """Is the word at offset `at` part of a web address ("https://example.org/club/posts/7",
    "pic.example.com/x1")? Its words are no verbs."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    end = len(text)
    for space in (" ", "\n"):
        k = text.find(space, at)
        if k != -1:
            end = min(end, k)
    return "/" in text[start:end] and _LINK.search(text, start, end) is not None


def _after_noun(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` right after a common noun that is an object or a
    preposition's, and before a preposition, adverbs between ("from cells removed in
    surgery", "name the caterer hired by the festival", "a list of dyes banned in the EU")? Not a
    subject's finite verb ("the legislator failed to act", "two teams met in May")."""
    if i == 0:
        return False
    noun = tokens[i - 1][2]
    if not noun.isalpha() or not noun.islower() or ly_adverb(noun):
        return False
    if noun in FUNCTION_WORDS or noun in AUXILIARIES or noun in DETERMINERS or noun in PRONOUNS:
        return False
    k = i + 1
    while k < len(tokens) and (
        tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2]) or tokens[k][2] in SHARPENING
    ):
        k += 1
    if k >= len(tokens) or tokens[k][2].lower() not in PREPOSITIONS or _to_verb(tokens, k - 1):
        return False  # "managed to get": a verb and its infinitive
    for j in range(i - 2, max(-1, i - 7), -1):  # back over the noun's phrase
        word = tokens[j][2]
        low = word.lower()
        # (a verb the table of happenings lacks too, after a subject in lower case: "The
        # funds support schemes aimed at …"; not "Ferry fare motion defeated in council")
        known = VERB_FORMS.get(low) or _unlisted_finite(tokens, j) or None
        if low in PREPOSITIONS or known is not None and word.islower() and low not in AUXILIARIES:
            # "from cells removed in surgery", "name the caterer hired by the festival": the
            # object of a verb before, not a subject ("tens of fans of the club gathered")
            return any(_finite_here(tokens, k) for k in range(j + 1))
        if low in DETERMINERS or low in NUMBER_WORDS or low.endswith(POSSESSIVE_ENDINGS):
            continue
        if not word.isalpha() or not word.islower() or low in FUNCTION_WORDS:
            return False
    return False


def _unlisted_finite(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Is token `k` a finite verb after a lower-case word or a determiner ("grants
    support", "All feature"), not a noun after a name that reads as one ("Ferry fare")?"""
    if k == 0:
        return False
    before = tokens[k - 1][2]
    return (before.islower() or before.lower() in DETERMINERS) and _finite_here(tokens, k)


def _finite_here(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Is token `k` a finite verb ("is", "may", "keeps", "rejected"), not an infinitive?"""
    low = tokens[k][2].lower()
    if low in FINITE_MODALS or low in _TOLD or low in AUX_BE_PRESENT or low in ("do", "does"):
        return True
    if not tokens[k][2].islower() or low not in VERB_FORMS and "V" not in poslex().get(low, ""):
        return False
    return (k == 0 or tokens[k - 1][2].lower() != "to") and is_verb_here(tokens, k)


# What tells the past or a perfect: a sentence with one of these is no description
_TOLD = AUX_BE_PAST | AUX_PERFECT_PRESENT | AUX_PERFECT_PAST | {"did"}


def _describing(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` one that describes its noun, an object's or a preposition's,
    in a sentence that tells no past, its verbs present or modal ("The sample may come from
    cells removed in surgery", "The papers name the caterer hired by the festival", "The lab keeps
    a list of dyes banned in the EU")? It says what the noun is, no happening. Not in a
    sentence that tells the past ("Rebels seized a town captured by the army")."""
    if not _after_noun(tokens, i):
        return False
    present = False
    for j, (_a, _b, word) in enumerate(tokens):
        low = word.lower()
        if j == i or not word.isalpha():
            continue
        if low in _TOLD:
            return False
        if low in FINITE_MODALS or low in AUX_BE_PRESENT or low in ("do", "does"):
            present = True
            continue
        if not word.islower() or low not in VERB_FORMS and "V" not in poslex().get(low, ""):
            continue
        prev = tokens[j - 1][2].lower() if j else ""
        if prev in MODALS or prev in AUX_BE_PRESENT or not is_verb_here(tokens, j):
            continue  # "may come", "to name", "are sent": the group's own word counted
        form = (VERB_FORMS.get(low) or guess_form(low))[1]
        if form in ("s", "base"):  # "The papers name the firm": not "cuts and plans"
            present = present or prev not in ("and", "or", ",")
        elif (
            form in ("past", "pp")
            and not _after_noun(tokens, j)
            and not _adjective_before_noun(tokens, j)
        ):
            return False  # another verb tells the past (not "serves freshly baked bread")
    return present


def _trend_subject(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Is the subject of the verb at `i` a growing or shrinking count ("A growing number of
    fans have put his face on mugs", "a rising share of towns have banned cars")? A trend,
    no one happening. The count opens the clause, with no clause of its own between."""
    for k in range(start, max(start, i - 3)):
        if (
            tokens[k][2].lower() in ("a", "an")
            and tokens[k + 1][2].lower() in TREND_WORDS
            and tokens[k + 2][2].lower() in TREND_COUNTS
            and tokens[k + 3][2].lower() == "of"
        ):
            return not any(t[2] in ",;:" or t[2].lower() in RELATIVES for t in tokens[k + 4 : i])
    return False


def _graded(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` graded, so an adjective ("The cider tasted sweeter, more
    layered", "the most watched final", "The crews were quite exhausted", "We were too tired
    to stay")? Not "more or less agreed", not "She too resigned"."""
    if i == 0:
        return False
    prev = tokens[i - 1][2].lower()
    before = tokens[i - 2][2].lower() if i > 1 else ""
    if prev in GRADING_WORDS:
        return before != "or"
    contracted = before.endswith(("'re", "’re", "'s", "’s", "'m", "’m"))  # "We're too full"
    return prev in ("too", "so") and (before in _LINKING or contracted)


def _adjective_before_noun(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` an adjective before its noun, led by an adverb of manner
    after a word that cannot be its subject ("The cafe serves freshly baked bread", "a row of
    neatly trimmed hedges", "while tasting carefully aged cheese")? It tells what the noun is
    like, no happening. Not a finite verb with its object ("Banks quickly raised rates",
    "Police arrived and swiftly detained two men": a subject or "and" before the adverb), not
    a participle timed by its adverb ("the newly elected mayor")."""
    if i < 2 or not noun_next(tokens, i):
        return False
    adverb, after = tokens[i - 1][2], tokens[i + 1][2].lower()
    if not adverb.islower() or not ly_adverb(adverb) or adverb in ADVERBS or adverb in TIMING_LY:
        return False
    if after in PREPOSITIONS or not set(poslex().get(after, "")) & {"N", "J"}:
        return False  # "was quietly dropped from the bill": no noun after it
    before = tokens[i - 2][2]
    low = before.lower()
    if low in DETERMINERS or low in PREPOSITIONS:
        return True  # "the expertly restored frescoes", "of neatly trimmed hedges"
    if low in ("and", "or", ","):  # "roasted coffee and freshly baked bread": a list of them
        return any(_adjective_before_noun(tokens, j) for j in range(i - 2))
    if not before.islower() or low in AUXILIARIES:
        return False
    if poslex().get(low) == "J":
        return True  # "fine, hand painted tiles", "rare carefully kept records"
    # a verb taking the noun as its object: "serves locally roasted coffee" (a present verb
    # after its subject), "tasting exclusively sourced oil"
    form = (VERB_FORMS.get(low) or guess_form(low))[1]
    return (
        form == "ing"
        and "V" in poslex().get(low, "V")
        or (form == "s" and _unlisted_finite(tokens, i - 2))
    )


def _built_like(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` an adjective after "have", between a building or room and a
    part of it ("The cabins have vaulted ceilings", "Some of the flats have tiled floors and
    some have carved doors", "The lodge has polished stone floors")? "Have" owns the part:
    what the place is built like, no perfect. Not "The council has closed schools",
    "Rioters have smashed windows" (no building before "have"), nor "The house has lost its
    roof" (a determiner)."""
    if not _built_subject(tokens, i):
        return False
    for k in range(i + 1, min(len(tokens), i + 4)):
        low = tokens[k][2].lower()
        if low in BUILT_PARTS:
            return True
        if not tokens[k][2].islower() or low in DETERMINERS or low in PREPOSITIONS:
            return False
        if not set(poslex().get(low, "")) & {"N", "J"}:
            return False  # "The towers have stood empty since …": no noun after it
    return False


def _built_subject(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` a present perfect's whose subject is a building or a room
    ("The cabins have …"), or "some"/"others" for some of the rooms an earlier clause built
    ("Many rooms have tiled floors and some have …")?"""
    if i < 2 or tokens[i - 1][2].lower() not in AUX_PERFECT_PRESENT:
        return False
    subject = tokens[i - 2][2].lower()
    if subject in PARTITIVE_PRONOUNS:
        return any(_built_like(tokens, j) for j in range(2, i - 2))
    return subject in BUILT_PARTS


def _housed_in(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the perfect at `i` what a building or room has held ("The cabins have housed
    famous guests", "The old barns have hosted weddings for decades", "Many rooms have
    balconies; others have housed royalty")? A place holding people is a state, no
    happening; not "The city has housed 300 families in hotels" (no building before it)."""
    return lemma in HOUSING_VERBS and _built_subject(tokens, i)


def _after_staying(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the word at `i` what a verb of staying links its subject to, adverbs between
    ("will remain shut", "remained fully guaranteed by", "remains cause for alarm")? Not
    after a noun "stay" or "remains" ("the human remains showed", "his stay ended")."""
    k = past_adverbs_back(tokens, i - 1)
    if k < 0:
        return False
    low = tokens[k][2].lower()
    lemma = (VERB_FORMS.get(low) or guess_form(low))[0]
    return lemma in STAYING_VERBS and is_verb_here(tokens, k)


def _felt(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """A feeling after a form of "be" or "seem" (adverbs between: "was deeply saddened"), no
    agent after it ("was impressed by the plan" is something the plan did). A perfect takes
    one ("Trade lawyers have been surprised by the verdict"): a reaction held since, the
    crowd's view of what happened, told elsewhere, not a happening of its own."""
    k = i - 1
    while k >= 0 and tokens[k][2].lower() in _DEGREE_OR_ADVERB:
        k -= 1
    after = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
    if k < 0 or tokens[k][2].lower() not in _LINKING:
        return False
    return after != "by" or tokens[k][2].lower() == "been" and _perfect_aux(tokens, k)


def _of_quality(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """A quality after a form of "be" ("The pilot was experienced", "The cost was
    staggering", "were encouraging to see"), as `_felt`; an "-ing" form with an object after
    it ("was encouraging voters") does something."""
    if not _felt(tokens, i):
        return False
    after = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
    return (
        not tokens[i][2].lower().endswith("ing")
        or not after[:1].isalpha()
        or after in _QUALITY_AFTER
    )


# words after an "-ing" quality that start no object ("was alarming to residents")
_QUALITY_AFTER = frozenset({"to", "for", "and", "but", "that", "in", "at", "as"})


_TYPE_RANK = {OTHER: 2, "statement": 1}  # every other type: 0, the most telling


# What opens a clause of its own: a coordinator or a stop ("had approached Boeing, but
# Mannion stated …"), or a subordinate clause ("has given a boost to the show, which had been
# dominated by a dispute", "As Blinken left Washington, he said …") that ends at the next
# comma ("McConnell, who has made judges a priority, said …": the saying is the main one's)
_CLAUSE_MARK = re.compile(
    r"(?P<stop>[;:]|\b(?i:"
    + "|".join(sorted(COORDINATORS | {"but"}))
    + r")\b)|(?P<comma>,)|\b(?P<opener>(?i:"
    + "|".join(sorted(SUBORDINATORS | TEMPORAL_SUBORDINATORS | {"that"}, key=len, reverse=True))
    + r"))\b"
)


def _clause_numbers(masked: str, where: list[int]) -> list[int]:
    """The clause each event's trigger (by offset) is in, numbered along the sentence: "He
    decided dogs will no longer be allowed in", "relatives already gathered at the
    centre wept", "the bag will be checked through … to 9 towns served by Orbex Air"
    are one clause each."""
    out = [0] * len(where)
    if len(where) < 2:
        return out  # the numbers only tell events apart: a lone event needs no sweep
    marks = _CLAUSE_MARK.finditer(masked)
    mark = next(marks, None)
    number, inner = 0, False
    for k in sorted(range(len(where)), key=where.__getitem__):  # one sweep along the sentence
        while mark is not None and mark.start() < where[k]:
            if mark.lastgroup in ("opener", "stop"):
                number, inner = number + 1, mark.lastgroup == "opener"
            elif inner:  # the comma that closes a clause opened inside the sentence
                number, inner = number + 1, False
            mark = next(marks, None)
        # where a clause opened by "who" or "when" ends is not marked ("pupils who were
        # hurt in the blast have told …"): each of its verbs stands alone
        out[k] = -1 - k if inner else number
    return out


# A live blog's update, opened by its time ("14.35 Heavy fog has forced divers to halt
# the search"): a lead of its own, its present perfect the news at publication
_UPDATE_STAMP = re.compile(r"\d{1,2}[.:]\d{2}\s+(?:[AP]M\s+|[ap]\.m\.\s+)?[A-Z]")


def _recent_past(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does the verb at `i` come some time before now by its own adverb ("Recently, X
    stated …", "X recently said")? Not one of another verb ("said that his defence recently
    received", "Lee, who recently caught the flu")."""
    opener = tokens[0][2].lower() in RECENT_PAST and first_finite(tokens) == i
    return opener or any(t[2].lower() in RECENT_PAST for t in tokens[max(0, i - 2) : i])


def _said_in_an_aside(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def _recent_writing(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` told by a recent writing, its subject ("a recent study reported",
    "A recent Kestrel poll found")? It came out some time before now, not on the story's
    day."""
    if i < 2 or tokens[i - 1][2].lower().removesuffix("s") not in DOCUMENT_NOUNS:
        return False
    return any(t[2].lower() == "recent" for t in tokens[max(0, i - 4) : i - 1])


def _since_then(tokens: list[tuple[int, int, str]]) -> bool:
    """Does the sentence of the perfect run from the time told before it: "Since then, the
    town has lost half its shops", "Ever since, fares have risen"? (Not "has since sold":
    told in passing, often of a later time than the paragraph's, before publication.)"""
    words = [t[2].lower() for t in tokens[:3]]
    return words[:2] == ["since", "then"] or words[:2] == ["ever", "since"] and words[2] == ","


def _undated_earlier(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
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
        if word in _CLAUSE_ENDS:
            return False
        if word == "ago":
            return lows[k - 1] in VAGUE_AGO
    return False


def _lasted_long(lows: list[str], i: int) -> bool:
    """Is the verb at `i` told as lasting weeks or years by words of its own clause, with no
    number ("fought the plan for months", "dumped waste for decades", "for over a decade")?
    Not a span of a verb after it ("accused the mayor of ignoring it for months", "warned the
    board had ignored it for years": the accusing, the warning are the story's), nor one to
    come ("for years to come"), nor what a sum pays for ("paid for years of repairs")."""
    for k in range(i + 1, min(len(lows), i + 10)):
        word = lows[k]
        if word in _CLAUSE_ENDS or word in _SPAN_STOPS or word in AUXILIARIES:
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
_CLAUSE_ENDS = frozenset({",", ";", ":", "that", "and", "but", "when", "while", "after", "before"})


def _just_now(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does "just" or "now" stand between the perfect's "has" and the verb at `i` ("has
    just been found", "have now tested negative"): done as the story is published?"""
    for k in range(i - 1, max(-1, i - 5), -1):
        word = tokens[k][2].lower()
        if word in JUST_NOW:
            return True
        if word in AUX_PERFECT_PRESENT:
            return False
    return False


def _dates_alike(e: FoundEvent, when: FoundEvent) -> bool:
    """Is `e` dated as `when` is, or on its day by its own words ("said 14,000 workers
    stopped work on Monday", said that Monday)?"""
    return e.date == when.date and (e.dating == when.dating or e.dating == "explicit")


def _relative_pluperfect(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a past perfect of a clause about a noun just named ("the ruling,
    which had found the firm liable", "a man who had fled")? Not one after "after" or
    "when" ("died in 2013 after the tumour had spread"), which tells the same happening."""
    had = next(
        (k for k in range(i - 1, max(-1, i - 5), -1) if tokens[k][2].lower() in AUX_PERFECT_PAST),
        None,
    )
    return had is not None and had > 0 and tokens[had - 1][2].lower() in RELATIVES


def _before_day(e: FoundEvent, day: str | None) -> FoundEvent:
    """`e`, told in the past perfect before publication, before the earlier `day` of its
    sentence instead ("On Monday the court overturned a ruling, which had cleared him")."""
    told, then = dates.bounds(e.date), dates.bounds(day)
    if e.dating != "before" or not told or not then or then[1] >= told[1]:
        return e
    return replace(e, date=day, start=then[0].isoformat(), end=then[1].isoformat())


def _alone(e: FoundEvent) -> FoundEvent:
    """A sentence's lone event, as `_one_per_date` gives it: its own entry, with each of its
    actors once."""
    actors = tuple(dict.fromkeys(e.actors))
    return e if actors == e.actors else replace(e, actors=actors)


def _one_per_date(
    found: list[FoundEvent],
    inside: list[bool],
    headline: AbstractSet[int] = frozenset(),
    clauses: list[int] | None = None,
    where: list[int] | None = None,
    spare: tuple[str, ...] = ("before", "after"),
    earlier: list[bool] | None = None,
) -> list[FoundEvent]:
    """One event per date of a sentence: "The publisher announced a settlement with the retailer on
    Thursday" is one happening, not a statement, a legal and a policy event; "Shopkeepers
    protested …, saying nothing was agreed": the protest says it all. The most telling type
    stays (the settlement over its announcing, anything over `other`), with every actor.
    What is said (`inside` marks it) is told by its saying's entry ("Peters said officers
    found a man injured": one entry, the saying's), unless it has a date of its own, another
    than the saying's ("said the park opened in 2003": the opening, in 2003, is an entry
    too). `headline` marks the lead's present perfect, the news at publication ("A man who
    stabbed two people last March has been jailed"): never a guess. Events with no date of
    their own are one per clause (`clauses` numbers them, `where` gives their offsets).
    `earlier` marks the verbs told in the past perfect of a clause about a noun (see
    `_relative_pluperfect`): what "had" happened comes before the
    sentence's own date, never a repeat of it ("On Monday the court overturned a ruling, which
    had cleared the mayor": the clearing too, before that Monday)."""
    rows = list(
        zip(
            found,
            inside,
            clauses or range(len(found)),
            where or range(len(found)),
            strict=True,
        )
    )
    told: list[str] = []  # actors of what is said, told by its saying's entry
    if any(e.dating == "explicit" for e in found):
        # "The studios reached a deal that ended their strike on Sept. 26": the sentence's
        # own date tells the happening; the narrative's guess for its other verb is a
        # repeat, as is an untyped verb's bound ("On November 13, the chefs are popping
        # up at the bar, serving …": not also a serving before publication; but "Smith,
        # born in 1961, has sued the council twice" is a lawsuit too, and "has lost 12
        # ships since the blockade began on Friday" is bounded by the sentence's own date)
        own = {e.date for e in found if e.dating == "explicit"}

        def guessed(e: FoundEvent) -> bool:
            if e.dating == "inferred":
                return True
            return e.dating in spare and e.type == OTHER and e.date not in own

        kept = [
            not guessed(row[0])
            or row[0].type == "statement"
            or k in headline
            or bool(earlier and earlier[k] and row[0].dating == "before" and not row[1])
            for k, row in enumerate(rows)
        ]
        if earlier and len(own) == 1:
            # … before that Monday, when it is earlier than the guess (publication)
            rows = [
                (_before_day(row[0], next(iter(own))) if earlier[k] and keep else row[0], *row[1:])
                for k, (row, keep) in enumerate(zip(rows, kept, strict=True))
            ]
        for row, keep in zip(rows, kept, strict=True):
            if row[1] and not keep:  # what is said, dropped: its actors are the saying's
                told.extend(row[0].actors)
        rows = [row for row, keep in zip(rows, kept, strict=True) if keep]
    saying = next((e for e, said, _c, _a in rows if not said and e.type == "statement"), None)
    groups: dict[tuple, list[FoundEvent]] = {}
    # events with no date of their own, by clause: (offset, said, event)
    by_clause: dict[int, list[tuple[int, bool, FoundEvent]]] = {}
    for e, said, clause, at in rows:
        if (
            said
            and saying is not None
            and e.dating == "explicit"
            and e.date == saying.date
            and saying.dating != "explicit"
        ):
            # "Officials said 14,000 workers stopped work on Wednesday to protest the cuts",
            # said that day: one entry, the protest (the more telling type) with its day
            groups.setdefault((saying.date, saying.dating, False), []).append(e)
            continue
        if said and saying is not None and (e.dating != "explicit" or e.date == saying.date):
            # "said on Thursday that since she was born in Oakland she may run": the birth
            # is not Thursday's, the saying tells it
            told.extend(e.actors)
            continue
        if e.dating != "explicit":
            # One clause, one happening, however many of its verbs guess a date: "He
            # decided dogs will no longer be allowed in" is the decision, not a decision
            # before publication and an allowing after it
            by_clause.setdefault(clause, []).append((at, said, e))
            continue
        groups.setdefault((e.date, e.dating, said), []).append(e)
    dated_by: dict[tuple, FoundEvent] = {}
    for members in by_clause.values():
        # the clause's saying dates it, else its first verb ("The State Department said
        # …" after "In a note filed by the defence": the saying's time)
        _at, said, when = next(
            (m for m in members if m[2] == saying), min(members, key=lambda m: m[0])
        )
        key = (when.date, when.dating, said)
        groups.setdefault(key, []).extend(e for _a, _s, e in members)
        dated_by.setdefault(key, when)
    out = []
    for key, group in groups.items():
        # the most telling type, told by a verb ("The mayor said Tuesday at a press
        # briefing": the saying, not the briefing a noun names)
        when = dated_by.get(key)
        # (of a clause's verbs, one its date is the guess of: "On a program that aired the
        # day Trump named him, Moore said …" is a saying, not an appointment)
        same = [e for e in group if when is None or _dates_alike(e, when)]
        best = min(
            same, key=lambda e: (e.trigger.lower() not in VERB_FORMS, _TYPE_RANK.get(e.type, 0))
        )
        extra = told if saying in group else []
        # its own actors first: a saying's speaker first ("In a letter written by Ann Lee,
        # Tom Ray said …" is Tom Ray's saying)
        actors = tuple(dict.fromkeys([*best.actors, *(a for e in group for a in e.actors), *extra]))
        # and its speaker, when a saying's noun stands for it ("At a press conference on
        # Friday, Ortiz said": the conference's entry is Ortiz's statement)
        speaker = best.speaker or next((e.speaker for e in group if e.speaker), best.speaker)
        if actors != best.actors or speaker != best.speaker:
            best = replace(best, actors=actors, speaker=speaker)
        out.append(best)
    return out

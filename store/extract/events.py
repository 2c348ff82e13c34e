"""Finding the events of a paragraph's sentences, by rule, and putting them together.

For each sentence: quoted speech is masked and the sentence cut into clauses (`clauses`), and
every verb or noun from the taxonomy, or verb the event detector (`eventspans`) says names a
happening, becomes a candidate once `verbs` says it is a verb here. Future, conditional and
negated clauses are left out of the chronology. Each event is typed (by its verb, or by its
object when the verb says little: "sent letters"), anchored in time with its reason
(`dating`), summed up in a line (`summaries`) and given its actors (`actors`, `discourse`).

A candidate that tells no happening makes no entry; the tests for that live by what they
find: `figures` (a count, a share, a record), `states` (a description, a quality, a habit),
`guesses` (a prediction, a hedge, an open question), `writers` (the writer and the site at
work), with the grammar they share in `grammar`. When a saying was made is `sayings`'s, and
the story's own clock (sequels, flashbacks, scenes, spans up to now) `story_time`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from dateline.store import dates
from dateline.store.extract.actors import ActorIndex
from dateline.store.extract.clauses import (
    after_apposition,
    after_relative_aside,
    clauses,
    describes_noun,
    nonrestrictive,
    relative,
    said_aside,
)
from dateline.store.extract.dating import (
    UPDATE_STAMP,
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
    names_happening,
    noun_on_day,
    own_dates,
    own_temporal,
    owned_by,
    pick_anchor,
    saying_from,
    set_for,
    speech_dates,
    story_year,
    told_in_past_perfect,
)
from dateline.store.extract.discourse import Discourse, PastSetting, is_recent
from dateline.store.extract.eventspans import Detected, detected_in
from dateline.store.extract.figures import (
    allotted,
    at_a_rate,
    done_by_a_happening,
    figure_told,
    measure_subject,
    period_count,
    quantity_within,
    ranked_over,
    ranked_since,
    reckoned,
    result_disclosed,
    running_total,
    share_follows,
    source_cited,
    statistic,
    story_told,
    tally,
    thousands_follows,
    thousands_subject,
    told_by_a_thing,
    toll_of_the_dead,
    trend_subject,
)
from dateline.store.extract.grammar import (
    CAME_AFTER,
    DETERMINER,
    DOCUMENT,
    HAPPENING_NOUNS,
    IN_WAKE_OF,
    OPENS_WITH,
    OWN_CLAUSE,
    future_between,
    in_any,
    is_passive,
    next_is,
    passive_without_agent,
    to_verb,
    word_before,
)
from dateline.store.extract.guesses import (
    expected_back,
    forecast_date,
    foretold,
    guessed_future,
    hedged_past,
    left_open,
    looks_ahead,
    past_plan,
    stands_to_gain,
    to_be_after,
)
from dateline.store.extract.lexicon import (
    ADVERBS,
    ARTICLES_AND_POSSESSIVES,
    AUX_BE_PAST,
    AUX_BE_PRESENT,
    AUX_PERFECT_PAST,
    AUXILIARIES,
    BEING_TO,
    BYLINE_VERBS,
    CANCELLING,
    CAPACITY_VERBS,
    CHARACTERISING,
    CLAIMED,
    COMING_BACK,
    CONFINEMENT,
    COORDINATORS,
    COUNTING_NOUNS,
    DETERMINERS,
    DISCLOSING,
    DRAWING_VERBS,
    DUTY_VERBS,
    DYING_VERBS,
    FEELINGS,
    FIGURE_MOVES,
    FILMED_THINGS,
    FINITE_AUX,
    FOLLOWING_VERBS,
    FORECAST_VERBS,
    FRAMING_IT,
    FREQUENCY,
    FUNCTION_WORDS,
    GOING_ON,
    HABIT_OPENERS,
    HAVING_ON,
    HEARSAY,
    HEDGES,
    INSTITUTIONS,
    INTENDING,
    KEEPING_VERBS,
    MARKET_DIRECTIONS,
    MEASURE_NOUNS,
    MONEY_SIGN_CHARS,
    NAMING_VERBS,
    NARRATED_SAYINGS,
    NEGATIONS,
    NEWEST,
    OCCASIONS,
    OCCURRED_WHEN_PASSIVE,
    OFFERING_VERBS,
    ORDINALS,
    OUR_WORDS,
    OWN_COVERAGE,
    PARTICLE_OBJECTS,
    PLACED_PARTICIPLES,
    POSSESSIVE_ENDINGS,
    POSSIBILITY_MODALS,
    POST_VERBS,
    PREDICTING,
    PREDICTING_ADVERBS,
    PREPOSITIONS,
    PREVENTING,
    PRIOR_WORK,
    PUTTING_AT,
    QUALITIES,
    QUOTE_FRAMING_VERBS,
    REACTIONS,
    READ_ON_TAILS,
    REBUFFING_VERBS,
    RECKONINGS,
    REFUSING,
    REPEATING,
    RESCHEDULING,
    RULING_NOUNS,
    RUNNING_VERBS,
    RUNNING_WORDS,
    SAYING_MEDIA,
    SCHEDULING_VERBS,
    SEEMING,
    SEEMING_TO,
    SELF_EDITS,
    SETTLED_IF_DENIED,
    SPEECH_WITHOUT_OBJECT,
    SPOKEN_TO_VERBS,
    STANCE_VERBS,
    STATES,
    STATES_WITH,
    STATIVE_VERBS,
    STAYING_VERBS,
    SUBORDINATORS,
    SUPPOSING,
    TASK_NOUNS,
    TEMPORAL_SUBORDINATORS,
    TENDING_VERBS,
    TOLD_EARLIER,
    TREND_COUNTS,
    TREND_UNITS,
    TREND_WORDS,
    UNSETTLED,
    URGINGS,
    VERDICT_WORDS,
    WEAPONS,
    WHAT_SUBJECTS,
    WRITER_SUBJECTS,
    WRITER_TASKS,
)
from dateline.store.extract.sayings import (
    Report,
    answered,
    at_occasion,
    case_made,
    commented,
    condition_day,
    expert_comment,
    last_heard,
    quoted_on,
    refuses_to_speak,
    ruling_lead,
    said_at_occasion,
    said_by_pronoun,
    said_by_writing,
    said_in_an_aside,
    said_on_scene,
    said_to_the_paper,
    saying_aside,
    spoken_lead,
    spoken_what,
    to_speak,
    told_a_person,
    told_another_outlet,
    which_medium,
    within_saying,
)
from dateline.store.extract.sentence import (
    FoundEvent,
    Reading,
    Sentence,
    words_of,
)
from dateline.store.extract.states import (
    adjective_before_noun,
    after_adjective,
    after_staying,
    aim_told,
    apposed_relative,
    apposition,
    as_told,
    built_like,
    claimed_of_it,
    contact_relative,
    described_by_charge,
    described_there,
    describing,
    every_time,
    felt,
    framing_it,
    graded,
    grown_into,
    had_on,
    held_aside,
    held_participle,
    housed_in,
    joined_to_habit,
    kept_as,
    kept_so,
    left_over,
    long_held,
    names_a_noun,
    of_quality,
    on_a_schedule,
    participle_follows,
    passive_to,
    points_in_text,
    proposal_content,
    ranked_by_copula,
    relative_perfect,
    seemed,
    seen_as,
    stands_for,
    task_named,
    tended_by,
    to_a_state,
    undergone,
    when_present,
    with_absolute,
)
from dateline.store.extract.story_time import (
    after_clause_verb,
    at_the_same_time,
    background_apart,
    background_aside,
    been_since,
    before_doing,
    before_the_sequel,
    came_after,
    compared_with,
    counted_gap,
    date_heading,
    dated_nouns,
    days_before,
    done_at_scene,
    figure_compared,
    first_due,
    first_schedule,
    flashback,
    fronted_after,
    gapped_dates,
    gone_back,
    happening_lead,
    in_game,
    in_scene,
    in_since_clause,
    interrupted,
    just_now,
    lasted_long,
    long_before,
    moved_to,
    named_past,
    near_happening,
    near_told,
    news_under_way,
    nowadays,
    past_span_start,
    perfect_main_clause,
    recent_past,
    recent_writing,
    relative_pluperfect,
    relatives_own_time,
    remember_happenings,
    remember_scenes,
    scene_mentioned,
    scene_retold,
    season_of_a_thing,
    sequel_after,
    since_after,
    since_of_later_verb,
    since_then,
    some_time_later,
    takes_up,
    tells_background,
    tells_play,
    time_passed,
    time_told,
    told_as_past,
    told_happening_subject,
    undated_earlier,
    when_of,
    when_then,
    writing_tells,
)
from dateline.store.extract.taxonomy import (
    GENERIC_VERBS,
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
    by_first_letter,
)
from dateline.store.extract.verbs import (
    EVENTIVE,
    VERB_FORMS,
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
    ly_adverb,
    no_object,
    noun_next,
    participle_form,
    perfect_participle,
    pluperfect,
    repeated,
    to_the_reader,
    under_way,
    verb_form,
    what_subject,
)
from dateline.store.extract.writers import (
    byline,
    in_link,
    opened_by_writer,
    own_coverage,
    self_edit_note,
    staff_subject,
    told_earlier,
    writer_does,
    writer_opines,
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
    after = [w.lower() for _s, _e, w in tokens[i + 1 : i + 5]]
    if after and ly_adverb(after[0]):
        after = after[1:]
    if len(after) > 2 and after[0][:1].isdigit() and after[1] in ("percent", "%", "points"):
        # "closed 2 percent lower", "ended 40 points higher"
        return "financial" if after[2] in ("higher", "lower") else None
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


# The lead's news in the present perfect, in the clause an "after" clause follows ("A man has
# been charged with murder after …", "Two firms have merged after …"; not "the crimes he might
# have committed"): what the "after" clause tells came before it
_NEWS_PERFECT = re.compile(
    r"(?<!\bmight\s)(?<!\bmay\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bmust\s)"
    r"\b(?:has|have)\s+(?:(?:been|already|now|just|finally)\s+)*[a-z]+(?:ed|en|wn|un|ld)\b"
    r"[^,;:]*$",
    re.IGNORECASE,
)


def _charged_with(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is "charge" at `i` an accusation: "with" within its next five words and no sum
    before it ("charged him with murder"), or a passive with no sum after it ("was charged
    on Monday", not "was charged $40")?"""
    for word in lows[i + 1 : i + 6]:
        if word == "with":
            return True
        if word[:1].isdigit() or word in MONEY_SIGN_CHARS:
            return False
    after = lows[i + 1] if i + 1 < len(lows) else ""  # (a sum there returned above)
    arrested = "arrested" in lows[max(0, i - 8) : i]  # "was arrested and charged on Monday"
    return (is_passive(tokens, i) or arrested) and after not in _RUSHED_AT


_RUSHED_AT = frozenset({"into", "at", "toward", "towards", "for"})  # "the bull charged into …"


_YEAR_IN = re.compile(r"\b\d{4}\b")
# verbs of putting a thing off (not "bring", "move", "push", which carry other senses:
# "last year's movement, which brought millions to the streets")
_PUTTING_OFF = frozenset({"postpone", "delay", "defer", "reschedule"})
# A sentence opened by its date alone, set off by a comma: "On March 3, the founders
# announced …" dates the saying (not "Starting with a rally on May 1, the group said …")
_FRONTED_DATE = re.compile(r"\W*(?:(?:But|And|Then)\s+)?(?:[Oo]n|[Ii]n|[Bb]y)\s+[^,;:]{1,30},")


# Verbs of deciding whose infinitive tells what was decided: "agreed to buy Northgas" is the
# purchase agreed, an acquisition; "voted to approve the budget", "moved to sell its stake"
_DECIDING = frozenset({"agree", "vote", "move", "decide"})


def _agreed_to(lows: list[str], i: int, lemma: str) -> str | None:
    """The type of the infinitive a verb of deciding takes ("agreed on Monday to buy" too),
    if the verb table types it and it is no saying."""
    if lemma not in _DECIDING:
        return None
    k = i + 1
    while k < len(lows) and lows[k] != "to" and k < i + 4 and lows[k].isalpha():
        k += 1  # "agreed on Monday to buy": a time between
    if k + 1 >= len(lows) or lows[k] != "to":
        return None
    verb = VERB_FORMS.get(lows[k + 1])
    kind = VERB_TYPE.get(verb[0]) if verb and verb[1] == "base" else None
    return kind if kind not in (None, "statement") and verb[0] not in GENERIC_VERBS else None


def _kept_state(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the participle at `i` the state a verb of staying keeps ("The country remains
    committed to peace", "The gates stayed locked")?"""
    k = i - 1
    while k > 0 and lows[k] in ADVERBS:
        k -= 1
    return (
        verb_form(lows[k])[0] in STAYING_VERBS
        and participle_follows(tokens, k)
        # a participle, not a past ("The human remains showed signs of burning": "shown")
        and participle_form(lows[i], verb_form(lows[i])[0])
    )


def _role_taken(lows: list[str], k: int) -> bool:
    """After "took over", does word `k` open no object ("took over as chief", "took over
    from Lee", "took over on Monday", "took over.")? Then a post was taken, not a company."""
    word = lows[k] if k < len(lows) else "."
    return word in _ROLE_WORDS or not word.isalpha()


_ROLE_WORDS = frozenset({"as", "from", "on", "in", "at", "after", "when", "last", "this"})


# Adverbs right before a past verb that put it after the time its sentence names elsewhere
_LATER_WORDS = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually"})


def _verdict_follows(lows: list[str], i: int) -> bool:
    """Is a verdict's word (`VERDICT_WORDS`) the verb's complement, within its next four
    words ("found guilty", "found him not guilty", "held the editor in contempt")?"""
    for word in lows[i + 1 : i + 5]:
        if word in VERDICT_WORDS:
            return True
        if not word.isalpha():
            return False
    return False


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
    heading, mistaken = date_heading(text, ordered)
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
    carried_then = False  # … or the past the paragraph before closed in?
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
            and (then.opened or takes_up(sent, then.nouns))
        ):
            # "The loss recalls the 2009 sinking of the Orvado, which drowned 40. ¶ In the
            # sinking, the crew had ignored a storm warning.": an undated paragraph that
            # goes on about the past happening the last one told of goes on in its time, not
            # at the story's; so does one after a paragraph set in that past by its opening
            # ("In 1958, the two banks merged. ¶ The new bank closed 40 branches.")
            narrative, set_here, carried_then = Narrative(then.value, "inferred"), True, True
        if heard_at and _OCCASION.search(sent.masked):
            heard_at = None  # "In an interview, Cole said …": another occasion, and on
        if carried and (
            sent.calendar or _OCCASION.search(sent.masked) or k == 0 and not said_by_pronoun(sent)
        ):
            carried = None  # dated anew, or a speaker named again: no longer that quote
        if at_scene and (sent.calendar or _OCCASION.search(sent.masked)):
            at_scene = None  # dated anew, or another occasion
        report = Report(discourse, said=heard_at or carried)  # when its sayings were made
        if at_scene and said_by_pronoun(sent):
            report = Report(told=Narrative(at_scene, "inferred"))  # "“…,” she said": there
        to_the_paper = (
            said_to_the_paper(sent.masked)
            and not told_a_person(sent, discourse)
            or expert_comment(sent.masked)
        ) and not told_another_outlet(sent, report)
        if to_the_paper or refuses_to_speak(sent):
            # "said in a phone interview", "declined to comment": for the paper, at
            # publication, or on the day the story says the speaker talked ("Lee said
            # yesterday …" … "“…,” Lee told the Gazette")
            report = Report(heard_on=discourse.said_on)
        if discourse.told and (
            _POINTER.match(sent.masked)
            or "time" in sent.masked
            and _AT_THE_TIME.search(sent.masked)
        ):
            # "Then, the Church accused …", "At the time, Martin warned …": the time of the
            # story's last dated sentence, even from the paragraph before, for sayings too
            narrative = Narrative(discourse.told, "inferred")
            report = Report(told=narrative)
        told_at, sequel = narrative, False
        near = near_happening(sent, discourse) if discourse.happened else None
        if near:  # "the morning after it sank": no morning of its own, the sinking's
            sent.calendar = [t for t in sent.calendar if not near[3] <= t.start < near[4]]
        # a life story, read once: the narrative for the next sentences asks again below
        background = bool(dct_value and not sent.calendar and tells_background(sent.masked))
        if background or dct_value and not sent.calendar and background_aside(sent.masked):
            # "She received her degree in nursing", "The arena underwent a $5 million refit"
            told_at = Narrative(dct_value, "before")
        elif (
            discourse.told
            and not sent.calendar
            and (
                _SEQUEL.match(sent.masked)
                or some_time_later(sent.masked)
                or (sequel := sequel_after(sent, discourse))
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
            if sequel or some_time_later(sent.masked):
                # … its sayings too ("Some weeks later, a student wrote a guide to it",
                # "Rivals quickly claimed she knew": not at publication; a bare "Later, Lee
                # said" is more often that same day)
                report = Report(told=told_at)
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
            and not (set_here and long_before(narrative.value, dct_value))
        ):
            # (not amid a past the paragraph dated: "In the 2009 crash, … The flight's
            # autopilot had failed" is that crash's flight, not the one the story is about)
            scene = scene_mentioned(sent.masked) or scene_retold(sent.tokens)
            day = discourse.scenes.get(scene) if scene else None
            if day:  # "About 50,000 people watched the maiden flight": the flight's day
                told_at = Narrative(day, "inferred")
        if (
            dct_value
            and not sent.calendar
            and told_at.dating == "inferred"
            and told_at.value != dct_value
            and dates.DAY.match(told_at.value or "")
            and perfect_main_clause(sent.tokens)
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
            events = near_told(events, near, dct_value)
        elif discourse.scenes and not sent.calendar:
            events = in_scene(
                sent.masked, events, discourse.scenes, dct_value, sent.reported_spans()
            )
        events = said_by_writing(sent, events, discourse, dct_value)
        if len(sent.calendar) > 1 and events:
            events = gapped_dates(sent.masked, sent.calendar, events)
        if events and not sent.calendar:
            events = been_since(sent.masked, events, dct_value)
            if discourse.scenes:
                events = done_at_scene(events, discourse.scenes, dct_value)
        if discourse.told and tells_play(sent.masked):
            events = in_game(events, discourse.told, dct_value)
        said_on = [
            e for e in events if e.type == "statement" and e.dating == "explicit" and e.date
        ]  # looked for first: few sentences date a saying, and the occasion's search is slow
        if said_on and _OCCASION.search(sent.masked):  # "told a news conference on Thursday":
            # later sayings of its speakers were made there, that day ("Speaking at a press
            # conference on Friday, Ortiz said …": the conference's day, the saying's speaker)
            speakers = tuple(a for e in events if e.type == "statement" for a in e.actors)
            for e in said_on:
                discourse.offer_setting(e.date, speakers)
            events = said_at_occasion(events, said_on[0])
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
            events = said_on_scene(events, discourse, dct_value)
        heard_at = last_heard(sent, events, heard_at, discourse, dct_value)
        if not said_on and (scene := at_occasion(sent, events, dct_value)):
            # "At a June 24 hearing, Rep. Ann Lowe pushed for a faster return. “…,” she said":
            # she spoke there, that day, as she goes on in the paragraph
            heard_at, at_scene = scene, scene[0]
        elif at_scene and not said_by_pronoun(sent) and any(e.type == "statement" for e in events):
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
            narrative, set_here, carried_then = base, False, False
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
            remember_scenes(sent.masked, events, lead, discourse)
        # a caption's "Reid vanished on Saturday, October 12, 2013" dates the vanishing too
        remember_happenings(events, discourse)
        # Narrative time for the following sentences of this paragraph; not a birth date
        # ("She was born in 1968. She attended law school…": not in 1968).
        births = {e.date for e in events if e.type == "birth"}
        if sent.calendar and anchor_value(sent.calendar[-1]) in births:
            pass
        elif sent.calendar and all(first_due(sent.masked, t) for t in sent.calendar):
            pass  # "The hearing, scheduled for Friday, was postponed": the hearing's day,
            # not the time the story has come to
        elif (
            sent.calendar
            and flashback(sent.masked, sent.calendar[-1].end)
            and not writing_tells(sent)
        ):
            pass  # "On Tuesday, the leader had alleged …": a past before the story's, not
            # the time the next sentences tell
        elif (
            sent.calendar
            and (told_time := time_told(sent))
            # not a happening's year in a sentence told now ("Looking back at the 2003
            # drought, the farmer says …": what follows is not set in 2003)
            and not (
                names_happening(sent.masked, told_time)
                and any(e.date == dct_value and e.dating == "inferred" for e in events)
            )
            and (
                _YEAR_OR_FINER.match(told := anchor_value(told_time))
                or _SET_IN_DECADE.search(sent.masked, max(0, told_time.start - 40), told_time.start)
                and sent.masked[told_time.end : told_time.end + 1] == ","
            )
        ):
            # not a decade ("compared with the 1950s"): too coarse to place what follows,
            # unless it sets the scene in a phrase of its own ("Back in the '70s, Lee …")
            told = told_as_past(told_time, events, dct_value) or told
            # "After the 2008 crash, banks hoarded cash. Lenders cut credit lines.": what
            # follows a fronted "after" phrase goes on after its time, not at it
            after = fronted_after(sent.masked, told_time)
            narrative = Narrative(told, "after" if after else "inferred")
            set_here, told_of = True, dated_nouns(sent.masked, told_time)
            carried_then = False
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
                    happening_lead(sent.masked, events, first_day),
                    spoken_lead(sent.masked, events, first_day),
                    ruling_lead(sent, events, first_day),
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
    if lead and discourse.in_story and not discourse.archive:
        discourse.archive = _ARCHIVE.search(text) is not None
    if lead and discourse.in_story and not discourse.lead_told:
        # (not news told as a past: "The Senate has approved Judge Lee. ¶ Lee was named to
        # the bench over objections", "The ferry hearing was postponed. ¶ The harbour
        # concert was cancelled" tell that news on, or more news of the day)
        discourse.lead_told = any(
            e.type != "statement" and e.dating == "inferred" and news_under_way(sent, e.trigger)
            for first, last, sent in spans
            for e in found[first:last]
        )
    if set_here and discourse.in_story and long_before(narrative.value, dct_value):
        # the paragraph closed in a past of its own, told on past its dated sentence
        # (not a year in passing: "Lee said the 1991 deal still binds Acme"): with the
        # happening it was told by, for the next one; or set there by its opening ("In
        # 1958, …"), for the next one whatever it goes on about
        opener = bool(opened and year_now == opened and narrative.value[:4] == opened)
        told_on = any(e.dating == "inferred" and e.date == narrative.value for e in found)
        if told_on and told_of or opener:
            discourse.setting_then = PastSetting(narrative.value, told_of, opener)
        elif carried_then and told_on and then and narrative.value == then.value:
            # "In June 1974, a spark set the docks alight. ¶ The blaze spread. ¶ Firefighters
            # fought it for two days.": an undated paragraph told on in that past passes it
            # on, as its opening did, till a paragraph dates itself anew or leaves it
            discourse.setting_then = then
    if opened and year_now == opened and discourse.in_story:
        discourse.story_year = opened
    if heading is None and dct_value:
        found = before_the_sequel(found, spans, dct_value)
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


# a decade put before the clause it sets ("In the 1960s, …", "…, back in the '70s, Lee
# …"), in a phrase of its own: the opening of the sentence or after a comma
_SET_IN_DECADE = re.compile(
    r"(?:^|,)\s*(?:(?:back|way\s+back)\s+)?(?:in|during|throughout)\s+(?:the\s+)?"
    r"(?:(?:early|late|mid)[\s-]*)?$",
    re.IGNORECASE,
)


# A superlative tally: "has made the most trips of any rival", "has dropped in
# most frequently", "more often than any other carrier" (not "has become the most valuable
# company": a change).
_RECORD = re.compile(
    r"\b(?:the most \w+s|most (?:often|frequently)|(?:more|fewer) \w+ than any)\b",
    re.IGNORECASE,
)


# the time up to now: "within the past few days", "over the last week", "in recent weeks"
_LATELY = re.compile(
    r"\b(?:within|in|over|during)\s+(?:the\s+(?:past|last)|recent)\s+"
    r"(?:(?:few|several|couple\s+of|[a-z]+)\s+)?(?:days?|weeks?|months?)\b",
    re.IGNORECASE,
)
_LATELY_WORDS = ("past", "last", "recent")  # one is in every `_LATELY`: looked for first


_MONTH_OR_DAY = re.compile(r"^\d{4}-\d\d\b")  # "2023-11", "2023-11-08"; not "2023-Q3"
_RECORD_WORDS = ("most", "than any")  # one is in every `_RECORD`: looked for first


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


_YEAR_OR_FINER = re.compile(r"^\d{4}")
# "fired two missiles at", "fired on the crowd": an attack, not a dismissal
_FIRED_AT = re.compile(
    r"\s+(?:(?:at|on|into|upon)\b|(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(WEAPONS)) + r")\b)",
    re.IGNORECASE,
)
_YEAR_SPAN = re.compile(r"\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:year|decade)\b", re.I)
# "grew over time", "Over the years, the council has taken small steps": what came about
# bit by bit, a trend, not a happening of its own
# (not a noun's "time": "a row over time limits")
_OVER_TIME = re.compile(
    r"\bover\s+(?:time|the\s+(?:years|decades|centuries))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|or|as|to|into|in|with|until|before)\b)",
    re.I,
)
_TREND_SPAN = re.compile(  # ("For the past five years she has baked bread": a habit too)
    r"\b(?:in|over|during|across|for)\s+(?:the\s+(?:last|past)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(TREND_UNITS))
    + r")|recent\s+(?:"
    + "|".join(sorted(TREND_UNITS))
    + r"))\b",
    re.IGNORECASE,
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
# where a saying's occasion stands: "told the AP in an August interview", "said during a
# Monday briefing" (not "Gray, author of a 2017 article, argued": the article is no occasion)
_IN_MEDIUM = re.compile(
    rf"\b(?:in|during|at|on|via|through)\s+(?:(?:{DETERMINER})\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_MEDIUM = re.compile(r"\s+(?:" + "|".join(map(re.escape, SAYING_MEDIA)) + r")\b", re.IGNORECASE)
_PRIOR_WORK = re.compile(rf"\b{PRIOR_WORK}\b", re.IGNORECASE)


_AS_OF = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
# a read-on link at a paragraph's end, after a sentence's end or an ellipsis (not "urged
# voters to read more.")
_READ_ON = re.compile(
    r"(?:[.…!?:|»\-–—]|^)\s*(?:" + "|".join(map(re.escape, READ_ON_TAILS)) + r")\W*$",
    re.IGNORECASE,
)
_READ_ON_WORDS = tuple(tail.lower() for tail in READ_ON_TAILS)  # one is in every `_READ_ON`


def _teaser(text: str) -> bool:
    """Does the paragraph end with a read-on link ("… READ THE REST", "… Continue reading")?
    Then it is a teaser of another article, a page's pointer, not this story's. (Its words
    are looked for first: the pattern is tried at every position of every paragraph.)"""
    return may_hold(text, _READ_ON_WORDS) and bool(_READ_ON.search(text))


_OCCASION = re.compile(r"\b(?:" + "|".join(map(re.escape, OCCASIONS)) + r")\b", re.IGNORECASE)
_AT_THE_SCENE = re.compile(r"\b(?:at|on|from) the scene\b", re.IGNORECASE)


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


# A date a move of a figure is news on: a day, a week or a month ("fell to 4% in May")
_SHORT_PERIOD = re.compile(r"^\d{4}-(?:\d\d|W\d)")


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


# "following the 2011 war", "in the wake of the 2008 crash": a phrase of what came before
# (not "the following year", "the following March")
_IN_THE_WAKE = re.compile(
    r"(?<!\bthe )\b(?:[Ff]ollowing|" + IN_WAKE_OF + r")\s+(?:[\w’'-]+\s+){0,4}$"
)


# "until", "till" right before a time ("until Friday", "until at least March", "until
# the end of May")
_UNTIL = re.compile(
    r"\b(?:until|till|through)\s+(?:at\s+least\s+|(?:the\s+)?(?:end|middle)\s+of\s+)?$",
    re.IGNORECASE,
)
# a denied verb before the "until": "did not reopen until May" (it reopened then)
_NOT_UNTIL = re.compile(r"\b(?:not|never|n[’']t)\b[^,;.]*\b(?:until|till)\b", re.IGNORECASE)


_UNSETTLING = UNSETTLED | SETTLED_IF_DENIED  # words `left_open` needs, one union for all
_NEVER_UNKNOWN_VERBS = FUNCTION_WORDS | DETERMINERS  # no verb the table leaves out


class _Shape(NamedTuple):
    """What `_sentence_events` reads of a quote-masked sentence's words alone (`_shape`)."""

    strong: tuple[tuple[int, int], ...]  # its clauses, cut without commas (`clauses`)
    narrow: tuple[tuple[int, int], ...]  # … and with them
    order: int | None  # `imperative`
    verbs: tuple[tuple[str, str] | None, ...]  # each token's (lemma, form) as a verb, or None


@lru_cache(maxsize=4096)
def _shape(masked: str) -> _Shape:
    """The clauses of a quote-masked sentence, whether it gives an order, and each token's
    (lemma, form) where the sentence may use it as a verb, else None (the tests that read
    only the token and its neighbours, before any that asks about the sentence's dates or
    the story). Of the text alone, so read once for the copies of a sentence that wire
    copies and boilerplate repeat across the articles of an import."""
    words = words_of(masked)
    tokens, lows = list(words[0]), list(words[1])  # as a `Sentence` has them
    strong, narrow = clauses(tokens, lows)
    links = "/" in masked  # every web address `in_link` knows holds a slash
    out: list[tuple[str, str] | None] = []
    for i, low in enumerate(lows):
        out.append(None)
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
        if not is_verb_here(tokens, i, lows) or links and in_link(masked, tokens[i][0]):
            continue  # "…/posts/2800": a word of a web address, no verb
        if not known and detected_in(masked).cls(tokens[i][0]) not in EVENTIVE:
            continue  # not a happening the detector knows
        lemma, form = VERB_FORMS[low] if known else guess_form(low)
        if form == "s" and i and after_adjective(tokens, i):
            continue  # "handy tools like sticky notes", "fresh claims": a noun
        out[i] = (lemma, form)
    return _Shape(tuple(strong), tuple(narrow), imperative(tokens), tuple(out))


# papers from the past made public, in a lead: "newly released files show", "previously
# unseen papers reveal", "official papers from 1986 released by the National Archives",
# "declassified cables show"
_ARCHIVE = re.compile(
    r"\b(?:released|unseen|declassified)\s+(?:\w+\s+){0,2}?(?:files|papers|documents|cables|"
    r"records|memos|archives)\s+(?:show|showed|reveal|revealed|disclose|disclosed)\b|"
    r"\bpapers\s+from\s+\d{4}\s+released\b",
    re.IGNORECASE,
)
# a speaker named by a post held then: "the then prime minister", "then-Governor Hill"
_THEN_TITLE = re.compile(r"\b(?:[Tt]he\s+then[\s-]+[a-z]|[Tt]hen-[A-Z])")
_THEN_WORDS = ("then ", "then-")


def _sentence_events(
    sent: Sentence,
    narrative: Narrative,
    dct_value: str | None,
    report: Report,
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
            and dct_value
            and anchor is None
            and may_hold(sent.masked, _THEN_WORDS)
            and _THEN_TITLE.search(sent.masked, 0, sent.tokens[i][0])
        ):
            # "The then prime minister said the exam would fail": said when they held the
            # post, in the past the story narrates if it is long gone, else before now
            context = (
                narrative
                if narrative.dating in ("explicit", "inferred")
                and long_before(narrative.value, dct_value)
                else Narrative(dct_value, "before")
            )
        if (
            context is not narrative
            and narrative.value
            and narrative.dating in ("explicit", "inferred")
            and aspect == "past"
            and is_passive(sent.tokens, i)
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
            and long_before(narrative.value, dct_value)
        ):
            # "With the 2001 crash, the boom ended. 'The party is over,' declared the
            # minister": a saying told amid a past the paragraph narrates was made then, not
            # as the story is published
            context = narrative
        if aspect == "now":  # under way as the story is published, whatever it narrates
            aspect, context, now = "past", Narrative(), True
        stamped = UPDATE_STAMP.match(sent.masked) is not None
        if (
            (lead_news or lemma in REPORTING_VERBS or stamped)
            and aspect == "perfect"
            and anchor is None
            and dct_value
            and main_clause
            and not is_iterated(sent.tokens)  # read only here, where it can matter
            and not (had and pluperfect(sent.tokens, i))
            # (not "The storm hit on Friday. Since then, the town has lost its pier": a
            # process since the time told, after it, lead or not)
            and not (narrative.value and narrative.value != dct_value and since_then(sent.tokens))
        ):
            # "Boeing has unveiled its 787" in the lead, "Airbus has said it will …"
            # anywhere: the news, at publication (not "had bought": before the story)
            aspect = "past"
            context = Narrative()
            news_of_the_day = lead_news and lemma not in REPORTING_VERBS
            now = stamped
        if aspect == "perfect" and anchor is None and not (had and pluperfect(sent.tokens, i)):
            # "Pelosi has objected to it": before now, not before the time the
            # paragraph narrates ("had objected" is before that)
            context = Narrative()
            now = just_now(sent.tokens, i)
            if now:
                aspect = "past"  # "A body has just been found": the news, at publication
        news = lead_news or lemma in REPORTING_VERBS or now
        if news and anchor is None and told_past and recent_past(sent.tokens, i):
            context, news = Narrative(), False  # "Recently, X stated …": before publication
        if news and anchor is None and told_past and said_in_an_aside(sent.tokens, i):
            context, news = Narrative(), False  # "Ruiz, who said …, lost the seat": before
        if anchor is None and told_past and recent_writing(sent.tokens, i):
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
            and undated_earlier(sent.tokens, sent.lows, i)
        ):
            context, news = Narrative(), False  # "closed it weeks ago": before publication
        if (
            anchor is None
            and told_past
            and lemma not in REPORTING_VERBS  # "claimed the board ignored it for years"
            and not (had and pluperfect(sent.tokens, i))
            and "for" in words  # (every span `lasted_long` reads opens with it)
            and lasted_long(sent.lows, i)
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
            and (day := condition_day(sent, i, dct_value))
        ):
            # "A hospital spokesman said the diver was in fair condition on Sunday afternoon":
            # said that Sunday, when the state it reports held
            value, dating = day, "inferred"
        if (
            anchor is None
            and told_past
            and context.value
            and context.value == report.sayings_time()
            and (ruled := case_made(sent, i, lemma, report))
            and context.value == ruled
        ):
            # "On Thursday the appeals court ruled the landlord liable. … The landlord argued
            # it owed nothing": argued in the case, before the decision, not on its day
            value, dating = ruled, "before"
        if (
            anchor is None
            and aspect in ("past", "perfect")
            and dct_value
            and not (had and pluperfect(sent.tokens, i))
            and (since := past_span_start(sent.masked, span, dct_value))
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
            and since_then(sent.tokens)
        ):
            # "The mill closed in May 1998. Since then, the town has lost half its shops":
            # a process since the time the paragraph told, only after it
            value, dating = narrative.value, "after"
        if dating == "before" and anchor is not None and when_then(sent, anchor, i):
            dating = "explicit"  # "open until May 2010, when the owner sold it": then
        if anchor is None and value and dates.DAY.match(value) and dating in ("before", "inferred"):
            days = days_before(sent.masked, sent.tokens[i][1])
            if days:
                # "Rangers arrested him on Thursday. He had set the traps the night before",
                # "… left via the border post on the two previous days": the day(s) just
                # before the one the story narrates, not only some time before it
                last = date.fromisoformat(value) - timedelta(days=1)
                first = last - timedelta(days=days - 1)
                value = last.isoformat() if days == 1 else f"{first.isoformat()}/{last.isoformat()}"
                dating = "inferred"
        if aspect in ("past", "perfect") and (gap := came_after(sent.masked, sent.tokens[i][0])):
            come_at, count, unit = gap
            # "The fine comes two weeks after Kerr received a ban", "The remarks Tuesday came
            # some days after a petition pressed …": the earlier happening lies that long before the
            # time of what comes (its own date, else the story's), not at it; before an
            # undated past "came", only before publication
            before = [t for t in sent.calendar if t.end <= come_at]
            if anchor is None or before and anchor.start == before[-1].start:
                told = anchor_value(before[-1]) if before else narrative.value
                if not before and narrative.dating not in ("explicit", "inferred"):
                    told = dct_value
                    if sent.masked.startswith("came", come_at):
                        count = None
                value, dating = gone_back(told, count, unit)
                if before and dating == "inferred" and not before[-1].mod:
                    # "ordered a ban on Thursday, a day after officials confirmed a death":
                    # counted back from the day the sentence gives, a day the text tells
                    dating = "explicit"
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
            and within_saying(sent, where[seen[key]], i)
        ):
            # "The hunters claimed that Ray was alive and, on the way, Ray told them he was
            # cold": Ray's telling is what the hunters claimed, and "Organizers of the march
            # acknowledged that Acme paid for the buses and said …" goes on with their
            # saying: the entry keeps its speaker (unnamed) and its actors (not Ray nor Acme)
            return
        more = sent.event_actors(i, lemma)
        actors = tuple(dict.fromkeys(kept.actors + more))
        if interrupted(sent.tokens, where[seen[key]], i):
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
    if (
        ours
        and not words.isdisjoint(OWN_COVERAGE)
        and any(
            own_coverage(tokens, k) and is_verb_here(tokens, k, lows) for k in range(1, len(tokens))
        )
    ):
        # "That is all from our live updates tonight; we return at dawn as the search goes on":
        # the site's sign-off, all of it, none of its clauses a happening of the story
        return found
    if not quoting and "as" in words and not words.isdisjoint(TOLD_EARLIER) and told_earlier(lows):
        # "11.40 As we reported earlier, divers pulled two more bodies from the lake": a
        # live blog retelling its earlier update, whose entry already tells the finding
        return found
    writer = not quoting and not words.isdisjoint(WRITER_SUBJECTS)
    if writer and writer_opines(tokens, lows):
        return found  # "I really do think the city dodged a bullet here": the writer's view
    writers_sentence = writer and opened_by_writer(tokens, lows)
    unsettled = not words.isdisjoint(_UNSETTLING)
    hedged = not words.isdisjoint(HEDGES)  # "probably", "likely": `hedged_past` needs one
    # … and so do the tests that walk back from each verb for a word of their own
    had = not words.isdisjoint(AUX_PERFECT_PAST)  # "had", "'d": every past perfect has one
    often = not words.isdisjoint(FREQUENCY)  # `frequent`: "often found"
    again = not words.isdisjoint(REPEATING)  # `repeated`: "has repeatedly criticised"
    you = any(w.startswith("you") for w in words)  # `to_the_reader`: "you", "you've"
    whats = not words.isdisjoint(WHAT_SUBJECTS)  # `what_subject`: "what went wrong"
    who_that = "who" in words or "that" in words  # `generic_subject`: "everyone who helped"
    counting = "of" in words and not words.isdisjoint(COUNTING_NOUNS)  # "the number of"
    # `trend_subject`: "a growing number of"
    trending = not words.isdisjoint(TREND_WORDS) and not words.isdisjoint(TREND_COUNTS)
    every = "every" in words  # `at_a_rate`: "every two years"
    running = any(a in words and b in words for a, b in RUNNING_WORDS)  # "so far", "to date"
    aims = not words.isdisjoint(TASK_NOUNS)  # `aim_told`: "The aim is to …"
    having = "having" in words  # `perfect_participle`: "…, having built two bridges"
    # `told_happening_subject`: "The storm also cut power", "Thursday's ruling struck down"
    happenings = not words.isdisjoint(HAPPENING_NOUNS) or not words.isdisjoint(RULING_NOUNS)
    habits = may_hold(masked, _HABIT_WORDS)
    newest = not words.isdisjoint(NEWEST)
    # "If you walk the route at dawn, you …", "Will poetry go viral?": nothing has
    # happened, but "If they do not comply, the department said, it will …" is still said
    question = masked.rstrip().endswith("?")
    hypothetical = lows[0] in SUPPOSING or question
    # "Stay indoors: avoid unnecessary travel": advice to the reader, nothing that happened
    # ("Stay indoors, police said" is still said, but not "Tell us what you saw")
    shape = _shape(masked)  # its clauses, verbs and order, read once per text
    order = shape.order
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
    strong, narrow, verbs = shape.strong, shape.narrow, shape.verbs  # (`_shape`)
    # Verbs outside the taxonomy that the detector says name a happening ("delivered",
    # "flew", "rolled out"): events too, typed by their object when it says, else `other`.
    detector: list[Detected] = []  # read on first need: most words are in the verb table

    def detected(at: int) -> bool:
        if not detector:
            detector.append(detected_in(masked))
        return detector[0].cls(at) in EVENTIVE

    # Which of the sentence's dates may date what, judged once per date: a sentence with no
    # date (most of them) has none of these to build, and its clauses none to take.
    if s_cal:
        s_cal = [t for t in s_cal if not in_a_name(masked, t) or named_past(masked, t)]
        # "Data lets farmers today track prices": nowadays, no day the sentence tells
        s_cal = [t for t in s_cal if not nowadays(tokens, t)]
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
            and (apposition(tokens, a, b) or apposed_relative(tokens, a, b))
        ]
        asides = relatives + appositions  # clauses and phrases whose dates are their own
        # Each date is judged once, and each clause takes its dates by offset ("on Monday, on
        # Tuesday, …": a clause per date must not cost clauses x dates x sentence).
        compared = {t.start for t in s_cal if compared_with(masked, t)}  # they date nothing
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
            and DOCUMENT.match(masked, t.end)
            and OPENS_WITH.fullmatch(masked, 0, t.start)
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
                looks_ahead(tokens, t.start)
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
                        noun[1] in HAPPENING_NOUNS
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
            if verbs[i] is None:
                continue  # no verb here, by the word and its neighbours (`_shape`)
            lemma, form = verbs[i]
            low = lows[i]
            known = low in VERB_FORMS
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
                    and not after_relative_aside(tokens[: i - 1])  # "Acme, which …, shut"
                    or i + 1 < len(tokens)
                    and tokens[i + 1][2] == "by"
                )
            ):  # "a new screen, dubbed a “retina display”", "on May 9, followed by a home
                continue  # game two days later": a participle, no event of its own
            if form in ("past", "pp") and points_in_text(tokens, i, lemma):
                continue  # "the ferries described above were built": the text, no saying
            if form in ("past", "pp") and described_by_charge(tokens, i):
                continue  # "A man accused of arson was jailed": who he is, no accusation
            if form in ("past", "pp") and as_told(tokens, i):
                continue  # "as reported by local media", "as planned in May": a comment
            if form in ("past", "pp") and not c_cal and source_cited(tokens, lows, i):
                continue  # "…, according to data compiled by the state": where a figure is from
            if form in ("past", "pp") and first_schedule(tokens, i):
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
            if lemma in BYLINE_VERBS and not c_cal and byline(tokens, lows, i, lemma):
                continue  # "His essays have run in the Herald", "She has written for the
                # Courier": the writer's career in a byline, no happening
            if ours and staff_subject(tokens, lows, c_start, i):
                continue  # "Our correspondent has just arrived at the port": the site's work
            if not c_cal and (
                writers_sentence
                or writer
                and lemma in WRITER_TASKS
                and writer_does(tokens, lows, c_start, i) >= 0
            ):
                continue  # "I have talked with two stranded drivers, who have walked to the
                # depot": the writer's own work, and whom or what the writer met or found
            if unsettled and left_open(tokens, i):
                continue  # "It is unclear whether the driver fled": not known, not told
            if lemma == "stand" and stands_for(tokens, i):
                continue  # "Each flag stood for one of the club's rules": a meaning
            if lemma == "stand" and stands_to_gain(tokens, i):
                continue  # "The bank stood to gain the most from the bailout": a prospect
            if lemma in HAVING_ON and had_on(tokens, i):
                continue  # "The suspect was wearing a green cap": a description
            if lemma == "leave" and left_over(tokens, i):
                continue  # "there is no help left": what remains, a state
            if (
                form in ("past", "pp")
                and (absolute := with_absolute(tokens, i))
                and (lemma not in VERB_TYPE or absolute == "counted")
            ):
                continue  # "With the bridge closed, drivers …": the circumstance, a state;
                # "slow sales, with 155 planes ordered": a count (a typed one uncounted
                # tells a happening: "with its founder arrested")
            if proposal_content(tokens, i, lemma):
                continue  # "an amendment, which dropped the word": what it holds
            if story_told(tokens, i, lemma):
                continue  # "the figures told the story of a shrinking fleet": what they show
            if lemma in REPORTING_VERBS and saying_aside(tokens, i):
                continue  # "All told, the mill is a bargain": a comment, no one says
            if i == 0 and low == "asked" and answered(tokens):
                continue  # "Asked if the fires were linked, Lund said it was possible":
                # the question the saying answers, one exchange
            if lemma in FRAMING_IT and framing_it(tokens, i, FRAMING_IT[lemma]):
                continue  # "When it came to spending, …", "It turned out that …": a frame
            if lemma == "pass" and time_passed(tokens, i):
                continue  # "Six years had passed since the ferry sank": time, no happening
            if (
                lemma == "come"
                and (link := CAME_AFTER.match(masked, tokens[i][0]))
                and counted_gap(link)
            ):
                continue  # "The remarks came a day after …": a link in time, no happening
            if low in FEELINGS and felt(tokens, i):
                continue  # "Ms Ruiz was impressed.": how someone felt, a state
            if low in QUALITIES and of_quality(tokens, i):
                continue  # "The pilot was experienced", "The cost was staggering": a state
            if form in ("past", "pp") and not c_cal and describing(tokens, i):
                continue  # "may come from cells removed in surgery": what the noun is
            if trending and trend_subject(tokens, c_start, i):
                continue  # "A growing number of fans have put his face on mugs": a trend
            if after_staying(tokens, i):
                continue  # "Both piers will remain shut until Friday": a state kept
            if form in ("past", "pp") and graded(tokens, i):
                continue  # "tasted sweeter, more layered", "the most watched final": an adjective
            if form in ("past", "pp") and adjective_before_noun(tokens, i):
                continue  # "serves freshly baked bread": an adjective before its noun
            if form in ("past", "pp") and built_like(tokens, i):
                continue  # "The cabins have vaulted ceilings": what they are built like
            if form in ("past", "pp") and housed_in(tokens, i, lemma):
                continue  # "The cabins have housed famous guests": what they held
            if lemma in NAMING_VERBS and names_a_noun(tokens, i, sent.text):
                continue  # "a seller called “E-Life”", "a company named Acme": a name
            if form in ("past", "pp") and not c_cal and contact_relative(tokens, lows, i):
                continue  # "a need for courses the cadets had undergone", "the calm the monks
                # enjoyed": a clause with no "that" describes its noun, no happening
            if lemma in SPEECH_WITHOUT_OBJECT and has_object(tokens, i):
                lemma = ""  # "added 300 jobs": no speech, typed by its object like "sent"
            if lemma in HEARSAY and is_passive(tokens, i) and to_verb(tokens, i):
                continue  # "Ms Ortiz was said to be calm", "is said to believe": hearsay of
                # a state, no one speaks ("is said to have fled on Monday": the fleeing)
            if lemma == "speak" and spoken_what(tokens, i):
                continue  # "spoke no English", "speaks like no other": no saying
            if lemma in REPORTING_VERBS and _admitted_to(tokens, i):
                lemma = ""  # "was admitted to the clinic late on Monday": no confession
            if lemma == "claim" and _claimed_thing(tokens, i):
                lemma = ""  # "claimed the title on Sunday", "claimed the lives of three
                # fishermen": a thing won or taken, no saying
            if lemma in SPOKEN_TO_VERBS and _told_to_do(tokens, i, lemma):
                lemma = ""  # "was diagnosed and told to expect a long stay": no saying of
                # the subject's, who was told; a happening to them, dated as one
            if lemma in OCCURRED_WHEN_PASSIVE and passive_without_agent(tokens, i):
                lemma = ""  # "Six new cases were reported on Monday": what happened or was
                # counted, no one's saying ("were reported by the council" is one)
            etype = None
            nxt = _particle(tokens, i, PHRASAL.get(lemma, {}))
            if nxt:
                etype = PHRASAL[lemma][nxt]
                if etype == "acquisition" and _role_taken(lows, i + 2):
                    etype = "appointment"  # "His deputy took over on an interim basis",
                    # "took over as chief executive": a post, not a company bought
            elif lemma in GENERIC_VERBS or lemma not in VERB_TYPE:
                # (a phrasal verb's head without its particle is a verb like any other: "the
                # Senate passed the bill" is no death, and no less a happening)
                # the verb's own object ("sent letters", "filed a lawsuit"), else a subject
                # just before it ("the letters were sent"), not any noun in the clause
                at, end = tokens[i][0], tokens[i][1]
                etype = (
                    _agreed_to(lows, i, lemma)
                    or _noun_type(masked[end : _object_end(masked, end, min(whi, end + 40))])
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
            if lemma == "charge" and next_is(tokens, i, "that"):
                lemma, etype = "say", "statement"  # "he charged that the party had lost its
                # way": alleged, a saying
            elif lemma == "charge" and not _charged_with(tokens, lows, i):
                if any(w[:1].isdigit() or w in MONEY_SIGN_CHARS for w in lows[i + 1 : i + 5]):
                    continue  # "The bank charged customers $5 a month": a price, no happening
                etype = OTHER  # "charged into the crowd": no charge of a crime ("was
                # arrested on Sunday and charged on Monday" is one)
            if lemma == "call" and is_passive(tokens, i) and next_is(tokens, i, "to"):
                lemma, etype = "", OTHER  # "Police were called to Park Street": sent for,
                # no saying
            if etype != "statement" and _verdict_follows(lows, i):
                etype = "legal"  # "was found guilty of setting fire": a verdict, no fire"
            if lemma in REFUSING and to_speak(tokens, i):
                lemma, etype = "comment", "statement"  # "declined to comment": a saying
            if lemma in QUOTE_FRAMING_VERBS and quoted_on(sent.text, tokens[i][0], tokens[i][1]):
                lemma, etype = "say", "statement"  # "“…,” she concluded": a saying
            if which_medium(tokens, i):
                continue  # "said in a video released on Sunday": the saying's occasion
            if (
                lemma == "meet"
                and i > 0
                and tokens[i - 1][2].lower() in (AUX_BE_PAST | AUX_BE_PRESENT)
            ):
                continue  # "were met with defiance": passive, no meeting
            if lemma == "become" and participle_follows(tokens, i):
                continue  # "has become consumed by the fight": the participle tells it
            if lemma in STAYING_VERBS and participle_follows(tokens, i):
                continue  # "The gates stayed locked all week": a state kept
            if form in ("past", "pp") and _kept_state(tokens, lows, i):
                continue  # … and the participle itself ("remains committed to peace")
            if not c_cal and held_aside(tokens, i, lemma):
                continue  # "The union has stayed on the sidelines", "Cafes will be staying
                # open", "The firm kept its distance from any row": a state kept
            if not c_cal and lemma in DRAWING_VERBS and _reaction_drawn(tokens, i):
                continue  # "The plan has drawn criticism from farmers": how it was received
            if (
                not c_cal
                and not lead
                and (lemma in KEEPING_VERBS and kept_so(tokens, i) or kept_as(tokens, lows, i))
            ):
                continue  # "The levy kept prices low", "The plans were kept secret", "kept us
                # hooked": a state kept ("kept rates on hold on Thursday" is the day's decision)
            if not c_cal and grown_into(tokens, i, lemma):
                continue  # "The fair has become a fixture of the town": a state, grown into
            if lemma in CHARACTERISING and not c_cal and seen_as(tokens, i):
                continue  # "The port is regarded as the safest": how it is seen, a state
            if (
                lemma in INTENDING
                and had
                and pluperfect(tokens, i)
                and not is_passive(tokens, i)
                and next_is(tokens, i, "to")
            ):
                continue  # "The club had planned to open in May": an intention held, a state
            if lemma == "set" and to_verb(tokens, i):
                continue  # "brands are set to join the scheme": a plan told by "join"
            if past_plan(lows, i):
                continue  # "The service had been due to start in 2019": a plan of the past
            if lemma in PREDICTING and passive_to(tokens, i):
                continue  # "Friday is forecast to be wetter still": a prediction
            if lemma in SCHEDULING_VERBS and passive_to(tokens, i) and to_a_state(tokens, i):
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
                and claimed_of_it(tokens, i)
            ):
                continue  # "It has been shown that the drug works", "It is now advised":
                # a claim held, no one says it at a time ("It has been shown on Friday", kept)
            if often and frequent(tokens, i):
                continue  # "Critics frequently mocked his speeches", "are often asked": a habit
            if again and not c_cal and repeated(tokens, i):
                continue  # "The senator has repeatedly criticised the contract": a habit (a
                # date tells the times: "repeatedly warned on Monday", kept)
            if habits and (
                every_time(tokens, c_start, i)
                or lemma not in REPORTING_VERBS
                and every_time(tokens, w_start, w_end)
            ):
                continue  # "Fans jeered whenever the striker touched the ball": a habit (a
                # saying outside it stays: "Fans cheer whenever he scores, Ortiz said")
            if every and lemma not in REPORTING_VERBS and at_a_rate(tokens, i, c_end):
                continue  # "On the front, one soldier died every three days": a rate
            if you and to_the_reader(tokens, i):
                continue  # "In case you missed it", "you've got a bargain": said to anyone
            if whats and what_subject(tokens, i):
                continue  # "Nobody knows what went wrong": a free relative, nothing told
            if who_that and generic_subject(tokens, i):
                continue  # "thanks to everyone who helped": a group described, nothing told
            if (
                counting
                and counted_figure(tokens, i)
                and not in_any(tokens[i][0], sent.reported_spans())
            ):
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
            if form in ("past", "pp") and lemma in TENDING_VERBS and tended_by(tokens, i):
                continue  # "flights operated by a partner airline": what the noun is
            if lemma in SEEMING and seemed(tokens, i):
                continue  # "The plan looked like a winner": how it seemed, a state
            if (
                lemma in SEEMING_TO
                and next_is(tokens, i, "to")
                and (
                    form in ("s", "base")
                    and not next_is(tokens, i + 1, "have")
                    or next_is(tokens, i + 1, "be")
                )
            ):
                continue  # "Their fears appear to echo the council's", "The spell appeared to
                # be a cure": how it seems or seemed, a state ("appeared to show a boat" may
                # tell what a photo was found to hold)
            if lemma in SELF_EDITS and self_edit_note(tokens, i):
                continue  # "This story was updated on Friday to correct …": the page's upkeep
            if lemma in BEING_TO and to_be_after(tokens, i):
                continue  # "The stranger happened to be a surgeon", "The rumour turned out
                # to be false": what was so, a state
            if (
                aspect == "perfect"
                and lemma in STANCE_VERBS
                and not c_cal
                and not lead
                and (lemma != "push" or next_is(tokens, i, "for") or next_is(tokens, i, "to"))
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
            if lemma in GOING_ON and not c_cal and next_is(tokens, i, "to"):
                continue  # "Prices have continued to rise": a process going on, a state
            if form == "ing" and task_named(tokens, c_start, i):
                continue  # "The main goal was getting the ferry afloat": a task named
            if aims and lemma not in REPORTING_VERBS and aim_told(tokens, lows, i):
                continue  # "The charity's mission is to give children who have lost a parent
                # a mentor": what the aim holds, nothing that happened
            if not c_cal and ranked_by_copula(tokens, lows, i):
                continue  # "Ruiz was the only rider who finished": what she is, a state
            if form in ("base", "pp") and joined_to_habit(tokens, w_start, i):
                continue  # "Shoppers tend to browse online, or come from review sites": a habit
            if aspect == "present" and not c_cal and when_present(tokens, c_start, i):
                continue  # "We check the prices when we write our guides": a habit
            if aspect == "present" and lemma in STATIVE_VERBS:
                continue  # "Today, the company employs 30 people": a state
            if lemma in STATES and not undergone(tokens, i):
                continue  # "The drill involved 40 ships", "Sales remained flat": a state
            if lemma in STATES_WITH and next_is(tokens, i, STATES_WITH[lemma]):
                continue  # "The delays stemmed from a staff shortage": a state
            if not c_cal and held_participle(tokens, i, low, aspect):
                continue  # "The hall was filled with smoke", "The county is split into four
                # wards": what a thing holds or how it is cut up, a description
            if (
                low in PLACED_PARTICIPLES
                and not c_cal
                and is_passive(tokens, i)
                and not next_is(tokens, i, "by")
            ):
                continue  # "The battalion was stationed at the fort": where it was kept
            if lemma not in REPORTING_VERBS and described_there(tokens, i, form):
                continue  # "There are 40 buses lined up outside": a description
            if aspect in ("perfect", "present") and is_record():
                continue  # "has logged the most visits of any candidate": a record, a state
            if aspect == "perfect" and not c_cal and tally(tokens, i, lemma):
                continue  # "The region has recorded 51,309 cases": a running count, a state
            if c_cal and not c_day and period_count(tokens, i, lemma, c_start):
                continue  # "after 31 killings were recorded in June": a month's count
            if aspect in ("past", "perfect", "present") and statistic(
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
                and measure_subject(tokens, c_start, i, w_end)
            ):
                continue  # "The town's burglary rate rose 8% in the first half", "Trends have
                # worsened in 2017": a figure moved over a stretch, a statistic
            if (
                aspect in ("past", "perfect", "present")
                and not lead
                and not c_day
                and figure_told(tokens, lows, i, (c_start, c_end))
            ):
                continue  # "The figures show thefts have fallen 20% since May": a statistic
                # (a lead's "New figures show …" is the day's news)
            if (
                not c_cal
                and (not lead or word_before(tokens, i) in RECKONINGS)
                and not (w_cal and lemma in PUTTING_AT)  # "On Monday, police put the crowd at …"
                and reckoned(tokens, i, lemma)
            ):
                continue  # "The agency estimated that 4,000 homes lack power": a figure
            if not c_day and allotted(tokens, i, lemma, masked[wlo:whi]):
                continue  # "The rail programme received $40 million in the bill": its content
            if (
                running
                and aspect in ("perfect", "present")
                and running_total(tokens, i, w_start, w_end)
            ):
                continue  # "has raised over £12,000 so far": a count still running
            if (
                aspect in ("past", "perfect")
                and lemma not in REPORTING_VERBS
                and ("last" in masked or "past" in masked or "recent" in masked)  # most: none
                and (
                    any(
                        not ranked_over(tokens, m.start())
                        for m in _TREND_SPAN.finditer(masked, lo, hi)
                    )
                    or aspect == "perfect"
                    and _YEAR_SPAN.search(masked, lo, hi)
                )
            ):
                continue  # "rates nearly doubled in the past decade": a trend, a state (not
                # "The worst landslide in recent decades struck …": the ranking's span)
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
                and long_held(tokens, i)
            ):
                continue  # "Critics had long likened the ferry to a hotel", "The port has long
                # been seen as a hub": held a long time, a state (a saying, "has long argued",
                # is a stand still told: kept)
            if not c_cal and lemma not in REPORTING_VERBS and relative_perfect(tokens, i):
                continue  # "a coalition that has advised the mayor", "Ruiz, who has made
                # housing her priority, said …": what the noun has done over time, a trait
            if not c_cal and lemma not in REPORTING_VERBS and under_way(tokens, i):
                continue  # "Fans have been queueing outside the arena": under way, a state
            if (
                not lead
                and lemma not in REPORTING_VERBS
                and lemma not in DYING_VERBS
                and happenings
                and (k := told_happening_subject(tokens, lows, i)) is not None
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
                and expected_back(tokens, i)
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
            if aspect == "future" and guessed_future(tokens, i):
                continue  # "Most traders think the bank will cut rates in May": a guess
            if (
                aspect in ("past", "perfect")
                and not c_cal
                and lemma not in REPORTING_VERBS
                and hedged
                and hedged_past(tokens, i)
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
                and quantity_within(tokens, i, 4)
            ):
                continue  # "The new ferry will seat 300 and will cost $40m": a state to come
            if aspect == "future" and not c_cal and lemma in OFFERING_VERBS:
                continue  # "The course will offer six sessions on soil": what it will hold
            if (
                aspect == "future"
                and not c_cal
                and not lead_news
                and is_passive(tokens, i)
                and (lemma in DUTY_VERBS or lemma in RUNNING_VERBS and next_is(tokens, i, "by"))
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
                skip = modifiers if is_passive(tokens, i) else modifiers - written
                moved: set[int] = set()
                speech = lemma in REPORTING_VERBS and not result_disclosed(sent, i, lemma, etype)
                if speech:
                    at, end = tokens[i][0], tokens[i][1]
                    said = sent.reported_at(i)
                    # "In 2019, Lopez said, the share was 55%": 2019 is what she said
                    aside = said_aside(tokens, i)
                    usable = {
                        t.start: t
                        for t in speech_dates(usable.values(), masked, at, end, said)
                        if t.start > at or not aside
                    }
                    skip = modifiers - occasioned - written  # "told the AP in an August interview"
                elif lemma in RESCHEDULING or lemma in CANCELLING:  # "was moved from April
                    # to June", "planned for June 8, was cancelled": the times of what was moved
                    # or called off, not of the moving
                    moved = {
                        t.start
                        for t in s_cal
                        # … and the day a possessive gives the thing ("This fall's season was
                        # postponed": the season's fall, not when it was put off)
                        if moved_to(masked, t)
                        or (lemma in _PUTTING_OFF or lemma in CANCELLING)
                        and owned_by(masked, t) is not None
                    }
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
                if aspect == "perfect" and not (had and pluperfect(tokens, i)):
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
                        or (not speech or _FRONTED_DATE.match(masked, 0, t.end + 1))
                        and opening(t.start)
                    )
                    and (lo <= t.start < hi or not in_any(t.start, appositions))
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
            if aspect == "present" and on_a_schedule(tokens, c_start, w_end):
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
                # nor, for a saying, the year of a happening the clause names ("Looking back at
                # the 2003 drought, the farmer says …": he says it now; but "The loss invites
                # comparisons with the 2009 crash" is the crash's entry, in 2009)
                if lemma in REPORTING_VERBS:
                    own = [t for t in own if not names_happening(masked, t)]
                    wider = [t for t in wider if not names_happening(masked, t)]
                # of two dates of its clause, the verb's nearest ("The Hawks face the Rovers on
                # April 9 and the return game is slated for April 14": the return game's)
                anchor = pick_anchor(own, wider, [], tokens[i][0], lo, [], masked) or heading
                anchor = forecast_date(anchor, lemma, dct_value)
                if (
                    lemma in REPORTING_VERBS
                    and anchor is not None
                    and after_publication(anchor, dct_value)
                ):
                    # a saying in the present is made by now: "Jan. 3 2024 9:10 PM Experts say
                    # the boats are too slow", on a page of November, is another story's
                    # teaser and time stamp; "the group describes how owls nest in winter"
                    # says it now, of winters
                    if _YEAR_IN.search(anchor.text):
                        continue
                    anchor = None
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
                    if not lead and told_by_a_thing(tokens, i):
                        continue  # "The timeline says …", "The map shows …": what it holds
                    if word_before(tokens, i, ly=True) == "which":
                        continue  # "the novel, which tells the story of …": what it holds
                    if "that" in (tokens[c_start][2].lower(), tokens[w_start][2].lower()):
                        continue  # "a group that says it speaks for taxi drivers": what it is
                    if commented(tokens, c_start, i):
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
                    and had
                    and pluperfect(tokens, i)
                    and not any(t[2].lower() in OWN_CLAUSE for t in tokens[c_start:i])
                    and not relative(tokens, c_start)
                    and not nonrestrictive(tokens, c_start)
                ):
                    # "On Tuesday, the opposition leader had alleged …": the fronted day
                    # dates the past before the story's (a present perfect takes none)
                    fronted = [t for t in s_cal_i if t.start < lo and not in_any(t.start, asides)]
                    anchor = fronted[-1] if fronted else None
                if anchor is None or anchor in since.values():
                    # "has lost 12 ships since the blockade began on Friday": after it
                    opener = since_after(tokens, i, since)
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
                fronted = [t for t in s_cal_i if not in_any(t.start, asides)]
                if lemma not in REPORTING_VERBS:
                    # not a date of a clause the verb takes ("invited them to discover how a
                    # test in 2019 escalated", "arrested a man who fled on Monday")
                    c_cal_i = [t for t in c_cal_i if not in_complement(tokens, i, t.start)]
                    w_cal_i = [t for t in w_cal_i if not in_complement(tokens, i, t.start)]
                    # ("agreed to delay the vote until Dec. 11": the delay's bound)
                    lasting_not = [t for t in lasting_not if not in_complement(tokens, i, t.start)]
                    # nor the "since" of a verb after it ("dropped language it had used
                    # since 2008": the using's bound, not when the dropping happened)
                    # (nor the time of a coming verb after it: "was taken off with an injury
                    # and will have a scan on Monday": the scan's Monday)
                    bounds_later = [
                        t
                        for t in s_cal_i
                        if since_of_later_verb(masked, tokens, i, t)
                        or in_since_clause(masked, tokens, i, t)
                        or aspect == "past"
                        and (future_between(tokens, i, t.start) or relatives_own_time(tokens, i, t))
                    ]
                    c_cal_i = [t for t in c_cal_i if t not in bounds_later]
                    w_cal_i = [t for t in w_cal_i if t not in bounds_later]
                    fronted = [t for t in fronted if t not in bounds_later]
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
                        or before_doing(tokens, i, anchor.start)
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
                    and after_clause_verb(tokens, c_start, i)
                    and dates.DAY.match(anchor_value(anchor))
                ):
                    # "The gala drew 300 guests on Friday, after the mayor dropped out of the
                    # race": what the "after" clause tells came before the day it borrows,
                    # not on it (a year or a month it may share: "In 2020 a probe opened
                    # after remains were found"; and what a "before" clause tells may follow
                    # on the same day: "gasped for an hour on Friday before he died")
                    anchor = replace(anchor, mod="BEFORE")
                elif (
                    anchor is not None
                    and not anchor.mod
                    and aspect == "past"
                    and anchor not in c_cal_i
                    and i
                    and lows[i - 1] in _LATER_WORDS
                ):
                    # "In 2003 she voted against the war, a decision she later called the
                    # proudest of her career": the calling came after 2003, not in it
                    anchor = replace(anchor, mod="AFTER")
                if (
                    anchor is None
                    and aspect == "past"  # "a committee, which she will chair": still a plan
                    and lemma not in REPORTING_VERBS  # "X, who said …": the story's speech
                    and (nonrestrictive(tokens, c_start) or relative(tokens, c_start))
                ):
                    if low.endswith("ing") and _BE_PAST_BEFORE.search(masked, lo, tokens[i][0]):
                        continue  # "Ortiz, who was rowing with Keane, said": a scene
                    aspect = "perfect"  # background: before the story, not at its time
                elif (
                    anchor is None
                    and aspect == "past"
                    and not low.endswith("ing")  # "… whilst he was playing": a scene
                    and lemma not in REPORTING_VERBS
                    and after_clause_verb(tokens, c_start, i - (lows[i - 1] in AUX_BE_PAST))
                    and _NEWS_PERFECT.search(masked, 0, tokens[c_start][0])
                ):
                    # "A man has been charged with murder after a teenager was stabbed": the
                    # news at publication, what came before it before (not one entry of both)
                    aspect = "perfect"
                when = when_of(masked, tokens, c_start, s_cal) if aspect == "past" else None
                if when is not None and anchor not in c_cal_i:
                    # "the deadliest crash since 1996, when two trains collided": in 1996
                    anchor = replace(when, mod=None)
                anchor = forecast_date(anchor, lemma, dct_value)
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
                and not (having and perfect_participle(tokens, i))  # "…, having built two bridges"
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
                and (thousands_follows(tokens, i) or toll_of_the_dead(tokens, i, lemma, c_start))
                and not (anchor and _SHORT_PERIOD.match(anchor_value(anchor)))
                and not done_by_a_happening(tokens, i, c_start)
            )
            share = (
                aspect in ("past", "perfect")
                and lemma not in REPORTING_VERBS
                # "Japan's Nikkei had ended down 0.5 percent": a session's move, news
                and _market_move(tokens, i) is None
                and (
                    share_follows(tokens, lows, i)
                    or thousands_subject(tokens, i, c_start)
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
            and not season_of_a_thing(masked, c_cal[0], modifiers)
            # "lost $1.2 billion, compared with a loss of $155 million in the year-earlier
            # quarter": the figure set beside the event, no happening of its own
            and not figure_compared(masked, c_cal[0])
        ):
            # a happening told by a noun is one that has happened: its "March 8" is the last
            # one ("the ferry that sank on March 8", published in December); not
            # a bound, which may look ahead ("stay off the roads until Sunday"),
            # nor one a modal looks ahead to ("would be released after a vote on
            # Friday": the coming Friday)
            first = c_cal[0]
            if (
                not is_bound(first, masked)
                and not looks_ahead(tokens, first.start)
                and not _AHEAD_OF.search(masked, max(0, first.start - _AHEAD_REACH), first.start)
                and not (may_hold(masked, _COMING_WORDS) and _COMING.search(masked))
                # "will face Rovers on June 4 followed by an away game": the coming one
                and not future_clause(tokens, c_start, c_end)
            ):
                first = as_past.get(first.start, first)
            hit = _NOUN_RE.search(masked, max(lo, ahead_of_noun.get(first.start, lo)), hi)
            if hit and in_any(hit.start(), cal_spans):
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
                if ranked_since(tokens, hit.start()):
                    continue  # "the biggest find since the start of the gold rush in the
                    # 1850s": the bound of a ranking, the writer's comparison, no happening
                if any(described_by_charge(tokens, k) for k in range(c_start, i)):
                    continue  # "A man accused of setting fire to a mosque was found guilty
                    # on Friday": the charge says who he is; Friday's happening is the verdict
                if any(t[2] in POSSIBILITY_MODALS for t in tokens[c_start : i + 3]):  # not "May"
                    continue  # "the storm could bring flooding on Friday": a forecast
                if foretold(tokens, lows, c_start, i):
                    continue  # "Analysts predicted a fall in sales in the first quarter": what
                    # they foresee, no happening ("expect to charge a man over the killing
                    # on Tuesday": the killing happened; "charge" is the verb nearest it)
                # "I will not be shooting anyone this week": a denied happening
                if not any(t[2].lower() in NEGATIONS for t in tokens[c_start:i]):
                    emit(i, ntype, first, "past", (wlo, whi), lo)
            elif hit is None and clause_events == len(found):
                noun = next(
                    (
                        k
                        for k in range(c_start, c_end)
                        # not a word of a date: "Throughout the fall, …" names the season
                        if not in_any(tokens[k][0], cal_spans) and _nominal(tokens, k, detected)
                    ),
                    None,
                )
                if (
                    noun is not None
                    and not future_clause(tokens, c_start, c_end)
                    and not ranked_since(tokens, tokens[noun][0])
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
    at_the_same_time(found, where, tokens, strong)
    said = sent.reported_spans()
    inside = [any(lo <= at < hi for lo, hi in said) for at in where]
    # a chronology's date heading dates its undated verbs later: none is a spare guess
    spare = () if heading is not None else ("before", "after")
    numbers = background_apart(_clause_numbers(masked, where), tokens, where)
    earlier = None  # read only for a sentence with a past perfect ("which had found")
    if len(found) > 1 and not words.isdisjoint(AUX_PERFECT_PAST):
        at_token = {t[0]: k for k, t in enumerate(tokens)}
        earlier = [at in at_token and relative_pluperfect(tokens, at_token[at]) for at in where]
    return _one_per_date(found, inside, headline, numbers, where, spare, earlier)


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


_HABIT_WORDS = frozenset(h.split()[-1] for h in HABIT_OPENERS)  # in every match: "time"


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


def _dates_alike(e: FoundEvent, when: FoundEvent) -> bool:
    """Is `e` dated as `when` is, or on its day by its own words ("said 14,000 workers
    stopped work on Monday", said that Monday)?"""
    return e.date == when.date and (e.dating == when.dating or e.dating == "explicit")


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
    `relative_pluperfect`): what "had" happened comes before the
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

"""Words that look like verbs but describe: participles used as adjectives, copulas with a
quality or a feeling, habits and timetables, traits told in the present perfect ("a closed
road", "The pilot was experienced", "The ferry leaves at nine", "Ruiz, who has made housing
her priority"). A standing situation is no entry of a timeline; `events` asks these tests
of each candidate verb (tokens and the verb's index) before it makes one.
"""

from __future__ import annotations

import re

from dateline.store.extract.eventspans import poslex
from dateline.store.extract.grammar import (
    AUX_OR_ADVERB,
    is_passive,
    next_is,
    passive_without_agent,
    to_verb,
    word_before,
)
from dateline.store.extract.lexicon import (
    ADVERBS,
    ARTICLES_AND_POSSESSIVES,
    ASIDE_NOUNS,
    AUX_BE_PAST,
    AUX_BE_PRESENT,
    AUX_PERFECT_PAST,
    AUX_PERFECT_PRESENT,
    AUXILIARIES,
    BE_FORMS,
    BUILT_PARTS,
    CHARGE_PARTICIPLES,
    CLAUSE_RELATIVES,
    COMPARATIVE_RAISERS,
    COMPARATIVES,
    CONTACT_DEEDS,
    CONTACT_SUBJECTS,
    CONTACT_TIME_NOUNS,
    CONTENT_NOUNS,
    CONTENT_VERBS,
    COORDINATORS,
    DEGREE_WORDS,
    DETERMINERS,
    FINITE_AUX,
    FINITE_MODALS,
    FUNCTION_WORDS,
    GRADING_WORDS,
    HABIT_OPENERS,
    HABIT_TO_VERBS,
    HELD_ADVERBS,
    HELD_PARTICIPLES,
    HOUSING_VERBS,
    KEEPING_VERBS,
    MODALS,
    NAMING_ADVERBS,
    NAMING_PLACE_WORDS,
    NEGATIONS,
    NOT_STAYED,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    ORDINALS,
    PARTITIVE_PRONOUNS,
    PERFECT_CLITICS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    PRONOUNS,
    PROPOSAL_NOUNS,
    RANKS,
    RELATIVES,
    SCENE_PARTICIPLES,
    SCHEDULE_EVERY,
    SCHEDULE_WORDS,
    SEATS_STOOD_FOR,
    SHARPENING,
    SPLIT_PARTICIPLES,
    STATE_INFINITIVES,
    STAYING_VERBS,
    SUPERLATIVES,
    TASK_NOUNS,
    TEXT_PLACES,
    TEXT_POINTING,
    THAT_OF_CONTENT,
    TIMING_LY,
    WHEN_WORDS,
)
from dateline.store.extract.verbs import (
    VERB_FORMS,
    VERB_PARTICLES,
    first_finite,
    guess_form,
    is_verb_here,
    ly_adverb,
    noun_next,
    past_adverbs_back,
    verb_form,
)

_PERFECT_AUX = AUX_PERFECT_PRESENT | AUX_PERFECT_PAST  # "has", "had", "'ve" …


_FUNCTION_OR_AUX = FUNCTION_WORDS | AUXILIARIES


def apposition(tokens: list[tuple[int, int, str]], a: int, b: int, relative: bool = False) -> bool:
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
    if (
        first not in ARTICLES_AND_POSSESSIVES
        and first != "another"  # ", another senior adviser on the 2020 campaign,"
        and not ("N" in tags and "R" not in tags)
    ):
        return False
    return first_finite(tokens[a : b - 1]) is None


def apposed_relative(tokens: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Is tokens[a:b] the relative clause of an apposition's noun, closed by its comma ("Ann
    Lee, a plumber | who helped with the rally on Monday, | said …"): the noun's, an aside
    like the apposition itself?"""
    if tokens[a][2].lower() not in RELATIVES or tokens[b - 1][2] != ",":
        return False
    k = a - 1
    while k > 0 and tokens[k][2][:1].isalnum():
        k -= 1  # back to the comma that opens the noun phrase
    return k > 0 and k + 1 < a and apposition(tokens, k + 1, a + 1, relative=True)


def described_there(tokens: list[tuple[int, int, str]], i: int, form: str) -> bool:
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


def as_told(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def points_in_text(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
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


def described_by_charge(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` one of `CHARGE_PARTICIPLES` right after a noun, with its word
    next ("A man accused of setting fire to a mosque was found guilty", "The driver, suspected
    of speeding, fled")? It says who the man is, no accusation made at publication. With no
    verb after it, it is the predicate of a headline ("Mayor accused of fraud"): news."""
    low = tokens[i][2].lower()
    if low not in CHARGE_PARTICIPLES or i == 0 or not next_is(tokens, i, CHARGE_PARTICIPLES[low]):
        return False
    before = tokens[i - 1][2]
    if before == ",":  # "The man, accused of theft, …"
        before = tokens[i - 2][2] if i >= 2 else ""
    low_before = before.lower()
    return (
        before.isalpha()
        and low_before not in AUXILIARIES
        and low_before not in PRONOUNS
        and low_before not in FUNCTION_WORDS
        and any(_finite_here(tokens, k) for k in range(i + 2, len(tokens)))
    )


def held_participle(tokens: list[tuple[int, int, str]], i: int, low: str, aspect: str) -> bool:
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
    return next_is(tokens, i, word) and passive_without_agent(tokens, i)


# Verbs of becoming before a participle: "became involved" tells a change, a happening.
_BECOMING = frozenset("become becomes became becoming get gets got getting".split())


def undergone(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a participle something undergoes ("was involved in a crash",
    "became romantically involved last year"), not a state told actively? Not one held:
    a perfect ("Ten boats have been involved in the hunt for the crew"), one an adverb of holding
    marks ("was already involved in the design", see `HELD_ADVERBS`), or one with nothing
    after it ("Extra costs were involved, and …"): a state."""
    aux = word_before(tokens, i, ly=True)
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


def names_a_noun(tokens: list[tuple[int, int, str]], i: int, text: str) -> bool:
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


# Marks after which a sentence's words begin: a dateline's dash, a colon, an opening quote
_OPENING_MARKS = frozenset({"—", "–", ":", "“", '"'})


def after_adjective(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def on_a_schedule(tokens: list[tuple[int, int, str]], a: int, b: int) -> bool:
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


_DEGREE_OR_ADVERB = ADVERBS | DEGREE_WORDS


# "be" and the verbs of seeming a feeling follows ("felt betrayed", "seemed surprised")
_LINKING = AUX_BE_PAST | AUX_BE_PRESENT | {"been", "be", "being", "feel", "felt", "seemed"}


def seen_as(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive with "as" or "to be"/"to have" after it and no agent
    ("is regarded as the safest", "was deemed to have broken the rules"; not "was deemed
    unsafe by inspectors", "was seen to enter the bank")?"""
    if word_before(tokens, i, ly=True) not in BE_FORMS or any(
        t[2].lower() == "by" for t in tokens[i + 1 :]
    ):
        return False
    if next_is(tokens, i, "as"):
        return True
    return next_is(tokens, i, "to") and (
        next_is(tokens, i + 1, "be") or next_is(tokens, i + 1, "have")
    )


def claimed_of_it(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` a passive in the present or the perfect with "it" for its
    subject and what is claimed after it ("It has been shown that …", "It’s now
    recommended that …", "It is proposed to …")? Back over its auxiliaries and adverbs to
    "it" (or "it's"), a "be" among them; "that" or "to" right after it. Not in the past
    ("It was found that the valve had failed": a finding made then)."""
    if i + 1 >= len(tokens) or tokens[i + 1][2].lower() not in ("that", "to"):
        return False
    k = i - 1
    passive = False
    while k >= 0 and (tokens[k][2].lower() in AUX_OR_ADVERB or ly_adverb(tokens[k][2])):
        word = tokens[k][2].lower()
        if word in AUX_BE_PAST or word in AUX_PERFECT_PAST:
            return False
        passive = passive or word in BE_FORMS
        k -= 1
    subject = tokens[k][2].lower().replace("’", "'") if k >= 0 else ""
    return subject == "it's" or subject == "it" and passive


def passive_to(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


_HABIT_OPENER = re.compile(rf"\b(?:{'|'.join(sorted(HABIT_OPENERS))})\b")


def every_time(tokens: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Does "whenever", "every time" or "each time" stand in the clause (`start`..`end`)?
    Both what is done and when are a habit then ("Fans jeered whenever the striker touched
    the ball", "Each time, the clerk sent the forms back"), no one happening."""
    return bool(_HABIT_OPENER.search(" ".join(t[2].lower() for t in tokens[start:end])))


_CONTACT_ENDS = frozenset({",", ".", ";", ":", ")", "—", "–"})


def contact_relative(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
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
    if k >= 0 and lows[k] in _PERFECT_AUX:
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


def had_on(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the "-ing" verb at `i` a progressive after a form of "be" ("was wearing", "were
    still carrying") or after "as" ("described as wearing")?"""
    if not tokens[i][2].lower().endswith("ing"):
        return False
    before = word_before(tokens, i, ly=True)
    return before in BE_FORMS or before == "as"


def left_over(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "left" at `i` what remains, an adjective after its noun ("there is no help left",
    "with nothing left to sell", "few seats left in the hall")? A "no", "nothing", "few",
    "little" or "any" before it, or "there" with a form of "be"; and no object after it
    ("The storm left no power": the storm did something)."""
    if tokens[i][2].lower() != "left" or i < 2:
        return False
    after = tokens[i + 1][2].lower() if i + 1 < len(tokens) else "."
    if after[:1].isalnum() and after not in PREPOSITIONS and after not in ("to", "and", "but"):
        return False
    before = [t[2].lower() for t in tokens[max(0, i - _LEFT_REACH) : i]]
    if before[-1] in BE_FORMS or before[-1] in ("has", "have", "had", "who", "which", "that"):
        return False  # "was left", "has left", "who left": a verb
    return (
        any(w in _REMAINING for w in before)
        or "there" in before
        and any(w in BE_FORMS for w in before)
    )


_LEFT_REACH = 5  # words back to "no", "there is" ("there is no more food left")
_REMAINING = frozenset({"no", "nothing", "none", "few", "little", "any"})


def with_absolute(tokens: list[tuple[int, int, str]], i: int) -> str:
    """Is the participle at `i` the state of an absolute phrase with "with" ("With his
    business hobbled by cuts, Ray expects no recovery", "With the bridge closed, drivers
    took the long way")? The circumstance of the clause after it, no happening of its own;
    "with" opens the sentence or follows a comma, and only a noun phrase stands between.
    "counted" when the noun phrase is a count ("slow sales, with 155 planes ordered": a
    figure), "yes" for another, "" for none."""
    for k in range(i - 1, max(-1, i - _ABSOLUTE_REACH), -1):
        word = tokens[k][2]
        low = word.lower()
        if low == "with":
            if not (k == 0 or tokens[k - 1][2] in ",;(—–"):
                return ""
            first = tokens[k + 1][2].lower() if k + 1 < i else ""
            return "counted" if first[:1].isdigit() or first in NUMBER_WORDS else "yes"
        if not word[:1].isalnum() or low in AUXILIARIES or low in VERB_FORMS:
            return ""
    return ""


_ABSOLUTE_REACH = 7  # "with | his commercial construction business | hobbled"


def proposal_content(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the verb at `i` what a proposal or a law holds, in a relative clause right after
    its noun ("Ruiz proposed an amendment to her motion, which dropped the word", "a budget
    that cut school funding")? `lexicon.PROPOSAL_NOUNS`, `lexicon.CONTENT_VERBS`."""
    if lemma not in CONTENT_VERBS:
        return False
    k = i - 1
    while k > 0 and (tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2])):
        k -= 1  # "which also dropped"
    if k < 1 or tokens[k][2].lower() not in ("which", "that"):
        return False
    noun = tokens[k - 1][2].lower()
    if noun == "," and k > 1:
        noun = tokens[k - 2][2].lower()
    return noun in PROPOSAL_NOUNS or noun.endswith("s") and noun[:-1] in PROPOSAL_NOUNS


def stands_for(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "stand" at `i` "stand for", what a sign means ("Each flag stood for one of the
    club's rules", "The letters stand for its founders"), a state? Not a run for a seat ("She
    stood for parliament", "stood for re-election": `lexicon.SEATS_STOOD_FOR`)."""
    if i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "for":
        return False
    after = [t[2].lower().strip("-") for t in tokens[i + 2 : i + 5]]
    # (nor "stood for the first time", "stood for hours": when and how long)
    return not any(w in SEATS_STOOD_FOR or w.startswith("re-") or w in _SPANS_STOOD for w in after)


_SPANS_STOOD = frozenset(
    "time hours minutes days weeks months years decades ages while long".split()
)


def framing_it(tokens: list[tuple[int, int, str]], i: int, particle: str) -> bool:
    """Is the verb at `i` a frame with "it" ("when it comes to", "it turned out"): "it" just
    before it, its particle just after, and for "come" a "when" before "it" (not "It came
    to light on Friday that …", a finding out)?"""
    if i < 1 or tokens[i - 1][2].lower() != "it":
        return False
    if i + 1 >= len(tokens) or tokens[i + 1][2].lower() != particle:
        return False
    return particle != "to" or i >= 2 and tokens[i - 2][2].lower() == "when"


def to_a_state(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def participle_follows(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def kept_so(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb of keeping at `i` followed by the state it keeps, after its object or as
    a passive ("The levy kept fares low", "kept us busy", "kept the club much the same",
    "The talks were kept secret")? A state, no happening; not "kept its distance", "kept a
    diary" (no state after the object)."""
    return _kept_state_at(tokens, i) >= 0


def held_aside(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
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


def kept_as(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
    """Is the word at `i` the state a verb of keeping before it keeps ("kept us hooked")?"""
    for j in range(i - 1, max(-1, i - 7), -1):
        if verb_form(lows[j])[0] in KEEPING_VERBS:
            return _kept_state_at(tokens, j) == i
    return False


def _kept_state_at(tokens: list[tuple[int, int, str]], i: int) -> int:
    """Where the state a verb of keeping at `i` keeps is (see `kept_so`), or -1."""
    k = i + 1
    if not is_passive(tokens, i):
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
    if word == "the" and next_is(tokens, k, "same"):
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


def grown_into(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the perfect at `i` a state that has come about over time, told by what it now is
    ("The fair has become a fixture of the town", "Rents have become less affordable", "She
    had come to distrust the board", "has come to stand for the campaign", "The plan has
    come under fire from farmers", "The best gains have come from new seeds"), or by what
    it has emerged as ("The feud has emerged as a rallying cause for the mayor's base": the
    writer's view of what it now is)? Not a first
    or a record ("has become the first woman to lead the union", "has become the most
    valuable firm in Europe", "the largest lender", "has emerged as the biggest winner": a
    rank reached, a happening)."""
    if lemma == "emerge" and next_is(tokens, i, "as"):
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
            to_verb(tokens, k - 1)
            or nxt == "under"
            or nxt == "from"
            and not next_is(tokens, k, "behind")
        )
    if nxt in ARTICLES_AND_POSSESSIVES and k + 1 < len(tokens):
        nxt = tokens[k + 1][2].lower()
    ranked = nxt in ORDINALS or nxt in SUPERLATIVES or nxt.endswith("est")  # "largest"
    return not ranked and not nxt[:1].isdigit() and nxt not in NUMBER_WORDS


def task_named(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
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


def aim_told(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
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


def ranked_by_copula(tokens: list[tuple[int, int, str]], lows: list[str], i: int) -> bool:
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


def tended_by(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def joined_to_habit(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
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


def when_present(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
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


def seemed(tokens: list[tuple[int, int, str]], i: int) -> bool:
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
    return perfect_word(word_before(tokens, i, ly=True))


def perfect_word(aux: str) -> bool:
    """Is the lowercase word a perfect's auxiliary ("has", "had", "they've", "she'd")?"""
    return aux in _PERFECT_AUX or aux.endswith(PERFECT_CLITICS)


def long_held(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "long" the adverb of the perfect at `i` ("had long likened", "had long been
    assumed", "has long been involved with the fair")? A view or a role held a long time, a
    state. Not "long since" ("has long since left the board": done long ago, a happening)."""
    k = i - 1
    while k > 0 and tokens[k][2].lower() in ("been", "also", "already"):
        k -= 1
    if k < 1 or tokens[k][2].lower() != "long" or next_is(tokens, k, "since"):
        return False
    return perfect_word(tokens[k - 1][2].lower())


def relative_perfect(tokens: list[tuple[int, int, str]], i: int) -> bool:
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
    if k >= len(tokens) or tokens[k][2].lower() not in PREPOSITIONS or to_verb(tokens, k - 1):
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


def describing(tokens: list[tuple[int, int, str]], i: int) -> bool:
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
            and not adjective_before_noun(tokens, j)
        ):
            return False  # another verb tells the past (not "serves freshly baked bread")
    return present


def graded(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def adjective_before_noun(tokens: list[tuple[int, int, str]], i: int) -> bool:
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
        return any(adjective_before_noun(tokens, j) for j in range(i - 2))
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


def built_like(tokens: list[tuple[int, int, str]], i: int) -> bool:
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
        return any(built_like(tokens, j) for j in range(2, i - 2))
    return subject in BUILT_PARTS


def housed_in(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the perfect at `i` what a building or room has held ("The cabins have housed
    famous guests", "The old barns have hosted weddings for decades", "Many rooms have
    balconies; others have housed royalty")? A place holding people is a state, no
    happening; not "The city has housed 300 families in hotels" (no building before it)."""
    return lemma in HOUSING_VERBS and _built_subject(tokens, i)


def after_staying(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the word at `i` what a verb of staying links its subject to, adverbs between
    ("will remain shut", "remained fully guaranteed by", "remains cause for alarm")? Not
    after a noun "stay" or "remains" ("the human remains showed", "his stay ended")."""
    k = past_adverbs_back(tokens, i - 1)
    if k < 0:
        return False
    low = tokens[k][2].lower()
    lemma = (VERB_FORMS.get(low) or guess_form(low))[0]
    return lemma in STAYING_VERBS and is_verb_here(tokens, k)


def felt(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def of_quality(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """A quality after a form of "be" ("The pilot was experienced", "The cost was
    staggering", "were encouraging to see"), as `felt`; an "-ing" form with an object after
    it ("was encouraging voters") does something."""
    if not felt(tokens, i):
        return False
    after = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
    return (
        not tokens[i][2].lower().endswith("ing")
        or not after[:1].isalpha()
        or after in _QUALITY_AFTER
    )


# words after an "-ing" quality that start no object ("was alarming to residents")
_QUALITY_AFTER = frozenset({"to", "for", "and", "but", "that", "in", "at", "as"})

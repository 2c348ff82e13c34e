"""The verb table and what a verb form says: verb or noun here, tense, aspect and mood.

Every verb and phrasal head of the taxonomy gets its inflected forms (`VERB_FORMS`); any other
verb the event detector finds gets its tense from its ending (`guess_form`). A form in the
table is still often a noun or a modifier ("23 states", "the announced plan"), which
`is_verb_here` rules out from the words around it; `aspect_of` reads the auxiliaries, modals
and negations before it: only past, perfect, habitual, present and planned events go on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from dateline.store.extract.eventspans import poslex
from dateline.store.extract.lexicon import (
    ADVERBS,
    ADVISING,
    ARTICLES_AND_POSSESSIVES,
    AUX_BE_PAST,
    AUX_BE_PRESENT,
    AUX_PERFECT_PAST,
    AUX_PERFECT_PRESENT,
    BE_FORMS,
    CAUSATIVE_VERBS,
    CLAUSE_JOINERS,
    CLAUSE_SUBJECTS,
    COMPARING,
    CONDITIONALS,
    COORDINATORS,
    COUNTERFACTUAL_MODALS,
    COUNTING_NOUNS,
    DEFINITE_DETERMINERS,
    DEMONYM_ENDINGS,
    DETERMINERS,
    DO_FORMS,
    EVIDENTIAL,
    FINITE_AUX,
    FINITE_MODALS,
    FREQUENCY,
    FUNCTION_WORDS,
    FUTURE_MODALS,
    GENERIC_HEADS,
    HABITUAL,
    HEDGES,
    IF_WORDS,
    IMPERATIVE_NEXT,
    IRREGULAR,
    IRREGULAR_DEMONYMS,
    LINKING_VERBS,
    LOCATIVE_PREPOSITIONS,
    MODALS,
    MONEY_SIGN_CHARS,
    NEAR_NEGATED,
    NEAR_NEGATIONS,
    NEGATIONS,
    NEGATIVE_SUBJECTS,
    NOT_ROLES,
    NOUN_ONLY_PREPOSITIONS,
    NOUN_QUANTIFIERS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OF_VERBS,
    ORDER_OPENERS,
    OTHER_VERBS_FORMS,
    PAIRING_WORDS,
    PARTICIPLE_PREPOSITIONS,
    PERSONAL_SUBJECTS,
    PLAN_WORDS,
    PLURAL_QUANTIFIERS,
    PLURAL_SUBJECTS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    PRONOUNS,
    REPEATED,
    REPEATING,
    ROUGHLY,
    STRETCHES,
    SUBORDINATORS,
    TEMPORAL_SUBORDINATORS,
    TIME_UNITS,
    TIME_WORDS,
    VERB_PARTICLES,
    WHAT_SUBJECTS,
)
from dateline.store.extract.taxonomy import EVENT_TYPES, GENERIC_VERBS, REPORTING_VERBS

# Unions of the word lists the tests below read, made once rather than at every word.
_BE_FORMS = BE_FORMS
_THOSE_PEOPLE = DEFINITE_DETERMINERS | POSSESSIVE_DETERMINERS  # "the people who voted"
_AUX_PERFECT = AUX_PERFECT_PRESENT | AUX_PERFECT_PAST
_NOT_BEFORE_BARE = PREPOSITIONS | COORDINATORS  # "of reports", "and states": nouns
_FINITE = FINITE_AUX | FINITE_MODALS
_ADVERBS_OR_NEGATIONS = ADVERBS | NEGATIONS  # between a verb and its modal: "will not vote"
# every word of a verb group before its verb ("has been", "did", "got", "was being")
_AUX_WORDS = _AUX_PERFECT | _BE_FORMS | DO_FORMS | {"been", "be", "being", "got"}
_FINITE_BE = AUX_BE_PAST | FINITE_AUX  # "was", "is", "has": the group's tense
_BE_AND_HAVE = FINITE_AUX | {"be", "been", "being"}  # no bare verb follows them
# Forms of "be" before a predicate noun: an -s word after them ("are theft reports",
# "there were fires") is no verb; not "’s", which may be an owner's ("the firm's chief says")
_BE_PREDICATE = frozenset({"is", "are", "was", "were", "be", "been", "being", "’re", "'re"})
_BEFORE_BARE_OBJECT = MODALS  # "to give", "will offer": a verb, its object next
_NOT_OBJECTS = PREPOSITIONS | ADVERBS | TIME_WORDS | {"that"}
_CLAUSE_OPENERS = DETERMINERS | PRONOUNS  # ", says and the mayor …" goes on as a clause
# a preposition before a participle makes it an adjective ("with increased demand", "worked
# inside crowded wards"); not "to" ("to cut" is a verb) nor "by" ("hit by" an agent), nor
# "nearby", an adverb after its noun ("residents nearby heard shots")
_BEFORE_ADJECTIVE = (
    (PREPOSITIONS - {"to", "by"}) | (LOCATIVE_PREPOSITIONS - {"nearby"}) | {"including"}
)


def _regular_forms(lemma: str) -> tuple[str, str, str]:
    """(third person, past, -ing) of a regular verb."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", lemma):
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        third = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return third, past, ing


def _build_verbs() -> dict[str, tuple[str, str]]:
    """word form → (lemma, form) where form is base | s | past | pp | ing.

    A phrasal verb ("speak out", "step down") is entered under its head verb; its particle
    is checked where the verb is found (`taxonomy.PHRASAL`).
    """
    lemmas: set[str] = set(GENERIC_VERBS)
    for _desc, verbs, _nouns in EVENT_TYPES.values():
        lemmas.update(v.split()[0] for v in verbs)
    table: dict[str, tuple[str, str]] = {}
    for lemma in lemmas:
        third, past, ing = _regular_forms(lemma)
        pp = past
        if lemma in IRREGULAR:
            past, pp = IRREGULAR[lemma]
        table.setdefault(ing, (lemma, "ing"))
        table.setdefault(third, (lemma, "s"))
        table[past] = (lemma, "past")
        table.setdefault(pp, (lemma, "pp"))
        table.setdefault(lemma, (lemma, "base"))
    for form in OTHER_VERBS_FORMS:
        table.pop(form, None)
    return table


VERB_FORMS = _build_verbs()
# Verbs whose participle is their base and whose past is another word ("come"/"came",
# "become", "run", "overcome"): with no auxiliary, such a form is the present ("readers
# come from search"), not a past ("came").
_BASE_PARTICIPLES = frozenset(
    lemma for lemma, (past, pp) in IRREGULAR.items() if pp == lemma and past != lemma
)
IRREGULAR_FORMS = {
    form: (lemma, kind)
    for lemma, (past, pp) in IRREGULAR.items()
    for form, kind in ((past, "past"), (pp, "pp"))
}


def _known_form(word: str) -> str:
    """The form of a word the verb tables know ("said", "fell"), else "" (no guess: "United"
    is a name, not a past)."""
    known = VERB_FORMS.get(word) or IRREGULAR_FORMS.get(word)
    return known[1] if known else ""


# TimeML classes of happenings: not STATE ("is aimed at") nor I_STATE ("believes", "wants")
EVENTIVE = frozenset({"OCCURRENCE", "I_ACTION", "ASPECTUAL"})


@lru_cache(maxsize=1 << 16)
def guess_form(word: str) -> tuple[str, str]:
    """(lemma, form) of a verb outside the taxonomy, from its ending: the event detector
    says it names a happening ("delivered", "flew", "rolling"), this says its tense.
    Cached: the verb tests ask it of every word, several times a sentence."""
    low = word.lower()
    if low in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[low]
    if low.endswith("ied") and len(low) > 4:
        return low[:-3] + "y", "past"
    if low.endswith("ed") and len(low) > 4:
        lemma = _lemma(low[:-2])
        lex = poslex()
        if low in lex and "V" not in lex.get(lemma, "") + lex.get(low[:-1], ""):
            # a word of its own, not an ending on a verb: "speed", "exceed", "hundred",
            # "sacred" ("the lightning-fast speed that …" is no past of "spe")
            return low, "base"
        if "V" not in lex.get(lemma, "") and "V" in lex.get(low[:-1], ""):
            lemma = low[:-1]  # "continued", "guaranteed": a verb ending in a vowel and "e"
        return lemma, "past"
    if low.endswith("ing") and len(low) > 5:
        return _lemma(low[:-3]), "ing"
    # not "-ss", "-us", "-is": "focus", "census", "crisis" are no third person of "focu"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return _lemma(low[:-1]), "s"
    return low, "base"


def _lemma(stem: str) -> str:
    """The dictionary form behind a stripped ending: "mov" → "move", "stopp" → "stop",
    "pushe" → "push" (the word list's verbs; else the stem as it is)."""
    lex = poslex()
    # "hoped" is "hope" ("hopped" would be "hop"): the silent e first
    single = stem[-1:] not in "aeiouy" and stem[-2:-1] != stem[-1:]
    if single and "V" in lex.get(stem + "e", ""):
        return stem + "e"
    if "V" in lex.get(stem, ""):
        return stem
    # only a doubled consonant ("stopp") or an "-es" ending ("pushe") drops a letter
    if (stem[-1:] == stem[-2:-1] or stem.endswith("e")) and "V" in lex.get(stem[:-1], ""):
        return stem[:-1]
    return stem


@lru_cache(maxsize=1 << 16)
def verb_form(word: str) -> tuple[str, str]:
    """(lemma, form) of a word as a verb: the verb table's, else guessed from its ending.
    Cached by word: the rules ask it some 300 times an article."""
    return VERB_FORMS.get(word.lower()) or guess_form(word)


@lru_cache(maxsize=8192)
def ly_adverb(word: str) -> bool:
    """An adverb known by its "-ly" ("recently", "falsely", "unsurprisingly"), not a noun or
    adjective that ends so: "His family launched a fundraiser" has no adverb before its
    verb ("family", "assembly", "supply", "daily", "elderly")."""
    low = word.lower()
    if len(low) <= 4 or not low.endswith("ly"):
        return False
    tags = poslex().get(low)
    return tags is None or "R" in tags and "N" not in tags


def past_adverbs_back(tokens: list[tuple[int, int, str]], k: int) -> int:
    """The index of the first word at or before `k` that is no adverb (listed or "-ly"),
    or -1: what stands before a verb past "also", "quickly" ("officials also said", "has
    long since closed")."""
    while k >= 0 and (tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2])):
        k -= 1
    return k


def _next_word(tokens: list[tuple[int, int, str]], i: int) -> str:
    return tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""


def _past_adverbs(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Is the first word from `k` on that is no adverb, past a short bracket, a past ("falsely
    said", "Orbex shares (ORB) fell")? A past read as a participle counts before a figure
    ("Orbex shares slid 4%", "slid $3"), not before a noun it may describe ("Lee shares used
    books")."""
    if k < len(tokens) and tokens[k][2] == "(":
        close = next((j for j in range(k + 1, min(len(tokens), k + 5)) if tokens[j][2] == ")"), 0)
        k = close + 1 if close else k
    while k < len(tokens) and (tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2])):
        k += 1
    form = _known_form(tokens[k][2].lower()) if k < len(tokens) else ""
    if form == "pp" and k + 1 < len(tokens):
        nxt = tokens[k + 1][2].lower()
        return nxt[:1].isdigit() or nxt in MONEY_SIGN_CHARS or nxt in NUMBER_WORDS
    return form == "past"


def _listed_next(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does a list go on after the word: "…, states and major cities", "…, states, provinces"?"""
    nxt = _next_word(tokens, i)
    return (
        nxt == ","
        or nxt in ("and", "or")
        and i + 2 < len(tokens)
        and tokens[i + 2][2].lower() not in _CLAUSE_OPENERS
    )


# Words that open a clause of their own: a verb after them is not the clause's before them.
# words after which a finite verb is another clause's ("died in 2013 after the cancer had
# spread": "had" is the cancer's, so "died" is no participle before it)
_OTHER_CLAUSE = (
    frozenset({"that", ",", ";", "which", "who", "what", "how", "why", "because"})
    | IF_WORDS
    | (TEMPORAL_SUBORDINATORS - {"as"})
)


# "according to" and the name of a source up to the word: no verb between
_ACCORDING = re.compile(r"\baccording to(?: [a-z’'-]+){0,3}$")


def _possessive(word: str) -> bool:
    """ "Apple's", "the city’s": an owner, a noun follows (unless "'s" is "is", see
    `_CONTRACTED`)."""
    return word.endswith(POSSESSIVE_ENDINGS)


def _after_according(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the word at `i` in the source named after "according to" ("according to local
    news reports")?"""
    near = tokens[max(0, i - 5) : i]
    for _a, _b, word in near:
        # (the length first: most words are not nine letters long, and need no lowercasing)
        if len(word) == 9 and word.lower() == "according":
            return _ACCORDING.search(" ".join(t[2].lower() for t in near)) is not None
    return False


def _modifier_word(word: str, k: int) -> bool:
    """Can this -ed/-ing word describe the noun after it ("worried calls", "body-shaming
    comments", a sentence's "Published estimates")? Not a name that ends so ("Boeing says",
    "Reading wins"): lower case, or opening the sentence as a verb form the table knows."""
    if not word.replace("-", "").isalpha():
        return False
    return word.islower() or k == 0 and word.lower() in VERB_FORMS


def _plural_owner(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Is token `k` the apostrophe of a possessive without "s" ("Rodgers' left leg")? The
    tokeniser splits it off; it is attached to a word ending in "s" and followed by a space."""
    return (
        k > 0
        and tokens[k][2] in ("'", "’")
        and tokens[k - 1][2][-1:] in ("s", "S")
        and tokens[k - 1][1] == tokens[k][0]
        and k + 1 < len(tokens)
        and tokens[k + 1][0] > tokens[k][1]
        # an even count of quotes before it: not the close of "chanted 'we want goals'"
        and sum(t[2] in ("'", "’") for t in tokens[:k]) % 2 == 0
    )


_SINGULAR_DETERMINERS = ARTICLES_AND_POSSESSIVES - {"the"}  # not "the poor received aid"


@lru_cache(maxsize=1 << 14)
def _adjective(word: str) -> bool:
    """Is the lower-case word an adjective and never a verb or an adverb ("tiny", "former",
    "Russian"; not "open", "only", "early")? Cached by word, as `_group_word`."""
    tags = poslex().get(word.lower(), "")
    return "J" in tags and "V" not in tags and "R" not in tags


@lru_cache(maxsize=1 << 14)
def _group_word(word: str) -> bool:
    """Can the word be one of the modifiers before a plural noun ("patent", "climate",
    "primary", "three", "and" in "theft and fire reports")? Lower case, no function word.
    Cached by word: `_plural_noun_here` asks it of each word it walks back over."""
    low = word.lower()
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and (low not in FUNCTION_WORDS or low in COORDINATORS or low in NUMBER_WORDS)
        and low not in _AUX_WORDS
        and low not in PRONOUNS
        and not ly_adverb(low)
    ) or word.isdigit()


def _plural_noun_here(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the -s word at `i`, a plural noun too ("talks", "claims", "reports"), the noun of a
    phrase no subject can be: after a form of "be" ("there were floods", "the list shows
    what are theft and fire reports"), after a preposition that hangs on a plural noun or
    on a verb in progress ("Delegates at the March trade talks in Quito", "are waiting for
    the water claims"), or in a list ("workshops, guest talks, and film nights")? Not
    "the head of the agency claims": a singular noun before the preposition may be its
    verb's subject."""
    word = tokens[i][2].lower()
    if "N" not in poslex().get(word, "") or not _group_word(tokens[i - 1][2]):
        return tokens[i - 1][2].lower() in _BE_PREDICATE  # "there were fires in the hills"
    k = i - 1
    while k > 0 and _group_word(tokens[k][2]):
        k -= 1
    if tokens[k + 1][2].lower() in COORDINATORS:
        return False  # "Lee and council plans": the group opens with no word of its own
    named = k
    while named > 0 and tokens[named][2][:1].isupper() and tokens[named][2].isalpha():
        named -= 1  # "the March trade talks": names in the group, after a determiner only
    if named > 0 and tokens[named][2].lower() in DETERMINERS:
        k = named - 1
    opener = tokens[k][2].lower()
    if opener in _BE_PREDICATE:
        return True
    anchor = tokens[k - 1][2] if k > 0 else ""
    plural_anchor = (
        anchor.lower().endswith("s")
        and not anchor.lower().endswith("ss")
        and "N" in poslex().get(anchor.lower(), "")
    )
    if opener == ",":
        # "podium talks, guest lectures, and film nights": a plural noun listed before it
        return plural_anchor and tokens[k + 1][2].islower() and _listed_next(tokens, i)
    if opener not in PREPOSITIONS or opener in ("than", "like"):
        return False
    in_progress = (
        anchor.lower().endswith("ing")
        and k > 1
        and (
            tokens[k - 2][2].lower() in _BE_FORMS
            or tokens[k - 2][2].lower() in NEGATIONS
            or tokens[k - 2][2].lower().endswith(("n’t", "n't"))  # "aren’t", one token
            and tokens[k - 2][2].lower()[:-3] in _BE_FORMS
        )
    )
    return plural_anchor or in_progress


# "-ing" words that a participle after them completes as a verb: "is being treated", "having
# resigned", "getting hurt", "became involved" (see `_after_progressive`)
_ING_BEFORE_PARTICIPLE = frozenset({"being", "having", "getting", "becoming", "seeming"})


def _after_progressive(
    tokens: list[tuple[int, int, str]], i: int, lows: list[str] | Lowered
) -> bool:
    """Is the word before `i` the "-ing" verb of a progressive ("is considering", "were
    quietly weighing"), one that takes an object ("paid advertising")? Not one a participle
    completes (`_ING_BEFORE_PARTICIPLE`: "is being treated")."""
    prev = lows[i - 1]
    if i < 2 or prev in _ING_BEFORE_PARTICIPLE:
        return False
    if not prev.endswith("ing") or verb_form(tokens[i - 1][2])[1] != "ing":
        return False
    k = past_adverbs_back(tokens, i - 2)  # "is now weighing", "were quietly seeking"
    return k >= 0 and lows[k] in _BE_PREDICATE


def _in_noun_phrase(
    tokens: list[tuple[int, int, str]], i: int, form: str, lows: list[str] | Lowered
) -> bool:
    """Is the verb form at `i` a word of a noun phrase the tests before let through: a
    participle between an adjective and its noun ("a tiny cropped top"), one on the object
    of a bare verb ("to give extended speeches"), a bare word after a name used as an
    adjective ("Russian state television", "Peru's southern Ica state"), one closing a
    name after a preposition that takes no subject ("during Zoom calls")?"""
    prev = tokens[i - 1][2]
    low = lows[i - 1]
    if form in ("past", "pp"):
        if not noun_next(tokens, i) or not prev.isalpha() or not prev.islower():
            return False
        k = i - 1
        while k > 0 and tokens[k][2].isalpha() and _adjective(tokens[k][2]):
            k -= 1
        opener = lows[k]
        if k < i - 1 and (opener in _SINGULAR_DETERMINERS or opener in _BEFORE_ADJECTIVE):
            # "a tiny cropped top", "her new framed print", "a problem with current
            # targeted treatments", "In general targeted drugs have fewer side effects"
            return True
        if (
            k < i - 1
            and opener != "the"
            and opener not in _AUX_WORDS
            and opener not in PRONOUNS
            and "N" not in poslex().get(opener, "N")
        ):
            # "The thief is shown wearing dark rimmed glasses": between an adjective and
            # its noun after a verb or a function word (not "the poor received aid", not
            # "has long fixed prices", not "Leaders statewide met last week")
            return True
        return (
            i > 1
            and lows[i - 2] in _BEFORE_BARE_OBJECT
            and low not in _AUX_WORDS
            and low not in LINKING_VERBS
            and verb_form(low)[1] == "base"
            and "V" in poslex().get(low, "")
        )  # "to give extended speeches", "will offer reduced fares"
    nxt = lows[i + 1] if i + 1 < len(tokens) else ""
    if form == "s" and poslex().get(nxt) == "V" and guess_form(nxt)[1] == "base":
        return True  # "video calls tend to …": the subject of a bare verb, a plural noun
    if form == "s" and _plural_noun_here(tokens, i):
        return True  # "Delegates at the March trade talks in Quito", "there were fires"
    k = i - 1
    while k >= 0 and tokens[k][2][:1].isupper() and tokens[k][2].replace("-", "").isalpha():
        k -= 1
    if k == i - 1 or prev.endswith("s"):
        return False  # no name before it, or a plural one ("Democrats pledge")
    before = lows[k] if k >= 0 else ""
    if before in NOUN_ONLY_PREPOSITIONS:
        return True  # "froze during Zoom calls"
    if form != "base":
        return False
    # "Russian state television showed", "a Republican state legislator": a name that is an
    # adjective; "Peru's southern Ica state", "a former Ohio state senator": a name after
    # an adjective or an owner, modifying the noun
    demonym = prev.endswith(DEMONYM_ENDINGS) or prev in IRREGULAR_DEMONYMS
    return (
        demonym
        and _adjective(prev)
        or before.isalpha()
        and _adjective(before)
        or _possessive(before)
    )


# What may follow a preposition made of a participle ("given the risks", "given how terse
# it is", "given it has failed", "Given Ruiz's record"): a noun phrase or a clause
_AFTER_PREPOSITION = DETERMINERS | PRONOUNS | frozenset({"how", "what", "that", "its"})


def _preposition_here(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` ("given", "considering", "following") a preposition here:
    no auxiliary before it, adverbs between ("had already given the", "was given a"), and a
    noun phrase or a clause after it ("Given the risks", "given how terse it is", "Given
    Ruiz's record", "given it has failed")?"""
    k = past_adverbs_back(tokens, i - 1)
    if k >= 0 and tokens[k][2].lower() in _AUX_WORDS:  # perfects among them
        return False
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1][2]
    name = nxt[:1].isupper() and nxt.replace("'", "").replace("’", "").isalpha()
    return nxt.lower() in _AFTER_PREPOSITION or name


class Lowered:
    """The tokens' words lowercase by index, each lowercased when asked: what the verb tests
    read for a caller with no list of them at hand (a `Sentence` has its `lows`, read once)."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: list[tuple[int, int, str]]) -> None:
        self.tokens = tokens

    def __getitem__(self, k: int) -> str:
        return self.tokens[k][2].lower()


def participle_form(low: str, lemma: str) -> bool:
    """Can the past form `low` also be its verb's participle ("increased", "cut"), unlike
    "took" (taken), "fell" (fallen), "rose" (risen)?"""
    forms = IRREGULAR.get(lemma)
    return forms is None or low == forms[1]


def _counts(word: str) -> bool:
    """Does the word count what follows ("eight", "8", "a few", "several")? Near a time
    unit, the unit is counted ("eight more weeks left", "12 action points suggested")."""
    return word[:1].isdigit() or word in NUMBER_WORDS or word in ("few", "several", "many", "a")


def is_verb_here(
    tokens: list[tuple[int, int, str]], i: int, lows: list[str] | Lowered | None = None
) -> bool:
    """Rule out noun and adjective readings: "23 states", "the announced plan", "FILE".
    `lows`: each token's word lowercase, when the caller has them (a `Sentence`'s): this
    runs for every candidate verb and reads its neighbours many times."""
    word = tokens[i][2]
    if word.isupper() and len(word) > 1:
        return False
    if lows is None:
        lows = Lowered(tokens)
    low = lows[i]
    if low in PARTICIPLE_PREPOSITIONS and _preposition_here(tokens, i):
        # "favoured this summer given the losses", "Given the risks, …", "hard to write
        # given how terse it is": a preposition
        return False
    if word[:1].isupper() and i > 0:
        return False
    if i == 0:  # "Reports in Kenya said …": a sentence rarely opens with a bare present,
        # but a saying after its quote does ("“We will grow,” says Karen Holt": the masked
        # quote leaves "says" first)
        lemma, form = verb_form(word)
        quoted = tokens[0][0] > 0  # the masked quote before it, not "Talks between …"
        if form in ("past", "pp"):
            # "Armed men stormed …", "Published estimates put …": a sentence opens with
            # no past verb before its subject, but may with a participle ("Founded in …")
            return quoted or not noun_next(tokens, 0) or _next_word(tokens, 0) in _OTHER_CLAUSE
        return quoted and form == "s" and lemma in REPORTING_VERBS
    prev = lows[i - 1]
    nxt = lows[i + 1] if i + 1 < len(tokens) else ""
    _lemma, form = VERB_FORMS.get(low) or guess_form(word)  # `verb_form`
    # the two groups of forms the tests below ask about, told once (a dozen tests ask)
    past = form in ("past", "pp")  # "announced": a past or a participle
    present = form in ("s", "base")  # "states", "say"
    k = i - 1  # "will also purchase", "will now receive", "did not reopen": adverbs between
    before = prev
    while k > 0 and before in _ADVERBS_OR_NEGATIONS:
        k -= 1
        before = lows[k]
    if (
        low in COMPARING
        and nxt in ("to", "with")
        and before not in _AUX_WORDS
        and before not in PRONOUNS
    ):
        return False  # "34 deaths in May compared to four in April": a comparison
    if form == "base" and (
        before in FINITE_MODALS
        or before in DO_FORMS
        or before == "to"
        and k > 0
        and lows[k - 1] in PLAN_WORDS
    ):
        return True  # "will vote", "could strike", "plans to sign": a verb, whatever its mood
    if prev in DETERMINERS or (prev[:1].isdigit() or prev in NUMBER_WORDS) and present:
        return False  # "the announced plan", "23 states" — but "iPhone 4 began" is a verb
    if _in_noun_phrase(tokens, i, form, lows):
        return False  # "a tiny cropped top", "Russian state television", "during video calls"
    if _possessive(prev) and prev[:-2] not in _CONTRACTED:
        return False  # "the MTA's announcement", "Apple's shares" (not "it's been")
    if present and _after_according(tokens, i):
        return False  # "according to local news reports": the source's name
    if _plural_owner(tokens, i - 1):
        return False  # "stepping on Rodgers' left leg", "the Joneses' new car"
    if nxt == "than":
        return False  # "three degrees warmer than Monday's": a comparative
    if past and (prev[:1].isdigit() or prev in NUMBER_WORDS) and noun_next(tokens, i):
        return False  # "six named storms", "three wounded officers": an adjective
    if (
        past
        and participle_form(low, _lemma)  # not "Similar bans took effect": "took" is no adjective
        and (
            prev not in _AUX_WORDS
            and VERB_FORMS.get(prev, ("", ""))[1] in ("s", "past")
            or prev in _BEFORE_ADJECTIVE
        )
        and noun_next(tokens, i)
    ):
        # "The plane promises increased fuel efficiency", "factors, including increased
        # emissions", "rose with increased demand": an adjective
        return False
    if past and _after_progressive(tokens, i, lows) and noun_next(tokens, i):
        # "The club is considering paid advertising", "The union is seeking improved pay":
        # a participle on the object of a verb in progress, an adjective (not "is being
        # treated", "having resigned": a passive, a perfect)
        return False
    if (
        past
        and (
            _possessive(prev)
            and prev[:-2] not in _CONTRACTED
            or prev == "."
            and _clock_before(tokens, i)
        )
        and noun_next(tokens, i)
    ):
        return False  # "the city's planned opening", "the 9 a.m. scheduled start"
    if past and prev in TIME_UNITS and any(_counts(w) for w in lows[max(0, i - 4) : i - 1]):
        return False  # "eight weeks left on her lease": what remains, not a leaving (but
        # "The worst storm in decades struck the city": a verb after the phrase)
    if past:
        j = i - 1  # "the recently announced iPhone": adverbs between a determiner and it
        while j > 0 and ly_adverb(tokens[j][2]):
            j -= 1
        if j < i - 1 and lows[j] in DETERMINERS:
            return False
    if present and (prev in _NOT_BEFORE_BARE or prev in NOUN_QUANTIFIERS):
        return False  # "of reports", "and states", "more states": nouns
    if form == "s" and prev in PLURAL_QUANTIFIERS:
        return False  # "than in most states", "several reports": plural nouns
    if (
        form == "s"
        and _lemma in REPORTING_VERBS
        and i > 1
        and lows[i - 2] == "to"
        and tokens[i - 1][2].isalpha()
        and tokens[i - 1][2].islower()
    ):
        # "tried to address reports of faults", "pointed to media reports": a saying's noun
        # after an infinitive or a preposition's noun, which no finite verb follows without
        # a comma or a "that"
        return False
    if form == "s" and _lemma in REPORTING_VERBS and _after_paired_nouns(tokens, i, lows):
        # "the fuel and labour estimates for the probe", "put pay and contract talks on
        # hold": two nouns joined by "and" take no "-s" verb, so the word is their plural noun
        return False
    if present and nxt == "of" and _lemma not in OF_VERBS:
        # "the northern state of Kerria", "amid reports of looting": a noun ("warn of
        # floods", "speaks of progress" are verbs)
        return False
    if present and prev == "," and _listed_next(tokens, i):
        return False  # "countries, states and cities", "shops, bars, cafes": a list's noun
    if form == "base" and before in _BE_AND_HAVE:
        return False  # "The shop is open", "were present": an adjective after "be"
    if (
        form == "base"
        and tokens[i - 1][2][:1].isupper()
        and not prev.endswith("s")
        and i > 1
        and lows[i - 2] in DETERMINERS
    ):
        return False  # "the California state director": a noun after a name used as one
    if (
        form == "base"
        and not (
            prev.endswith("s")
            and not prev.endswith(("ous", "ss"))  # not "the previous state court"
            or prev in PLURAL_SUBJECTS
            or tokens[i - 1][2][:1].isupper()
        )
    ):
        return False  # a bare present needs a plural subject: "officials say", not "air force"
    if present and (
        # "a resistance force said", "Facebook posts falsely said": a noun
        _past_adverbs(tokens, i + 1)  # "Apple shares fell"
        # "worried calls" — not a name that ends so ("Boeing says", "Reading wins")
        or (prev.endswith(("ed", "ing")) and _modifier_word(tokens[i - 1][2], i - 1))
    ):
        return False
    # "said on Saturday the plan was safe": a saying's past, not a participle
    speech = _lemma in REPORTING_VERBS and form == "past"
    passive = prev in FINITE_AUX  # "were drafted for the bridge in March and will be …"
    if (
        form in ("past", "pp", "s")
        and prev not in PRONOUNS
        and nxt in PREPOSITIONS
        and not (speech or passive)
    ):
        # "events created on a laptop would be sent", "the iPhone developed by Cisco is":
        # a participle modifying a noun, when a finite verb follows in the clause; and
        # "media reports in Tanzania have said": a plural noun, not a verb
        for k in range(i + 2, min(i + 12, len(tokens))):
            later = lows[k]
            if later in _OTHER_CLAUSE:
                break  # the finite verb after these belongs to another clause ("refused
                # to say if she would run")
            if later in _FINITE and lows[k - 1] in ("and", "but"):
                break  # "lost on Sunday and will play again": the subject's next verb
            if later in _FINITE and not tokens[k][2][:1].isupper():  # "said on May 3": a month,
                return False  # not the modal
    if (
        past
        and nxt in PREPOSITIONS
        and not passive
        and tokens[i - 1][2].isalpha()
        and tokens[i - 1][2].islower()  # a noun: not "West Ham United chipped in"
        and not ly_adverb(prev)  # "the project inevitably decided to"
        and prev not in _CLOSED
        and _object_of(tokens, i)
    ):
        return False  # "The state recorded 412 new cases reported in one day": a participle
    if nxt in FINITE_MODALS or nxt in _BE_FORMS or nxt in ("has", "had", "have"):
        return False  # "the price cut will be reduced": a noun before its verb
    if (
        prev == ","
        and _lemma in REPORTING_VERBS
        and i + 1 < len(tokens)
        and (nxt in DETERMINERS or tokens[i + 1][2][:1].isupper())
    ):
        return True  # "Fares will rise in May, says the mayor": a saying put after its words
    if form == "s" and prev not in PRONOUNS and _finite_before(tokens, i, lows):
        return False  # "United have put pay and contract talks on hold": its object
    # "of dropped calls": a participle between a preposition and the noun it modifies —
    # not one before its object ("the speed it is known for convinced us", "… the team")
    return not (
        past
        and prev in PREPOSITIONS
        and nxt.isalpha()
        and nxt not in OBJECT_PRONOUNS
        and nxt not in DETERMINERS
    )


def _shares_perfect(tokens: list[tuple[int, int, str]], i: int, start: int) -> bool:
    """Is the verb at `i` coordinated with a perfect before it in its clause ("has spread
    across the county and forced", "had resigned and left"): one "have" for both."""
    if i - 1 <= start or tokens[i - 1][2].lower() not in ("and", "or"):
        return False
    for k in range(i - 2, start - 1, -1):  # the nearest auxiliary before "and" governs
        word = tokens[k][2].lower()
        if word in MODALS or word in _AUX_WORDS:
            after = tokens[k + 1][2].lower()
            # an auxiliary, not "had a knife and demanded cash"
            return word in _AUX_PERFECT and (
                after == "been" or after in ADVERBS or verb_form(after)[1] in ("past", "pp")
            )
    return False


def _joined_infinitive(tokens: list[tuple[int, int, str]], i: int, start: int) -> int | None:
    """The verb of a "to" infinitive that the verb at `i`, a base that is also its past
    ("set", "shut", "cut", "put"), joins after "and" or "or": "helping to clean the beach and
    set up tents", "plans to sell a mill and shut another" (its tense and mood the
    infinitive's, no past of its own). Not "moved to Leeds and set up a firm" (no verb after
    "to"), nor "… and they set up a firm" (a subject of its own)."""
    word = tokens[i][2].lower()
    if i < 4 or verb_form(word)[0] != word or tokens[i - 1][2].lower() not in ("and", "or"):
        return None
    for k in range(i - 2, max(start, i - 10) - 1, -1):
        low = tokens[k][2].lower()
        if low in (",", ";", ":") or low in _SUBJECT_PRONOUNS:
            return None
        if low == "to" and k + 1 < i - 1:
            after = tokens[k + 1][2].lower()
            verb = "V" in poslex().get(after, "") and verb_form(after) == (after, "base")
            return k + 1 if verb else None  # (not "to the mill")
    return None


_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())


def _listed_after(tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """The first of a list of participles that the one at `i` closes, when an auxiliary or
    a modal stands before that first one: "Genes may be copied, or deleted", "When forests
    are cleared, burned and planted": one verb group for all, so one tense and mood."""
    k, head = i, None
    while k >= 2:  # back over the list, whose commas may have cut the clause before `i`
        j = k - 1
        while j > 0 and tokens[j][2].lower() in (",", "and", "or"):
            j -= 1
        if j == k - 1 or verb_form(tokens[j][2].lower())[1] not in ("past", "pp"):
            break
        k = head = j
    if head is None or head < 2:
        return None
    # a finite group ("may be", "are"), not an infinitive's ("refused to be filmed and
    # asked …": "asked" is the subject's own past)
    before, aux = tokens[head - 1][2].lower(), tokens[head - 2][2].lower()
    finite = before in _FINITE_BE or before in ("be", "been") and aux in FINITE_MODALS
    return head if finite else None


# An auxiliary's contracted negation without its "n't" that is not the auxiliary itself
_NEGATED_STEMS = {"wo": "will", "ca": "can", "sha": "shall"}


def _clitic_auxiliary(word: str, following: str) -> str | None:
    """The perfect's auxiliary a subject's clitic stands for before `following`, the word
    after it ("they've hired", "he'd left", "she's been": "have", "had", "has"), else None:
    not "he'd be" (would), not "she's fronting" or "it's recommended" ("is" or "has"?), not
    an owner's "the firm's"."""
    if "'" not in word and "’" not in word:
        return None  # no clitic (most words: the tests below would say so at more cost)
    stem, _, clitic = word.replace("’", "'").rpartition("'")
    if stem not in _CONTRACTED:
        return None
    after = following.lower()
    if clitic == "s":
        return "has" if after == "been" else None
    if clitic in ("ve", "d") and verb_form(after)[1] in ("past", "pp") and after != "be":
        return "have" if clitic == "ve" else "had"
    return None


def _likeness(tokens: list[tuple[int, int, str]], start: int, prefix: list[str]) -> bool:
    """Does "as though" or "as if" open the clause, or stand in it before the verb?"""
    if "as" not in prefix and (not start or tokens[start - 1][2].lower() != "as"):
        return False
    words = ([tokens[start - 1][2].lower()] if start else []) + prefix
    return any(a == "as" and b in ("though", "if") for a, b in zip(words, words[1:], strict=False))


def _advised(tokens: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Is the bare verb at `i` after "better" ("The hosts had better come out firing", "The
    Rovers better show up ready")? Not "to better serve", nor a graded participle ("is
    better known")."""
    if i < 1 or tokens[i - 1][2].lower() not in ADVISING or tokens[i][2].lower() != lemma:
        return False
    before = tokens[i - 2][2].lower() if i > 1 else ""
    return before != "to" and before not in _BE_FORMS and before not in DETERMINERS


def _little_subject(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Does the clause before the verb at `i` open with "little" as its subject ("Little
    progress was made"), not a name ("Little Rock police said") nor "a little"?"""
    k = next((k for k in range(start, i) if tokens[k][2].lower() == "little"), None)
    if k is None or k + 1 >= i:
        return k is not None
    return not tokens[k + 1][2][:1].isupper()


def lower_but_may(word: str) -> str:
    """A word as the rules compare it: lowercased, but "May" with its capital is the month or
    a name ("In May the firm shut a plant", "Theresa May visited Paris"), not the modal."""
    return word if word == "May" else word.lower()


def aspect_of(
    tokens: list[tuple[int, int, str]], i: int, start: int, lows: list[str] | None = None
) -> str | None:
    """The trigger's tense and mood: past, perfect, habitual, present, future (a plan: "will
    deliver", "plans to buy"), or None (skip: conditional, possible, negated). `lows`: the
    words lowercase, when the caller has them (a `Sentence`'s)."""
    lemma, form = verb_form(tokens[i][2])
    if lows is None:
        lows = [t[2].lower() for t in tokens]
    # `lower_but_may` of each word (this runs for every candidate verb): the lowercase words,
    # but for a "May" with its capital, rare enough to look for in them first
    prefix = lows[start:i]
    if "may" in prefix:
        prefix = [w if w == "May" else w.lower() for _a, _b, w in tokens[start:i]]
    near = prefix[-4:]  # "will issue subpoenas or cut off": the modal governs both verbs
    if _advised(tokens, i, lemma):
        return None  # "The hosts had better come out firing": advice, no happening
    words = set(prefix)
    if not words.isdisjoint(CONDITIONALS):
        return None  # conditional clause: not (yet) part of the chronology
    if not words.isdisjoint(NEGATIVE_SUBJECTS) or "no one" in " ".join(prefix):
        return None  # "nothing matched …", "no one on TV covered …": denied, not told
    if _likeness(tokens, start, prefix):
        return None  # "looked as if spring had come early": a likeness
    if (
        form in ("past", "pp")
        # (`_inverted_if` needs a "had": most clauses have none)
        and ("had" in words or start and tokens[start - 1][2].lower() == "had")
        and _inverted_if(tokens, start, i)
    ):
        return None  # "could have been avoided had the leaders made other choices"
    if not words.isdisjoint(_DENYING_OPENERS):  # (the tests below need one of these words)
        opening = [w for w in prefix[:3] if w not in COORDINATORS and w != ","]
        if opening[:1] == ["no"] and not (len(opening) > 1 and opening[1][:1] in "0123456789."):
            return None  # "No injuries were reported", "…, and no age or address reported"
        if _scarcely_any(opening):
            return None  # "Barely a shot was fired", "Few knew it was coming": all but denied
        if [w for w in opening if w not in CLAUSE_JOINERS][:1] == ["little"] and _little_subject(
            tokens, start, i
        ):
            return None  # "Little concrete has happened", "Little was done": denied, not told
    has_modal = not words.isdisjoint(FINITE_MODALS)
    modal = next((w for w in reversed(near) if w in FINITE_MODALS), None) if has_modal else None
    if modal and modal not in FUTURE_MODALS:
        return None  # "could sign", "would sign", "may sign": possible, not planned
    if (
        form == "base"
        and has_modal
        and any(w in FINITE_MODALS and w not in FUTURE_MODALS for w in prefix)
    ):
        # (not the month: "In May we could …" has its modal after it)
        return None  # "we could see three big storms form": possible too
    aux: list[str] = []
    j = i - 1
    governed = i  # the verb or auxiliary a clitic before would govern, adverbs passed over
    while j >= start and len(aux) < 3:
        w = lower_but_may(tokens[j][2])
        contracted = w.endswith(("n't", "n’t"))  # "hasn't", "didn’t": an auxiliary, negated
        if (w in NEGATIONS or contracted) and not _until_after(tokens, i):
            return None
        if contracted:
            w = _NEGATED_STEMS.get(w[:-3], w[:-3])
        if w in NEGATIONS or w in ADVERBS or ly_adverb(w):
            pass  # "had not been significantly updated": any adverb between auxiliaries
        elif w in MODALS or w in _AUX_WORDS:
            aux.append(w)
            governed = j
        else:
            # "They've hired a new coach", "they’ve already sold 900": "have hired", a perfect
            clitic = _clitic_auxiliary(w, tokens[governed][2])
            if clitic:
                aux.append(clitic)
            break
        j -= 1
    if perfect_participle(tokens, i):
        return "perfect"  # "having built two bridges": done before, as "has built"
    if modal and set(prefix[-3:]) & HEDGES:
        return None  # "will likely appear", "will probably win": a guess, not a plan
    if modal:
        # "If the town refuses, the agency will sue": a plan only if nothing in the sentence
        # makes it conditional
        conditional = not IF_WORDS.isdisjoint(lows)
        return None if conditional else "future"
    if "to" in aux:
        k = j  # the word the infinitive hangs on: "plans to", "is expected to"
        hangs_on = tokens[k][2].lower() if k >= start else ""
        if aux[:2] == ["have", "to"] and hangs_on in EVIDENTIAL and form in ("past", "pp"):
            return "past"  # "A meteor is said to have landed there in 1911": it landed
        planned = k >= start and tokens[k][2].lower() in PLAN_WORDS
        if planned and _past_plan(tokens, k):
            return None  # "Six years ago Benedict aimed to curb …": a past intention
        if planned and k > start and tokens[k - 1][2].lower() in ("no", "not", "never"):
            return None  # "has no plans to publish it abroad": no plan at all
        return "future" if planned and form == "base" else None
    if "did" in aux and _until_after(tokens, i):
        return "past"  # "did not reopen until May"
    if not DO_FORMS.isdisjoint(aux):
        return None  # emphatic or negated do-support
    if not _AUX_PERFECT.isdisjoint(aux):
        return "perfect"
    # the tense is the finite "be"'s, past "being"/"be" ("are being advised": present)
    be = None
    if aux:
        be = next((a for a in aux if a in _FINITE_BE), None)
        be = be or next((a for a in aux if a in AUX_BE_PRESENT), None)
    if be in AUX_BE_PAST:
        return "habitual" if _habitual_before(tokens, start, i) else "past"
    if be in AUX_BE_PRESENT:
        return "present"
    if form in ("past", "pp") and not aux and _shares_perfect(tokens, i, start):
        return "perfect"  # "The fire has spread and forced crews to retreat"
    if form in ("past", "pp") and not aux and (inf := _joined_infinitive(tokens, i, start)):
        return aspect_of(tokens, inf, start, lows)  # "plans to sell a mill and shut another"
    head = _listed_after(tokens, i) if form in ("past", "pp") and not aux else None
    if head is not None:  # "may be copied, or deleted": as "copied", in the sentence
        return aspect_of(tokens, head, 0, lows)
    if form == "pp" and not aux and _base_after_plural(tokens, i):
        return "present"  # "where readers come from": no "came", no past
    if form == "past" or (form == "pp" and not aux):
        return "habitual" if _habitual_before(tokens, start, i) else "past"
    if form in ("s", "base"):
        return "present"
    return None  # -ing or participle without auxiliary


# The words a clause that denies its subject opens with ("No injuries were reported", "Barely
# a shot was fired", "Few knew", "Little was done"): `aspect_of` reads its opening only when
# one of them is among the clause's words, as most clauses have none.
_DENYING_OPENERS = NEAR_NEGATIONS | {"no", "few", "little"}


def _until_after(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "did not reopen until May": it reopened, in May (asked only of a negated verb)."""
    return any(t[2].lower() == "until" for t in tokens[i + 1 : i + 4])


def _scarcely_any(opening: list[str]) -> bool:
    """Do the clause's first words all but deny its subject ("Barely a shot was fired",
    "Hardly anyone turned up", "Few of the residents knew", "and very few stayed")? Not "A
    few fans stayed" (its "a" opens it), nor a time ("Barely a week later, the mine
    reopened", "Few days passed")."""
    words = [w for w in opening if w not in CLAUSE_JOINERS]
    if words[:1] == ["very"]:
        words = words[1:]
    if not words:
        return False
    if words[0] == "few":
        head = words[1:2]
    elif words[0] in NEAR_NEGATIONS and words[1:2] and words[1] in NEAR_NEGATED:
        head = words[2:3]
    else:
        return False
    return not (head and head[0].rstrip("s") + "s" in TIME_UNITS)


def _habitual_before(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Does a word of the clause before the verb at `i` tell a habit (`habitual_at`)? Asked
    only by a past that may be one, not by every verb `aspect_of` reads."""
    return any(
        habitual_at(tokens, k)
        for k, (_a, _b, word) in enumerate(tokens[start:i], start)
        if word.lower() in HABITUAL  # (as `habitual_at` asks first: most words are none)
    )


def _base_after_plural(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the word at `i` a participle that is its verb's base ("come", "become", "run")
    right after a plural subject ("where readers come from", "The new trams come with
    wifi")? No auxiliary: the present, as the past would be "came". Not "saw the two come
    level in May" (a bare infinitive after a verb of seeing, its tense the seeing's)."""
    if i < 1 or tokens[i][2].lower() not in _BASE_PARTICIPLES:
        return False
    before = tokens[i - 1][2]
    if before.lower() in ("we", "they", "you"):
        return True
    return before.isalnum() and before[-1:] == "s" and before[-2:] != "ss"


def _inverted_if(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Is the participle at `i` in a condition told by inversion ("Had the pilots known, …",
    "… could have been avoided had the leaders made other choices")? A "had" that opens
    the clause, or follows a participle or a comma, with its subject after it: nothing
    happened — when the sentence says what would have been ("would/could/might have").
    Not "he had made", nor "had been" or "had not" (an auxiliary in its place), nor "Smith,
    a farmer, had his barn rebuilt" (no "would have": a causative)."""
    for k in range(max(0, start - 1), i - 1):
        if tokens[k][2].lower() != "had":
            continue
        subject = tokens[k + 1][2]
        low = subject.lower()
        if low in _AUX_WORDS or low in NEGATIONS or low in ADVERBS or low == "to":
            continue
        if verb_form(subject)[1] in ("past", "pp") and not subject[:1].isupper():
            continue  # "had made": the perfect's participle right after it
        if any(t[2] in (",", ";", "—") for t in tokens[k + 1 : i]):
            continue  # "Had he known, they would have turned back": past the condition
        before = tokens[k - 1][2].lower() if k else ""
        if (
            k == 0
            or before in (",", ";", "—", "–")
            or (
                verb_form(before)[1] in ("past", "pp")
                and k > 1
                and tokens[k - 2][2].lower() in _AUX_WORDS
            )
        ):
            return _counterfactual(tokens)  # read the sentence only for a likely "had"
    return False


def _counterfactual(tokens: list[tuple[int, int, str]]) -> bool:
    """Does the sentence say what would have been ("would have turned back", "could have
    been avoided")?"""
    return any(
        a[2].lower() in COUNTERFACTUAL_MODALS and b[2].lower() == "have"
        for a, b in zip(tokens, tokens[1:], strict=False)
    )


def _past_plan(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """ "aimed to", "vowed to", "planned to", "had planned to": a plan made in the past, told
    in the simple past or the pluperfect — not "is expected to", "has agreed to", "was due
    to" (still ahead), "going to"."""
    word = tokens[k][2].lower()
    before = tokens[k - 1][2].lower() if k else ""
    if before in _BE_FORMS or before in ("has", "have", "been", "be"):
        return False
    return verb_form(word)[1] in ("past", "pp") and word not in ("set", "due")


def has_finite_verb(tokens: list[tuple[int, int, str]]) -> bool:
    """Has the line a finite verb (see `first_finite`)? A line without one is a heading or
    a tag line."""
    return first_finite(tokens) is not None


def first_finite(tokens: list[tuple[int, int, str]]) -> int | None:
    """The index of the line's first finite verb: an auxiliary, a modal, a past form, or an
    -s form after its subject ("Boeing says", "it shows"; "the floods" is a noun)."""
    for k, (_a, _b, word) in enumerate(tokens):
        low = word.lower()
        if low in _FINITE:
            return k
        known = VERB_FORMS.get(low)
        form = known[1] if known else guess_form(low)[1] if low.isalpha() else ""
        if form == "s" and k:
            before = tokens[k - 1][2]
            if before.lower() in PRONOUNS or before[:1].isupper():
                return k
        elif form in ("past", "pp"):
            return k
    return None


_CLOSED = FUNCTION_WORDS | DETERMINERS | ADVERBS | PRONOUNS


def _subject_of_aux(tokens: list[tuple[int, int, str]], k: int, past: bool = True) -> bool:
    """Does an auxiliary or a past form follow before a clause of its own starts, so that
    the words up to it are a subject ("Crowds out on the squares were seen")? Not a past
    form with `past` false (after "Get", "your news delivered" is no subject)."""
    for j in range(k, len(tokens)):
        low = tokens[j][2].lower()
        if low in _FINITE:
            return True
        if past and j > k and low.isalpha() and verb_form(low)[1] == "past":
            return True  # "People out on the streets cleared …" (not "Stay updated")
        if low in PRONOUNS or low in SUBORDINATORS or low in _CLAUSE_EDGE:
            return False
    return False


def imperative(tokens: list[tuple[int, int, str]]) -> int | None:
    """Where a line that tells the reader what to do opens ("Stay indoors: avoid travel",
    "Check on elderly neighbours", "Safety tip: Keep track of the forecast"): a capitalised
    bare verb with nothing before it (or only a label and its colon) and an object, particle
    or adverb after it. "Rain and snow fell", "Work on the bridge began" are not: a bare verb
    before a preposition counts only in a line without a finite verb."""
    starts = [0]
    for k in range(min(4, len(tokens) - 1)):
        if tokens[k][2] == ":":
            starts.append(k + 1)
    opener = tokens[0][2] if tokens else ""
    if opener[:1].isupper() and opener.lower() in ORDER_OPENERS:
        starts.append(1)  # "Then sign up for match alerts": the order after its opener
    for k in starts:
        if k + 1 >= len(tokens):
            continue
        word, after = tokens[k][2], tokens[k + 1][2].lower()
        if not (word[:1].isupper() or k == 1 and word.islower()):
            continue
        if not _bare_order_verb(tokens, k):
            continue  # "While some have been …", "Over the years …": no order
        if after in IMPERATIVE_NEXT or (after in PREPOSITIONS and not has_finite_verb(tokens)):
            return k
    return _order_after_phrase(tokens)


def _bare_order_verb(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Is tokens[k] a bare verb an order opens with, and no subject's ("Check on …", "Get
    the news delivered to your inbox"; not "Report: Crowds … were seen", a subject)?"""
    word = tokens[k][2]
    low = word.lower()
    if low in _CLOSED or "V" not in poslex().get(low, "") or verb_form(word)[1] != "base":
        return False
    return not _subject_of_aux(tokens, k + 1, past=low not in CAUSATIVE_VERBS)


def _order_after_phrase(tokens: list[tuple[int, int, str]]) -> int | None:
    """Where an order after a fronted phrase and its comma opens ("For results of Tuesday's
    vote, click here", "To join, sign up below", "From our daily briefing to a weekly
    letter, pick the week's top stories"): a bare verb right after the phrase's comma, with an
    object, a particle or "here" after it ("In May, police arrested …" is no order)."""
    if tokens[0][2].lower() not in PREPOSITIONS and tokens[0][2].lower() != "to":
        return None
    k = next((j + 1 for j in range(1, min(len(tokens) - 2, 16)) if tokens[j][2] == ","), None)
    if k is None:
        return None
    word, after = tokens[k][2], tokens[k + 1][2].lower()
    if not word.islower() or not _bare_order_verb(tokens, k):
        return None
    return k if after in IMPERATIVE_NEXT or after == "here" else None


def lasting(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the perfect at `i` a state that has lasted ("has lived in Spain for 12 years",
    "has run the ferry for three decades", "has kept a photo on her desk throughout her
    career"), not a happening? Not a passive ("has been jailed for 10 years": a sentence
    handed down)."""
    if i and tokens[i - 1][2].lower() == "been":
        return False
    if tokens[i][2].lower() == "spent" and _time_spent(tokens, i):
        return True  # "has spent 14 years at the port": a tally of time
    if tokens[0][2].lower() == "for" and _counts_time(tokens[1:4]):
        return True  # "For weeks, farmers have hoped for rain …"
    for k in range(i + 1, min(len(tokens), i + 15)):
        low = tokens[k][2].lower()
        if low in _CLAUSE_EDGE:
            return False
        if low == "for" and k < i + 9 and _counts_time(tokens[k + 1 : k + 4]):
            return True
        if low == "throughout" and _a_stretch(tokens[k + 1 : k + 4]):
            return True  # "has kept a portrait in her office throughout her term"
    return False


def _time_spent(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "spent" at `i` a present perfect spending a span of time, its object ("has spent 20
    years at the mill", "have now spent at least 90 days abroad") or "of which" after one
    ("for 30 years, 12 of which she has spent in Oslo")? Time tallied up to now, no
    happening; not "has spent $5m over three years" (money), nor "had spent 18 months
    shadowing the mayor" (a stretch told before a past time, which a story may date)."""
    k = i - 1
    while k >= 0 and tokens[k][2].lower() in ADVERBS:
        k -= 1
    if k < 0 or tokens[k][2].lower() not in AUX_PERFECT_PRESENT:
        return False
    for k in range(i + 1, min(len(tokens), i + 6)):
        low = tokens[k][2].lower()
        if _counts_time(tokens[k : k + 1]):
            return True
        if low in _CLAUSE_EDGE or low in PREPOSITIONS and low not in ("at", "than"):
            break
    for k in range(max(1, i - 5), i):
        if tokens[k][2].lower() == "which" and tokens[k - 1][2].lower() == "of":
            return _counts_time(tokens[max(0, k - 6) : k - 1])
    return False


def _a_stretch(tokens: list[tuple[int, int, str]]) -> bool:
    """ "his presidency", "the autumn", "2019": a stretch of time (not "the country")."""
    words = [t[2].lower() for t in tokens]
    return bool(words) and (
        words[0].isdigit() and len(words[0]) == 4 or any(w in STRETCHES for w in words)
    )


def in_a_role(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` followed by "as" and a role ("works as a ferry pilot", "worked as
    an editor", "serves as treasurer")? Not "worked as hard as", "worked as planned"."""
    if i + 2 >= len(tokens) or tokens[i + 1][2].lower() != "as":
        return False
    role = tokens[i + 2][2]
    low = role.lower()
    if low in ARTICLES_AND_POSSESSIVES:
        return True
    return role.isalpha() and (
        low not in NOT_ROLES | FUNCTION_WORDS and verb_form(low)[1] not in ("past", "pp")
    )


def under_way(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a perfect progressive ("Fans have been queueing outside the gates",
    "The firm had been quietly courting buyers", "prices have been falling")? An activity
    or a trend under way over a stretch of time, not one happening (the happening it
    leads to has its own verb: "has been trying to sell the club" tells no sale). Not one
    with a start ("has been standing in as acting head since the chief's illness")."""
    if not tokens[i][2].lower().endswith("ing"):
        return False
    if any(t[2].lower() == "since" for t in tokens[i + 1 :]):
        return False
    k = i - 1
    while k > 0 and (tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2])):
        k -= 1  # "have been steadily falling"
    if k < 1 or tokens[k][2].lower() != "been":
        return False
    k -= 1
    while k > 0 and (tokens[k][2].lower() in ADVERBS or ly_adverb(tokens[k][2])):
        k -= 1  # "has also been", "had already been"
    return tokens[k][2].lower() in _AUX_PERFECT


def in_past_progress(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a past progressive ("The plane was climbing fast", "Fans were still
    queueing outside", or a passive one: "The suspect was being held in Leeds")? An activity
    under way at some past time, the background of what happened then, not a happening of
    its own. Not "was going to" (a plan told in the past)."""
    word = tokens[i][2].lower()
    if word == "going" and i + 1 < len(tokens) and tokens[i + 1][2] == "to":
        return False
    k = past_adverbs_back(tokens, i - 1)  # "were still queueing", "was slowly climbing"
    if not word.endswith("ing"):
        if k < 1 or tokens[k][2].lower() != "being":
            return False
        k -= 1  # "The suspect was being held in Leeds": a passive in progress
    return k >= 1 and tokens[k][2].lower() in AUX_BE_PAST


def _counts_time(tokens: list[tuple[int, int, str]]) -> bool:
    """ "24 years", "three decades", "months": a span of time, counted; not an ordinal
    before its noun ("has nominated Lee for a second term")."""
    return any(
        t[2].lower().rstrip("s") + "s" in TIME_UNITS
        and not (t[2].lower() == "second" and k + 1 < len(tokens) and tokens[k + 1][2].isalpha())
        for k, t in enumerate(tokens)
    )


_NO_BUT = frozenset({"longer", "later", "less", "more", "fewer", "sooner", "doubt"})


def no_object(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is what the verb at `i` did denied by its object ("has offered no formal
    endorsement", "gave no reason", "made no comment")? Not "no later than", "no longer"."""
    k = i + 1
    if k < len(tokens) and tokens[k][2].lower() in ADVERBS:
        k += 1  # "offered still no reason"
    if k + 1 >= len(tokens) or tokens[k][2].lower() != "no":
        return False
    return tokens[k + 1][2].lower() not in _NO_BUT


def in_progress(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the present at `i` a happening under way ("is now investigating the break-in",
    "is flying from Frankfurt"), not a state an -ing adjective tells ("is flattering.",
    "is surprising to many")?"""
    if verb_form(tokens[i][2])[1] != "ing" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1][2]
    if not nxt[:1].isalnum():
        return False
    return "J" not in poslex().get(tokens[i][2].lower(), "") or nxt.lower() in _NOT_AFTER_ADJ


_NOT_AFTER_ADJ = PREPOSITIONS - {"to", "for"}  # "flying from": a verb; "surprising to": no


def habitual_at(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Does the word at `k` tell a habit or a standing state ("often", "has long argued")?
    "long" only as an adverb after an auxiliary: "Long jail terms have been handed
    down", "long queues formed" are one happening each."""
    word = tokens[k][2].lower()
    if word not in HABITUAL:
        return False
    if word == "once":  # "once ran a bakery" (formerly), not "once again denied": a repeat
        # nor "GM, once the world's largest carmaker, has filed …" (an aside's noun) or
        # "once the strike ended, …" (a clause's "when")
        nxt = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
        return nxt not in REPEATED and nxt not in DETERMINERS and nxt not in PERSONAL_SUBJECTS
    return word != "long" or (k > 0 and tokens[k - 1][2].lower() in _AUX_WORDS)


def frequent(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does an adverb of how often stand in the verb's own group ("often found", "have
    always stated", "are often asked", "has occasionally been overlooked")? A habit, not
    one happening. Not one outside the group ("Often, the mayor walks …" opens the
    clause; "as always happens, some rose to the occasion")."""
    return _in_group_before(tokens, i, lambda word: word in FREQUENCY, FINITE_MODALS)


def repeated(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does an adverb of doing again and again stand in the verb's own group ("has
    repeatedly criticised", "persistently complained")? With no date in its clause, a habit
    (see `REPEATING`)."""
    return _in_group_before(tokens, i, lambda word: word in REPEATING, FINITE_MODALS)


def to_the_reader(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "you" the subject of the verb at `i`, before its auxiliaries and adverbs ("In
    case you missed it", "you've got yourself a bargain", "what you pay", "to help you
    choose")? Outside a quote the writer speaks to the reader or to anyone: a generic
    case or an aside, not something that happened to someone in the story."""
    return _in_group_before(
        tokens, i, lambda word: word == "you" or word.startswith(("you'", "you’")), MODALS, True
    )


def what_subject(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is "what" the subject of the verb at `i`, before its auxiliaries and adverbs ("what
    went wrong", "what exactly caused the fire", "what has kept prices high")? A free
    relative or an indirect question: no happening told (see `WHAT_SUBJECTS`)."""
    return _in_group_before(tokens, i, lambda word: word in WHAT_SUBJECTS, MODALS)


def generic_subject(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the subject of the verb at `i`, before its auxiliaries and adverbs, the "who" or
    "that" of a generic head ("everyone else who helped", "those who were evacuated", "all
    that was left", "people who had eaten there")? It describes a group: no happening told
    (see `GENERIC_HEADS`)."""
    for k in range(i - 1, 0, -1):
        word = tokens[k][2].lower()
        if word in ("who", "that"):
            break
        if not (word in ADVERBS or word in NEGATIONS or word in _AUX_WORDS or ly_adverb(word)):
            return False
    else:
        return False
    h = k - 1
    if tokens[h][2].lower() == "else" and h > 0:
        h -= 1
    head = tokens[h][2].lower()
    if head not in GENERIC_HEADS:
        return False
    if head == "people":  # "the people who voted": those people, told of
        return h == 0 or tokens[h - 1][2].lower() not in _THOSE_PEOPLE
    return True


def counted_figure(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` the relative clause or participle of a noun counted by "the …
    number of" ("the number of patients who were discharged", "the number of kits sent out
    so far is", "the highest number of loans approved in a decade")? What is counted: a
    figure, no happening (see `COUNTING_NOUNS`). A bare participle of a subject needs a verb
    after it ("The number of cases rose", "…; the number of cases rose": the rise is told)."""
    k = i - 1
    while k > 0 and (tokens[k][2].lower() in _AUX_WORDS or tokens[k][2].lower() in ADVERBS):
        k -= 1
    relative = tokens[k][2].lower() in ("who", "that", "which")
    if relative:
        k -= 1
    elif k != i - 1:
        return False  # "the number of cases has risen": its own verb group
    for _ in range(4):  # the counted noun and its modifiers: "of new virus cases"
        if k < 2 or tokens[k][2].lower() == "of":
            break
        if not tokens[k][2].replace("-", "").isalnum() or tokens[k][2].lower() in FUNCTION_WORDS:
            return False
        k -= 1
    if k < 2 or tokens[k][2].lower() != "of" or tokens[k - 1][2].lower() not in COUNTING_NOUNS:
        return False
    d = k - 2
    while d > 0 and d > k - 4 and tokens[d][2].lower() != "the":
        d -= 1  # "the highest number", "the total number"
    if tokens[d][2].lower() != "the":
        return False
    before = tokens[d - 1][2].lower() if d > 0 else ""
    if (
        relative
        or before in _AUX_WORDS
        or before in PREPOSITIONS
        or before.endswith(POSSESSIVE_ENDINGS)
    ):
        return True  # "It is the highest number of loans approved …", "of the number of …"
    return any(
        w.lower() in _AUX_WORDS or w.lower() in VERB_FORMS and is_verb_here(tokens, j)
        for j, (_a, _b, w) in enumerate(tokens[i + 1 :], i + 1)
    )


def _in_group_before(
    tokens: list[tuple[int, int, str]],
    i: int,
    wanted: Callable[[str], bool],
    modals: AbstractSet[str],
    contracted: bool = False,
) -> bool:
    """Walking back from the verb at `i` over its own group (adverbs, negations, auxiliaries,
    `modals`, with `contracted` also "n't" forms), does a word `wanted` come before the
    group ends?"""
    for k in range(i - 1, -1, -1):
        word = tokens[k][2].lower()
        if wanted(word):
            return True
        if not (
            word in _GROUP_WORDS
            or word in modals
            or contracted
            and word.endswith(("n't", "n’t"))
            or ly_adverb(word)
        ):
            return False
    return False


# The words of a verb's group before it that `_in_group_before` walks back over, in one set
_GROUP_WORDS = ADVERBS | NEGATIONS | _AUX_WORDS


def perfect_participle(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the participle at `i` one of "having" ("having built two bridges", "having been
    fined twice", "having quietly sold it")? It tells what was done before the clause it
    hangs on, background with no time of its own: "The firm is no stranger to rail, having
    built two bridges" built them before now, not on the story's day."""
    if verb_form(tokens[i][2])[1] not in ("past", "pp"):
        return False
    j = i - 1
    while j >= 0 and (tokens[j][2].lower() in ADVERBS or ly_adverb(tokens[j][2])):
        j -= 1  # "having quietly sold"
    before = tokens[j][2].lower() if j >= 0 else ""
    if before == "been":
        j -= 1  # "having been fined"
        before = tokens[j][2].lower() if j >= 0 else ""
    return before == "having"


def pluperfect(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "had bought", "had already been sold": a past before the story's past."""
    return any(t[2].lower() in AUX_PERFECT_PAST for t in tokens[max(0, i - 4) : i])


def future_clause(tokens: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Does a modal or negation govern the clause ("are not due until October")? Not one
    after the clause's verb in the past: "A letter in May urged staff to stay home so they
    could stay safe" tells a letter sent, whatever its purpose looks ahead to."""
    for k in range(a, b):
        word = tokens[k][2]
        if lower_but_may(word) in FINITE_MODALS or word.lower() in NEGATIONS:
            return True
        if (
            verb_form(word)[1] == "past"
            and k > a
            and tokens[k - 1][2].lower() not in _AUX_WORDS
            and is_verb_here(tokens, k)
        ):
            return False
    return False


def has_object(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does a direct object follow the verb at `i`? "added 300 jobs", "added a feature",
    "shares Lina's aim" (a name's possession) — not "added Tuesday", "added on May 5", "…,”
    added Nina Park" (inverted speech)."""
    if i + 1 >= len(tokens):
        return False
    word = tokens[i + 1][2]
    after = tokens[i + 2][2] if i + 2 < len(tokens) else ""
    if word.lower() in ROUGHLY and (after[:1].isdigit() or after.lower() in NUMBER_WORDS):
        return True  # "added about 80 jobs", "added nearly 300 workers"
    if _possessive(word) and word[:-2].lower() not in _CONTRACTED:
        return True  # "shares Lina's aim to teach", "added Orbex's logo"
    if word.lower() in CLAUSE_SUBJECTS and after.lower() in _FINITE:
        return False  # "He added this is a setback", "added it was late": what was said
    return word[:1].isdigit() or (word[:1].islower() and word not in _NOT_OBJECTS)


_CLAUSE_EDGE = frozenset(",;:—–()") | {"that", "and", "but", "or", "who", "which", "while"}


# The forms that make a word a verb of its own, not a noun beside "and" (see below)
_FINITE_OR_PARTICIPLE = ("s", "past", "pp")


def _after_paired_nouns(
    tokens: list[tuple[int, int, str]], i: int, lows: list[str] | Lowered
) -> bool:
    """Does token `i` follow two lowercase words joined by "and" or "or" ("fuel and
    labour estimates", "pay and contract talks")? A subject so joined is plural and takes
    no "-s" verb: the two modify the word, a noun. Not a verb's second clause ("the mayor
    laughs and then says", "the vote passed and everyone says"): no adverb, pronoun or verb
    either side of the "and"; not names ("Marks and Spencer says")."""
    if i < 3 or lows[i - 2] not in PAIRING_WORDS:
        return False
    first, second = tokens[i - 3][2], tokens[i - 1][2]
    return (
        first.isalpha()
        and first.islower()
        and second.isalpha()
        and second.islower()
        and not ly_adverb(second)
        and lows[i - 1] not in ADVERBS
        and lows[i - 1] not in PRONOUNS
        and lows[i - 1] not in DETERMINERS
        and _known_form(lows[i - 1]) not in _FINITE_OR_PARTICIPLE
        and _known_form(lows[i - 3]) not in _FINITE_OR_PARTICIPLE
        and guess_form(first)[1] not in _FINITE_OR_PARTICIPLE
    )


def _finite_before(
    tokens: list[tuple[int, int, str]], i: int, lows: list[str] | Lowered | None = None
) -> bool:
    """Has the clause of token `i` a finite verb before it already ("have put … talks",
    "announced … cuts")? A clause has one: an -s word after it is a noun. `lows`: the
    words lowercase, when the caller has them."""
    if lows is None:
        lows = Lowered(tokens)
    for k in range(i - 2, -1, -1):
        w = tokens[k][2]
        low = lows[k]
        if low in _CLAUSE_EDGE:
            return False
        if low in _FINITE:
            return True
        form = VERB_FORMS.get(low)
        if form and form[1] == "past" and not w[:1].isupper():
            return True
    return False


def finite_between(tokens: list[tuple[int, int, str]], i: int, at: int) -> bool:
    """Does another finite verb stand between token `i` and the offset `at`? Then a date
    at `at` belongs to the clause that verb heads ("a timeline … shows files were asked
    for in February": February is the asking's, not the showing's)."""
    for k in range(i + 1, len(tokens)):
        if tokens[k][0] >= at:
            return False
        low = tokens[k][2].lower()
        if low in _FINITE:
            return True
        form = VERB_FORMS.get(low) or (guess_form(low) if low.endswith("ed") else None)
        if (
            form
            and form[1] == "past"
            and not tokens[k][2][:1].isupper()
            and tokens[k - 1][2].lower() not in _BEFORE_BARE_VERB  # "plans to cut … by 2030"
            and tokens[k - 1][2].lower() not in _SHARED_SUBJECT  # "arrested and charged"
        ):
            return True
    return False


# before a second verb of the same subject, whose date the first shares ("was arrested and
# charged on Monday", "met, talked and agreed on Friday")
_SHARED_SUBJECT = COORDINATORS | {",", "then"}
_WH_COMPLEMENT = frozenset({"how", "why", "whether", "what"})


def in_complement(tokens: list[tuple[int, int, str]], i: int, at: int) -> bool:
    """Is the offset `at` inside a clause the verb at `i` takes as its object ("invited
    them to discover how a test in 2019 escalated", "insisted that the pope backed the
    plan in 2009")? A relative clause ("arrested a man who fled on Monday") is not one: a
    story's date there mostly tells its main verb too. Nor is an infinitive, but for a verb
    of planning or agreeing: "They agreed to meet again in June" — June is the meeting's, a
    plan's day ahead of the agreeing ("agreed on Monday to meet" keeps Monday)."""
    if tokens[i][2].lower() in PLAN_WORDS:
        for k in range(i + 1, min(len(tokens) - 1, i + 5)):
            if tokens[k][0] >= at:
                break
            after = tokens[k + 1][2].lower()
            if tokens[k][2].lower() == "to" and (
                after in VERB_FORMS or "V" in poslex().get(after, "")
            ):
                # up to the infinitive's end: not past a comma ("The bridge, scheduled to
                # open in May, opened on Monday": Monday is the opening's)
                return not any(t[2] in ",;:" for t in tokens[k:] if t[0] < at)
    for k in range(i + 1, len(tokens)):
        if tokens[k][0] >= at:
            return False
        low = tokens[k][2].lower()
        if low in _WH_COMPLEMENT or low == "that" and tokens[k - 1][2].lower() in VERB_FORMS:
            return has_finite_verb(tokens[k + 1 :])  # the clause has a verb of its own
    return False


# words whose "'s" is "has" or "is", not a possessive: "he's won", "who's faced"
_CONTRACTED = PRONOUNS | frozenset("that there here what where when how everyone".split())


def _clock_before(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does a clock time end just before token `i` ("9 a.m. scheduled")?"""
    letters = "".join(t[2].lower() for t in tokens[max(0, i - 4) : i])
    return letters in ("a.m.", "p.m.")


def _object_of(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does the word before token `i` end the object of a past verb in the same clause
    ("recorded 412 new cases | reported in one day", "hired workers | trained in Ohio")?
    Not after a saying, whose object is a clause of its own ("said prices | jumped in May")."""
    for k in range(i - 2, max(-1, i - 8), -1):
        w = tokens[k][2]
        low = w.lower()
        if low in _CLAUSE_EDGE or low in _NOT_IN_OBJECT or low in PRONOUNS:
            return False  # "changes to the system tried to": the subject's own words
        lemma, form = verb_form(low)
        if lemma in REPORTING_VERBS:
            return False  # "quoted the ministry as saying the photo seemed to"
        if form == "past" and not w[:1].isupper():
            # a verb, not "the proposed changes"
            return k > 0 and tokens[k - 1][2].lower() not in DETERMINERS
    return False


_NOT_IN_OBJECT = _FINITE | PREPOSITIONS | SUBORDINATORS
_BEFORE_BARE_VERB = MODALS | {"to"} | PLURAL_SUBJECTS | DO_FORMS
_BEFORE_ING = _BE_FORMS


def could_be_verb(
    tokens: list[tuple[int, int, str]], i: int, lows: list[str] | Lowered | None = None
) -> bool:
    """A cheap first look at a word the verb table lacks: a bare form needs a modal, "to" or
    a plural subject before it ("will deliver", "officials deliver"), an -ing form a "be"
    ("was flying"); most nouns stop here ("the market", "a building"), before the costlier
    reading of `is_verb_here` and the event detector. `lows`: the words lowercase, when the
    caller has them."""
    form = guess_form(tokens[i][2])[1]
    if form not in ("base", "ing"):
        return True
    if lows is None:
        lows = Lowered(tokens)
    prev = lows[i - 1] if i else ""
    while i > 1 and prev in _ADVERBS_OR_NEGATIONS:  # "will also deliver", "did not"
        i -= 1
        prev = lows[i - 1]
    if form == "ing":
        return prev in _BEFORE_ING
    return prev in _BEFORE_BARE_VERB or prev.endswith("s")


def bare_subject(tokens: list[tuple[int, int, str]], start: int, i: int, named: set[int]) -> bool:
    """Is the future at `i` told of a bare noun ("droughts will hit", "clubs will prefer"),
    a prediction about things rather than someone's plan ("the council will vote", "she
    will run", "Microsoft will invest")? A passive is someone's plan ("will be renamed")."""
    k = i - 1
    while k > start and (tokens[k][2].lower() in MODALS or tokens[k][2].lower() in ADVERBS):
        k -= 1  # back over "will", "also", "not"
    if tokens[i - 1][2].lower() in _BE_FORMS:
        return False
    words = [  # not the modal itself when the clause opens with it (", which chose the
        # A350, will also purchase …": the subject is before the clause)
        t
        for t in tokens[start : k + 1]
        if t[2].isalpha() and t[2].lower() not in MODALS and t[2].lower() not in ADVERBS
    ]
    if not words:
        return False
    at, _end, first = words[0]
    capitalised = first[:1].isupper() and (at > 0 or at in named)  # a name, not a capital
    return not (capitalised or first.lower() in DETERMINERS or first.lower() in PRONOUNS)


def noun_next(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the word after `i` a common noun it could modify ("delayed release dates")? Not an
    adverb ("Shares rose sharply": a verb and how it went)."""
    return i + 1 < len(tokens) and _common_noun(tokens[i + 1][2])


@lru_cache(maxsize=1 << 14)
def _common_noun(word: str) -> bool:
    """Can the word be a common noun a participle modifies (`noun_next`)? Cached by word."""
    low = word.lower()
    return (
        word.isalpha()
        and word[:1].islower()
        and low not in FUNCTION_WORDS
        and low not in DETERMINERS
        and low not in OBJECT_PRONOUNS
        and low not in VERB_PARTICLES
        and not ly_adverb(low)
    )

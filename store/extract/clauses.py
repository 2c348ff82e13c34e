"""A sentence as the event rules read it: its words, its quotes blanked, its clauses.

Quoted speech is masked with spaces, keeping offsets: a quote's words are not the reporter's
events, and its "today" belongs to the speaker. The masked sentence is cut into tokens and
clauses, at subordinating words and punctuation, for a clause carries its own tense and date;
a speech verb's report ("said that …", "…, said X") is found as a span of its own.
"""

from __future__ import annotations

import re

from dateline.store.extract.eventspans import poslex
from dateline.store.extract.lexicon import (
    ADVERBS,
    APPEARING_VERBS,
    ARTICLES_AND_POSSESSIVES,
    AUXILIARIES,
    CALENDAR_WORDS,
    CLAUSE_RELATIVES,
    CONTENT_NOUNS,
    CONTRASTS,
    COORDINATORS,
    DETERMINERS,
    FINITE_AUX,
    FINITE_MODALS,
    FUNCTION_WORDS,
    NO_THAT_CLAUSE,
    PERSONAL_SUBJECTS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTATIVE_INVERSION,
    RELATIVES,
    SAYING_TIME_WORDS,
    SUBORDINATORS,
    TEMPORAL_SUBORDINATORS,
    TITLES,
)
from dateline.store.extract.taxonomy import REPORTING_VERBS
from dateline.store.extract.temporal.lexicon import MONTHS, WEEKDAYS
from dateline.store.extract.verbs import IRREGULAR_FORMS, VERB_FORMS, guess_form

# A number keeps its separators ("335,000", "9:30", "2.5"): its comma or colon cuts no clause.
# (Every alternative opens with a single character or class, none of them a space: "\d\d*"
# rather than "\d+", the same match. `re` tests such a first character before it tries an
# alternative, and skips it at once if it does not fit: at each space, or each letter where
# a number is tried, no state is saved. A quarter cheaper than a "(?=\S)" lookahead first.)
_TOKEN = re.compile(
    r"\d\d*(?:[.,:]\d+)+|[A-Za-z0-9][A-Za-z0-9]*(?:[’'\-][A-Za-z0-9]+)*|n[’']t|[’']\w+|[^\w\s]"
)
_PARENTHETICAL = re.compile(r"\([^()]*\)")
# Quotes: “…”, "…", ``…'' and the British ‘…’, whose closing mark is also the apostrophe:
# one inside a word ("don’t") goes on, one before a space or a stop closes ("‘We won.’").
# A ‘…’ must close and hold a space: "a tour of ‘Merica", "‘90s" and a one-word scare quote
# ("Grocer ‘stumped’ on prices") are no speech. A straight " with a space after it opens
# nothing ("HARBOUR CITY " The island's government …": a dash garbled in transit), and a “ may
# close with a straight " ("Okoro's “The Long Night" was published …").
QUOTE = re.compile(
    r"“[^”\"]*(?:[”\"]|$)|\"(?!\s)[^\"”]*(?:[\"”]|$)|``.*?(?:''|$)"
    r"|(?<![\w’])‘(?=[^‘’]*\s)(?:[^‘’]|’(?=\w))*’"
)
# A ‘ after a word (a speech verb) or a colon, never closed in the sentence, and holding words
# (`_opened_single`)
_OPEN_SINGLE = re.compile(r"\b([A-Za-z]+)(:?)\s+(‘)(?=[^‘’]*\s)[^‘’]*$")
# A sentence's first quote mark, when it closes: punctuation before it, none after.
_CLOSING_FIRST = re.compile(r"[^“”\"]*?[,.!?][”\"](?=\s|$)")
_CLAUSE_PUNCT = frozenset(",;:()—–[]")
_DETERMINERS_OR_PRONOUNS = DETERMINERS | PRONOUNS
_SAYING_TIME_OR_ADVERB = SAYING_TIME_WORDS | ADVERBS
_STRONG_PUNCT = frozenset(";:()—–[]")
_ASIDE_OPENERS = frozenset("(—–")  # a short aside between them cuts nothing (`_short_aside`)
# Words after which an auxiliary belongs to the relative clause still: "who was arrested and
# has been charged", "which said it had", "who knew that he was".
_NOT_BEFORE_MAIN_VERB = (
    COORDINATORS
    | PRONOUNS
    | DETERMINERS
    | FINITE_AUX
    | ADVERBS
    | PREPOSITIONS
    | {"that", "been", "be", "being", "to", "not", "never"}
)


def governed_by(masked: str, at: int, prepositions: frozenset[str]) -> bool:
    """Does one of `prepositions` govern the name at `at` ("a spokesman for the agency",
    "analysts at Acme", "of the Acme")?"""
    words = masked[max(0, at - 16) : at].split()
    if words and words[-1].lower() == "the":
        words.pop()
    return bool(words) and words[-1].lower() in prepositions


def name_text(masked: str) -> str:
    """The part of a quote-masked sentence where actors are named: parentheses blanked too,
    for they hold credits and glosses ("(AP Photo/Russell Contreras)")."""
    return _PARENTHETICAL.sub(lambda m: " " * len(m.group()), masked)


def may_quote(text: str) -> bool:
    """Whether `text` may hold a `QUOTE`: every one opens with one of these marks, and
    looking for them costs a tenth of the regex, which tries its lookbehind at every
    position of a sentence that has none (most have none)."""
    return "“" in text or '"' in text or "`" in text or "‘" in text


def mask_quotes(text: str) -> str:
    """Replace quoted speech with spaces, keeping offsets. A sentence whose first quote mark
    closes a quote ("…into the cloud," said Jobs) continues one opened in an earlier
    sentence: what precedes the mark is quoted too."""
    cut = continued_quote(text)
    rest = text[cut:]
    if may_quote(rest):
        rest = QUOTE.sub(lambda m: " " * len(m.group()), rest)
        if "‘" in rest:
            at = _opened_single(rest)
            rest = rest[:at] + " " * (len(rest) - at)
    return " " * cut + rest


def _opened_single(text: str) -> int:
    """Where a British ‘…’ quote a speech verb opens runs on past the sentence's end ("Det
    Sgt Ann Cole said ‘Dealers care little for the harm they do. So we act …’"), or
    the text's length if none does. Not a lone ‘ elsewhere: "the ‘90s", "a tour of ‘Merica"."""
    m = _OPEN_SINGLE.search(text)
    if m is None or not (m[2] or says(m[1].lower())):
        return len(text)
    return m.start(3)


def continued_quote(text: str) -> int:
    """Where a quote opened in an earlier sentence ends in this one (0 if none): at a first
    quote mark after punctuation ("…into the cloud," said Jobs), unless a speech verb comes
    just before it, which makes it a badly spaced opening mark ("stating," I have…")."""
    if "”" not in text and '"' not in text:
        return 0  # no closing mark (`_CLOSING_FIRST` would try every position to say so)
    lead = _CLOSING_FIRST.match(text)
    if not lead:
        return 0
    words = re.findall(r"[A-Za-z]+", text[: lead.end()])
    if words and says(words[-1].lower()):
        return 0
    return lead.end()


def leaves_quote_open(text: str) -> bool:
    """Does a quote opened in this sentence run past its end ("“We get along. She ran the
    drills, I picked the team. She trained at dawn.”": the middle sentence is quoted too)?"""
    rest = text[continued_quote(text) :]
    if not may_quote(rest):
        return False
    last = None
    for last in QUOTE.finditer(rest):  # noqa: B007 — the last one is wanted
        pass
    return (
        last is not None
        and last.end() == len(rest)
        and not last.group().rstrip().endswith(("”", '"', "''"))
    )


def tokenise(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def cut_clauses(tokens: list[tuple[int, int, str]], commas: bool) -> list[tuple[int, int]]:
    """Token index ranges of clauses, cut at subordinating words and strong punctuation,
    and at commas too when `commas` (the narrow clause that carries tense and mood)."""
    return clauses(tokens)[commas]


def _appearing(word: str) -> bool:
    """Is `word` a verb of appearing, after which "before" is a place ("testified before
    Congress in May": May is the testimony's, not a time before it)?"""
    low = word.lower()
    return (VERB_FORMS.get(low) or guess_form(low))[0] in APPEARING_VERBS


def clauses(
    tokens: list[tuple[int, int, str]],
    lows: list[str] | None = None,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """`cut_clauses` without and with commas, in one pass over the tokens: the two differ
    only in where commas cut. `lows`: each token's word lowercase, when the caller has
    them (a `Sentence`'s), read from it rather than lowercased again."""
    if lows is None:
        lows = [t[2].lower() for t in tokens]
    wide, narrow = [0], [0]
    in_relative = False  # ", who had not been invited ...," ends at its closing comma
    bare_relative = 0  # in "a man who stabbed two people has been jailed": 1, 2 once it has a verb
    aside = -1  # the ")" closing a short aside that cuts nothing: "FWN", "(D-N.Y.)"
    for i, (_s, _e, w) in enumerate(tokens):
        low = lows[i]
        if bare_relative == 0 and low not in _MAY_CUT:
            continue  # most words: none of the tests below is for them
        if w in _ASIDE_OPENERS and (close := _short_aside(tokens, i)):
            aside = close
            continue
        if i <= aside:
            continue  # "The Flood Watch Network (FWN) has issued …": one clause
        if bare_relative == 1 and (
            verb_word(low) or low.endswith("ed") and len(low) > 4
        ):  # the relative clause's own verb ("who served", "who was")
            bare_relative = 2
        elif (
            bare_relative == 2
            and (low in FINITE_AUX or VERB_FORMS.get(low, ("", ""))[1] == "past")
            and lows[i - 1] not in _NOT_BEFORE_MAIN_VERB
        ):  # "A man who stabbed two people | has been jailed": the main clause goes on
            wide.append(i)
            narrow.append(i)
            bare_relative = 0
            continue
        if w == "," and _in_a_date(tokens, i):
            continue  # "born on May 3, 1970, said": the date's comma cuts no clause
        if w in _CLAUSE_PUNCT:
            bare_relative = 0
            narrow.append(i + 1)
            if w in _STRONG_PUNCT or (in_relative and w == ","):
                wide.append(i + 1)
                in_relative = False
        elif (
            low in SUBORDINATORS
            and i > 0
            and (low in RELATIVES or not (i + 1 < len(tokens) and lows[i + 1] in VERB_FORMS))
            # "appeared before magistrates on Thursday": a place, before whom one stands
            and not (low == "before" and _appearing(tokens[i - 1][2]))
            # "Ruth Park, though, testified": an adverb set off by commas, no clause
            and not (low == "though" and (i + 1 == len(tokens) or tokens[i + 1][2] in ",."))
        ):  # "has twice before sued": an adverb, not a new clause ("who sued": one)
            wide.append(i)
            narrow.append(i)
            in_relative = low in RELATIVES and tokens[i - 1][2] == ","
            if low in RELATIVES:
                bare_relative = 0 if in_relative else 1
        elif (
            low == "that"
            and any(
                lows[k] in VERB_FORMS or tokens[k][2] in CONTENT_NOUNS
                for k in range(max(0, i - 4), i)
            )
            and not _pronoun_that(tokens, i)
        ):  # "said that …", "the announcement on Thursday that …": what was said is
            # another clause, with its own time
            wide.append(i)
            narrow.append(i)
    return _ranges(wide, len(tokens)), _ranges(narrow, len(tokens))


# The words `clauses` may cut at, or must look at, outside a bare relative clause (in one,
# every word is read for the relative's verb): any other word is passed over at once.
_MAY_CUT = _ASIDE_OPENERS | _CLAUSE_PUNCT | SUBORDINATORS | {",", "that"}


def _pronoun_that(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the "that" at `i` the verb's object, no clause's opener: a phrase of a preposition
    follows with no verb up to the clause's end ("They will sell that in May.", "The firm
    did that in 2019, its report says"), not "said that in May the plant will close"?"""
    if i + 1 >= len(tokens) or tokens[i + 1][2].lower() not in PREPOSITIONS:
        return False
    for _a, _b, word in tokens[i + 2 :]:
        if word in _CLAUSE_PUNCT or word in ".!?":
            return True
        if word[:1].isupper():
            continue  # a name or a month ("in April or May"), no verb
        if word in FINITE_AUX or word in FINITE_MODALS or word in RELATIVES or word == "that":
            return False
        if VERB_FORMS.get(word, ("", ""))[1] in ("past", "s", "base"):
            return False
    return True


def _in_a_date(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the comma at `i` inside a written date: between a month's day and its year ("May
    3, 1970") or a weekday and its date ("Monday, March 5")?"""
    if i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1][2], tokens[i + 1][2]
    if before.isdigit() and len(before) <= 2 and after.isdigit() and len(after) == 4:
        return i >= 2 and tokens[i - 2][2].lower().rstrip(".") in MONTHS
    return before.lower() in WEEKDAYS and after.lower().rstrip(".") in MONTHS


def _short_aside(tokens: list[tuple[int, int, str]], i: int) -> int:
    """The index of the ")" or dash closing a short aside opened at `i` by "(" or the same
    dash, with no verb in it (a short form, a party and state, a qualifier: "(FWN)",
    "(R-Mo.)", "a new low — and an all-time one — on Monday"), else 0."""
    close = ")" if tokens[i][2] == "(" else tokens[i][2]
    for k in range(i + 1, min(i + 6, len(tokens))):
        word = tokens[k][2]
        if word == close:
            return k if k > i + 1 else 0
        if word in "(,—–" or word.lower() in VERB_FORMS:
            return 0
    return 0


def dash_asides(text: str) -> list[tuple[int, int]]:
    """The offsets of the short verbless asides between two dashes in `text` (`_short_aside`:
    "posted a new low — and an all-time one — on Monday"), dashes included."""
    if "—" not in text and "–" not in text:
        return []
    tokens = tokenise(text)
    found = []
    for i, (start, _end, word) in enumerate(tokens):
        if word in "—–" and (close := _short_aside(tokens, i)):
            found.append((start, tokens[close][1]))
    return found


def _ranges(bounds: list[int], n: int) -> list[tuple[int, int]]:
    bounds.append(n)
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def nonrestrictive(tokens: list[tuple[int, int, str]], start: int) -> bool:
    """ "Pixar, which was founded by Jobs": a relative clause set off by a comma adds a
    background fact about its noun, from before the story's time unless it gives its own."""
    return start > 0 and tokens[start][2].lower() in RELATIVES and tokens[start - 1][2] == ","


def relative(tokens: list[tuple[int, int, str]], start: int) -> bool:
    """ "two suppliers who dealt cocaine", "the plane which crashed": a clause about a noun
    just named (not "that", which also opens what was said)."""
    return start > 0 and tokens[start][2].lower() in CLAUSE_RELATIVES


def reported_span(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    """Offsets of what the speech verb at `i` reports, when it is a clause: "said (Monday)
    that …" up to the sentence's end, or "…, said X" from the sentence's start; else empty."""
    if i > 0 and tokens[i - 1][2].lower() in ARTICLES_AND_POSSESSIVES:
        return 0, 0  # "the alleged customers", "a reported sighting": an adjective
    after = [t[2].lower() for t in tokens[i + 1 : i + 8]]
    lemma = VERB_FORMS.get(tokens[i][2].lower(), ("",))[0]  # "declined (to comment)": none
    if lemma in NO_THAT_CLAUSE:
        return 0, 0  # "spoke to families that lost …": a relative clause, nothing said
    if "that" in after:
        k = i + 1 + after.index("that")
        if all(_fits_before_that(t[2]) for t in tokens[i + 1 : k]):
            return tokens[k][0], tokens[-1][1]
    if (
        lemma in QUOTATIVE_INVERSION
        and i > 1
        and tokens[i - 1][2] == ","
        and not after_apposition(tokens[: i - 1])
        and i + 1 < len(tokens)
        and (tokens[i + 1][2][:1].isupper() or tokens[i + 1][2].lower() in DETERMINERS)
        and _speaker_only(tokens, i + 1)
        and _clause_start(tokens, i + 1) is None
    ):  # "…, said Mike Gikas of Consumer Reports" (not "X, said to be …, was", nor
        # "Two guards, speaking on condition of anonymity, said the army was moving tanks")
        return 0, tokens[i - 1][0]
    comma = _subject_after_comma(tokens, i)
    if (
        lemma in REPORTING_VERBS
        and comma is not None
        # (up to a contrast the writer sets off after it: "…, Lee added, although such
        # blasts are common": what precedes the comma is still what Lee said)
        and _adjuncts_only(tokens[: _clause_end(tokens, i)], i + 1)
        and (
            (len(tokens) - i <= 5 and not _setting(tokens, comma, i)) or _has_finite(tokens[:comma])
        )
    ):
        # "… in November, he said.", "…, officials said.", "…, a GE spokesman said.", "…,
        # a lender said on Tuesday in one of its gloomiest outlooks so far": what
        # precedes the comma is what they said
        return 0, tokens[comma][0]
    k = _clause_start(tokens, i + 1)
    if lemma in REPORTING_VERBS and k is not None:
        # "Critics said the vote was rushed", up to another's saying ("Air India says the jet
        # will save fuel, while Air Canada has estimated …")
        return tokens[k][0], tokens[_clause_end(tokens, k) - 1][1]
    return 0, 0


def _adjuncts_only(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Do the words from `k` to the end only say when, where or how a saying was made ("on
    Tuesday in one of its gloomiest outlooks so far", ", adding no details")? Not a clause of
    their own ("…, he said in an interview, would cost $5bn": the saying is an aside)."""
    if len(tokens) - k <= 4:
        return True
    if any(t[2].lower() == "that" for t in tokens[k : k + 7]) or _clause_start(tokens, k):
        return False
    return not any(t[2].lower() in FINITE_AUX or t[2].lower() in FINITE_MODALS for t in tokens[k:])


def _speaker_only(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Do the words from `k` up to the next comma or the end name a speaker, and no verb
    ("…, said Ana Ruiz, an economist at …", "…, said the charity Harbour Aid for Families";
    not "…, said to be …", nor "said the army was moving tanks")?"""
    for j in range(k, min(len(tokens), k + 8)):
        word = tokens[j][2]
        if word == ",":
            return j > k
        if word[:1].isupper() or not word.isalpha():
            continue
        if word.lower() in VERB_FORMS and word.lower() not in DETERMINERS:
            return False
    return True


def _clause_end(tokens: list[tuple[int, int, str]], k: int) -> int:
    """The end of a clause from `k`: before ", while …", ", whereas …", ", although …"."""
    for j in range(k + 1, len(tokens) - 1):
        if tokens[j][2] in ",;" and tokens[j + 1][2].lower() in CONTRASTS:
            return j
    return len(tokens)


def _subject_after_comma(tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """The comma before a short subject of the verb at `i` (", he said", ", officials said",
    ", a GE spokesman said"): one to three words, none of them a verb or punctuation."""
    for k in range(i - 2, max(-1, i - 6), -1):
        if tokens[k][2] == ",":
            # (a title's stop is no punctuation: ", Mr. Lim said", ", Dr. Ruiz said")
            subject = [
                t[2].lower()
                for j, t in enumerate(tokens[k + 1 : i], k + 1)
                if not (t[2] == "." and tokens[j - 1][2] in TITLES)
            ]
            if all(w.isalpha() and w not in VERB_FORMS and w not in _NO_SUBJECT for w in subject):
                return k if k > 0 else None
            return None
    return None


# Words after a comma that open no short subject of a saying: "…, as he talks to …",
# "…, which Boeing estimates to be …", "…, and officials said", "…, has announced"
_NO_SUBJECT = (
    SUBORDINATORS | TEMPORAL_SUBORDINATORS | COORDINATORS | RELATIVES | FINITE_AUX | {"that"}
)


def said_aside(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the speech verb at `i` a tag set off by commas after a fronted time or
    circumstance ("In 2019, Lopez said, the share was 55 per cent")? The fronted words are
    what was said, as the clause after the tag is: they date that, not the saying."""
    if i + 1 >= len(tokens) or tokens[i + 1][2] != ",":
        return False
    comma = _subject_after_comma(tokens, i)
    return comma is not None and _adverbial(tokens[:comma])


def _setting(tokens: list[tuple[int, int, str]], comma: int, i: int) -> bool:
    """Does "In 2014, Alley spoke to the magazine." open with the saying's setting, not
    with what was said? A fronted adverbial before a saying that ends the sentence; not one
    before a saying set off by commas ("In December 2020, he said, the council approved …":
    the date is the council's)."""
    aside = i + 1 < len(tokens) and tokens[i + 1][2] == ","
    return not aside and _adverbial(tokens[:comma])


def _adverbial(tokens: list[tuple[int, int, str]]) -> bool:
    """Is this a fronted time or circumstance with no verb ("In 2014", "That year", "On
    Monday", "In a statement"): the saying's setting, not what was said ("Bad idea")?"""
    first = tokens[0][2].lower() if tokens else ""
    opened = first in PREPOSITIONS or first in SUBORDINATORS  # "In 2014", "After the vote"
    short_time = len(tokens) <= 3 and any(  # "That year", "Last week"
        t[2] in CALENDAR_WORDS or t[2].lower() in SAYING_TIME_WORDS for t in tokens
    )
    return (opened or short_time) and not _has_finite(tokens)


def _has_finite(tokens: list[tuple[int, int, str]]) -> bool:
    """Is there a finite verb among `tokens`: what precedes "…, officials said" is a
    clause ("Growth will slow, …"), not an adverbial ("On Saturday, Boeing announced …")?"""
    for _a, _b, w in tokens:
        low = w.lower()
        if low in FINITE_AUX or low in FINITE_MODALS or low.endswith(("n't", "n’t")):
            return True
        form = VERB_FORMS.get(low)
        if form and form[1] in ("past", "s") and not w[:1].isupper():
            return True
    return False


# Words of a subject that are no letters alone: a number ("714", "100,000") or one with a
# hyphen ("14-day"); a verb is never one of them.
_SUBJECT_WORD = re.compile(r"^\d[\d.,:]*$|^\w+(?:[-'’]\w+)*$")
_AT_LEAST = re.compile(r"^at (?:least|most)$", re.IGNORECASE)  # "says at least 714 people …"


def _clause_start(tokens: list[tuple[int, int, str]], k: int) -> int | None:
    """Where a clause without "that" starts at or after `k`: a subject, then its finite verb
    within a few words ("said the vote was rushed", "says poor towns get less", "said
    Tuesday the House was …"), not "said in a statement" or "said on Monday"; else None."""
    while k < len(tokens) and (
        tokens[k][2] in CALENDAR_WORDS or tokens[k][2].lower() in SAYING_TIME_WORDS
    ):
        k += 1  # "said Tuesday the House was …": the day is the saying's, not what is said
    quantified = k + 1 < len(tokens) and _AT_LEAST.match(" ".join(t[2] for t in tokens[k : k + 2]))
    if (
        k >= len(tokens)
        or not quantified
        and (tokens[k][2].lower() in PREPOSITIONS or not _SUBJECT_WORD.match(tokens[k][2]))
    ):
        return None
    for _a, _b, w in tokens[k + 1 : k + 12]:
        low = w.lower()
        if low.endswith(("n't", "n’t")):
            return k  # "said it couldn't answer", "said they didn't know"
        if low in SUBORDINATORS or low in TEMPORAL_SUBORDINATORS or low in COORDINATORS:
            # "announced job cuts on Monday as sales fell", "announced a resignation in
            # late May and then urged …": no clause of its own
            return None
        if _SUBJECT_WORD.match(w) and not w.isalpha():
            continue  # "says at least 714 people have died", "said Spain's 14-day rate has"
        if not w.isalpha() and w not in ("'", "’"):
            return None  # punctuation before any verb: no clause
        if w[:1].isupper():
            continue  # a name ("May" the month, not the modal)
        if low in FINITE_AUX or low in FINITE_MODALS:
            return k
        form = VERB_FORMS.get(low)
        if form and form[1] == "past" or not form and guess_form(low)[1] in ("past", "pp"):
            return k  # "said the vote was rushed", "said officers found a man"
        if form and form[1] == "s" and tokens[k][2].lower() in _DETERMINERS_OR_PRONOUNS:
            return k  # "says the company plans …", not "announced job cuts"
    return None


def after_apposition(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Steve Jobs, the chief executive, …": a name, a comma, then a description of it (the
    name with its title's stops: "Sen. Ann Cole, D-Ore., …")."""
    commas = [k for k, t in enumerate(tokens) if t[2] == ","]
    if not commas:
        return False
    k = commas[-1]
    name = tokens[:k]
    # (a number goes on a name: "Flight 12, a Boeing 737, …", "Apollo 11, …")
    return bool(name) and all(
        t[2][:1].isupper() or t[2] == "." or j and t[2].isdigit() for j, t in enumerate(name)
    )


# words that make an aside a clause: a finite verb of its own, or what opens a clause
_CLAUSE_WORDS = FINITE_AUX | {"that", "when", "where", "said", "says"}


def after_relative_aside(tokens: list[tuple[int, int, str]]) -> bool:
    """ "The firm, which has operated since 1990, …", "A new firm, Wates, …", "the Port of
    Santos, Latin America's busiest port, …": a "which" or "who" clause, a name, or what a
    name is, set off by commas after the subject; the verb after its closing comma is the
    subject's own."""
    commas = [k for k, t in enumerate(tokens) if t[2] == ","]
    if not commas or commas[-1] + 1 >= len(tokens):
        return False
    aside = tokens[commas[-1] + 1 :]
    if aside[0][2].lower() in ("which", "who"):
        return True
    if commas[-1] == 0:
        return False
    named = tokens[commas[-1] - 1][2]
    if named.islower():  # a noun named: not "In Detroit, Michigan,"
        # its name ("The firm, Wates, …"), or what it is, short and with no verb of its own
        # ("The plane, a small jet, disappeared", "The ferry, an old vessel, sank")
        return all(t[2][:1].isupper() for t in aside) or (
            aside[0][2].lower() in ("a", "an")
            and len(aside) <= _APPOSITION_WORDS
            and not any(_verbal(t[2]) for t in aside)
        )
    # a name, then a noun phrase saying what it is (no participle nor clause: "Smith, fired
    # last week, sued" is a participle's aside)
    return (
        named[:1].isupper()
        and aside[0][2].lower() not in PREPOSITIONS  # not ", along with Vance,"
        and aside[0][2].lower() != "along"
        and not any(_verbal(t[2]) for t in aside)
    )


_APPOSITION_WORDS = 6  # "a 40-year-old car ferry": what a noun is, in a few words


def _verbal(word: str) -> bool:
    """A participle or a word that makes an aside a clause ("fired last week", "which")."""
    low = word.lower()
    return low.endswith(("ed", "ing", "en")) or low in _CLAUSE_WORDS


def _fits_before_that(word: str) -> bool:
    """Words between a speech verb and its "that": "said Monday that", "said yesterday",
    "told Reuters in May that", "said in a statement that": no verb, no punctuation."""
    low = word.lower()
    if word[:1].isupper() or word[:1].isdigit() or low in _SAYING_TIME_OR_ADVERB:
        return True
    return word.isalpha() and low not in VERB_FORMS and not low.endswith("ed")


_RELATIVE_OPENERS = CLAUSE_RELATIVES | {"that"}


def describes_noun(tokens: list[tuple[int, int, str]], start: int, i: int) -> bool:
    """Is the verb at `i`, in the clause from `start`, in one that describes a noun just
    named ("drugs that will ease the shortage", "a price that the tickets will be sold at",
    "Pixar, which was founded by Jobs")? A "that" opens what was said after a saying ("told
    reporters that the plant will close", "announced last week that"), and a relative clause
    elsewhere. Not when someone is named to do it ("a campaign, which she will run")."""
    for k in range(i - 1, start - 1, -1):
        word = tokens[k][2].lower()
        if word in _RELATIVE_OPENERS:
            start = k
            break
        if says(word):
            return False  # "Ford, which said it will cut jobs": what was said
    else:
        return False
    if _own_verb_between(tokens, start + 1, i):
        return False  # "Parks which honour donors will be renamed": the main verb, after
    if any(
        w.lower() in PERSONAL_SUBJECTS or w[:1].isupper() for _a, _b, w in tokens[start + 1 : i]
    ):
        return False  # "a campaign, which she will run from Leeds": someone's plan
    if relative(tokens, start):  # "who", "which" after a noun ("Pixar, which …" too)
        return True
    if start == 0 or tokens[start][2].lower() != "that" or not tokens[start - 1][2].isalpha():
        return False
    before = [w.lower() for _a, _b, w in tokens[max(0, start - 5) : start]]
    if any(says(w) for w in before):
        return False
    # the word before names a thing: not a verb ("so that", "knew that"), unless a
    # determiner makes it a noun ("the price that")
    noun = before[-1] not in VERB_FORMS or len(before) > 1 and before[-2] in DETERMINERS
    return noun and before[-1] not in FUNCTION_WORDS


def says(word: str) -> bool:
    """Is the (lowercase) word a form of a speech verb ("said", "announces")?"""
    return VERB_FORMS.get(word, ("", ""))[0] in REPORTING_VERBS


def verb_word(low: str) -> bool:
    """Is the (lowercase) word a verb form the tables know, or a finite auxiliary?"""
    return low in VERB_FORMS or low in IRREGULAR_FORMS or low in FINITE_AUX


_VERB_GROUP = AUXILIARIES | ADVERBS | {"be", "been", "being", "not", "never"}


def _own_verb_between(tokens: list[tuple[int, int, str]], lo: int, i: int) -> bool:
    """Is there a verb in tokens[lo:i] before the verb group of `i` ("which honor leaders
    will be renamed": "honor"; any word that can be a verb right after the relative word),
    other than a noun after a determiner ("that the tickets will be sold")?"""
    g = i
    while g > lo and tokens[g - 1][2].lower() in _VERB_GROUP:
        g -= 1
    first = next((k for k in range(lo, g) if tokens[k][2].lower() not in ADVERBS), g)
    if first < g and "V" in poslex().get(tokens[first][2].lower(), ""):
        return True  # "who use trains", "that stay open": the relative's own verb
    for k in range(lo, g):
        word = tokens[k][2]
        low = word.lower()
        if word[:1].isupper() or not verb_word(low):
            continue
        if k == lo or tokens[k - 1][2].lower() not in DETERMINERS:
            return True
    return False

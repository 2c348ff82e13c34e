"""Finding dated events in a paragraph's sentences, by rule.

For each sentence: quoted speech is masked (a quote's words are not the reporter's events,
and its "today" belongs to the speaker), the sentence is cut into clauses, and every verb or
noun from the taxonomy becomes a candidate. Future, conditional and negated clauses are left
out of the chronology. Each event is then anchored, with the reason kept in `dating`:
- explicit: a calendar time expression in its clause (or the sentence's only one);
- before: present perfect, past perfect or habitual ("have issued rulings") — bounded by the
  publication date, or by the narrative time;
- inferred: a simple-past report with no time of its own takes the paragraph's narrative
  time, else the publication date;
- undated: nothing to go on (no publication date).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from dateline.store import dates
from dateline.store.extract.actors import ActorIndex, candidate_names
from dateline.store.extract.discourse import Discourse
from dateline.store.extract.eventspans import event_spans
from dateline.store.extract.lexicon import (
    ADVERBS,
    AUX_BE_PAST,
    AUX_BE_PRESENT,
    AUX_PERFECT_PAST,
    AUX_PERFECT_PRESENT,
    CONDITIONALS,
    DETERMINERS,
    FUTURE_MODALS,
    HABITUAL,
    IRREGULAR,
    MODALS,
    NEGATIONS,
    OTHER_VERBS_FORMS,
    PLAN_WORDS,
    QUOTATIVE_INVERSION,
    SUBORDINATORS,
)
from dateline.store.extract.taxonomy import EVENT_TYPES, GENERIC_VERBS, OTHER, REPORTING_VERBS
from dateline.store.extract.temporal import Timex

# A number keeps its separators ("335,000", "9:30", "2.5"): its comma or colon cuts no clause.
_TOKEN = re.compile(r"\d+(?:[.,:]\d+)+|[A-Za-z0-9]+(?:[’'\-][A-Za-z0-9]+)*|n[’']t|[’']\w+|[^\w\s]")
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|``.*?(?:''|$)")
# A sentence's first quote mark, when it closes: punctuation before it, none after.
_CLOSING_FIRST = re.compile(r"[^“”\"]*?[,.!?][”\"](?=\s|$)")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_PUNCT = frozenset(",;:()—–[]")
_STRONG_PUNCT = frozenset(";:()—–[]")
_RELATIVES = frozenset({"who", "which", "whom", "whose"})
_TEMPORAL_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "until", "since"})
_SUMMARY_WORDS = 18
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later", "again", "on"})
_AUXILIARIES = AUX_PERFECT_PRESENT | AUX_PERFECT_PAST | AUX_BE_PAST | AUX_BE_PRESENT | MODALS
# Speech only without a direct object: "he added", "added that…", not "added audio recording"
_SPEECH_WITHOUT_OBJECT = frozenset({"add"})


@dataclass(frozen=True, slots=True)
class FoundEvent:
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


# ---------------------------------------------------------------- verb lexicon


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
    is checked where the verb is found (`PHRASAL`).
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
_IRREGULAR_FORMS = {
    form: (lemma, kind)
    for lemma, (past, pp) in IRREGULAR.items()
    for form, kind in ((past, "past"), (pp, "pp"))
}
# TimeML classes of happenings: not STATE ("is aimed at") nor I_STATE ("believes", "wants")
EVENTIVE = frozenset({"OCCURRENCE", "I_ACTION", "ASPECTUAL", "PERCEPTION", "REPORTING"})


def guess_form(word: str) -> tuple[str, str]:
    """(lemma, form) of a verb outside the taxonomy, from its ending: the event detector
    says it names a happening ("delivered", "flew", "rolling"), this says its tense."""
    low = word.lower()
    if low in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[low]
    if low.endswith("ied") and len(low) > 4:
        return low[:-3] + "y", "past"
    if low.endswith("ed") and len(low) > 4:
        return low[:-2], "past"
    if low.endswith("ing") and len(low) > 5:
        return low[:-3], "ing"
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1], "s"
    return low, "base"


def _form(word: str) -> tuple[str, str]:
    return VERB_FORMS.get(word.lower()) or guess_form(word)


VERB_TYPE: dict[str, str] = {}  # single-word lemma → type
PHRASAL: dict[str, dict[str, str]] = {}  # head lemma → {particle: type}
for _type, (_d, _verbs, _n) in EVENT_TYPES.items():
    for _v in _verbs:
        if " " in _v:
            _head, _particle = _v.split(maxsplit=1)
            PHRASAL.setdefault(_head, {}).setdefault(_particle, _type)
        else:
            VERB_TYPE.setdefault(_v, _type)
_NOUN_RE = {
    name: re.compile(
        r"\b(" + "|".join(re.escape(n) for n in sorted(spec[2], key=len, reverse=True)) + r")\b"
    )
    for name, spec in EVENT_TYPES.items()
}


# ---------------------------------------------------------------- sentence analysis

_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "dozen",
        "dozens",
        "several",
        "many",
        "few",
    ]
)
PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "against",
        "between",
        "among",
        "through",
        "during",
        "without",
        "within",
        "across",
        "per",
        "than",
        "like",
    ]
)
_COORDINATORS = frozenset({"and", "or", "nor"})
_DISCLOSING = frozenset({"report", "post", "announce", "disclose", "unveil"})
_PLURAL_SUBJECTS = frozenset("we they i you who people police".split())
_PRONOUNS = frozenset("i you he she it we they who which".split())
_FINITE_AUX = frozenset("is are was were has have had".split())
_PERFECT = re.compile(
    r"\b(?:has|have|had|’ve|'ve)\s+(?:\w+ly\s+|not\s+|never\s+)*(?:been\s+)?"
    r"(?:\w+ed|\w+en|\w+wn|said|told|sent|held|made|won|lost|fought|met|sold|bought|led|"
    r"left|hit|cut|set|put|paid|built|spent|brought|kept|found|begun|become|come|gone|run|"
    r"done|had|seen|got)\b",
    re.IGNORECASE,
)


def name_text(masked: str) -> str:
    """The part of a quote-masked sentence where actors are named: parentheses blanked too,
    for they hold credits and glosses ("(AP Photo/Russell Contreras)")."""
    return _PARENTHETICAL.sub(lambda m: " " * len(m.group()), masked)


def _main_clause_perfect(masked: str) -> bool:
    """ "But little concrete has happened": a present perfect outside relative clauses."""
    for m in _PERFECT.finditer(masked):
        before = masked[: m.start()].split()[-3:]
        if not any(w.lower() in {"that", "which", "who"} for w in before):
            return True
    return False


def _mask_quotes(text: str) -> str:
    """Replace quoted speech with spaces, keeping offsets. A sentence whose first quote mark
    closes a quote ("…into the cloud," said Jobs) continues one opened in an earlier
    sentence: what precedes the mark is quoted too."""
    cut = _continued_quote(text)
    return " " * cut + _QUOTE.sub(lambda m: " " * len(m.group()), text[cut:])


def _continued_quote(text: str) -> int:
    """Where a quote opened in an earlier sentence ends in this one (0 if none): at a first
    quote mark after punctuation ("…into the cloud," said Jobs), unless a speech verb comes
    just before it, which makes it a badly spaced opening mark ("stating," I have…")."""
    lead = _CLOSING_FIRST.match(text)
    if not lead:
        return 0
    words = re.findall(r"[A-Za-z]+", text[: lead.end()])
    if words and VERB_FORMS.get(words[-1].lower(), ("", ""))[0] in REPORTING_VERBS:
        return 0
    return lead.end()


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _clauses(tokens: list[tuple[int, int, str]], commas: bool) -> list[tuple[int, int]]:
    """Token index ranges of clauses, cut at subordinating words and strong punctuation,
    and at commas too when `commas` (the narrow clause that carries tense and mood)."""
    cut = _CLAUSE_PUNCT if commas else _STRONG_PUNCT
    bounds = [0]
    in_relative = False  # ", who had not been invited ...," ends at its closing comma
    for i, (_s, _e, w) in enumerate(tokens):
        if w in cut or (in_relative and w == ","):
            bounds.append(i + 1)
            in_relative = False
        elif (
            w.lower() in SUBORDINATORS
            and i > 0
            and not (i + 1 < len(tokens) and tokens[i + 1][2].lower() in VERB_FORMS)
        ):  # "has twice before sued": an adverb, not a new clause
            bounds.append(i)
            in_relative = w.lower() in _RELATIVES and tokens[i - 1][2] == ","
        elif w.lower() == "that" and any(
            t[2].lower() in VERB_FORMS for t in tokens[max(0, i - 4) : i]
        ):
            bounds.append(i)  # "said that …": what was said is another clause, with its own time
    bounds.append(len(tokens))
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _is_verb_here(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Rule out noun and adjective readings: "23 states", "the announced plan", "FILE"."""
    word = tokens[i][2]
    if word.isupper() and len(word) > 1:
        return False
    if word[:1].isupper() and i > 0:
        return False
    if i == 0:  # "Reports in Kenya said …": a sentence rarely opens with a bare present
        return _form(word)[1] in ("past", "pp")
    prev = tokens[i - 1][2].lower()
    _lemma, form = _form(word)
    k = i - 1  # "will also purchase", "will now receive": adverbs between
    while k > 0 and tokens[k][2].lower() in ADVERBS:
        k -= 1
    before = tokens[k][2].lower()
    if form == "base" and (
        before in MODALS - {"to"}
        or before == "to"
        and k > 0
        and tokens[k - 1][2].lower() in PLAN_WORDS
    ):
        return True  # "will vote", "could strike", "plans to sign": a verb, whatever its mood
    if (
        prev in DETERMINERS
        or (prev[:1].isdigit() or prev in _NUMBER_WORDS)
        and form in ("s", "base")
    ):
        return False  # "the announced plan", "23 states" — but "iPhone 4 began" is a verb
    if form in ("past", "pp"):
        j = i - 1  # "the recently announced iPhone": adverbs between a determiner and it
        while j > 0 and tokens[j][2].lower().endswith("ly"):
            j -= 1
        if j < i - 1 and tokens[j][2].lower() in DETERMINERS:
            return False
    if form in ("s", "base") and prev in PREPOSITIONS | _COORDINATORS:
        return False
    nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
    if form == "base" and not (
        prev.endswith("s") or prev in _PLURAL_SUBJECTS or tokens[i - 1][2][:1].isupper()
    ):
        return False  # a bare present needs a plural subject: "officials say", not "air force"
    if form in ("s", "base") and (
        VERB_FORMS.get(nxt, ("", ""))[1] == "past"  # "a resistance force said": a noun
        or (prev.endswith(("ed", "ing")) and prev.isalpha())  # "worried calls"
    ):
        return False
    if form in ("past", "pp", "s") and prev not in _PRONOUNS and nxt in PREPOSITIONS:
        # "events created on a laptop would be sent", "the iPhone developed by Cisco is":
        # a participle modifying a noun, when a finite verb follows in the clause; and
        # "media reports in Tanzania have said": a plural noun, not a verb
        later = []
        for t in tokens[i + 2 : i + 12]:
            if t[2].lower() in {"that", ",", ";", "which", "who"}:
                break  # the finite verb after these belongs to another clause
            if not t[2][:1].isupper():  # "said on May 3": a month, not the modal
                later.append(t[2].lower())
        if set(later) & (_FINITE_AUX | (MODALS - {"to"})):
            return False
    if nxt in MODALS - {"to"} or nxt in AUX_BE_PAST | AUX_BE_PRESENT | {"has", "had", "have"}:
        return False  # "the price cut will be reduced": a noun before its verb
    # "of dropped calls": a participle between a preposition and the noun it modifies
    return not (form in ("past", "pp") and prev in PREPOSITIONS and nxt.isalpha())


def _aspect(tokens: list[tuple[int, int, str]], i: int, start: int) -> str | None:
    """The trigger's tense and mood: past, perfect, habitual, present, future (a plan: "will
    deliver", "plans to buy"), or None (skip: conditional, possible, negated)."""
    _lemma, form = _form(tokens[i][2])
    prefix = [t[2].lower() for t in tokens[start:i]]
    near = prefix[-4:]  # "will issue subpoenas or cut off": the modal governs both verbs
    if set(prefix) & CONDITIONALS:
        return None  # conditional clause: not (yet) part of the chronology
    modal = next((w for w in reversed(near) if w in MODALS - {"to"}), None)
    if modal and modal not in FUTURE_MODALS:
        return None  # "could sign", "would sign", "may sign": possible, not planned
    aux: list[str] = []
    habitual = any(w in HABITUAL for w in prefix)
    j = i - 1
    while j >= start and len(aux) < 3:
        w = tokens[j][2].lower()
        if w in NEGATIONS:
            return None
        if w in ADVERBS or w.endswith("ly") and len(w) > 4:  # "had not been significantly
            pass  # updated": any adverb between the auxiliaries and the verb
        elif (
            w in MODALS
            or w in {"has", "have", "had", "been", "did", "do", "does", "got"}
            or (w in AUX_PERFECT_PRESENT | AUX_PERFECT_PAST | AUX_BE_PAST | AUX_BE_PRESENT)
        ):
            aux.append(w)
        else:
            break
        j -= 1
    if modal:
        # "If the town refuses, the agency will sue": a plan only if nothing in the sentence
        # makes it conditional
        conditional = any(t[2].lower() in _IF for t in tokens)
        return None if conditional else "future"
    if "to" in aux:
        k = j  # the word the infinitive hangs on: "plans to", "is expected to"
        planned = k >= start and tokens[k][2].lower() in PLAN_WORDS
        return "future" if planned and form == "base" else None
    if any(a in {"did", "do", "does"} for a in aux):
        return None  # emphatic or negated do-support
    if any(a in AUX_PERFECT_PRESENT | AUX_PERFECT_PAST for a in aux):
        return "perfect"
    if aux and aux[0] in AUX_BE_PAST:
        return "habitual" if habitual else "past"
    if aux and aux[0] in AUX_BE_PRESENT:
        return "present"
    if form == "past" or (form == "pp" and not aux):
        return "habitual" if habitual else "past"
    if form in ("s", "base"):
        return "present"
    return None  # -ing or participle without auxiliary


_IF = frozenset({"if", "unless", "whether"})


def _iterated(tokens: list[tuple[int, int, str]]) -> bool:
    """ "has sued the city twice", "has repeatedly warned", "three times": a record of past
    happenings, not one piece of news."""
    for k, (_a, _b, w) in enumerate(tokens):
        low = w.lower()
        if low in ("twice", "thrice", "repeatedly") or low in HABITUAL:
            return True
        if (
            low == "times"
            and k
            and (
                tokens[k - 1][2].lower() in _NUMBER_WORDS | {"multiple", "numerous"}
                or tokens[k - 1][2][:1].isdigit()
            )
        ):
            return True
    return False


def _nominal(tokens: list[tuple[int, int, str]], k: int, detected: set[int]) -> bool:
    """A happening named by a noun ("the first flight", "Boeing's deliveries"): one the
    detector found, after a determiner, a possessive or an adjective of order."""
    if tokens[k][0] not in detected or tokens[k][2].lower() in VERB_FORMS or k == 0:
        return False
    prev = tokens[k - 1][2].lower()
    return prev in DETERMINERS or prev.endswith(("'s", "’s")) or prev in _ORDINALS


_ORDINALS = frozenset("first second third last final maiden latest new".split())


def _future_clause(tokens: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Does a modal or negation govern the clause ("are not due until October")?"""
    return any(t[2].lower() in MODALS - {"to"} or t[2].lower() in NEGATIONS for t in tokens[a:b])


def _noun_type(text: str) -> str | None:
    """The type of the first taxonomy noun in `text`."""
    best: tuple[int, str] | None = None
    for name, pattern in _NOUN_RE.items():
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


def _calendar(timexes: list[Timex]) -> list[Timex]:
    return [t for t in timexes if t.type in ("DATE", "TIME") and dates.is_calendar(t.value)]


def _anchor_value(t: Timex) -> str:
    """A TIME's calendar day ("2018-01-24TMO" → "2018-01-24")."""
    return t.value.split("T")[0] if t.type == "TIME" else t.value


def _pick_anchor(
    clause: list[Timex],
    strong: list[Timex],
    sentence: list[Timex],
    at: int,
    clause_start: int,
    temporal: list[Timex],
) -> Timex | None:
    """The time expression an event is dated by: its own clause's first, else the nearest in
    its wider clause, else the sentence's finest when all its dates nest ("Yesterday, at this
    year's conference"), else none."""
    if clause:
        return clause[0]
    if strong:
        return min(strong, key=lambda t: abs(t.start - at))
    # Fronted ("Yesterday, at this year's conference, Jobs unveiled …") or in a temporal
    # clause ("boycotted after the department sent letters Wednesday morning").
    sentence = [t for t in sentence if t.start < clause_start or t in temporal]
    if sentence:
        spans = [(dates.bounds(_anchor_value(t)), t) for t in sentence]
        finest = min(spans, key=lambda x: x[0][1] - x[0][0])
        if all(b[0] <= finest[0][0] and finest[0][1] <= b[1] for b, _t in spans):
            return finest[1]
    return None


_FUNCTION_WORDS = (
    PREPOSITIONS
    | _COORDINATORS
    | SUBORDINATORS
    | MODALS
    | {
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "that",
        "when",
        "to",
    }
)


_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w’'-]*)")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this)|['’]s)$", re.I)


def _attributive(masked: str, t: Timex) -> bool:
    """A date used as a modifier ("the 1991 agreement", "the company's 2010 conference"):
    it names which thing, not when the clause's event happened. Reads only the words next
    to it: a sentence of a hundred dates must not read itself a hundred times."""
    after = _WORD_AFTER.match(masked, t.end)
    if not after or after[1].lower() in _FUNCTION_WORDS or after[1].lower() in VERB_FORMS:
        return False
    end = t.start
    while end and masked[end - 1].isspace():  # "the “…” 2010 budget": a masked quote between
        end -= 1
    return bool(_DETERMINER_BEFORE.search(masked, max(0, end - 8), end))


def _own_dates(timexes: list[Timex], modifiers: set[int]) -> list[Timex]:
    """The clause's dates, without modifiers (by start) when it has a date of its own."""
    own = [t for t in timexes if t.start not in modifiers]
    return own or timexes


def _dating_of(anchor: Timex, masked: str) -> str:
    """explicit, or only a bound: "before 2010", "since May", "more than a year ago"
    (before), "less than two weeks ago" (after)."""
    mod = anchor.mod or ""
    ago = anchor.text.lower().endswith(("ago", "earlier"))
    if mod in ("BEFORE", "ON_OR_BEFORE") or (ago and mod == "MORE_THAN"):
        return "before"
    if mod in ("AFTER", "ON_OR_AFTER") or (ago and mod == "LESS_THAN"):
        return "after"
    return _bounded(masked[max(0, anchor.start - 12) : anchor.start])


def _bounded(text_before: str) -> str:
    tail = text_before[-12:].lower()
    if re.search(r"\b(before|until|by|prior to)\s*$", tail):
        return "before"
    if re.search(r"\b(after|since)\s*$", tail):
        return "after"
    return "explicit"


def _speaker(
    names: list[tuple[int, int, str]], masked: str, clause_lo: int, at: int, end: int
) -> str | None:
    """Who did it: the agent of a passive ("was praised by Jobs"), else the name nearest
    before the verb in its clause, else the first before it (the subject), else the first
    after it ("“…,” tweeted Mayor Bill de Blasio")."""
    by = re.match(r"\s+by\s+(?:the\s+)?", masked[end:])
    if by:
        agent = [n for s, _e, n in names if s == end + by.end()]
        if agent:
            return agent[0]
    in_clause = [n for s, _e, n in names if clause_lo <= s < at]
    if in_clause:
        return in_clause[-1]
    before = [n for s, _e, n in names if s < at]
    if before:
        return before[0]
    after = [n for s, _e, n in names if s > at]
    return after[0] if after else None


def _attributed_quote(sentence: str, trigger_at: int, trigger_end: int) -> str | None:
    """The quote a speech verb attributes (“…,” she said / she said: “…”), if any."""
    cut = _continued_quote(sentence)
    if cut and len(sentence[cut:trigger_at].split()) <= 1:  # "…into the cloud," said Jobs
        return sentence[:cut].strip("“”\"`' ,")
    for m in _QUOTE.finditer(sentence):
        gap_after = sentence[m.end() : trigger_at]
        gap_before = sentence[trigger_end : m.start()]
        if (
            m.end() <= trigger_at
            and len(gap_after.split()) <= 6
            and "," in m.group()[-3:]
            or m.start() >= trigger_end
            and re.fullmatch(
                r"\s*(?:[,:]|,?\s*(?:that|saying|stating|adding)[,:]?)?\s*", gap_before
            )
        ):  # “…,” she said / she said: “…” / said that “…” — not "announced a “ride”"
            quote = m.group().strip("“”\"`' ")
            if len(quote.split()) >= 4:  # shorter ones are scare quotes, not speech
                return quote
    return None


def _summary(
    sentence: str,
    span: tuple[int, int],
    narrow_at: int,
    trigger_at: int,
    trigger: str,
    speaker: str | None,
    quote: str | None,
) -> str:
    """One line: "Speaker verb: “quote…”" for speech, else the clause around the trigger."""
    if quote:
        speaker = speaker or _words_next_to(sentence, trigger_at, trigger)
        if speaker:
            words = quote.split()
            head = " ".join(words[:12]).rstrip(",.;:")
            return f"{speaker} {trigger}: “{head}{'…' if len(words) > 12 else ''}”"
    return _clause_summary(sentence, span, narrow_at, trigger_at, trigger, speaker)


def _words_next_to(sentence: str, trigger_at: int, trigger: str) -> str | None:
    """Who speaks when no name does: "…,'' he said", "…,” said an official"."""
    near = re.search(r"([\w.’' -]{1,40})\s*$", sentence[:trigger_at].split("”")[-1].split("''")[-1])
    after = re.match(r"\s*([\w.’' -]{1,40})", sentence[trigger_at + len(trigger) :])
    who = (near[1] if near and near[1].strip() else after[1] if after else "").strip(" ,.")
    return who[:1].upper() + who[1:] if who else None


def _clause_summary(
    sentence: str,
    span: tuple[int, int],
    narrow_at: int,
    trigger_at: int,
    trigger: str,
    speaker: str | None,
) -> str:
    """The clause around the trigger, in at most `_SUMMARY_WORDS` words: with the words a
    subordinate clause hangs on, running on into what a clause ending at its verb reports,
    and starting at the trigger's subject when it must be cut."""
    lo, hi = span
    if len(sentence[trigger_at + len(trigger) : hi].split()) < 3:
        hi = len(sentence)  # "Jobs also said" / "boycotted": what follows says what
    lo = _with_head(sentence, lo)
    narrow_at = max(lo, _with_head(sentence, narrow_at))
    cut_in = lo < span[0] and lo > 0  # the head starts mid-sentence
    words = sentence[lo:hi].split()
    while words and words[0].lower() in {"and", "but", "or", "so", "then", "—", "-", "while"}:
        words = words[1:]
    if words and speaker and words[0] == trigger:
        words = [speaker, *words]  # the subject sat in another clause
    start_word = 0
    if len(words) > _SUMMARY_WORDS:
        # Start at the narrow clause that holds the trigger (its subject), or just before it.
        position = len(sentence[lo:trigger_at].split())
        narrow = len(sentence[lo:narrow_at].split())
        start_word = narrow if position - narrow < _SUMMARY_WORDS - 4 else position - 6
        if position - narrow < 2:  # the narrow clause is the verb alone: keep its subject
            start_word = 0 if position <= _SUMMARY_WORDS - 6 else position - 8
        start_word = max(0, min(start_word, len(words) - 1))
    chosen = words[start_word : start_word + _SUMMARY_WORDS]
    text = " ".join(chosen).rstrip(",;:—- ")
    subject = _subject_before(sentence, lo) if chosen and not start_word else None
    if subject:  # "The site, which lists 335,000 articles, was sold": "The site … was sold"
        text = f"{subject} … {text}"
    elif start_word or cut_in:
        text = "…" + text
    if start_word + _SUMMARY_WORDS < len(words):
        text += "…"
    return _capitalised(text) if text else sentence[:120]


def _subject_before(sentence: str, lo: int) -> str | None:
    """The subject a clause lost to a relative clause or an apposition before it ("The
    site, which lists 335,000 articles, | was sold"): the sentence's opening words up to
    its first comma, when the clause starts with its verb and they are few."""
    first = _FIRST_WORD.match(sentence, lo)
    if not lo or not first:
        return None
    word = first[1].lower()
    if word not in _AUXILIARIES and word not in VERB_FORMS:
        return None
    head = sentence[: sentence.find(",")] if "," in sentence[:lo] else ""
    return head.strip() if head and 1 <= len(head.split()) <= 8 else None


def _capitalised(text: str) -> str:
    """A summary starts with a capital, unless its first word is a brand in camel case
    ("iPhoto", "eBay"), which keeps its own."""
    first = text.split(maxsplit=1)[0]
    return text if first[1:] != first[1:].lower() else text[:1].upper() + text[1:]


_SUBORDINATE_OPENERS = frozenset(
    "that which who whom whose where when while since after before as because".split()
)
_HEAD_WORDS = 6


def _with_head(sentence: str, lo: int) -> int:
    """Where a summary starts: a clause opening with "which", "that", "when"… keeps the
    few words it hangs on ("…Snow Leopard, which was released in 2009"), not "Which was…"."""
    first = _FIRST_WORD.match(sentence, lo)
    if lo == 0 or not first or first[1].lower() not in _SUBORDINATE_OPENERS:
        return lo
    start = i = lo  # back over `_HEAD_WORDS` words, not over the whole sentence
    for _ in range(_HEAD_WORDS):
        while i and sentence[i - 1].isspace():
            i -= 1
        if not i:
            break
        while i and not sentence[i - 1].isspace():
            i -= 1
        start = i
    return start


_FIRST_WORD = re.compile(r"\s*(\S+)")


def _reported_span(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    """Offsets of what the speech verb at `i` reports, when it is a clause: "said (Monday)
    that …" up to the sentence's end, or "…, said X" from the sentence's start; else empty."""
    after = [t[2].lower() for t in tokens[i + 1 : i + 4]]
    if "that" in after:
        k = i + 1 + after.index("that")
        if all(_fits_before_that(t[2]) for t in tokens[i + 1 : k]):
            return tokens[k][0], tokens[-1][1]
    lemma = VERB_FORMS[tokens[i][2].lower()][0]
    if (
        lemma in QUOTATIVE_INVERSION
        and i > 1
        and tokens[i - 1][2] == ","
        and not _after_apposition(tokens[: i - 1])
        and i + 1 < len(tokens)
        and (tokens[i + 1][2][:1].isupper() or tokens[i + 1][2].lower() in DETERMINERS)
        and not any(t[2] == "," for t in tokens[i + 1 : i + 8])
    ):  # "…, said Mike Gikas of Consumer Reports" (not "X, said to be …, was")
        return 0, tokens[i - 1][0]
    return 0, 0


def _after_apposition(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Steve Jobs, the chief executive, …": a name, a comma, then a description of it."""
    commas = [k for k, t in enumerate(tokens) if t[2] == ","]
    if not commas:
        return False
    k = commas[-1]
    name = tokens[:k]
    return bool(name) and all(t[2][:1].isupper() for t in name)


def _fits_before_that(word: str) -> bool:
    """Words between a speech verb and its "that": "said Monday that", "said yesterday"."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in _TIME_WORDS | ADVERBS


@dataclass
class _Narrative:
    """The time later sentences of a paragraph inherit."""

    value: str | None = None
    dating: str | None = None


def _nonrestrictive(tokens: list[tuple[int, int, str]], start: int) -> bool:
    """ "Pixar, which was founded by Jobs": a relative clause set off by a comma adds a
    background fact about its noun, from before the story's time unless it gives its own."""
    return start > 0 and tokens[start][2].lower() in _RELATIVES and tokens[start - 1][2] == ","


def _own_temporal(
    tokens: list[tuple[int, int, str]], i: int, temporal: list[Timex]
) -> Timex | None:
    """The date of the temporal clause right after the verb at `i` ("has fought cancer since
    2004 and has been on leave since January": 2004), not one that follows another verb
    ("has resigned and the union has protested since 2015": none for "resigned")."""
    end = tokens[i][1]
    following = sorted((t for t in temporal if t.start >= end), key=lambda t: t.start)
    if not following:
        return None
    between = (w.lower() for a, _b, w in tokens if end <= a < following[0].start)
    return None if any(w in VERB_FORMS or w in _AUXILIARIES for w in between) else following[0]


def _has_object(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Does a direct object follow the verb at `i`? "added 300 jobs", "added a feature" —
    not "added Tuesday", "added on May 5", "…,” added Nina Park" (inverted speech)."""
    if i + 1 >= len(tokens):
        return False
    word = tokens[i + 1][2]
    return word[:1].isdigit() or (
        word[:1].islower() and word not in PREPOSITIONS | ADVERBS | _TIME_WORDS | {"that"}
    )


def _date_for(
    anchor: Timex | None, aspect: str, masked: str, narrative: _Narrative, dct_value: str | None
) -> tuple[str | None, str]:
    """(value, dating) of an event: see the module docstring for the order of reasons."""
    if aspect == "future":
        # a plan takes its own date ("will be delivered in 2014"), one not already past
        # ("said Monday it will cut jobs": Monday is the saying's); else it is after now
        span = dates.bounds(_anchor_value(anchor)) if anchor is not None else None
        if anchor is not None and span and dct_value and span[1].isoformat() >= dct_value:
            return _anchor_value(anchor), _dating_of(anchor, masked)
        return (dct_value, "after") if dct_value else (None, "undated")
    if anchor is not None:
        dating = _dating_of(anchor, masked)
        if aspect == "perfect" and dating == "after" and _SINCE.search(masked[: anchor.start]):
            dating = "explicit"  # "has fought cancer since 2004": it began then
        return _anchor_value(anchor), dating
    if aspect in ("perfect", "habitual"):
        if narrative.value and narrative.dating in ("explicit", "inferred"):
            return narrative.value, "before"
        if dct_value:
            return dct_value, "before"
    elif aspect == "past":
        if narrative.value:
            return narrative.value, "before" if narrative.dating == "before" else "inferred"
        if dct_value:
            return dct_value, "inferred"
    return None, "undated"


Reading = tuple[str, list[tuple[int, int, str]]]


def read_sentence(sentence: str) -> Reading:
    """The sentence with its quotes masked, and the names it gives (before aliasing): read
    once, for the article's aliases first and its events after."""
    masked = _mask_quotes(sentence)
    return masked, candidate_names(name_text(masked))


@dataclass
class _Sentence:
    """One sentence of a paragraph, with quotes masked and its names and dates found."""

    start: int
    end: int
    text: str
    masked: str
    tokens: list[tuple[int, int, str]]
    calendar: list[Timex]  # calendar time expressions outside quotes, sentence offsets
    names: list[tuple[int, int, str]]
    mentions: list[tuple[int, str]]  # (offset, actor) named or referred to

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
    ) -> _Sentence:
        sentence = text[start:end]
        masked, found = reading or read_sentence(sentence)
        local = [
            Timex(t.start - start, t.end - start, t.text, t.type, t.value, t.mod)
            for t in timexes
            if start <= t.start < end and not masked[t.start - start].isspace()
        ]
        names = [(a, b, actor_index.canonical(n)) for a, b, n in found]
        placed = [(a, n) for a, _b, n in names if actor_index.is_actor(n)]
        named = [n for _a, n in placed]
        referred = [(a, actor_index.canonical(n)) for a, n in discourse.references(masked, placed)]
        discourse.mention(named)
        mentions = placed + referred
        return cls(start, end, sentence, masked, _tokens(masked), _calendar(local), names, mentions)

    @property
    def actors(self) -> tuple[str, ...]:
        """Everyone the sentence names or refers to, named ones first."""
        return tuple(dict.fromkeys(n for _a, n in self.mentions))

    def reported_spans(self) -> list[tuple[int, int]]:
        """What the sentence's speech verbs report ("said that …"), as offsets."""
        spans = []
        for k, (_a, _b, w) in enumerate(self.tokens):
            form = VERB_FORMS.get(w.lower())
            if form and form[0] in REPORTING_VERBS:
                lo, hi = _reported_span(self.tokens, k)
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

    def speech_actors(self, i: int) -> tuple[str, ...]:
        """Who takes part in the act of saying: not those named only in what is said ("Jobs
        said that iPhone 4 had been out for 22 days", "…, said Mike Gikas"), who take
        part in the reported events instead."""
        lo, hi = _reported_span(self.tokens, i)
        return tuple(dict.fromkeys(n for a, n in self.mentions if not lo <= a < hi))

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
        speaker = _speaker(self.names, self.masked, narrow_at, at, end)
        speech = lemma in REPORTING_VERBS
        quote = _attributed_quote(self.text, at, end) if speech else None
        return FoundEvent(
            sent_start=self.start,
            sent_end=self.end,
            trigger=word,
            type=etype,
            date=value,
            start=bounds[0].isoformat() if bounds else None,
            end=bounds[1].isoformat() if bounds else None,
            dating=dating,
            summary=_summary(self.text, span, narrow_at, at, word, speaker, quote),
            actors=self.speech_actors(i) if speech else self.clause_actors(at),
        )


def find_events(
    text: str,
    sentences: list[tuple[int, int]],
    timexes: list[Timex],
    dct: date | None,
    actor_index: ActorIndex,
    discourse: Discourse | None = None,
    lead_allowed: bool = False,
    readings: list[Reading] | None = None,
    lead: bool = False,
) -> list[FoundEvent]:
    """The events of one paragraph, anchored in time (see module docstring).

    `discourse` carries the article's lead time and last-named actors from paragraph to
    paragraph; `lead_allowed` says whether this paragraph may set the lead time; `lead`, whether
    it is the story's lead, whose present perfect is the news of the day; `readings`
    are the sentences' `read_sentence`, when the caller has them already.
    """
    discourse = discourse or Discourse(dct)
    # Each sentence looks up its own time expressions, not the paragraph's: a paragraph of
    # thousands of sentences must not cost sentences x expressions.
    ordered = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    found: list[FoundEvent] = []
    narrative = _Narrative(discourse.lead, "inferred") if discourse.lead else _Narrative()
    dct_value = dct.isoformat() if dct else None
    for k, (s_start, s_end) in enumerate(sentences):
        own = ordered[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
        reading = readings[k] if readings else None
        sent = _Sentence.read(text, s_start, s_end, own, actor_index, discourse, reading)
        report = _Narrative(discourse.lead, "inferred") if discourse.lead else _Narrative()
        found.extend(_sentence_events(sent, narrative, dct_value, report, lead))
        # Narrative time for the following sentences of this paragraph.
        if sent.calendar:
            narrative = _Narrative(_anchor_value(sent.calendar[-1]), "inferred")
            if lead_allowed:
                discourse.offer_lead(_anchor_value(sent.calendar[0]))
        elif dct_value and _main_clause_perfect(sent.masked):
            narrative = _Narrative(dct_value, "before")
    return found


def _sentence_events(
    sent: _Sentence,
    narrative: _Narrative,
    dct_value: str | None,
    report: _Narrative,
    lead: bool = False,
) -> list[FoundEvent]:
    """Verb and noun events of one sentence; one per (type, date, dating), and no untyped
    event beside a typed one of the same date."""
    found: list[FoundEvent] = []
    seen: set[tuple] = set()

    def emit(i, etype, anchor, aspect, span, narrow_at, lemma="", main_clause=False):
        # Speech is reported when the story happens (its lead time or publication), not at
        # the time of the background the paragraph has been narrating.
        context = report if lemma in REPORTING_VERBS else narrative
        if (
            lead
            and aspect == "perfect"
            and anchor is None
            and dct_value
            and main_clause
            and not iterated
        ):
            aspect = "past"  # "Boeing has unveiled its 787": the news, at publication
            context = _Narrative()
        value, dating = _date_for(anchor, aspect, sent.masked, context, dct_value)
        if (etype, value, dating) not in seen:
            seen.add((etype, value, dating))
            found.append(sent.event(i, etype, value, dating, span, narrow_at, lemma))

    tokens, masked, s_cal = sent.tokens, sent.masked, sent.calendar
    if not tokens:
        return found
    iterated = _iterated(tokens)
    strong = _clauses(tokens, commas=False)
    temporal = [  # time expressions inside "after/before/when/as …" clauses
        t
        for a, b in strong
        if tokens[a][2].lower() in _TEMPORAL_SUBORDINATORS
        for t in s_cal
        if tokens[a][0] <= t.start < tokens[b - 1][1]
    ]
    # Each date is judged once, and each clause takes its dates by offset ("on Monday, on
    # Tuesday, …": a clause per date must not cost clauses x dates x sentence).
    modifiers = {t.start for t in s_cal if _attributive(masked, t)}
    # Verbs outside the taxonomy that the detector says name a happening ("delivered",
    # "flew", "rolled out"): events too, typed by their object when it says, else `other`.
    detected = {e.start for e in event_spans(masked) if e.cls in EVENTIVE}
    cal_starts = [t.start for t in s_cal]  # in text order

    def dates_in(a: int, b: int) -> list[Timex]:
        return _own_dates(s_cal[bisect_left(cal_starts, a) : bisect_left(cal_starts, b)], modifiers)

    wide: dict[tuple[int, int], list[Timex]] = {}
    strong_starts = [a for a, _b in strong]
    for c_start, c_end in _clauses(tokens, commas=True):
        lo, hi = tokens[c_start][0], tokens[c_end - 1][1]
        w_start, w_end = strong[bisect_right(strong_starts, c_start) - 1]  # the one holding it
        wlo, whi = tokens[w_start][0], tokens[w_end - 1][1]
        if w_end == len(tokens):
            whi = len(sent.text)  # keep a closing quote ("… and “nothing but a distraction.”")
        c_cal = dates_in(lo, hi)
        if (wlo, whi) not in wide:
            wide[wlo, whi] = dates_in(wlo, whi)
        w_cal = wide[wlo, whi]
        clause_events = len(found)
        for i in range(c_start, c_end):
            low = tokens[i][2].lower()
            known = low in VERB_FORMS
            if not (known or tokens[i][0] in detected) or not _is_verb_here(tokens, i):
                continue
            lemma, form = VERB_FORMS[low] if known else guess_form(low)
            if not known and form in ("past", "pp") and i and tokens[i - 1][2] in ",(":
                continue  # "a new screen, dubbed a “retina display”": a participle, no event
            if lemma in _SPEECH_WITHOUT_OBJECT and _has_object(tokens, i):
                lemma = ""  # "added 300 jobs": no speech, typed by its object like "sent"
            etype = None
            nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
            if lemma in PHRASAL and nxt in PHRASAL[lemma]:
                etype = PHRASAL[lemma][nxt]
            elif lemma in GENERIC_VERBS or lemma not in VERB_TYPE:
                if known and lemma and lemma not in GENERIC_VERBS and lemma not in VERB_TYPE:
                    continue  # head of a phrasal verb used without its particle
                # the verb's own object ("sent letters", "filed a lawsuit"), else a subject
                # just before it ("the letters were sent"), not any noun in the clause
                at, end = tokens[i][0], tokens[i][1]
                etype = (
                    _noun_type(masked[end : min(whi, end + 40)])
                    or _noun_type(masked[max(wlo, at - 30) : at])
                    or VERB_TYPE.get(lemma, OTHER)
                )
            else:
                etype = VERB_TYPE[lemma]
                if lemma in _DISCLOSING:  # "reported a fourth-quarter loss", "announced
                    # the release of …": what is disclosed says more than the disclosing
                    end = tokens[i][1]
                    disclosed = _noun_type(masked[end : min(whi, end + 40)])
                    if disclosed in ("financial", "launch"):
                        etype = disclosed
            if (
                lemma == "meet"
                and i > 0
                and tokens[i - 1][2].lower() in (AUX_BE_PAST | AUX_BE_PRESENT)
            ):
                continue  # "were met with defiance": passive, no meeting
            aspect = _aspect(tokens, i, c_start)
            if aspect is None:
                continue
            if aspect == "present":
                # A present-tense verb is an event only with a date of its own
                # ("In this May 1, 2017 photo, advocates speak out"), else a state.
                anchor = (c_cal or w_cal or [None])[0]
                if anchor is None:
                    if not (lemma in REPORTING_VERBS and form == "s"):
                        continue
                    aspect = "past"  # "Apple Corps claims that …": reported at publication
            elif aspect == "perfect":
                # "Jobs, born on February 24, 1955, has built …": a perfect takes no
                # date from a neighbouring clause, only its own or its "since 2004".
                anchor = c_cal[0] if c_cal else _own_temporal(tokens, i, temporal)
            else:
                anchor = _pick_anchor(c_cal, w_cal, s_cal, tokens[i][0], wlo, temporal)
                if (
                    anchor is None
                    and lemma not in REPORTING_VERBS  # "X, who said …": the story's speech
                    and _nonrestrictive(tokens, c_start)
                ):
                    aspect = "perfect"  # background: before the story, not at its time
            main = w_start == 0 and not _nonrestrictive(tokens, c_start)
            emit(i, etype, anchor, aspect, (wlo, whi), lo, lemma, main)
        # Nominal events ("warning letters Wednesday, Jan. 24", "the first flight of the
        # 777 was in 1994") need a date of their own.
        if c_cal:
            m = None
            for name, pattern in _NOUN_RE.items():
                hit = pattern.search(masked, lo, hi)
                if hit and (m is None or hit.start() < m[0].start()):
                    m = (hit, name)
            if m and not any(e.type == m[1] for e in found):
                i = next(k for k, t in enumerate(tokens) if t[0] >= m[0].start())
                emit(i, m[1], c_cal[0], "past", (wlo, whi), lo)
            elif m is None and clause_events == len(found):
                noun = next(
                    (k for k in range(c_start, c_end) if _nominal(tokens, k, detected)), None
                )
                if noun is not None and not _future_clause(tokens, c_start, c_end):
                    emit(noun, OTHER, c_cal[0], "past", (wlo, whi), lo)
    # "Shopkeepers protested …, saying nothing was agreed": the typed event says it all
    typed = {(e.date, e.dating) for e in found if e.type != OTHER}
    return [e for e in found if e.type != OTHER or (e.date, e.dating) not in typed]

"""One line per event: what the reader sees on the timeline.

Speech is "Speaker verb: “quote…”" when the verb attributes a quote; anything else is the
clause around the trigger, cut to whole words from its subject, with the words a relative
clause hangs on ("…Snow Leopard, which was released in 2009") and the subject a clause lost
to an apposition ("The site … was sold").
"""

from __future__ import annotations

import re

from dateline.store.extract.clauses import QUOTE, continued_quote, governed_by, may_quote
from dateline.store.extract.lexicon import (
    ARTICLES_AND_POSSESSIVES,
    AUXILIARIES,
    CLAUSE_RELATIVES,
    COORDINATORS,
    CUT_PARTITIVES,
    DANGLING_WORDS,
    PERSONAL_SUBJECTS,
    PREPOSITIONS,
    SAYING_TIME_WORDS,
    SUBORDINATE_OPENERS,
    TOLD_TO_VERBS,
    VERB_PARTICLES,
)
from dateline.store.extract.temporal.lexicon import WEEKDAYS
from dateline.store.extract.verbs import VERB_FORMS
from dateline.store.formats.article import dateline_end

_SUMMARY_WORDS = 22  # at most, in a clause summary
_QUOTE_WORDS = 14  # of a long quote, in a saying's summary
_TAIL_WORDS = 8  # at most, after a saying's verb that closes its sentence
# words a summary runs on by rather than cut its sentence's last few ("… asked to join the
# league in June.", not "… in…")
_LAST_WORDS = 5
_HEAD_WORDS = 6  # words a summary keeps before a clause opening with "which", "that"…
_FIRST_WORD = re.compile(r"\s*(\S+)")
_THAT_NEXT = re.compile(r"\s*,?\s*that\s", re.IGNORECASE)
# A few quoted words that close a clause: a name or a scare quote of its noun phrase, not
# speech ("linked to a “shadow payroll scheme” that …"). Quotes are masked out of the
# clause's tokens, so the clause ends before them; the summary keeps them.
_SCARE_QUOTE = re.compile(r"\s*[“\"]([^”“\"]{1,60})[”\"]")
_SCARE_WORDS = 5  # at most: longer ones are speech, which `attributed_quote` sums up
# a time before a clause's verb: "The retailer, which …, last year pledged …"
_TIME_FIRST = re.compile(
    r"\s*(?:(?:last|this|next|earlier|later)\s+(?:year|month|week|\w+day)|yesterday|today|"
    r"recently)\b",
    re.IGNORECASE,
)
_PAST_GUESS = re.compile(r"[a-z]{3,}ed$")  # "shoved": a past the verb table may not know
_RELATIVE = re.compile(rf"\s(?:{'|'.join(sorted(CLAUSE_RELATIVES))})\s")


# A pronoun just before the verb is its subject: "she told Okafor", "he warned Smith".
_PRONOUN_SUBJECT = re.compile(
    rf"\b(?:{'|'.join(sorted(PERSONAL_SUBJECTS | {'it'}))})\s+(?:\w+ly\s+)?$", re.IGNORECASE
)


_GOVERNING = PREPOSITIONS - {"by"}


def governed(masked: str, at: int) -> bool:
    """Does a preposition govern the name at `at` ("a spokesman for the agency", "close to
    Macron"; not the agent "by Jobs", which does it)?"""
    return governed_by(masked, at, _GOVERNING)


_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")  # "was praised by (the) …"


def find_speaker(
    names: list[tuple[int, int, str]], masked: str, clause_lo: int, at: int, end: int
) -> str | None:
    """Who did it: the agent of a passive ("was praised by Jobs"), else the name nearest
    before the verb in its clause, else the first before it (the subject), else the first
    after it ("“…,” tweeted Mayor Bill de Blasio")."""
    by = _BY_AGENT.match(masked, end)
    if by:
        agent = [n for s, _e, n in names if s == by.end()]
        if agent:
            return agent[0]
    # "Mike Gikas of Consumer Reports said", "a source close to Vargas said": a name after
    # a preposition is whom the speaker is of or close to, not the speaker
    in_clause = [n for s, _e, n in names if clause_lo <= s < at and not governed(masked, s)]
    if in_clause:
        return in_clause[-1]
    # "Mr Corbett's daughter Sarah said": a possessive names whose, not who
    before = [
        n
        for s, e, n in names
        if s < at and masked[e : e + 1] not in ("'", "’") and not governed(masked, s)
    ]
    if before:
        return before[0]
    if _PRONOUN_SUBJECT.search(masked, max(0, at - 30), at):
        return None  # "“…,” she told Okafor": she speaks, to him
    if VERB_FORMS.get(masked[at:end].lower(), ("",))[0] in TOLD_TO_VERBS:
        return None  # "“…,” the librarian told the Gazette": the paper is whom, not who
    after = [(s, e, n) for s, e, n in names if s > at]
    if len(after) > 1 and employer_title(masked[after[0][1] : after[1][0]]):
        # "“…,” said Northwind senior vice president Karen Holt": the person the title
        # names speaks, not the company before it
        return after[1][2]
    return after[0][2] if after else None


def employer_title(gap: str) -> bool:
    """Are the words between two names a title only ("senior vice president", "CEO")?"""
    words = gap.split()
    return (
        0 < len(words) <= 4
        and "," not in gap
        and not any(w.lower() in _GOVERNING or w.lower() in _LINKS for w in words)
    )


_LINKS = COORDINATORS | {"but", "&"}


# between a speech verb and the quote it opens: "said: “…”", "said that “…”"
_QUOTE_OPENS = re.compile(r"\s*(?:[,:]|,?\s*(?:that|saying|stating|adding)[,:]?)?\s*")


def attributed_quote(sentence: str, trigger_at: int, trigger_end: int) -> str | None:
    """The quote a speech verb attributes (“…,” she said / she said: “…”), if any."""
    cut = continued_quote(sentence)
    if cut and len(sentence[cut:trigger_at].split()) <= 1:  # "…into the cloud," said Jobs
        return sentence[:cut].strip("“”\"`' ,")
    for m in QUOTE.finditer(sentence) if may_quote(sentence) else ():
        gap_after = sentence[m.end() : trigger_at]
        gap_before = sentence[trigger_end : m.start()]
        if (
            m.end() <= trigger_at
            and _speaker_gap(gap_after)
            and "," in m.group()[-3:]
            or m.start() >= trigger_end
            and _QUOTE_OPENS.fullmatch(gap_before)
        ):  # “…,” she said / she said: “…” / said that “…” — not "announced a “ride”"
            quote = m.group().strip("“”\"`' ")
            if len(quote.split()) >= 4:  # shorter ones are scare quotes, not speech
                return quote
    return None


def _speaker_gap(gap: str) -> bool:
    """Words between a quote and its speech verb: a speaker ("," he / Mike Gikas of
    Consumer Reports), or a name with its description ("Erik van Sebille, an oceanographer
    at a university in Perth")."""
    words = gap.split()
    if len(words) <= 6:
        return True
    return len(words) <= 20 and words[0][:1].isupper() and "," in gap


_OPENING_LINKS = frozenset({"and", "but", "or", "so", "then", "—", "-", "while"})
_SO_ADVERB = frozenset({"far", "many", "much", "few", "long", "called"})


def summarise(
    sentence: str,
    span: tuple[int, int],
    narrow_at: int,
    trigger_at: int,
    trigger: str,
    speaker: str | None,
    quote: str | None,
    speech: bool = False,
) -> str:
    """One line: "Speaker verb: “quote…”" for speech, else the clause around the trigger; a
    saying that closes its sentence after what was said, unquoted, leads with who said it
    ("…, the central bank said." is "The central bank said: cyber incidents have …")."""
    if quote:
        speaker = speaker or _words_next_to(sentence, trigger_at, trigger)
        if speaker:
            words = quote.split()
            # a short quote whole; a long one by its first words (most say their point early)
            kept = len(words) if len(words) <= _QUOTE_WORDS + _LAST_WORDS else _QUOTE_WORDS
            head = " ".join(words[:kept]).rstrip(",.;:")
            verb = _verb_and_whom(sentence, trigger_at, trigger)
            return f"{speaker} {verb}: “{head}{'…' if len(words) > kept else ''}”"
    text = _clause_summary(sentence, span, narrow_at, trigger_at, trigger, speaker)
    tail = sentence[trigger_at + len(trigger) :]
    if (
        speech
        and text.startswith("…")
        and not text.endswith("…")
        and len(tail.split()) <= _TAIL_WORDS  # "…, told The Harbour Gazette on Monday."
        and not _THAT_NEXT.match(tail)
        and _names_a_speaker(sentence[:trigger_at], text[1:])
    ):
        said_at = sentence.find(text[1:])
        content = sentence[:said_at].rstrip() if said_at > 0 else ""
        if content.endswith(",") and len(content.split()) >= _HEAD_WORDS:
            words = content.rstrip(" ,").split()
            head = " ".join(words[:_QUOTE_WORDS]).rstrip(",.;:")
            who = _capitalised(text[1:].rstrip(". "))
            return f"{who}: {head}{'…' if len(words) > _QUOTE_WORDS else ''}"
    return text


_ADDRESSEE_WORDS = 6  # at most: "told a group of newspaper editors"
# where whom a saying was told ends: a comma, a quote, a bracket, the sentence's end
_ADDRESSEE = re.compile(r"[^,;:“”\"()\[\]]*")
# ... or a preposition, a time or a clause ("told Reuters on Monday", "told AFP while
# waiting"); "of" stays inside a name ("a group of editors")
_AFTER_ADDRESSEE = (PREPOSITIONS - {"of"}) | SAYING_TIME_WORDS | set(WEEKDAYS) | SUBORDINATE_OPENERS


def _verb_and_whom(sentence: str, trigger_at: int, trigger: str) -> str:
    """The saying's verb as its summary shows it: "told Reuters", not "told" alone, which
    reads as a sentence cut short ("Lee told: “…”"); "said" when the words after "told"
    are no short name of whom ("told a long meeting of the regional transport board")."""
    if VERB_FORMS.get(trigger.lower(), ("", ""))[0] not in TOLD_TO_VERBS:
        return trigger
    rest = sentence[trigger_at + len(trigger) :]
    whom: list[str] = []
    for word in _ADDRESSEE.match(rest.lstrip()).group().split():
        bare = word.rstrip(".").lower()
        if not bare or bare in _AFTER_ADDRESSEE:
            break
        whom.append(word)
    if not whom or len(whom) > _ADDRESSEE_WORDS:
        return "said"
    return f"{trigger} {' '.join(whom).rstrip('.')}"


_NOT_A_SUBJECT = SUBORDINATE_OPENERS | PREPOSITIONS | _OPENING_LINKS | AUXILIARIES


def _names_a_speaker(before: str, text: str) -> bool:
    """Does the summary `text` of a saying that closes its sentence open with who says it
    ("The central bank said", "Jo Lane, a law professor at Kestrel, told AP"), not with
    a clause of what was said ("Is representing …", "In Peru's Ica state …") or a
    passive ("two cases were reported")?"""
    words = text.split()
    if not words or not words[0][:1].isalpha():
        return False
    first = words[0].lower()
    if first in _NOT_A_SUBJECT or first in VERB_FORMS or first.endswith("ing"):
        return False
    ahead = before.split()
    return not (ahead and ahead[-1].lower() in AUXILIARIES)


_WORDS_BEFORE = re.compile(r"([\w.’' -]{1,40})\s*$")  # words that close a text
_WORDS_AFTER = re.compile(r"\s*([\w.’' -]{1,60})")  # words that open one


def _words_next_to(sentence: str, trigger_at: int, trigger: str) -> str | None:
    """Who speaks when no name does: "…,'' he said", "…,” said an official", "…,” said one
    of the vets who cared for the lynx" (whole words, not "… for the lyn")."""
    near = _WORDS_BEFORE.search(sentence[:trigger_at].split("”")[-1].split("''")[-1])
    rest = sentence[trigger_at + len(trigger) :]
    after = _WORDS_AFTER.match(rest)
    if near and near[1].strip():
        who = near[1]
    elif after:
        who = after[1]
        if rest[after.end() : after.end() + 1].isalnum():  # cut inside a word
            who = who.rsplit(" ", 1)[0]
    else:
        who = ""
    who = who.strip(" ,.")
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
    if (quoted := _SCARE_QUOTE.match(sentence, hi)) and len(quoted[1].split()) <= _SCARE_WORDS:
        hi = quoted.end()
    if lo == 0:
        lo = dateline_end(sentence)  # "SEATTLE (AP) — Boeing rolled out …": from "Boeing"
    while lo < trigger_at and sentence[lo] in " ,;:—–-)":
        lo += 1  # ", have been sentenced": the clause, not the comma before it
    if len(sentence[trigger_at + len(trigger) : hi].split()) < 3 or _THAT_NEXT.match(sentence, hi):
        # "Jobs also said" / "boycotted", "The ferry firm said in a statement | that …": what
        # follows says what
        hi = len(sentence)
    lo = _with_head(sentence, lo)
    narrow_at = max(lo, _with_head(sentence, narrow_at))
    cut_in = lo < span[0] and lo > 0  # the head starts mid-sentence
    words = sentence[lo:hi].split()
    while (
        words
        and words[0].lower() in _OPENING_LINKS
        and (words[0].lower() != "so" or len(words) < 2 or words[1].lower() not in _SO_ADVERB)
    ):  # "And then …", "So the club …"; not "So far this year …", "So many …"
        words = words[1:]
    prepended = bool(words and speaker and words[0] == trigger and speaker in sentence[:trigger_at])
    if prepended:
        words = [speaker, *words]  # the subject sat in another clause (not "Then came X")
    start_word = 0
    if len(words) > _SUMMARY_WORDS:
        # Start at the narrow clause that holds the trigger (its subject), or just before it.
        position = len(sentence[lo:trigger_at].split())
        narrow = len(sentence[lo:narrow_at].split())
        start_word = narrow if position - narrow < _SUMMARY_WORDS - 4 else position - 6
        if position - narrow < 2:  # the narrow clause is the verb alone: keep its subject
            start_word = 0 if position <= _SUMMARY_WORDS - 6 else position - 8
        start_word = max(0, min(start_word, len(words) - 1))
        start_word = _phrase_start(words, start_word, position)
    length = _SUMMARY_WORDS
    if start_word + length < len(words) <= start_word + length + _LAST_WORDS:
        length = len(words) - start_word
    chosen = words[start_word : start_word + length]
    while len(chosen) > 1 and chosen[-1].lower() in _OPENING_LINKS:
        chosen = chosen[:-1]  # "… outside of Japan but": the next clause's link, not this one's
    if hi < len(sentence.rstrip()) and start_word + length >= len(words):
        chosen = _whole_phrase(chosen)  # cut at its clause's end, shown without "…"
    text = " ".join(chosen).rstrip(",;:—- ")
    if text.count("(") > text.count(")"):  # "… only 50 to 100 (": not a bracket left open
        text = text[: text.rfind("(")].rstrip(",;:—- ")
    subject = _subject_before(sentence, lo) if chosen and not start_word else None
    if prepended and subject and speaker in subject:
        subject = None  # "Ford, which …, reported": "Ford reported", not "Ford … Ford"
    if subject:  # "The site, which lists 335,000 articles, was sold": "The site … was sold"
        text = f"{subject} … {text}"
    elif start_word or cut_in:
        text = "…" + text
    if start_word + length < len(words):
        text += "…"
    return _capitalised(text) if text else sentence[:120]


_KEEP_WORDS = 4  # a summary keeps at least these words
# a preposition or particle alone after a comma opens the phrase the cut left out
_LONE_LINKS = PREPOSITIONS | VERB_PARTICLES


def _whole_phrase(chosen: list[str]) -> list[str]:
    """A cut summary's words without a dangling end: "…from six firms, three of" is
    "…from six firms"; "…would suppress the vote as" is "…would suppress the vote"."""
    cut = list(chosen)
    while len(cut) > _KEEP_WORDS:
        last = cut[-1].lower().rstrip(",;:")  # "…records created for, | during and after"
        if last in DANGLING_WORDS:
            if cut.pop().lower() == "of" and cut[-1].lower() in CUT_PARTITIVES:
                cut.pop()
        elif cut[-2].endswith(",") and last in _LONE_LINKS:
            cut.pop()  # "…to five years, out (of | which he served nine months)"
        else:
            break
    if len(cut) < _KEEP_WORDS:
        return chosen
    if cut != chosen:
        cut[-1] = cut[-1].rstrip(",;:")  # "…companies, three of": "…companies"
    return cut


_NAME_BACK = 4  # words a cut start moves back, at most: "Water chief Priya | Ramanathan"
_LIST_MARKS = frozenset("· | • ◆ ▪".split())  # between a list item's date and its text
_ENDS_PHRASE = tuple(",.;:)”\"'’")


def _phrase_start(words: list[str], start: int, position: int) -> int:
    """Where a summary cut before its verb starts: at a whole phrase, not inside one. A
    name from its first word ("…Priya Ramanathan drew criticism", not "…Ramanathan drew
    criticism"), a noun with its article or possessive ("…the growers and millers reached
    a deal", not "…growers and millers"), a list item after its mark ("…In the final
    heat", not "…2004 · In the final heat")."""
    for i in range(start, position):
        if words[i] in _LIST_MARKS:
            start = i + 1
    back = 0
    while (
        0 < start < len(words)
        and back < _NAME_BACK
        and _capital(words[start])
        and _capital(words[start - 1])
        and not words[start - 1].endswith(_ENDS_PHRASE)
        and words[start - 1].lower() not in _NOT_A_SUBJECT
    ):
        start -= 1
        back += 1
    if 0 < start < len(words) and words[start - 1].lower() in ARTICLES_AND_POSSESSIVES:
        start -= 1
    return start


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _subject_before(sentence: str, lo: int) -> str | None:
    """The subject a clause lost to a relative clause or an apposition before it ("The
    site, which lists 335,000 articles, | was sold"): the sentence's opening words up to
    its first comma, when the clause starts with its verb and they are few."""
    when = _TIME_FIRST.match(sentence, lo)  # "…, last year pledged": the verb after it
    first = _FIRST_WORD.match(sentence, when.end() if when else lo)
    if not lo or not first:
        return None
    word = first[1].lower()
    if word not in AUXILIARIES and word not in VERB_FORMS and not _PAST_GUESS.match(word):
        return None
    head = sentence[: sentence.find(",")] if "," in sentence[:lo] else ""
    if not head:  # "A man who stabbed two people | has been jailed": up to the "who"
        relative = _RELATIVE.search(sentence, 0, lo)
        head = sentence[: relative.start()] if relative else ""
    return head.strip() if head and 1 <= len(head.split()) <= 8 else None


def _capitalised(text: str) -> str:
    """A summary starts with a capital, unless its first word is a brand in camel case
    ("iPhoto", "eBay"), which keeps its own."""
    first = text.split(maxsplit=1)[0]
    return text if first[1:] != first[1:].lower() else text[:1].upper() + text[1:]


_NON_SPACE = re.compile(r"\S+")


def _with_head(sentence: str, lo: int) -> int:
    """Where a summary starts: a clause opening with "which", "that", "when"… keeps the
    few words it hangs on ("…Snow Leopard, which was released in 2009"), not "Which was…",
    from a phrase's start ("…Tomas Ekberg, who testified", not "…Ekberg, who testified")."""
    first = _FIRST_WORD.match(sentence, lo)
    if lo == 0 or not first or first[1].lower() not in SUBORDINATE_OPENERS:
        return lo
    starts = [m.start() for m in _NON_SPACE.finditer(sentence[:lo])]
    head = len(starts) - _HEAD_WORDS  # back over `_HEAD_WORDS` words, not the whole sentence
    if head <= 0:
        return 0
    start = _phrase_start(sentence[:lo].split(), head, len(starts))
    return starts[start] if start < len(starts) else lo  # "· 4 May, 2004 · | When …"

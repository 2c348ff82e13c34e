"""The writer and the site speaking of themselves: coverage, bylines, staff, the writer at
work in the first person and editors' notes. What they do is no happening of the story
("I have talked with two stranded drivers", "His essays have appeared in …").
"""

from __future__ import annotations

import re

from dateline.store.extract.grammar import is_passive
from dateline.store.extract.lexicon import (
    ADVERBS,
    ARTICLES_AND_POSSESSIVES,
    AUXILIARIES,
    BYLINE_VERBS,
    BYLINE_WORKS,
    DO_FORMS,
    NEGATIONS,
    OUR_WORDS,
    OWN_COVERAGE,
    OWN_TEXTS,
    SITE_STAFF,
    TOLD_EARLIER,
    TOLD_EARLIER_VERBS,
    WRITER_OPINING,
    WRITER_SUBJECTS,
    WRITER_TASKS,
)
from dateline.store.extract.verbs import (
    VERB_PARTICLES,
    ly_adverb,
    past_adverbs_back,
    verb_form,
)


def own_coverage(tokens: list[tuple[int, int, str]], i: int) -> bool:
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


def writer_does(tokens: list[tuple[int, int, str]], lows: list[str], start: int, i: int) -> int:
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


def byline(tokens: list[tuple[int, int, str]], lows: list[str], i: int, lemma: str) -> bool:
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


def staff_subject(tokens: list[tuple[int, int, str]], lows: list[str], start: int, i: int) -> bool:
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


def told_earlier(lows: list[str]) -> bool:
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


def opened_by_writer(tokens: list[tuple[int, int, str]], lows: list[str]) -> bool:
    """Does the sentence open with the writer at work ("I have talked with two
    stranded drivers, who walked to the depot", "We plotted the index against prices and found
    that sentiment rose as prices fell", past a live blog's "14.05")? What else it tells
    without a date is what the writer met or found, no happening of its own ("As we reported,
    the ferry sank": the writer only comments, and the sinking is told)."""
    opens = next((k for k, w in enumerate(lows) if w[:1].isalpha()), None)
    if opens is None or lows[opens] not in WRITER_SUBJECTS:
        return False
    return any(
        verb_form(w)[0] in WRITER_TASKS and writer_does(tokens, lows, 0, k) == opens
        for k, w in enumerate(lows[opens + 1 :], opens + 1)
    )


def writer_opines(tokens: list[tuple[int, int, str]], lows: list[str]) -> bool:
    """Does the sentence open with the writer's own view ("I really do think the city dodged
    a bullet here", "We'd bet the mayor regrets it")? All it holds is opinion, no happening."""
    opens = next((k for k, w in enumerate(lows) if w[:1].isalpha()), None)
    if opens is None or lows[opens] not in WRITER_SUBJECTS:
        return False
    for w in lows[opens + 1 : opens + 6]:  # past "really", "do", "would", "still"
        if verb_form(w)[0] in WRITER_OPINING:
            return True
        if not (w in AUXILIARIES or w in ADVERBS or w in DO_FORMS or ly_adverb(w)):
            return False
    return False


def self_edit_note(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Is the verb at `i` a passive whose subject is "this" and a noun of the page's own text
    ("This story was updated on Friday", "This blog post has been corrected")? A note on the
    page's upkeep, no happening of the story ("The ferry timetable was updated": kept)."""
    if not is_passive(tokens, i):
        return False
    words = [t[2].lower() for t in tokens[:i]]
    return any(
        w == "this" and any(x in OWN_TEXTS for x in words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )


# A web address: a scheme, "www." or a domain with a path ("site.com/page")
_LINK = re.compile(r"[a-z][a-z0-9+.-]*://|www\.|[\w-]+\.[a-z]{2,}/", re.IGNORECASE)


def in_link(text: str, at: int) -> bool:
    """Is the word at offset `at` part of a web address ("https://example.org/club/posts/7",
    "pic.example.com/x1")? Its words are no verbs."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    end = len(text)
    for space in (" ", "\n"):
        k = text.find(space, at)
        if k != -1:
            end = min(end, k)
    return "/" in text[start:end] and _LINK.search(text, start, end) is not None

"""From a parsed article to its time expressions and events, paragraph by paragraph.

The tagger reads the article whole, so that "the next day" can lean on a date in an earlier
paragraph, up to `TAG_WINDOW` chars: its cost per call grows faster than its text, so a longer
text (a transcript saved as one 1 MB paragraph) is tagged in windows of whole paragraphs, or
of whole sentences, each read with `CONTEXT` chars around it for the dates and tense cues at
its edges. The spans found are then given back to the paragraphs they fall in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from dateline.store import dates
from dateline.store.extract.actors import ActorIndex, is_initial, only_relates, with_month_surnames
from dateline.store.extract.dating import (
    UPDATE_STAMP,
    done_already,
    occasion,
    posted_day,
    told_in_past_perfect,
    told_in_present_perfect,
    update_days,
)
from dateline.store.extract.discourse import Discourse
from dateline.store.extract.events import find_events
from dateline.store.extract.headline import headline_events
from dateline.store.extract.lexicon import (
    BEFORE_THE_YEAR,
    DATE_LINE_WORDS,
    DOER_NOUNS,
    FIRST_PERSON,
    TEXT_SETTING_DOWN,
    YEAR_REVIEWED_BY,
)
from dateline.store.extract.retell import redate_lead, redate_retold
from dateline.store.extract.sentence import FoundEvent, read_paragraph, read_sentence
from dateline.store.extract.sentences import split
from dateline.store.extract.taxonomy import OTHER
from dateline.store.extract.temporal import Timex, tag
from dateline.store.formats.article import ParsedArticle, dateline_place

_SEPARATOR = "\n\n"
_WORD = re.compile(r"[A-Za-z’'-]+")
_SUBJECT_WORDS = 6  # words before a verb its subject is looked for in
# The lead: news tells its main event first, in the present perfect ("Boeing has unveiled its
# new 787"), and that is the news of the day of publication.
LEAD_PARAGRAPHS = 2
TAG_WINDOW = 64_000  # chars per tagger call; the longest news stories run to about 40 000
CONTEXT = 1_000  # chars of whole sentences read on either side of a window


@dataclass(frozen=True, slots=True)
class ParagraphExtraction:
    timexes: tuple[Timex, ...]
    events: tuple[FoundEvent, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    paragraphs: tuple[ParagraphExtraction, ...]
    headline: tuple[FoundEvent, ...] = ()  # the lead's news the headline restates
    faceless: frozenset[tuple[int, int]] = frozenset()  # (paragraph, event) making no entry

    def entries(self, k: int) -> tuple[FoundEvent, ...]:
        """The events of paragraph `k` that make timeline entries (see `_faceless`)."""
        events = self.paragraphs[k].events
        return tuple(e for i, e in enumerate(events) if (k, i) not in self.faceless)


def _shift(t: Timex, offset: int) -> Timex:
    return Timex(
        t.start - offset, t.end - offset, t.text, t.type, t.value, t.mod, t.anchored, t.resolved
    )


def _windows(size: int, cuts: list[int]) -> Iterator[tuple[int, int]]:
    """Consecutive spans covering [0, size), each ending at the last of the increasing `cuts`
    that keeps it within `TAG_WINDOW` chars (or at the first, when none does)."""
    lo = 0
    while lo < size:
        if size - lo <= TAG_WINDOW:
            hi = size
        else:
            k = bisect_right(cuts, lo + TAG_WINDOW) - 1
            if k < 0 or cuts[k] <= lo:
                k = bisect_right(cuts, lo)
            hi = cuts[k] if k < len(cuts) else size
        yield lo, hi
        lo = hi


def _tag(
    full: str, sentences: list[tuple[int, int]], cuts: list[int], dct: date | None
) -> list[Timex]:
    """The tagger's spans over `full`, window by window (see module docstring)."""
    if len(full) <= TAG_WINDOW:
        return tag(full, dct)
    starts = [s for s, _e in sentences]
    ends = [e for _s, e in sentences]
    out: list[Timex] = []
    for lo, hi in _windows(len(full), cuts):
        i = bisect_left(starts, lo - CONTEXT)
        read_lo = min(lo, starts[i]) if i < len(starts) else lo
        j = bisect_right(ends, hi + CONTEXT) - 1
        read_hi = max(hi, ends[j]) if j >= 0 else hi
        for t in tag(full[read_lo:read_hi], dct):
            start = t.start + read_lo
            # context belongs to the neighbouring window, which tags it; and no span may
            # overlap the one before ("2 p.m. Monday" found whole there, "Monday" here)
            if lo <= start < hi and (not out or start >= out[-1].end):
                out.append(_shift(t, -read_lo))
    return out


def _is_prose(text: str) -> bool:
    """A paragraph of sentences, not a line such as "By Ana Ortiz" or "Staff Reporter"."""
    # (three words or more: split no further than the third)
    return len(text.split(None, 2)) >= 3 and text.rstrip()[-1:] in ".!?\"”’'"


_SUBHEADING_WORDS = 12  # at most, in a subheading line
_POSTED = re.compile(r"[#@]|https?:")  # a post's marks: a tweet is a saying, no subheading


def _subheading(texts: list[str], k: int, body: list[bool], prose: list[bool]) -> bool:
    """Is paragraph `k` a feature's subheading: a short line with no closing stop, over a
    paragraph of prose ("Phones were cleared for use on every ferry" over the
    paragraph that tells how)? Its words repeat what the paragraph under it tells; a
    standfirst under the title does the same for the lead. (`prose`: `_is_prose` of each
    paragraph.)"""
    text = texts[k].strip()
    return (
        body[k]
        and k + 1 < len(texts)
        and body[k + 1]
        and not prose[k]
        and prose[k + 1]
        and 0 < len(text.split()) <= _SUBHEADING_WORDS
        and text[-1:] not in ":;,"
        and _POSTED.search(text) is None
    )


# A paragraph that ends in a byline and a date line's word ("… what the vote means for the
# port By Jo Lane, The Harbour Post Published", "… By Ravi Das Updated"): the card of
# another story (its headline and standfirst before the byline) or the page's own byline,
# no sentence of the story; a card's verbs tell that story's news, not this one's.
_CARD_BYLINE = re.compile(
    r"\bBy (?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*(?:,[^.,;:!?]{1,40})?\s+(?:"
    + "|".join(sorted(DATE_LINE_WORDS))
    + r")\W*$"
)


def _title_case(title: str) -> bool:
    """Does the headline capitalise (nearly) every word ("Brightwater Pledges to Halve Its
    Plastic Waste")?"""
    words = [w for w in title.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _retold(
    result: list[ParagraphExtraction],
    lead_events: list[tuple[FoundEvent, str]],
    published: date | None,
    lead_day: str | None = None,
) -> tuple[list[ParagraphExtraction], list[tuple[FoundEvent, str]]]:
    """The paragraphs and lead with the lead's news on the day the body gives it (see
    `retell`)."""
    lead_ids = {id(e) for e, _s in lead_events}
    body_events = [e for r in result for e in r.events if id(e) not in lead_ids]
    moved = redate_lead(lead_events, body_events, published, lead_day)
    if not moved:
        return result, lead_events
    paragraphs = [
        ParagraphExtraction(r.timexes, tuple(moved.get(id(e), e) for e in r.events)) for r in result
    ]
    return paragraphs, [(moved.get(id(e), e), sentence) for e, sentence in lead_events]


def _update_news(e: FoundEvent, text: str, day: str, published: date | None) -> FoundEvent:
    """A live blog's update tells the news of its own time (see `dating.update_days`): its
    present perfect is that day's news, not only before publication ("14.05 Rescuers have
    reached the ridge"; the gold's "main news told in the present perfect is at
    publication", for each update), and what it tells undated is on its day, the day before
    publication past midnight. A past told as such stays before ("One mother learned the
    news from a neighbour")."""
    if published is None or e.date != published.isoformat():
        return e
    sentence = text[e.sent_start : e.sent_end]
    # (not "14.05 Relatives have already given DNA samples": before the update, not its news)
    perfect = (
        e.dating == "before"
        and told_in_present_perfect(sentence, e.trigger)
        and not done_already(sentence, e.trigger)
    )
    if perfect or e.dating == "inferred" and day != e.date:
        return replace(e, date=day, start=day, end=day, dating="inferred")
    return e


_WORD_OR_YEAR = re.compile(r"[A-Za-z]+|\d{4}")  # a headline's words and years


def reviewed_year(title: str, published: date | None) -> str | None:
    """The year a page published in its last month (or the first of the next) looks back on,
    when its headline names it ("Our favourite albums of 2014", "The best and worst gadgets
    from 2020"), else None (not "What to watch in 2015": a year to come)."""
    if published is None or published.month not in (1, 12):
        return None
    year = str(published.year if published.month == 12 else published.year - 1)
    words = [w.lower() for w in _WORD_OR_YEAR.findall(title)]
    return next(
        (year for k, w in enumerate(words) if w == year and k and words[k - 1] in YEAR_REVIEWED_BY),
        None,
    )


def _in_year_reviewed(
    result: list[ParagraphExtraction], texts: list[str], title: str, published: date | None
) -> list[ParagraphExtraction]:
    """A review of the year tells its undated past in that year: "Our favourite albums of
    2020" … "The band recorded it in a barn" was done in 2020, not only some time before
    publication, nor on its day; but not what the review says it had done before ("Critics
    had long mocked the label"), nor what it puts before ("The drama was filmed before the
    floods"), nor a saying made for the page or its present perfect news."""
    year = reviewed_year(title, published)
    if year is None or published is None:
        return result
    today = published.isoformat()
    first, last = dates.bounds(year)

    def in_year(e: FoundEvent, sentence: str) -> FoundEvent:
        if (
            e.date != today
            or e.dating not in ("before", "inferred")
            or told_in_past_perfect(sentence, e.trigger)
            or not BEFORE_THE_YEAR.isdisjoint(w.lower() for w in _WORD.findall(sentence))
            or e.dating == "inferred"
            and (e.type == "statement" or told_in_present_perfect(sentence, e.trigger))
        ):
            return e  # not undated, told as earlier still, or a saying or news of the page
        return replace(
            e, date=year, start=first.isoformat(), end=last.isoformat(), dating="inferred"
        )

    return [
        ParagraphExtraction(
            r.timexes, tuple(in_year(e, text[e.sent_start : e.sent_end]) for e in r.events)
        )
        for text, r in zip(texts, result, strict=True)
    ]


def _interviewed(
    result: list[ParagraphExtraction], discourse: Discourse
) -> list[ParagraphExtraction]:
    """Reaction pieces quote people who spoke to the paper ("Lee, a professor at Kestrel
    University, said the debate went well" … "“…,” Lee told the Herald"): each undated saying
    of theirs was made for the story, at publication, not on the day of the event it reacts
    to (the lead's day, which `sayings.Report` gives undated sayings), wherever in the story
    it comes."""
    lead, dct = discourse.story_time, discourse.dct
    if not discourse.interviewed or dct is None or lead is None or lead == dct.isoformat():
        return result
    today = dct.isoformat()

    def at_publication(e: FoundEvent) -> FoundEvent:
        if (
            e.type == "statement"
            and e.dating == "inferred"
            and e.date == lead
            and e.speaker in discourse.interviewed
            and discourse.said_on.get(e.speaker) != lead
        ):
            return replace(e, date=today, start=today, end=today)
        return e

    return [
        ParagraphExtraction(r.timexes, tuple(at_publication(e) for e in r.events)) for r in result
    ]


def _faceless(e: FoundEvent, sentence: str) -> bool:
    """Does the event tell no type, no actor, no doer and no time but "before publication"
    ("Both camps have wrangled over a range of questions", "The arc of the era has followed a
    pattern")? Most such clauses are states, habits and opinions, not happenings a reader
    would put on a timeline: with neither who nor when nor what kind, the entry says nothing.
    Not when a common noun names who did it ("Agents inspected the vessel"), nor in the lead
    (the story's news: see `extract`)."""
    if e.type != OTHER or e.dating != "before" or e.actors:
        return False
    at = re.search(rf"\b{re.escape(e.trigger)}\b", sentence)
    before = _WORD.findall(sentence, 0, at.start() if at else len(sentence))[-_SUBJECT_WORDS:]
    return not any(w.lower() in DOER_NOUNS for w in before)


def extract(article: ParsedArticle) -> Extraction:
    texts = [p.text for p in article.paragraphs]
    full = _SEPARATOR.join(texts)
    offsets = []
    pos = 0
    for t in texts:
        offsets.append(pos)
        pos += len(t) + len(_SEPARATOR)
    spans = [split(text) for text in texts]
    # Where a tagger window may start: a paragraph, or a sentence of a paragraph too long to
    # be one window. Context is read in whole sentences of any paragraph.
    cuts: list[int] = []
    sentences: list[tuple[int, int]] = []
    for at, text, para_spans in zip(offsets, texts, spans, strict=True):
        if len(text) > TAG_WINDOW:
            cuts += [at + s for s, _e in para_spans]
        else:
            cuts.append(at)
        sentences += [(at + s, at + e) for s, e in para_spans]
    cuts = [c for c in cuts if c > 0]
    all_timexes = _tag(full, sentences, cuts, article.published)
    per_para: list[list[Timex]] = [[] for _ in texts]
    k = 0
    for t in all_timexes:
        while k + 1 < len(texts) and t.start >= offsets[k + 1]:
            k += 1
        if t.end <= offsets[k] + len(texts[k]):
            per_para[k].append(_shift(t, offsets[k]))
    readings = [
        read_paragraph(text, para_spans) for text, para_spans in zip(texts, spans, strict=True)
    ]
    names = [
        (n, is_initial(masked, a, b))
        for para_readings in readings
        for masked, found in para_readings
        for a, b, n in found
    ]
    with_month_surnames(readings, names)
    # every brief of a round-up has its dateline ("ISLAMABAD —", "SEATTLE —"): places all
    datelines = [dateline_place(p.text) if p.kind == "body" else None for p in article.paragraphs]
    places = {article.place, *datelines} - {None, ""}
    actors = ActorIndex(names, places=tuple(places), texts=texts)
    discourse = Discourse(article.published)
    prose = [_is_prose(text) for text in texts]  # asked for the lead, its count, subheadings
    lead_texts = [
        p.text
        for p, is_prose in zip(article.paragraphs, prose, strict=True)
        if p.kind == "body" and is_prose
    ][:LEAD_PARAGRAPHS]
    discourse.occasion = occasion(texts, per_para, " ".join(lead_texts), article.published)
    # the headline names what the story is about: "the aircraft", "the 787" of the first
    # paragraphs are the "787 Dreamliner" of "Boeing rolls out first 787 Dreamliner"
    _title_masked, title_names = read_sentence(article.title or "")
    # (not a headline's first word: "Drug suppliers jailed" names no "Drug")
    # (nor one that only tells whose parent another is: "Orbex parent Zenith wins bid")
    title_actors = (
        actors.canonical(n) for a, b, n in title_names if not only_relates(_title_masked, a, b)
    )
    # a headline in title case capitalises every word: its runs of capitals are names only
    # where the story writes them too ("Acme Hands the City Museum a $9M Gift": the museum,
    # not "Acme Hands" or "9M Gift")
    body = " ".join(texts) if _title_case(article.title or "") else None
    headline_names = [n for n in title_actors if actors.is_actor(n) and (body is None or n in body)]
    discourse.mention(headline_names)
    result = []
    lead_events: list[tuple[FoundEvent, str]] = []  # of the story's own lead, with sentences
    lead_paragraphs: set[int] = set()  # where the lead's events are, by paragraph
    story_events: list[tuple[FoundEvent, str]] = []  # of the whole story, with sentences
    body_index = 0
    told: dict[str, int] = {}  # sentence → the paragraph that told its events first
    # the headline printed again as the story's first line, more story after it ("Grocer
    # 'baffled' over when bread prices will fall"), tells nothing (a feed item whose
    # title is its whole text still does)
    body_at = [k for k, p in enumerate(article.paragraphs) if p.kind == "body"]
    headline_line = (
        body_at[0]
        if len(body_at) > 1 and texts[body_at[0]].strip() == (article.title or "").strip()
        else None
    )
    lead_open = True
    updates = update_days(texts, article.published)
    untold = discourse.times()  # the story's time before any paragraph set it
    bodies = [p.kind == "body" for p in article.paragraphs]
    for k, (para, text, para_spans, timexes, para_readings) in enumerate(
        zip(article.paragraphs, texts, spans, per_para, readings, strict=True)
    ):
        is_body = para.kind == "body"
        discourse.in_story = is_body
        # an embedded post is read as of its own day ("… today. — Ann Lee (@annlee) May 3,
        # 2021"): its "today" and its undated news are that day's, not the page's
        # (an aside: what it tells sets no time for the story's next paragraphs)
        posted = posted_day(text, timexes) if is_body else None
        if is_body and updates[k] and UPDATE_STAMP.match(text):
            # each update of a live blog tells its own time: "1.20pm: Heads had been told on
            # Wednesday evening …" sets no day for "11.30am: The river burst its banks"
            discourse.restore(untold)
        dct = date.fromisoformat(posted) if posted else article.published
        story_times = discourse.times() if posted else None
        events = find_events(
            text,
            para_spans,
            tag(text, dct) if posted else timexes,
            dct,
            actors,
            discourse,
            lead=is_body and body_index < LEAD_PARAGRAPHS,
            readings=para_readings,
        )
        if story_times is not None:
            discourse.restore(story_times)
            events = [_update_news(e, text, posted, dct) for e in events]
        discourse.reproduced = reproduces(text, discourse.reproduced)
        in_lead = is_body and body_index < LEAD_PARAGRAPHS and lead_open
        # a byline, a reporter's title or an e-mail address is no part of the lead; a
        # round-up's next brief opens with its dateline and a lead of its own
        body_index += is_body and prose[k]
        if k + 1 < len(datelines) and datelines[k + 1]:
            body_index = 0
            lead_open = False  # the headline is the first brief's, if any
        # ("By " first: every byline holds it, most paragraphs do not, and the pattern, led
        # by `\b`, is tried at every position of a paragraph without it)
        if k == headline_line or "By " in text and _CARD_BYLINE.search(text):
            events = []
        if not is_body or _subheading(texts, k, bodies, prose):
            # a caption, a teaser or a subheading tells an event only with its own date
            events = [e for e in events if e.dating == "explicit"]
        elif updates[k]:
            events = [_update_news(e, text, updates[k], article.published) for e in events]
        # a page that repeats a paragraph (a pull quote, a teaser) tells its events once
        events = [e for e in events if told.setdefault(text[e.sent_start : e.sent_end], k) == k]
        if in_lead:
            lead_events += [(e, text[e.sent_start : e.sent_end]) for e in events]
            lead_paragraphs.add(k)
        if is_body:
            story_events += [(e, text[e.sent_start : e.sent_end]) for e in events]
        result.append(ParagraphExtraction(tuple(timexes), tuple(events)))
    # the lead's undated news on the day the body gives it ("have been handed down" … "were
    # sentenced on Friday 27 October")
    result, lead_events = _retold(result, lead_events, article.published, discourse.lead)
    # … and the body's undated retellings of a happening it dates ("Reed was jailed for nine
    # years" … "Both men were sentenced on Friday 3 March")
    moved = redate_retold(story_events, article.published)
    if moved:
        result = [
            ParagraphExtraction(r.timexes, tuple(moved.get(id(e), e) for e in r.events))
            for r in result
        ]
    result = _interviewed(result, discourse)
    headline = headline_events(article.title or "", lead_events, tuple(headline_names))
    faceless = frozenset(
        (k, i)
        for k, (text, r) in enumerate(zip(texts, result, strict=True))
        if k not in lead_paragraphs
        for i, e in enumerate(r.events)
        if _faceless(e, text[e.sent_start : e.sent_end])
    )
    # (after `faceless`: a clause that says nothing says nothing in the year it reviews)
    result = _in_year_reviewed(result, texts, article.title or "", article.published)
    return Extraction(tuple(result), headline, faceless)


_SETS_DOWN = re.compile(r"\b(?:" + "|".join(sorted(TEXT_SETTING_DOWN)) + r")\s*:", re.IGNORECASE)
# (a name of its own: named `_WORD` it had replaced the pattern above for the whole module,
# and `_faceless` read "Agents" as "gents")
_LOWER_WORD = re.compile(r"[a-z]+")


def reproduces(text: str, before: bool) -> bool:
    """Does the story go on, after this paragraph, with a text it sets down in its author's
    first person? It begins at a colon after a verb of writing or saying ("Apple released his
    e-mail, which reads: Team, …" ¶ "I will stay on as chief executive." ¶ "I have asked
    Tim Cook to run the company.") and runs while its paragraphs speak in the first person:
    their "I" is the author, no writer at work (`writers.writer_does`)."""
    # (every match ends with a colon: most paragraphs hold none, and the pattern, led by
    # `\b` and a dozen words, is otherwise tried at every position of the paragraph)
    if ":" in text and _SETS_DOWN.search(text):
        return True
    return before and not FIRST_PERSON.isdisjoint(_LOWER_WORD.findall(text.lower()))

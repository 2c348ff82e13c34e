"""From a parsed article to its time expressions and events, paragraph by paragraph.

The tagger reads the whole article at once (so "the next day" can lean on a date in an earlier
paragraph); its spans are then given back to the paragraphs they fall in.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.store.extract.actors import ActorIndex, candidate_names, is_initial
from dateline.store.extract.discourse import Discourse
from dateline.store.extract.events import FoundEvent, _mask_quotes, find_events, name_text
from dateline.store.extract.sentences import split
from dateline.store.extract.temporal import Timex, tag
from dateline.store.formats.article import ParsedArticle

_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class ParagraphExtraction:
    timexes: tuple[Timex, ...]
    events: tuple[FoundEvent, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    paragraphs: tuple[ParagraphExtraction, ...]


def _shift(t: Timex, offset: int) -> Timex:
    return Timex(
        t.start - offset, t.end - offset, t.text, t.type, t.value, t.mod, t.anchored, t.resolved
    )


def extract(article: ParsedArticle) -> Extraction:
    texts = [p.text for p in article.paragraphs]
    full = _SEPARATOR.join(texts)
    all_timexes = tag(full, article.published)
    offsets = []
    pos = 0
    for t in texts:
        offsets.append(pos)
        pos += len(t) + len(_SEPARATOR)
    per_para: list[list[Timex]] = [[] for _ in texts]
    k = 0
    for t in all_timexes:
        while k + 1 < len(texts) and t.start >= offsets[k + 1]:
            k += 1
        if t.end <= offsets[k] + len(texts[k]):
            per_para[k].append(_shift(t, offsets[k]))
    names = []
    for text in texts:
        for s_start, s_end in split(text):
            masked = _mask_quotes(text[s_start:s_end])
            names += [(n, is_initial(masked, a)) for a, _b, n in candidate_names(name_text(masked))]
    actors = ActorIndex(names, places=(article.place,) if article.place else ())
    discourse = Discourse(article.published)
    result = []
    body_index = 0
    for para, text, timexes in zip(article.paragraphs, texts, per_para, strict=True):
        is_body = para.kind == "body"
        discourse.in_story = is_body
        events = find_events(
            text,
            split(text),
            timexes,
            article.published,
            actors,
            discourse,
            lead_allowed=is_body and body_index < 2,
        )
        body_index += is_body
        result.append(ParagraphExtraction(tuple(timexes), tuple(events)))
    return Extraction(tuple(result))

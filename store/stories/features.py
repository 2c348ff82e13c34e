"""What story grouping compares articles by, read from what the library stores.

An article's features, counted in its own text:
- `w:<word>`: the content words of its headline (each counted `HEADLINE_REPEAT` times: the
  headline says what the story is) and of its body paragraphs (captions are left out: a
  photo's caption names whoever is in the picture);
- `a:<name>`: the actors of its events, by how many of its events name each ("Steve Jobs"
  named by five of its events counts five).
Words are stemmed crudely ("launches" → "launch") and an actor's key drops case and legal
form ("Apple Inc." → "apple"), so spellings of one thing meet.

The happenings it reports with other articles (events of one `cluster`, see `db.merge`) are
not stored as features: a happening becomes shared only when a later article reports it, so
the earlier article's stored features would never learn of it. The event table is their
posting list instead (`cluster_mates`), asked afresh whenever an article is grouped.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import and_, select

from dateline.store.db.index import chunks
from dateline.store.db.models import Article, Event, Paragraph
from dateline.store.extract.temporal.lexicon import MONTHS, WEEKDAYS

HEADLINE_REPEAT = 3

_WORD = re.compile(r"[a-z][a-z'’-]+")
# Words that say nothing of which story an article tells: function words, calendar words,
# reporting verbs and counting words that any news article holds. Only grouping uses this
# list (extraction's lists in `extract.lexicon` each serve one rule and keep these words).
STOPWORDS = (
    frozenset(
        """a about above after again against all almost also although always am among an and
    another any are around as at be because been before being below between both but by can
    could did do does doing down during each either else even ever every few for from
    further get gets got had has have having he her here hers herself him himself his how
    however i if in into is it its itself just last least less let like made make many may
    me might more most much must my myself near never new next no nor not now of off often
    on once one only or other others our ours out over own per perhaps rather said same
    say says she should since so some still such than that the their theirs them then there
    these they this those though through thus to too under until up upon us very via was we
    were what when where whether which while who whom whose why will with within without
    would year years yet you your week weeks day days today yesterday first two three four
    five according told including include includes time times people percent million
    billion well back going""".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
_LEGAL = re.compile(r"[,\s]+(inc|corp|co|ltd|llc|plc|ag|sa|se|gmbh)\.?$", re.I)


@dataclass
class Source:
    """An article as grouping reads it: its headline, publication day and feature counts."""

    id: int
    title: str
    day: str | None  # ISO day of publication
    counts: Counter = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)  # its actors as spelled (for display)


def _stem(word: str) -> str:
    """A crude plural and possessive strip: "launches" → "launch", "apple's" → "apple"."""
    word = word.rstrip("'’").replace("’s", "").replace("'s", "")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("es") and (word[-3] in "sxz" or word[-4:-2] in _SIBILANT):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_SIBILANT = ("ch", "sh")  # "launches", "crashes": -es after them goes too


@lru_cache(maxsize=1 << 17)
def _content(word: str) -> str | None:
    """A word's stem if it is a content word (memoised: news repeats its words). A stopword
    is one before stemming as after: "this" is no "thi", "does" no "doe"."""
    word = word.strip("-'’")
    if word in STOPWORDS:
        return None
    w = _stem(word)
    return w if len(w) >= 3 and w not in STOPWORDS else None


def content_words(text: str) -> list[str]:
    """Lower-cased, stemmed words of three letters or more that are not stopwords."""
    found = map(_content, _WORD.findall(text.lower()))
    return [w for w in found if w is not None]


def actor_key(name: str) -> str:
    """One key for an actor's spellings across articles: case and legal form dropped."""
    return _LEGAL.sub("", name.strip()).casefold()


def read_sources(conn, article_ids: list[int]) -> dict[int, Source]:
    """The articles' headlines, days and feature counts (three queries per chunk)."""
    a, p, e = Article.__table__.c, Paragraph.__table__.c, Event.__table__.c
    out: dict[int, Source] = {}
    for chunk in chunks(article_ids):
        for i, title, published in conn.execute(
            select(a.id, a.title, a.published).where(a.id.in_(chunk))
        ):
            source = out[i] = Source(i, title or "", (published or "")[:10] or None)
            for w in content_words(source.title):
                source.counts["w:" + w] += HEADLINE_REPEAT
        bodies = select(p.article_id, p.text).where(p.article_id.in_(chunk), p.kind == "body")
        for i, text in conn.execute(bodies):
            out[i].counts.update("w:" + w for w in content_words(text))
        for i, names in conn.execute(select(e.article_id, e.actors).where(e.article_id.in_(chunk))):
            spelled = json.loads(names or "[]")
            out[i].names.update(spelled)
            out[i].counts.update("a:" + k for k in {actor_key(n) for n in spelled} if k)
    return out


def cluster_mates(conn, article_ids: list[int]) -> dict[int, dict[int, int]]:
    """article → {another article reporting one of its happenings → how many it shares}:
    "Jobs resigned on August 24" in two articles makes them cluster mates."""
    mine, other = Event.__table__.alias("mine"), Event.__table__.alias("other")
    out: dict[int, dict[int, int]] = {}
    for chunk in chunks(article_ids):
        query = (
            select(mine.c.article_id, other.c.article_id, mine.c.cluster)
            .join(
                other,
                and_(other.c.cluster == mine.c.cluster, other.c.article_id != mine.c.article_id),
            )
            .where(mine.c.article_id.in_(chunk))
            .distinct()
        )
        for i, j, _cluster in conn.execute(query):
            mates = out.setdefault(i, {})
            mates[j] = mates.get(j, 0) + 1
    return out

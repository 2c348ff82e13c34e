"""TimeML event mentions: which words in a text name a happening or a state, and its class.

TimeML events are nearly always one word ("exploded", "the attack", "said"), so this is a token
classifier: an averaged perceptron trained on TBAQ (`python -m bench.train_events CORPUS`)
whose weights ship in `data/events.json`.  There is no POS tagger offline, so the features are
cheap stand-ins: the word, its suffixes and crude stem, its shape, the neighbouring words and
the closed class of the word before it (determiner, auxiliary, "to" ...).

Two stages keep it fast: a scalar score decides event or not (the word-only part of the
score is cached per word form), and only the few events get the 7-way class.  Pure Python,
dict look-ups only; the model loads on first use.

Each span also carries cheap hints for the timeline, read from the words before it in its
clause: `negated` ("did not sign"), `modal` ("may sign", "would sign", "if ... signs"),
`future` ("will sign") and `habitual` ("usually signs").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("data") / "events.json"

CLASSES = ("OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION")

# Words, contractions and possessives split ("did" "n't", "company" "'s"), numbers whole.
_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*|\w+(?=n['’]t\b)|n['’]t\b|['’]\w+|\w+(?:-\w+)*|[^\w\s]"
)

# The closed classes the word before a candidate falls in: a determiner makes a noun, an
# auxiliary or "to" a verb.  Word lists as data, defined once.
_CLOSED = {
    "DET": "the a an this that these those his her its their our my your some any each every"
    " no another such",
    "AUX": "is are was were be been being am 's 're has have had having 've 'd do does did",
    "MOD": "will would can could may might shall should must 'll ca wo",
    "TO": "to",
    "NEG": "not n't never",
    "PRON": "he she it they we i you who which",
    "PREP": "of in on at for with by from about after before during over under into against"
    " since until without between among",
    "CONJ": "and or but",
    "PUNCT": ". , ; : ! ? `` '' \" ( ) -- _",
}
CLOSED_CLASS = {w: c for c, words in _CLOSED.items() for w in words.split()}

# Hints: words before an event in its clause that make it no plain past happening.
_HINTS = {
    "negated": "not n't never no without neither nor",
    "modal": "may might could would should must can ca can't cannot if unless whether"
    " possibly perhaps probably maybe",
    "future": "will 'll shall wo",
    "habitual": "usually often always generally typically normally sometimes regularly"
    " routinely frequently rarely seldom",
}
HINT_WORDS = {w: h for h, words in _HINTS.items() for w in words.split()}
# Where a clause ends for the hint look-back; also how far back it looks.
_CLAUSE_END = frozenset(". ; : ! ? , `` '' \" ( ) -- and but or that which who because".split())
_HINT_WINDOW = 6


@dataclass(frozen=True, slots=True)
class EventSpan:
    start: int
    end: int
    text: str
    cls: str
    negated: bool = False
    modal: bool = False
    future: bool = False
    habitual: bool = False


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every token of `text`."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def stem(w: str) -> str:
    """A crude stem that maps inflections together ("announced", "announces" -> "announc")."""
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and (w.endswith("ed") or w.endswith("es")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def shape(w: str) -> str:
    if w.isupper():
        return "A"
    if w[0].isupper():
        return "C"
    if w[0].isdigit():
        return "9"
    return "a" if w.isalpha() else "o"


def word_features(w: str) -> list[str]:
    """Features of the word alone (cached per form at run time)."""
    lw = w.lower()
    return [
        "w=" + lw, "s2=" + lw[-2:], "s3=" + lw[-3:], "s4=" + lw[-4:], "st=" + stem(lw),
        "sh=" + shape(w),
    ]  # fmt: skip


def context_features(low: list[str], i: int, lw: str) -> list[str]:
    """Features of the neighbourhood of token `i` (`low` are the lowercased tokens, padded
    with two empty strings at each end, so token i is at i + 2)."""
    j = i + 2
    p1, p2, n1 = low[j - 1], low[j - 2], low[j + 1]
    c1 = CLOSED_CLASS.get(p1, "-")
    c2 = CLOSED_CLASS.get(p2, "-")
    return [
        "p=" + p1, "pp=" + p2, "n=" + n1, "nn=" + low[j + 2],
        "c=" + c1 + lw[-3:], "cc=" + c2 + c1, "cn=" + c1 + CLOSED_CLASS.get(n1, "-"),
    ]  # fmt: skip


def padded_lower(words: list[str]) -> list[str]:
    return ["", "", *(w.lower() for w in words), "", ""]


@dataclass
class Model:
    bias: float
    binary: dict[str, float]
    classes: tuple[str, ...]
    cls: dict[str, list[float]]
    # word form -> the word-only part of its binary score, filled as words are met
    word_score: dict[str, float] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(data["bias"], data["binary"], tuple(data["classes"]), data["class"])

    def to_json(self) -> dict:
        return {"bias": self.bias, "binary": self.binary, "classes": list(self.classes),
                "class": self.cls}  # fmt: skip


@cache
def model() -> Model:
    return Model.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


_WORD_SCORE_MAX = 200_000  # distinct word forms kept in a model's cache


def detect(words: list[str], m: Model) -> list[int]:
    """Indices of the tokens `m` calls events."""
    low = padded_lower(words)
    binary, word_score = m.binary, m.word_score
    if len(word_score) > _WORD_SCORE_MAX:
        word_score.clear()
    cache_get = word_score.get
    out = []
    for i, w in enumerate(words):
        s = cache_get(w)
        if s is None:
            s = word_score[w] = sum(binary.get(f, 0.0) for f in word_features(w))
        for f in context_features(low, i, low[i + 2]):
            s += binary.get(f, 0.0)
        if s + m.bias > 0.0:
            out.append(i)
    return out


def classify(words: list[str], low: list[str], i: int, m: Model) -> str:
    total = [0.0] * len(m.classes)
    get = m.cls.get
    for f in word_features(words[i]) + context_features(low, i, low[i + 2]):
        v = get(f)
        if v is not None:
            total = [a + b for a, b in zip(total, v, strict=True)]
    return m.classes[max(range(len(total)), key=total.__getitem__)]


def hints(low: list[str], i: int) -> dict[str, bool]:
    """The hint flags of token `i` from up to `_HINT_WINDOW` words before it in its clause."""
    found: dict[str, bool] = {}
    j = i + 2
    for k in range(j - 1, max(1, j - 1 - _HINT_WINDOW), -1):
        w = low[k]
        h = HINT_WORDS.get(w)
        if h:
            found[h] = True
        elif w in _CLAUSE_END:
            break
    return found


def event_spans(text: str, m: Model | None = None) -> list[EventSpan]:
    """The event mentions of `text`, with offsets into it, in text order (`m`: another
    model than the shipped one, for training and held-out scoring)."""
    if not text:
        return []
    m = m or model()
    toks = tokens(text)
    words = [t[2] for t in toks]
    hits = detect(words, m)
    if not hits:
        return []
    low = padded_lower(words)
    out = []
    for i in hits:
        start, end, w = toks[i]
        out.append(EventSpan(start, end, w, classify(words, low, i, m), **hints(low, i)))
    return out

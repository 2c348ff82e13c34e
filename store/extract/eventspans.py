"""TimeML event mentions: which words in a text name a happening or a state, and its class.

TimeML events are nearly always one word ("exploded", "the attack", "said"), so this is a token
classifier: an averaged perceptron trained on TBAQ (`python -m bench.train_events CORPUS`)
whose weights ship in `data/events.json`.  There is no POS tagger offline, so the features are
cheap stand-ins: the word, its suffixes and crude stem (irregular forms share their lemma's),
its shape, the neighbouring words, the closed class of the word before it (determiner,
auxiliary, "to" ...) and of the word after it (else the parts of speech it can take: "was
killed" / "was among"), hand-written word classes (`data/eventwords.txt`: common verbs,
irregular forms, nouns of happenings and of things, TimeML's class examples), the parts of
speech a word form can take (`data/poslex.txt`, from a general English dictionary), and the
suffix that makes a noun from a verb ("violations", "arrival").  The last few carry over to
words training never met.  Held out (train on one half of TBAQ, score the other) it finds
events at span F1 0.868 (TimeBank -> AQUAINT) / 0.798 (AQUAINT -> TimeBank);
`bench.train_events --cross` prints the numbers.

Two stages keep it fast: a scalar score decides event or not (every part that depends on one
word is cached per word form), and only the few events get the 7-way class.  Pure Python,
dict look-ups only; the model loads on first use.

Each span also carries cheap hints for the timeline, read from the words before it in its
clause: `negated` ("did not sign"), `modal` ("may sign", "would sign", "if ... signs"),
`future` ("will sign"), `habitual` ("usually signs"), and `intended` when an intention,
attempt or refusal governs it ("plans to sign", "refused to sign": I_ACTION / I_STATE + "to").
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from dateline.store.extract.lexicon import IRREGULAR, sectioned

MODEL_PATH = Path(__file__).with_name("data") / "events.json"
WORDS_PATH = Path(__file__).with_name("data") / "eventwords.txt"
POSLEX_PATH = Path(__file__).with_name("data") / "poslex.txt"  # bench/build_poslex.py

CLASSES = ("OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION")

# Words, contractions and possessives split ("did" "n't", "company" "'s"), numbers whole.
# ("\d\d*" and "\w\w*" for "\d+" and "\w+", the same matches: `re` tests an alternative's
# first character, when it is a single class, before it tries the alternative; see
# `clauses._TOKEN`.)
_TOKEN = re.compile(r"\d\d*(?:[.,:]\d+)*|\w\w*(?=n['’]t\b)|n['’]t\b|['’]\w+|\w\w*(?:-\w+)*|[^\w\s]")
# The same tokens in a text without "n't": its two alternatives for "didn't" cannot match
# there, and trying the first of them at every word cost a third of the tokenising.
_TOKEN_NO_NT = re.compile(r"\d\d*(?:[.,:]\d+)*|['’]\w+|\w\w*(?:-\w+)*|[^\w\s]")


def _token_matches(text: str) -> list[re.Match]:
    """`_TOKEN`'s matches in `text`."""
    plain = "n't" not in text and "n’t" not in text
    return list((_TOKEN_NO_NT if plain else _TOKEN).finditer(text))


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
    "negated": "not n't never no without neither nor nobody none nothing",
    "modal": "may might could would should must can ca can't cannot if unless whether"
    " possibly perhaps probably maybe",
    "future": "will 'll shall wo",
    "habitual": "usually often always generally typically normally sometimes regularly"
    " routinely frequently rarely seldom",
}
HINTS = (*_HINTS, "intended")  # the flag names, as EventSpan fields
HINT_WORDS = {w: h for h, words in _HINTS.items() for w in words.split()}
# Where the hint look-back stops (a clause boundary; "if" counts, then stops); also how far
# back it looks.  It stops at an earlier event too: "would not say how many died".
_CLAUSE_END = frozenset(
    ". ; : ! ? , `` '' \" ( ) -- and but or that which who whom whose because if unless whether"
    " how what when where why while although though".split()
)
_HINT_WINDOW = 6
_GOVERNING = frozenset({"I_ACTION", "I_STATE"})  # their "to" + verb complements are intended


@dataclass(frozen=True, slots=True)
class EventSpan:
    """One event mention: `text` is `text[start:end]` of the text given, `cls` its TimeML
    class (one of CLASSES); the flags are the hints (see the module docstring)."""

    start: int
    end: int
    text: str
    cls: str
    negated: bool = False
    modal: bool = False
    future: bool = False
    habitual: bool = False
    intended: bool = False


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every token of `text`."""
    return [(m.start(), m.end(), m.group()) for m in _token_matches(text)]


# An irregular verb form -> its lemma ("sold" -> "sell"), so that it shares its verb's stem
_LEMMAS = {form: lemma for lemma, forms in IRREGULAR.items() for form in forms if form != lemma}


def stem(w: str) -> str:
    """A crude stem that maps inflections together ("announced", "announces" -> "announc",
    "sold" -> "sell")."""
    w = _LEMMAS.get(w, w)
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith(("ied", "ies")):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("ed", "es")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


@cache
def _word_lists() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """`eventwords.txt`: word -> its classes, and stem -> the classes matched by stem."""
    classes: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}  # by stem: VERB and the TML_ classes
    current = ""
    for line in WORDS_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif line and not line.startswith("#"):
            for w in line.split():
                if current == "VERB" or current.startswith("TML_"):
                    stems.setdefault(stem(w), set()).add(current)
                if not current.startswith("TML_"):
                    forms = [w] if current in _VERB_LISTS else [w, plural(w)]  # noun lists
                    for f in forms:
                        classes.setdefault(f, set()).add(current)
    return classes, stems


_VERB_LISTS = frozenset({"VERB", "IRREGULAR"})


def plural(noun: str) -> str:
    """The regular plural of a noun, so a noun list holds both forms ("crisis" gives the
    harmless "crisises")."""
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


@cache
def poslex() -> dict[str, str]:
    """`poslex.txt`: word form -> the parts of speech it can take ("NV": noun or verb)."""
    return sectioned(POSLEX_PATH)


_LEX_CACHE: dict[str, tuple[str, str]] = {}


def lexclass(lw: str) -> tuple[str, str]:
    """The hand-written classes of a lowercased word ("VERB+HAPPENING", "-" for none), and
    the TimeML classes the word lists give it ("REPORTING", "" for none)."""
    found = _LEX_CACHE.get(lw)
    if found is None:
        classes, stems = _word_lists()
        names = set(classes.get(lw, ())) | stems.get(stem(lw), set())
        lex = "+".join(sorted(n for n in names if not n.startswith("TML_"))) or "-"
        found = (lex, "+".join(sorted(n[4:] for n in names if n.startswith("TML_"))))
        if len(_LEX_CACHE) < 50_000:
            _LEX_CACHE[lw] = found
    return found


# Noun suffixes that make a word from a verb, with the endings that give the verb back in
# place of the suffix: "statement" -> "state", "decision" -> "decide", "arrival" -> "arrive".
# A noun made from a verb mostly names its happening ("the statement"); one in -er/-or/-ee
# its doer ("the buyer"), seldom an event.  Morphology, not a word list.
_DERIVED = (
    ("ation", ("ate", "e", "")), ("ition", ("ite", "")), ("ction", ("ct",)),
    ("ssion", ("ss", "t", "de")), ("sion", ("de", "d", "se")), ("tion", ("te", "")),
    ("ment", ("",)), ("ance", ("", "e")), ("ence", ("", "e")), ("iance", ("y",)),
    ("ure", ("", "e")), ("ial", ("y",)), ("al", ("e", "")), ("ery", ("er",)), ("ing", ("", "e")),
    ("er", ("", "e")), ("or", ("", "e")), ("ee", ("", "e")),
)  # fmt: skip
_DERIVED_ENDINGS = tuple(suffix for suffix, _ in _DERIVED)


def derivation(lw: str) -> str:
    """The suffix by which noun `lw` ("violations") is made from a verb ("violate"), else "-":
    unlike the word, it carries over to nominalisations training never met."""
    if lw.endswith("s") and not lw.endswith("ss") and len(lw) > 4:
        lw = lw[:-1]
    if not lw.endswith(_DERIVED_ENDINGS):
        return "-"
    pos, classes = poslex(), _word_lists()[0]
    for suffix, backs in _DERIVED:
        if lw.endswith(suffix) and len(lw) > len(suffix) + 2:
            base = lw[: -len(suffix)]
            for verb in (base + b for b in backs):
                if "V" in pos.get(verb, "") or "VERB" in classes.get(verb, ()):
                    return suffix
    return "-"


def shape(w: str) -> str:
    if w.isupper():
        return "A"
    if w[0].isupper():
        return "C"
    if w[0].isdigit():
        return "9"
    return "a" if w.isalpha() else "o"


class Form:
    """What the features need of one word form, kept once per form: the classes the pair
    features combine, and (built when a model first scores the form) its feature strings at
    each position around a candidate.  Small, because the caches hold many forms."""

    __slots__ = ("w", "low", "closed", "nextcls", "lex", "tml", "s3", "pos", "dv")

    def __init__(self, w: str) -> None:
        self.w = w
        self.low = lw = w.lower().replace("\u2019", "'")  # "didn’t" reads as "didn't"
        self.lex, self.tml = lexclass(lw) if w else ("-", "")
        self.closed = CLOSED_CLASS.get(lw, "-")
        self.pos = poslex().get(lw, "-")
        # as the word after a candidate: its closed class, else a number, a name or the
        # parts of speech it can take ("was killed" V, "was among" PREP, "was the" DET)
        self.nextcls = (
            self.closed if self.closed != "-"
            else "9" if lw[:1].isdigit()
            else "C" if w[:1].isupper()
            else "^" + self.pos
        )  # fmt: skip
        self.s3 = lw[-3:]
        self.dv = derivation(lw) if "N" in self.pos or self.pos == "-" else "-"

    def positions(self) -> tuple[list[str], ...]:
        """Its features as the candidate itself, then as the word 1 and 2 before it and
        1 and 2 after it."""
        w, lw, lex = self.w, self.low, self.lex
        own = [
            "w=" + lw, "s2=" + lw[-2:], "s3=" + self.s3, "s4=" + lw[-4:], "st=" + stem(lw),
            "sh=" + (shape(w) if w else ""), "lx=" + lex, "tc=" + self.tml, "ps=" + self.pos,
            "dv=" + self.dv,
        ]  # fmt: skip
        as_p1 = ["p=" + lw, "pc=" + lex, "pq=" + self.pos]
        as_n1 = ["n=" + lw, "nc=" + lex, "n2=" + lw[-2:], "np=" + self.pos]
        return own, as_p1, ["pp=" + lw], as_n1, ["nn=" + lw]


# Features only the class stage uses: which TimeML class the word lists give a word says
# little about whether it is an event here.
CLASS_ONLY = ("tc=", "wn=", "tn=", "tp=")

_FORMS: dict[str, Form] = {}
# Cache sizes, each cleared when full: about 1 KB per word form (its Form and scores) and
# 1.5 KB per class-vector entry (events and their neighbours only).
_FORMS_MAX = 40_000
_VECTORS_MAX = 10_000


def forms(words: list[str]) -> list[Form]:
    """The Form of every token, padded with two empty forms at each end (token i at i + 2)."""
    if len(_FORMS) > _FORMS_MAX:
        _FORMS.clear()
    get = _FORMS.get
    out = [get(w) for w in ("", "", *words, "", "")]
    if None in out:
        for k, w in enumerate(("", "", *words, "", "")):
            if out[k] is None:
                out[k] = _FORMS.get(w) or _FORMS.setdefault(w, Form(w))
    return out


def pair_features(f0: Form, p1: Form, p2: Form, n1: Form) -> list[str]:
    """Features that combine the candidate with its neighbours' classes."""
    c1 = p1.closed
    return [
        "c=" + c1 + f0.s3, "cc=" + p2.closed + c1, "cn=" + c1 + n1.closed, "lc=" + c1 + f0.lex,
        "nl=" + n1.nextcls + f0.lex, "ns=" + f0.s3 + n1.nextcls, "cp=" + c1 + f0.pos,
    ]  # fmt: skip


def class_pair_features(f0: Form, p1: Form, n1: Form) -> list[str]:
    """Pair features for the class stage only ("asked to", "said that")."""
    return ["wn=" + f0.low + "|" + n1.low, "tn=" + f0.tml + "|" + n1.low,
            "tp=" + f0.tml + "|" + p1.closed]  # fmt: skip


def features(fs: list[Form], i: int) -> list[str]:
    """Every feature of token `i` (training and class scoring; `detect` sums the same)."""
    j = i + 2
    f0, p1, p2, n1 = fs[j], fs[j - 1], fs[j - 2], fs[j + 1]
    return (f0.positions()[0] + p1.positions()[1] + p2.positions()[2] + n1.positions()[3]
            + fs[j + 2].positions()[4] + pair_features(f0, p1, p2, n1)
            + class_pair_features(f0, p1, n1))  # fmt: skip


@dataclass
class Model:
    bias: float
    binary: dict[str, float]
    classes: tuple[str, ...]
    cls: dict[str, list[float]]
    # Form -> its binary scores at each position, then two dicts for its pair features
    # (closed class before it -> score, class of the word after it -> score), for `detect`
    scores: dict[Form, tuple] = field(default_factory=dict, repr=False)
    class_pairs: tuple | None = field(default=None, repr=False)
    # Form -> its class-weight vectors at each position (the same split, for `classify`)
    vectors: dict[Form, tuple[list[float], ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(data["bias"], data["binary"], tuple(data["classes"]), data["class"])

    def to_json(self) -> dict:
        return {"bias": self.bias, "binary": self.binary, "classes": list(self.classes),
                "class": self.cls}  # fmt: skip

    def form_scores(self, f: Form) -> tuple[float, ...]:
        get = self.binary.get
        return tuple(sum(get(x, 0.0) for x in feats) for feats in f.positions())


@cache
def model() -> Model:
    return Model.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def detect(fs: list[Form], m: Model) -> list[int]:
    """Indices of the tokens `m` calls events: the binary score of `features`.  The parts
    that depend on one word are cached per form, those that pair the candidate with a
    neighbour's closed class per form and class, and the class-class pairs are a table: the
    loop does no string work for words it has met."""
    sc = _scores(fs, m)
    return [j - 2 for j in range(2, len(fs) - 2) if _score(fs, sc, j, m) > 0.0]


def is_event(fs: list[Form], i: int, m: Model) -> bool:
    """Does `m` call token `i` an event? `detect` for one token: the neighbours' word
    scores are read, not the whole text's."""
    j = i + 2
    return _score(fs, _scores(fs[j - 2 : j + 3], m, pad=j - 2), j, m) > 0.0


def _scores(fs: list[Form], m: Model, pad: int = 0) -> list:
    """The single-word score parts of each form (cached per form); `pad` leading Nones
    keep indices aligned when only a window of the text is scored."""
    scores = m.scores
    if len(scores) > _FORMS_MAX:
        scores.clear()
    sc: list = [None] * pad
    for f in fs:
        v = scores.get(f)
        if v is None:
            v = scores[f] = (*m.form_scores(f), {}, {})
        sc.append(v)
    return sc


def _score(fs: list[Form], sc: list, j: int, m: Model) -> float:
    """The binary score of token `j` (in padded indices) from its own and its neighbours'
    parts; the parts that pair it with a neighbour's closed class are cached per form and
    class, and the class-class pairs are a table: no string work for words met before."""
    if m.class_pairs is None:
        m.class_pairs = _class_pairs(m)
    cc, cn = m.class_pairs
    get = m.binary.get
    f0, v0, c1, n1 = fs[j], sc[j], fs[j - 1].closed, fs[j + 1]
    nc = n1.nextcls
    left = v0[5].get(c1)
    if left is None:  # "the attack" vs "to attack"
        left = v0[5][c1] = (get("c=" + c1 + f0.s3, 0.0) + get("lc=" + c1 + f0.lex, 0.0)
                            + get("cp=" + c1 + f0.pos, 0.0))  # fmt: skip
    right = v0[6].get(nc)
    if right is None:  # "rose 5%", "said that"
        right = v0[6][nc] = get("nl=" + nc + f0.lex, 0.0) + get("ns=" + f0.s3 + nc, 0.0)
    return (m.bias + v0[0] + sc[j - 1][1] + sc[j - 2][2] + sc[j + 1][3] + sc[j + 2][4]
            + left + right + cc[fs[j - 2].closed][c1] + cn[c1][n1.closed])  # fmt: skip


def _class_pairs(m: Model) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """The weights of the closed-class pair features "cc=" and "cn=", as nested tables."""
    names = {*CLOSED_CLASS.values(), "-"}
    get = m.binary.get
    return (
        {a: {b: get("cc=" + a + b, 0.0) for b in names} for a in names},
        {a: {b: get("cn=" + a + b, 0.0) for b in names} for a in names},
    )


def _form_vectors(f: Form, m: Model) -> tuple[list[float], ...]:
    vecs = m.vectors.get(f)
    if vecs is None:
        if len(m.vectors) > _VECTORS_MAX:
            m.vectors.clear()
        zero = [0.0] * len(m.classes)
        vecs = m.vectors[f] = tuple(
            [sum(col) for col in zip(zero, *(v for v in map(m.cls.get, feats) if v), strict=True)]
            for feats in f.positions()
        )
    return vecs


def classify(fs: list[Form], i: int, m: Model) -> str:
    """The TimeML class of event token `i`: the argmax of the summed class weights of
    `features(fs, i)`, its single-word parts cached per form like `detect`'s."""
    j = i + 2
    f0, p1, p2, n1 = fs[j], fs[j - 1], fs[j - 2], fs[j + 1]
    vectors = [
        _form_vectors(f0, m)[0], _form_vectors(p1, m)[1], _form_vectors(p2, m)[2],
        _form_vectors(n1, m)[3], _form_vectors(fs[j + 2], m)[4],
    ]  # fmt: skip
    get = m.cls.get
    pairs = pair_features(f0, p1, p2, n1) + class_pair_features(f0, p1, n1)
    vectors += [v for v in map(get, pairs) if v is not None]
    total = [sum(col) for col in zip(*vectors, strict=True)]
    return m.classes[max(range(len(total)), key=total.__getitem__)]


def hints(fs: list[Form], i: int, events: set[int]) -> dict[str, bool]:
    """The hint flags of token `i` from up to `_HINT_WINDOW` words before it in its clause
    and after the previous event (`events`: the event token indices)."""
    found: dict[str, bool] = {}
    for k in range(i - 1, max(-1, i - 1 - _HINT_WINDOW), -1):
        if k in events:
            break
        w = fs[k + 2].low
        h = HINT_WORDS.get(w)
        if h:
            found[h] = True
        if w in _CLAUSE_END:
            break
    return found


def event_spans(text: str, m: Model | None = None) -> list[EventSpan]:
    """The event mentions of `text`, with offsets into it, in text order (`m`: another
    model than the shipped one, for training and held-out scoring)."""
    if not text:
        return []
    m = m or model()
    matches = _token_matches(text)
    fs = forms([t.group() for t in matches])
    out = []
    governs: set[int] = set()  # token indices of I_ACTION / I_STATE events
    hits = detect(fs, m)
    events = set(hits)
    for i in hits:
        match = matches[i]
        cls = classify(fs, i, m)
        flags = hints(fs, i, events)
        if fs[i + 1].low == "to" and (i - 2 in governs or i - 3 in governs):
            flags["intended"] = True  # "agreed to buy", "was expected to resign"
        if cls in _GOVERNING:
            governs.add(i)
        out.append(EventSpan(match.start(), match.end(), match.group(), cls, **flags))
    return out


class Detected:
    """The event mentions of one text by offset, each classed only when asked: the timeline
    asks about the few words its own rules do not know, so most events are never classed,
    and most words' forms are never read."""

    def __init__(self, text: str, m: Model | None = None) -> None:
        self._m = m or model()
        self._matches = _token_matches(text)
        # where each token starts, increasing: a word's token is found by bisection
        self._starts = list(map(re.Match.start, self._matches))
        self._classes: dict[int, str | None] = {}

    def cls(self, offset: int) -> str | None:
        """The TimeML class of the event word starting at `offset`; None when the word there
        is no event (or no word starts there). Each word is scored only when asked."""
        if offset in self._classes:
            return self._classes[offset]
        i = bisect_left(self._starts, offset)
        found = None
        if i < len(self._starts) and self._starts[i] == offset:
            # the scores read a word and two on either side of it: the forms of those alone,
            # padded as `forms` pads the whole text's where it starts or ends
            lo = max(0, i - 2)
            fs = forms(list(map(re.Match.group, self._matches[lo : i + 3])))
            if is_event(fs, i - lo, self._m):
                found = classify(fs, i - lo, self._m)
        self._classes[offset] = found
        return found


@lru_cache(maxsize=1024)
def detected_in(text: str) -> Detected:
    """`Detected` of a text with the shipped model, shared by its copies (wire copies and
    boilerplate repeat sentences across an import): what it finds depends on the text
    alone, and the classes it has scored stay known."""
    return Detected(text)

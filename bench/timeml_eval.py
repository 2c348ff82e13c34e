"""TempEval-3 Task A style evaluation of `extract.temporal.tag` on TimeML (.tml) files.

    python -m bench.timeml_eval CORPUS_DIR [--errors N] [--dateparser]
    python -m bench.timeml_eval CORPUS_DIR --events [--model JSON] [--errors N]

Reads every .tml file below CORPUS_DIR, strips the inline tags of <TEXT> (unescaping XML
entities) to get the plain text and the gold TIMEX3 spans, tags it with the DCT, and prints
strict/relaxed span P/R/F1 and type/value F1 over relaxed matches (TempEval-3: attribute
P = correct/#system, R = correct/#gold), per top-level sub-corpus and overall, plus the
tagging throughput.  `--dateparser` also times dateparser's `search_dates` on the texts.

Value F1 is printed twice: "value" compares the value strings exactly (as the TempEval-3
scorer does), "value~" compares them after notational normalisation, applied identically
to gold and system values (`norm_value`).  Only spellings of the same value are merged:
  - ISO week numbers zero-padded: `2000-W7` = `2000-W07`;
  - clock times with minutes, without zero seconds: `T17` = `T17:00`, `T17:00:00` = `T17:00`;
  - decades and centuries written truncated or X-filled: `199` = `199X`, `19` = `19XX`;
  - duration unit letters for decade, century and millennium: `E` = `DE`, `C` = `CE`,
    `L` = `ML` (`P1E` = `P1DE`); counts are never converted (`P10Y` != `P1DE`,
    `PT24H` != `P1D`), nor granularities (`1998` != `1998-XX`).
The error listing (`--errors`) reports value mismatches after normalisation.

`--events` scores `extract.eventspans` on the gold EVENT tags instead (TempEval-3 Task B):
strict/relaxed span P/R/F1, class accuracy over relaxed matches, tokens/s, and how its hint
flags agree with the MAKEINSTANCE attributes (polarity, modality, tense) of matched events.
The shipped model has seen all of TBAQ; `bench.train_events --cross` gives held-out scores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from dateline.store.extract.temporal import tag

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")
_MAKEINSTANCE = re.compile(r"<MAKEINSTANCE([^>]*)>")

NORMALISATION_NOTE = (
    "values compared after notational normalisation: zero-padded week numbers (W7 = W07), "
    "clock times T17 = T17:00 and T17:00:00 = T17:00, decades/centuries 199 = 199X and "
    "19 = 19XX, duration units E = DE, C = CE, L = ML"
)
_WEEK = re.compile(r"(?<=-W)(\d)(?!\d)")
_HOUR_ONLY = re.compile(r"(?<=[\dX])(T\d\d)(?![\d:])")  # not PT24H
_ZERO_SECONDS = re.compile(r"(?<=[\dX])(T\d\d:\d\d):00(?!\d)")
_TRUNCATED = re.compile(r"(?:\d\d|\d{3})")
_DUR_UNIT = re.compile(r"^(P[\dX.]+)(E|C|L)$")
_DUR_ALIAS = {"E": "DE", "C": "CE", "L": "ML"}


def norm_value(v: str) -> str:
    """Notational normal form of a TIMEX3 value (see the module docstring)."""
    v = v.strip()
    if _TRUNCATED.fullmatch(v):
        return v.ljust(4, "X")
    m = _DUR_UNIT.match(v)
    if m:
        return m.group(1) + _DUR_ALIAS[m.group(2)]
    v = _WEEK.sub(r"0\1", v)
    v = _ZERO_SECONDS.sub(r"\1", v)
    return _HOUR_ONLY.sub(r"\1:00", v)


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass
class Doc:
    name: str
    corpus: str
    dct: dt.date | None
    text: str
    gold: list[Gold] = field(default_factory=list)
    events: list[Gold] = field(default_factory=list)  # type = class, value = eid
    instances: dict[str, dict[str, str]] = field(default_factory=dict)  # eid -> MAKEINSTANCE


def parse_tml(raw: str, name: str = "", corpus: str = "") -> Doc:
    """Plain text of <TEXT>, its TIMEX3 and EVENT spans (offsets into the unescaped text)
    and the MAKEINSTANCE attributes (tense, polarity, modality) of each event."""
    m = _DCT.search(raw)
    dct = dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    tm = _TEXT.search(raw)
    body = tm.group(1) if tm else ""
    parts: list[str] = []
    pos = 0
    length = 0
    gold: list[Gold] = []
    open_timex: list[tuple[int, dict]] = []
    events: list[Gold] = []
    open_event: tuple[int, dict] | None = None
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos : t.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = t.end()
        if t.group(2) == "EVENT":
            if not t.group(1):
                open_event = (length, dict(_ATTR.findall(t.group(3))))
            elif open_event:
                s, attrs = open_event
                events.append(Gold(s, length, attrs.get("class", ""), attrs.get("eid", "")))
                open_event = None
            continue
        if t.group(2) != "TIMEX3":
            continue
        if t.group(1):
            if open_timex:
                s, attrs = open_timex.pop()
                gold.append(Gold(s, length, attrs.get("type", ""), attrs.get("value", ""),
                                 attrs.get("mod")))  # fmt: skip
        elif not t.group(0).endswith("/>"):
            open_timex.append((length, dict(_ATTR.findall(t.group(3)))))
    parts.append(html.unescape(body[pos:]))
    instances = {}
    for mi in _MAKEINSTANCE.finditer(raw):
        attrs = dict(_ATTR.findall(mi.group(1)))
        instances.setdefault(attrs.get("eventID", ""), attrs)
    return Doc(name, corpus, dct, "".join(parts), sorted(gold, key=lambda g: g.start),
               sorted(events, key=lambda g: g.start), instances)  # fmt: skip


def load(corpus_dir: str | Path) -> list[Doc]:
    root = Path(corpus_dir)
    docs = []
    for p in sorted(root.rglob("*.tml")):
        rel = p.relative_to(root).parts
        corpus = rel[0] if len(rel) > 1 else root.name
        docs.append(parse_tml(p.read_text(encoding="utf-8", errors="replace"), p.stem, corpus))
    return docs


@dataclass
class Counts:
    gold: int = 0
    sys: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    value_norm_ok: int = 0
    nbytes: int = 0
    seconds: float = 0.0

    def add(self, o: Counts) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(o, k))

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.sys if self.sys else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def align(gold: list, system: list) -> list[tuple[int, int]]:
    """One-to-one relaxed alignment (any overlap), preferring the largest overlap."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                pairs.append((-ov, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _ov, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return sorted(out)


def score_doc(doc: Doc, system: list, errors: list[str] | None = None) -> Counts:
    c = Counts(gold=len(doc.gold), sys=len(system))
    gspans = {(g.start, g.end) for g in doc.gold}
    c.strict = sum((s.start, s.end) in gspans for s in system)
    pairs = align(doc.gold, system)
    c.relaxed = len(pairs)
    for gi, si in pairs:
        g, s = doc.gold[gi], system[si]
        c.type_ok += g.type == s.type
        c.value_ok += g.value == s.value
        same = norm_value(g.value) == norm_value(s.value)
        c.value_norm_ok += same
        if errors is not None and (not same or g.type != s.type):
            errors.append(f"  WRONG  {doc.text[g.start:g.end]!r} gold {g.type} {g.value}"
                          f" | sys {s.text!r} {s.type} {s.value}")  # fmt: skip
        elif errors is not None and (g.start, g.end) != (s.start, s.end):
            errors.append(f"  SPAN   gold {doc.text[g.start : g.end]!r} | sys {s.text!r}")
    if errors is not None:
        gi_m = {gi for gi, _ in pairs}
        si_m = {si for _, si in pairs}
        for gi, g in enumerate(doc.gold):
            if gi not in gi_m:
                ctx = doc.text[max(0, g.start - 30) : g.end + 30].replace("\n", " ")
                errors.append(f"  MISS   {doc.text[g.start:g.end]!r} {g.type} {g.value}"
                              f"   ...{ctx}...")  # fmt: skip
        for si, s in enumerate(system):
            if si not in si_m:
                ctx = doc.text[max(0, s.start - 30) : s.end + 30].replace("\n", " ")
                errors.append(f"  FALSE  {s.text!r} {s.type} {s.value}   ...{ctx}...")
    return c


def evaluate(
    docs: list[Doc], errors: list[str] | None = None, repeat: int = 1
) -> dict[str, Counts]:
    """Per-corpus and "overall" counts; each document is tagged `repeat` times and the
    fastest run is timed (the first run also warms caches)."""
    out: dict[str, Counts] = {}
    for doc in docs:
        secs = float("inf")
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            system = tag(doc.text, doc.dct)
            secs = min(secs, time.perf_counter() - t0)
        errs: list[str] | None = [] if errors is not None else None
        c = score_doc(doc, system, errs)
        c.nbytes, c.seconds = len(doc.text.encode("utf-8")), secs
        if errors is not None and errs:
            errors.append(f"{doc.corpus}/{doc.name} (DCT {doc.dct})")
            errors.extend(errs)
        out.setdefault(doc.corpus, Counts()).add(c)
        out.setdefault("overall", Counts()).add(c)
    return out


def summary(results: dict[str, Counts]) -> dict[str, dict[str, float]]:
    rows = {}
    for name, c in results.items():
        sp, sr, sf = c.prf(c.strict)
        rp, rr, rf = c.prf(c.relaxed)
        rows[name] = {
            "gold": c.gold, "sys": c.sys, "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_f1": c.prf(c.type_ok)[2], "value_f1": c.prf(c.value_ok)[2],
            "value_norm_f1": c.prf(c.value_norm_ok)[2],
            "kb_per_s": c.nbytes / 1024 / c.seconds if c.seconds else 0.0,
        }  # fmt: skip
    return rows


def format_table(rows: dict[str, dict[str, float]]) -> str:
    head = (f"{'corpus':<13}{'gold':>6}{'sys':>6}  {'strict P/R/F1':<17}  {'relaxed P/R/F1':<17}"
            f"  {'type F1':>7}  {'value F1':>8}  {'value~ F1':>9}  {'KB/s':>8}")  # fmt: skip
    lines = [head, "-" * len(head)]
    order = sorted(k for k in rows if k != "overall") + ["overall"]
    for k in order:
        if k not in rows:
            continue
        r = rows[k]
        lines.append(
            f"{k:<13}{r['gold']:>6}{r['sys']:>6}  "
            f"{r['strict_p']:.3f}/{r['strict_r']:.3f}/{r['strict_f1']:.3f}  "
            f"{r['relaxed_p']:.3f}/{r['relaxed_r']:.3f}/{r['relaxed_f1']:.3f}  "
            f"{r['type_f1']:>7.3f}  {r['value_f1']:>8.3f}  {r['value_norm_f1']:>9.3f}"
            f"  {r['kb_per_s']:>8.0f}"
        )
    lines.append(f"value = exact strings; value~ = {NORMALISATION_NOTE}")
    return "\n".join(lines)


def run_dateparser(docs: list[Doc], ours_kbs: float) -> str:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return "dateparser not importable; skipped"
    c = Counts()
    t_total = 0.0
    for doc in docs:
        base = dt.datetime.combine(doc.dct, dt.time()) if doc.dct else None
        settings = {"RELATIVE_BASE": base} if base else {}
        t0 = time.perf_counter()
        try:
            found = search_dates(doc.text, languages=["en"], settings=settings) or []
        except Exception:  # noqa: BLE001 - third-party parser, count as nothing found
            found = []
        t_total += time.perf_counter() - t0
        spans, pos = [], 0
        for sub, _val in found:
            i = doc.text.find(sub, pos)
            if i >= 0:
                spans.append(_Span(i, i + len(sub), sub))
                pos = i + len(sub)
        d = score_doc(doc, spans)
        c.add(d)
        c.nbytes += len(doc.text.encode("utf-8"))
    c.seconds = t_total
    kbs = c.nbytes / 1024 / t_total if t_total else 0.0
    _, _, sf = c.prf(c.strict)
    _, _, rf = c.prf(c.relaxed)
    ratio = ours_kbs / kbs if kbs else 0.0
    return (
        f"dateparser.search_dates: strict F1 {sf:.3f}  relaxed F1 {rf:.3f}  {kbs:.1f} KB/s"
        f"  -> extract.temporal is {ratio:.0f}x faster"
    )


# Event detection (TempEval-3 Task B): span P/R/F1 and class accuracy over relaxed matches,
# plus how the hint flags agree with the gold MAKEINSTANCE attributes of matched events.
EVENT_CORPORA = ("TimeBank", "AQUAINT")
HINT_GOLD = {
    "negated": lambda a: a.get("polarity") == "NEG",
    "modal": lambda a: a.get("modality", "").lower() not in ("", "none", "will", "shall"),
    "future": lambda a: a.get("tense") == "FUTURE",
    "intended": lambda a: a.get("tense") == "INFINITIVE",  # any "to" + verb: recall is low
}


@dataclass
class EventCounts:
    gold: int = 0
    sys: int = 0
    strict: int = 0
    relaxed: int = 0
    class_ok: int = 0
    tokens: int = 0
    seconds: float = 0.0
    hints: dict[str, list[int]] = field(default_factory=dict)  # hint -> [both, sys, gold]

    def add(self, o: EventCounts) -> None:
        for k in ("gold", "sys", "strict", "relaxed", "class_ok", "tokens", "seconds"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        for h, v in o.hints.items():
            mine = self.hints.setdefault(h, [0, 0, 0])
            for i, x in enumerate(v):
                mine[i] += x

    def prf(self, hits: int) -> tuple[float, float, float]:
        return Counts(gold=self.gold, sys=self.sys).prf(hits)


def score_events(doc: Doc, system: list, errors: list[str] | None = None) -> EventCounts:
    c = EventCounts(gold=len(doc.events), sys=len(system))
    gspans = {(g.start, g.end) for g in doc.events}
    c.strict = sum((s.start, s.end) in gspans for s in system)
    pairs = align(doc.events, system)
    c.relaxed = len(pairs)
    for gi, si in pairs:
        g, s = doc.events[gi], system[si]
        c.class_ok += g.type == s.cls
        attrs = doc.instances.get(g.value, {})
        for h, is_gold in HINT_GOLD.items():
            got, want = bool(getattr(s, h)), is_gold(attrs)
            v = c.hints.setdefault(h, [0, 0, 0])
            v[0] += got and want
            v[1] += got
            v[2] += want
        if errors is not None and g.type != s.cls:
            errors.append(f"  CLASS  {s.text!r} gold {g.type} | sys {s.cls}")
    if errors is not None:
        gi_m = {gi for gi, _ in pairs}
        si_m = {si for _, si in pairs}
        for items, matched, tag_ in ((doc.events, gi_m, "MISS "), (system, si_m, "FALSE")):
            for i, e in enumerate(items):
                if i not in matched:
                    ctx = doc.text[max(0, e.start - 40) : e.end + 40].replace("\n", " ")
                    word, cls = doc.text[e.start : e.end], getattr(e, "cls", None) or e.type
                    errors.append(f"  {tag_}  {word!r} {cls}   ...{ctx}...")
    return c


def evaluate_events(docs: list[Doc], spans_fn, errors: list[str] | None = None,
                    repeat: int = 1) -> dict[str, EventCounts]:  # fmt: skip
    """Per-corpus and "overall" event counts of `spans_fn(text)`, timed like `evaluate`."""
    from dateline.store.extract.eventspans import tokens

    out: dict[str, EventCounts] = {}
    for doc in docs:
        secs = float("inf")
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            system = spans_fn(doc.text)
            secs = min(secs, time.perf_counter() - t0)
        errs: list[str] | None = [] if errors is not None else None
        c = score_events(doc, system, errs)
        c.tokens, c.seconds = len(tokens(doc.text)), secs
        if errors is not None and errs:
            errors.append(f"{doc.corpus}/{doc.name}")
            errors.extend(errs)
        out.setdefault(doc.corpus, EventCounts()).add(c)
        out.setdefault("overall", EventCounts()).add(c)
    return out


def format_event_table(results: dict[str, EventCounts]) -> str:
    head = (f"{'corpus':<13}{'gold':>6}{'sys':>6}  {'strict P/R/F1':<17}  {'relaxed P/R/F1':<17}"
            f"  {'class acc':>9}  {'tokens/s':>9}")  # fmt: skip
    lines = [head, "-" * len(head)]
    for k in sorted(k for k in results if k != "overall") + ["overall"]:
        c = results[k]
        sp, sr, sf = c.prf(c.strict)
        rp, rr, rf = c.prf(c.relaxed)
        acc = c.class_ok / c.relaxed if c.relaxed else 0.0
        tps = c.tokens / c.seconds if c.seconds else 0.0
        lines.append(f"{k:<13}{c.gold:>6}{c.sys:>6}  {sp:.3f}/{sr:.3f}/{sf:.3f}  "
                     f"{rp:.3f}/{rr:.3f}/{rf:.3f}  {acc:>9.3f}  {tps:>9.0f}")  # fmt: skip
    overall = results["overall"]
    agree = [f"{h} P/R {v[0] / v[1] if v[1] else 0:.2f}/{v[0] / v[2] if v[2] else 0:.2f}"
             f" ({v[1]} sys, {v[2]} gold)" for h, v in overall.hints.items()]  # fmt: skip
    lines.append("hints vs MAKEINSTANCE on matched events: " + "; ".join(agree))
    return "\n".join(lines)


@dataclass
class _Span:
    start: int
    end: int
    text: str
    type: str = ""
    value: str = ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus_dir")
    ap.add_argument("--errors", type=int, default=0, help="print up to N error lines")
    ap.add_argument("--dateparser", action="store_true", help="also time dateparser")
    ap.add_argument("--repeat", type=int, default=3, help="time the best of N runs per doc")
    ap.add_argument(
        "--events",
        action="store_true",
        help="score event detection (extract.eventspans) on the EVENT tags instead",
    )
    ap.add_argument(
        "--model",
        metavar="JSON",
        help="with --events: score this model file instead of the shipped one",
    )
    args = ap.parse_args(argv)  # fmt: skip
    docs = load(args.corpus_dir)
    if not docs:
        print(f"no .tml files under {args.corpus_dir}", file=sys.stderr)
        return 1
    errors: list[str] | None = [] if args.errors else None
    if args.events:
        return main_events(docs, args.model, errors, args.errors, args.repeat)
    rows = summary(evaluate(docs, errors, args.repeat))
    if errors:
        print("\n".join(errors[: args.errors]))
        print()
    print(format_table(rows))
    if args.dateparser:
        print(run_dateparser(docs, rows["overall"]["kb_per_s"]))
    return 0


def main_events(docs: list[Doc], model_path: str | None, errors: list[str] | None,
                n_errors: int, repeat: int) -> int:  # fmt: skip
    from dateline.store.extract import eventspans

    m = eventspans.model()
    if model_path:
        m = eventspans.Model.from_json(json.loads(Path(model_path).read_text(encoding="utf-8")))
    docs = [d for d in docs if d.corpus in EVENT_CORPORA] or docs
    results = evaluate_events(docs, lambda text: eventspans.event_spans(text, m), errors, repeat)
    if errors:
        print("\n".join(errors[:n_errors]))
        print()
    print(format_event_table(results))
    if not model_path:
        print(
            "note: the shipped model is trained on all of TBAQ; for held-out scores run "
            "`python -m bench.train_events CORPUS --cross`"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the event detector of `extract.eventspans` on TimeML EVENT tags (TBAQ).

    python -m bench.train_events CORPUS_DIR            # train on all, write the shipped model
    python -m bench.train_events CORPUS_DIR --cross    # held-out: TimeBank -> AQUAINT and back

Two averaged perceptrons over the features `eventspans` computes: event-or-not for every
token, and the TimeML class for the event tokens (features in `eventspans.CLASS_ONLY` are
left out of the first).  Each is trained `BAGS` times on differently shuffled examples and
the weights averaged (one shuffle alone moves held-out F1 by up to 0.005).  The event-or-not
threshold is then moved by the shift that scores best in 2-fold cross-validation on the
training documents (the perceptron under-predicts the rarer class).  Deterministic (fixed
seed shuffles), pure Python, about a minute on a slow core.
Only weights are written, never the corpus's text; near-zero weights are dropped.
`--cross` trains on one sub-corpus and scores the other with `timeml_eval`'s event scoring
(span P/R/F1, class accuracy over matched spans, hints against MAKEINSTANCE attributes).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from bench.timeml_eval import EVENT_CORPORA, Doc, evaluate_events, format_event_table, load
from dateline.store.extract import eventspans as ev

Example = tuple[list[str], str]  # features, label ("" for no event)


def examples(docs: list[Doc]) -> list[Example]:
    """One example per token; a token is an event when it overlaps a gold EVENT span."""
    out = []
    for doc in docs:
        toks = ev.tokens(doc.text)
        fs = ev.forms([t[2] for t in toks])
        gold = sorted(doc.events, key=lambda g: g.start)
        gi = 0
        for i, (start, end, _) in enumerate(toks):
            while gi < len(gold) and gold[gi].end <= start:
                gi += 1
            label = gold[gi].type if gi < len(gold) and gold[gi].start < end else ""
            out.append((ev.features(fs, i), label))
    return out


def _averaged(w: dict, u: dict, c: int) -> dict:
    return {f: w[f] - u.get(f, 0.0) / c for f in w}


def train_binary(data: list[Example], epochs: int, seed: int) -> tuple[float, dict[str, float]]:
    w: dict[str, float] = {}
    u: dict[str, float] = {}  # sum of update * step, for averaging
    b = ub = 0.0
    c = 1
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, label = data[k]
            y = 1.0 if label else -1.0
            s = b + sum(w.get(f, 0.0) for f in feats)
            if y * s <= 0:
                for f in feats:
                    w[f] = w.get(f, 0.0) + y
                    u[f] = u.get(f, 0.0) + y * c
                b += y
                ub += y * c
            c += 1
    return b - ub / c, _averaged(w, u, c)


def train_classes(data: list[Example], epochs: int, seed: int) -> dict[str, list[float]]:
    n = len(ev.CLASSES)
    index = {cl: i for i, cl in enumerate(ev.CLASSES)}
    events = [(f, index[lab]) for f, lab in data if lab in index]
    w: dict[str, list[float]] = {}
    u: dict[str, list[float]] = {}
    c = 1
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(events)
        for feats, y in events:
            total = [0.0] * n
            for f in feats:
                v = w.get(f)
                if v:
                    total = [a + b for a, b in zip(total, v, strict=True)]
            guess = max(range(n), key=total.__getitem__)
            if guess != y:
                for f in feats:
                    v = w.setdefault(f, [0.0] * n)
                    a = u.setdefault(f, [0.0] * n)
                    v[y] += 1
                    v[guess] -= 1
                    a[y] += c
                    a[guess] -= c
            c += 1
    return {f: [x - a / c for x, a in zip(v, u[f], strict=True)] for f, v in w.items()}


SHIFTS = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0)
BAGS = 4  # perceptrons averaged per model, each on its own shuffle


def tune_shift(docs: list[Doc], epochs: int, min_count: int, bags: int = BAGS) -> float:
    """The bias shift (the perceptron under-predicts the rarer class) that maximises span F1
    in 2-fold cross-validation over the training documents alone."""
    folds = (docs[0::2], docs[1::2])
    hits = dict.fromkeys(SHIFTS, 0)
    sys_n = dict.fromkeys(SHIFTS, 0)
    gold_n = 0
    for k in (0, 1):
        m = train(folds[k], epochs, min_count, tune=False, bags=bags)
        base = m.bias
        for shift in SHIFTS:
            m.bias = base + shift
            c = evaluate_events(folds[1 - k], lambda text, m=m: ev.event_spans(text, m))
            hits[shift] += c["overall"].relaxed
            sys_n[shift] += c["overall"].sys
        gold_n += c["overall"].gold

    def f1(shift: float) -> float:
        return 2 * hits[shift] / (sys_n[shift] + gold_n) if sys_n[shift] + gold_n else 0.0

    return max(SHIFTS, key=f1)


def train(docs: list[Doc], epochs: int = 5, min_count: int = 1, seed: int = 13,
          tune: bool = True, bags: int = BAGS) -> ev.Model:  # fmt: skip
    shift = tune_shift(docs, epochs, min_count, bags) if tune else 0.0
    data = examples(docs)
    counts = Counter(f for feats, _ in data for f in feats)
    keep = {f for f, n in counts.items() if n >= min_count}
    data = [([f for f in feats if f in keep], label) for feats, label in data]
    class_only = ev.CLASS_ONLY
    binary_data = [([f for f in feats if not f.startswith(class_only)], label)
                   for feats, label in data]  # fmt: skip
    runs = [train_binary(binary_data, epochs, seed + k) for k in range(bags)]
    bias = sum(b for b, _ in runs) / bags
    ws = [w for _, w in runs]
    binary = {f: sum(w.get(f, 0.0) for w in ws) / bags for f in set().union(*ws)}
    cs = [train_classes(data, epochs, seed + k) for k in range(bags)]
    zero = [0.0] * len(ev.CLASSES)
    cls = {f: [sum(col) / bags for col in zip(*(c.get(f, zero) for c in cs), strict=True)]
           for f in set().union(*cs)}  # fmt: skip
    binary = {f: round(x, 3) for f, x in sorted(binary.items()) if abs(x) >= 0.001}
    cls = {f: [round(x, 2) for x in v] for f, v in sorted(cls.items())
           if any(abs(x) >= 0.01 for x in v)}  # fmt: skip
    return ev.Model(round(bias + shift, 3), binary, ev.CLASSES, cls)


def cross(docs: list[Doc], epochs: int, min_count: int) -> None:
    for src, dst in (EVENT_CORPORA, EVENT_CORPORA[::-1]):
        t0 = time.perf_counter()
        m = train([d for d in docs if d.corpus == src], epochs, min_count)
        secs = time.perf_counter() - t0
        test = [d for d in docs if d.corpus == dst]
        results = evaluate_events(test, lambda text, m=m: ev.event_spans(text, m))
        print(f"train {src} ({secs:.0f} s) -> score {dst}")
        print(format_event_table(results))
        print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus_dir")
    ap.add_argument("--cross", action="store_true", help="held-out scores both ways; no write")
    ap.add_argument("--out", default=str(ev.MODEL_PATH), help="where to write the model")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=1)
    args = ap.parse_args(argv)
    docs = [d for d in load(args.corpus_dir) if d.corpus in EVENT_CORPORA]
    if not docs:
        print(f"no TimeBank/AQUAINT .tml files under {args.corpus_dir}", file=sys.stderr)
        return 1
    if args.cross:
        cross(docs, args.epochs, args.min_count)
        return 0
    m = train(docs, args.epochs, args.min_count)
    text = json.dumps(m.to_json(), separators=(",", ":"), sort_keys=True)
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(
        f"wrote {args.out}: {len(m.binary)} binary and {len(m.cls)} class weights, "
        f"{len(text) // 1024} KB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

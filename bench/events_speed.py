"""Speed of `extract.eventspans.event_spans`: model load, and tokens per second on the bundled
seed articles, one call per paragraph as import makes them.

    python -m bench.events_speed [--rounds N]

The first round meets every word form for the first time (the per-word caches are empty);
the best of the later rounds is the steady state an import of many articles reaches.  CPU
times; the target is at most 0.3 ms per 100 tokens.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    c0 = time.process_time()
    from dateline.store.extract import eventspans

    eventspans.event_spans("The model and the word lists load on first use.")
    load = time.process_time() - c0
    paras = [p for f in sorted(SEEDS.glob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]  # fmt: skip
    n_tokens = sum(len(eventspans.tokens(p)) for p in paras)
    times = []
    for _ in range(max(2, args.rounds)):
        t0 = time.process_time()
        for p in paras:
            eventspans.event_spans(p)
        times.append(time.process_time() - t0)
    first, best = times[0], min(times[1:])
    print(f"import + first call (loads model and word lists): {load * 1000:.0f} ms; "
          f"{len(paras)} paragraphs, {n_tokens} tokens")  # fmt: skip
    for name, secs in (("first round (cold caches)", first), ("steady state (best)", best)):
        print(f"{name:<26} {n_tokens / secs:>9.0f} tokens/s  "
              f"{secs / n_tokens * 100 * 1000:.3f} ms per 100 tokens")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

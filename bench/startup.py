"""Start-up and whole-process speed of the commands people run most, beside `python3 -c pass`.

    python3 -m bench.startup [--runs 15] [--news FOLDER]

Each command runs as its own process, as a user runs it, `--runs` times; the table gives
the median and the best wall time, and the same for a bare interpreter measured in the same
run (so a loaded machine shows in both). Targets (issue "One house with named rooms"):
`--help` and `tag` on a one-line file ≤ 150 ms, `timeline` on the seed library ≤ 300 ms,
`tag` on 1 MB of news ≥ 1 MB/s as a whole process. The 1 MB is the bundled articles
(or the `.txt` files of `--news`) repeated to size, one paragraph per blank line.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dateline.store.library import SEEDS_DIR

MB = 1 << 20


def _dateline() -> list[str]:
    script = Path(sys.executable).parent / "dateline"
    return [str(script)] if script.exists() else [sys.executable, "-m", "dateline.tui.cli"]


def _times(argv: list[str], runs: int, env: dict[str, str]) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        out.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode()[-300:]}")
    return out


def _news(folder: Path | None, size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((folder or SEEDS_DIR).glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {folder or SEEDS_DIR}")
    out, n, i = [], 0, 0
    while n < size:
        out.append(texts[i % len(texts)])
        n += len(texts[i % len(texts)].encode())
        i += 1
    return "\n\n".join(out)[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--news", type=Path, help="folder of .txt news (default: the seeds)")
    args = parser.parse_args(argv)
    dateline = _dateline()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATELINE_DB": str(Path(tmp) / "seeds.db")}
        # As installed: bytecode cached (pip compiles a wheel at install; a checkout caches
        # on the first run, which is the warm-up below), not compiled again on every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        one = Path(tmp) / "one.txt"
        one.write_text("The council voted on Monday to close the bridge.\n", encoding="utf-8")
        big = Path(tmp) / "news.txt"
        big.write_text(_news(args.news, MB), encoding="utf-8")
        subprocess.run([*dateline, "import", str(SEEDS_DIR), "--quiet"], env=env, check=True)
        tag_one = [*dateline, "tag", str(one), "--dct", "2020-01-01"]
        rows = [
            ("python3 -c pass", [sys.executable, "-c", "pass"], None),
            ("dateline --help", [*dateline, "--help"], 0.150),
            ("dateline --version", [*dateline, "--version"], 0.150),
            ("dateline tag one-line.txt", tag_one, 0.150),
            ("dateline timeline (seed library)", [*dateline, "timeline"], 0.300),
        ]
        print(f"{'command':36} {'median ms':>10} {'best ms':>8} {'target':>8}  vs python")
        base = None
        for name, cmd, target in rows:
            _times(cmd, 1, env)  # warm-up: bytecode written, files in the page cache
            t = _times(cmd, args.runs, env)
            median, best = statistics.median(t), min(t)
            base = base or median
            mark = "" if target is None else ("ok" if median <= target else "SLOW")
            goal = "" if target is None else f"{target * 1000:.0f}"
            print(
                f"{name:36} {median * 1000:10.0f} {best * 1000:8.0f} {goal:>8}  "
                f"{median / base:5.1f}x {mark}"
            )
        runs = max(3, args.runs // 5)
        t = _times([*dateline, "tag", str(big), "--dct", "2020-01-01"], runs, env)
        size = big.stat().st_size / MB
        rate = size / statistics.median(t)
        print(
            f"{'dateline tag, 1 MB of news':36} {statistics.median(t) * 1000:10.0f} "
            f"{min(t) * 1000:8.0f} {'1 MB/s':>8}  {rate:5.2f} MB/s {'ok' if rate >= 1 else 'SLOW'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

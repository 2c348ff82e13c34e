"""Find publishers' text in the project: runs of words shared with a folder of saved pages.

    python -m bench.copies ../shared/corpora/realworld-pages/pages [--words 6]

The real pages are for reading, never for copying: a test sentence or a comment's example
must be our own words. This prints every line of the project's code, tests and README that
shares a run of `--words` words with a page's visible text, with the page it matches. Lists
of month and weekday names and tag names match too; read the rest and rewrite it.
"""

from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_TAG = re.compile(r"<[^>]+>")
ROOT = Path(__file__).resolve().parent.parent
_PROJECT = ("store", "tests", "tui", "bench")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def page_runs(pages: Path, n: int) -> dict[str, str]:
    """Every run of `n` words in the pages' text (tags dropped), with the first page it is in."""
    runs: dict[str, str] = {}
    for page in sorted(pages.iterdir()):
        words = _words(html.unescape(_TAG.sub(" ", page.read_text(errors="ignore"))))
        for k in range(len(words) - n + 1):
            runs.setdefault(" ".join(words[k : k + n]), page.name)
    return runs


def project_files() -> list[Path]:
    """The project's Python files and README (not shipped data such as word lists)."""
    files = [p for d in _PROJECT for p in sorted((ROOT / d).rglob("*.py"))]
    return files + [ROOT / "README.md"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, help="a folder of saved pages")
    parser.add_argument("--words", type=int, default=6, help="run length (default 6)")
    args = parser.parse_args()
    runs = page_runs(args.pages, args.words)
    found = 0
    for path in project_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            words = _words(line)
            for k in range(len(words) - args.words + 1):
                run = " ".join(words[k : k + args.words])
                if run in runs:
                    found += 1
                    where = path.relative_to(ROOT)
                    print(f"{where}:{number}  [{run}]  {runs[run]}")
                    break
    print(f"{found} lines share a run of {args.words} words with a page")


if __name__ == "__main__":
    main()

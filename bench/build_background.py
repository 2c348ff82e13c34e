"""Write `store/stories/data/background.tsv`: how often the commonest English words occur in
general text, the rarity a library's story grouping starts with (`stories.background`), so
that its first articles already know that "company" says less than "Dreamliner".

    pip install wordfreq && python -m bench.build_background

From wordfreq (code Apache-2.0; data CC BY-SA 4.0, see `store/stories/data/ATTRIBUTION.md`).
wordfreq is needed only here, never at run time: the product ships the list, cut to the
`TOP` commonest words at two significant digits (a rarer word counts as `background.RARE`).
"""

from __future__ import annotations

import sys

from dateline.store.stories.background import BACKGROUND_PATH

TOP = 20_000
HEADER = """\
# word<TAB>frequency per word of running English text, the {top} commonest words
# Written by `python -m bench.build_background` from wordfreq {version} ('en', 'best' list)
# Data CC BY-SA 4.0 (see ATTRIBUTION.md beside this file)
"""


def main(argv: list[str] | None = None) -> int:
    try:
        import wordfreq
    except ImportError:
        print("needs `pip install wordfreq` (for building the list only)", file=sys.stderr)
        return 1
    from importlib.metadata import version

    lines = [HEADER.format(top=TOP, version=version("wordfreq"))]
    for word in wordfreq.top_n_list("en", TOP):
        lines.append(f"{word}\t{wordfreq.word_frequency(word, 'en'):.2g}\n")
    BACKGROUND_PATH.write_text("".join(lines), encoding="utf-8")
    print(f"{BACKGROUND_PATH}: {TOP} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())

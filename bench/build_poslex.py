"""Write `store/extract/data/poslex.txt`: the parts of speech each English word form can
take, for `extract.eventspans` (a word that can be a verb or a noun is a likely event
however rare it was in the training corpus).

    pip install lemminflect && python -m bench.build_poslex

Read from LemmInflect's dictionary (MIT; derived from the NIH SPECIALIST Lexicon): general
English, independent of the corpora the model is trained and scored on.  LemmInflect is needed
only here, never at run time: the product ships the list.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from dateline.store.extract.eventspans import POSLEX_PATH

LETTERS = {"noun": "N", "verb": "V", "adj": "J", "adv": "R", "aux": "X"}
HEADER = """\
# Word forms by the parts of speech they can take (N noun, V verb, J adjective, R adverb,
# X auxiliary), one "## CLASS" section each; used by extract.eventspans as features.
# Written by `python -m bench.build_poslex` from the dictionary of LemmInflect {version}
# (MIT License, Copyright (C) 2019 Brad Jascob), which is derived from the NIH SPECIALIST Lexicon.
"""


def main(argv: list[str] | None = None) -> int:
    try:
        import lemminflect
    except ImportError:
        print("needs `pip install lemminflect` (for building the list only)", file=sys.stderr)
        return 1
    source = Path(lemminflect.__file__).with_name("resources") / "lemma_lu.csv.gz"
    forms: dict[str, set[str]] = {}
    with gzip.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            word, pos, _lemmas = line.rstrip("\n").split(",", 2)
            if pos in LETTERS and word.isascii() and " " not in word:
                forms.setdefault(word.lower(), set()).add(LETTERS[pos])
    by_class: dict[str, list[str]] = {}
    for word, letters in forms.items():
        by_class.setdefault("".join(sorted(letters)), []).append(word)
    version = getattr(lemminflect, "__version__", "")
    lines = [HEADER.format(version=version).rstrip("\n")]
    for cls in sorted(by_class):
        lines.append(f"## {cls}")
        words = sorted(by_class[cls])
        lines.extend(" ".join(words[k : k + 12]) for k in range(0, len(words), 12))
    POSLEX_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {POSLEX_PATH}: {len(forms)} word forms in {len(by_class)} classes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

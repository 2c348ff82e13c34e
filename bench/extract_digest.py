"""A fingerprint of what extraction finds, for work that must not change it (speed work,
refactoring): run it before and after, and the digests must match.

    python -m bench.extract_digest [FOLDER ...] [--articles N] [--dump FILE]

Reads every file of the folders (default: the bundled seeds) and N articles written as
`bench.ingest` writes them, extracts each article and prints the SHA-256 of the extractions'
reprs in file order, with the article count and the CPU seconds the extraction took. With
`--dump`, the reprs are also written to FILE, one article after its file name, so two dumps
can be compared with `diff` to see which article changed. Files no reader understands are
counted and skipped, as an import would name them.
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

from bench.ingest import write_articles
from dateline.store.extract.article import extract
from dateline.store.formats import read_file
from dateline.store.library import SEEDS_DIR


def _articles(paths: list[Path]) -> tuple[list[tuple[str, object]], int]:
    found, unread = [], 0
    for path in paths:
        try:
            entries = read_file(path, path.read_bytes()).entries
        except Exception:  # a page no reader takes: the import names it; here, skipped
            unread += 1
            continue
        found += [(path.name, e.article) for e in entries if e.article is not None]
    return found, unread


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[SEEDS_DIR])
    ap.add_argument("--articles", type=int, default=800, help="written articles (0: none)")
    ap.add_argument("--dump", type=Path, help="write each article's extraction here")
    args = ap.parse_args(argv)
    paths = [p for folder in args.folders for p in sorted(folder.rglob("*")) if p.is_file()]
    with tempfile.TemporaryDirectory() as tmp:
        if args.articles:
            write_articles(Path(tmp), args.articles)
            paths += sorted(p for p in Path(tmp).rglob("*") if p.is_file())
        articles, unread = _articles(paths)
    digest = hashlib.sha256()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    cpu = time.process_time()
    for name, article in articles:
        text = f"{name}\n{extract(article)!r}\n"
        digest.update(text.encode("utf-8"))
        if dump:
            dump.write(text)
    cpu = time.process_time() - cpu
    if dump:
        dump.close()
    print(f"{len(articles)} articles ({unread} files unread), {cpu:.2f} s CPU")
    print(f"sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

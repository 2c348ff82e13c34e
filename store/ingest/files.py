"""Finding the files an import reads: folders walked for article files, named files as given,
`-` for standard input, and a one-line problem for a path that cannot be used."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.store.formats import EXTENSIONS
from dateline.store.ingest.report import os_reason

ARTICLE_SUFFIXES = set(EXTENSIONS)
STDIN = "-"
NO_ARTICLE_FILES = "no article files in this folder (none named *.txt, *.html, *.md, *.jsonl, ...)"
# Files every project folder has that are not articles; skipped in folders, read if named.
NOT_ARTICLES = ("readme", "license", "licence", "copying", "attribution", "changelog", "notice")


def _walk(
    folder: Path, ancestors: frozenset, visited: set, revisited: list[Path]
) -> Iterator[tuple[Path, str | None]]:
    """The folder's article files, recursively; `revisited` collects subfolders skipped
    because an earlier path already read them."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield folder, os_reason(exc)
        return
    names = {e.name for e in entries}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        known = child.suffix.lower() in ARTICLE_SUFFIXES and not child.stem.lower().startswith(
            NOT_ARTICLES
        )
        try:
            st = child.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                yield child, os_reason(exc)
            elif known or not entry.is_symlink():
                yield child, "broken symbolic link" if entry.is_symlink() else os_reason(exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield child, "symlink loop: leads back to a folder already being read"
            elif key in visited:
                revisited.append(child)
            elif not _page_assets(child.name, names):
                visited.add(key)
                yield from _walk(child, ancestors | {key}, visited, revisited)
        elif known:
            yield child, None


def _page_assets(name: str, siblings: set[str]) -> bool:
    """A browser's "Save page, complete" folder (page_files/ beside page.html): not articles."""
    stem = name[: -len("_files")] if name.endswith("_files") else None
    return stem is not None and any(f"{stem}{ext}" in siblings for ext in (".html", ".htm"))


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file to import, with an error when the path itself is unusable.

    Folders are walked recursively (following symlinks, reporting loops) for files with a
    known article extension; hidden entries, README/LICENSE-like files and a saved page's
    `*_files/` assets are skipped. Files named explicitly are read
    whatever their extension; `-` is standard input.
    """
    visited: set = set()
    for raw in paths:
        if str(raw) == STDIN:
            yield Path(STDIN), None
            continue
        path = Path(raw)
        try:
            st = path.stat()
        except OSError as exc:
            yield path, os_reason(exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in visited:
                continue  # named twice, or inside a folder named before: read once
            visited.add(key)
            revisited: list[Path] = []
            inside = _walk(path, frozenset({key}), visited, revisited)
            first = next(inside, None)
            if first is None:  # say so: "0 imported, 0 failed" alone reads like success
                if not revisited:
                    yield path, NO_ARTICLE_FILES
                continue
            yield first
            yield from inside
        elif stat.S_ISREG(st.st_mode):
            yield path, None
        else:
            yield path, "not a regular file"

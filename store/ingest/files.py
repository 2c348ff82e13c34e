"""Finding the files an import reads: folders walked for article files, named files as given,
`-` for standard input, and a one-line problem for a path that cannot be used.

A folder is read for what it holds: a symbolic link that leads out of the folder being
imported is named and skipped unless `follow_symlinks` (a link to `/` would otherwise walk the
whole machine, and one to `/etc/shadow` import it), and special files — devices, FIFOs,
sockets, the kernel's `/proc` and `/sys` — are never read, named or not.

Every file in a folder is accounted for: one whose extension is not an article's (or has
none) is sniffed — its first bytes — and read when they are a page, a feed, a JSON Feed, an
MHTML page, TimeML or front matter (a page saved as `story` or `story.bin`); otherwise it is
reported as skipped with the reason ("not an article type (.png)"), as are README, LICENSE
and the like. Hidden entries and a saved page's `*_files/` assets stay out of the count."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.store.formats import EXTENSIONS
from dateline.store.formats.article import ArticleError
from dateline.store.formats.decode import decode
from dateline.store.formats.detect import detect, has_front_matter
from dateline.store.ingest.read import kernel_devices, open_nonblocking, printable, special
from dateline.store.ingest.report import Skipped, os_reason

ARTICLE_SUFFIXES = set(EXTENSIONS)
STDIN = "-"
NO_ARTICLE_FILES = "no article files in this folder (none named *.txt, *.html, *.md, *.jsonl, ...)"
# Files every project folder has that are not articles: skipped in folders (unless their
# content is a page or a feed), read if named. "README", "LICENSE-MIT", "notice.txt" — not
# "notice-of-closure.html".
NOT_ARTICLES = ("readme", "license", "licence", "copying", "attribution", "changelog", "notice")
_PROJECT_FILE = re.compile(rf"^(?:{'|'.join(NOT_ARTICLES)})(?:[-_.][a-z0-9]{{1,12}})*$", re.I)
# Formats whose content alone says what it is, so a file of any name can be read as one.
SNIFFED = ("html", "mhtml", "feed", "jsonfeed", "timeml")
SNIFF_BYTES = 8192
KERNEL_FOLDER = "a kernel folder (/proc, /sys); not read"


def _sniff(path: Path) -> str | None:
    """The format a file's first bytes show, among those that say what they are; None for
    anything else (a picture, a script, prose without a known extension)."""
    try:
        with os.fdopen(open_nonblocking(path), "rb") as f:
            head = f.read(SNIFF_BYTES)
        text, _ = decode(head or b"")
    except (OSError, ArticleError, ValueError):
        return None
    fmt = detect(None, text)
    if fmt in SNIFFED or (fmt == "markdown" and has_front_matter(text)):
        return fmt
    return None


def _passed_over(child: Path) -> Skipped | None:
    """Why a folder's file is not read, or None to read it: by its name, then its content."""
    suffix = child.suffix.lower()
    project = _PROJECT_FILE.match(child.name) is not None
    if suffix in ARTICLE_SUFFIXES and not project:
        return None
    if _sniff(child) is not None:
        return None
    if project:
        return Skipped(f"a project file, not an article ({child.name})")
    return _unknown_type(child)


def _unknown_type(child: Path) -> Skipped:
    return Skipped(f"not an article type ({child.suffix.lower() or 'no extension'})")


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _walk(
    folder: Path,
    ancestors: frozenset,
    visited: set,
    revisited: list[Path],
    root: str | None,
) -> Iterator[tuple[Path, str | None]]:
    """The folder's article files, recursively; `revisited` collects subfolders skipped
    because an earlier path already read them. `root` (the real path of the folder named)
    bounds where symbolic links may lead; None follows them anywhere."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield folder, os_reason(exc, folder=True)
        return
    names = {e.name for e in entries}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        known = child.suffix.lower() in ARTICLE_SUFFIXES
        link = entry.is_symlink()
        try:
            st = child.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                yield child, os_reason(exc)
            elif known or not link:
                yield child, "broken symbolic link" if link else os_reason(exc)
            continue
        is_dir = stat.S_ISDIR(st.st_mode)
        refused = None if is_dir else special(child, st)  # resolves the path: asked once
        outside = False
        if link and root is not None:
            target = os.path.realpath(child)
            outside = not _inside(target, root)
        if not is_dir and (outside or refused) and not known:
            yield child, _unknown_type(child)  # never opened: not ours to sniff
            continue
        if outside:
            written = os.readlink(child)  # as written (`/proc/self/…`) when absolute
            to = printable(written if os.path.isabs(written) else target)
            reason = f"symbolic link leaves the folder (to {to}); not followed"
            yield child, f"{reason} (--follow-symlinks follows it)"
            continue
        if not is_dir and refused is None:
            passed = _passed_over(child)
            if passed is not None:
                yield child, passed
                continue
        if is_dir:
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield child, "symlink loop: leads back to a folder already being read"
            elif st.st_dev in kernel_devices():
                yield child, KERNEL_FOLDER
            elif key in visited:
                revisited.append(child)
            elif not _page_assets(child.name, names):
                visited.add(key)
                yield from _walk(child, ancestors | {key}, visited, revisited, root)
        else:
            yield child, refused


def _page_assets(name: str, siblings: set[str]) -> bool:
    """A browser's "Save page, complete" folder (page_files/ beside page.html): not articles."""
    stem = name[: -len("_files")] if name.endswith("_files") else None
    return stem is not None and any(f"{stem}{ext}" in siblings for ext in (".html", ".htm"))


def iter_files(
    paths: Iterable[str | Path], *, follow_symlinks: bool = False
) -> Iterator[tuple[Path, str | None]]:
    """Each file to import, with an error when the path itself is unusable.

    Folders are walked recursively for files with a known article extension; symbolic links
    are followed while they stay inside the folder named (loops reported), and those that
    leave it only with `follow_symlinks`. Hidden entries, README/LICENSE-like files and a
    saved page's `*_files/` assets are skipped. Files named explicitly are read whatever
    their extension, through a symbolic link too; `-` is standard input. Special files are
    named with the reason they are not read.
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
            if st.st_dev in kernel_devices():
                yield path, KERNEL_FOLDER
                continue
            revisited: list[Path] = []
            root = None if follow_symlinks else os.path.realpath(path)
            found = False
            for item in _walk(path, frozenset({key}), visited, revisited, root):
                found = found or not isinstance(item[1], Skipped)
                yield item
            if not found and not revisited:  # "0 imported" alone reads like success
                yield path, NO_ARTICLE_FILES
        else:
            yield path, special(path, st)

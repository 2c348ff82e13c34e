"""What an import tells: one `ImportResult` per file or article, the `ImportReport` of a run,
and the one-line reasons a file failed (OS errors, sizes, a locked library)."""

from __future__ import annotations

import errno
from collections import Counter
from dataclasses import dataclass, field

MAX_BYTES = 10 * 1024 * 1024  # the per-file limit unless `--max-size` says otherwise
BUDGET = 60.0  # CPU seconds to parse one file, and to extract each of its articles (`--budget`)


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: str
    status: str  # imported | updated | unchanged | failed
    reason: str | None = None
    article_id: int | None = None
    title: str | None = None
    events: int = 0
    warnings: tuple[str, ...] = ()  # e.g. invalid UTF-8 replaced: imported, but say so


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(r.status for r in self.results)

    @property
    def failed(self) -> list[ImportResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def warnings(self) -> list[tuple[str, str]]:
        return [(r.path, w) for r in self.results for w in r.warnings]

    def summary(self) -> str:
        c = self.counts
        parts = [f"{c['imported']} imported"]
        if c["updated"]:
            parts.append(f"{c['updated']} updated")
        parts += [f"{c['unchanged']} unchanged", f"{c['failed']} failed"]
        return ", ".join(parts)


def format_size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            value = n / scale
            return (
                f"{value:.0f} {unit}"
                if value >= 10 or value == int(value)
                else f"{value:.1f} {unit}"
            )
    return f"{n} bytes"


def os_reason(exc: OSError, folder: bool = False) -> str:
    """The OS error in a few words; `folder` when the path is a folder being listed."""
    if exc.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"unreadable {'folder' if folder else 'file'}: permission denied"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return (exc.strerror or str(exc)).strip() or type(exc).__name__


def failure(shown: str, exc: BaseException) -> ImportResult:
    """A failed result with a one-line reason: a reader's own words, or the error's first line."""
    # Imported here: this module is read at the command line's start-up, before any of these.
    from sqlalchemy.exc import OperationalError

    from dateline.store.formats.article import ArticleError

    if isinstance(exc, ArticleError):
        return ImportResult(shown, "failed", reason=str(exc))
    if isinstance(exc, OperationalError) and "locked" in str(exc):
        return ImportResult(
            shown, "failed", reason="library is locked by another process; try again"
        )
    text = str(exc).strip()
    first_line = text.splitlines()[0][:200] if text else ""
    return ImportResult(shown, "failed", reason=f"{type(exc).__name__}: {first_line}".rstrip(": "))

"""What an import tells: one `ImportResult` per file or article, the `ImportReport` of a run,
and the one-line reasons a file failed (OS errors, sizes, a locked library)."""

from __future__ import annotations

import errno
import re
from collections import Counter
from dataclasses import dataclass, field

from dateline.store.text import counted

MAX_BYTES = 10 * 1024 * 1024  # the per-file limit unless `--max-size` says otherwise
BUDGET = 60.0  # CPU seconds to parse one file, and to extract each of its articles (`--budget`)


STATUSES = ("imported", "updated", "unchanged", "skipped", "failed")


class Skipped(str):
    """The reason a file in a folder is passed over on purpose (a picture, a README):
    counted as skipped, not failed. Reasons read "what (detail)", so that a summary groups
    them by what: "3 skipped: not an article type (.bin, .pdf, .png)"."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: str
    status: str  # one of STATUSES
    reason: str | None = None
    article_id: int | None = None
    title: str | None = None
    events: int = 0
    warnings: tuple[str, ...] = ()  # e.g. invalid UTF-8 replaced: imported, but say so
    entry: str | None = None  # where in a file of several articles ("entry 3", "line 2")
    note: str | None = None  # imported, with something the reader should know (a language)


def problem_result(shown: str, problem: str) -> ImportResult:
    """The result of a file that is not read: skipped on purpose, or failed."""
    status = "skipped" if isinstance(problem, Skipped) else "failed"
    return ImportResult(shown, status, reason=str(problem))


_DETAIL = re.compile(r"^(.*?) \(([^()]*)\)$")


def grouped(reasons: list[str], limit: int = 5) -> list[tuple[str, int]]:
    """Reasons of the form "what (detail)" as one line per what, most frequent first, with
    their distinct details: ("not an article type (.bin, .png)", 2)."""
    counts: Counter = Counter()
    details: dict[str, list[str]] = {}
    for reason in reasons:
        m = _DETAIL.match(reason)
        what, detail = (m[1], m[2]) if m else (reason, None)
        counts[what] += 1
        if detail is not None and detail not in details.setdefault(what, []):
            details[what].append(detail)
    out = []
    for what, n in counts.most_common():
        shown = details.get(what) or []
        more = ", …" if len(shown) > limit else ""
        out.append((f"{what} ({', '.join(sorted(shown)[:limit])}{more})" if shown else what, n))
    return out


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

    @property
    def skipped(self) -> list[ImportResult]:
        return [r for r in self.results if r.status == "skipped"]

    def summary(self) -> str:
        """One line: files and their articles, then the entries of feeds (and other files of
        several articles) apart, then what was skipped and why —
        "2 imported, 0 unchanged, 1 failed; 1 feed: 70 entries, 1 imported, 69 failed;
        3 skipped: not an article type (.bin, .pdf, .png)"."""
        files = [r for r in self.results if r.entry is None and r.status != "skipped"]
        entries = [r for r in self.results if r.entry is not None]
        parts = [_counts(Counter(r.status for r in files), always=True)]
        if entries:
            feeds = len({r.path for r in entries})
            counts = _counts(Counter(r.status for r in entries))
            n = f"{len(entries)} {'entry' if len(entries) == 1 else 'entries'}"
            parts.append(f"{counted(feeds, 'feed')}: {n}, {counts}")
        skipped = self.skipped
        if skipped:
            why = "; ".join(reason for reason, _n in grouped([r.reason or "" for r in skipped]))
            parts.append(f"{len(skipped)} skipped: {why}")
        return "; ".join(parts)


def _counts(c: Counter, always: bool = False) -> str:
    """ "2 imported, 0 unchanged, 1 failed": imported, unchanged and failed always (scripts
    read them), updated when any."""
    parts = [f"{c['imported']} imported"]
    if c["updated"]:
        parts.append(f"{c['updated']} updated")
    if always or c["unchanged"]:
        parts.append(f"{c['unchanged']} unchanged")
    if always or c["failed"]:
        parts.append(f"{c['failed']} failed")
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

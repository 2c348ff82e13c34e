"""Importing files into the library: read → extract → store, one transaction per article.

A file whose bytes are already stored is skipped (content hash); a file at a known path whose
content changed replaces the old article; a file that cannot be read is reported with its
path and reason and leaves everything else untouched.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from store.extract import extract
from store.models import Article, Event, Paragraph, TimeExpression
from store.reader import ArticleError, parse_article

ARTICLE_SUFFIXES = {".txt", ".text"}
MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: str
    status: str  # imported | updated | unchanged | failed
    reason: str | None = None
    article_id: int | None = None
    title: str | None = None
    events: int = 0


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(r.status for r in self.results)

    @property
    def failed(self) -> list[ImportResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self) -> str:
        c = self.counts
        parts = [f"{c['imported']} imported"]
        if c["updated"]:
            parts.append(f"{c['updated']} updated")
        parts += [f"{c['unchanged']} unchanged", f"{c['failed']} failed"]
        return ", ".join(parts)


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file to import, with an error when the path itself is unusable.

    Folders are walked recursively for article files (`.txt`); files named explicitly are
    read whatever their extension.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in ARTICLE_SUFFIXES
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                ):
                    yield child, None
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, "not a regular file"
        else:
            yield path, "no such file or directory"


def _read_text(path: Path) -> tuple[bytes, str]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ArticleError(f"file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(exc.strerror or str(exc)) from exc
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file, not text")
    try:
        return data, data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not UTF-8 text (invalid byte at offset {exc.start})") from exc


def _delete_article(session: Session, article_id: int) -> None:
    for model in (Event, TimeExpression, Paragraph):
        session.exec(delete(model).where(model.article_id == article_id))
    session.exec(delete(Article).where(Article.id == article_id))


def import_file(engine: Engine, path: Path) -> ImportResult:
    """Import one file in its own transaction."""
    shown = str(path)
    try:
        data, text = _read_text(path)
        digest = hashlib.sha256(data).hexdigest()
        resolved = str(path.resolve())
        with Session(engine) as session:
            existing = session.exec(select(Article).where(Article.content_hash == digest)).first()
            if existing is not None:
                return ImportResult(
                    shown, "unchanged", article_id=existing.id, title=existing.title
                )
            parsed = parse_article(text)
            extraction = extract(parsed)
            previous = session.exec(select(Article).where(Article.path == resolved)).all()
            for old in previous:
                _delete_article(session, old.id)
            article = Article(
                path=resolved,
                content_hash=digest,
                title=parsed.title,
                source=parsed.source,
                place=parsed.place,
                published=parsed.published.isoformat() if parsed.published else None,
                date_note=parsed.date_note,
                url=parsed.url,
                author=parsed.author,
                format=parsed.format,
            )
            session.add(article)
            session.flush()
            n_events = 0
            for index, (para, found) in enumerate(
                zip(parsed.paragraphs, extraction.paragraphs, strict=True)
            ):
                row = Paragraph(article_id=article.id, index=index, kind=para.kind, text=para.text)
                session.add(row)
                session.flush()
                for t in found.timexes:
                    session.add(
                        TimeExpression(
                            article_id=article.id,
                            paragraph_id=row.id,
                            start=t.start,
                            end=t.end,
                            text=t.text,
                            type=t.type,
                            value=t.value,
                            mod=t.mod,
                        )
                    )
                for e in found.events:
                    n_events += 1
                    session.add(
                        Event(
                            article_id=article.id,
                            paragraph_id=row.id,
                            sent_start=e.sent_start,
                            sent_end=e.sent_end,
                            trigger=e.trigger,
                            date=e.date,
                            start=e.start,
                            end=e.end,
                            dating=e.dating,
                            type=e.type,
                            summary=e.summary,
                            actors=json.dumps(list(e.actors), ensure_ascii=False),
                        )
                    )
            session.commit()
            status = "updated" if previous else "imported"
            return ImportResult(
                shown, status, article_id=article.id, title=parsed.title, events=n_events
            )
    except ArticleError as exc:
        return ImportResult(shown, "failed", reason=str(exc))
    except Exception as exc:  # a bug or a database error must not stop the other files
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return ImportResult(shown, "failed", reason=f"{type(exc).__name__}: {first_line}")


def import_paths(
    engine: Engine,
    paths: Iterable[str | Path],
    on_result: Callable[[ImportResult], None] | None = None,
) -> ImportReport:
    """Import files and folders; every file is reported, failures included."""
    report = ImportReport()
    for path, problem in iter_files(paths):
        if problem:
            result = ImportResult(str(path), "failed", reason=problem)
        else:
            result = import_file(engine, path)
        report.results.append(result)
        if on_result:
            on_result(result)
    return report

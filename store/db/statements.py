"""One statement quoted sentence after sentence is one timeline entry.

A story quotes its speakers again and again ("…," Schumer said. … "…," he added. … Schumer
also said …): each quote is a saying the extraction finds, on the same day, by the same
speaker, and a reader counts them as one statement. `merge.same_event` joins the reports of
different articles; within one article a saying joins the first one with the same speaker
and date (dated in the text or inferred alike), so the timeline lists the statement once
with every quote as a source. A saying of another day (an interview "on Monday" against
today's statement) stays apart.
"""

from __future__ import annotations

from typing import Protocol

from dateline.store.extract.discourse import speaker_of


class _Said(Protocol):
    article_id: int
    type: str
    date: str | None
    dating: str
    actors: list[str] | tuple[str, ...]


class _Told(Protocol):
    article_id: int
    paragraph: int | None
    type: str
    date: str | None
    dating: str
    cluster: int | None


OTHER = "other"  # the untyped events (`extract.taxonomy.OTHER`)


class ParagraphDetails:
    """The details a paragraph tells beside its happening are that happening's: "A van hit a
    deer on Friday. It sustained damage to the front end and was towed from the scene."
    An untyped event of the same day as an earlier one of its paragraph, told or carried on
    from it (not a saying, which is another happening), joins that one's entry, so the
    timeline lists the crash once and cites the sentences of its details."""

    def __init__(self) -> None:
        self._paragraph: tuple[int, int | None] | None = None
        self._first: dict[str, _Told] = {}  # by date

    def told_by(self, report: _Told) -> _Told | None:
        """The earlier event of `report`'s paragraph it is a detail of, if any (else
        remember `report` as its day's first, once its own cluster is set)."""
        where = (report.article_id, report.paragraph)
        if where != self._paragraph:
            self._paragraph = where
            self._first = {}
        if report.paragraph is None or report.date is None or report.type == "statement":
            return None
        if report.dating not in ("explicit", "inferred"):
            return None
        # the day told or carried on from it ("…on Friday. The van was towed": inferred)
        first = self._first.get(report.date)
        if first is not None and report.type == OTHER:
            return first
        self._first.setdefault(report.date, report)
        return None


class ArticleStatements:
    """The first saying of each speaker (or set of actors, when no person speaks) and day
    in the article being indexed; the indexer walks an import's events article by article,
    so one article is kept at a time."""

    def __init__(self) -> None:
        self._article: int | None = None
        self._first: dict[tuple[tuple[str, ...], str, str], _Said] = {}  # by who, date, point

    def first_of(self, report: _Said) -> _Said | None:
        """The earlier saying of the same statement as `report`, if any (else remember
        `report` as its statement's first)."""
        if report.article_id != self._article:
            self._article = report.article_id
            self._first = {}
        if report.type != "statement" or report.date is None or not report.actors:
            return None
        # the same speaker: "…," Lee said, and "He said …" with other names in it
        speaker = speaker_of(report.actors)
        # "said in a speech on Thursday" (explicit) and the later "…," he said (inferred,
        # that Thursday): one day, one statement; a bound ("before") is not that day
        point = "day" if report.dating in ("explicit", "inferred") else report.dating
        key = ((speaker,) if speaker else tuple(sorted(report.actors)), report.date, point)
        first = self._first.get(key)
        if first is None:
            self._first[key] = report
        return first

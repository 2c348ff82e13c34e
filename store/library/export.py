"""Timeline exports a person can publish or cite: Markdown, CSV, JSON, iCalendar, TimelineJS.

Pure functions from `TimelineEntry` records to text, shared by `dateline export` and the
reader's command palette (`export()` / `render()` and `suggested_filename()`), so both write
the same bytes for the same entries. Everything in an entry is untrusted article text: each
format escapes it for its own consumer rather than trusting the extractor.

A merged entry cites every source. A source's `published` and `url` are read with `getattr`,
so records built without them (older callers, tests) still export. When an entry's sources
disagree on the date (`TimelineEntry.conflict`), each source says the date it gives.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import html
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path, PurePath

from dateline.store.dates import label as date_label
from dateline.store.library import EXPORT_FORMATS
from dateline.store.library.records import Source, TimelineEntry, timeline_order
from dateline.store.text import clean, counted

FORMATS = EXPORT_FORMATS
EXTENSIONS = {
    "md": ".md",
    "csv": ".csv",
    "json": ".json",
    "ics": ".ics",
    "timelinejs": ".timelinejs.json",
}
DEFAULT_TITLE = "Dateline timeline"

# The CSV columns, in their stable order. Multi-valued cells: actors joined by "; ";
# the per-source columns (article .. quote) hold one line per source, aligned by position.
CSV_COLUMNS = (
    "date",  # TIMEX3 value at its granularity: 2018-01-24, 2017-05, 2017, 2018-W04 ...
    "label",  # human date with certainty mark: ~24 Jan 2018, before May 2017
    "dating",  # explicit | inferred | before | after | undated
    "start",  # first day covered (ISO)
    "end",  # last day covered (ISO)
    "type",
    "summary",
    "actors",
    "article",  # article ids in the library
    "title",
    "published",
    "location",  # URL when known, else the article's file path
    "paragraph",  # paragraph number in the article, from 1 (as the reader shows it)
    "quote",  # the sentence the event was read from
    "speaker",  # who made the saying, when the sentence names them; else empty
    "source_date",  # the date each source gives, when the sources disagree; else empty
)

# Datings whose day bounds are the event's own: the only ones a calendar can place.
_PLACEABLE = ("explicit", "inferred")
# Formats whose consumers refuse a file without events: RFC 5545 wants a component in a
# VCALENDAR, TimelineJS a config with at least one event.
_NEEDS_EVENTS = ("ics", "timelinejs")
_LEFT_OUT_REASONS = {"undated": "undated", "bounded": "only bounded (before/after a date)"}


@dataclass(frozen=True, slots=True)
class ExportResult:
    """An export's text plus what it could not include, for the caller to report."""

    content: str
    fmt: str
    included: int
    left_out: dict[str, int] = field(default_factory=dict)  # reason -> count

    @property
    def left_out_count(self) -> int:
        return sum(self.left_out.values())

    @property
    def usable(self) -> bool:
        """False for an empty export its consumer would reject (an event-less calendar or
        TimelineJS file): the caller should report `message` instead of writing it."""
        return bool(self.included) or self.fmt not in _NEEDS_EVENTS

    @property
    def message(self) -> str | None:
        """What the export lacks, or None when everything fit: events left out (`3 events
        left out of the ics export: 2 undated, 1 only bounded (...)`) or an empty export, so
        a filter that matched nothing is not mistaken for a successful export."""
        if not self.included and not self.left_out_count:
            return f"no events match: the {self.fmt} export is empty"
        if not self.left_out_count:
            return None
        parts = ", ".join(
            f"{n} {_LEFT_OUT_REASONS.get(reason, reason)}"
            for reason, n in sorted(self.left_out.items())
        )
        count = counted(self.left_out_count, "event")
        if not self.included:
            return f"the {self.fmt} export is empty: {count} left out, {parts}"
        return f"{count} left out of the {self.fmt} export: {parts}"


def export(
    entries: Iterable[TimelineEntry],
    fmt: str,
    *,
    title: str | None = None,
    relative_to: str | Path | None = None,
    stamp: datetime | None = None,
) -> str:
    """The export as text (the iCalendar one with its CRLF line ends); see `render`."""
    return render(entries, fmt, title=title, relative_to=relative_to, stamp=stamp).content


def render(
    entries: Iterable[TimelineEntry],
    fmt: str,
    *,
    title: str | None = None,
    relative_to: str | Path | None = None,
    stamp: datetime | None = None,
) -> ExportResult:
    """Export `entries` (any order; sorted here) to `fmt`, one of FORMATS.

    `relative_to` rewrites source paths under that directory as relative ones, so an export
    does not leak or depend on where the library's files live. `stamp` is the iCalendar
    DTSTAMP (default: now), fixed by tests for reproducible output.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    ordered = sorted(entries, key=_sort_key)
    if relative_to is not None:
        ordered = [_relativise(e, Path(relative_to)) for e in ordered]
    heading = _oneline(title) if title and _oneline(title) else DEFAULT_TITLE
    if fmt == "md":
        return ExportResult(to_markdown(ordered, heading), fmt, len(ordered))
    if fmt == "csv":
        return ExportResult(to_csv(ordered), fmt, len(ordered))
    if fmt == "json":
        return ExportResult(to_json(ordered), fmt, len(ordered))
    kept, dropped = _split(ordered, bounded_ok=fmt == "timelinejs")
    if fmt == "ics":
        text = to_ical(kept, heading, stamp or datetime.now(UTC).replace(microsecond=0))
    else:
        text = to_timelinejs(kept, heading)
    return ExportResult(text, fmt, len(kept), dropped)


def suggested_filename(fmt: str, scope: str | None = None) -> str:
    """A safe default file name for an export of `scope` (an article title, an entity...)."""
    slug = re.sub(r"[^a-z0-9]+", "-", (scope or "").casefold()).strip("-")[:60].strip("-")
    return f"dateline-{slug or 'timeline'}{EXTENSIONS[fmt]}"


# --- shared helpers ---------------------------------------------------------------------


def _sort_key(entry: TimelineEntry) -> tuple:
    """Timeline order, as the reader and `dateline timeline` list it."""
    return timeline_order(entry)


def _oneline(text: object) -> str:
    """Untrusted text on one line: controls dropped, runs of whitespace one space."""
    return " ".join(clean("" if text is None else str(text)).split())


def _relativise(entry: TimelineEntry, base: Path) -> TimelineEntry:
    sources = tuple(_relative_source(s, base) for s in entry.sources)
    return replace(entry, sources=sources)


def _relative_source(source: Source, base: Path) -> Source:
    try:
        rel = PurePath(source.path).relative_to(base.resolve())
    except ValueError:
        try:
            rel = PurePath(source.path).relative_to(base)
        except ValueError:
            return source
    return replace(source, path=rel.as_posix())


def _days(entry: TimelineEntry) -> tuple[date, date] | None:
    try:
        if entry.start and entry.end:
            return date.fromisoformat(entry.start), date.fromisoformat(entry.end)
    except ValueError:
        pass
    return None


def _split(
    entries: Sequence[TimelineEntry], *, bounded_ok: bool
) -> tuple[list[TimelineEntry], dict[str, int]]:
    """Entries a calendar-like format can place, and counts of the rest by reason."""
    kept, dropped = [], Counter()
    for e in entries:
        if e.dating == "undated" or _days(e) is None:
            dropped["undated"] += 1
        elif e.dating not in _PLACEABLE and not bounded_ok:
            dropped["bounded"] += 1
        else:
            kept.append(e)
    return kept, dict(dropped)


def _published(source: Source) -> str | None:
    return _oneline(getattr(source, "published", None)) or None


def _url(source: Source) -> str | None:
    """The source URL if it is a web address; anything else (javascript:...) is dropped."""
    value = _oneline(getattr(source, "url", None) or "")
    return value if re.match(r"https?://[^\s]+$", value, re.IGNORECASE) else None


def _published_label(source: Source) -> str | None:
    value = _published(source)
    return date_label(value[:10]) if value else None


def uid(entry: TimelineEntry) -> str:
    """An id stable across re-imports and repeated exports: it hashes what the event is
    (date, dating, type, summary), not database ids or file paths."""
    key = json.dumps([entry.date, entry.dating, entry.type, entry.summary], ensure_ascii=False)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20] + "@dateline"


def _uids(entries: Sequence[TimelineEntry]) -> list[str]:
    """Unique ids, a counter suffix telling apart the rare identical entries."""
    seen: Counter[str] = Counter()
    out = []
    for e in entries:
        base = uid(e)
        seen[base] += 1
        n = seen[base]
        out.append(base if n == 1 else base.replace("@", f"-{n}@", 1))
    return out


# --- Markdown -----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&$])")


_MD_LINE_START = re.compile(r"^(\d+)([.])|^([-=])")


def md_escape(text: object) -> str:
    """Markdown for untrusted text: one line, every character with a meaning in CommonMark/GFM
    inline syntax backslash-escaped, and a leading list or heading marker too (`1.`, `-`,
    `=`), so it renders as written wherever it is put."""
    escaped = _MD_SPECIAL.sub(r"\\\1", _oneline(text))
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _group(entry: TimelineEntry) -> tuple[int, int] | None:
    """(year, month) the entry is listed under: the month it starts in, or month 0 (heading
    its year) for a whole year or more. A week or quarter crossing a month stays under its
    first month rather than jumping ahead of January."""
    days = _days(entry)
    if days is None or entry.dating == "undated":
        return None
    first, last = days
    if (first.month, first.day) == (1, 1) and last >= date(first.year, 12, 31):
        return first.year, 0
    return first.year, first.month


def to_markdown(entries: Sequence[TimelineEntry], title: str) -> str:
    """A chronology by year and month (whole years head their year, undated last); each
    entry its date at its granularity with its certainty, summary, actors and citations."""
    lines = [f"# {md_escape(title)}", ""]
    articles = {s.article for e in entries for s in e.sources}
    lines += [
        f"{counted(len(entries), 'event')} from {counted(len(articles), 'article')}. "
        "Dates marked `~` are inferred; *before* and *after* give only a bound.",
        "",
    ]
    groups: dict[tuple[int, int] | None, list[TimelineEntry]] = {}
    for e in entries:
        groups.setdefault(_group(e), []).append(e)
    year = None
    for key in sorted(k for k in groups if k is not None):
        if key[0] != year:
            year = key[0]
            lines += [f"## {year}", ""]
        if key[1]:
            lines += [f"### {date_label(f'{key[0]:04d}-{key[1]:02d}')}", ""]
        for e in groups[key]:  # in timeline order, as given
            lines += _md_entry(e)
        lines.append("")
    if None in groups:
        lines += ["## Undated", ""]
        for e in groups[None]:
            lines += _md_entry(e)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _md_entry(entry: TimelineEntry) -> list[str]:
    lines = [
        f"- **{md_escape(entry.label)}** · {md_escape(entry.type)} — {md_escape(entry.summary)}"
    ]
    if entry.conflict:
        lines.append(f"  - {md_escape(_disagreement(entry))}")
    if entry.actors:
        lines.append(f"  - Actors: {', '.join(md_escape(a) for a in entry.actors)}")
    for s in entry.sources:
        own = _own_date(entry, s)
        lines.append(
            f"  - Source: {_md_citation(s)}" + (f", dates it {md_escape(own)}" if own else "")
        )
    return lines


def _disagreement(entry: TimelineEntry) -> str:
    """The line saying an entry's sources disagree on its date, and why it has this one."""
    why = entry.dated_by
    return "Sources disagree on the date" + (f"; dated by {why}" if why else "")


def _own_date(entry: TimelineEntry, source: Source) -> str | None:
    """The date a source gives, when the entry's sources disagree on it ("24 Jan 2018",
    "~25 Jan 2018"); None otherwise."""
    return source.label if entry.conflict and source.dating else None


def _md_citation(source: Source) -> str:
    title = md_escape(source.title) or "untitled"
    url = _url(source)
    parts = [f"[{title}](<{_md_url(url)}>)" if url else f"*{title}*"]
    published = _published_label(source)
    parts.append(f"published {md_escape(published)}" if published else "publication date unknown")
    if not url:
        parts.append(md_escape(source.path))
    parts.append(source.where)
    if source.speaker:
        parts.append(f"said by {md_escape(source.speaker)}")
    return ", ".join(parts)


# --- CSV ----------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: object) -> str:
    """A text cell that a spreadsheet will not run as a formula (CSV injection): a leading
    = + - @ gets an apostrophe, as OWASP recommends."""
    value = clean("" if text is None else str(text))
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(entries: Sequence[TimelineEntry]) -> str:
    """RFC 4180 CSV (CRLF, minimal quoting) with the CSV_COLUMNS header."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        srcs = e.sources
        start, end = e.bounds
        writer.writerow(
            [
                e.date or "",
                e.label,
                e.dating,
                start or "",
                end or "",
                _cell(e.type),
                _cell(e.summary),
                _cell("; ".join(_oneline(a) for a in e.actors)),
                "\n".join(str(s.article) for s in srcs),
                _cell("\n".join(_oneline(s.title) for s in srcs)),
                "\n".join(_published(s) or "" for s in srcs),
                _cell("\n".join(_url(s) or _oneline(s.path) for s in srcs)),
                "\n".join(str(s.paragraph + 1) for s in srcs),  # the headline: 0
                _cell("\n".join(_oneline(s.text) for s in srcs)),
                _cell("\n".join(_oneline(s.speaker or "") for s in srcs)),
                "\n".join(_own_date(e, s) or "" for s in srcs),
            ]
        )
    return buf.getvalue()


# --- JSON ---------------------------------------------------------------------------------


def to_json(entries: Sequence[TimelineEntry]) -> str:
    """Exactly the timeline schema of `dateline timeline --format json`."""
    return json.dumps([e.to_json() for e in entries], indent=2, ensure_ascii=False) + "\n"


# --- iCalendar ----------------------------------------------------------------------------


def to_ical(entries: Sequence[TimelineEntry], title: str, stamp: datetime) -> str:
    """All-day VEVENTs: DTSTART the first day, DTEND the day after the last (RFC 5545's
    exclusive end), so a month or a year shows as a span. Only placeable entries.

    An entry ending on 9999-12-31 has no day after it: a single day is written with DTSTART
    alone (one day long, RFC 5545 3.6.1), a span with its DURATION instead of a DTEND."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Dateline//timeline export//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", title)
    for e, event_uid in zip(entries, _uids(entries), strict=True):
        first, last = _days(e)
        ev = Event()
        ev.add("uid", event_uid)
        ev.add("dtstamp", stamp)
        ev.add("dtstart", first)
        if last < date.max:
            ev.add("dtend", last + timedelta(days=1))
        elif last > first:  # the year 9999: DURATION:P365D
            ev.add("duration", last - first + timedelta(days=1))
        ev.add("summary", _oneline(e.summary) or _oneline(e.type))
        ev.add("description", _ical_description(e))
        ev.add("categories", [_oneline(e.type)])
        urls = [u for u in (_url(s) for s in e.sources) if u]
        if urls:
            ev.add("url", urls[0])
        cal.add_component(ev)
    return cal.to_ical().decode("utf-8")


def _ical_description(entry: TimelineEntry) -> str:
    lines = [f"{entry.label} ({entry.dating}) · {_oneline(entry.type)}"]
    if entry.conflict:
        lines.append(_oneline(_disagreement(entry)))
    if entry.actors:
        lines.append("Actors: " + ", ".join(_oneline(a) for a in entry.actors))
    for s in entry.sources:
        published = _published_label(s)
        where = _url(s) or _oneline(s.path)
        own = _own_date(entry, s)
        lines.append(
            f"Source: {_oneline(s.title)}"
            + (f", published {published}" if published else "")
            + f", {where}, {s.where}"
            + (f", said by {_oneline(s.speaker)}" if s.speaker else "")
            + (f", dates it {own}" if own else "")
        )
    return "\n".join(lines)


# --- TimelineJS ---------------------------------------------------------------------------


def _tl_date(day: date, precision: str, display: str | None = None) -> dict:
    out: dict = {"year": day.year}
    if precision in ("month", "day"):
        out["month"] = day.month
    if precision == "day":
        out["day"] = day.day
    if display is not None:
        out["display_date"] = display
    return out


def _precision(first: date, last: date) -> str:
    """The coarsest unit both bounds fall on: a month or a year (or several) keeps its
    granularity instead of pretending to know the day."""
    month_end = last.day == calendar.monthrange(last.year, last.month)[1]
    if first.day == 1 and month_end:
        return "year" if first.month == 1 and last.month == 12 else "month"
    return "day"


def to_timelinejs(entries: Sequence[TimelineEntry], title: str) -> str:
    """Knight Lab TimelineJS3 JSON: a title slide and one slide per dated entry, grouped by
    type. The slide's `display_date` is the label, so TimelineJS shows the granularity and
    certainty mark instead of its own "start — end"; an `end_date` only for a real span at
    the entry's precision (a month is not "Mar 2017 — March 2017"). All text HTML-escaped
    (TimelineJS renders it as HTML); links only for http(s) URLs."""
    articles = {s.article for e in entries for s in e.sources}
    doc: dict = {
        "title": {
            "text": {
                "headline": html.escape(title),
                "text": html.escape(
                    f"{counted(len(entries), 'event')} from {counted(len(articles), 'article')}"
                ),
            }
        },
        "events": [],
    }
    for e, event_uid in zip(entries, _uids(entries), strict=True):
        first, last = _days(e)
        precision = _precision(first, last)
        label = html.escape(_oneline(e.label))
        slide: dict = {
            "start_date": _tl_date(first, precision, label),
            "display_date": label,
            "text": {
                "headline": html.escape(_oneline(e.summary) or _oneline(e.type)),
                "text": _tl_text(e),
            },
            "group": html.escape(_oneline(e.type)),
            "unique_id": event_uid.split("@")[0],
        }
        end = _tl_date(last, precision)
        if e.dating in _PLACEABLE and end != _tl_date(first, precision):
            slide["end_date"] = end
        doc["events"].append(slide)
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _tl_text(entry: TimelineEntry) -> str:
    parts = [f"<p>{html.escape(entry.label)} · {html.escape(_oneline(entry.type))}</p>"]
    if entry.actors:
        actors = ", ".join(html.escape(_oneline(a)) for a in entry.actors)
        parts.append(f"<p>Actors: {actors}</p>")
    items = []
    for s in entry.sources:
        title = html.escape(_oneline(s.title)) or "untitled"
        url = _url(s)
        cite = f'<a href="{html.escape(url, quote=True)}">{title}</a>' if url else f"<i>{title}</i>"
        published = _published_label(s)
        if published:
            cite += f", published {html.escape(published)}"
        items.append(f"<li>{cite}</li>")
    parts.append(f"<p>Sources:</p><ul>{''.join(items)}</ul>")
    return "".join(parts)

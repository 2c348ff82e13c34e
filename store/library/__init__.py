"""The read side and the facade: what the command line and the reader hold.

    facade.py   `Library`: an open library and every operation on it (import, queries, marks)
    queries.py  plain records for display, read by key so no screen ever scans
    export.py   Markdown, CSV, JSON, iCalendar and TimelineJS renderings of a timeline

May import `db`, `ingest` and the shared helpers (`text`, `dates`, `extract.actors` for
name matching); never Textual or Rich.
"""

from dateline.store import lazy_exports

# The export formats, here rather than in `export` so `dateline --help` lists them without
# loading the exporters.
EXPORT_FORMATS = ("md", "csv", "json", "ics", "timelinejs")

# Loaded on first use, so `records` and `export` import without SQLAlchemy (the command
# line's start-up: `dateline --help` builds every subcommand's options from them).
_LAZY = {
    "Library": "dateline.store.library.facade",
    "LibraryReadOnly": "dateline.store.library.facade",
    "SEEDS_DIR": "dateline.store.library.facade",
    "PARALLEL_FROM": "dateline.store.library.facade",
    "SearchError": "dateline.store.db.search",
    "SearchHit": "dateline.store.db.search",
}
__all__ = sorted(_LAZY)

__getattr__ = lazy_exports(__name__, _LAZY)

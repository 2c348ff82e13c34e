"""The read side and the facade: what the command line and the reader hold.

    facade.py   `Library`: an open library and every operation on it (import, queries, marks)
    queries.py  plain records for display, read by key so no screen ever scans
    export.py   Markdown, CSV, JSON, iCalendar and TimelineJS renderings of a timeline

May import `db`, `ingest` and the shared helpers (`text`, `dates`, `extract.actors` for
name matching); never Textual or Rich.
"""

from dateline.store.library.facade import PARALLEL_FROM, SEEDS_DIR, Library

__all__ = ["PARALLEL_FROM", "SEEDS_DIR", "Library"]

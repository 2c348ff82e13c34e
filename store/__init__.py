"""Everything below the UI: models, database, readers, extraction, queries and export.

Nothing in this package imports Textual; the reader (`tui`) only calls `store.queries`
and `store.ingest`.
"""

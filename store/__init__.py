"""Everything below the UI, in packages by job; data flows one way through them:

    formats/   readers: file bytes → `ParsedArticle` (title, date, paragraphs), one per format
    extract/   extraction: sentences, the temporal tagger, events with actors and dating
    db/        the database: models, engine, schema upgrades, event index, marks, search
    ingest/    import: find files, read, prepare (formats + extract), write in transactions
    library/   the read side: `Library` (the facade), queries for display, exports
    text.py    shared: untrusted text made safe, line ends, counted nouns
    dates.py   shared: TIMEX3 values → day bounds and labels at their granularity

Each package's docstring says what it may import; `tests/test_layers.py` checks it.
Nothing here imports Textual or Rich: the UI (`dateline.tui`) reaches the store only
through `library.Library`.
"""

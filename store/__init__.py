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

from importlib import import_module


def lazy_exports(package: str, where: dict[str, str]):
    """A module `__getattr__` (PEP 562) for `package` whose names are imported from the
    modules `where` gives, on first use: the package can be named by the command line
    without loading SQLAlchemy or the readers behind them."""

    def __getattr__(name: str):
        if name in where:
            return getattr(import_module(where[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__

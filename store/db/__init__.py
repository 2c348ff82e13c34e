"""The database: what is stored and how it is opened, upgraded, indexed and searched.

    models.py     SQLModel tables: articles, paragraphs, time expressions, events, actors
    engine.py     opening SQLite (default, in the user data dir) or any SQLAlchemy URL;
                  read-only when the file, its folder or the disk cannot take a write
    schema.py     the schema version, the file's Dateline mark, and additive upgrades made
                  only when something is missing (under a lock: concurrent opens are safe)
    identity.py   the keys that make two copies of one story one article (address, text)
    index.py      actor links and duplicate clusters, computed as each batch is written
    heads.py      the heads of each day an import has read, kept from batch to batch
    merge.py      when two reports are one event
    state.py      the reader's marks, notes and place, keyed by article id
    search.py     full-text search (SQLite FTS5; `search_pg.py`: PostgreSQL tsvector)

May import `extract.actors` (name matching) and the shared helpers; never `ingest`,
`library` or the UI.
"""

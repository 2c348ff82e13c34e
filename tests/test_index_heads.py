"""The heads an import keeps between its batches (`db.heads`), and the look-ups a batch makes.

An import compares each report with the heads of its days as the library holds them: the
heads it keeps from one batch to the next must be those, whoever else writes meanwhile."""

from __future__ import annotations

from pathlib import Path

from conftest import statements_run, write_articles

from dateline.store.db.index import Indexer
from dateline.store.ingest.prepare import prepare_file
from dateline.store.ingest.write import Taken, store_batch, store_one
from dateline.store.library import Library

DATE = "Tuesday, June 5, 2018"
REPORTS = {
    "mayors": "The mayors of three cities boycotted the meeting with the governor on Monday.",
    "farmers": "Farmers from the northern province boycotted the grain auction on Monday.",
    "farmers-again": "Farmers of the northern province boycotted the grain auction on Monday.",
}


def _prepared(folder: Path) -> dict[str, object]:
    texts = {name: f"Report on {name}\n\n{DATE}\n\n{body}\n" for name, body in REPORTS.items()}
    paths = write_articles(folder, texts)
    out = {}
    for path in paths:
        [item] = prepare_file(path, known=lambda _digest: None)
        out[path.stem] = item
    return out


def _clusters(library: Library) -> dict[str, int]:
    """Article title → its boycott report's cluster head's article title."""
    with library.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT a.title, h.title FROM event e JOIN article a ON a.id = e.article_id "
            "JOIN event c ON c.id = e.cluster JOIN article h ON h.id = c.article_id "
            "WHERE e.trigger = 'boycotted'"
        ).all()
    return dict(rows)


def test_heads_kept_between_batches_include_another_writers(library, tmp_path):
    """A head written by another connection between two batches of one import is compared
    with the next batch's reports, though the import kept that day's heads."""
    items = _prepared(tmp_path / "in")
    indexer, taken = Indexer(), Taken()
    store_batch(library.engine, [items["mayors"]], taken, indexer)  # the day's heads kept
    url = library.engine.url
    other = Library(
        url.database if url.get_backend_name() == "sqlite" else url.render_as_string(False)
    )
    try:
        store_one(other.engine, items["farmers"], set())  # another process, say
    finally:
        other.close()
    store_batch(library.engine, [items["farmers-again"]], taken, indexer)
    clusters = _clusters(library)
    assert clusters["Report on farmers-again"] == "Report on farmers", clusters
    assert clusters["Report on mayors"] == "Report on mayors", clusters


def test_heads_kept_between_batches_include_the_import_s_own(library, tmp_path):
    """A head written by an earlier batch of the import is compared with a later batch's
    reports (kept, not read back)."""
    items = _prepared(tmp_path / "in")
    indexer, taken = Indexer(), Taken()
    for name in ("mayors", "farmers", "farmers-again"):
        store_batch(library.engine, [items[name]], taken, indexer)
    clusters = _clusters(library)
    assert clusters["Report on farmers-again"] == "Report on farmers", clusters


def test_a_batch_asks_for_copies_through_the_indexes(tmp_path):
    """The look-up of stored copies (same address or text) of a batch's articles reads the
    address and text indexes: an empty `IN ()` once made SQLite scan every article."""
    library = Library(str(tmp_path / "lib.db"))
    lines = [
        f'{{"title": "Story {i}", "url": "https://news.example/{i}", "text": "It rained."}}'
        for i in range(3)
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with statements_run(library.engine, "FROM article a WHERE") as statements:
        library.import_paths([path], workers=1)
    assert statements
    with library.engine.connect() as conn:
        for sql in statements:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, ("x",) * sql.count("?")).all()
            details = [str(row[-1]) for row in plan]
            assert not any(d.startswith("SCAN a") for d in details), details
    library.close()

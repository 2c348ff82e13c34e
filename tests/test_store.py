"""Store round trip, idempotent re-import, per-article transactions and failure reports."""

from __future__ import annotations

from conftest import SEED_ARTICLE, SEEDS, write_articles

from dateline.store.db.schema import VERSION
from dateline.store.library import Library

ARTICLE = """City council bans cars
Tuesday, June 5, 2018

The city council voted on Monday to ban cars from the old town.

The mayor said the ban would start in July.
"""


def test_round_trip(library, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = library.import_paths([path])
    assert report.counts["imported"] == 1
    [row] = library.articles()
    assert row.title == "City council bans cars"
    assert row.published == "2018-06-05"
    assert row.paragraphs == 2
    view = library.article(row.id)
    assert [p.text for p in view.paragraphs][0].startswith("The city council voted")
    # Every stored mark lies inside its paragraph.
    for p in view.paragraphs:
        for m in p.marks:
            assert 0 <= m.start < m.end <= len(p.text)
    timex = [m for p in view.paragraphs for m in p.marks if m.kind == "timex"]
    assert any(m.label == "2018-06-04" for m in timex)  # "on Monday" before a Tuesday


def test_reimport_unchanged_is_noop(library, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    library.import_paths([path])
    before = library.timeline()
    report = library.import_paths([path])
    assert report.counts["unchanged"] == 1 and report.counts["imported"] == 0
    assert len(library.articles()) == 1
    assert library.timeline() == before


def test_changed_file_replaces_its_article(library, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    library.import_paths([path])
    path.write_text(ARTICLE.replace("City council", "Town council"), encoding="utf-8")
    report = library.import_paths([path])
    assert report.counts["updated"] == 1
    assert [a.title for a in library.articles()] == ["Town council bans cars"]


def test_failures_are_reported_and_nothing_else_is_lost(library, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    library.import_paths([good])
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "latin1.txt").write_bytes("Caf\xe9 news\n\nText.".encode("latin-1"))
    (folder / "damaged.txt").write_bytes("Café news\n\nText ".encode() + b"\xff.")
    (folder / "ok.txt").write_text(ARTICLE.replace("cars", "bikes"), encoding="utf-8")
    report = library.import_paths([folder, tmp_path / "missing.txt"])
    reasons = {r.path.rsplit("/", 1)[-1]: r.reason for r in report.failed}
    assert set(reasons) == {"empty.txt", "binary.txt", "missing.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "no such" in reasons["missing.txt"]
    # Damaged UTF-8 is kept (bad bytes replaced) with a warning that names the file; Latin-1
    # is read as what it is.
    assert any("damaged.txt" in w and "UTF-8" in w for w in map(str, report.warnings))
    assert not any("latin1.txt" in w for w in map(str, report.warnings))
    assert {"Café news"} <= {a.title for a in library.articles()}
    assert len(library.articles()) == 4


def test_seeds_import(library):
    report = library.import_paths([SEEDS])
    assert report.counts["imported"] == 31, report.failed
    assert not report.failed
    seed = [a for a in library.articles() if a.path == str(SEED_ARTICLE)]
    assert seed and seed[0].published == "2018-01-24"
    assert library.import_seeds_if_empty() is None  # not empty any more


def test_timeline_pages_add_up_to_the_timeline(library):
    library.import_paths([SEEDS])
    whole = library.timeline()
    assert len(whole) == library.timeline_count()
    pages, after = [], None
    while True:
        page, after = library.timeline_page(after=after, limit=37)
        pages += page
        if after is None:
            break
    assert [e.id for e in pages] == [e.id for e in whole]
    dated = [e.start for e in whole if e.start]
    assert dated == sorted(dated)
    assert all(e.start is None for e in whole[len(dated) :])  # undated entries come last


def test_filters_on_pages_match_the_whole_timeline(library):
    from dateline.store.library.queries import TimelineFilter

    library.import_paths([SEEDS])
    seed_id = next(a.id for a in library.articles() if a.path == str(SEED_ARTICLE))
    for f in (
        TimelineFilter(article_id=seed_id),
        TimelineFilter(entity="Steve Jobs"),
        TimelineFilter(type="legal", since="2000-01-01"),
    ):
        page, _ = library.timeline_page(f, limit=1000)
        whole = library.timeline(f.article_id, f.entity, f.type, f.since, f.until)
        assert [e.id for e in page] == [e.id for e in whole] and whole
    jobs = library.timeline(entity="Jobs")
    assert all(any("Jobs" in a for a in e.actors) for e in jobs)


def test_reimport_keeps_merged_reports_visible(library, tmp_path):
    """When the article holding a merged entry's first report changes, the other reports
    of that event stay on the timeline and merge again."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(
        "Bridge closes\nTuesday, June 5, 2018\n\n"
        "Governor Maria Lopez announced on Monday that the harbour bridge will close.\n",
        encoding="utf-8",
    )
    b.write_text(
        "Bridge to shut\nWednesday, June 6, 2018\n\n"
        "On June 4, Governor Maria Lopez announced that the harbour bridge would close.\n",
        encoding="utf-8",
    )
    library.import_paths([a, b])
    [merged] = [e for e in library.timeline() if e.type == "statement"]
    assert merged.count == 2
    a.write_text(a.read_text(encoding="utf-8") + "\nIt was a short statement.\n", "utf-8")
    library.import_paths([a])
    [merged] = [e for e in library.timeline() if e.type == "statement"]
    assert merged.count == 2


def test_parallel_import_matches_sequential(tmp_path):
    """Workers and batched writes store exactly what one process stores."""
    results = {}
    for workers in (1, 2):
        lib = Library(str(tmp_path / f"w{workers}.db"))
        report = lib.import_paths([SEEDS], workers=workers)
        assert report.counts["imported"] == 31 and not report.failed
        again = lib.import_paths([SEEDS], workers=workers)
        assert again.counts["unchanged"] == 31
        results[workers] = [
            (e.date, e.dating, e.type, e.summary, [(s.title, s.paragraph) for s in e.sources])
            for e in lib.timeline()
        ]
        lib.close()
    assert results[1] == results[2]


V1_SCHEMA = """
CREATE TABLE article (id INTEGER PRIMARY KEY, path VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL UNIQUE, title VARCHAR NOT NULL, source VARCHAR, place VARCHAR,
  published VARCHAR, date_note VARCHAR, imported_at DATETIME NOT NULL);
CREATE TABLE paragraph (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,
  "index" INTEGER NOT NULL, kind VARCHAR NOT NULL, text VARCHAR NOT NULL);
CREATE TABLE timeexpression (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,
  paragraph_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text VARCHAR NOT NULL, type VARCHAR NOT NULL, value VARCHAR NOT NULL, mod VARCHAR);
CREATE TABLE event (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,
  paragraph_id INTEGER NOT NULL, sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,
  trigger VARCHAR NOT NULL, date VARCHAR, start VARCHAR, "end" VARCHAR, dating VARCHAR NOT NULL,
  type VARCHAR NOT NULL, summary VARCHAR NOT NULL, actors VARCHAR NOT NULL);
INSERT INTO article VALUES (1, '/old/a.txt', 'h1', 'Old article', NULL, NULL, '2018-01-24',
  NULL, '2018-01-25 10:00:00');
INSERT INTO paragraph VALUES (1, 1, 0, 'body', 'The mayor said on Monday that it rained.');
INSERT INTO event VALUES (1, 1, 1, 0, 40, 'said', '2018-01-22', '2018-01-22', '2018-01-22',
  'explicit', 'statement', 'The mayor said on Monday', '["Ana Ortiz"]');
"""


def test_opening_a_v1_library_upgrades_it_without_loss(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(V1_SCHEMA)
    lib = Library(str(path))
    [row] = lib.articles()
    assert (row.title, row.published, row.events) == ("Old article", "2018-01-24", 1)
    [entry] = lib.timeline(entity="Ortiz")  # the actor index was built on first read
    assert (entry.date, entry.summary) == ("2018-01-22", "The mayor said on Monday")
    lib.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM dateline_meta").fetchone() == (str(VERSION),)


def test_a_newer_library_is_refused(tmp_path):
    import sqlite3

    import pytest

    path = tmp_path / "new.db"
    Library(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE dateline_meta SET value = '99'")
    with pytest.raises(RuntimeError, match="newer"):
        Library(str(path))


def test_article_pages_add_up_to_the_list(library):
    library.import_paths([SEEDS])
    whole = library.articles()
    pages, after = [], None
    while True:
        page, after = library.articles_page(after, limit=7)
        pages += page
        if after is None:
            break
    assert [a.id for a in pages] == [a.id for a in whole]
    assert [(a.paragraphs, a.events) for a in pages] == [(a.paragraphs, a.events) for a in whole]


def test_article_timeline_pages(library):
    from dateline.store.library.queries import TimelineFilter

    library.import_paths([SEEDS])
    seed_id = next(a.id for a in library.articles() if a.path == str(SEED_ARTICLE))
    f = TimelineFilter(article_id=seed_id)
    pages, after = [], None
    while True:
        page, after = library.timeline_page(f, after=after, limit=4)
        pages += page
        if after is None:
            break
    assert [e.id for e in pages] == [e.id for e in library.timeline(seed_id)]


def test_a_page_loads_a_handful_of_sources_but_counts_them_all(library, tmp_path):
    from dateline.store.library.queries import PAGE_SOURCES

    folder = tmp_path / "copies"
    folder.mkdir()
    for i in range(PAGE_SOURCES + 5):
        (folder / f"c{i}.txt").write_text(
            f"Report number {i}\nTuesday, June 5, 2018\n\n"
            "Governor Maria Lopez announced on Monday that the harbour bridge will close.\n",
            encoding="utf-8",
        )
    library.import_paths([folder])
    [whole] = [e for e in library.timeline() if e.type == "statement"]
    [paged] = [e for e in library.timeline_page()[0] if e.type == "statement"]
    assert whole.count == paged.count == PAGE_SOURCES + 5
    assert len(whole.sources) == PAGE_SOURCES + 5 and len(paged.sources) == PAGE_SOURCES


def test_frequent_and_rare_actor_plans_agree(library, monkeypatch):
    from dateline.store.library import queries
    from dateline.store.library.queries import TimelineFilter

    library.import_paths([SEEDS])
    f = TimelineFilter(entity="Steve Jobs")
    rare, _ = library.timeline_page(f, limit=500)
    monkeypatch.setattr(queries, "FREQUENT_ACTOR", 0)
    frequent, _ = library.timeline_page(f, limit=500)
    assert rare and [e.id for e in frequent] == [e.id for e in rare]


UNDATED = """Protest at the bridge

Residents protested outside the bridge. The city sued the builder over the cracks.
Mayor Anna Berg met shopkeepers to discuss delivery hours.
"""


def _import_story(library, path, story: str) -> None:
    """Write `story` as the article file `path` and import it."""
    path.write_text(story, encoding="utf-8")
    library.import_paths([path])


def _entry_paragraphs(library, path, story: str, etype: str) -> list[list[int]]:
    """Import `story` as `path`; the paragraphs each `etype` entry cites, entries in order
    of their first paragraph: how one article's reports were grouped into entries."""
    _import_story(library, path, story)
    entries = [e for e in library.timeline() if e.type == etype]
    return sorted(sorted(s.paragraph for s in e.sources) for e in entries)


def _window_filters(library):
    """Filters that exercise every plan of the timeline queries, over the seeds plus an
    undated article (so both phases of the timeline order are present)."""
    from dateline.store.library.queries import TimelineFilter

    seed_id = next(a.id for a in library.articles() if a.path == str(SEED_ARTICLE))
    return [
        TimelineFilter(),
        TimelineFilter(type="legal"),
        TimelineFilter(since="2005-01-01", until="2012-12-31"),
        TimelineFilter(entity="Steve Jobs"),
        TimelineFilter(article_id=seed_id),
    ]


def _seeds_and_undated(library, tmp_path):
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    library.import_paths([SEEDS, tmp_path / "undated.txt"])


def test_pages_before_read_the_timeline_backwards(library, tmp_path):
    _seeds_and_undated(library, tmp_path)
    for f in _window_filters(library):
        whole = library.timeline(f.article_id, f.entity, f.type, f.since, f.until)
        assert whole and all(e.key is not None for e in whole)
        assert [e.key for e in whole] == sorted(e.key for e in whole), "keys are the order"
        pages, before = [], None
        while True:
            page, before = library.timeline_page_before(f, before, limit=7)
            pages = page + pages
            if before is None:
                break
            assert before == page[0].key
        assert [e.id for e in pages] == [e.id for e in whole], f
        # a page before any entry's key ends just before that entry
        middle = whole[len(whole) // 2]
        page, _ = library.timeline_page_before(f, middle.key, limit=3)
        assert [e.id for e in page] == [e.id for e in whole[len(whole) // 2 - 3 : len(whole) // 2]]
    whole = library.timeline()
    assert whole[-1].key[0] == 1, "undated entries come last"


def test_page_starting_at_a_key_begins_with_its_entry(library, tmp_path):
    from dateline.store.library.queries import starting_at

    _seeds_and_undated(library, tmp_path)
    whole = library.timeline()
    for i in (0, 1, len(whole) // 2, len(whole) - 3, len(whole) - 1):
        page, _ = library.timeline_page(None, starting_at(whole[i].key), limit=3)
        assert [e.id for e in page] == [e.id for e in whole[i : i + 3]]


def test_date_steps_find_the_first_entry_of_the_neighbouring_date(library, tmp_path):
    """A date is an entry's place without its id: "before X", X, "after X" and a month
    starting on X are distinct dates, so `[`/`]` visit each."""
    _seeds_and_undated(library, tmp_path)
    for f in _window_filters(library):
        whole = library.timeline(f.article_id, f.entity, f.type, f.since, f.until)
        dates = list(dict.fromkeys(e.key[:4] for e in whole))
        first_of = {}
        for e in whole:
            first_of.setdefault(e.key[:4], e.key)
        for e in whole[:: max(1, len(whole) // 25)] + whole[-2:]:
            at = dates.index(e.key[:4])
            after = first_of[dates[at + 1]] if at + 1 < len(dates) else None
            before = first_of[dates[at - 1]] if at > 0 else None
            assert library.timeline_date_step(f, e.key, 1) == after, (f, e.key)
            assert library.timeline_date_step(f, e.key, -1) == before, (f, e.key)
            for direction, target in [(1, after), (-1, before)]:
                # the jump's one read: the window at the step's entry, or None
                window = library.timeline_date_window(f, e.key, direction, 3, 4)
                opened = library.timeline_window(f, target, 3, 4) if target else None
                assert window == opened, (f, e.key, direction)


def test_timeline_key_locates_an_events_entry(library, tmp_path):
    from dateline.store.library.queries import TimelineFilter

    _seeds_and_undated(library, tmp_path)
    whole = library.timeline()
    for e in whole[:: max(1, len(whole) // 20)] + whole[-1:]:
        for source in e.sources:
            assert library.timeline_key(None, source.event) == e.key
    legal = next(e for e in whole if e.type == "legal")
    report = legal.sources[0].event
    assert library.timeline_key(TimelineFilter(type="legal"), report) == legal.key
    assert library.timeline_key(TimelineFilter(type="protest"), report) is None
    assert library.timeline_key(None, 10**9) is None


# -- import at scale: clusters and actor links written with the events ---------------------


def _clusters(lib: Library) -> list[tuple]:
    """Every event with its cluster as (article path, event position), engine-neutral."""
    from sqlalchemy import text

    with lib.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT e.id, a.path, e.cluster FROM event e JOIN article a ON a.id = e.article_id"
                " ORDER BY e.id"
            )
        ).all()
    where = {i: (path, k) for k, (i, path, _c) in enumerate(rows)}
    return [(where[i], where[c]) for i, _path, c in rows]


NAMES = "Berg Cole Dahl Ernst Falk Gray Holm Ivers Jost Kern Lind Moss".split()


def test_imports_store_clusters_and_actor_links_with_the_events(library, tmp_path, monkeypatch):
    """An import leaves nothing for the catch-up pass, and its clusters are the ones that
    pass computes, however the events were batched."""
    from sqlalchemy import text

    from dateline.store.db.index import index_new_events
    from dateline.store.ingest import pipeline

    folder = tmp_path / "copies"
    folder.mkdir()
    for i in range(12):  # reports of one statement, with others around them
        (folder / f"c{i:02d}.txt").write_text(
            f"Bridge report {i}\nTuesday, June 5, 2018\n\n"
            f"Governor Maria Lopez announced on Monday that the harbour bridge will close.\n\n"
            f"Mayor Ana {NAMES[i]} met shopkeepers on June 1 to discuss delivery hours.\n",
            encoding="utf-8",
        )
    monkeypatch.setattr(pipeline, "BATCH", 5)  # several batches, and one short one
    library.import_paths([SEEDS, folder], workers=2)
    assert library.merge_duplicates() == 0  # nothing left unindexed
    [bridge] = [
        e
        for e in library.timeline()
        if "Maria Lopez announced" in e.summary and e.type == "statement"
    ]
    assert bridge.count == 12
    assert library.timeline(entity="Ana Moss") and library.timeline(entity="Maria Lopez")
    stored = _clusters(library)
    links = "SELECT event_id, actor_id FROM eventactor ORDER BY 1, 2"
    with library.engine.begin() as conn:
        before = conn.execute(text(links)).all()
        conn.execute(text("UPDATE event SET cluster = NULL"))
        conn.execute(text("DELETE FROM eventactor"))
    with library.session() as s:
        assert index_new_events(s) == len(stored)
    assert _clusters(library) == stored
    with library.engine.connect() as conn:
        assert conn.execute(text(links)).all() == before


def test_a_failed_batch_is_written_article_by_article(tmp_path, monkeypatch):
    """A batch that fails rolls back whole — the actor ids it learnt included — and its
    articles are then stored one transaction each."""
    from dateline.store.ingest import pipeline

    real, calls = pipeline.write_articles, []

    def failing_once(session, items, taken, indexer):
        calls.append(len(items))
        results = real(session, items, taken, indexer)  # writes, learns actor ids...
        if len(calls) == 1:
            raise RuntimeError("disk full")  # ...and fails before the commit
        return results

    monkeypatch.setattr(pipeline, "write_articles", failing_once)
    lib = Library(str(tmp_path / "lib.db"))
    report = lib.import_paths([SEEDS], workers=2)
    assert report.counts["imported"] == 31 and not report.failed
    assert calls[0] == 31 and len(calls) == 1  # the retry goes through `_store`
    jobs = lib.timeline(entity="Steve Jobs")
    assert jobs and all(any("Jobs" in a for a in e.actors) for e in jobs)
    lib.close()


def test_upgrade_replaces_retired_indexes(tmp_path):
    import sqlite3

    from dateline.store.db.schema import RETIRED_INDEXES

    path = tmp_path / "v2.db"
    Library(str(path)).close()
    with sqlite3.connect(path) as conn:  # as Dateline 2 left it
        conn.execute("DROP INDEX ix_event_type_order")
        conn.execute("CREATE INDEX ix_event_type_start ON event (type, start)")
        conn.execute("CREATE INDEX ix_event_start ON event (start)")
        conn.execute("UPDATE dateline_meta SET value = '2'")
    Library(str(path)).close()
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert conn.execute("SELECT value FROM dateline_meta").fetchone() == (str(VERSION),)
    assert "ix_event_type_order" in names and not names & set(RETIRED_INDEXES)


def test_bench_articles_move_their_dates_with_the_date_line(tmp_path):
    """The ingest benchmark's copies of a seed shift every absolute date by one offset."""
    import datetime as dt
    import re

    from bench.ingest import DATE_LINE, MONTHS, write_articles

    write_articles(tmp_path, 500)  # four stories per seed
    seed = (SEEDS / "10718.txt").read_text(encoding="utf-8")  # January 9, 2008; body dates
    copies = [
        p.read_text(encoding="utf-8")
        for p in sorted(tmp_path.rglob("*.txt"))
        if "most-sold MP3 Player" in p.read_text(encoding="utf-8")
    ]
    assert len(copies) >= 2 and seed.count("April 28, 2003") == 1
    lines = set()
    for text in copies:
        m = DATE_LINE.search(text)
        line = dt.date(int(m["y"]), MONTHS.index(m["m"]) + 1, int(m["d"]))
        lines.add(line)
        launch = re.search(r"on (\w+) (\d+), (\d{4})\.", text)
        day = dt.date(int(launch[3]), MONTHS.index(launch[1]) + 1, int(launch[2]))
        assert day - dt.date(2003, 4, 28) == line - dt.date(2008, 1, 9)
        renamed = int(re.search(r"in (\d{4}), as Apple", text)[1])
        assert renamed - 2006 == line.year - 2008
    assert len(lines) > 1


def test_a_window_opens_at_a_key(library, tmp_path):
    _seeds_and_undated(library, tmp_path)
    for f in _window_filters(library)[:3]:
        whole = library.timeline(f.article_id, f.entity, f.type, f.since, f.until)
        for i in (0, 2, len(whole) // 2, len(whole) - 1):
            entries, at, more_before, more_after = library.timeline_window(f, whole[i].key, 3, 4)
            assert [e.id for e in entries] == [e.id for e in whole[max(0, i - 3) : i + 4]]
            assert entries[at].id == whole[i].id
            assert more_before == (i >= 3) and more_after == (i + 4 <= len(whole))


def _resignation_reports(folder):
    """The same resignation: told with its date by one article, undated by the next day's."""
    write_articles(
        folder,
        {
            "a_next_day": "Harlan chief quits\nTuesday, March 6, 2018\n\n"
            "Dana Whitfield resigned as chief executive of Harlan Motors.\n",
            "b_dated": "Harlan names new chief\nFriday, March 9, 2018\n\n"
            "On March 5, Dana Whitfield resigned from her post at Harlan Motors.\n",
        },
    )
    return folder


def test_reports_across_days_are_one_event_dated_by_the_best_report(library, tmp_path):
    """An undated report of the day after and a dated one are one entry, which shows the
    explicit date and is sorted by it (the undated one came first: the dated one heads)."""
    folder = _resignation_reports(tmp_path / "reports")
    for path in sorted(folder.iterdir()):
        library.import_paths([path])
    resigned = [e for e in library.timeline() if "resigned" in e.summary]
    assert [(e.date, e.dating, e.count) for e in resigned] == [("2018-03-05", "explicit", 2)]
    dated = [e.start for e in library.timeline() if e.start]
    assert dated == sorted(dated)


def test_reports_across_days_merge_whichever_came_first(tmp_path):
    """The catch-up pass (an older library's events) clusters as the import does."""
    from dateline.store.db.index import index_new_events

    folder = _resignation_reports(tmp_path / "reports")
    for k, order in enumerate((sorted(folder.iterdir()), sorted(folder.iterdir(), reverse=True))):
        lib = Library(str(tmp_path / f"lib{k}.db"))
        for path in order:
            lib.import_paths([path])
        resigned = [e for e in lib.timeline() if "resigned" in e.summary]
        assert [(e.date, e.dating, e.count) for e in resigned] == [("2018-03-05", "explicit", 2)]
        with lib.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE event SET cluster = NULL")
        with lib.session() as s:
            index_new_events(s)
        again = [e for e in lib.timeline() if "resigned" in e.summary]
        assert [(e.date, e.dating, e.count) for e in again] == [("2018-03-05", "explicit", 2)]
        lib.close()


def test_a_report_is_of_no_event_after_its_own_day(library, tmp_path):
    """An article of Tuesday that quotes the rescue chief (undated: that Tuesday) and one of
    Wednesday whose quote was made "at a press conference Wednesday" are two sayings, however
    alike: a report cannot tell what happened after it came out."""
    folder = tmp_path / "sayings"
    write_articles(
        folder,
        {
            "a": "Search goes on\nTuesday, December 30, 2014\n\n"
            "Rescue chief Ina Marlowe said six bodies had been found near the islands.\n",
            "b": "Search goes on\nWednesday, December 31, 2014\n\n"
            "Rescue chief Ina Marlowe said on Wednesday six bodies had been found near the "
            "islands.\n",
        },
    )
    library.import_paths([folder])
    said = [(e.date, e.dating, e.count) for e in library.timeline() if "bodies" in e.summary]
    assert sorted(said) == [("2014-12-30", "inferred", 1), ("2014-12-31", "explicit", 1)]


STATEMENT_STORY = """Council approves the new bridge

Monday, March 5, 2018

The city council approved the new bridge over the Ouse on Monday after a long debate.

"This bridge will carry the town for a hundred years," Mayor Ana Ortiz said.

"We waited far too long for it," Ortiz said. "Work starts in the spring."

Ortiz added that the old crossing would close for good.

Ortiz, standing beside Governor Lee Park, said the state paid half.

Union leader Tom Reyes said the workers welcomed the vote.

In an interview on Friday, Ortiz said the budget was safe.
"""


def test_one_statement_quoted_again_and_again_is_one_entry(library, tmp_path):
    """Later quotes of the same speaker on the same day join the first, whoever else they
    name: one entry with every quote as a source; another speaker, or the same one on
    another day, stays apart. On the timeline of someone named in one quote, the entry
    cites that quote only."""
    _import_story(library, tmp_path / "bridge.txt", STATEMENT_STORY)
    said = [e for e in library.timeline() if e.type == "statement"]
    by_speaker = {(e.actors[0], e.date): len(e.sources) for e in said}
    assert by_speaker == {
        ("Ana Ortiz", "2018-03-05"): 4,  # four paragraphs quoting Monday's statement
        ("Tom Reyes", "2018-03-05"): 1,
        ("Ana Ortiz", "2018-03-02"): 1,  # Friday's interview
    }
    opened = [e for e in said if e.actors[0] == "Ana Ortiz" and e.date == "2018-03-05"]
    assert "hundred years" in opened[0].summary  # the first quote heads the entry
    [beside] = [e for e in library.timeline(entity="Lee Park") if e.type == "statement"]
    assert [s.text for s in beside.sources] == [
        "Ortiz, standing beside Governor Lee Park, said the state paid half."
    ]
    assert beside.date == "2018-03-05" and "hundred years" in beside.summary


BODY_STATEMENT_STORY = """Team suspends player after arrest
Wednesday, March 7, 2018

Police arrested a college football player at his home on Monday.

Kestrel University said on Tuesday in a notice that Tom Lane was dropped from the squad.

"We will help the police in every way we can," the university said.
"""


def test_a_bodys_sayings_of_a_day_are_one_statement_whoever_they_name(library, tmp_path):
    """ "Kestrel University said on Tuesday in a notice that Tom Lane was dropped" and
    "…,” the university said": one speaker, the university, on one day, so one statement.
    The speaker the extraction gave each saying keys it, not the first person it names
    (Lane, of whom the first saying speaks)."""
    _import_story(library, tmp_path / "team.txt", BODY_STATEMENT_STORY)
    said = [e for e in library.timeline() if e.type == "statement"]
    assert [(e.actors[0], e.date) for e in said] == [("Kestrel University", "2018-03-06")]
    assert {s.paragraph for s in said[0].sources} >= {1, 2}


SPEECH_STORY = """Minister defends budget
Monday, March 5, 2018

The minister's budget passed on Monday.

Speaking at a press conference on Friday, Ana Ortiz said the budget was safe.

"We will not cut a single school," Ortiz said.

Ortiz said the plan had the unions' support.
"""


def test_later_quotes_of_a_dated_speech_join_it(library, tmp_path):
    """ "Speaking at a press conference on Friday, Ortiz said …" dates her later undated
    quotes to Friday (inferred): with the explicit first one, they are one statement, which
    the headline ("Minister defends budget") restates."""
    _import_story(library, tmp_path / "speech.txt", SPEECH_STORY)
    said = [e for e in library.timeline() if e.type == "statement"]
    assert [(e.date, e.dating) for e in said] == [("2018-03-02", "explicit")]
    assert sorted(s.paragraph for s in said[0].sources) == [-1, 1, 2, 3]


RETOLD_STORY = """Ferry sinks off the coast
Tuesday, March 6, 2018

A passenger ferry sank off the northern coast on Sunday.

Divers searched the harbour for the wreck on Monday.

The ferry had left port with 40 people on board.

The ferry sank off the northern coast in calm weather.

A cargo ship sank off the southern coast in 2009.
"""


def test_a_happening_told_again_in_its_article_is_one_entry(library, tmp_path):
    """The lead's "sank on Sunday" and a later undated "The ferry sank off the coast" (read
    at the story's Sunday) are one sinking: one entry, dated by the lead's own date, that
    cites both paragraphs and the headline ("Ferry sinks off the coast"). A sinking of
    another year stays apart, and so does the search of another day."""
    _import_story(library, tmp_path / "ferry.txt", RETOLD_STORY)
    sank = [e for e in library.timeline() if e.summary and "sank" in e.summary]
    by_date = {(e.date, e.dating): sorted(s.paragraph for s in e.sources) for e in sank}
    assert by_date == {("2009", "explicit"): [4], ("2018-03-04", "explicit"): [-1, 0, 3]}
    assert [e.date for e in library.timeline() if "searched" in e.summary] == ["2018-03-05"]


RESTATED_STORY = """Councillors reject ferry fare cut
Thursday, May 12, 2022

Ferry fare motion defeated in council.

A motion brought by councillor Ines Farrow to cut the ferry fare was defeated in the city
council on Tuesday.

A second motion, on parking charges near the harbour, was defeated in the council on
Tuesday as well.
"""


def test_a_line_restating_a_dated_happening_in_fewer_words_joins_it(library, tmp_path):
    """ "Ferry fare motion defeated in council.", a line of the page read at the story's
    Tuesday, has all its words in the dated "A motion … to cut the ferry fare was defeated in
    the city council on Tuesday": one defeat, one entry with both lines as sources (and the
    headline's). The parking motion's defeat that Tuesday, in words of its own, stays apart.
    (The line keeps its stop: one without a stop over prose is a subheading, which tells no
    undated event of its own.)"""
    by_source = _entry_paragraphs(library, tmp_path / "fare.txt", RESTATED_STORY, "other")
    assert by_source == [[-1, 0, 1], [2]]
    dates = {(e.date, e.dating) for e in library.timeline() if e.type == "other"}
    assert dates == {("2022-05-10", "explicit")}


UNTYPED_RETOLD_STORY = """Heroin seized from yacht
Monday, May 9, 2011

Coastguards found 300 kilos of heroin hidden in a yacht moored off Brill Point on Friday,
May 6, 2011.

Coastguard cutter crews from Harwick found on Friday, May 6, 2011, 300 kilos of heroin
hidden in a yacht moored off Brill Point.

Divers found a boot near the pier on Friday, May 6, 2011.

Divers found the wreck of a trawler near the pier on Friday, May 6, 2011.
"""


def test_an_untyped_happening_dated_in_full_twice_is_one_entry(library, tmp_path):
    """A find (a verb of no type) told twice with its full date, in many of the same words
    ("300 kilos of heroin hidden in a yacht moored off Brill Point"), is one entry citing
    both paragraphs. The divers' two finds of that Friday share the verb, the day and a
    few words ("near the pier") but not what was found: two entries."""
    by_source = _entry_paragraphs(library, tmp_path / "heroin.txt", UNTYPED_RETOLD_STORY, "other")
    assert by_source == [[0, 1], [2], [3]]


VANISHED_STORY = """Ten years on, no trace of missing nurse
Friday, June 7, 2029

Ida Kent vanished without trace on Friday, June 7, 2019.

Her sister still walks the coast path every summer.

Ida Kent, a nurse from Lorne, was 31 when she disappeared after a concert at the harbour on
Friday, June 7, 2019.

Tom Ray disappeared near the same harbour on Friday, June 7, 2019.

Ida Kent found a purse on the pier on Friday, June 7, 2019.

Ida Kent found the ferry timetable on Friday, June 7, 2019.

Ida Kent arrived in Lorne on Friday, June 7, 2019.

Ida Kent arrived at the harbour on Friday, June 7, 2019.
"""


def test_a_person_vanishing_told_again_in_other_words_is_one_entry(library, tmp_path):
    """The lead's short "Ida Kent vanished without trace on Friday, June 7, 2019" and the
    later "Ida Kent, … was 31 when she disappeared after a concert … on Friday, June 7,
    2019" share the day, the person they open on and a verb of one happening taking no
    object, but too few words to be one retelling by wording: one vanishing. Tom Ray's of that day
    is another person's; her two finds of that day have objects; and her two arrivals are
    of a verb that may tell two happenings of a day: six other entries."""
    by_source = _entry_paragraphs(library, tmp_path / "kent.txt", VANISHED_STORY, "other")
    assert [0, 2] in by_source
    assert all([k] in by_source for k in (3, 4, 5, 6, 7))


QUIT_STORY = """Ana Ruiz leaves Velvet Static
Tuesday, March 4, 2031

Ana Ruiz has reportedly quit the band after ten years at its helm.

Fans gathered outside the studio in Harlow.

Ruiz, 38, has reportedly quit the band after a row over the new album.

Her drummer Ola Brandt has reportedly quit the tour.

Tom Vik has reportedly quit the band as well.
"""


def test_a_lead_and_its_body_telling_one_perfect_are_one_entry(library, tmp_path):
    """The lead's undated "Ana Ruiz has reportedly quit the band" (at publication) and the
    body's "Ruiz, 38, has reportedly quit the band" (before it) tell one happening by one
    verb in the present perfect with one object, of one person: one entry. The
    drummer's quitting the tour has another object, Tom Vik's quitting the band another
    person: entries of their own."""
    by_source = _entry_paragraphs(library, tmp_path / "quit.txt", QUIT_STORY, "other")
    assert [0, 2] in by_source
    assert [3] in by_source and [4] in by_source


LAUNCH_STORY = """Velden opens a decade of net-making
Sunday, March 15, 2020

The town of Velden has launched a ten-year programme to honour its net makers. Its rowing club
has launched a ferry timetable for the islands.

In March, the council of Velden is launching a new ten-year programme called "Knots", with a
festival on the quay.
"""


def test_a_lead_told_at_publication_retelling_the_body_s_month_is_one_entry(library, tmp_path):
    """The lead's undated "Velden has launched a ten-year programme" (at publication) and
    the body's "In March, the council … is launching a new ten-year programme" tell one
    launch, by one verb, of one object, in the month the lead is read in: one entry, of
    the month. The rowing club's ferry timetable, launched too (told in the lead
    as well), has another object: apart."""
    by_source = _entry_paragraphs(library, tmp_path / "nets.txt", LAUNCH_STORY, "launch")
    assert by_source == [[-1, 0, 1], [0]]


RETOLD_ATTACK_STORY = """Hiker hurt by bear
Tuesday, June 4, 2019

A hiker from Dunmore was attacked by a black bear on the forest trail on Sunday.

Park warden Ilse Brandt said the attack by the young bear on Sunday came shortly after
dawn near Lake Orla.

A cyclist was attacked by a loose dog in the town on Sunday, the warden said.
"""


def test_a_happening_retold_in_other_words_on_its_date_is_one_entry(library, tmp_path):
    """The lead's "attacked by a bear on Sunday" and the warden's "the attack … on Sunday"
    share little wording, but their verb, their date as the text gives it and no one the
    other does not name, and "the attack" points back at a happening told before: one
    attack. The dog's attack of that Sunday, told later in words of its own, stays apart."""
    by_source = _entry_paragraphs(library, tmp_path / "bear.txt", RETOLD_ATTACK_STORY, "attack")
    assert by_source == [[0, 1], [2]]
    attacks = [e for e in library.timeline() if e.type == "attack"]
    assert all(e.date == "2019-06-02" for e in attacks)


DESCRIBED_HAPPENING_STORY = """How Tarn Street lost its brokers
Tuesday, June 2, 2015

After the 1987 market crash, the small brokers of Tarn Street closed their doors one by one.

It is worth putting the 1987 economic crash into context.

Bond traders in the harbour district recall the second 1987 crash as worse.
"""


def test_a_happening_pointed_back_at_past_words_describing_it_is_one_entry(library, tmp_path):
    """ "the 1987 economic crash" points back at "the 1987 market crash" told before as
    "the attack" does, past the words that describe it: one crash. "the second 1987
    crash" is another."""
    by_source = _entry_paragraphs(
        library, tmp_path / "tarn.txt", DESCRIBED_HAPPENING_STORY, "accident"
    )
    assert by_source == [[0, 1], [2]]


DOCUMENT_TAKEN_UP_STORY = """Mayors press state on bridge tolls
Wednesday, March 8, 2023

Nine mayors sent a letter to the state transport board on Monday asking it to scrap the
bridge tolls.

The letter was signed by the mayors of every river town.

Lena Ortiz mailed her own letter of complaint on Monday.
"""


def test_a_document_taken_up_as_a_subject_is_the_happening_that_named_it(library, tmp_path):
    """ "Nine mayors sent a letter … on Monday" and, just after, "The letter was signed by
    the mayors of every river town": what was done with the letter is the sending's
    entry. Another letter sent that Monday stays apart."""
    by_source = _entry_paragraphs(
        library, tmp_path / "tolls.txt", DOCUMENT_TAKEN_UP_STORY, "letter"
    )
    assert by_source == [[0, 1], [2]]


DEBATE_STORY = """Rivals clash in televised debate
Thursday, November 9, 2023

Five candidates took the stage in Miami on Wednesday.

Ann Cole, a spokeswoman for Nina Hale, said the debate went well for the governor.

Ravi Mehta, an adviser to Nina Hale, said the debate was a win for the governor.
"""


def test_two_speakers_sayings_about_one_debate_stay_two_entries(library, tmp_path):
    """Sayings join by their speaker, not by their wording: two people commenting on the
    same governor (an actor both sayings share) and debate are two entries."""
    _import_story(library, tmp_path / "debate.txt", DEBATE_STORY)
    said = [e for e in library.timeline() if e.type == "statement"]
    assert sorted(len(e.sources) for e in said) == [1, 1]


def test_undated_quotes_of_one_speaker_guessed_a_day_apart_are_one_statement():
    """An undated saying's day is a guess: "Whitfield told the Courier …" is at publication
    (Thursday), "Whitfield praised the governor's reply during the debate" may be read at
    the debate's Wednesday. One speaker quoted a paragraph apart: one interview, whichever
    day each was given. A saying dated in the text ("in a radio interview on Tuesday") and
    another speaker's stay apart."""
    from dateline.store.db.index import Report
    from dateline.store.db.statements import ArticleStatements

    def saying(eid, paragraph, day, dating, who, text):
        return Report(
            eid,
            1,
            "statement",
            day,
            day,
            day,
            dating,
            [who],
            text,
            paragraph=paragraph,
            speaker=who,
        )

    told = saying(1, 2, "2023-11-09", "inferred", "Dana Whitfield", "Whitfield told the Courier.")
    praised = saying(2, 3, "2023-11-08", "inferred", "Dana Whitfield", "Whitfield praised her.")
    radio = saying(3, 4, "2023-11-07", "explicit", "Dana Whitfield", "On Tuesday she said so.")
    later = saying(4, 5, "2023-11-08", "inferred", "Dana Whitfield", "Whitfield added more.")
    other = saying(5, 6, "2023-11-08", "inferred", "Ravi Mehta", "Mehta said it was a draw.")
    statements = ArticleStatements()
    firsts = [statements.first_of(r) for r in (told, praised, radio, later, other)]
    assert firsts == [None, told, None, told, None]


UNDATED_INTERVIEW_STORY = """How the lighthouse got its lamp

"Nobody in the village wanted the tower at first," said Mara Quist, a historian who has
written two books on the coast.

But the fishermen did, Quist told the paper.

"They had lost too many boats on the reef," she said.

The tower was finished in 1871.

"The lamp came by ship from Glasgow," Quist said.

"Keepers lived there until the last one left," said Ivo Brant, the harbour master.
"""


def test_undated_quotes_of_one_speaker_on_a_page_of_no_date_are_one_statement(library, tmp_path):
    """A page that gives no date leaves its sayings undated: the historian's quotes, told
    paragraph after paragraph, are one interview, one entry with every quote as a source;
    the harbour master's quote is his own."""
    by_source = _entry_paragraphs(
        library, tmp_path / "lamp.txt", UNDATED_INTERVIEW_STORY, "statement"
    )
    assert by_source == [[0, 1, 2, 4], [5]]
    said = [e for e in library.timeline() if e.type == "statement"]
    assert all(e.date is None for e in said)


INTRODUCED_SPEAKER_STORY = """Dam inspection ordered
Wednesday, March 8, 2023

Engineers will inspect the Varne dam this month, a ministry statement said.

The dam will stay open to walkers during the work, the statement said.

Three engineers, asking not to be named, said the spillway had cracked last winter.

One of the engineers said repairs could take a year.

A spokesman for the walkers said the path was safe.

The walkers said they would keep using it.
"""


def test_a_speaker_introduced_without_a_name_and_taken_up_by_the_is_one_statement(
    library, tmp_path
):
    """ "A ministry statement said …" and "…, the statement said" in the next paragraph:
    one statement; "Three engineers, asking not to be named, said …" and "One of the
    engineers said …": one more. "A spokesman for the walkers" is not "the walkers", who
    speak for themselves after him."""
    by_source = _entry_paragraphs(
        library, tmp_path / "dam.txt", INTRODUCED_SPEAKER_STORY, "statement"
    )
    assert by_source == [[0, 1], [2, 3], [4], [5]]


ORG_SPEAKER_STORY = """Studios and actors end strike
Wednesday, November 8, 2023

The actors' union reached a draft deal with the studios on Wednesday.

The Guild of Stage and Screen Producers said the deal was good for the industry.

The organization said it looked forward to the return of the crews to the sets.

Lena Moss's lawyer Paul Grant said his client had been treated unfairly.

"I was never told why," Lena Moss said.
"""


def test_an_organisation_quoted_twice_is_one_statement_and_a_lawyer_not_his_client(
    library, tmp_path
):
    """No person speaks in "The Guild … said" and "The organization said": the organisation
    does, named first, whoever else either saying names. "Moss's lawyer Grant said" is
    Grant's saying, not his client's: her own quote stays apart."""
    _import_story(library, tmp_path / "strike.txt", ORG_SPEAKER_STORY)
    said = [e for e in library.timeline() if e.type == "statement"]
    by_speaker = {e.actors[0]: sorted(s.paragraph for s in e.sources) for e in said}
    assert by_speaker == {
        "Guild of Stage and Screen Producers": [1, 2],
        "Paul Grant": [3],
        "Lena Moss": [4],
    }


UNNAMED_SPEAKER_STORY = """Bakers ratify new contract
Wednesday, November 8, 2023

Bakery workers in Dunmore voted on Wednesday to accept a new three-year contract.

"Our members stood together and it paid off," the guild said in a statement.

The ovens will be relit on Monday, the company said.

"This contract gives every shift a fair raise," the guild said in a statement.

A spokesman for the workers said the vote was close.

A spokesman for the workers said the night shift voted last.
"""


def test_an_unnamed_body_quoted_twice_is_one_statement(library, tmp_path):
    """No one is named in "…," the guild said": the guild is, by the words the story names
    it with again ("the guild said" two paragraphs on), one statement; "the company said"
    is another speaker, and "a spokesman … said" twice may be two people (a new one each
    time): those stay apart."""
    paragraphs = _entry_paragraphs(
        library, tmp_path / "bakers.txt", UNNAMED_SPEAKER_STORY, "statement"
    )
    assert paragraphs == [[1, 3], [2], [4], [5]]


LETTER_STORY = """Mayors press state on bus funding
Friday, March 8, 2024

Nine mayors sent a letter on Thursday to the state transport board.

"Cutting the night routes would strand thousands of workers," says the letter.

The council voted last week to back the warning in the letter, before the board met.

"The board has not answered," the letter said.
"""


def test_what_a_letter_says_is_one_entry_with_its_sending(library, tmp_path):
    """ "Mayors sent a letter on Thursday" ¶ "“…,” says the letter": the letter's content is
    the letter, one entry, on its Thursday; a later quote of it joins too. A vote that only
    mentions the letter ("to back the warning in the letter") is no letter's."""
    _import_story(library, tmp_path / "letter.txt", LETTER_STORY)
    entries = library.timeline()
    [sent] = [e for e in entries if 0 in {s.paragraph for s in e.sources}]
    assert sorted(s.paragraph for s in sent.sources) == [0, 1, 3]
    assert sent.date == "2024-03-07"
    assert any(2 in {s.paragraph for s in e.sources} and e is not sent for e in entries)


PRONOUN_SPEAKER_STORY = """Ancient glue found in lake bed
Tuesday, October 22, 2019

Divers recovered a resin-coated blade from a lake bed near Tarnow.

Making such resin, the archaeologists argue, took careful planning.

They argue that the blade was kept for years.

Museum director Eva Kral said the blade would go on display.

They said the lake would be surveyed again in spring.
"""


def test_they_going_on_with_an_unnamed_speaker_is_one_statement(library, tmp_path):
    """ "…, the archaeologists argue, …" ¶ "They argue that …": the pronoun takes up the
    unnamed speaker quoted just before, one statement. After a named speaker ("Eva Kral
    said …"), "They said …" is no longer theirs."""
    paragraphs = _entry_paragraphs(
        library, tmp_path / "glue.txt", PRONOUN_SPEAKER_STORY, "statement"
    )
    assert [1, 2] in paragraphs and [4] in paragraphs


GOING_ON_STORY = """Harbour plan papers released
Tuesday, January 9, 2024

In a memo dated March 4, 2019, port director Ivo Marsh said the east quay would need new \
piles within five years.

The old cranes, Marsh added, were "beyond repair".

Marsh said the board had ignored his memo.

Speaking to a trade magazine in June 2021, engineer Lena Frost said the crane rails were \
cracked.

Frost further noted that the ferry berth was sinking.
"""


def test_a_saying_that_goes_on_joins_its_speakers_dated_saying(library, tmp_path):
    """ "In a memo dated March 4, 2019, Marsh said …" ¶ "…, Marsh added, …" and "Frost said
    in June 2021 …" ¶ "Frost further noted …": more of the same memo and interview, on
    their days. A plain "Marsh said" after them may be today's: an entry of its own."""
    paragraphs = _entry_paragraphs(library, tmp_path / "harbour.txt", GOING_ON_STORY, "statement")
    assert paragraphs == [[0, 1], [2], [3, 4]]


TOLD_TWICE_STORY = """Ferry crew still missing
Friday, March 8, 2024

The search for the crew of the trawler Mira was called off in 2019.

Speaking at the time, Ada Kern told the Gazette she hoped the families would be told the truth.

She said: "We want to know what happened out there."

The coastguard has been accused of losing the logbook.
"""


def test_a_speech_verb_said_again_in_the_passive_after_it_still_speaks(library, tmp_path):
    """ "Kern told the Gazette … the families would be told …": Kern speaks (the passive
    "be told" after it is another clause's), and her next quote joins her statement; "has
    been accused" is no saying of the coastguard's."""
    paragraphs = _entry_paragraphs(library, tmp_path / "trawler.txt", TOLD_TWICE_STORY, "statement")
    assert [1, 2] in paragraphs and [3] in paragraphs


SENTENCING_STORY = """Two smugglers jailed
Thursday, March 14, 2024

Two tobacco smugglers have been handed jail sentences totalling ten years.

Ivo Brand, 38, of Dale Street, Harwick, was jailed for seven years after pleading guilty.

Brand's driver, Sam Orley, 45, was jailed for three years.

Both men were sentenced at Harwick Crown Court on Friday 8 March.
"""

ROUND_UP_STORY = """Court round-up
Thursday, March 14, 2024

Ann Vell, 52, of Mill Lane, was sentenced at Harwick Crown Court on Monday for fraud.

Tom Rusk, 29, of Quay Road, was jailed for two years for burglary.
"""


def test_a_sentencing_told_again_undated_joins_its_dated_report(library, tmp_path):
    """ "Two tobacco smugglers have been handed jail sentences", "Orley was jailed for three years"
    and, later, "Both men were sentenced … on Friday 8 March": one sentencing, one entry on
    its Friday. A round-up's "Rusk was jailed" is not Vell's sentencing of that Monday."""
    story = _entry_paragraphs(library, tmp_path / "smugglers.txt", SENTENCING_STORY, "legal")
    assert [0, 2, 3] in story
    dated = [e for e in library.timeline() if 3 in {s.paragraph for s in e.sources}]
    assert [e.date for e in dated] == ["2024-03-08"]
    round_up = _entry_paragraphs(library, tmp_path / "round-up.txt", ROUND_UP_STORY, "legal")
    assert [0] in round_up and [1] in round_up


FINDINGS_STORY = """Ferry firm wins lease case
Thursday, May 16, 2024

On Tuesday, the Harwick appeals court found that the port authority had broken its lease \
with the ferry firm.

The firm had paid rent on the berth for twelve years.

The court also found that the firm was owed two years of fees.

Divers found an old anchor near the berth on Tuesday.

Divers found a second anchor near the slipway.
"""


def test_what_a_court_also_found_is_its_ruling(library, tmp_path):
    """ "On Tuesday the appeals court found …" ¶ "The court also found …": another finding
    of the same ruling, one entry on its Tuesday. Divers who found an anchor that Tuesday
    are no court; their second find, not told as more of the first, stays apart."""
    paragraphs = _entry_paragraphs(library, tmp_path / "lease.txt", FINDINGS_STORY, "other")
    assert [-1, 0, 2] in paragraphs and [3] in paragraphs and [4] in paragraphs


APPROVAL_STORY = """Harbour budget passes
Tuesday, May 14, 2024

The Harwick council has approved a new budget for the harbour, the first in three years.

Councillors argued for hours over the cost of dredging the east channel.

Approval came on a 9-4 vote on Tuesday.

The council has adopted a new fishing quota for the bay.
"""


def test_a_happening_dated_by_its_noun_is_one_entry_with_its_verb(library, tmp_path):
    """ "The council has approved a new budget" ¶ "Approval came on a 9-4 vote on Tuesday":
    the noun names the approving, and "came" dates it: one entry on that Tuesday. The
    quota the council adopted is another happening."""
    _import_story(library, tmp_path / "budget.txt", APPROVAL_STORY)
    entries = [sorted(s.paragraph for s in e.sources) for e in library.timeline()]
    assert [0, 2] in entries and [3] in entries


STUDY_STORY = """Do cheaper fares fill the trains?
Monday, June 3, 2019

A 2011 study in the Review of Transport Economics, which also found a link, compared
ticket sales in forty cities.

The authors of the study, Mara Ilic and Tom Berger, estimated that a 10% fare cut raised
trips by 3%.

Rail minister Jonas Weber said the study was out of date.
"""


def test_the_authors_of_a_study_named_before_speak_for_the_study(library, tmp_path):
    """ "A 2011 study … compared …" ¶ "The authors of the study … estimated …": what its
    authors estimated is the study's, one entry on its 2011. A minister saying the study is
    out of date reacts to it now: his own entry."""
    _import_story(library, tmp_path / "fares.txt", STUDY_STORY)
    entries = library.timeline()
    [study] = [e for e in entries if 0 in {s.paragraph for s in e.sources}]
    assert sorted(s.paragraph for s in study.sources if s.paragraph >= 0) == [0, 1]
    assert study.date == "2011"
    assert any(2 in {s.paragraph for s in e.sources} and e is not study for e in entries)


BLOTTER_STORY = """Police blotter
Thursday, October 26, 2023

October 25: Casey Lane, 30, of Elmwood was arrested by Marlow officers on a theft charge.

Dan Hill, 41, of Ashby was arrested by Marlow officers on a fraud charge.
"""


def test_two_arrests_of_one_day_and_one_police_stay_two_entries(library, tmp_path):
    """Within one article the story's actors and verbs come back: a blotter's two arrests
    by the same police on the same day share an actor and the verb, not a happening."""
    _import_story(library, tmp_path / "blotter.txt", BLOTTER_STORY)
    arrests = [e for e in library.timeline() if "arrested" in e.summary]
    assert sorted(len(e.sources) for e in arrests) == [1, 1]


CRASH_STORY = (
    "County crash report\nSaturday, October 21, 2023\n\n"
    "A van driven by Ann Lee hit a deer on Friday on the county road and was hauled off "
    "the road. Another car skidded into a ditch. A deputy arrested the driver of a third car. "
    "The sheriff said the road was icy.\n\n"
    "The county closed the road for an hour on Friday.\n"
)


def test_a_sentence_that_tells_one_happening_with_two_verbs_is_one_entry(library, tmp_path):
    """ "hit a deer on Friday … and was hauled off the road": the sentence's second,
    untyped verb of that day is the crash's entry; the next sentence's skid (another
    happening of the day), an arrest and the sheriff's saying stay entries of their own,
    and so does another paragraph's Friday."""
    _import_story(library, tmp_path / "crash.txt", CRASH_STORY)
    entries = library.timeline()
    crash = [e for e in entries if "hit a deer" in e.summary or "hauled" in e.summary]
    assert len(crash) == 1 and len(crash[0].sources) == 1
    assert len([e for e in entries if "skidded" in e.summary]) == 1
    assert [e.type for e in entries if "arrested" in e.summary] == ["legal"]
    assert [e.type for e in entries if "icy" in e.summary] == ["statement"]
    assert [e.date for e in entries if "closed the road" in e.summary] == ["2023-10-20"]


ACCUSED_STORY = (
    "Minister accused over messages\nThursday, November 9, 2023\n\n"
    "Ana Ortiz has been accused of misleading parliament over lost messages.\n\n"
    "Ortiz said the panel first wanted the messages in June.\n\n"
    + "".join(f"The inquiry heard witness number {n} in the capital.\n\n" for n in range(12))
    + "Ortiz said her aides would hand over their phones.\n"
)


def test_a_passive_saying_and_a_far_quote_are_not_the_speakers_statement(library, tmp_path):
    """ "Ortiz has been accused of misleading parliament" is said of her, not by her: not
    her statement; and a saying of hers a dozen paragraphs on, about something else, is
    another statement of the day, not a further quote of the first. (The headline restates
    the accusation: that entry cites it too.)"""
    cited = _entry_paragraphs(library, tmp_path / "accused.txt", ACCUSED_STORY, "statement")
    assert cited == [[-1, 0], [1], [14]]
    said = [e for e in library.timeline() if e.type == "statement"]
    assert any("first wanted" in e.summary for e in said)
    assert any("phones" in e.summary for e in said)


RANGER_STORY = """Surfer bitten by shark
Monday, December 29, 2014

A surfer was bitten by a shark off the coast on Sunday.

State Park Ranger Supervisor Ann Colby said the attack happened at about 10 a.m.

The beach will stay closed for five days, Colby said. She noted that sharks often feed near
the reef.
"""


def test_a_speaker_named_with_a_job_title_is_one_statement_with_her_surname(library, tmp_path):
    """ "State Park Ranger Supervisor Ann Colby said …" and later "…, Colby said. She noted
    …": the title is no part of the name, so the surname and "she" are Ann Colby and her
    quotes one statement."""
    _import_story(library, tmp_path / "shark.txt", RANGER_STORY)
    said = [e for e in library.timeline() if e.type == "statement"]
    assert [(e.actors[0], len(e.sources)) for e in said] == [("Ann Colby", 3)]


REACTIONS_STORY = """Singer shares new photos
Wednesday, November 8, 2023

Singer Mara Lind shared new photos from her tour on Monday.

"I feel strong and I am happy with my work," Lind said.

One reader wrote that Lind had lost too much weight.

Lind said she would rest before the next tour.
"""


def test_a_saying_of_someone_unnamed_about_a_speaker_is_not_her_statement(library, tmp_path):
    """ "One reader wrote that Lind had lost too much weight": a reader speaks, not Lind,
    though the saying names only her; her two quotes are one statement, the reader's
    comment another entry."""
    sources = _entry_paragraphs(library, tmp_path / "photos.txt", REACTIONS_STORY, "statement")
    assert sources == [[1, 3], [2]]


RENTS_STORY = """Charities face rising rents
Monday, March 5, 2018

The county board cut the arts budget on Friday.

Vera Lind also made it known that she had long fretted over her height.

Even small charities like the Harbor Fund have noticed the steep rise of rents and argued
that the cost of office space brings higher fees for donors.

Deputies requested help from a police dog unit which alerted to the smell of fuel.

Images of the flooded streets were shown on television and kin of the lost sailors already
gathered in a hall at Hatton wept quietly.
"""


def test_two_verbs_a_sentence_shows_as_one_line_are_one_entry(library, tmp_path):
    """ "made it known that she had long fretted": the fretting, only bounded (before
    publication), reads as the same line as the making known, guessed at the story's day,
    whether told after it or before it ("have noticed … and argued"), and whatever its type
    ("gathered", a meeting): one entry each. A verb its line tells apart ("…a dog unit
    which alerted to the smell") stays an entry of its own."""
    _import_story(library, tmp_path / "rents.txt", RENTS_STORY)
    entries = library.timeline()
    for words in ("fretted over her height", "rise of rents", "wept quietly"):
        told = [e for e in entries if any(words in s.text for s in e.sources)]
        # (the sentence cited once, though two of its events are the entry's)
        assert [(e.dating, len(e.sources)) for e in told] == [("inferred", 1)]
    dogs = [e for e in entries if any("dog unit" in s.text for s in e.sources)]
    assert sorted(e.dating for e in dogs) == ["before", "inferred"]


MEMOIR_STORY = """The mayor's filmmaker looks back
Monday, March 5, 2018

The former mayor of Caldport is the subject of a well-known film: 1994's Harbour Lights. It
made a small-town mayor famous far beyond his port. The film was shot by Ines Varga, then a
student from Orlby. Varga had spent two years trailing the former mayor and portrayed him in
the film as a restless builder of piers. The film won a prize for Varga, but she later said
she had found the mayor hard to like.
"""


def test_two_bounded_verbs_a_sentence_shows_as_one_line_are_one_entry(library, tmp_path):
    """ "had spent two years trailing the former mayor and portrayed him in the film": the
    trailing is before the film's 1994, the portraying only before publication, and both
    show the same line: one entry, under the tighter bound."""
    _import_story(library, tmp_path / "memoir.txt", MEMOIR_STORY)
    told = [
        e
        for e in library.timeline()
        if any("trailing the former mayor" in s.text for s in e.sources)
    ]
    assert [(e.dating, e.end) for e in told] == [("before", "1994-12-31")]


MARKETS_STORY = """Markets in review
Monday, March 5, 2018

With the 1987 market crash and the long slump, the old doctrine of free markets lost its
hold on the party.

It is worth putting the 1987 market crash into some perspective.

Deregulation of brokers brought the sudden crash of 1987 in less than a decade.

A winter storm brought a crash of two trains near Dover in 1987.
"""


def test_a_verb_whose_object_points_back_at_a_happening_retells_it(library, tmp_path):
    """ "brought the sudden crash of 1987": the verb is not the happening's, but its object
    points back at the crash told before, on the same date: one entry. "brought a crash of
    two trains" that year points back at nothing: another crash."""
    _import_story(library, tmp_path / "markets.txt", MARKETS_STORY)
    crashes = [e for e in library.timeline() if e.type == "accident"]
    told = sorted(sorted(s.paragraph for s in e.sources) for e in crashes)
    assert told == [[0, 1, 2], [3]]


FARES_STORY = """Bus fares debated
Monday, March 5, 2018

The council cut bus fares in January.

Professor of transport economics Vera Lind told the Morning Hour radio show, “Cutting the
fares was the right call.”

The Harlow University expert continued, “Twice as many people ride the buses now, and the
roads are calmer.”

A rider on the number 9 route continued, “The buses are always full now.”
"""


def test_a_description_of_the_last_speaker_going_on_is_their_statement(library, tmp_path):
    """ "The Harlow University expert continued, …" after Lind's quote describes her (the
    university it names is no speaker of its own): one statement. "A rider … continued"
    brings in someone else: a statement of its own."""
    cited = _entry_paragraphs(library, tmp_path / "fares.txt", FARES_STORY, "statement")
    assert cited == [[1, 2], [3]]


HIKERS_STORY = (
    "Storm on the coast\nFriday, March 8, 2024\n\n"
    "As the station noted, volunteers found two lost dogs near the dunes on Friday.\n\n"
    "Ines Varga said on Friday that the last bus left the valley on Thursday.\n"
)


def test_a_saying_and_an_untyped_verb_of_one_sentence_and_day_are_one_entry(library, tmp_path):
    """ "As the station noted, volunteers found two lost dogs near the dunes": the noting
    and the finding, one sentence of one day, are one entry citing it once; a saying and a
    verb of another day ("said on Friday that the last bus left … on Thursday") stay two."""
    _import_story(library, tmp_path / "hikers.txt", HIKERS_STORY)
    entries = library.timeline()
    hikers = [e for e in entries if any("lost dogs" in s.text for s in e.sources)]
    assert len(hikers) == 1 and len(hikers[0].sources) == 1
    assert hikers[0].date == "2024-03-08"
    bus = [e for e in entries if any("last bus" in s.text for s in e.sources)]
    assert sorted(e.date for e in bus) == ["2024-03-07", "2024-03-08"]


MILL_STORY = (
    "Town loses its last mill\nFriday, June 14, 2024\n\n"
    "The old paper mill at Corran closed in March 2019, union officials said.\n\n"
    "Miners returned to the pit in April 2022, foreman Ilse Brandt said. "
    "\u201cWe had waited three years,\u201d Brandt added.\n\n"
    "Tenants argued that the new rents were a breach of a lease agreed in 1998.\n\n"
    "Mayor Odin Ruiz said the new bridge will open in August.\n"
)


def test_a_saying_of_no_day_joins_the_dated_happening_it_tells(library, tmp_path):
    """ "The old paper mill … closed in March 2019, union officials said": the saying, only
    guessed at the story's day, adds who told the closing: one entry, in March 2019. The
    foreman's saying of the miners' return heads her added quote: her statement stays. The
    tenants told of a breach, not of the agreeing in 1998, and "… will open in August" is
    later than the saying: both stay sayings of the story's day."""
    _import_story(library, tmp_path / "mill.txt", MILL_STORY)
    entries = library.timeline()

    def citing(words: str) -> list:
        return [(e.date, e.type) for e in entries if any(words in s.text for s in e.sources)]

    assert [date for date, _type in citing("paper mill")] == ["2019-03"]
    assert ("2024-06-14", "statement") in citing("returned to the pit")
    assert citing("waited three years") == [("2024-06-14", "statement")]
    assert ("2024-06-14", "statement") in citing("lease agreed")
    assert ("2024-06-14", "statement") in citing("new bridge")


def test_a_saying_in_a_clause_of_its_own_is_told_apart():
    """ "… was taken to a clinic and her coach said she was well": the saying has
    its own clause and subject, about something else than the taking; "As the station
    noted, volunteers found …" tells the finding it notes."""
    from types import SimpleNamespace

    from dateline.store.db.statements import _said_apart

    own = "One skier was taken to a clinic and her coach said she was well."
    taken = SimpleNamespace(sentence=own, trigger="taken")
    said = SimpleNamespace(sentence=own, trigger="said")
    assert _said_apart(taken, said)
    told = "As the station noted, volunteers found two lost dogs near the dunes."
    found = SimpleNamespace(sentence=told, trigger="found")
    reported = SimpleNamespace(sentence=told, trigger="noted")
    assert not _said_apart(found, reported)


ADDRESS_STORY = (
    "Flood warning for the valley\nMonday, April 15, 2024\n\n"
    "Premier Ruth Alder has urged residents to stay indoors as the river keeps rising.\n\n"
    '"The next days will be hard for all of us," Alder said in a radio address on '
    "Sunday.\n\n"
    "On Saturday, Alder said the old dam was safe.\n"
)


def test_a_saying_summed_up_and_quoted_with_its_day_is_one_entry(library, tmp_path):
    """ "Alder has urged residents …" (read at the story's day) ¶ "…," Alder said in a
    radio address on Sunday: one address, one entry on the Sunday. Her saying of
    Saturday, dated in the text too, is another occasion."""
    _import_story(library, tmp_path / "flood.txt", ADDRESS_STORY)
    entries = [e for e in library.timeline() if e.type == "statement"]
    address = [e for e in entries if any("urged" in s.text for s in e.sources)]
    assert len(address) == 1 and address[0].date == "2024-04-14"
    assert any("radio" in s.text for s in address[0].sources)
    assert [e.date for e in entries if "dam" in e.summary] == ["2024-04-13"]


SHAKES_STORY = (
    "Gym chain sued over diet shakes\nTuesday, May 7, 2024\n\n"
    "A former member, Dana Holt, said the shakes made her ill.\n\n"
    'Its statement claimed, "Ms. Holt used the shakes for only two weeks."\n\n'
    'The chain\'s statement asserted, "We will fight these claims in court."\n\n'
    '"The claims are baseless," said Omar Reyes, a lawyer for the chain.\n\n'
    "Norvia's statement said the shakes were safe.\n\n"
    "Pellogen's statement said the shakes were never tested.\n"
)


def test_a_written_statement_quoted_as_the_subject_again_is_one_entry(library, tmp_path):
    """ "Its statement claimed …" ¶ "The chain's statement asserted …": one written
    statement quoted twice, one entry; the member's saying before it, the lawyer's after
    it and the statements of two bodies named ("Norvia's", "Pellogen's") stay entries of
    their own."""
    _import_story(library, tmp_path / "shakes.txt", SHAKES_STORY)
    entries = [e for e in library.timeline() if e.type == "statement"]
    assert sorted(len(e.sources) for e in entries) == [1, 1, 1, 1, 2]
    both = next(e for e in entries if len(e.sources) == 2)
    assert all("statement" in s.text for s in both.sources)


POLICE_LOG = (
    "Harlan County police log\nFriday, March 8, 2024\n\n"
    "March 4: CRASH – A pickup driven by Owen Tate was northbound on Mill Road near Pine "
    "Street when a moose stepped onto the road. The pickup could not stop in time and struck "
    "the moose. The pickup was towed from the scene.\n\n"
    "March 5: ARRESTS – Lena Ruiz, 41, Dover, was arrested for shoplifting. A van was stolen "
    "from a lot on Birch Lane. The thief fled on foot.\n"
)


def test_what_became_of_a_happenings_thing_is_one_entry(library, tmp_path):
    """A log's crash told sentence after sentence ("A pickup … was northbound … when a
    moose stepped onto the road. The pickup … struck the moose. The pickup was towed"): one
    entry. The arrest, the theft of "a van" (brought in anew) and the thief's flight (no
    thing of the sentence before taken up) stay entries of their own."""
    _import_story(library, tmp_path / "log.txt", POLICE_LOG)
    entries = library.timeline()
    crash = [e for e in entries if e.date == "2024-03-04"]
    assert len(crash) == 1 and len(crash[0].sources) == 3
    assert sorted(len(e.sources) for e in entries if e.date == "2024-03-05") == [1, 1, 1]


BRIGADE_STORY = (
    "Border town mourns\nTuesday, October 15, 2024\n\n"
    "Talks on the border resumed on Monday, a week after the October 9 attack by the Kerr "
    "Brigade on the town of Lusa.\n\n"
    "The mayor of Lusa said the town would rebuild the market.\n\n"
    "Officials say the Kerr Brigade killed 40 people in Lusa on October 9 and took 12 "
    "hostages.\n\n"
    "Two men were killed in two separate shootings in Dorne on October 12. Gunmen attacked a bus "
    "near Dorne on October 12.\n"
)


def test_the_killing_an_attack_was_is_the_attacks_entry(library, tmp_path):
    """ "The October 9 attack by the Kerr Brigade" and "the Kerr Brigade killed 40 people
    … on October 9": one happening told by two types, one entry. "Two men were killed in
    two separate shootings" names no one the bus attack of its day names: two entries."""
    _import_story(library, tmp_path / "brigade.txt", BRIGADE_STORY)
    entries = library.timeline()
    attack = [e for e in entries if e.start == "2024-10-09"]
    assert len(attack) == 1 and len(attack[0].sources) == 2
    assert sorted(e.type for e in entries if e.start == "2024-10-12") == ["attack", "death"]


SPOKESWOMAN_STORY = (
    "Ferry fares to rise in spring\nTuesday, October 8, 2024\n\n"
    "The transport ministry said on Tuesday that ferry fares would rise by 12 percent in "
    "April.\n\n"
    "Its spokeswoman, Ana Ruiz, added that discounts for students would stay.\n\n"
    '"We cannot run the ships at a loss," Ruiz said.\n\n'
    "Harbour workers said the rise was unfair.\n"
)


def test_a_spokeswoman_going_on_with_her_bodys_statement_stays_on(library, tmp_path):
    """ "The ministry said on Tuesday …" ¶ "Its spokeswoman, Ana Ruiz, added …" ¶ "“…,”
    Ruiz said": her first saying goes on with the ministry's statement, and so does her
    next; the harbour workers' saying is another statement."""
    _import_story(library, tmp_path / "ferry.txt", SPOKESWOMAN_STORY)
    entries = [e for e in library.timeline() if e.type == "statement"]
    assert sorted(len(e.sources) for e in entries) == [1, 4]


JET_STORY = (
    "Ferry lost in the Bothnian Gulf\nTuesday, October 8, 2024\n\n"
    "Rescuers searched the gulf on Tuesday for the missing ferry Arla.\n\n"
    "A Vela Air jet crashed off the same coast in June 1994. That crash killed all 95 on "
    "board the plane from Umstad to Kiro.\n\n"
    "A storm hit the coast of Narva in March 2019. The fire killed two crew members at the "
    "harbour.\n"
)


def test_what_a_happening_did_told_next_is_its_entry(library, tmp_path):
    """ "That crash killed all 95 on board", right after the jet's crash of June 1994: the
    crash's deaths, one entry with it. "The fire killed two" after the storm tells of a fire
    the storm's sentence never named: an entry of its own."""
    _import_story(library, tmp_path / "jet.txt", JET_STORY)
    entries = library.timeline()
    crash = [e for e in entries if e.start and e.start.startswith("1994")]
    assert len(crash) == 1 and len(crash[0].sources) == 2
    assert sorted(len(e.sources) for e in entries if e.start.startswith("2019")) == [1, 1]


_SEARCH_LOG = "".join(f"Crews searched grid {k} of the bay.\n\n" for k in range(1, 13))
SALVAGE_LIVE = (
    "Trawler lost off Keel Head: live\nWednesday, June 12, 2024\n\n"
    '"The hull held until the very last wave struck it," said Ada Kerr, a salvage expert at '
    "Brant Marine.\n\n"
    + _SEARCH_LOG
    + '"We will bring the nets up next," Ada Kerr said.\n\n'
    + _SEARCH_LOG
    + '"The hull held until the very last wave struck it," Ada Kerr, a salvage expert at Brant '
    "Marine, said on Wednesday.\n"
)


def test_a_quote_told_again_far_on_is_one_saying(library, tmp_path):
    """A live page quotes the salvage expert's line at the top and again, word for word,
    26 paragraphs on: one saying, one entry, of the day the text gives. Her other line,
    thirteen paragraphs from either, is another statement."""
    _import_story(library, tmp_path / "salvage.txt", SALVAGE_LIVE)
    entries = [e for e in library.timeline() if e.type == "statement"]
    assert sorted(len(e.sources) for e in entries) == [1, 2]
    hull = next(e for e in entries if len(e.sources) == 2)
    assert hull.date == "2024-06-12" and all("hull" in s.text for s in hull.sources)


_KILN_LOG = "".join(f"The kiln in shed {k} was fired twice a week.\n\n" for k in range(1, 13))
POTTERY_FEATURE = (
    "The potter of Wick Lane\nThursday, September 5, 2024\n\n"
    '"Clay keeps you honest," says Mara Voss, who runs the workshop.\n\n'
    + _KILN_LOG
    + '"I still break one pot in ten," Voss says.\n\n'
    '"The guild will vote on the fees," said Ivo Brandt, its treasurer.\n\n'
    + _KILN_LOG
    + '"The vote is set for the spring," Brandt said.\n'
)


def test_a_features_present_sayings_far_apart_are_one_interview(library, tmp_path):
    """A feature quotes its subject in the present ("…," says Mara Voss; "…," Voss says)
    thirteen paragraphs apart: the one interview the story was written from, one entry.
    Sayings in the past as far apart ("…," said Ivo Brandt; "…," Brandt said) may be two
    occasions and stay two entries."""
    _import_story(library, tmp_path / "potter.txt", POTTERY_FEATURE)
    entries = [e for e in library.timeline() if e.type == "statement"]
    voss = [e for e in entries if any("Voss" in s.text for s in e.sources)]
    assert len(voss) == 1 and len(voss[0].sources) == 2
    assert len([e for e in entries if any("Brandt" in s.text for s in e.sources)]) == 2


FERRY_SEASON_STORY = """Ferry line faces a hard winter
Monday, March 5, 2018

The Harwick ferry line had a weak season as fuel costs rose, analysts said.

The board met for six hours.

Several members pressed the chief on the timetable.

While analysts told the Gazette that the line could still turn a profit, no one expected the
fares to fall.
"""


def test_a_bare_plural_speaker_after_a_subordinator_is_quoted_again(library, tmp_path):
    """ "…, analysts said" and, three paragraphs on, "While analysts told the Gazette that
    …": the bare plural opens its clause after "while" as it would after a comma, so it
    names the same speakers quoted again that day: one statement, one entry."""
    sources = _entry_paragraphs(library, tmp_path / "ferry.txt", FERRY_SEASON_STORY, "statement")
    assert sources == [[0, 3]]


OCCASION_STORY = """Mayoral rivals clash over bus fares
Thursday, May 16, 2024

"Nobody rides the night buses," Rosa Quint said on the stage.

"Fares have doubled under this council," Tom Bale said.

Later in the debate, Bale said the depots should be sold.

Later, outside the hall, Bale said he had won the argument on fares.

"She never answered me," he said.

Quint told reporters afterwards that the debate had been fair.
"""


def test_a_saying_of_a_later_occasion_starts_another_statement(library, tmp_path):
    """ "Later, outside the hall, Bale said …" opens another occasion than his
    sayings on the stage: another statement, which his next quote goes on with; "Later in
    the debate" is the same one. "Quint told reporters afterwards" is not her saying on the
    stage either."""
    paragraphs = _entry_paragraphs(library, tmp_path / "fares.txt", OCCASION_STORY, "statement")
    assert paragraphs == [[0], [1, 2], [3, 4], [5]]


PANEL_STORY = """Monitors warn of hunger in river towns
Friday, March 8, 2024

Floods cut the roads to the river towns of Dorna on Tuesday.

A panel of independent European Union monitors warned that the towns could run out of food.

"Open the bridges now. The towns cannot wait," the panel of E.U. observers said in a statement.

Farmers in Dorna said the harvest was lost.
"""


def test_a_panel_of_monitors_taken_up_as_the_panel_of_observers_is_one_statement(library, tmp_path):
    """ "A panel of E.U. monitors warned …" ¶ "…," the panel of E.U. observers said': the
    panel introduced, then taken up by "the", in the next paragraph: one statement, whatever
    words each uses for who sits on it."""
    paragraphs = _entry_paragraphs(library, tmp_path / "dorna.txt", PANEL_STORY, "statement")
    assert any({1, 2} <= set(p) for p in paragraphs)
    assert [3] in paragraphs


DESCRIBED_SPEAKER_STORY = (
    "Fire guts bakery in Dorne\nSaturday, June 8, 2024\n\n"
    "Fire destroyed the Lumo bakery in Dorne on Friday.\n\n"
    "On Friday, the founder of the Lumo chain, the largest bakery group in the valley, spoke "
    'about the loss of the shop. "We lost everything, but nobody was hurt," Ida Berg said.\n\n'
    'The mayor of Dorne spoke at the site on Friday. "It was a shock," said Ed Ruiz, a '
    "neighbour.\n"
)


def test_a_speaker_described_then_named_in_the_next_quote_is_one_statement(library, tmp_path):
    """ "On Friday, the founder of the Lumo chain … spoke about the loss." "“…,” Ida Berg
    said.": the quote names who the sentence before described, in the same paragraph: one
    statement. A name brought in as someone else ("said Ed Ruiz, a neighbour") after "The
    mayor … spoke" is another speaker."""
    _import_story(library, tmp_path / "dorne.txt", DESCRIBED_SPEAKER_STORY)
    said = [e for e in library.timeline() if e.type == "statement"]
    texts = [[s.text[:12] for s in e.sources] for e in said]
    assert any(len(t) == 2 and "On Friday, t" in t for t in texts)
    assert not any("The mayor of" in t and len(t) > 1 for t in texts)


WRITER_STORY = """Varno police short of night patrols
Tuesday, October 6, 2020

Sgt. Ida Holm sent a letter of protest over the cuts to the Varno town board.

Holm claimed the board had ignored the night patrols for years.

Tom Reel sent a letter to the town paper in 2010.

Reel said the town had changed since then.
"""


def test_a_writers_first_saying_after_her_letter_is_the_letters(library, tmp_path):
    """ "Sgt. Ida Holm sent a letter of protest …" ¶ "Holm claimed …": what she claims
    there, on the letter's day, is the letter's: one entry. Reel's saying after his letter of
    2010 is of another day than that letter: apart."""
    _import_story(library, tmp_path / "holm.txt", WRITER_STORY)
    entries = [sorted(s.paragraph for s in e.sources) for e in library.timeline()]
    assert [0, 1] in entries
    assert not any(2 in p and 3 in p for p in entries)


def test_a_name_brought_in_as_someone_else_is_found_as_a_word(library, tmp_path):
    """ "“It was a shock in Ruizton,” said Ed Ruiz, a neighbour.": the apposition that makes
    him someone else than the mayor described before follows his surname, not the town's
    name that holds it ("Ruizton"): two speakers, two entries."""
    story = DESCRIBED_SPEAKER_STORY.replace("It was a shock,", "It was a shock in Ruizton,")
    _import_story(library, tmp_path / "ruizton.txt", story)
    said = [e for e in library.timeline() if e.type == "statement"]
    texts = [[s.text[:12] for s in e.sources] for e in said]
    assert not any("The mayor of" in t and len(t) > 1 for t in texts)


def test_a_sentence_clipped_two_ways_is_one_entry():
    """One sentence's two reports whose lines are cut from it at other points ("Reporters
    learnt that the hunter had reached Sandy Point where he left his truck near a hut…",
    bounded, and "…the hunter had reached Sandy Point where he left his truck near a hut
    the guides rent", guessed) show the reader the same words twice: the bounded one
    joins the guessed one. A line of other words from that sentence stays apart."""
    from types import SimpleNamespace

    from dateline.store.db.statements import SentenceLines

    sentence = (
        "Reporters learnt that the hunter had reached Sandy Point where he left his truck near "
        "a hut the guides rent, who are now held by police."
    )

    def told(rid, dating, summary):
        return SimpleNamespace(
            id=rid, article_id=1, paragraph=3, sentence=sentence, summary=summary,
            dating=dating, end="2022-05-03", cluster=rid,
        )  # fmt: skip

    guessed = told(1, "inferred", "…the hunter had reached Sandy Point where he left his "
                   "truck near a hut the guides rent")  # fmt: skip
    clipped = told(2, "before", "Reporters learnt that the hunter had reached Sandy Point "
                   "where he left his truck near a hut…")  # fmt: skip
    other = told(3, "before", "…the guides who are now held by police.")
    lines = SentenceLines([guessed, clipped, other])
    assert lines.told_by(clipped) is guessed
    assert lines.told_by(other) is None

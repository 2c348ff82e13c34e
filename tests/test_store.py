"""Store round trip, idempotent re-import, per-article transactions and failure reports."""

from __future__ import annotations

from conftest import SEED_ARTICLE, SEEDS

from store.library import Library

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
    (folder / "ok.txt").write_text(ARTICLE.replace("cars", "bikes"), encoding="utf-8")
    report = library.import_paths([folder, tmp_path / "missing.txt"])
    reasons = {r.path.rsplit("/", 1)[-1]: r.reason for r in report.failed}
    assert set(reasons) == {"empty.txt", "binary.txt", "missing.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "no such" in reasons["missing.txt"]
    # Invalid UTF-8 is kept (bad bytes replaced) with a warning that names the file.
    assert any("latin1.txt" in w and "UTF-8" in w for w in map(str, report.warnings))
    assert len(library.articles()) == 3


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
    from store.queries import TimelineFilter

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
        assert conn.execute("SELECT value FROM dateline_meta").fetchone() == ("2",)


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
    from store.queries import TimelineFilter

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
    from store.queries import PAGE_SOURCES

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
    from store import queries
    from store.queries import TimelineFilter

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


def _window_filters(library):
    """Filters that exercise every plan of the timeline queries, over the seeds plus an
    undated article (so both phases of the timeline order are present)."""
    from store.queries import TimelineFilter

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
    from store.queries import starting_at

    _seeds_and_undated(library, tmp_path)
    whole = library.timeline()
    for i in (0, 1, len(whole) // 2, len(whole) - 3, len(whole) - 1):
        page, _ = library.timeline_page(None, starting_at(whole[i].key), limit=3)
        assert [e.id for e in page] == [e.id for e in whole[i : i + 3]]


def test_date_steps_find_the_first_entry_of_the_neighbouring_date(library, tmp_path):
    _seeds_and_undated(library, tmp_path)
    for f in _window_filters(library):
        whole = library.timeline(f.article_id, f.entity, f.type, f.since, f.until)
        dates = list(dict.fromkeys(e.key[:2] for e in whole))
        first_of = {}
        for e in whole:
            first_of.setdefault(e.key[:2], e.key)
        for e in whole[:: max(1, len(whole) // 25)] + whole[-2:]:
            at = dates.index(e.key[:2])
            after = first_of[dates[at + 1]] if at + 1 < len(dates) else None
            before = first_of[dates[at - 1]] if at > 0 else None
            assert library.timeline_date_step(f, e.key, 1) == after, (f, e.key)
            assert library.timeline_date_step(f, e.key, -1) == before, (f, e.key)


def test_timeline_key_locates_an_events_entry(library, tmp_path):
    from store.queries import TimelineFilter

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


def test_a_window_opens_at_a_key(library, tmp_path):
    _seeds_and_undated(library, tmp_path)
    for f in _window_filters(library)[:3]:
        whole = library.timeline(f.article_id, f.entity, f.type, f.since, f.until)
        for i in (0, 2, len(whole) // 2, len(whole) - 1):
            entries, at, more_before, more_after = library.timeline_window(f, whole[i].key, 3, 4)
            assert [e.id for e in entries] == [e.id for e in whole[max(0, i - 3) : i + 4]]
            assert entries[at].id == whole[i].id
            assert more_before == (i >= 3) and more_after == (i + 4 <= len(whole))

"""The reader's search: ranked hits stepped with n/N, matches marked in the text, bad
syntax as a message, Esc, and the search index (incremental, a LIKE fallback, PostgreSQL)."""

from __future__ import annotations

import pytest
from conftest import READER_ARTICLES, article_id, notices, settle, type_prompt, write_articles

from dateline.store.db import search
from dateline.store.library import Library
from dateline.tui.app import DatelineApp
from dateline.tui.widgets.article_text import MATCH_STYLE


async def test_search_ranks_highlights_and_steps_hits(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await type_prompt(pilot, "slash", "protested")
        assert app.hits and all(h.article in {r.id for r in app.rows} for h in app.hits)
        assert {r.id for r in app.articles_pane.rows} == {h.article for h in app.hits}
        assert len(app.articles_pane.rows) < len(app.rows), "the list shows matching articles"
        first = app.hits[0]
        assert app.article_id == first.article
        paragraph_hit = next(h for h in app.hits if h.kind == "paragraph")
        await pilot.press(*["n"] * app.hits.index(paragraph_hit))
        await pilot.pause()
        block = app.text_pane.blocks[paragraph_hit.paragraph]
        marked = [
            block.content.plain[s.start : s.end]
            for s in block.content.spans
            if s.style == MATCH_STYLE
        ]
        assert marked and all(m.lower().startswith("protest") for m in marked)
        assert "hit" in str(app.query_one("#status").render())
        position = app.hit_index
        await pilot.press("n")
        await pilot.press("N")
        assert app.hit_index == position
        await pilot.press("escape")
        assert app.hits == [] and app.query == ""
        assert len(app.articles_pane.rows) == len(app.rows)
        assert not any(b.matches for b in app.text_pane.blocks.values()), "no match stays marked"
        assert not app.query_one("#status").display


async def test_bad_search_syntax_is_a_message(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_prompt(pilot, "slash", '"unbalanced')
        assert app.is_running and app.hits == []
        assert any("Cannot search" in n for n in notices(app))
        await type_prompt(pilot, "slash", "zeppelin")
        assert app.hits == []
        assert "no matches" in str(app.query_one("#status").render())


async def test_escape_cancels_the_prompt(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "q")  # typed into the prompt: does not quit
        assert app.prompt.display and app.prompt.value == "q"
        await pilot.press("escape")
        assert not app.prompt.display and app.is_running
        assert app.focused is app.articles_pane


def test_search_index_is_incremental_and_has_a_fallback(reader_library: Library, tmp_path) -> None:
    search.ensure_index(reader_library.engine)
    assert search.ensure_index(reader_library.engine) == 0, "nothing changed: nothing re-indexed"
    calm = {"extra": READER_ARTICLES["quiet"].replace("Quiet", "Calm")}
    reader_library.import_paths(write_articles(tmp_path / "more", calm))
    assert search.ensure_index(reader_library.engine) == 1
    hits = search.search(reader_library.engine, "calm")
    assert hits and hits[0].kind == "title"
    assert [hits[0].text[s:e] for s, e in hits[0].spans] == ["Calm"]
    like = search._like_search(reader_library.engine, "bridge", 50)
    assert like and all("bridge" in h.text.lower() for h in like)
    assert all(h.text[s:e].lower() == "bridge" for h in like for s, e in h.spans)
    with pytest.raises(search.SearchError):
        search.search(reader_library.engine, "AND")


def test_search_on_postgresql(tmp_path) -> None:
    """The same search contract on PostgreSQL (its own tsvector index, see store.search_pg)."""
    import os

    url = os.environ.get("DATELINE_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server (DATELINE_TEST_PG unset; .ci/run starts one)")
    from conftest import _fresh_postgres

    _fresh_postgres(url)
    lib = Library(url)
    try:
        lib.import_paths(write_articles(tmp_path / "articles", READER_ARTICLES))
        assert search.ensure_index(lib.engine) == len(READER_ARTICLES)
        assert search.ensure_index(lib.engine) == 0
        hits = search.search(lib.engine, "sued")
        assert hits and hits[0].article == article_id(lib, "bridge")
        hit = next(h for h in hits if h.kind == "paragraph")
        assert [hit.text[s:e].lower() for s, e in hit.spans] == ["sued"]
    finally:
        lib.close()

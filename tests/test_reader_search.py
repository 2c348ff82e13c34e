"""The reader's search: ranked hits stepped with n/N, matches marked in the text, bad
syntax as a message, Esc, and the search index (incremental, a LIKE fallback, PostgreSQL)."""

from __future__ import annotations

import pytest
from conftest import (
    PG_URL,
    READER_ARTICLES,
    _fresh_postgres,
    article_id,
    notices,
    settle,
    type_prompt,
    write_articles,
)

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


async def test_typed_words_search_and_a_query_that_cannot_match_says_why(
    reader_library: Library,
) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_prompt(pilot, "slash", '"old bridge')  # an unclosed quote: still a phrase
        assert app.hits and app.hits[0].article == article_id(reader_library, "bridge")
        await type_prompt(pilot, "slash", "NOT bridge")
        assert app.is_running and app.hits == []
        said = " ".join(notices(app))
        assert "Nothing to look for" in said and "fts5" not in said and "syntax" not in said
        await type_prompt(pilot, "slash", "zeppelin")
        assert app.hits == []
        assert "no matches" in str(app.query_one("#status").render())


TYPED = {
    "harbour": """Harbour co-founder's plan wins

Monday, March 5, 2018

Mara O'Neil, the harbour's co-founder, unveiled the plan on May 2, 2016.

The fishing fleet protested outside the harbour office.
""",
    "fleet": """Fleet returns to port

Tuesday, March 6, 2018

The fishing fleet returned to the old port after the storm.
""",
}


def _found(lib: Library, typed: str) -> set[str]:
    """The first word of the title of each article a search finds."""
    titles = {row.id: row.title for row in lib.articles()}
    return {titles[h.article].split()[0] for h in lib.search(typed)}


def test_search_takes_what_people_type(library: Library, tmp_path) -> None:
    """Apostrophes, hyphens, phrases, exclusions, OR and prefixes, on every engine; the
    words never reach the engine as syntax."""
    library.import_paths(write_articles(tmp_path / "typed", TYPED))
    library.update_search_index()
    assert _found(library, "O'Neil") == {"Harbour"}
    assert _found(library, "co-founder") == {"Harbour"}
    assert _found(library, "harbour's") == {"Harbour"}
    assert _found(library, '"fishing fleet"') == {"Harbour", "Fleet"}
    assert _found(library, '"fishing fleet" -harbour') == {"Fleet"}
    assert _found(library, '"fishing fleet" NOT harbour') == {"Fleet"}
    assert _found(library, "storm OR unveiled") == {"Harbour", "Fleet"}
    assert _found(library, "unveil*") == {"Harbour"}
    assert _found(library, "port*") == {"Fleet"}
    assert _found(library, "fleet AND storm") == {"Fleet"}
    for typed in ("NEAR(fleet storm)", "fleet:storm", "^fleet", "fleet)", "{kind}: x", "'x'"):
        library.search(typed)  # FTS5 and tsquery syntax is read as words, never an error
    for typed in ("NOT fleet", "-fleet", "'''", "--"):
        with pytest.raises(search.SearchError, match="Nothing to look for"):
            library.search(typed)


def test_the_like_fallback_reads_the_same_query(library: Library, tmp_path) -> None:
    library.import_paths(write_articles(tmp_path / "typed", TYPED))
    hits = search._like_search(library.engine, '"fishing fleet" -harbour', 50)
    assert {h.article for h in hits} == {article_id(library, "Fleet")}
    assert all(h.text[s:e].lower() in {"fishing", "fleet"} for h in hits for s, e in h.spans)
    assert search._like_search(library.engine, "100%_x", 50) == []


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
    if not PG_URL:
        pytest.skip("no PostgreSQL server (DATELINE_TEST_PG unset; .ci/run starts one)")
    _fresh_postgres(PG_URL)
    lib = Library(PG_URL)
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

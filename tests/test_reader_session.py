"""A reading session: the note editor keeps typed text, focus comes back after a restart, a
running reader sees what another process imports, and page keys never animate."""

from __future__ import annotations

from pathlib import Path

from conftest import READER_ARTICLES, settle, wait_until, write_articles

from dateline.store.library import Library
from dateline.tui.app import DatelineApp
from dateline.tui.widgets.note import NoteEditor


async def test_escape_in_the_note_editor_asks_before_dropping_text(
    reader_library: Library,
) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        article = app.article_id
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"call the mayor")
        await pilot.press("escape")
        assert isinstance(app.screen, NoteEditor), "the first Esc only asks"
        assert "Discard" in str(app.screen.query_one("#note-editor").border_subtitle)
        await pilot.press("x")  # typing on withdraws the question
        await pilot.press("escape")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert reader_library.note(article) == "call the mayorx"
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("escape")  # nothing changed: closes at once
        assert not isinstance(app.screen, NoteEditor)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("y", "escape", "escape")
        assert not isinstance(app.screen, NoteEditor)
        assert reader_library.note(article) == "call the mayorx", "discarded, not saved"


async def test_focus_comes_back_to_the_pane_it_was_in(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("q")
    again = DatelineApp(reader_library)
    async with again.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert again.focused is again.timeline_pane


async def test_a_running_reader_shows_articles_another_process_imports(
    reader_library: Library, tmp_path: Path
) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        before = len(app.rows)
        await pilot.press("1", "j")
        await settle(pilot)
        here = app.article_id
        other = Library(str(reader_library.engine.url.database))  # another connection
        extra = {"later": READER_ARTICLES["quiet"].replace("Quiet streets", "Later streets")}
        other.import_paths(write_articles(tmp_path / "more", extra))
        other.close()
        await wait_until(pilot, lambda a: len(a.rows) == before + 1, what="the new article")
        await settle(pilot)
        assert any("Later streets" in r.title for r in app.articles_pane.rows)
        assert app.article_id == here and app.articles_pane.current_id == here
        assert any("new article" in n.message for n in app._notifications)


async def test_page_keys_do_not_animate(reader_library: Library) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(120, 20)) as pilot:
        await settle(pilot)
        for pane in ("1", "2", "3"):
            await pilot.press(pane)
            for key in ("pagedown", "end", "home", "space", "pageup"):
                await pilot.press(key)
                assert not app.animator._animations, f"{key} animates in pane {pane}"


async def test_list_views_unread_starred_by_source_and_mark_all_read(
    reader_library: Library,
) -> None:
    app = DatelineApp(reader_library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        everything = len(app.rows)
        first = app.article_id
        await pilot.press("1", "s", "r")  # star the first article and mark it read
        await settle(pilot)
        await pilot.press("v")  # unread
        await settle(pilot)
        assert first not in {r.id for r in app.articles_pane.rows}
        assert len(app.articles_pane.rows) == everything - 1
        await pilot.press("v")  # starred
        await settle(pilot)
        assert [r.id for r in app.articles_pane.rows] == [first]
        assert "starred" in app.articles_pane.border_title
        await pilot.press("v")  # all again
        await settle(pilot)
        assert len(app.articles_pane.rows) == everything
        await pilot.press("R")
        await settle(pilot)
        assert all(read for read, _ in reader_library.flags().values())
        assert len(reader_library.flags()) == everything
        await pilot.press("v")
        await settle(pilot)
        assert app.articles_pane.rows == [] and "No unread articles" in app.articles_pane.empty


async def test_b_lists_one_source(tmp_path: Path) -> None:
    texts = {
        "a": "Harbour opens\n\nBy Coast Gazette\n\nMonday, March 5, 2018\n\nThe harbour opened.\n",
        "b": "Bridge closes\n\nBy Valley Times\n\nTuesday, March 6, 2018\n\nThe bridge closed.\n",
        "c": "Ferry returns\n\nBy Coast Gazette\n\nWednesday, March 7, 2018\n\nThe ferry ran.\n",
    }
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "articles", texts))
    sources = {r.source for r in lib.articles()}
    assert len(sources) == 2, sources  # the byline is read as the source
    app = DatelineApp(lib)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        source = app.text_pane.view.article.source
        await pilot.press("b")
        await settle(pilot)
        assert {r.source for r in app.articles_pane.rows} == {source}
        await pilot.press("b")
        await settle(pilot)
        assert len(app.articles_pane.rows) == 3
    lib.close()


async def test_o_opens_the_original_page_only_for_a_web_address(
    reader_library: Library, monkeypatch
) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    app = DatelineApp(reader_library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("O")
        assert opened == [] and any("no web address" in n.message for n in app._notifications)
        app.data.url = lambda _id: "https://example.org/harbour"
        await pilot.press("O")
        app.data.url = lambda _id: "javascript:alert(1)"
        await pilot.press("O")
        assert opened == ["https://example.org/harbour"]

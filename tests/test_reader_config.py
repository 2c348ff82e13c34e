"""Your own keys and settings (`config.toml`), and the README's key table kept true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, settle

from dateline.store.library import Library
from dateline.tui import keys
from dateline.tui.app import DatelineApp
from dateline.tui.cli import main
from dateline.tui.config import Config, ConfigError, load


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_is_no_settings(tmp_path: Path) -> None:
    assert load(tmp_path / "absent.toml") == Config()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("theme = ", "not TOML"),
        ("colour = 'red'", "unknown setting 'colour'"),
        ("pager = 3", "pager must be a non-empty string"),
        ("[keys]\n'timeline.nxt' = 'ctrl+n'", "did you mean 'timeline.next'"),
        ("[keys]\n'app.quit' = 5", "must be keys"),
        ("keys = 'n'", "[keys] must be a table"),
    ],
)
def test_a_bad_config_names_the_file_and_the_reason(tmp_path: Path, text: str, said: str):
    path = _config(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load(path)
    assert str(path) in str(caught.value) and said in str(caught.value)


def test_the_command_line_refuses_a_bad_config_in_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DATELINE_CONFIG", str(_config(tmp_path, "colour = 'red'")))
    code = main(["articles", "--db", str(tmp_path / "lib.db")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "config.toml" in err


def test_the_configured_library_is_the_default(tmp_path, capsys, monkeypatch):
    mine = tmp_path / "mine.db"
    monkeypatch.setenv("DATELINE_CONFIG", str(_config(tmp_path, f"library = '{mine}'")))
    monkeypatch.delenv("DATELINE_DB", raising=False)
    assert main(["articles"]) == 0
    assert mine.exists()


async def test_keys_are_rebound_by_id(reader_library: Library) -> None:
    config = Config(keys={"timeline.next": "ctrl+n", "list.down": "ctrl+j"})
    app = DatelineApp(reader_library, config)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", "n")  # the whole library's timeline: it has events
        await settle(pilot)
        assert app.current_event is None, "n is no longer bound"
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert app.current_event is not None
        await pilot.press("1", "g", "ctrl+j")
        await settle(pilot)
        assert app.articles_pane.highlighted == 1


async def test_exports_go_to_the_export_folder_not_the_current_one(
    reader_library: Library, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "exports"
    app = DatelineApp(reader_library, Config(export_folder=str(folder)))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await app.run_action("export('md')")
        await settle(pilot)
    assert [p.suffix for p in folder.iterdir()] == [".md"]
    assert not list(tmp_path.glob("dateline-*"))


def test_every_binding_has_an_id_and_ids_are_unique() -> None:
    ids = [item.id for item in (*keys.ACTIONS, *keys.PANE_KEYS)]
    assert len(ids) == len(set(ids))
    from dateline.tui.widgets.article_list import ArticleList
    from dateline.tui.widgets.article_text import ArticleText
    from dateline.tui.widgets.help import HelpScreen
    from dateline.tui.widgets.note import NoteEditor
    from dateline.tui.widgets.timeline import TimelinePane

    for owner in (DatelineApp, ArticleList, ArticleText, TimelinePane, HelpScreen, NoteEditor):
        for binding in owner.BINDINGS:
            assert binding.id, f"{owner.__name__}: {binding.key} has no id"


def test_the_readme_key_table_is_the_code_s() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"## Keys\n(.*?)\n## ", readme, re.S)
    assert section, "README has a Keys section"
    table = "\n".join(line for line in section[1].splitlines() if line.startswith("|"))
    assert table == keys.readme_table(), "README key table differs: paste keys.readme_table()"

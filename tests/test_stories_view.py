"""Stories where people meet them: `dateline stories` (table and JSON), `dateline timeline
--story ID`, `import` grouping the new articles, and the reader's story list (`S`), whose
chosen story filters the timeline (`story:ID`)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import notices, settle, type_prompt, write_articles

from dateline.store.library import Library
from dateline.tui.app import DatelineApp
from dateline.tui.cli import main

# Two developing stories of a made-up valley, two reports each, and a one-off.
VALLEY = {
    "dam1.txt": "Cracks found in Lindow Dam\nApril 6, 2026\n\n"
    "Engineers found cracks in the Lindow Dam spillway on Sunday, the Lindow Water Board said.\n\n"
    "The Lindow Water Board lowered the reservoir and closed the dam road to traffic.\n",
    "dam2.txt": "Lindow Dam repairs to take months\nApril 9, 2026\n\n"
    "The Lindow Water Board said on Wednesday that repairing the cracked Lindow Dam spillway "
    "would take months.\n\n"
    "The dam road stays closed and the reservoir stays low, engineers said.\n",
    "choir1.txt": "Marren Youth Choir wins national title\nMay 11, 2026\n\n"
    "The Marren Youth Choir won the national choir championship in Ostby on Saturday.\n\n"
    "Conductor Ilse Varga said the Marren Youth Choir had rehearsed every evening for a year.\n",
    "choir2.txt": "Marren Youth Choir welcomed home\nMay 12, 2026\n\n"
    "Crowds welcomed the Marren Youth Choir home on Sunday after its national championship "
    "win.\n\nConductor Ilse Varga thanked Marren for supporting the youth choir.\n",
    "bakery.txt": "Old bakery becomes a museum\nJune 2, 2026\n\n"
    "The Corven Historical Society opened a bread museum in the old Corven bakery on Monday.\n",
}


def _imported(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "lib.db"
    paths = write_articles(tmp_path / "in", VALLEY)
    assert main(["--db", str(db), "import", *map(str, paths)]) == 0
    capsys.readouterr()
    return db


def _stories(db: Path, capsys) -> list[dict]:
    assert main(["--db", str(db), "stories", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _titles_of(db: Path) -> dict[int, str]:
    lib = Library(str(db))
    try:
        return {a.id: a.title for a in lib.articles()}
    finally:
        lib.close()


def test_import_groups_the_new_articles_into_stories(tmp_path, capsys) -> None:
    db = _imported(tmp_path, capsys)
    stories = _stories(db, capsys)
    titles = _titles_of(db)
    assert all(set(s) == {"id", "title", "articles", "first", "last", "actors"} for s in stories)
    groups = sorted(sorted(titles[a][:10] for a in s["articles"]) for s in stories)
    assert groups == [
        ["Cracks fou", "Lindow Dam"],
        ["Marren You", "Marren You"],
        ["Old bakery"],
    ]
    dam = next(s for s in stories if len(s["articles"]) == 2 and "Dam" in s["title"])
    assert dam["title"] in {"Cracks found in Lindow Dam", "Lindow Dam repairs to take months"}
    assert (dam["first"], dam["last"]) == ("2026-04-06", "2026-04-09")
    assert any("Lindow Water Board" in a for a in dam["actors"])
    assert [s["last"] for s in stories] == sorted((s["last"] for s in stories), reverse=True)


def test_the_stories_table_and_a_story_s_timeline(tmp_path, capsys) -> None:
    db = _imported(tmp_path, capsys)
    dam = next(s for s in _stories(db, capsys) if "Dam" in s["title"])
    assert main(["--db", str(db), "stories"]) == 0
    table = capsys.readouterr().out
    assert "6–9 Apr 2026" in table and dam["title"] in table
    assert main(["--db", str(db), "timeline", "--story", str(dam["id"]), "--format", "json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert entries
    cited = {s["article"] for e in entries for s in e["sources"]}
    assert cited == set(dam["articles"])  # every report from the story's articles, all of them
    assert main(["--db", str(db), "timeline", "--story", "999"]) == 2
    assert "no story with id 999" in capsys.readouterr().err


def test_a_second_import_groups_only_its_own_articles(tmp_path, capsys) -> None:
    db = _imported(tmp_path, capsys)
    before = {s["id"]: s["articles"] for s in _stories(db, capsys)}
    later = {
        "dam3.txt": "Lindow Dam road reopens\nJune 20, 2026\n\n"
        "The Lindow Water Board reopened the Lindow Dam road on Friday after spillway repairs.\n"
    }
    paths = write_articles(tmp_path / "later", later)
    assert main(["--db", str(db), "import", *map(str, paths)]) == 0
    capsys.readouterr()
    after = {s["id"]: s["articles"] for s in _stories(db, capsys)}
    grew = [sid for sid in before if after[sid] != before[sid]]
    assert len(grew) == 1 and len(after[grew[0]]) == 3  # the dam story took the new report
    assert all(after[sid] == before[sid] for sid in before if sid not in grew)


async def test_the_reader_lists_stories_and_shows_one_s_timeline(tmp_path, capsys) -> None:
    db = _imported(tmp_path, capsys)
    dam = next(s for s in _stories(db, capsys) if "Dam" in s["title"])
    lib = Library(str(db))
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        from dateline.tui.widgets.stories import StoryList

        assert isinstance(app.screen, StoryList)
        listed = [s.id for s in app.screen.stories]
        assert len(listed) == 3 and len(app.screen.stories[-1].articles) == 1  # one-off last
        while app.screen.query_one("OptionList").highlighted != listed.index(dam["id"]):
            await pilot.press("j")
        await pilot.press("enter")
        await settle(pilot)
        assert app.scope == "library" and app.filters.story_id == dam["id"]
        bar = str(app.query_one("#filter-bar").render())
        assert f"story:{dam['id']}" in bar and dam["title"][:20] in bar
        assert "one story" in app.timeline_pane.border_title
        shown = {s.article for e in app.timeline_pane.entries for s in e.sources}
        assert shown == set(dam["articles"])
        await pilot.press("x")
        await settle(pilot)
        assert app.filters.story_id is None
        assert len({s.article for e in app.timeline_pane.entries for s in e.sources}) == 5
        await type_prompt(pilot, "f", "story:abc")
        assert any("story:abc?" in n for n in notices(app))
    lib.close()


async def test_the_reader_groups_a_few_left_at_open_and_many_only_when_asked(
    tmp_path, monkeypatch
) -> None:
    """Articles imported without grouping (the library API, an older Dateline): a few are
    grouped when the reader opens; more than `GROUPED_AT_OPEN` wait for S, which says so
    rather than slow every key with a background pass."""
    from dateline.tui import app as reader_app

    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths(write_articles(tmp_path / "in", VALLEY))  # no grouping here
    assert lib.ungrouped(10) == 5
    monkeypatch.setattr(reader_app, "GROUPED_AT_OPEN", 2)
    app = DatelineApp(lib)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        assert lib.ungrouped(10) == 5 and any("not grouped" in n for n in notices(app))
        await pilot.press("S")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert lib.ungrouped(10) == 0 and len(lib.stories()) == 3
    monkeypatch.setattr(reader_app, "GROUPED_AT_OPEN", 2_000)
    lib.import_paths(write_articles(tmp_path / "more", {"fair.txt": VALLEY["bakery.txt"] + "\n"}))
    again = DatelineApp(lib)
    async with again.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await again.workers.wait_for_complete()
        assert lib.ungrouped(10) == 0  # one left: grouped at open
    lib.close()

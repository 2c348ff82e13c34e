"""Inputs a person really has lying around, imported from the command line: each is stored
correctly or gets one clear line, and a folder with nothing to import says so."""

from __future__ import annotations

import gzip
from pathlib import Path

from dateline.store.library import Library
from dateline.tui.cli import main

STORM = (
    b"<h1>Storm hits coast</h1>\n<p>A storm hit the coast on Tuesday, 3 March 2020.</p>\n"
    b"<p>Thousands lost power for two days.</p>\n"
)
ARTICLE = "Bridge reopens\nMonday, March 4, 2019\n\nThe bridge reopened on Sunday.\n"


def _import(capsys, *args: str) -> tuple[int, str, list[str]]:
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip().splitlines()


def test_folder_without_article_files_gets_one_line_and_exit_1(tmp_path, capsys):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.log").write_text("not an article")
    (empty / ".hidden.txt").write_text(ARTICLE)
    db = str(tmp_path / "lib.db")
    code, out, err = _import(capsys, str(empty), "--db", db)
    assert code == 1 and out == (
        "0 imported, 0 unchanged, 1 failed; 1 skipped: not an article type (.log)"
    )
    assert err == [
        f"{empty}: no article files in this folder (none named *.txt, *.html, *.md, *.jsonl, ...)"
    ]
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(ARTICLE)
    (good / "nothing").mkdir()  # an empty subfolder is not worth a line
    code, out, err = _import(capsys, str(good), "--db", db)
    assert (code, out, err) == (0, "1 imported, 0 unchanged, 0 failed", [])


def test_misnamed_and_oddly_encoded_files(tmp_path, capsys):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "storm.html").write_bytes(STORM)
    (folder / "utf16.txt").write_bytes(ARTICLE.encode("utf-16-le"))  # no byte-order mark
    (folder / "windows.md").write_bytes(
        b"---\r\ntitle: Depot closes\r\ndate: 2020-01-02\r\n---\r\n\r\nThe depot closed.\r\n"
    )
    (folder / "list.json").write_text(
        '[\n  {"title": "School reopens", "text": "It reopened on Monday."},\n'
        '  {"title": "Road closed", "text": "It closed on Tuesday."}\n]\n'
    )
    (folder / "zipped.txt").write_bytes(gzip.compress(ARTICLE.encode()))
    db = str(tmp_path / "lib.db")
    code, out, err = _import(capsys, str(folder), "--db", db)
    assert code == 1 and out == "3 imported, 0 unchanged, 1 failed; 1 feed: 2 entries, 2 imported"
    assert err == [f"{folder / 'zipped.txt'}: binary file (a gzip archive), not text"]
    lib = Library(db)
    try:
        rows = {Path(r.path).name + ":" + r.title: r for r in lib.articles()}
        assert set(rows) == {
            "storm.html:Storm hits coast",
            "utf16.txt:Bridge reopens",
            "windows.md:Depot closes",
            "list.json:School reopens",
            "list.json:Road closed",
        }
        assert rows["windows.md:Depot closes"].published == "2020-01-02"
        storm = lib.article(rows["storm.html:Storm hits coast"].id)
        assert [p.text for p in storm.paragraphs] == [
            "A storm hit the coast on Tuesday, 3 March 2020.",
            "Thousands lost power for two days.",
        ]
    finally:
        lib.close()
    code, out, _err = _import(capsys, str(folder), "--db", db)
    assert out == "0 imported, 3 unchanged, 1 failed; 1 feed: 2 entries, 0 imported, 2 unchanged"


def test_a_folder_read_through_an_earlier_path_is_not_called_empty(tmp_path, capsys):
    year = tmp_path / "news" / "2019"
    year.mkdir(parents=True)
    (year / "a.txt").write_text(ARTICLE)
    db = str(tmp_path / "lib.db")
    code, out, err = _import(capsys, str(year), str(tmp_path / "news"), "--db", db)
    assert (code, out, err) == (0, "1 imported, 0 unchanged, 0 failed", [])
    code, out, err = _import(capsys, str(tmp_path / "news"), str(tmp_path / "news"), "--db", db)
    assert (code, out, err) == (0, "0 imported, 1 unchanged, 0 failed", [])


def test_one_line_json_array_and_utf16_with_a_nul_low_byte(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "min.json").write_text(
        '[{"title": "A", "text": "The council met on Monday.", "published": "2018-03-05"}, '
        '{"title": "B", "text": "The mayor spoke on Tuesday.", "published": "2018-03-06"}]'
    )
    (folder / "u16.txt").write_bytes(
        "Name change\nMonday, March 5, 2018\n\nThe letter Ā opens the Māori name.\n".encode(
            "utf-16-le"
        )
    )
    db = str(tmp_path / "lib.db")
    code, out, err = _import(capsys, str(folder), "--db", db)
    assert (code, out, err) == (
        0,
        "1 imported, 0 unchanged, 0 failed; 1 feed: 2 entries, 2 imported",
        [],
    )
    lib = Library(db)
    assert sorted(r.title for r in lib.articles()) == ["A", "B", "Name change"]
    lib.close()

"""The `dateline` command line: import, timeline, articles, tag; exit codes and errors."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from conftest import SEED_ARTICLE

from dateline.store.db import state
from dateline.store.library import Library
from dateline.tui.cli import main

ARTICLE = """Council bans cars
Tuesday, June 5, 2018

The council voted on Monday to ban cars from the old town.

“This is a great day,” Mayor Ana Ortiz said.
"""


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_summary_and_exit_codes(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, out, _err = _run(capsys, "import", str(good), "--db", db)
    assert code == 0
    assert out.strip() == "1 imported, 0 unchanged, 0 failed"
    code, out, _err = _run(capsys, "import", str(good), "--db", db)
    assert code == 0 and "0 imported, 1 unchanged" in out
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    code, out, err = _run(capsys, "import", str(bad), str(good), "--db", db)
    assert code == 1
    assert "1 unchanged, 1 failed" in out
    [line] = err.strip().splitlines()
    assert line.startswith(str(bad)) and "binary" in line


def test_timeline_json_schema(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    _run(capsys, "import", str(SEED_ARTICLE), "--db", db)
    code, out, _ = _run(capsys, "timeline", "--format", "json", "--db", db)
    assert code == 0
    entries = json.loads(out)
    assert entries
    keys = {
        "date",
        "start",
        "end",
        "dating",
        "type",
        "summary",
        "actors",
        "new",
        "conflict",
        "sources",
    }
    for e in entries:
        assert set(e) == keys
        assert e["dating"] in {"explicit", "inferred", "before", "after", "undated"}
        for src in e["sources"]:
            assert set(src) == {
                "article",
                "path",
                "title",
                "paragraph",
                "start",
                "end",
                "text",
                "published",
                "url",
                "speaker",
                "date",
                "dating",
            }
            assert src["text"]
    starts = [e["start"] for e in entries if e["start"]]
    assert starts == sorted(starts)
    dated = {(e["type"], e["date"]) for e in entries}
    assert ("protest", "2017-05-01") in dated
    assert ("boycott", "2018-01-24") in dated


def test_timeline_per_article_and_unknown_article(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    _run(capsys, "import", str(a), str(SEED_ARTICLE), "--db", db)
    _code, out, _ = _run(capsys, "articles", "--format", "json", "--db", db)
    rows = json.loads(out)
    council = next(r for r in rows if r["title"] == "Council bans cars")
    _code, out, _ = _run(
        capsys, "timeline", "--article", str(council["id"]), "--format", "json", "--db", db
    )
    entries = json.loads(out)
    assert entries and all(s["article"] == council["id"] for e in entries for s in e["sources"])
    assert any(e["date"] == "2018-06-04" and e["dating"] == "explicit" for e in entries)
    code, _out, err = _run(capsys, "timeline", "--article", "999", "--db", db)
    assert code != 0 and "999" in err


def test_articles_table_shows_titles(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    _run(capsys, "import", str(SEED_ARTICLE), "--db", db)
    code, out, _ = _run(capsys, "articles", "--db", db)
    assert code == 0 and "sanctuary" in out and "2018-01-24" in out
    _code, out, _ = _run(capsys, "articles", "--format", "json", "--db", db)
    (row,) = json.loads(out)
    assert row["note"] is None
    lib = Library(db)
    state.set_note(lib.engine, row["id"], "call the mayor's office")
    lib.close()
    _code, out, _ = _run(capsys, "articles", "--format", "json", "--db", db)
    assert json.loads(out)[0]["note"] == "call the mayor's office"
    _code, out, _ = _run(capsys, "articles", "--db", db)
    assert "call the mayor's office" in out


def test_tag_offsets_are_into_the_file_as_read(tmp_path, capsys):
    path = tmp_path / "t.txt"
    text = "Caf\u00e9 news\r\nThe vote was on Monday.\r\nIt ends next year."
    path.write_bytes(text.encode("utf-8"))
    code, out, _ = _run(capsys, "tag", str(path), "--dct", "2018-06-05", "--format", "json")
    assert code == 0
    found = json.loads(out)
    assert {f["value"] for f in found} >= {"2018-06-04", "2019"}
    for f in found:
        assert text[f["start"] : f["end"]] == f["text"]


def test_tag_bad_arguments(tmp_path, capsys):
    code, _out, err = _run(capsys, "tag", str(tmp_path / "nope.txt"), "--dct", "2018-01-01")
    assert code == 1 and "nope.txt" in err
    path = tmp_path / "t.txt"
    path.write_text("today", encoding="utf-8")
    code, _out, err = _run(capsys, "tag", str(path), "--dct", "24/01/2018")
    assert code == 2 and "YYYY-MM-DD" in err


def test_db_from_environment(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("DATELINE_DB", str(db))
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    code, _out, _ = _run(capsys, "import", str(a))
    assert code == 0 and db.exists()


def _two_reports(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(
        "Harbour bridge closed\nTuesday, June 5, 2018\n\n"
        "Governor Maria Lopez announced on Monday that the harbour bridge will close for "
        "repairs.\n\nThe council sued the state in 2016.\n",
        encoding="utf-8",
    )
    b = tmp_path / "b.txt"
    b.write_text(
        "Bridge to shut for repairs\nWednesday, June 6, 2018\n\n"
        "On June 4, Governor Maria Lopez announced that the harbour bridge would close "
        "for repairs next month.\n",
        encoding="utf-8",
    )
    return a, b


def test_same_event_in_two_articles_is_one_entry(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    a, b = _two_reports(tmp_path)
    _run(capsys, "import", str(a), str(b), "--db", db)
    _code, out, _ = _run(capsys, "timeline", "--format", "json", "--db", db)
    entries = json.loads(out)
    announced = [e for e in entries if e["type"] == "statement" and e["date"] == "2018-06-04"]
    assert len(announced) == 1
    assert {s["title"] for s in announced[0]["sources"]} == {
        "Harbour bridge closed",
        "Bridge to shut for repairs",
    }
    assert {s["published"] for s in announced[0]["sources"]} == {"2018-06-05", "2018-06-06"}


def test_two_speakers_sayings_are_two_entries(tmp_path, capsys):
    """Two articles quote two people on the same lost ferry, the same day, with much the
    same words and the ferry's name in both quotes: two sayings, not one entry (a saying's
    speaker comes first among its actors); one speaker quoted by both is one entry."""
    db = str(tmp_path / "lib.db")
    a = tmp_path / "a.txt"
    a.write_text(
        "Search for ferry goes on\nTuesday, June 5, 2018\n\n"
        "Divers searched the strait for the Kestrel 7 on Tuesday.\n\n"
        '"The lesson of the Kestrel 7 is that searchers must move quickly," said Ana Ruiz, '
        "an oceanographer.\n",
        encoding="utf-8",
    )
    b = tmp_path / "b.txt"
    b.write_text(
        "Families wait for news\nTuesday, June 5, 2018\n\n"
        "Relatives gathered at the port on Tuesday.\n\n"
        '"The lesson of the Kestrel 7 is that searchers must move fast," said Tom Ode, '
        "whose brother was on board.\n\n"
        '"Searchers must move quickly," Ana Ruiz said.\n',
        encoding="utf-8",
    )
    _run(capsys, "import", str(a), str(b), "--db", db)
    _code, out, _ = _run(capsys, "timeline", "--format", "json", "--db", db)
    said = [e for e in json.loads(out) if e["type"] == "statement"]
    speakers = sorted(e["actors"][0] for e in said)
    assert speakers == ["Ana Ruiz", "Tom Ode"], said
    [ruiz] = [e for e in said if e["actors"][0] == "Ana Ruiz"]
    assert len({s["title"] for s in ruiz["sources"]}) == 2


def test_timeline_filters_and_jsonl(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    a, b = _two_reports(tmp_path)
    _run(capsys, "import", str(a), str(b), "--db", db)
    _code, out, _ = _run(capsys, "timeline", "--format", "jsonl", "--db", db)
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) >= 2 and all("sources" in e for e in lines)
    _code, out, _ = _run(capsys, "timeline", "--format", "json", "--entity", "Lopez", "--db", db)
    assert {e["type"] for e in json.loads(out)} == {"statement"}
    _code, out, _ = _run(capsys, "timeline", "--format", "json", "--type", "legal", "--db", db)
    assert [e["date"] for e in json.loads(out)] == ["2016"]
    _code, out, _ = _run(
        capsys,
        "timeline",
        "--format",
        "json",
        "--since",
        "2017-01-01",
        "--until",
        "2018-12-31",
        "--db",
        db,
    )
    window = json.loads(out)
    assert {e["date"] for e in window if e["dating"] != "after"} == {"2018-06-04"}
    # the closure is only planned: after publication, not dated
    assert {(e["start"], e["type"]) for e in window if e["dating"] == "after"} <= {
        ("2018-06-05", "other")
    }
    code, _out, err = _run(capsys, "timeline", "--since", "June", "--db", db)
    assert code == 2 and "--since" in err


def test_unreachable_library_is_one_line_without_password(capsys):
    code, _out, err = _run(
        capsys, "articles", "--db", "postgresql+psycopg://reader:s3cret@127.0.0.1:1/archive"
    )
    assert code == 2
    [line] = err.strip().splitlines()
    assert "cannot open library" in line and "s3cret" not in line


def test_timeline_table_counts_paragraphs_from_one(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = str(tmp_path / "lib.db")
    _run(capsys, "import", str(SEED_ARTICLE), "--db", db)
    _code, out, _ = _run(capsys, "timeline", "--format", "json", "--db", db)
    first = json.loads(out)[0]["sources"][0]["paragraph"]
    code, out, _ = _run(capsys, "timeline", "--db", db)
    assert code == 0 and f"#1 ¶{first + 1} " in out and "¶0 " not in out


# Characters that would drive or reorder a terminal: ESC (C0), CSI as one C1 character, a
# right-to-left override and an isolate ("Trojan Source"), and a line separator.
HOSTILE = "\x1b[2J\x9b31m\u202etxt.exe\u2066\u2069\u2028"


def test_tables_and_json_carry_no_terminal_controls(tmp_path, capsys):
    """Tables print untrusted text without controls or bidi characters; JSON escapes
    them, so a parser reads the stored strings back while a terminal shows them inert."""
    rows = [
        {
            "title": f"Mayor{HOSTILE} resigns",
            "published": "2018-01-24",
            "source": f"Tribune{HOSTILE}",
            "text": f"The mayor{HOSTILE} resigned on Monday, January 22, 2018.",
        }
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert _run(capsys, "import", str(feed), "--db", db)[0] == 0
    lib = Library(db)
    stored = lib.articles()[0].title
    lib.close()
    unsafe = ("\x1b", "\x9b", "\u202e", "\u2066", "\u2069", "\u2028")
    for argv in (
        ["timeline"],
        ["articles"],
        ["timeline", "--format", "json"],
        ["timeline", "--format", "jsonl"],
        ["articles", "--format", "json"],
    ):
        code, out, _err = _run(capsys, *argv, "--db", db)
        assert code == 0 and "resign" in out, argv
        assert not any(c in out for c in unsafe), (argv, [c for c in unsafe if c in out])
    code, out, _err = _run(capsys, "articles", "--format", "json", "--db", db)
    assert json.loads(out)[0]["title"] == stored  # escaped, not dropped
    assert any(c in stored for c in ("\u202e", "\u2066")), "the test needs bidi in the store"


def _seeded(tmp_path, capsys) -> str:
    db = str(tmp_path / "lib.db")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    _run(capsys, "import", str(article), "--db", db)
    return db


def test_since_and_until_take_years_and_months_and_say_what_is_wrong(tmp_path, capsys):
    db = _seeded(tmp_path, capsys)
    for since, found in (("2018", True), ("2018-06", True), ("2018-06-05", False), ("2019", False)):
        code, out, _ = _run(capsys, "timeline", "--since", since, "--format", "json", "--db", db)
        assert code == 0 and bool(json.loads(out)) == found, since
    code, out, _ = _run(capsys, "timeline", "--until", "2018-06", "--format", "json", "--db", db)
    assert json.loads(out), "until a month includes its last day"
    for bad, why in (("2018-13-01", "no month 13"), ("2018-02-30", "no day 30"), ("May", "YYYY")):
        code, out, err = _run(capsys, "timeline", "--since", bad, "--db", db)
        assert code == 2 and out == "" and why in err, (bad, err)
        assert len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "timeline", "--since", "2019", "--until", "2018", "--db", db)
    assert code == 2 and "after --until" in err


def test_an_unknown_entity_names_the_closest_actors(tmp_path, capsys):
    db = _seeded(tmp_path, capsys)
    code, out, err = _run(capsys, "timeline", "--entity", "Ana Ortis", "--db", db)
    assert code == 1 and out == ""
    assert "no actor called 'Ana Ortis'" in err and "closest: Ana Ortiz" in err
    known = ("--entity", "Ana Ortiz", "--since", "2030")
    code, out, err = _run(capsys, "timeline", *known, "--db", db)
    assert code == 0 and out == "" and "no events match" in err


def test_export_to_a_dash_writes_stdout(tmp_path, capsys, monkeypatch):
    db = _seeded(tmp_path, capsys)
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(capsys, "export", "--format", "json", "-o", "-", "--db", db)
    assert code == 0 and json.loads(out)
    assert not (tmp_path / "-").exists()


def test_a_db_in_a_missing_folder_is_an_error(tmp_path, capsys):
    missing = tmp_path / "no-such-folder" / "lib.db"
    code, out, err = _run(capsys, "articles", "--db", str(missing))
    assert code == 2 and "no-such-folder" in err
    assert not missing.parent.exists()
    code, _, _ = _run(capsys, "articles", "--db", str(tmp_path / "new.db"))
    assert code == 0 and (tmp_path / "new.db").exists(), "a new file in an existing folder is fine"


def test_the_readme_names_every_command_and_option() -> None:
    """The README's command-line block lists every subcommand with every option it takes
    (export's filters "as for timeline"), so a new flag cannot go undocumented."""
    import re

    from dateline.tui.cli import build_parser

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    usage: dict[str, str] = {}
    name = None
    for line in block.splitlines():
        m = re.match(r"dateline (\w+)", line)
        if m:
            name = m.group(1)
        if name:
            usage[name] = usage.get(name, "") + line.split("#", 1)[0]
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    shared = {"--db", "--help", "-h"}
    for command, p in sub.choices.items():
        if command == "read":
            continue  # `dateline` alone: the first line
        assert command in usage, f"README lacks `dateline {command}`"
        timeline = {o for a in sub.choices["timeline"]._actions for o in a.option_strings}
        missing = []
        for action in p._actions:
            names = set(action.option_strings) - shared
            if not names or command == "export" and names <= timeline:  # "[filters as …]"
                continue
            # an option is named by any of its spellings ("-o" for --output)
            if not any(re.search(rf"{re.escape(n)}\b", usage[command]) for n in names):
                missing.append(max(names, key=len))
        assert not missing, f"README's `dateline {command}` lacks {missing}"

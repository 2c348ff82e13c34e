"""`bench.extract_digest`: one fingerprint for one extraction, another when an article
changes, so speed work can show it changed nothing."""

from bench.extract_digest import main


def _digest(capsys, *argv: str) -> str:
    assert main([*argv, "--articles", "0"]) == 0
    return capsys.readouterr().out.split("sha256 ")[1].strip()


def test_the_same_articles_give_the_same_digest_and_a_changed_one_another(tmp_path, capsys):
    story = (
        "Council shuts pool\n\nMonday, March 4, 2024\n\n"
        "The council voted on Monday to close the pool.\n"
    )
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    first = _digest(capsys, str(tmp_path))
    assert _digest(capsys, str(tmp_path)) == first
    (tmp_path / "a.txt").write_text(story.replace("Monday to", "Tuesday to"), encoding="utf-8")
    assert _digest(capsys, str(tmp_path)) != first


def test_the_dump_holds_each_article_after_its_file_name(tmp_path, capsys):
    (tmp_path / "b.txt").write_text(
        "Mayor resigns\n\nMay 2, 2023\n\nThe mayor resigned on Tuesday.\n", encoding="utf-8"
    )
    dump = tmp_path / "dump.txt"
    assert main([str(tmp_path), "--articles", "0", "--dump", str(dump)]) == 0
    lines = dump.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "b.txt" and lines[1].startswith("Extraction(")
    assert "1 articles" in capsys.readouterr().out

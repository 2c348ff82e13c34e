"""Importing survives whatever it is given: a folder of every format and every bad input,
re-imports that update in place, Ctrl-C, SIGKILL and two imports at once.

`python tests/test_import_robustness.py DIR` writes the mixed folder for a manual run.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import import_command, stored_articles, whole_articles
from rich.console import Console

import dateline.store.ingest as ingest
import dateline.store.ingest.prepare as prepare
import dateline.store.ingest.read as file_reading
from dateline.store.library import Library
from dateline.tui.cli import main
from dateline.tui.commands.importing import parse_size, summary_table

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "formats"
SEEDS = ROOT / "seeds"

ARTICLE = (
    "Harbour wall repaired\nMonday, March 4, 2019\n\nThe harbour wall was repaired on {day}.\n"
)
BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
    "<rss><channel><item><title>&lol3;</title></item></channel></rss>\n"
)
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE TimeML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    "<TimeML><TEXT>&xxe;</TEXT></TimeML>\n"
)
MISNAMED_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Post</title>
<entry><title>Tram line opens</title><link href="https://example.net/tram"/>
<updated>2020-05-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;The new tram line opened on Saturday.&lt;/p&gt;</content></entry>
</feed>
"""

# file name → (reason fragment) for every bad input, and the count that imports
EXPECTED_FAILURES = {
    "articles.jsonl": "line 3: invalid JSON",
    "bad-front-matter.md": "malformed YAML front matter",
    "binary.txt": "binary file (a PNG image), not text",
    "bomb.xml": "XML entity declarations refused",
    "broken-feed.xml": "malformed feed",
    "empty.txt": "empty file",
    "external.tml": "XML entity declarations refused",
    "huge.txt": "file too large",
    "loop": "symlink loop: leads back to a folder already being read",
    "malformed.tml": "malformed TimeML",
    "pipe.txt": "not a regular file",
    "self.txt": "symlink loop (too many levels of symbolic links)",
    "unknown-encoding.html": "unknown encoding 'x-klingon' declared in the file",
    "unreadable.txt": "unreadable file: permission denied",
}
EXPECTED_WARNINGS = {
    "invalid-utf8.txt": "invalid UTF-8",
    "truncated.html": "page looks truncated",
    "truncated-feed.rss": "malformed feed",
}
EXPECTED_IMPORTED = 15


def make_mixed_folder(root: Path) -> Path:
    """Every format and every bad input the issue lists, in one folder tree."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("article.html", "feed.rss", "feed.atom", "note.md", "note_toml.md", "doc.tml"):
        shutil.copy(FIXTURES / name, root / name)
    shutil.copy(FIXTURES / "article.txt", root / "article.txt")
    jsonl = (FIXTURES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    (root / "articles.jsonl").write_text(
        "\n".join([jsonl[0], jsonl[1], '{"title": "Cut off", "text": ']) + "\n", encoding="utf-8"
    )
    nested = root / "nested" / "deeper"
    nested.mkdir(parents=True, exist_ok=True)
    (nested / "wiki.txt").write_text(ARTICLE.format(day="Sunday"), encoding="utf-8")
    (root / "misnamed.txt").write_text(MISNAMED_FEED, encoding="utf-8")
    (root / "invalid-utf8.txt").write_bytes(
        ARTICLE.format(day="Saturday").encode() + "Café owners".encode() + b" \xff cheered.\n"
    )
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    (root / "truncated.html").write_text(  # another story (another address), cut short
        page[: page.index("Opponents")]
        .replace("the old town", "the harbour")
        .replace("council-bans-cars", "harbour-bans-cars"),
        encoding="utf-8",
    )
    feed = (FIXTURES / "feed.rss").read_text(encoding="utf-8").replace("ferry", "bus")
    (root / "truncated-feed.rss").write_text(
        feed[: feed.index("<description>&lt;p") + 30], encoding="utf-8"
    )
    # bad inputs
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "empty.txt").write_bytes(b"")
    (root / "unknown-encoding.html").write_bytes(
        b'<html><head><meta charset="x-klingon"></head><body><p>Qapla</p></body></html>'
    )
    (root / "malformed.tml").write_text("<TimeML><DCT>1998</DCT><TEXT>It was", encoding="utf-8")
    (root / "broken-feed.xml").write_text("<rss><channel><item><title>Cut", encoding="utf-8")
    (root / "bomb.xml").write_text(BOMB, encoding="utf-8")
    (root / "external.tml").write_text(EXTERNAL, encoding="utf-8")
    (root / "bad-front-matter.md").write_text(
        "---\ntitle: [unclosed\n---\nBody text.\n", encoding="utf-8"
    )
    with open(root / "huge.txt", "wb") as f:
        f.truncate(10 * 1024 * 1024 + 1)  # sparse: costs nothing on disk
    (root / "unreadable.txt").write_text(ARTICLE.format(day="Friday"), encoding="utf-8")
    os.chmod(root / "unreadable.txt", 0)
    for link, target in (("loop", "."), ("self.txt", "self.txt")):
        if not (root / link).is_symlink():
            os.symlink(target, root / link)
    if not (root / "pipe.txt").exists():
        os.mkfifo(root / "pipe.txt")
    # skipped quietly: hidden, not an article extension, a saved page's assets, a README
    (root / ".cache").mkdir(exist_ok=True)
    (root / ".cache" / "old.txt").write_text(ARTICLE.format(day="Thursday"), encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (root / "article_files").mkdir(exist_ok=True)
    (root / "article_files" / "ad.html").write_text("<html><p>Buy!</p></html>")
    (root / "README.md").write_text("# About this folder\n\nSaved articles.\n")
    return root


@pytest.fixture
def mixed(tmp_path, monkeypatch) -> Path:
    folder = make_mixed_folder(tmp_path / "mixed")
    if os.geteuid() == 0:  # root reads anything: make the chmod 000 file refuse it anyway
        real_open = os.open

        def refusing_open(path, flags, *args, **kwargs):
            if str(path).endswith("unreadable.txt"):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(file_reading.os, "open", refusing_open)
    return folder


def _snapshot(db: Path) -> tuple[list, list]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT a.id, a.title, a.content_hash, p.id, p.text FROM article a "
            "JOIN paragraph p ON p.article_id = a.id ORDER BY p.id"
        ).fetchall()
        events = conn.execute("SELECT id, article_id, summary FROM event ORDER BY id").fetchall()
    return rows, events


def test_mixed_folder_counts_and_one_line_per_problem(mixed, tmp_path, capsys):
    db = tmp_path / "lib.db"
    first = tmp_path / "first.txt"
    first.write_text(ARTICLE.format(day="Tuesday"), encoding="utf-8")
    assert main(["import", str(first), "--db", str(db)]) == 0
    before = _snapshot(db)
    capsys.readouterr()

    code = main(["import", str(mixed), "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip() == (
        "8 imported, 0 unchanged, 13 failed; 5 feeds: 8 entries, 7 imported, 1 failed; "
        "2 skipped: a project file, not an article (README.md); not an article type (.jpg)"
    )  # files and the entries of feeds and JSON Lines apart: 15 imported, 14 failed in all
    lines = err.strip().splitlines()
    assert len(lines) == len(EXPECTED_FAILURES) + len(EXPECTED_WARNINGS)
    for line in lines:
        path, _, reason = line.partition(": ")
        name = Path(path).name
        assert Path(path).parent == mixed or name == "wiki.txt", line
        expected = EXPECTED_FAILURES.get(name) or "warning: " + EXPECTED_WARNINGS[name]
        assert reason.startswith(expected) or expected in reason, line
    assert {Path(line.partition(": ")[0]).name for line in lines} == set(EXPECTED_FAILURES) | set(
        EXPECTED_WARNINGS
    )
    rows, events = _snapshot(db)  # nothing already stored changed
    assert rows[: len(before[0])] == before[0] and events[: len(before[1])] == before[1]
    assert whole_articles(db) == EXPECTED_IMPORTED + 1

    code = main(["import", str(mixed), "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip() == (
        "0 imported, 8 unchanged, 13 failed; 5 feeds: 8 entries, 0 imported, 7 unchanged, "
        "1 failed; 2 skipped: a project file, not an article (README.md); "
        "not an article type (.jpg)"
    )
    assert len(err.strip().splitlines()) == len(EXPECTED_FAILURES)


def test_changed_files_update_in_place_keeping_id_and_state(tmp_path):
    from dateline.store.db.state import ensure_state, flags, note, set_flags, set_note

    folder = tmp_path / "f"
    folder.mkdir()
    for name in ("article.html", "articles.jsonl", "feed.rss"):
        shutil.copy(FIXTURES / name, folder / name)
    lib = Library(str(tmp_path / "lib.db"))
    try:
        report = lib.import_paths([folder])
        assert report.counts["imported"] == 5 and not report.failed
        ids = {r.title: r.article_id for r in report.results}
        ensure_state(lib.engine)
        page_id = ids["Council bans cars from the old town"]
        set_flags(lib.engine, page_id, read=True, starred=True)
        set_note(lib.engine, page_id, "ask the council for the minutes")

        html = folder / "article.html"
        html.write_text(html.read_text().replace("next month", "in the autumn"))
        jsonl = folder / "articles.jsonl"
        jsonl.write_text(jsonl.read_text().replace("next spring", "in the summer"))
        report = ingest.import_paths(lib.engine, [folder])
        by_status = {(r.title, r.status) for r in report.results}
        assert not report.failed, report.failed
        assert ("Council bans cars from the old town", "updated") in by_status
        assert ("Airport expansion delayed", "updated") in by_status
        assert ("Museum reopens", "unchanged") in by_status
        assert report.counts["updated"] == 2 and report.counts["unchanged"] == 3
        assert {r.title: r.article_id for r in report.results} == ids
        assert flags(lib.engine)[page_id] == (True, True)
        assert note(lib.engine, page_id) == "ask the council for the minutes"
        view = lib.article(page_id)
        assert any("in the autumn" in p.text for p in view.paragraphs)
        assert not any("next month" in p.text for p in view.paragraphs)
        assert len(lib.articles()) == 5
    finally:
        lib.close()
    whole_articles(tmp_path / "lib.db")


def test_stdin_date_and_max_size(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "lib.db")
    stdin = io.TextIOWrapper(io.BytesIO(b"Undated note\n\nThe pier reopened on Monday.\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["import", "-", "--date", "2019-03-05", "--db", db]) == 0
    lib = Library(db)
    try:
        [row] = lib.articles()
        assert row.path == "<stdin>" and row.published == "2019-03-05"
    finally:
        lib.close()
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 400, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(big), "--max-size", "1KB", "--db", db]) == 1
    _out, err = capsys.readouterr()
    assert err.strip() == f"{big}: file too large (2.0 KB; the limit is 1 KB)"
    assert main(["import", str(big), "--date", "5/3/2019", "--db", db]) == 2
    assert main(["import", str(big), "--max-size", "lots", "--db", db]) == 2
    assert parse_size("1.5M") == 1572864 and parse_size("2000") == 2000


def test_ctrl_c_leaves_whole_articles_and_exit_130(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "f"
    folder.mkdir()
    for i, day in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday")):
        (folder / f"{i}.txt").write_text(ARTICLE.format(day=day), encoding="utf-8")
    calls = []
    real = prepare.extract

    def interrupting(article):
        calls.append(article)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(article)

    monkeypatch.setattr(prepare, "extract", interrupting)
    db = tmp_path / "lib.db"
    assert main(["import", str(folder), "--db", str(db)]) == 130
    out, err = capsys.readouterr()
    assert "interrupted" in err and out.strip() == "2 imported, 0 unchanged, 0 failed"
    assert whole_articles(db) == 2
    monkeypatch.setattr(prepare, "extract", real)
    assert main(["import", str(folder), "--db", str(db)]) == 0
    assert whole_articles(db) == 4


def test_summary_table_groups_reasons():
    report = ingest.ImportReport(
        [
            ingest.ImportResult("a.txt", "imported"),
            ingest.ImportResult("b.jsonl", "failed", reason="line 2: invalid JSON (x)"),
            ingest.ImportResult("b.jsonl", "failed", reason="line 7: invalid JSON (x)"),
            ingest.ImportResult("c.txt", "failed", reason="empty file: no text to read"),
        ]
    )
    console = Console(record=True, width=100)
    console.print(summary_table(report, 1.0))
    text = console.export_text()
    assert "invalid JSON (x)" in text and text.count("invalid JSON") == 1
    assert "empty file" in text


# -- other processes ------------------------------------------------------------------------


def _seed_copies(folder: Path, n: int = 31) -> Path:
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:n]:
        shutil.copy(path, folder / path.name)
    return folder


def _workers_gone(marker: str, seconds: float = 10) -> bool:
    """Wait for every process whose command line names `marker` (forked workers keep their
    parent's) to exit; True when none is left. Without /proc there is nothing to check."""
    proc_dir = Path("/proc")
    deadline = time.monotonic() + seconds
    while True:
        left = []
        for entry in proc_dir.glob("[0-9]*") if proc_dir.is_dir() else ():
            try:
                if marker in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    left.append(entry.name)
            except OSError:
                continue
        if not left or time.monotonic() > deadline:
            return not left
        time.sleep(0.2)


def test_sigkill_mid_import_leaves_library_consistent(tmp_path):
    folder = _seed_copies(tmp_path / "seeds")
    db = tmp_path / "lib.db"
    proc = subprocess.Popen(
        import_command(folder, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and stored_articles(db) < 3:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    kept = whole_articles(db)
    assert 3 <= kept < 31
    done = subprocess.run(import_command(folder, db), cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{31 - kept} imported, {kept} unchanged, 0 failed"
    assert whole_articles(db) == 31


def test_workers_leave_with_a_killed_import(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):  # enough work queued that workers are busy when the import dies
        for path in sorted(SEEDS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            (folder / f"{n}-{path.name}").write_text(f"{n} {text}", encoding="utf-8")
    db = tmp_path / "lib.db"
    proc = subprocess.Popen(
        import_command(folder, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    while proc.poll() is None and stored_articles(db) < 20:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    assert _workers_gone(str(db), seconds=5), "import workers outlived the killed import"


def test_two_imports_at_once_both_succeed(tmp_path):
    folder = _seed_copies(tmp_path / "seeds")
    db = tmp_path / "lib.db"
    Library(str(db)).close()  # created once, as a first `dateline` run would
    procs = [
        subprocess.Popen(
            import_command(folder, db),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert out.strip().endswith("0 failed")
    imported = sum(int(out.split()[0]) for out, _ in outputs)
    assert imported == 31  # each article stored once, by one of them
    assert whole_articles(db) == 31


def test_an_import_collects_less_often_and_restores_the_thresholds():
    """`ingest.heap`: the collector's thresholds are raised while an import runs (never
    lowered) and put back afterwards, even when the import fails, and only once the last
    of overlapping imports is over."""
    import gc

    from dateline.store.ingest import heap

    before = gc.get_threshold()
    with heap.fewer_collections():
        assert all(t >= b for t, b in zip(gc.get_threshold(), before, strict=True))
        assert gc.get_threshold()[0] >= heap.THRESHOLDS[0]
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), heap.fewer_collections():
        raise RuntimeError("the import failed")
    assert gc.get_threshold() == before
    first, second = heap.fewer_collections(), heap.fewer_collections()
    first.__enter__()
    second.__enter__()  # another import, in another thread, overlapping the first
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] >= heap.THRESHOLDS[0]  # the second still runs
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before


def test_what_workers_send_pickles_whole():
    """`ParsedArticle`, `Task` and `Prepared` pickle as their fields in order (`__reduce__`):
    a field added to one of them and not to its `__reduce__` would be lost on the way to a
    worker or back. Every field is given a value of its own, none its default."""
    import dataclasses
    import datetime as dt
    import pickle

    from dateline.store.formats.article import ParsedArticle, ParsedParagraph
    from dateline.store.ingest.prepare import Prepared, Task

    def filled(cls, **given):
        values = {}
        for k, f in enumerate(dataclasses.fields(cls)):
            values[f.name] = given.get(f.name, f"{f.name}-{k}")
        return cls(**values)

    paragraph = ParsedParagraph("caption", "A caption.")
    article = filled(ParsedArticle, published=dt.date(2020, 1, 2), paragraphs=(paragraph,))
    task = filled(Task, article=article)
    prepared = filled(Prepared, article=article, several=True, warnings=("w",), content=((1,),))
    for value in (paragraph, article, task, prepared):
        assert pickle.loads(pickle.dumps(value)) == value


if __name__ == "__main__":
    print(make_mixed_folder(Path(sys.argv[1])))

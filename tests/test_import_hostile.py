"""Importing what a reliability probe threw at it: symbolic links out of the folder, special
files, lone surrogates in JSON, a feed of many entries, a worker killed mid-import, a file
that takes too long, and the command line's smaller traps. Every hostile input is built by
the test that uses it."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from conftest import import_command, statements_run, stored_articles, whole_articles

import dateline.store.ingest as ingest
import dateline.store.ingest.files as files
import dateline.store.ingest.pipeline as pipeline
import dateline.store.ingest.prepare as prepare
from dateline.store.library import Library
from dateline.tui.cli import main

ARTICLE = "{title}\nMonday, March 4, 2019\n\nThe harbour wall was repaired on {day}.\n"


def _article(folder: Path, name: str, title: str | None = None, day: str = "Friday") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(ARTICLE.format(title=title or name, day=day), encoding="utf-8")
    return path


def _lines(err: str) -> dict[str, str]:
    """stderr's `PATH: reason` lines, by the file's name."""
    out = {}
    for line in err.strip().splitlines():
        path, _, reason = line.partition(": ")
        out[Path(path).name] = reason
    return out


def _titles(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT title FROM article")}


# -- A: symbolic links and special files ---------------------------------------------------


@pytest.fixture
def linked(tmp_path) -> Path:
    """A folder with links that stay inside it, links that leave it (to a folder, a file,
    `/`), a loop, and a FIFO with an article's name."""
    folder = tmp_path / "news"
    _article(folder / "real", "inside.txt", "Inside")
    (folder / "again").symlink_to("real")  # stays inside: followed (read once)
    (folder / "alias.txt").symlink_to("real/inside.txt")  # stays inside: followed
    (folder / "loop").symlink_to(".")  # a loop: still reported
    outside = tmp_path / "elsewhere"
    _article(outside, "secret.txt", "Secret")
    (folder / "out").symlink_to(outside)
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "root").symlink_to("/")
    os.mkfifo(folder / "pipe.txt")
    return folder


def test_links_out_of_the_folder_are_named_and_skipped(linked, tmp_path, capsys):
    db = tmp_path / "lib.db"
    code = main(["import", str(linked), "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 1
    lines = _lines(err)
    for name, target in (("out", "elsewhere"), ("secret.txt", "secret.txt"), ("root", "/")):
        assert lines[name].startswith("symbolic link leaves the folder (to "), lines[name]
        assert target in lines[name] and "not followed" in lines[name]
    assert lines["loop"].startswith("symlink loop")
    assert lines["pipe.txt"] == "not a regular file: a FIFO (named pipe)"
    assert set(lines) == {"out", "secret.txt", "root", "loop", "pipe.txt"}
    assert _titles(db) == {"Inside"}  # alias.txt: the same bytes, so unchanged
    assert out.strip() == "1 imported, 1 unchanged, 5 failed"


def test_follow_symlinks_lets_links_out(linked, tmp_path, capsys, monkeypatch):
    (linked / "root").unlink()  # followed, it would walk the whole machine
    db = tmp_path / "lib.db"
    code = main(["import", str(linked), "--follow-symlinks", "--db", str(db)])
    _out, err = capsys.readouterr()
    assert code == 1  # the loop and the FIFO
    assert set(_lines(err)) == {"loop", "pipe.txt"}
    assert _titles(db) == {"Inside", "Secret"}


def test_named_files_are_read_as_given_special_ones_refused(tmp_path, capsys):
    outside = _article(tmp_path / "elsewhere", "secret.txt", "Named through a link")
    link = tmp_path / "link.txt"
    link.symlink_to(outside)
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)  # a writer never comes: reading it must not wait for one
    db = tmp_path / "lib.db"
    named = [str(link), str(fifo), "/dev/null", "/proc/self/maps"]
    if os.path.exists("/proc/kmsg") and os.access("/proc/kmsg", os.R_OK):
        named.append("/proc/kmsg")  # blocks a reader (gave a TypeError), and is the kernel's
    code = main(["import", *named, "--db", str(db)])
    _out, err = capsys.readouterr()
    assert code == 1
    lines = _lines(err)
    assert lines["fifo.txt"] == "not a regular file: a FIFO (named pipe)"
    assert lines["null"] == "not a regular file: a character device"
    assert lines["maps"].startswith("not read: a kernel file (/proc/")
    if "/proc/kmsg" in named:
        assert lines["kmsg"] == "not read: a kernel file (/proc/kmsg), not an article"
    assert "Named through a link" in _titles(db)
    assert "TypeError" not in err


def test_special_files_refused_at_the_read_too(tmp_path):
    """`read_bytes` is the last gate: a file that was regular when listed and is not when
    read, or the kernel's, is refused there as well."""
    with pytest.raises(prepare.ArticleError, match="kernel file"):
        prepare.read_bytes(Path("/proc/self/status"))
    os.mkfifo(tmp_path / "late.txt")
    with pytest.raises(prepare.ArticleError, match="FIFO"):
        prepare.read_bytes(tmp_path / "late.txt")


def test_kernel_folders_are_not_walked():
    assert list(files.iter_files(["/proc/self"])) == [
        (Path("/proc/self"), "a kernel folder (/proc, /sys); not read")
    ]


# -- B: a lone surrogate in JSON Lines -------------------------------------------------------


def _surrogate_jsonl(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"title": "Ferry returns", "text": "The ferry returned on Monday."}),
        '{"title": "Broken \\ud800 title", "text": "Text with a lone \\udc00 surrogate."}',
        json.dumps({"title": "Bridge opens", "text": "The bridge opened on Tuesday."}),
    ]
    path = folder / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_lone_surrogate_never_stops_the_import(tmp_path, capsys, workers):
    folder = tmp_path / "in"
    _surrogate_jsonl(folder)
    for n in range(70 if workers == "2" else 1):  # the pipeline, as a large import takes it
        _article(folder, f"other-{n:02d}.txt", f"Other {n}")
    db = tmp_path / "lib.db"
    code = main(["import", str(folder), "--workers", workers, "--db", str(db)])
    out, err = capsys.readouterr()
    assert "import stopped" not in err
    assert code == 0, err
    others = 70 if workers == "2" else 1
    assert out.strip() == f"{others} imported, 0 unchanged, 0 failed; 1 feed: 3 entries, 3 imported"
    assert _lines(err) == {
        "feed.jsonl": "warning: line 2: 2 lone surrogate escape(s) (e.g. \\ud800) replaced "
        "with U+FFFD"
    }
    assert {"Ferry returns", "Broken \ufffd title", "Bridge opens"} <= _titles(db)


def test_an_article_that_breaks_fails_alone_with_its_line(tmp_path, monkeypatch):
    """Whatever goes wrong with one record (here extraction itself), its file and line are
    named and the file's other articles are stored."""
    real = prepare.extract

    def extract(article):
        if article.title == "Bridge opens":
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
        return real(article)

    monkeypatch.setattr(prepare, "extract", extract)
    path = _surrogate_jsonl(tmp_path / "in")
    lib = Library(str(tmp_path / "lib.db"))
    try:
        report = lib.import_paths([path], workers=1)
    finally:
        lib.close()
    [bad] = report.failed
    assert bad.path == str(path)
    assert bad.reason.startswith("line 3: UnicodeEncodeError")
    assert report.counts["imported"] == 2


# -- C: one file of many articles ------------------------------------------------------------


def _jsonl(path: Path, n: int, verb: str = "approved") -> None:
    rows = []
    for i in range(n):
        text = f"Item {i} was {verb} on Monday."
        record = {"title": f"Item {i}", "text": text}
        if i % 2:  # half with a url, half known by their title
            record["url"] = f"https://news.example/{i}"
        rows.append(json.dumps(record))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_changed_feed_is_updated_with_one_look_up_per_file(tmp_path):
    """Re-importing a changed file of many entries updates each entry in place (its id kept,
    matched by url or else title) and reads the file's stored articles once, not once per
    entry (which made a 100,000-entry file quadratic)."""
    path = tmp_path / "many.jsonl"
    n = 600  # more than a write batch
    _jsonl(path, n)
    lib = Library(str(tmp_path / "lib.db"))
    try:
        first = ingest.import_paths(lib.engine, [path])
        assert first.counts["imported"] == n
        ids = {r.title: r.article_id for r in first.results}
        _jsonl(path, n, verb="rejected")
        with statements_run(lib.engine, "FROM article", "article.path =") as by_path:
            again = ingest.import_paths(lib.engine, [path])
        assert again.counts == {"updated": n}
        assert {r.title: r.article_id for r in again.results} == ids
        assert len(by_path) == 1, by_path
        for title in ("Item 400", "Item 401"):  # known by its title; by its url
            text = " ".join(p.text for p in lib.article(ids[title]).paragraphs)
            assert "rejected" in text
        assert len(lib.articles()) == n
    finally:
        lib.close()


def test_repeated_entries_in_one_batch(tmp_path):
    """The same entry twice in a file: stored once, the repeat "unchanged" (not a failed
    batch retried article by article)."""
    path = tmp_path / "twice.jsonl"
    line = json.dumps({"title": "Twice", "text": "Said twice on Monday."})
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    lib = Library(str(tmp_path / "lib.db"))
    try:
        report = ingest.import_paths(lib.engine, [path])
    finally:
        lib.close()
    first, second = report.results
    assert (first.status, second.status) == ("imported", "unchanged")
    assert first.article_id == second.article_id


def test_repeated_entries_in_other_batches_and_one_stored_meanwhile(tmp_path, monkeypatch):
    """An entry repeated in a later batch of its file is "unchanged", and so is one that
    another import stores between its look-up (before extraction) and its batch."""
    import dateline.store.ingest.serial as serial
    import dateline.store.ingest.write as write

    monkeypatch.setattr(serial, "BATCH", 2)
    lines = [
        json.dumps({"title": f"Item {n}", "text": f"Item {n} opened on Monday."}) for n in range(6)
    ]
    lines[5] = lines[0]  # the first again, three batches later
    path = tmp_path / "again.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = tmp_path / "other.jsonl"
    other.write_text(lines[3] + "\n", encoding="utf-8")
    lib = Library(str(tmp_path / "lib.db"))
    real = write.store_batch

    def meanwhile(engine, batch, *args, **kwargs):
        if any(p.article.title == "Item 2" for p in batch):  # before the batch of Item 3
            ingest.import_paths(engine, [other])
        return real(engine, batch, *args, **kwargs)

    monkeypatch.setattr(serial, "store_batch", meanwhile)
    try:
        report = ingest.import_paths(lib.engine, [path], workers=1)
        stored = {a.title: a.id for a in lib.articles()}
    finally:
        lib.close()
    statuses = [r.status for r in report.results]
    assert statuses == ["imported", "imported", "imported", "unchanged", "imported", "unchanged"]
    assert report.results[5].article_id == report.results[0].article_id == stored["Item 0"]
    assert report.results[3].article_id == stored["Item 3"]
    assert len(stored) == 5


def test_an_article_whose_write_fails_fails_alone_in_its_batch(tmp_path, monkeypatch):
    """Articles of a file are written several to a transaction: when one cannot be written,
    the batch is rolled back and written again one article a transaction, so the bad one
    alone fails, named by its file and line, and every other one is stored once."""
    import dateline.store.ingest.write as write

    real = write.write_articles

    def refuses_one(session, items, taken, indexer):
        if any(p.article.title == "Item 3" for p, _new in items):
            raise RuntimeError("disk full")
        return real(session, items, taken, indexer)

    monkeypatch.setattr(write, "write_articles", refuses_one)
    path = tmp_path / "many.jsonl"
    _jsonl(path, 6)
    lib = Library(str(tmp_path / "lib.db"))
    try:
        report = lib.import_paths([path], workers=1)
        stored = {row.title for row in lib.articles()}
    finally:
        lib.close()
    [bad] = report.failed
    assert (bad.path, bad.entry) == (str(path), "line 4")
    assert bad.reason == "line 4: RuntimeError: disk full"
    assert report.counts["imported"] == 5
    assert stored == {f"Item {i}" for i in range(6)} - {"Item 3"}


def test_a_killed_import_of_one_large_file_keeps_whole_articles(tmp_path):
    """Killed while writing a file of many articles, the library keeps the batches that
    were committed, each article whole; importing the file again stores the rest once."""
    path = tmp_path / "many.jsonl"
    n = 3000
    _jsonl(path, n)
    db = tmp_path / "lib.db"
    command = import_command(path, db)
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and not stored_articles(db):
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    kept = whole_articles(db)
    assert 0 < kept < n
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(f"{n} entries, {n - kept} imported, {kept} unchanged")
    assert whole_articles(db) == n


# -- D: a worker that dies ----------------------------------------------------------------------

needs_fork = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the patched preparation reaches the workers only when they are forked",
)


@needs_fork
def test_a_dead_worker_is_replaced_and_its_file_named(tmp_path, monkeypatch):
    real = pipeline.prepare_data

    def dies_on_poison(shown, *args, **kwargs):
        if shown.endswith("poison.txt"):
            os._exit(9)  # as the OOM killer leaves it: no exception, no result
        return real(shown, *args, **kwargs)

    monkeypatch.setattr(pipeline, "prepare_data", dies_on_poison)
    folder = tmp_path / "in"
    for n in range(60):
        _article(folder, f"a{n:02d}.txt", f"Article {n}")
    _article(folder, "m-poison.txt", "Poison")
    lib = Library(str(tmp_path / "lib.db"))
    try:
        report = lib.import_paths([folder], workers=2)
    finally:
        lib.close()
    [dead] = report.failed
    assert Path(dead.path).name == "m-poison.txt"
    assert dead.reason == pipeline.WORKER_DIED
    assert report.counts["imported"] == 60
    assert len(report.results) == 61  # every file named once


def _many_with_trouble(path: Path, n: int) -> None:
    """`n` articles in JSON Lines, with a line that is not JSON, a lone surrogate (a
    warning for the file) and an article repeated."""
    _jsonl(path, n)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[5] = "{not json"
    lines[9] = '{"title": "Broken \\ud800 title", "text": "Said on Monday."}'
    lines[12] = lines[11]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _outcome(report) -> list[tuple]:
    return [(r.status, r.entry, r.reason, r.title, r.events, r.warnings) for r in report.results]


@needs_fork
def test_a_file_of_many_articles_is_extracted_on_every_core_as_in_one(tmp_path, monkeypatch):
    """The articles of a file of many are extracted by worker processes; what is stored and
    what each article is told (lines, failures, repeats, the file's warning, and a second
    import's "unchanged") is what one process gives."""
    from dateline.store.ingest import entries

    monkeypatch.setattr(entries, "PARALLEL_ENTRIES", 10)
    monkeypatch.setattr(prepare, "CHUNK", 7)  # several chunks, several in flight
    path = tmp_path / "many.jsonl"
    outcomes = {}
    started: list[int] = []  # the pool's workers, each time a file goes to it
    real = entries.EntryPool.run

    def run(self, *args):
        started.append(self.workers)
        return real(self, *args)

    monkeypatch.setattr(entries.EntryPool, "run", run)
    for workers in (1, 2):
        lib = Library(str(tmp_path / f"lib-{workers}.db"))
        started.clear()
        try:
            _many_with_trouble(path, 60)
            first = ingest.import_paths(lib.engine, [path], workers=workers)
            again = ingest.import_paths(lib.engine, [path], workers=workers)
            _jsonl(path, 60, verb="rejected")  # every article changed: updated in place
            changed = ingest.import_paths(lib.engine, [path], workers=workers)
            titles = sorted(row.title for row in lib.articles())
        finally:
            lib.close()
        assert started == ([] if workers == 1 else [2, 2, 2])
        ids = [r.article_id for r in changed.results]
        outcomes[workers] = (_outcome(first), _outcome(again), _outcome(changed), ids, titles)
    assert outcomes[1] == outcomes[2]
    first, again, changed, _ids, titles = outcomes[2]
    assert {status for status, *_rest in changed} == {"updated", "imported"}
    assert first[5][:3] == ("failed", "line 6", first[5][2]) and first[5][2].startswith("line 6")
    assert first[12][0] == "unchanged"
    assert [w for *_rest, w in first if w] == [first[0][5]]  # the warning, told once
    assert {status for status, *_rest in again} == {"unchanged", "failed"}
    assert len(titles) == 61  # 57 items and the broken title, then the 3 items they hid


def test_by_default_one_large_file_uses_every_core_and_workers_1_one_process(tmp_path, monkeypatch):
    """`dateline import feed.jsonl` extracts a file of many articles on every core, as a
    large folder is; `--workers 1` keeps the whole import in its own process."""
    from dateline.store.ingest import entries

    monkeypatch.setattr(entries, "PARALLEL_ENTRIES", 10)
    monkeypatch.setattr(entries.os, "cpu_count", lambda: 2)
    started: list[int] = []

    def run(self, *args):  # noted, then extracted here
        started.append(self.workers)
        return prepare.prepare_chunks(*args)

    monkeypatch.setattr(entries.EntryPool, "run", run)
    path = tmp_path / "many.jsonl"
    _jsonl(path, 12)
    lib = Library(str(tmp_path / "lib.db"))
    try:
        lib.import_paths([path], workers=1)
        assert started == []
        lib.import_paths([path])
        assert started == [2]
    finally:
        lib.close()


@needs_fork
def test_a_worker_that_dies_on_an_article_of_a_large_file_names_it_alone(tmp_path, monkeypatch):
    from dateline.store.ingest import entries

    monkeypatch.setattr(entries, "PARALLEL_ENTRIES", 10)
    monkeypatch.setattr(prepare, "CHUNK", 7)
    real = prepare.extract

    def dies_on_poison(article):
        if article.title == "Item 23":
            os._exit(9)  # as the OOM killer leaves it: no exception, no result
        return real(article)

    monkeypatch.setattr(prepare, "extract", dies_on_poison)
    path = tmp_path / "many.jsonl"
    _jsonl(path, 40)
    lib = Library(str(tmp_path / "lib.db"))
    try:
        report = ingest.import_paths(lib.engine, [path], workers=2)
        stored = len(lib.articles())
    finally:
        lib.close()
    [dead] = report.failed
    assert (dead.entry, dead.reason) == ("line 24", f"line 24: {pipeline.WORKER_DIED}")
    assert report.counts["imported"] == 39 == stored
    assert [r.entry for r in report.results] == [f"line {i + 1}" for i in range(40)]


# -- E: the time budget -------------------------------------------------------------------------


def _spin() -> None:
    """Computation that never ends (a pathological input): only the budget stops it."""
    n = 0
    while True:
        n += 1


def _slow_extract(monkeypatch, title: str) -> None:
    real = prepare.extract

    def extract(article):
        if article.title == title:
            _spin()
        return real(article)

    monkeypatch.setattr(prepare, "extract", extract)


def test_a_slow_file_is_named_and_the_rest_carry_on(tmp_path, capsys, monkeypatch):
    _slow_extract(monkeypatch, "Slow")
    folder = tmp_path / "in"
    _article(folder, "a.txt", "First")
    _article(folder, "b.txt", "Slow")
    _article(folder, "c.txt", "Last")
    db = tmp_path / "lib.db"
    code = main(["import", str(folder), "--budget", "0.2", "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 1
    assert _lines(err) == {"b.txt": "took longer than 0.2 s"}
    assert out.strip() == "2 imported, 0 unchanged, 1 failed"
    assert _titles(db) == {"First", "Last"}


def test_a_slow_entry_fails_alone(tmp_path, monkeypatch):
    _slow_extract(monkeypatch, "Ferry returns")
    path = _surrogate_jsonl(tmp_path / "in")
    lib = Library(str(tmp_path / "lib.db"))
    try:
        report = ingest.import_paths(lib.engine, [path], budget=0.2)
    finally:
        lib.close()
    [slow] = report.failed
    assert slow.reason == "line 1: took longer than 0.2 s"
    assert report.counts["imported"] == 2


@needs_fork
def test_a_slow_file_in_a_worker(tmp_path, monkeypatch):
    _slow_extract(monkeypatch, "Slow")
    folder = tmp_path / "in"
    for n in range(20):
        _article(folder, f"a{n:02d}.txt", f"Article {n}")
    _article(folder, "slow.txt", "Slow")
    lib = Library(str(tmp_path / "lib.db"))
    try:
        report = lib.import_paths([folder], workers=2, budget=0.2)
    finally:
        lib.close()
    [slow] = report.failed
    assert (Path(slow.path).name, slow.reason) == ("slow.txt", "took longer than 0.2 s")
    assert report.counts["imported"] == 20


def test_time_limit_counts_work_and_leaves_no_alarm_behind():
    with prepare.time_limit(0.5):
        time.sleep(0.01)  # waiting is not work
    assert prepare.signal.getitimer(prepare.signal.ITIMER_PROF) == (0.0, 0.0)
    with pytest.raises(prepare.OverBudget), prepare.time_limit(0.05):
        _spin()
    assert prepare.signal.getitimer(prepare.signal.ITIMER_PROF) == (0.0, 0.0)


def _kept_handler_budgets() -> None:
    """In a fresh process: the handler kept (as a worker keeps it), each block is still
    bounded, and nothing fires once a block is over."""
    prepare.keep_budget_handler()
    for _ in range(2):
        try:
            with prepare.time_limit(0.05):
                _spin()
        except prepare.OverBudget:
            pass
        else:
            os._exit(1)
    with prepare.time_limit(0.05):
        pass
    end = time.process_time() + 0.2
    while time.process_time() < end:  # past the budget of the block that has ended
        pass
    os._exit(0 if prepare.signal.getitimer(prepare.signal.ITIMER_PROF) == (0.0, 0.0) else 2)


def test_time_limit_with_the_handler_kept_in_a_worker():
    process = multiprocessing.get_context("fork").Process(target=_kept_handler_budgets)
    process.start()
    process.join(30)
    if process.is_alive():  # a block the budget did not stop
        process.kill()
    assert process.exitcode == 0


# -- F: the command line's smaller traps --------------------------------------------------------


def test_out_of_range_article_id_is_one_line(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    assert main(["timeline", "--article", "99999999999999999999", "--db", db]) == 2
    assert capsys.readouterr().err == "dateline: no article with id 99999999999999999999\n"
    assert main(["timeline", "--article", "-1", "--db", db]) == 2


@pytest.mark.parametrize("value", ["-5", "0"])
def test_workers_below_one_is_one_line(tmp_path, capsys, value):
    _article(tmp_path / "in", "a.txt")
    assert (
        main(["import", str(tmp_path / "in"), "--workers", value, "--db", str(tmp_path / "l")]) == 2
    )
    err = capsys.readouterr().err
    assert err == f"dateline: --workers {value}: expected a number of processes, 1 or more\n"


def test_budget_must_be_positive(tmp_path, capsys):
    _article(tmp_path / "in", "a.txt")
    assert main(["import", str(tmp_path / "in"), "--budget", "0", "--db", str(tmp_path / "l")]) == 2
    assert "--budget 0: expected a number of seconds above 0" in capsys.readouterr().err


def test_tag_refuses_what_is_not_a_regular_file(tmp_path, capsys):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(10 * 1024 * 1024 + 1)  # sparse: costs nothing on disk
    for path, reason in (
        ("/dev/zero", "not a regular file"),
        (str(fifo), "not a regular file"),
        (str(big), "file too large"),
        ("/proc/self/status", "not read: a kernel file"),
    ):
        assert main(["tag", path, "--dct", "2020-01-01"]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"dateline: {path}: {reason}") and err.count("\n") == 1, err


def test_file_names_that_are_not_utf8(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(ARTICLE.format(title="Cafe", day="Monday"), encoding="utf-8")
    bad = os.fsdecode(b"bad\xff.txt")
    (folder / bad).write_bytes(b"")
    db = tmp_path / "lib.db"
    code = main(["import", str(folder), "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip() == "1 imported, 0 unchanged, 1 failed"
    assert err.strip() == f"{folder}/bad\\xff.txt: empty file: no text to read"
    with sqlite3.connect(db) as conn:
        [(path,)] = conn.execute("SELECT path FROM article").fetchall()
    assert path == f"{folder.resolve()}/caf\\xe9.txt"


def test_an_unreadable_folder_is_called_a_folder(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "in"
    _article(folder, "a.txt")
    locked = folder / "locked"
    _article(locked, "b.txt")
    os.chmod(locked, 0)
    if os.geteuid() == 0:  # root lists anything: refuse the listing as the OS would
        real = os.scandir

        def scandir(path):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(files.os, "scandir", scandir)
    try:
        code = main(["import", str(folder), "--db", str(tmp_path / "lib.db")])
    finally:
        os.chmod(locked, 0o755)
    assert code == 1
    assert capsys.readouterr().err == f"{locked}: unreadable folder: permission denied\n"


# -- G: the indexer's heads query on a growing library --------------------------------------------


def test_the_heads_query_asks_the_index_once_per_day(library, tmp_path):
    """The query for earlier reports of the same (type, day) reads the heads index once per
    day asked. PostgreSQL ran the former `IN (… LIMIT)` as a subplan per event of the
    library (3,000 articles: 11 articles/s; 14,000: one batch's query over 14 minutes)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n, day in enumerate(("Monday", "Tuesday", "Wednesday")):
        (folder / f"{n}.txt").write_text(
            f"Mayors boycott talks\nThursday, January 24, 2018\n\n"
            f"The mayors of three cities boycotted the meeting with the president on {day}.\n",
            encoding="utf-8",
        )
    with statements_run(library.engine, "_index_days d") as queries:
        library.import_paths([folder], workers=1)
    assert queries
    postgres = library.engine.dialect.name == "postgresql"
    with library.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS _index_days (type TEXT, start TEXT)")
        conn.exec_driver_sql("INSERT INTO _index_days SELECT type, start FROM event")
        explain = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "
        sql = queries[-1].replace("%(n)s", "58") if postgres else queries[-1].replace("?", "58")
        plan = "\n".join(str(row[-1]) for row in conn.exec_driver_sql(explain + sql))
        conn.rollback()
    assert "ix_event_heads" in plan, plan
    if postgres:
        assert "SubPlan" not in plan, plan

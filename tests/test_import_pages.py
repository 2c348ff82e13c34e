"""Importing real-world folders (issue 14): one article per story, every file accounted for,
feeds counted apart, languages Dateline cannot read said so. Pages and feeds here are
written for the tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dateline.store.library import Library
from dateline.tui.cli import main

STORY = [
    "The harbour ferry returned to service on Monday after a winter of repairs, the operator "
    "said, and the first crossing carried more than two hundred passengers to the island.",
    "Engineers replaced both engines and the steering gear, work that took four months and "
    "cost the town council about 1.2 million pounds, according to accounts it published.",
    "Regular passengers said the timetable had been missed, and shop owners on the quay "
    "expected trade to recover quickly now that the boat was running every hour again.",
]
URL = "https://valley.example/news/ferry-returns"


def page(
    url: str = URL, extra: str = "", paras: list[str] | None = None, title: str = "Ferry returns"
) -> str:
    body = "".join(f"<p>{p}</p>" for p in (STORY if paras is None else paras))
    return (
        f"<!DOCTYPE html><html><head><title>{title} - Valley Post</title>"
        '<meta property="og:site_name" content="Valley Post">'
        f'<link rel="canonical" href="{url}"><meta name="date" content="2021-03-01"></head>'
        f"<body><article><h1>{title}</h1>{body}{extra}</article></body></html>"
    )


def feed(*items: tuple[str, str]) -> str:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
        "<pubDate>Mon, 01 Mar 2021 09:00:00 GMT</pubDate></item>"
        for t, link, d in ((t, link, STORY[0]) for t, link in items)
    )
    channel = f"<channel><title>Valley</title>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


def _import(capsys, *args: str) -> tuple[int, str, list[str]]:
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip().splitlines()


def _rows(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, path, url, language FROM article ORDER BY id").fetchall()


# -- one article per story ------------------------------------------------------------------


def test_the_same_story_saved_twice_is_one_article(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(page(extra="<p>Share this</p>"))
    tracked = URL + "?utm_source=newsletter&utm_medium=email"
    (folder / "b.html").write_text(page(url=tracked, extra="<h2>Related</h2><p>Bus fares</p>"))
    db = tmp_path / "lib.db"
    code, out, err = _import(capsys, str(folder), "--db", str(db))
    assert (code, err) == (0, [])
    assert out == "1 imported, 1 unchanged, 0 failed"
    assert len(_rows(db)) == 1


def test_the_same_text_under_another_address_is_one_article(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(page())
    (folder / "b.html").write_text(page(url="https://mirror.example/p/1", extra="<p>Ad</p>"))
    db = tmp_path / "lib.db"
    code, out, _ = _import(capsys, str(folder), "--db", str(db))
    assert out == "1 imported, 1 unchanged, 0 failed" and len(_rows(db)) == 1


def test_a_feed_item_and_its_saved_page_are_one_article_the_fuller_wins(tmp_path, capsys):
    db = tmp_path / "lib.db"
    rss = tmp_path / "valley.rss"
    rss.write_text(feed(("Ferry returns", URL), ("Bridge closes", "https://valley.example/b")))
    code, out, _ = _import(capsys, str(rss), "--db", str(db))
    assert out == "0 imported, 0 unchanged, 0 failed; 1 feed: 2 entries, 2 imported"
    [(ferry, *_), (bridge, *_)] = _rows(db)
    lib = Library(str(db))
    lib.set_flags(ferry, read=True, starred=True)
    lib.set_note(ferry, "check the fare")
    lib.close()

    saved = tmp_path / "ferry.html"
    saved.write_text(page())
    code, out, _ = _import(capsys, str(saved), "--db", str(db))
    assert out == "0 imported, 1 updated, 0 unchanged, 0 failed"
    rows = _rows(db)
    assert [r[0] for r in rows] == [ferry, bridge]  # the story kept its id
    lib = Library(str(db))
    try:
        view = lib.article(ferry)
        assert [p.text for p in view.paragraphs] == STORY  # the page's fuller text
        assert lib.flags()[ferry] == (True, True) and lib.note(ferry) == "check the fare"
    finally:
        lib.close()
    # the feed again: its item is the shorter copy of a stored story, not a new article
    code, out, _ = _import(capsys, str(rss), "--db", str(db))
    assert out == "0 imported, 0 unchanged, 0 failed; 1 feed: 2 entries, 0 imported, 2 unchanged"
    assert len(_rows(db)) == 2


def test_different_stories_from_one_site_stay_apart(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(page())
    other = [p.replace("ferry", "tram").replace("harbour", "station") for p in STORY]
    (folder / "b.html").write_text(page(url=URL.replace("ferry", "tram"), paras=other))
    db = tmp_path / "lib.db"
    _import(capsys, str(folder), "--db", str(db))
    assert len(_rows(db)) == 2


# -- every file accounted for ------------------------------------------------------------------


def test_skips_are_counted_and_named_and_sniffed_pages_import(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "junk.bin").write_bytes(b"\x00\x01\x02\x03 binary")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "README").write_text("About this folder.\n")
    (folder / "LICENSE.txt").write_text("Permission is granted.\n")
    (folder / "story").write_text(page())  # no extension: sniffed, a page
    (folder / "notice-of-closure.html").write_text(
        page(url=URL + "-closure", paras=[p.replace("ferry", "pool") for p in STORY])
    )
    (folder / "saved.bin").write_text(feed(("Quay", "https://valley.example/q")))  # misnamed
    db = tmp_path / "lib.db"
    code, out, err = _import(capsys, str(folder), "--db", str(db))
    assert (code, err) == (0, [])
    assert out == (
        "2 imported, 0 unchanged, 0 failed; 1 feed: 1 entry, 1 imported; 5 skipped: "
        "not an article type (.bin, .pdf, .png); a project file, not an article "
        "(LICENSE.txt, README)"
    )


def test_many_entries_with_one_problem_are_one_line(tmp_path, capsys):
    items = "".join(
        f"<item><title>Section {n}</title><link>https://valley.example/s{n}</link></item>"
        for n in range(70)
    )
    items += (
        f"<item><title>Ferry</title><link>{URL}</link><description>{STORY[0]}</description></item>"
    )
    (tmp_path / "toc.rss").write_text(f'<rss version="2.0"><channel>{items}</channel></rss>')
    code, out, err = _import(capsys, str(tmp_path / "toc.rss"), "--db", str(tmp_path / "l.db"))
    assert code == 1
    assert out == "0 imported, 0 unchanged, 0 failed; 1 feed: 71 entries, 1 imported, 70 failed"
    assert err == [
        f"{tmp_path / 'toc.rss'}: 70 entries: no article text found (entry 1 ('Section 0'), …)"
    ]


# -- languages ------------------------------------------------------------------------------

GERMAN = [
    "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss im kommenden "
    "Frühjahr zu sanieren. Die Arbeiten sollen etwa drei Monate dauern.",
    "Nach Angaben der Verwaltung kostet das Vorhaben rund zwei Millionen Euro. Anwohner "
    "hatten seit Jahren auf eine Lösung gedrängt, weil die Brücke gesperrt war.",
    "Der Bürgermeister sagte, man habe lange genug gewartet, und dankte den Bürgern für "
    "ihre Geduld während der Planung.",
]


def test_a_page_in_another_language_is_imported_with_an_empty_timeline_and_the_reason(
    tmp_path, capsys
):
    path = tmp_path / "stadtrat.html"
    path.write_text(page(url="https://stadt.example/bruecke", paras=GERMAN))
    db = tmp_path / "lib.db"
    code, out, err = _import(capsys, str(path), "--db", str(db))
    assert code == 0 and out == "1 imported, 0 unchanged, 0 failed"
    assert err == [f"{path}: German: dates and events are read in English only"]
    lib = Library(str(db))
    try:
        [row] = lib.articles()
        assert row.events == 0 and row.language == "de"
        assert row.date_note == "German: dates and events are read in English only"
        assert row.published == "2021-03-01"  # the page's own date is still read
        assert not lib.timeline(article_id=row.id)
    finally:
        lib.close()
    main(["articles", "--format", "json", "--db", str(db)])
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["language"], listed["url"]) == ("de", "https://stadt.example/bruecke")


def test_english_pages_are_read_and_say_nothing(tmp_path, capsys):
    path = tmp_path / "ferry.html"
    path.write_text(page())
    db = tmp_path / "lib.db"
    code, out, err = _import(capsys, str(path), "--db", str(db))
    assert (code, err) == (0, [])
    lib = Library(str(db))
    try:
        [row] = lib.articles()
        assert row.language == "en" and row.events > 0 and row.date_note is None
    finally:
        lib.close()


# -- upgrade -----------------------------------------------------------------------------


def test_an_older_library_gets_its_story_keys_on_upgrade(tmp_path, capsys):
    db = tmp_path / "lib.db"
    path = tmp_path / "ferry.html"
    path.write_text(page())
    _import(capsys, str(path), "--db", str(db))
    with sqlite3.connect(db) as conn:  # as a version 3 library was
        conn.execute("DROP INDEX ix_article_url_key")
        conn.execute("DROP INDEX ix_article_text_key")
        for column in ("url_key", "text_key", "language"):
            conn.execute(f"ALTER TABLE article DROP COLUMN {column}")
        conn.execute("UPDATE dateline_meta SET value = '3' WHERE key = 'schema'")
    copy = tmp_path / "copy.html"
    copy.write_text(page(url=URL + "?utm_campaign=x", extra="<p>Share this</p>"))
    code, out, _ = _import(capsys, str(copy), "--db", str(db))
    assert out == "0 imported, 1 unchanged, 0 failed" and len(_rows(db)) == 1


@pytest.mark.parametrize("name", ["a.html"])
def test_rows_keep_url_and_language(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_text(page())
    db = tmp_path / "lib.db"
    _import(capsys, str(path), "--db", str(db))
    [(_, _, url, language)] = _rows(db)
    assert (url, language) == (URL, "en")


# -- one of each: the folder the closing note shows ----------------------------------


def mixed_folder(root):
    """One file for each case of issue 14, in one folder."""
    root.mkdir(parents=True, exist_ok=True)
    cafe = [
        "The café’s owner, Zoë Brandt, said on Monday that the “long winter” was over and "
        "that the terrace on the quay would open again for the first time since October.",
        *STORY[1:],
    ]
    misdeclared = page(
        url="https://valley.example/cafe", paras=cafe, title="Café terrace opens"
    ).replace("<head>", '<head><meta charset="ISO-8859-1">')
    (root / "misdeclared.html").write_bytes(misdeclared.encode("utf-8"))
    (root / "windows.txt").write_bytes(
        ("Café reopens\nMarch 2, 2021\n\n" + cafe[0] + "\n").encode("cp1252")
    )
    (root / "bom.txt").write_bytes(
        b"\xef\xbb\xbf"
        + b"Quay repaired\nMarch 3, 2021\n\nThe quay was repaired. "
        + b"One bad \xff byte.\n"
    )
    (root / "markup.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley &amp;amp; Hill</title>'
        "<item><title>&lt;b&gt;Bakery&lt;/b&gt; sells PB&amp;amp;J for &amp;#x0024;3</title>"
        "<link>https://valley.example/bakery</link><pubDate>Tue, 02 Mar 2021 10:00:00 EDT"
        "</pubDate><description>&lt;p&gt;The bakery on the quay began selling sandwiches on "
        "Tuesday.&amp;nbsp;...&lt;/p&gt;</description></item></channel></rss>"
    )
    (root / "sitename.html").write_text(
        page(
            url="https://valley.example/bus",
            paras=[p.replace("ferry", "bus") for p in STORY],
            title="Bus returns",
        )
    )
    (root / "404.html").write_text(
        "<html><head><title>Page Not Found | Valley Post</title></head><body><h1>Sorry</h1>"
        "<p>The page you requested could not be found.</p></body></html>"
    )
    (root / "paywall.html").write_text(
        page(
            url="https://valley.example/locked",
            paras=[
                "The council met on Monday.",
                "To continue reading, subscribe for one pound a week.",
            ],
        )
    )
    (root / "copy-a.html").write_text(page())
    (root / "copy-b.html").write_text(
        page(url=URL + "?utm_source=share", extra="<h2>Related</h2><p>Bus fares rise</p>")
    )
    (root / "feed-item.rss").write_text(feed(("Ferry returns", URL)))
    (root / "junk.bin").write_bytes(b"\x00\x01\x02binary")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "README").write_text("Saved pages.\n")
    tram = [p.replace("ferry", "tram").replace("harbour", "station") for p in STORY]
    (root / "saved-page").write_text(
        page(url="https://valley.example/tram", paras=tram, title="Tram returns")
    )
    jf = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Valley Post",
        "items": [
            {
                "id": "1",
                "url": "https://valley.example/pier",
                "title": "Pier opens",
                "content_html": "<p>The new pier opened on Friday, 5 March 2021.</p>",
                "date_published": "2021-03-05T12:00:00Z",
            }
        ],
    }
    (root / "feed.json").write_text(json.dumps(jf, indent=2))
    toc = "".join(
        f"<item><title>Section {n}</title><link>https://valley.example/s{n}</link></item>"
        for n in range(5)
    )
    (root / "toc.rss").write_text(f'<rss version="2.0"><channel>{toc}</channel></rss>')
    school = [p.replace("ferry", "school").replace("harbour", "hill") for p in STORY]
    (root / "boilerplate.html").write_text(
        page(
            url="https://valley.example/school",
            title="School reopens",
            paras=["Published March 5, 2021", *school],
            extra="<p>Read more: Council votes on bus lanes</p><h2>Trending On Valley Post</h2>"
            "<p>Mayor opens library</p><p>Photo by Ann Lee/Valley Post</p>"
            "<p>© Valley Post 2021. All rights reserved.</p>",
        ).replace('<meta name="date" content="2021-03-01">', "")
    )
    (root / "stadtrat.html").write_text(
        page(url="https://stadt.example/bruecke", paras=GERMAN, title="Brücke wird saniert")
    )
    return root


def test_a_folder_with_one_of_each_case(tmp_path, capsys):
    folder = mixed_folder(tmp_path / "mixed")
    db = tmp_path / "lib.db"
    code, out, err = _import(capsys, str(folder), "--db", str(db))
    assert code == 1  # the error page, the paywall stub and the table of contents fail
    # copy-b.html and the feed's item are copies of copy-a.html's story, no fuller
    assert out == (
        "8 imported, 1 unchanged, 2 failed; 4 feeds: 8 entries, 2 imported, 1 unchanged, "
        "5 failed; 3 skipped: not an article type (.bin, .png); "
        "a project file, not an article (README)"
    )
    named = {line.split(": ", 1)[0].rsplit("/", 1)[-1]: line.split(": ", 1)[1] for line in err}
    assert named["404.html"].startswith("an error page, not an article")
    assert named["paywall.html"].startswith("a paywall stub, not the article")
    assert named["toc.rss"].startswith("5 entries: no article text found")
    assert named["stadtrat.html"] == "German: dates and events are read in English only"
    assert named["bom.txt"].startswith("warning: invalid UTF-8")
    lib = Library(str(db))
    try:
        titles = {Path(r.path).name: r for r in lib.articles()}
        assert "Zoë Brandt" in lib.article(titles["misdeclared.html"].id).paragraphs[0].text
        assert titles["sitename.html"].title == "Bus returns"
        assert titles["boilerplate.html"].published == "2021-03-05"
        assert titles["markup.rss"].title == "Bakery sells PB&J for $3"
    finally:
        lib.close()


def test_show_prints_an_article_as_stored(tmp_path, capsys):
    path = tmp_path / "ferry.html"
    path.write_text(page(extra="<figure><figcaption>The ferry at the quay</figcaption></figure>"))
    db = str(tmp_path / "lib.db")
    _import(capsys, str(path), "--db", db)
    assert main(["show", "1", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == ["Ferry returns", "2021-03-01", "Valley Post · en"]
    assert lines[3:5] == [URL, str(path.resolve())]
    assert lines[6:] == ["• The ferry at the quay", "", STORY[0], "", STORY[1], "", STORY[2]]
    assert main(["show", "1", "--format", "json", "--db", db]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["title"], shown["url"], shown["language"]) == ("Ferry returns", URL, "en")
    assert [p["text"] for p in shown["paragraphs"] if p["kind"] == "body"] == STORY
    assert [p["number"] for p in shown["paragraphs"]] == [1, 2, 3, 4]
    # numbered as the timeline cites its sources, to check an entry against its paragraph
    assert main(["show", "1", "--numbered", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[6:] == [
        "¶1 • The ferry at the quay",
        "",
        f"¶2 {STORY[0]}",
        "",
        f"¶3 {STORY[1]}",
        "",
        f"¶4 {STORY[2]}",
    ]
    assert main(["timeline", "--article", "1", "--format", "json", "--db", db]) == 0
    cited = {s["paragraph"] for e in json.loads(capsys.readouterr().out) for s in e["sources"]}
    assert cited and cited <= {2, 3, 4}  # the story's paragraphs, by the same numbers
    assert main(["show", "99", "--db", db]) == 2
    assert "no article 99" in capsys.readouterr().err


def test_a_front_page_address_makes_no_two_stories_one(tmp_path, capsys):
    """Some sites give every page the front page as its canonical address."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(page(url="https://valley.example/"))
    tram = [p.replace("ferry", "tram").replace("harbour", "station") for p in STORY]
    (folder / "b.html").write_text(page(url="https://valley.example/", paras=tram))
    db = tmp_path / "lib.db"
    _import(capsys, str(folder), "--db", str(db))
    assert len(_rows(db)) == 2

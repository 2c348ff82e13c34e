"""Format readers: one fixture per format, detection by content, hostile input, fuzzing.

Every test here runs with sockets disabled: reading a file must never touch the network.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import socket
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.store.formats import FORMATS, read_articles, read_file
from dateline.store.formats.article import ArticleError, parse_article
from dateline.store.formats.detect import detect

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("a format reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _read(name: str):
    path = FIXTURES / name
    return read_articles(path, path.read_bytes())


# -- one fixture per format -----------------------------------------------------------------


def test_html_page_main_text_metadata_and_caption():
    [a] = _read("article.html")
    assert a.format == "html"
    assert a.title == "Council bans cars from the old town"
    assert a.published == dt.date(2018, 6, 5)
    assert (a.author, a.source) == ("Ana Ortiz", "Daily Planet")
    assert a.url == "https://example.org/news/council-bans-cars"
    kinds = [p.kind for p in a.paragraphs]
    assert kinds == ["caption", "body", "body", "body"]
    assert a.paragraphs[0].text == "The old town square on Sunday, before the vote."
    text = " ".join(p.text for p in a.paragraphs)
    assert "Home" not in text and "Copyright" not in text  # navigation and footer dropped


def test_rss_entries_full_content_else_summary():
    first, second = _read("feed.rss")
    assert first.format == second.format == "feed"
    assert first.title == "Ferry service to resume in March"
    assert first.published == dt.date(2018, 2, 6)
    assert first.url == "https://example.org/ferry" and first.source == "Harbour Gazette"
    assert [p.kind for p in first.paragraphs] == ["body", "caption", "body"]
    assert "Short summary" not in " ".join(p.text for p in first.paragraphs)
    assert second.paragraphs[0].text.startswith("The town library will stay open")


def test_atom_entry():
    [a] = _read("feed.atom")
    assert (a.title, a.published, a.author) == (
        "Bridge closed for repairs",
        dt.date(2019, 3, 4),
        "Tom Reyes",
    )
    assert a.url == "https://example.net/bridge" and a.source == "Valley Times"


def test_markdown_yaml_front_matter():
    [a] = _read("note.md")
    assert a.format == "markdown"
    assert a.title == "Strike ends after two weeks"
    assert a.published == dt.date(2020, 11, 3)
    assert (a.source, a.author) == ("Coast Herald", "Mia Chen, Ole Dahl")
    assert a.paragraphs[0].kind == "caption"
    texts = [p.text for p in a.paragraphs]
    assert (
        "The dock workers' strike ended on Tuesday after the union accepted a new offer." in texts
    )
    assert all("**" not in t and "](" not in t for t in texts)


def test_markdown_toml_front_matter():
    [a] = _read("note_toml.md")
    assert (a.title, a.published, a.source, a.author) == (
        "Council approves new budget",
        dt.date(2021, 4, 14),
        "Hill Post",
        "Sam Ray",
    )
    assert len(a.paragraphs) == 2


def test_jsonl_text_and_paragraphs():
    first, second = _read("articles.jsonl")
    assert first.title == "Airport expansion delayed" and len(first.paragraphs) == 2
    assert first.published == dt.date(2017, 9, 14) and first.source == "Metro Daily"
    assert second.paragraphs[1].text == "Entry is free until May."


def test_timeml_dct_and_text():
    [a] = _read("doc.tml")
    assert a.format == "timeml"
    assert a.published == dt.date(1998, 2, 6)
    assert a.title == "Shipyard wins navy contract"
    assert [p.text for p in a.paragraphs] == [
        "The shipyard won a navy contract yesterday, officials said.",
        "Construction will begin in June.",
    ]


def test_plain_text_as_before():
    [a] = _read("article.txt")
    assert (a.format, a.title, a.published) == (
        "text",
        "City council bans cars",
        dt.date(2018, 6, 5),
    )


# -- detection ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("saved.txt", (FIXTURES / "feed.rss").read_text(), "feed"),
        ("page.xml", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("notes", '{"title": "a", "text": "b"}\n', "jsonl"),
        ("corpus.xml", (FIXTURES / "doc.tml").read_text(), "timeml"),
        ("note.txt", "---\ntitle: a\n---\nbody\n", "markdown"),
        ("README", "# Heading\n\ntext", "markdown"),
        ("a.md", "Just text\n\nMore.", "markdown"),
        ("a.html", "Just text", "html"),
        ("a", "Just text", "text"),
    ],
)
def test_detection_by_content_then_extension(name, text, expected):
    assert detect(name, text) == expected


# -- encodings ------------------------------------------------------------------------------


def test_invalid_utf8_is_replaced_with_a_warning():
    data = "Café reopens\nJune 5, 2018\n\nThe café reopened.".encode() + b" Bad \xff byte."
    result = read_file("a.txt", data)
    assert result.warnings and "invalid UTF-8" in result.warnings[0]
    assert "\ufffd" in result.entries[0].article.paragraphs[-1].text


def test_utf16_with_bom_and_declared_charset():
    [a] = read_articles("a.txt", "Título\n\nTexto del artículo.".encode("utf-16"))
    assert a.title == "Título"
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body>'
        "<article><p>" + "Le caf\xe9 a rouvert lundi apr\xe8s des travaux. " * 5 + "</p></article>"
        "</body></html>"
    ).encode("latin-1")
    [h] = read_articles("p.html", page)
    assert "café" in h.paragraphs[0].text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_not_called_binary(codec):
    [a] = read_articles("a.txt", "Bridge reopens\n\nRepairs cost €2m.\n".encode(codec))
    assert (a.title, a.paragraphs[0].text) == ("Bridge reopens", "Repairs cost €2m.")


def test_windows_line_ends_keep_front_matter():
    note = "---\r\ntitle: Depot closes\r\ndate: 2020-01-02\r\n---\r\n\r\nIt closed.\r\n"
    for name in ("n.md", "n.txt"):  # the .txt by its front matter
        [a] = read_articles(name, note.encode())
        assert (a.format, a.title, a.published) == ("markdown", "Depot closes", dt.date(2020, 1, 2))
        assert [p.text for p in a.paragraphs] == ["It closed."]


def test_unknown_declared_encoding_is_refused():
    page = b'<html><head><meta charset="x-klingon"></head><body><p>Text</p></body></html>'
    with pytest.raises(ArticleError, match="unknown encoding 'x-klingon'"):
        read_articles("p.html", page)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"%PDF-1.7\n", "PDF"),
        (b"abc\x00def", "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
    ],
)
def test_binary_and_empty_refused(data, reason):
    with pytest.raises(ArticleError, match=reason):
        read_articles("a.txt", data)


# -- hostile XML and friends ---------------------------------------------------------------

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
"""
EXTERNAL = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


@pytest.mark.parametrize("prefix", [BOMB, EXTERNAL])
@pytest.mark.parametrize(
    "name, body",
    [
        ("f.rss", "<rss><channel><item><title>&lol3;&xxe;</title></item></channel></rss>"),
        ("d.tml", "<TimeML><TEXT>&lol3; &xxe;</TEXT></TimeML>"),
        ("p.html", "<html><body><p>&lol3; &xxe;</p></body></html>"),
    ],
)
def test_entities_are_refused_never_expanded(prefix, name, body):
    with pytest.raises(ArticleError, match="entity"):
        read_articles(name, (prefix + body).encode())


def test_timeml_external_dtd_is_not_fetched():
    doc = (
        '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "http://example.org/timeml.dtd">\n'
        "<TimeML><TEXT>It rained on Monday.</TEXT></TimeML>"
    )
    [a] = read_articles("d.tml", doc.encode())  # the DTD is never read: no network, no error
    assert a.paragraphs[0].text == "It rained on Monday."


def test_strings_that_look_like_urls_or_paths_are_text():
    with pytest.raises(ArticleError):  # feedparser must not open it as a file name
        read_articles("f.rss", b"/etc/passwd")
    for name in ("p.html", "f.rss"):
        with contextlib.suppress(ArticleError):
            read_articles(name, b"https://example.org/page")


def test_truncated_and_malformed():
    page = (FIXTURES / "article.html").read_text()
    cut = read_file("p.html", page[: page.index("Opponents")].encode())
    assert cut.entries[0].article and "truncated" in cut.warnings[0]
    feed = (FIXTURES / "feed.rss").read_text()
    partial = read_file("f.rss", feed[: feed.index("<item>", feed.index("</item>"))].encode())
    assert len(partial.entries) == 1 and "malformed feed" in partial.warnings[0]
    with pytest.raises(ArticleError, match="malformed feed"):
        read_articles("f.rss", b"<rss><channel><item><title>Cut")
    with pytest.raises(ArticleError, match="malformed TimeML"):
        read_articles("d.tml", b"<TimeML><TEXT>Cut off")


def test_jsonl_bad_line_named_good_lines_kept():
    data = b'{"title": "A", "text": "One."}\n{"title": oops}\n\n[1]\n{"title": "B"}\n'
    result = read_file("x.jsonl", data)
    assert [e.where for e in result.entries] == ["line 1", "line 2", "line 4", "line 5"]
    assert result.entries[0].article.title == "A"
    assert "invalid JSON" in result.entries[1].error
    assert "JSON object" in result.entries[2].error
    assert '"text"' in result.entries[3].error
    with pytest.raises(ArticleError, match="line 2: invalid JSON"):
        read_articles("x.jsonl", data)
    with pytest.raises(ArticleError, match='JSON array: item 1: no "text"'):
        read_articles("x.json", b'[\n{"title": "A"},\n{"title": "B"}\n]\n')
    with pytest.raises(ArticleError, match="not JSON Lines"):
        read_articles("x.jsonl", b'{"title": oops}\n[1]\n')


def test_json_document_array_or_object_across_lines():
    """A pretty-printed .json is one article or an array of them, not a line-by-line mess."""
    data = (
        b'[\n  {"title": "School reopens", "text": "The school reopened on Monday.",\n'
        b'   "url": "https://x.org/1"},\n  7,\n'
        b'  {"title": "Road closed", "paragraphs": ["It closed on Tuesday.", "For a week."]}\n]\n'
    )
    result = read_file("x.json", data)
    assert result.several and [e.where for e in result.entries] == ["item 1", "item 2", "item 3"]
    first, bad, last = result.entries
    assert (first.article.title, first.article.url) == ("School reopens", "https://x.org/1")
    assert "JSON object" in bad.error
    assert [p.text for p in last.article.paragraphs] == ["It closed on Tuesday.", "For a week."]
    [one] = read_articles("x.json", b'{\n  "title": "Pier reopens",\n  "text": "It did."\n}\n')
    assert (one.title, one.paragraphs[0].text) == ("Pier reopens", "It did.")


def test_markdown_front_matter_errors_and_alias_bomb():
    with pytest.raises(ArticleError, match="malformed YAML front matter"):
        read_articles("n.md", b"---\ntitle: [unclosed\n---\nBody text.\n")
    with pytest.raises(ArticleError, match="malformed TOML front matter"):
        read_articles("n.md", b"+++\ntitle = \n+++\nBody text.\n")
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
    for i, prev in zip("bcdefgh", "abcdefg", strict=True):
        bomb += f"{i}: &{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
    bomb += "title: *h\nauthor: *h\n---\nBody text.\n"
    [a] = read_articles("n.md", bomb.encode())  # aliases are never expanded into strings
    assert a.paragraphs[0].text == "Body text."


def test_default_date_only_where_missing():
    [undated] = read_articles("a.txt", b"Title\n\nBody.", default_date=dt.date(2019, 1, 2))
    assert undated.published == dt.date(2019, 1, 2) and "--date" in undated.date_note
    [dated] = _read("article.txt")
    path = FIXTURES / "article.txt"
    [again] = read_articles(path, path.read_bytes(), default_date=dt.date(2019, 1, 2))
    assert again.published == dated.published


def test_control_characters_are_cleaned():
    data = b'{"title": "A\\u001b[31mred", "text": "Body \\u0007 bell."}\n'
    [a] = read_articles("x.jsonl", data)
    assert "\x1b" not in a.title and "\x07" not in a.paragraphs[0].text


# -- fuzzing --------------------------------------------------------------------------------

_PREFIXES = {
    "text": [b"", b"Title\n\n"],
    "html": [b"", b"<!DOCTYPE html><html><head><title>t</title></head><body><p>"],
    "feed": [b"", b'<?xml version="1.0"?><rss version="2.0"><channel><item><description>'],
    "markdown": [b"", b"---\ntitle: ", b"+++\ntitle = "],
    "jsonl": [b"", b'{"title": "t", "text": "'],
    "jsonfeed": [b"", b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "'],
    "mhtml": [
        b"",
        b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
        b"Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<p>",
    ],
    "timeml": [b"", b'<TimeML><DCT><TIMEX3 value="1998-01-0'],
}
_FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


@pytest.mark.parametrize("fmt", FORMATS)
@_FUZZ
@given(data=st.data())
def test_fuzz_each_reader_returns_articles_or_raises_article_error(fmt, data):
    prefix = data.draw(st.sampled_from(_PREFIXES[fmt]))
    tail = data.draw(
        st.one_of(st.binary(max_size=400), st.text(max_size=300).map(lambda s: s.encode()))
    )
    try:
        result = read_file(f"x.{fmt}", prefix + tail, fmt=fmt)
    except ArticleError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for entry in result.entries:
        assert (entry.article is None) != (entry.error is None)
        if entry.article is not None:
            assert entry.article.title and entry.article.paragraphs


@_FUZZ
@given(blob=st.binary(max_size=600))
def test_fuzz_detected_reader(blob):
    with contextlib.suppress(ArticleError):
        read_articles("unknown", blob)


def test_short_html_fragment_keeps_its_paragraphs():
    """A short page without <html> gets trafilatura's whole-page fallback: one blob of
    text, heading included, which the page's own blocks split again."""
    page = (
        b"<h1>Storm hits coast</h1>\n<p>A storm hit the <em>coast</em> on Tuesday.</p>\n"
        b"<script>var x = 1;</script><p>Thousands lost power.</p>\n"
    )
    [a] = read_articles("p.html", page)
    assert a.title == "Storm hits coast"
    assert [p.text for p in a.paragraphs] == [
        "A storm hit the coast on Tuesday.",
        "Thousands lost power.",
    ]


def test_html_text_straight_in_body_split_by_br_is_kept():
    line = b"The harbour wall was repaired on Sunday after the storm damaged it."
    page = b"<html><body><h1>Old page</h1>" + (line + b"<br><br>") * 6 + b"</body></html>"
    [a] = read_articles("p.html", page)
    assert a.title == "Old page"
    assert [p.text for p in a.paragraphs] == [line.decode()] * 6
    [b] = read_articles("p.html", b"<h1>T</h1>Some <b>bare</b> text<br>and more")
    assert [p.text for p in b.paragraphs] == ["Some bare text", "and more"]


def test_html_without_a_date_is_undated_not_january_first():
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    undated = page.replace(
        '<meta property="article:published_time" content="2018-06-05T09:00:00Z">', ""
    )  # the footer still says "Copyright Daily Planet 2018"
    [a] = read_articles("p.html", undated.encode())
    assert a.published is None and a.date_note
    shown = undated.replace("By Ana Ortiz</p>", "By Ana Ortiz, June 5, 2018</p>")
    [b] = read_articles("p.html", shown.encode())
    assert b.published == dt.date(2018, 6, 5)


def test_an_empty_caption_is_no_article():
    """A title and a lone bullet ("·") hold nothing to read: refused with the reason."""
    with pytest.raises(ArticleError, match="no paragraphs"):
        parse_article("Title\n\n\u00b7")


def test_a_long_jsonl_file_is_read_line_by_line_as_it_would_be_at_once(monkeypatch):
    """From `jsonl.LAZY_LINES` lines on, a line is read when its entry is asked for; the
    entries are those of reading the file at once: bad lines named, dates supplied, and a
    file with no article one failure."""
    from dateline.store.formats import jsonl
    from dateline.store.formats.common import LazyEntries

    lines = ['{"title": oops}', "[1]"] + [
        json.dumps({"title": f"T{n}", "text": f"Body {n}.", "url": f"https://e.example/{n}"})
        if n % 7
        else "{"
        for n in range(40)
    ]
    data = ("\n".join(lines) + "\n\n").encode()
    eager = read_file("x.jsonl", data, default_date=dt.date(2020, 1, 2))
    monkeypatch.setattr(jsonl, "LAZY_LINES", 10)
    lazy = read_file("x.jsonl", data, default_date=dt.date(2020, 1, 2))
    assert isinstance(lazy.entries, LazyEntries) and not isinstance(eager.entries, LazyEntries)
    assert list(lazy.entries) == eager.entries
    assert lazy.entries[3:9] == eager.entries[3:9] and lazy.entries[-1] == eager.entries[-1]
    assert len(lazy.entries) == len(eager.entries) == 42
    with pytest.raises(ArticleError, match="not JSON Lines: line 1: invalid JSON"):
        read_file("x.jsonl", ("{\n" * 20).encode())
    # a lone surrogate escape warns: such a file is read at once, its warnings known
    odd = data.replace(b"Body 3.", b"Body \\ud800.")
    warned = read_file("x.jsonl", odd)
    assert warned.warnings and isinstance(warned.entries, list)


def test_a_date_the_page_stamps_on_its_headline_beats_a_sidebars():
    """ "Written: 2021-03-09 08:12:44" right after the headline is the page's own date; a
    sidebar's dated links ("Music lineup 2021-03-04") are other items'. The headline's
    words in the <title> come first and have no stamp after them."""
    body = " ".join(["Temperatures fell sharply across the peninsula this morning."] * 6)
    page = f"""<html><head><title>Cold Wave Alert Tuesday</title></head><body>
    <div class="side"><a href="/a">Music lineup for the week</a>
    <time datetime="2021-03-04">2021-03-04</time>
    <a href="/b">Video of the week</a> <time datetime="2021-03-04">2021-03-04</time></div>
    <div class="title_area"><h2>Cold Wave Alert Tuesday</h2>
    <span>Written: 2021-03-09 08:12:44 / Updated: 2021-03-09 09:20:10</span></div>
    <article><p>{body}</p><p>{body}</p></article></body></html>"""
    [a] = read_articles("p.html", page.encode())
    assert a.published == dt.date(2021, 3, 9)

"""Decoding by evidence (issue 14): a byte-order mark first, then bytes that decode cleanly,
then detection — never a declaration alone. Sentences written for these tests."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.store.formats import read_articles, read_file
from dateline.store.formats.article import ArticleError
from dateline.store.formats.decode import decode

STORY = (
    "Harbour café reopens\n"
    "March 5, 2020\n\n"
    "The café’s owner, Zoë Brandt, said the “long winter” was over — and thanked the town.\n\n"
    "Repairs to the quay cost €40,000, the council said on Thursday.\n"
)


def page(charset: str, body: str, title: str = "Harbour cafe reopens") -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
        + "</article></body></html>"
    )


@pytest.mark.parametrize("declared", ["ISO-8859-1", "windows-1252", "EUC-KR"])
def test_valid_utf8_that_declares_a_legacy_charset_is_read_as_utf8(declared):
    text, warnings = decode(page(declared, STORY).encode("utf-8"))
    assert "Zoë Brandt" in text and "“long winter”" in text and "€40,000" in text
    assert "Ã" not in text and warnings == []


def test_undeclared_windows_1252_keeps_its_quotes_and_dashes():
    text, warnings = decode(STORY.encode("cp1252"))
    assert "The café’s owner, Zoë Brandt, said the “long winter” was over —" in text
    assert "\ufffd" not in text and warnings == []


def test_declared_latin1_with_windows_quotes_reads_as_browsers_do():
    text, _ = decode(page("iso-8859-1", STORY).encode("cp1252"))
    assert "“long winter”" in text and "\x93" not in text


@pytest.mark.parametrize(
    "codec, sentence",
    [
        ("koi8-r", "Городской совет решил в понедельник отремонтировать старый мост у реки."),
        ("shift_jis", "市議会は月曜日に古い橋の修理を決めた。工事は来年の春に始まる予定だ。"),
        ("euc-jp", "市議会は月曜日に古い橋の修理を決めた。工事は来年の春に始まる予定だ。"),
        ("big5", "市議會週一決定修復河邊的舊橋，工程預計明年春天開始。"),
        ("euc-kr", "시의회는 월요일에 강가의 오래된 다리를 수리하기로 결정했다."),
        ("tis-620", "สภาเมืองตัดสินใจซ่อมสะพานเก่าริมแม่น้ำในวันจันทร์"),
        ("cp1255", "מועצת העיר החליטה ביום שני לתקן את הגשר הישן ליד הנהר"),
    ],
)
def test_undeclared_legacy_feeds_import_as_text(codec, sentence):
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Stadt</title>"
        f"<item><title>{sentence[:12]}</title><description>{sentence} {sentence}"
        "</description></item></channel></rss>"
    ).encode(codec)
    [a] = read_articles("feed.xml", feed)
    assert sentence in a.paragraphs[0].text


def test_utf8_with_and_without_bom_behave_alike():
    damaged = STORY.encode() + b"One bad \xff byte.\n"
    plain, with_bom = decode(damaged), decode(codecs.BOM_UTF8 + damaged)
    assert plain == with_bom
    text, warnings = plain
    assert "Zoë" in text and text.count("\ufffd") == 1
    assert len(warnings) == 1 and "invalid UTF-8" in warnings[0]


def test_a_declaration_is_used_when_the_bytes_fit_it():
    koi8 = page("koi8-r", "Совет решил отремонтировать мост в понедельник утром.").encode("koi8-r")
    text, warnings = decode(koi8)
    assert "Совет решил" in text and warnings == []


def test_mostly_invalid_bytes_are_still_refused():
    with pytest.raises(ArticleError, match="binary"):
        read_file("x.txt", bytes(range(1, 32)) * 40)


@settings(max_examples=150, deadline=None, database=None)
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).flatmap(
            lambda t: st.sampled_from(["cp1252", "koi8-r", "shift_jis", "big5", "utf-8"]).map(
                lambda c: t.encode(c, "ignore")
            )
        ),
    ),
    name=st.sampled_from(["a.txt", "a.html", "a.bin", "a", "a.json", "a.mhtml", "a.rss"]),
)
def test_reading_arbitrary_bytes_gives_articles_or_a_reason(data, name):
    try:
        result = read_file(name, data)
    except ArticleError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert result.entries

"""Extraction never raises and keeps its offsets honest, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.store.extract.article import extract
from dateline.store.formats.article import ArticleError, parse_article

WORDS = st.sampled_from(
    "the council said on Monday that it will ban cars “We won,” Mayor Ana Ortiz said . , "
    "in 2019 last year has sued had met [bold]x[/bold] \x1b[2J Jan. 5, 2020 U.S. Inc. "
    "protest letters boycotted ruling yesterday • \n \n\n".split(" ")
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=120).map(" ".join)))
def test_extract_never_raises_and_offsets_are_in_bounds(text):
    try:
        article = parse_article(text)
    except ArticleError:
        return
    found = extract(article)
    assert len(found.paragraphs) == len(article.paragraphs)
    for para, ext in zip(article.paragraphs, found.paragraphs, strict=True):
        assert "\x1b" not in para.text
        for t in ext.timexes:
            assert para.text[t.start : t.end] == t.text
        for e in ext.events:
            assert 0 <= e.sent_start < e.sent_end <= len(para.text)
            assert e.dating in {"explicit", "inferred", "before", "after", "undated"}
            assert (e.date is None) == (e.dating == "undated")
            assert e.summary

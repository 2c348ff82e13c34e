"""The headline's events: the lead's news under the headline's words, with the lead's date,
stored as paragraph -1 and joined to the lead's entry, cited as "headline"."""

from __future__ import annotations

from conftest import write_articles

from dateline.store.extract.article import extract
from dateline.store.formats.article import parse_article

BRIDGE = """Harbour bridge reopens after two years of repairs
Wednesday, May 6, 2015

The harbour bridge reopened to traffic on Monday after two years of repairs.

Mayor Ana Ortiz said the city had spent $40 million on the work.
"""


def _headline(text: str):
    article = parse_article(text)
    return article, extract(article).headline


def test_a_present_tense_headline_restates_the_leads_past_event_at_its_date():
    """ "reopens" in the headline is the lead's "reopened … on Monday": that event's type and
    date (the Monday, explicit), the whole headline as its sentence and summary."""
    article, found = _headline(BRIDGE)
    [event] = found
    assert (event.date, event.dating) == ("2015-05-04", "explicit")
    assert (event.sent_start, event.sent_end) == (0, len(article.title))
    assert event.summary == article.title and event.trigger == "reopens"
    lead = extract(article).paragraphs[0].events
    assert event.type in {e.type for e in lead}


def test_a_to_headline_and_a_typed_synonym_name_the_leads_news():
    """ "Council to close the old library" is the lead's vote, whose sentence tells the
    closing ("voted on Tuesday to close …"): the vote's type and day, not the June of the
    closing. "Rail union announces a strike" is the lead's "said" (a speech verb, as
    "announces" is)."""
    _article, found = _headline(
        "Council to close the old library\nMarch 3, 2016\n\n"
        "The town council voted on Tuesday to close the old library in June.\n"
    )
    assert [(e.trigger, e.date, e.dating) for e in found] == [("close", "2016-03-01", "explicit")]
    _article, found = _headline(
        "Rail union announces a strike\nMarch 3, 2016\n\n"
        "The rail union said on Wednesday that its members would walk out for two days.\n"
    )
    said = [(e.type, e.trigger, e.date) for e in found]
    assert said == [("statement", "announces", "2016-03-02")]


def test_a_bare_verb_after_a_plural_subject_restates_the_lead():
    """ "Storms delay …", "Kestrel and Orbex defeat …": a verb spelt like a noun ("delay",
    "defeat") is the headline's verb after a plural or joined subject; not a noun in a list
    ("Storms, delays and …")."""
    for title, trigger in (
        ("Winter storms delay harbour bridge reopening", "delay"),
        ("Kestrel and Orbex defeat Vantor for city ferry contract", "defeat"),
    ):
        _article, found = _headline(
            f"{title}\nMarch 3, 2016\n\n"
            "The reopening of the harbour bridge has been delayed by winter storms.\n\n"
            "Kestrel and Orbex have defeated Vantor for the city ferry contract.\n"
        )
        assert [(e.trigger, e.date) for e in found][:1] == [(trigger, "2016-03-03")], title
    _article, found = _headline(
        "Storms, delays and closures in harbour city\nMarch 3, 2016\n\n"
        "The reopening of the harbour bridge has been delayed by winter storms.\n"
    )
    assert found == ()


def test_a_headline_that_names_none_of_the_leads_events_tells_nothing():
    """A teaser, a label or a bare noun ("Report", "Vote") that a lead's saying happens to
    share a type with is no restatement: no event."""
    for title in (
        "What we know so far",
        "Report number 10",
        "Live updates",
        "Feds: Alleged fraud ring lured investors",  # an adjective, not a past verb
    ):
        _article, found = _headline(
            f"{title}\nMarch 3, 2016\n\n"
            "Governor Maria Lopez announced on Monday that the harbour bridge will close.\n"
        )
        assert found == (), title


def test_the_headline_is_stored_apart_and_cited_with_the_lead(library, tmp_path):
    """The headline's event is in the lead's entry, cited as paragraph -1; the article's
    paragraphs, its text and its search are the body's alone."""
    [path] = write_articles(tmp_path / "a", {"bridge": BRIDGE})
    library.import_paths([path])
    [entry] = [e for e in library.timeline() if any(s.paragraph == -1 for s in e.sources)]
    assert sorted(s.paragraph for s in entry.sources) == [-1, 0]
    assert entry.date == "2015-05-04"
    headline = next(s for s in entry.sources if s.paragraph == -1)
    assert headline.where == "headline" and headline.text == BRIDGE.splitlines()[0]
    [row] = library.articles()
    assert row.paragraphs == 2
    view = library.article(row.id)
    assert [p.index for p in view.paragraphs] == [0, 1]
    assert view.headline is not None and view.headline.text == headline.text
    assert any(m.kind == "event" for m in view.headline.marks)
    hits = library.search("reopens")  # the title once as the title, the body's "reopened"
    assert sorted((h.kind, h.paragraph) for h in hits if h.kind != "event") == [
        ("paragraph", 0),
        ("title", None),
    ]


def test_a_headline_verb_with_the_leads_figure_restates_that_sentences_happening():
    """ "Kestrel index plunges 8.4 percent" over "The Kestrel index has tumbled 8.4 percent
    on Tuesday": another verb, the same figure, the same happening (its day). Not a year in
    the headline ("What the airlines did well in 2014"), nor a figure of another sentence."""
    _article, found = _headline(
        "Kestrel index plunges 8.4 percent on export fears\nMarch 16, 2011\n\n"
        "The Kestrel index has tumbled 8.4 percent on Tuesday.\n\n"
        "Exporters lost 12 percent in a week.\n"
    )
    assert [(e.trigger, e.date) for e in found] == [("plunges", "2011-03-15")]
    _article, found = _headline(
        "Harbour board shines in 2014\nMarch 16, 2011\n\n"
        "Fees fell sharply in 2014, the harbour board said on Tuesday.\n"
    )
    assert found == ()

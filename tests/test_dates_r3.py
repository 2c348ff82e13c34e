"""Dates of sayings and deeds on real pages (third round): invented news sentences."""

from __future__ import annotations

from conftest import sentence_events


def test_the_year_of_a_writing_named_for_its_maker_dates_its_saying():
    """ "A 2016 Ashford report on ferries made for sober reading, saying …": the report
    said it in 2016, the year the sentence gives it, not on the day of publication; a maker's
    name may stand between the year and the writing's noun as an adjective does."""
    events = sentence_events(
        "A 2016 Ashford report on the ferries made for sober reading, saying that the "
        "fleet was worn out.\n\n"
        "A 2015 Dunmore study found that rain slowed the ferries.",
        lead=True,
    )
    report = [(e.trigger, e.date) for s, e in events if s.startswith("A 2016")]
    assert report and all(d == "2016" for _t, d in report), report
    study = [(e.trigger, e.date) for s, e in events if s.startswith("A 2015")]
    assert ("found", "2015") in study, study


def test_a_saying_in_a_relative_aside_before_a_deed_is_before_publication():
    """ "Ruiz, who said rents would fall, lost the seat": the aside recalls a saying made some
    time before the deed; it is before publication, not the day's saying. A saying that
    closes a quote and goes on in a relative clause is the day's ("…, said Ruiz, who added
    that …")."""
    events = sentence_events(
        "Twice the mayor, who said the pool was safe, lost the vote.\n\n"
        "Lee, who had warned that rents would rise, won the seat.\n\n"
        "\u201cWe will rebuild,\u201d said Ann Ruiz, who added that the pier would reopen.",
        lead=True,
    )
    got = {(e.trigger, e.dating) for _s, e in events if e.type == "statement"}
    assert ("said", "before") in got, got
    assert ("warned", "before") in got, got
    assert ("said", "inferred") in got, got  # Ruiz's, at publication

"""States, standing situations and descriptions that make no timeline entry (invented news)."""

from __future__ import annotations

from conftest import sentence_events


def test_a_participle_of_backing_or_running_with_an_adverb_describes_its_noun():
    """ "a think tank backed largely by a family trust", "a clinic led jointly by two nurses":
    what the noun is, no happening; the sentence's own deed ("opened") is still one."""
    events = sentence_events(
        "Also taking part is a think tank backed largely by a family trust.\n\n"
        "The clinic, a charity led jointly by two nurses, opened a ward in 2016.",
        lead=True,
    )
    triggers = [e.trigger for _s, e in events]
    assert "backed" not in triggers and "led" not in triggers, triggers
    assert "opened" in triggers, triggers


def test_a_reception_drawn_without_a_date_is_no_happening():
    """ "The toll plan has drawn criticism from hauliers", "The ban sparked outrage among
    anglers": how something was received over time, a standing situation. With a day of
    its own ("drew boos from the crowd on Sunday") the reception is that day's."""
    events = sentence_events(
        "The toll plan has drawn heavy criticism from hauliers.\n\n"
        "The fishing ban sparked outrage among anglers.\n\n"
        "The mayor, who has faced scrutiny over the contract, stayed silent.\n\n"
        "The striker drew the anger of the crowd on Sunday.",
        lead=True,
    )
    triggers = {e.trigger: e.date for _s, e in events}
    assert "drawn" not in triggers and "sparked" not in triggers, triggers
    assert "faced" not in triggers, triggers
    assert triggers.get("drew") == "2018-03-04", triggers


def test_a_rate_over_time_is_no_happening():
    """ "On the old route, one ferry sank every two years": a rate, a statistic; "every
    day" stays a habit's business, and a sinking of its own day is still one."""
    events = sentence_events(
        "On the old route, one ferry sank every two years.\n\n"
        "A trawler sank off the cape on Saturday.",
        lead=True,
    )
    sank = [(s.split()[0], e.date) for s, e in events if e.trigger == "sank"]
    assert sank == [("A", "2018-03-03")], sank

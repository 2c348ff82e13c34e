"""Dates of undated happenings told as background: invented news sentences."""

from __future__ import annotations

from conftest import dated_by_opening, sentence_events

_LEAD = "The city zoo put down its oldest elephant on Tuesday after months of ill health.\n\n"


def test_a_sentence_opened_by_an_undated_earlier_time_is_before_publication():
    """ "In the past, the zoo bred lions", "Over the years, keepers trained her to paint",
    "Originally, the council approved a smaller barn": an undated earlier time opens the
    sentence, so what it tells came some time before the story, not on the day the lead
    tells (Tuesday)."""
    events = sentence_events(
        _LEAD + "In the past, the zoo bred lions and sold the cubs to parks. Over the years, "
        "keepers trained her to paint. Originally, the council approved a smaller barn.",
        "Wednesday, November 8, 2023",
    )
    for opening in ("In the past", "Over the years", "Originally"):
        got = dated_by_opening(events, opening)
        assert got and all(d == "2023-11-08" and g == "before" for _t, d, g in got), got


def test_an_earlier_time_inside_the_sentence_leaves_the_lead_day():
    """ "The elephant, which grew weaker over the years, collapsed in her pen": the earlier
    time is the aside's; the collapse is the lead's happening, on its day (Tuesday)."""
    events = sentence_events(
        _LEAD + "The elephant, which grew weaker over the years, collapsed in her pen.",
        "Wednesday, November 8, 2023",
    )
    got = dated_by_opening(events, "The elephant")
    assert ("collapsed", "2023-11-07", "inferred") in got, got

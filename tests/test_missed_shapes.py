"""Sentence shapes whose happening made no entry (invented news): an irregular verb the
tables lacked, a verb after a name set off by commas, two dated happenings read as one
figure's course, a market's session told in the past perfect."""

from __future__ import annotations

from conftest import dated_triggers


def _dated(body: str, published: str = "Friday, November 3, 2023") -> dict[str, tuple]:
    return dated_triggers(body, published)


def test_a_river_that_burst_its_banks():
    found = _dated("The River Wend burst its banks at Millford on Thursday.")
    assert found["burst"][1:] == ("2023-11-02", "explicit"), found


def test_the_verb_after_a_name_set_off_by_commas_is_the_subjects():
    """ "A new firm, Wates, finished the building in July": the name is an aside; not "In
    Leeds, Yorkshire, dubbed …" (a place and its county, then a participle)."""
    found = _dated("A new builder, Harcott, finished the library in July.")
    assert found["finished"][1:] == ("2023-07", "explicit"), found


def test_two_happenings_each_with_its_date_are_no_figures_course():
    """ "emerged from bankruptcy in July 2009 and returned to the market in November 2010":
    not "rose from $300 million in 2012 to $500 million in 2019", a statistic."""
    found = _dated(
        "The carmaker emerged from bankruptcy in July 2009 and returned to the stock market "
        "in November 2010 with a record $20 billion share sale."
    )
    assert found["emerged"][1:] == ("2009-07", "explicit"), found
    assert found["returned"][1:] == ("2010-11", "explicit"), found
    assert _dated("Sales rose from $300 million in 2012 to $500 million in 2019.") == {}


def test_a_markets_session_told_in_the_past_perfect_is_news():
    """ "In Asia, the Nikkei had closed 2 percent lower": the session before the story's, not
    a figure that has come to hold ("By 2018 the deficit had widened to 22 percent")."""
    found = _dated(
        "The Dow fell 390 points on Thursday. In Asia, the Nikkei had closed 2 percent lower.",
        "Friday, January 15, 2016",
    )
    assert "closed" in found, found
    assert _dated("By 2018 the deficit had widened to 22 percent.") == {}


def test_a_companys_first_word_alone_is_the_company_not_its_car(tmp_path):
    """ "Toyota recalled …" after "Toyota Motor Corp said … including the Toyota Crown sedan":
    the company, not the car whose two capitalised words look like a person's name."""
    from dateline.store.library import Library

    page = tmp_path / "recall.txt"
    page.write_text(
        "Carmaker widens recall\n\nTuesday, October 21, 2014\n\n"
        "Toyota Motor Corp said on Tuesday it is recalling 1.75 million vehicles, including "
        "the Toyota Crown sedan.\n\n"
        "The announcement came a week after Toyota recalled 690,000 pickup trucks.\n",
        encoding="utf-8",
    )
    lib = Library(str(tmp_path / "lib.db"))
    lib.import_paths([page])
    week_before = [e for e in lib.timeline() if "a week after" in e.summary]
    assert week_before and "Toyota Motor" in week_before[0].actors, week_before
    assert "Toyota Crown" not in week_before[0].actors, week_before


def test_the_verb_after_what_a_name_is_is_the_subjects():
    """ "A strike at the Port of Santos, the region's busiest port, entered its fourth day on
    Thursday": the aside says what the port is; the verb after it is the strike's (not "Smith,
    fired last week, sued …", where the aside is a participle's)."""
    found = _dated(
        "A strike by dockworkers at the Port of Velmar, the region's busiest container port, "
        "entered its fourth day on Thursday.",
        "Thursday, March 8, 2012",
    )
    assert found["entered"][1:] == ("2012-03-08", "explicit"), found


def test_a_record_since_a_named_happening_keeps_that_happening():
    """ "the largest since the 1996 Eighth Street fire": the 1996 fire happened; only a figure
    set beside the event ("compared with a loss … in the year-earlier quarter") is none."""
    found = _dated(
        "The fire is the largest near the city since the 1996 Ridge Road fire, which burned "
        "more than 15,000 acres.",
        "Saturday, August 24, 2013",
    )
    assert ("accident", "1996", "explicit") in found.values(), found


def test_an_ordinal_second_is_no_span_of_time():
    """ "has nominated Lee for a second term": "second" before its noun is an ordinal, not a
    second of time that would make the perfect a state that has lasted ("has lived in
    Leeds for 12 years" still is one)."""
    found = _dated(
        "The president has nominated Ann Lee for a second term as governor of the bank.\n\n"
        "The governor has lived in Leeds for 12 years.",
        "Tuesday, August 25, 2009",
    )
    assert found["nominated"][1:] == ("2009-08-25", "inferred"), found
    assert "lived" not in found, found

"""Figures, counts, rates and rankings are statistics or states, not happenings: "In 2019
the port handled 3 million containers" makes no entry; "The firm cut 300 jobs on Monday"
does. Every sentence here is invented."""

from __future__ import annotations

from conftest import sentence_events, triggers_after_lead


def test_a_large_count_over_a_year_is_a_statistic():
    """ "In 2016 the port handled 3 million containers", "The mill emitted more than 44,000
    tonnes of soot in 2015": a count over a year, no happening."""
    triggers = triggers_after_lead(
        "In 2016 the port handled 3 million containers.\n\n"
        "The mill emitted more than 44,000 tonnes of soot in 2015."
    )
    assert not {"handled", "emitted"} & set(triggers)


def test_a_large_count_on_a_day_or_a_sum_of_money_is_news():
    """ "The port handled 30,000 containers on Monday" and "Acme recalled 2 million cars last
    week" are news, a sum of money raised in a year ("raised $1.2 million in 2016") a
    result, a measure of one thing ("opened a 500,000 square foot warehouse") no count, and
    an undated perfect ("The mill has cut 20,000 jobs") may be news: all kept."""
    triggers = triggers_after_lead(
        "The port handled 30,000 containers on Monday.\n\n"
        "Acme recalled 2 million cars last week.\n\n"
        "The charity raised $1.2 million in 2016.\n\n"
        "The mill has cut 20,000 jobs.\n\n"
        "In 2016, the firm opened a 500,000 square foot warehouse."
    )
    assert {"handled", "recalled", "raised", "cut", "opened"} <= set(triggers)


def test_a_years_count_of_the_dead_is_a_toll():
    """ "In 1850, 64 miners perished, and 70 the year after", "It was a quiet year: just 58
    miners died": how many died over a year, a statistic, no one death."""
    triggers = triggers_after_lead(
        "In 1850, 64 miners perished, and 70 the year after.\n\n"
        "The year 1851 was a quiet one: just 58 miners died.\n\n"
        "In 2015, 40 sailors were killed."
    )
    assert not {"perished", "died", "killed"} & set(triggers)


def test_a_death_told_by_how_or_on_a_day_or_in_a_week_is_news():
    """ "In 2016, five people died in the crash" names the happening; "Five people died on
    Monday" and "Last week, 12 people died" are the days' news."""
    triggers = triggers_after_lead(
        "In 2016, five people died in the crash.\n\n"
        "Five people died on Monday.\n\n"
        "Last week, 12 people died."
    )
    assert triggers.count("died") == 3


def test_a_happenings_noun_naming_a_rate_is_no_happening():
    """ "the death rate of riders rose from its low of 0.4 last year": a figure the noun
    "death" names, no death last year; "The death of the mayor last year" is one."""
    events = sentence_events(
        "Crashes are rarer than ever, though the death rate of riders is up from its low of "
        "0.4 last year.\n\nThe death of the mayor last year shocked the town.",
        lead=True,
    )
    deaths = [s for s, e in events if e.type == "death"]
    assert deaths == ["The death of the mayor last year shocked the town."]

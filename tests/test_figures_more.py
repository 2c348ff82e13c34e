"""More figures told as if they were happenings: a poll's or a study's figures, a reckoning
put at a figure, a running measure. Each makes no entry; the close event sentence beside it
is kept. Every sentence here is invented."""

from __future__ import annotations

from conftest import sentence_events, triggers_after_lead


def test_the_figures_a_poll_or_a_study_showed_are_a_statistic():
    """ "The March poll showed 61% of voters are unhappy", "a recent survey reported that just
    30 per cent of clinics offer the test": what the poll or the study holds, in any tense."""
    triggers = triggers_after_lead(
        "The March poll showed 61% of voters are unhappy with the council.\n\n"
        "A recent survey reported that just 30 per cent of clinics offer the test.\n\n"
        "The new survey found more than 40% of tenants pay too much."
    )
    assert not {"showed", "reported", "found"} & set(triggers)


def test_what_a_poll_or_an_inquiry_showed_of_a_happening_is_kept():
    """ "A council poll published on Monday showed the mayor's rating has fallen" (no figure first),
    "The inquiry found that two managers had lied" and a newspaper's report of a happening
    ("The paper reported that 40 people died in the blast") are kept."""
    triggers = triggers_after_lead(
        "A council poll published on Monday showed the mayor's rating has fallen sharply.\n\n"
        "The inquiry found that two managers had lied to the board.\n\n"
        "The paper reported that 40 people died in the blast."
    )
    assert {"showed", "found", "reported"} <= set(triggers)


def test_a_figure_put_on_a_thing_is_a_reckoning():
    """ "Estimates put the loss as high as 30 percent", "Police put the crowd at about 5,000":
    a figure reckoned, no happening; in a story's lead too when estimates reckon it."""
    assert "put" not in triggers_after_lead("Police put the crowd at about 5,000.")
    lead = sentence_events("New estimates put the loss as high as 30 percent.", lead=False)
    assert not [e for _s, e in lead if e.trigger == "put"]


def test_a_putting_with_no_figure_or_on_a_day_is_kept():
    """ "The cuts put 300 jobs at risk" (no figure after its "at") and "On Monday, officials
    put the damage at $2 million" (a day of its own) are kept."""
    triggers = triggers_after_lead(
        "The cuts put 300 jobs at risk.\n\nOn Monday, officials put the damage at $2 million."
    )
    assert triggers.count("put") == 2


def test_a_running_measure_is_a_statistic():
    """ "So far this year, the average rainfall in the county has already exceeded last year's
    total": a measure still running, no happening."""
    triggers = triggers_after_lead(
        "So far this year, the average rainfall in the county has already exceeded last "
        "year's total."
    )
    assert "exceeded" not in triggers


def test_a_running_count_of_a_thing_not_a_measure_is_kept():
    """ "So far, the council has exceeded its budget for repairs": a body's own doing, no
    measure of many, kept."""
    assert "exceeded" in triggers_after_lead(
        "So far, the council has exceeded its budget for repairs."
    )


def test_the_source_an_according_to_cites_is_no_happening():
    """ "The burglary rate was 14.1, according to data compiled by the county", "The town has
    9,000 homes, according to figures released by the council": where the figure is from."""
    triggers = triggers_after_lead(
        "The burglary rate per 1,000 homes was 14.1, according to data compiled by the county."
        "\n\nThe town has 9,000 homes, according to figures released by the council."
    )
    assert not {"compiled", "released"} & set(triggers)


def test_a_dated_source_or_a_happening_told_according_to_is_kept():
    """ "…, according to estimates published by the ministry on Monday" keeps its day, and
    "According to police, the suspect was arrested in May" its arrest."""
    triggers = triggers_after_lead(
        "The bridge will cost $5 million, according to estimates published by the ministry on "
        "Monday.\n\nAccording to police, the suspect was arrested in May."
    )
    assert {"published", "arrested"} <= set(triggers)

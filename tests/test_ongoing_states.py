"""Standing situations told as if they happened: ongoing activities, traits and stances
that make no timeline entry (invented news)."""

from __future__ import annotations

from conftest import sentence_events


def test_a_present_perfect_of_a_relative_clause_describes_its_noun():
    """ "a coalition that has advised the mayor", "Ruiz, who has made housing her
    priority": what the noun has done over time, a trait, no happening; the sentence's own
    saying is still one."""
    events = sentence_events(
        "The mayor opened the new bridge on Monday.\n\n"
        "Also taking part is a coalition of shop owners known as Fair Streets that has "
        "advised the mayor on parking.\n\n"
        "Senator Ruiz, who has made affordable housing her priority, said the vote would "
        "be close.\n\n"
        "The plan drew on charities which have focused on school meals.",
        lead=True,
    )
    triggers = [e.trigger for _s, e in events]
    assert "advised" not in triggers and "made" not in triggers, triggers
    assert "focused" not in triggers, triggers
    assert "said" in triggers, triggers


def test_a_relative_passive_or_a_main_clause_perfect_is_still_told():
    """ "The suspect, who has been charged with murder, …" is charged; "The firm has cut
    300 jobs" is a change done by now; a "that" after a noun of content opens what it
    holds ("the fact that the mill has closed"), no relative clause."""
    events = sentence_events(
        "The mayor opened the new bridge on Monday.\n\n"
        "The council approved the budget on Tuesday.\n\n"
        "The suspect, who has been charged with murder, appeared in court.\n\n"
        "The shipping firm has cut 300 jobs.\n\n"
        "Residents blamed the fact that the mill has closed.",
        lead=True,
    )
    triggers = [e.trigger for _s, e in events]
    assert "charged" in triggers, triggers
    assert "cut" in triggers, triggers
    assert "closed" in triggers, triggers

"""Views read as happenings: the writer's or an unnamed crowd's guesses, open questions and
forecasts, which make no timeline entry, next to close sentences that tell a happening
(invented news)."""

from __future__ import annotations

from conftest import dated_triggers, sentence_events, triggers_after_lead


def _sources(body: str) -> set[str]:
    return {s for s, _e in sentence_events(body, lead=True)}


def test_a_clause_after_possible_explanations_is_an_open_question():
    """ "There are still two possible explanations for why the ferry sank": one guess among
    several at why, and the sinking is not told here."""
    triggers = triggers_after_lead(
        "There are still two possible explanations for why the ferry sank.\n\n"
        "Divers weighed the likely reasons behind how the fire spread.\n\n"
        "Police closed the road on Monday."
    )
    assert "closed" in triggers, triggers
    assert "sank" not in triggers and "spread" not in triggers, triggers


def test_reasons_without_a_word_of_possibility_keep_the_happening():
    """ "Investigators found the reasons why the ferry sank": the sinking is told, and "the
    possible sites that the mayor visited" is a relative clause, the visit told."""
    sources = _sources(
        "Investigators found the reasons why the ferry sank on Monday.\n\n"
        "The mayor toured the possible sites that the council picked on Friday."
    )
    assert "Investigators found the reasons why the ferry sank on Monday." in sources, sources
    assert "The mayor toured the possible sites that the council picked on Friday." in sources


def test_a_hedged_past_is_a_guess():
    """ "The ship probably sank when it struck the reef", "The fire was likely started by
    a candle": the writer's guess at what happened (and the "when" clause it hangs on)."""
    triggers = triggers_after_lead(
        "Experts think the hull will be found soon, as the ship probably only sank when it "
        "struck the reef.\n\n"
        "The fire was likely started by a candle.\n\n"
        "Police closed the road on Monday."
    )
    assert "closed" in triggers, triggers
    for word in ("sank", "struck", "started"):
        assert word not in triggers, triggers


def test_a_past_told_without_a_hedge_is_kept():
    """ "The ship sank when it struck the reef" and "The fire was started by a candle" are
    told, and so is a hedge of its own clause ("Police think he probably fled, and on Monday
    they closed the road")."""
    triggers = triggers_after_lead(
        "The ship sank when it struck the reef.\n\n"
        "The fire was started by a candle.\n\n"
        "Police think he probably fled, and on Monday officers closed the road."
    )
    for word in ("sank", "started", "closed"):
        assert word in triggers, triggers


def test_a_feeling_in_the_perfect_is_a_reaction_held():
    """ "Trade lawyers have been surprised by the verdict": the crowd's reaction held since,
    a view of the ruling (told elsewhere), no happening of its own."""
    triggers = triggers_after_lead(
        "Trade lawyers have been surprised by the verdict.\n\n"
        "Fans have been stunned by the sale of their striker.\n\n"
        "Police closed the road on Monday."
    )
    assert "closed" in triggers, triggers
    assert "surprised" not in triggers and "stunned" not in triggers, triggers


def test_a_perfect_passive_with_an_agent_but_no_feeling_is_kept():
    """ "The board has been replaced by a panel" is a happening, and "was impressed by the
    plan" in the past is still something the plan did."""
    triggers = triggers_after_lead(
        "The old board has been replaced by a panel.\n\nThe mayor was impressed by the plan."
    )
    assert "replaced" in triggers and "impressed" in triggers, triggers


def test_what_a_thing_has_emerged_as_is_a_view_of_it():
    """ "The feud has emerged as a rallying cause for the mayor's base": what it now is, as
    "has become a rallying cause", the writer's view, no happening."""
    triggers = triggers_after_lead(
        "Still, the feud has emerged as a rallying cause for the mayor's base.\n\n"
        "Police closed the road on Monday."
    )
    assert "closed" in triggers, triggers
    assert "emerged" not in triggers, triggers


def test_an_emergence_of_a_rank_a_day_or_news_is_kept():
    """ "has emerged as the biggest winner" (a rank reached), "emerged as the winner on
    Monday" (a day) and "New details have emerged" (no "as") are told."""
    found = {
        s
        for s, e in sentence_events(
            "Ruiz has emerged as the biggest winner of the night.\n\n"
            "Lee emerged as the winner on Monday.\n\n"
            "New details have emerged about the crash.",
            lead=True,
        )
        if e.trigger == "emerged"
    }
    assert len(found) == 3, found


def test_where_a_gain_has_come_from_is_an_appraisal():
    """ "One of the brightest gains in farming has come from a better grasp of
    genes": where it stems from, the writer's appraisal, no happening."""
    triggers = triggers_after_lead(
        "One of the brightest gains in farming has come from a better grasp of "
        "genes.\n\nThe best gains have come from new seeds.\n\nPolice closed the road on Monday."
    )
    assert "closed" in triggers, triggers
    assert "come" not in triggers, triggers


def test_a_comeback_or_a_dated_arrival_is_kept():
    """ "The team has come from behind to win the cup" is a comeback, "The striker came from
    Leeds on Monday" an arrival of a day."""
    triggers = triggers_after_lead(
        "The team has come from behind to win the cup.\n\nThe striker came from Leeds on Monday."
    )
    assert "come" in triggers and "came" in triggers, triggers


def test_the_bound_of_a_ranking_is_no_happening():
    """ "the most useful new farming tool since the beginning of the green age in the
    1970s": the beginning only marks where the writer's ranking starts, no happening of the
    1970s."""
    events = sentence_events(
        "The suit is over a method that could be the most useful new farming tool "
        "since the beginning of the green age in the 1970s.\n\nPolice closed the road on Monday.",
        lead=True,
    )
    assert any(e.trigger == "closed" for _s, e in events), events
    assert not any("1970s" in s for s, _e in events), events


def test_a_since_of_a_change_or_an_until_keeps_its_date():
    """ "The town has grown since the start of the gold rush" is a change from then on, and
    "the largest employer until the strike of 1990" names the strike."""
    triggers = triggers_after_lead(
        "The town has grown since the start of the gold rush in the 1850s.\n\n"
        "The mill was the largest employer until the strike of 1990."
    )
    assert "grown" in triggers and "strike" in triggers, triggers


def _dated(body: str, published: str = "Tuesday, November 18, 2008") -> dict[str, tuple]:
    return dated_triggers(body, published)


def test_a_happening_someone_foresees_is_no_happening():
    """ "Analysts predicted a fall in sales in the first quarter of next year": the forecast
    is made now; the fall is what they foresee, not a fall of 2009-Q1."""
    found = _dated("Economists predicted a fall in sales in the first quarter of next year.")
    assert "sales" not in found, found
    assert found["predicted"][1:] == ("2008-11-18", "inferred"), found
    # a happening the forecast is dated after stays one: the shooting on Sunday
    found = _dated("Detectives predicted an arrest soon after the shooting on Sunday.")
    assert found["shooting"] == ("attack", "2008-11-16", "explicit"), found
    assert "arrest" not in found, found


def test_a_forecast_is_dated_when_made_not_by_the_time_it_speaks_of():
    """ "The bank predicts a recession next year": a forecast made as the story is
    published, not in 2009; a day given for the forecast itself still dates it."""
    found = _dated("The bank predicts a recession next year.")
    assert found["predicts"][1:] == ("2008-11-18", "inferred"), found
    found = _dated("The fund predicts growth of 2% in 2009.")
    assert found["predicts"][1:] == ("2008-11-18", "inferred"), found
    found = _dated("The minister predicted on Monday that the bridge will open next year.")
    assert found["predicted"][1:] == ("2008-11-17", "explicit"), found


def test_a_plan_told_in_the_past_perfect_is_no_happening():
    """ "The service had been due to start in December 2019": what had been to be may never
    have come about; its date is the plan's. A plan of the day stays ("The minister was due
    to visit the port on Saturday", in Friday's paper)."""
    found = _dated(
        "The ferry service had been due to start in December 2019.", "Monday, September 5, 2022"
    )
    assert "start" not in found, found
    found = _dated(
        "The minister was due to visit the port on Saturday.", "Friday, November 3, 2023"
    )
    assert found.get("visit", (None, None))[1] == "2023-11-04", found

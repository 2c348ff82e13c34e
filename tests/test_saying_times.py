"""When a saying was made: sayings whose own words, or the story around them, place them at
another time than publication's."""

from __future__ import annotations

from conftest import sentence_events


def _dates(events, contains, etype="statement"):
    return [(e.date, e.dating) for s, e in events if contains in s and e.type == etype]


def test_a_hospital_update_is_said_on_the_day_the_state_it_reports_held():
    """ "A hospital spokeswoman said the captain was in stable condition on Sunday morning":
    the update tells how the captain was as it was given, so it was said that Sunday, not at
    publication. So with "remained critical late Sunday" (a tail attribution took the day
    already)."""
    events = sentence_events(
        "A ferry sank off the cape on Saturday, killing four people.\n\n"
        "A hospital spokeswoman said the captain was in stable condition on Sunday morning.\n\n"
        "The cook remained critical late Sunday, a nurse at the clinic said.",
        "Tuesday, March 6, 2018",
    )
    assert _dates(events, "captain was in stable") == [("2018-03-04", "inferred")], events
    assert [d for d, _ in _dates(events, "The cook remained")] == ["2018-03-04"], events


def test_a_saying_of_a_happening_on_a_day_keeps_its_own_time():
    """ "A spokeswoman said the captain was hurt on Sunday morning": the day is the injury's,
    a happening; the saying is still undated, at publication. So is "said the captain was in
    stable condition" with no time of its own, and a state on a day long gone ("was in
    critical condition in May 2016")."""
    events = sentence_events(
        "A ferry sank off the cape on Saturday, killing four people.\n\n"
        "A hospital spokeswoman said the captain was hurt on Sunday morning.\n\n"
        "A nurse said the cook was in stable condition.\n\n"
        "His brother said the cook was in critical condition in May 2016 after a fall.",
        "Tuesday, March 6, 2018",
    )
    assert _dates(events, "captain was hurt") == [("2018-03-06", "inferred")], events
    assert _dates(events, "cook was in stable") == [("2018-03-06", "inferred")], events
    assert ("2016-05", "explicit") not in _dates(events, "in May 2016"), events
    assert ("2018-03-06", "inferred") in _dates(events, "in May 2016"), events


def test_a_saying_told_after_what_it_says_takes_no_time_from_it_before_a_contrast():
    """ "Divers would check reports of a loud bang on Sunday morning, the coastguard chief
    added, although blasting is common there": what precedes ", the chief added" is what he
    said, the contrast after it the writer's aside; Sunday is the bang's, not the saying's,
    which is undated (publication)."""
    events = sentence_events(
        "A ferry sank off the cape on Saturday, killing four people.\n\n"
        "Divers would also check reports from two trawlermen of a loud bang on Sunday morning "
        "near the reef, the coastguard chief added, although blasting is common there.",
        "Tuesday, March 6, 2018",
    )
    assert _dates(events, "the coastguard chief added") == [("2018-03-06", "inferred")], events


def test_a_saying_dated_after_its_speaker_keeps_its_day_before_a_contrast():
    """ "…, the coastguard chief said on Monday, although …": the saying's own day stays its
    own; and a contrast after a saying that opens the sentence changes nothing ("The chief
    said divers found the wreck on Sunday, although …": found on Sunday)."""
    events = sentence_events(
        "A ferry sank off the cape on Saturday, killing four people.\n\n"
        "Divers would check reports of a loud bang near the reef, the coastguard chief said on "
        "Monday, although blasting is common there.\n\n"
        "The chief said divers found the wreck on Sunday, although strong currents slowed them.",
        "Tuesday, March 6, 2018",
    )
    assert _dates(events, "said on Monday") == [("2018-03-05", "explicit")], events
    assert ("2018-03-04", "explicit") in [
        (e.date, e.dating) for s, e in events if "found the wreck" in s
    ], events


def test_a_party_argued_its_case_before_the_decision_the_lead_tells():
    """ "On Thursday, the state appeals court found that the landlord can be held liable …
    The landlord argued that it owed nothing": the case was argued before the court decided
    it, not on Thursday; so was "the tenant contended"."""
    events = sentence_events(
        "On Thursday, the state appeals court found that the landlord can be held liable "
        "for the fire at the tower.\n\n"
        "The landlord argued that it owed nothing because the heater belonged to the "
        "tenant. The tenant contended that the wiring was old.",
        "Friday, August 14, 2020",
    )
    assert _dates(events, "The landlord argued") == [("2020-08-13", "before")], events
    assert _dates(events, "The tenant contended") == [("2020-08-13", "before")], events


def test_arguing_about_the_decision_or_in_another_story_keeps_the_story_day():
    """Not a saying about the decision ("Critics argued the ruling would raise rents": after
    it), nor the court's own reasoning ("The judge argued …"), nor arguing in a story whose
    lead is no decision ("Rivals clashed at Wednesday's debate. … Haley argued …": there)."""
    events = sentence_events(
        "On Thursday, the state appeals court found that the landlord can be held liable "
        "for the fire at the tower.\n\n"
        "Critics argued the ruling would raise rents across the city. The judge argued "
        "that the heater had been fitted by the landlord.",
        "Friday, August 14, 2020",
    )
    assert _dates(events, "Critics argued") == [("2020-08-13", "inferred")], events
    assert _dates(events, "The judge argued") == [("2020-08-13", "inferred")], events
    events = sentence_events(
        "Five candidates clashed over energy prices at Wednesday's debate in Miami.\n\n"
        "The governor argued that the state must build more reactors.",
        "Thursday, November 9, 2023",
    )
    assert _dates(events, "The governor argued") == [("2023-11-08", "inferred")], events


def test_a_pronoun_saying_after_a_dated_occasion_was_made_there():
    """ "At a June 24 hearing of Mark Dunn’s panel, Rep. Paul Lowe pushed for a faster return
    to the office. “…,” he said.": the sentence puts Lowe at a dated occasion for speaking,
    and what he goes on to say was said there, that day, not at publication, even where
    "he" is read as the speaker before."""
    events = sentence_events(
        "The agency has kept most of its staff at home since March, a new report shows.\n\n"
        "Agency chief Tom Berg told senators last week that most staff would be "
        "back soon.\n\n"
        "At a June 24 hearing of Mark Dunn’s panel, Rep. Paul Lowe pushed for a faster "
        "return to the office. “The private sector is leading the way, and we are not,” he "
        "said.",
        "Thursday, July 9, 2020",
    )
    assert _dates(events, "we are not") == [("2020-06-24", "inferred")], events


def test_another_speaker_after_a_dated_occasion_keeps_the_story_time():
    """Another speaker named after the occasion ("Jim Dunn, the panel's chair, said …") and
    the pronoun sayings after him are not put at it; nor is a saying after an occasion on
    the day of publication."""
    events = sentence_events(
        "The agency has kept most of its staff at home since March, a new report shows.\n\n"
        "At a June 24 hearing, Rep. Paul Lowe pushed for a faster return to the office. "
        "Jim Dunn, the panel's chair, told the Gazette the plan was sound. “We will get "
        "there,” he said.\n\n"
        "At a hearing on Thursday, Rep. Ann Cole asked for a review. “It is overdue,” she said.",
        "Thursday, July 9, 2020",
    )
    assert _dates(events, "plan was sound") == [("2020-07-09", "inferred")], events
    assert _dates(events, "We will get there") == [("2020-07-09", "inferred")], events
    assert _dates(events, "It is overdue") == [("2020-07-09", "inferred")], events

"""States read as happenings: descriptions of what a thing holds or how it is made, which
make no timeline entry, next to close sentences that tell a happening (invented news)."""

from __future__ import annotations

from conftest import sentence_events, triggers_after_lead


def test_a_participle_of_what_a_thing_holds_describes_it():
    """ "The hall was filled with smoke", "The talks were focused on trade", "The county is
    split into four wards": what a thing holds or how it is cut up, a description."""
    triggers = triggers_after_lead(
        "The old market hall was filled with smoke and noise.\n\n"
        "The talks were focused on farm subsidies and fishing rights.\n\n"
        "The county is split into four voting wards.\n\n"
        "The new board is composed of nine members."
    )
    for word in ("filled", "focused", "split", "composed"):
        assert word not in triggers, triggers


def test_a_participle_of_what_a_thing_holds_keeps_a_day_an_agent_or_a_past_split():
    """ "were filled with sand on Monday" keeps its day, "by volunteers" its doer, and "The
    firm was split into two companies" is a happening told in the past."""
    events = sentence_events(
        "The sandbags were filled with sand on Monday.\n\n"
        "The boats were filled with supplies by volunteers.\n\n"
        "The firm was split into two companies.\n\n"
        "Police closed the road on Monday.",
        lead=True,
    )
    found = {(s, e.trigger) for s, e in events}
    assert ("The sandbags were filled with sand on Monday.", "filled") in found, found
    assert ("The boats were filled with supplies by volunteers.", "filled") in found, found
    assert ("The firm was split into two companies.", "split") in found, found
    assert ("Police closed the road on Monday.", "closed") in found, found


def test_a_participle_on_the_object_of_a_verb_in_progress_is_an_adjective():
    """ "The club is considering paid advertising", "The union is seeking improved pay":
    the participle describes the object, no payment or improvement happened."""
    triggers = triggers_after_lead(
        "The club is considering paid advertising to lift turnout.\n\n"
        "The union is seeking improved pay for nurses.\n\n"
        "The council was quietly weighing proposed cuts to the budget."
    )
    for word in ("paid", "improved", "proposed"):
        assert word not in triggers, triggers


def test_a_participle_after_a_progressive_may_still_be_a_verb():
    """ "was being treated", a passive in progress, and a past verb after the progressive's
    clause ("… as the firm cut jobs") are still verbs."""
    from conftest import is_verb_in

    assert is_verb_in("The patient is being treated at a city hospital.", "treated")
    assert is_verb_in("Staff were striking when the firm cut jobs on Monday.", "cut")
    events = sentence_events("The council was weighing the plan when the mayor resigned on Monday.")
    assert "resigned" in [e.trigger for _s, e in events], events


def test_a_past_progressive_is_the_background_of_what_happened():
    """ "The plane was climbing slowly", "Fans were still queueing outside": an activity
    under way at some past time, no happening of its own (after the story's lead)."""
    triggers = triggers_after_lead(
        "The old plane was climbing slowly through the storm.\n\n"
        "Fans were still queueing outside the arena.\n\n"
        "The coach was also losing patience on the long trips."
    )
    for word in ("climbing", "queueing", "losing"):
        assert word not in triggers, triggers


def test_a_past_progressive_keeps_its_day_and_the_happening_it_frames():
    """ "The firm was sending staff home on Monday" keeps its day; in "Crews were fighting
    the fire when the roof fell in", the fall is still told; a lead's "Firefighters were
    battling a blaze" is the day's news."""
    events = sentence_events(
        "Firefighters were battling a blaze at the old mill.\n\n"
        "The firm was sending staff home on Monday.\n\n"
        "Crews were fighting the fire when the roof fell in.",
    )
    triggers = [e.trigger for _s, e in events]
    assert "battling" in triggers, triggers
    assert "sending" in triggers, triggers
    assert "fell" in triggers, triggers


def test_a_perfect_turning_down_calls_is_a_stand_held():
    """ "The ministry has rejected calls for a truce", "The mayor has resisted
    pressure to resign": a stand held over time, no happening of a day."""
    triggers = triggers_after_lead(
        "The ministry has also rejected fresh calls for a truce.\n\n"
        "The mayor has resisted pressure to resign over the contract.\n\n"
        "The ministry has dismissed those demands, saying the talks are over."
    )
    for word in ("rejected", "resisted", "dismissed"):
        assert word not in triggers, triggers


def test_a_ruling_or_a_dated_rebuff_is_still_told():
    """ "The court has rejected the appeal" is a ruling; "On Monday the council rejected
    calls for a new vote" keeps its day."""
    events = sentence_events(
        "The court has rejected the appeal.\n\n"
        "On Monday the council rejected calls for a new vote.\n\n"
        "The board has rejected the plan.",
        lead=True,
    )
    found = {s for s, e in events if e.trigger == "rejected"}
    assert "The court has rejected the appeal." in found, found
    assert "On Monday the council rejected calls for a new vote." in found, found
    assert "The board has rejected the plan." in found, found


def test_a_passive_in_progress_is_the_background_too():
    """ "The suspect was being held in Leeds pending a hearing": a detention under way then,
    no happening; "was held in Leeds on Monday" is one, with its day."""
    events = sentence_events(
        "The suspect was being held in Leeds pending a hearing.\n\n"
        "The patient was being treated in a city hospital.\n\n"
        "A second man was held in York on Monday.",
        lead=True,
    )
    found = {s for s, e in events if e.trigger in ("held", "treated")}
    assert found == {"A second man was held in York on Monday."}, found


def test_what_an_event_will_focus_on_describes_it():
    """ "The conference sessions will focus on farming": what the event will hold, no one's
    plan of a day; "will focus on farming from Monday" keeps its day."""
    events = sentence_events(
        "The conference sessions will focus on farming and water.\n\n"
        "The new unit will focus on burglaries from Monday.",
        lead=True,
    )
    found = {s for s, e in events if e.trigger == "focus"}
    assert found == {"The new unit will focus on burglaries from Monday."}, found

"""More states read as happenings: descriptions and background that make no timeline entry,
next to close sentences that tell a happening (invented news)."""

from __future__ import annotations

from conftest import sentence_events, triggers_after_lead


def test_a_relative_clause_with_no_that_describes_its_noun():
    """ "the calm the monks enjoyed", "the courses the cadets had undergone", "the benefits it
    has brought to the port": a clause with no "that" whose object is the noun before it
    says what the noun is, no happening."""
    triggers = triggers_after_lead(
        "The old abbey now offers all the calm the monks enjoyed, minus the hardship.\n\n"
        "There is a need for common drills because of the courses the cadets had undergone.\n\n"
        "The talks cover new trade rules and the benefits they have brought to the port."
    )
    for word in ("enjoyed", "undergone", "brought"):
        assert word not in triggers, triggers


def test_a_clause_with_no_that_keeps_its_day_an_object_or_a_fronted_time():
    """ "the man they arrested on Monday" keeps its day; "After the storm they left." opens on
    a phrase of time, no noun; "on the day they left" dates; "the steps it has taken" tells a
    deed; "appeared to show" has a verb of its own after it."""
    events = sentence_events(
        "Police said the man they arrested on Monday was armed.\n\n"
        "After the long storm they left.\n\n"
        "Crowds gathered on the day they left.\n\n"
        "The firm must report on the safety steps it has taken.\n\n"
        "Officials quoted the pilot as saying the plane appeared to show a fault.",
        lead=True,
    )
    found = {(s, e.trigger) for s, e in events}
    assert ("Police said the man they arrested on Monday was armed.", "arrested") in found, found
    assert ("After the long storm they left.", "left") in found, found
    assert ("Crowds gathered on the day they left.", "gathered") in found, found
    steps = "The firm must report on the safety steps it has taken."
    assert (steps, "taken") in found, found
    shown = "Officials quoted the pilot as saying the plane appeared to show a fault."
    assert (shown, "appeared") in found, found


def test_a_name_given_after_a_place_or_an_adverb_is_no_saying():
    """ "a new tenants' group in Leeds called FairRent", "are instead called acquired faults":
    the participle gives a name or a term, no one calls anyone."""
    triggers = triggers_after_lead(
        "A law firm now acts for members of a tenants' group in North Yorkshire "
        "called FairRent.\n\n"
        "The faults that doctors look for are instead called acquired faults."
    )
    assert "called" not in triggers, triggers


def test_people_of_a_place_who_call_someone_are_still_told():
    """ "Officials in Leeds called Ortiz a hero" and "A man in Leeds called Ortiz on Monday":
    more follows the name, or the caller opens the sentence; "was instead called off"
    has its particle."""
    events = sentence_events(
        "Officials in Leeds called Ortiz a hero.\n\n"
        "A man in Leeds called Ortiz on Monday.\n\n"
        "The match was instead called off.",
        lead=True,
    )
    found = {s for s, e in events if e.trigger == "called"}
    assert "Officials in Leeds called Ortiz a hero." in found, found
    assert "A man in Leeds called Ortiz on Monday." in found, found
    assert "The match was instead called off." in found, found


def test_a_bare_verb_joined_to_an_infinitive_has_no_past_of_its_own():
    """ "helping to clean the beach and set up tents", "plans to sell two mills and shut the
    third": "set" and "shut" are infinitives like "clean" and "sell", no past happening (a
    help under way, a plan)."""
    events = sentence_events(
        "Volunteers are helping to clean the beach and set up tents for the night.\n\n"
        "The firm plans to sell two mills and shut the third.",
        lead=True,
    )
    found = {(e.trigger, e.dating) for _s, e in events}
    assert not any(t == "set" for t, _d in found), found
    assert ("shut", "inferred") not in found and ("shut", "before") not in found, found
    from dateline.store.extract.clauses import tokenise
    from dateline.store.extract.verbs import aspect_of

    tokens = tokenise("The firm plans to sell two mills and shut the third.")
    shut = next(k for k, t in enumerate(tokens) if t[2] == "shut")
    assert aspect_of(tokens, shut, 0) == "future"


def test_a_past_joined_after_a_place_or_its_own_subject_is_still_told():
    """ "rushed to the mill and shut the gates": no verb after "to", so "shut" is the
    subject's own past; "… and they shut it" has a subject of its own."""
    from dateline.store.extract.clauses import tokenise
    from dateline.store.extract.verbs import aspect_of

    def aspect(sentence: str, word: str) -> str | None:
        tokens = tokenise(sentence)
        return aspect_of(tokens, next(k for k, t in enumerate(tokens) if t[2] == word), 0)

    assert aspect("Crews rushed to the mill and shut the gates.", "shut") == "past"
    assert aspect("The board agreed to sell the mill, and they shut it.", "shut") == "past"

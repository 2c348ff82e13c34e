"""Court and sport reports as a careful reader takes them (stop 52), with invented sentences:
a charge that says who someone is, a verdict typed as one, and a win over a named side."""

from __future__ import annotations

from conftest import dated_triggers, sentence_events


def test_a_charge_that_says_who_someone_is_is_no_saying():
    """ "A man accused of setting fire to a mosque was found guilty on Friday": the
    participle says who the man is. It had made a statement at publication (an accusation
    nobody made that day), and the offence's "fire" typed the verdict an accident. An
    accusation somebody makes ("Police accused the mayor of fraud", "The mayor was accused
    of fraud on Monday") is still a saying."""
    found = dated_triggers(
        "A man accused of setting fire to a mosque was found guilty on Friday.\n\n"
        "The driver, suspected of speeding, was arrested on Saturday.\n\n"
        "Police accused the mayor of fraud on Monday.",
        "Monday, March 16, 2026",
    )
    assert found.get("found") == ("legal", "2026-03-13", "explicit"), found
    assert found.get("arrested") == ("legal", "2026-03-14", "explicit"), found
    assert "suspected" not in found, found
    assert found.get("accused") == ("statement", "2026-03-16", "explicit"), found


def test_a_verdict_is_a_legal_event_whatever_the_offence():
    """ "The jury found him not guilty of starting the fire", "held the editor in contempt":
    a court's finding, not a fire."""
    events = sentence_events(
        "The jury found him not guilty of starting the fire on Friday.\n\n"
        "The judge held the editor in contempt on Monday.",
        "Monday, March 16, 2026",
    )
    assert [e.type for _s, e in events] == ["legal", "legal"], events


def test_a_side_that_beat_another_made_an_entry():
    """ "Riverton beat Lakeside 3-1 on Saturday": the match report's news. The event
    detector, trained on news with little sport, took "beat" between two names for no
    happening, and the story had no entry for its result."""
    found = dated_triggers(
        "Riverton beat Lakeside 3-1 on Saturday to move top of the table.",
        "Monday, March 16, 2026",
    )
    assert found.get("beat", ("",))[1:] == ("2026-03-14", "explicit"), found


def test_an_award_is_no_one_a_pronoun_takes_up():
    """ "Voss rose to fame with her debut album, which won a Brit Award. ¶ She last played
    the festival in 2022.": "she" is Voss, not the award (a name ending in Award, Prize,
    Medal, Trophy or Bowl is a contest's, as "the Northern Cup" is)."""
    events = sentence_events(
        "Singer Lana Voss rose to fame in 2018 with her debut album, which won a Brit Award "
        "the following year.\n\n"
        "She last played the festival in 2022.",
        "Friday, February 6, 2026",
    )
    played = next(e for _s, e in events if e.trigger == "played")
    assert "Lana Voss" in played.actors and "Brit Award" not in played.actors, events


def test_a_scheduled_present_looks_ahead_to_its_weekday():
    """ "The trial begins on Monday", written on a Thursday: the coming Monday (it had been
    the Monday just past, the nearer). "The trial began on Monday" is the past one."""
    events = sentence_events(
        "The trial begins on Monday.\n\nThe hearing began on Monday.",
        "Thursday, April 30, 2026",
    )
    found = {e.trigger: e.date for _s, e in events}
    assert found == {"begins": "2026-05-04", "began": "2026-04-27"}, events


def test_a_crime_lead_keeps_its_charge_and_what_came_before_it_apart():
    """ "A man has been charged with murder after a teenager was stabbed": the charge is the
    lead's news, and the body's "charged on Monday evening" dates it; the stabbing came
    before it. The two had been one entry, the stabbing at publication. "Police were called
    to Park Street on Saturday" is no saying (it had made the story's sayings Saturday's:
    a statement by the victim's mother is the paper's, at publication)."""
    events = sentence_events(
        "A 19-year-old man has been charged with murder after a teenager was stabbed to "
        "death outside a nightclub.\n\n"
        "Police were called to Park Street at about 2.15am on Saturday after reports of a "
        "fight.\n\n"
        "Connor Hale was arrested on Sunday and charged on Monday evening.\n\n"
        'The teenager\'s mother, Anita Reid, said in a statement: "Our hearts are broken."',
        "Tuesday, June 16, 2026",
    )
    rows = [(e.trigger, e.type, e.date, e.dating) for _s, e in events]
    assert ("charged", "legal", "2026-06-15", "inferred") in rows, rows
    assert ("stabbed", "attack", "2026-06-16", "before") in rows, rows
    assert ("called", "other", "2026-06-13", "explicit") in rows, rows
    assert ("charged", "legal", "2026-06-15", "explicit") in rows, rows
    assert ("said", "statement", "2026-06-16", "inferred") in rows, rows


def test_a_wire_dateline_with_its_day_is_no_part_of_the_story():
    """ "LONDON, March 3 (Reuters) - Britain's biggest supermarket chain said …": the place
    and the day the story was filed, as "LONDON (Reuters) -" is. With the day in it, the
    dateline had stayed in the entry's summary and the place was not the article's."""
    from dateline.store.formats.article import dateline_end, dateline_place

    text = "LONDON, March 3 (Reuters) - Britain's biggest grocer said on Tuesday it would cut jobs."
    assert dateline_place(text) == "LONDON"
    assert text[dateline_end(text) :].lstrip().startswith("Britain's")
    assert dateline_place("WASHINGTON, Jan. 5 — The Senate voted.") == "WASHINGTON"
    assert dateline_place("MAY 3 - the day the vote fell") is None
    events = sentence_events(text, "Tuesday, March 3, 2026")
    assert events[0][1].summary.startswith("Britain's biggest grocer said"), events


def test_an_agreement_is_typed_and_dated_as_what_was_agreed_allows():
    """ "agreed on Monday to buy rival Northgas": an acquisition agreed, on Monday. "They
    agreed to meet again in June", "agreed to delay the vote until Dec. 11": June and Dec. 11
    are the plan's, ahead of the agreeing; the agreeing had been dated last June and "before"
    last December."""
    events = sentence_events(
        "Halvard Energy agreed on Monday to buy rival Northgas for $4.3 billion.\n\n"
        "The two sides agreed to meet again in June.\n\n"
        "The council agreed to delay the vote until Dec. 11.",
        "Monday, May 11, 2026",
    )
    rows = [(e.type, e.date, e.dating) for _s, e in events]
    assert rows[0] == ("acquisition", "2026-05-11", "explicit"), rows
    assert [r[1] for r in rows[1:]] == ["2026-05-11", "2026-05-11"], rows


def test_places_listed_after_a_place_preposition_are_all_places():
    """ "Planes from Italy and Spain arrived": both are where the planes came from; only
    "Italy" had been left out of the actors. A list after "in" that opens with no place
    ("with Simon & Schuster in October and Hachette in November") or of what is held
    ("shares in BP and Shell") keeps its names."""
    events = sentence_events(
        "Firefighting planes from Italy and Spain arrived on Tuesday.\n\n"
        "Shares in BP and Shell fell on Tuesday.\n\n"
        "Deals were reached with Simon & Schuster in October and Hachette in November.",
        "Wednesday, July 22, 2026",
    )
    actors = [set(e.actors) for _s, e in events]
    assert not {"Italy", "Spain"} & actors[0], events
    assert {"BP", "Shell"} <= actors[1], events
    assert all("Hachette" in a for a in actors[2:]) and len(actors) == 4, events


def test_a_possessive_date_of_what_is_put_off_is_the_things():
    """ "This fall's season was postponed": fall is the season's, not when it was put off
    (it had been dated this fall, ahead of publication); "last year's movement, which
    brought millions to the streets" keeps its year."""
    events = sentence_events(
        "This fall's season was postponed due to the coronavirus pandemic.\n\n"
        "The protest drew on last year's movement, which brought millions to the streets.",
        "Wednesday, September 30, 2020",
    )
    found = {e.trigger: (e.date, e.dating) for _s, e in events}
    assert found.get("postponed", ("",))[0] != "2020-FA", found
    assert "2019" in {date for date, _dating in found.values()}, found


def test_he_said_after_a_likening_is_the_one_who_likened():
    """ "Schmidt likened the threshold to a speed limit. “…,” he said.": Schmidt speaks. The
    likening was no saying, so "he" went to the story's last speaker, Nordhaus."""
    events = sentence_events(
        "In 1975, economist William Nordhaus suggested that 3.6 degrees was the limit.\n\n"
        "NASA climatologist Gavin Schmidt likened the threshold to a speed limit. "
        '"It means the faster you go, the more dangerous it is," he said.',
        "Sunday, December 21, 2014",
    )
    said = next(e for _s, e in events if e.trigger == "said")
    assert said.speaker == "Gavin Schmidt", events

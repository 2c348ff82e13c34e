"""Classes found by reading the timelines of saved pages nobody had judged before (stop 51),
each with invented sentences: an appositive between a subject and its verb, a season that
names a kind of thing, "as planned in October", a year counted from now inside a story set in
another year, and a saying's tag set off by commas."""

from __future__ import annotations

import datetime as dt

from conftest import by_trigger, sentence_events

from dateline.store.extract.temporal import tag


def test_a_verb_after_an_appositive_is_its_subjects_event():
    """ "Nordair Flight 12, a Boeing 737, disappeared on March 8": the appositive says what
    the flight is, the verb after its closing comma is the flight's; a number ends a name
    ("Flight 12"), and a common noun takes a short description ("The ferry, an old vessel,
    vanished"). A participle's aside still makes no event ("A new screen, dubbed a retina
    display, …")."""
    events = sentence_events(
        "Nordair Flight 12, a Boeing 737, disappeared on March 8 with 140 people on board.\n\n"
        "The ferry, an old vessel, vanished on Sunday.\n\n"
        "A new screen, dubbed a retina display, impressed reviewers.",
        "Wednesday, March 12, 2031",
    )
    found = by_trigger(events)
    assert found.get("disappeared") == ("2031-03-08", "explicit"), events
    assert found.get("vanished") == ("2031-03-09", "explicit"), events
    assert "dubbed" not in found, events


def test_a_season_before_a_noun_after_a_is_a_kind_of_thing_not_a_time():
    """ "A winter storm struck the valley on Wednesday": the storm is of a kind, not dated
    by a season; the lead's day is Wednesday, so what the story goes on to tell undated
    happened then ("The county opened two shelters"), not on the day it came out. A season
    with its own determiner stays a time ("this winter", "in the winter of 2010")."""
    day = dt.date(2031, 11, 27)
    assert [t.text for t in tag("A winter storm struck the valley.", day)] == []
    assert [t.text for t in tag("She took a summer job.", day)] == []
    assert [t.value for t in tag("Snow fell this winter.", day)] == ["2031-WI"]
    events = sentence_events(
        "A winter storm struck the valley on Wednesday.\n\n"
        "The county opened two shelters.\n\n"
        "Trees fell on power lines.",
        "Thursday, November 27, 2031",
    )
    found = by_trigger(events)
    assert found["struck"] == ("2031-11-26", "explicit"), events
    assert found["opened"] == ("2031-11-26", "inferred"), events
    assert found["fell"] == ("2031-11-26", "inferred"), events


def test_as_planned_gives_a_bare_month_no_past():
    """ "ends its bond buying as planned in October", written in September: this October,
    and the next paragraph's "November" is not read in the year before either; "closed as
    planned in March" takes its past from "closed"."""
    day = dt.date(2014, 9, 30)
    (october,) = tag("The bank ends its bond buying as planned in October.", day)
    assert october.value == "2014-10"
    (march,) = tag("The plant closed as planned in March.", day)
    assert march.value == "2014-03"
    events = sentence_events(
        "Rates can stay low long after the bank ends its bond buying as planned in October.\n\n"
        "The mill is scheduled to reopen in November.",
        "Tuesday, September 30, 2014",
    )
    assert [e.date for s, e in events if "mill" in s] == ["2014-11"], events


def test_a_year_counted_from_now_is_no_part_of_the_story_year_before_it():
    """ "In 2011, Storm Wade made landfall on July 9. Last summer, Storm Zora hit Texas on
    July 14.": last summer's July, not 2011's; the sentence sets its own year from now."""
    events = sentence_events(
        "In 2011, Storm Wade made landfall near Mobile on July 9. Last summer, Storm Zora hit "
        "Texas on July 14.",
        "Thursday, April 2, 2020",
    )
    assert [e.date for s, e in events if "Zora" in s] == ["2019-07-14"], events
    assert [e.date for s, e in events if "Wade" in s] == ["2011-07-09"], events


def test_a_fronted_time_before_a_saying_set_off_by_commas_is_what_was_said():
    """ "In 2019, Lopez said, the share was 55 per cent": 2019 is the share's, the saying is
    undated (publication); "In 2019, Lopez said, the council approved a fund" dates the
    approval, not the saying. A fronted time before a saying that ends its clause dates it
    ("On Monday, Tom Hill said the plant would close")."""
    events = sentence_events(
        "In 2019, Maria Lopez said, that share was 55 per cent.\n\n"
        "In 2019, Ann Ray said, the council approved a second fund.\n\n"
        "On Monday, Tom Hill said the plant would close.",
        "Thursday, June 10, 2021",
    )
    said = {s.split(",")[1].strip(): (e.date, e.dating) for s, e in events if e.type == "statement"}
    assert said["Maria Lopez said"] == ("2021-06-10", "inferred"), events
    assert said["Ann Ray said"] == ("2021-06-10", "inferred"), events
    assert [(e.date, e.dating) for s, e in events if e.trigger == "approved"] == [
        ("2019", "explicit")
    ], events
    assert [e.date for s, e in events if "Tom Hill" in s] == ["2021-06-07"], events


def test_a_period_after_a_speech_verb_opening_its_clause_is_what_was_said():
    """ "said last year, the economy grew by 3 per cent", "said between January and April
    15, tourism brought in 40 per cent": the period opens what was said, set off by a comma
    before its clause; the saying is undated. "said last year that …" and "said in March,
    adding …" keep the saying's time."""
    events = sentence_events(
        "The minister said last year, the economy grew by 3 per cent.\n\n"
        "Maria Lopez said between January and April 15, tourism brought in 40 per cent of "
        "revenue.\n\n"
        "The governor said last year that the economy grew.\n\n"
        "Ann Ray said in March, adding that tourism was weak.",
        "Thursday, June 10, 2021",
    )
    said = {s.split(" said")[0]: (e.date, e.dating) for s, e in events if e.type == "statement"}
    assert said["The minister"] == ("2021-06-10", "inferred"), events
    assert said["Maria Lopez"] == ("2021-06-10", "inferred"), events
    assert said["The governor"] == ("2020", "explicit"), events
    assert said["Ann Ray"] == ("2021-03", "explicit"), events


def test_a_titled_speaker_after_what_was_said_leaves_its_time_to_what_was_said():
    """ "In March, the schedule changed, Mr. Lim said.": what precedes ", Mr. Lim said" is
    what he said, its March the change's; the saying is undated (publication). The stop of
    "Mr." had made the tag no short subject, so March dated the saying."""
    events = sentence_events(
        "The harbor board voted on Thursday to delay the new ferry terminal.\n\n"
        "In March, the schedule changed, Mr. Lim said.\n\n"
        "In the evening, the ferries would dock at the old pier, Dr. Ana Ruiz said.",
        "Tuesday, November 7, 2023",
    )
    said = [(e.date, e.dating) for s, e in events if e.type == "statement"]
    assert said == [("2023-11-07", "inferred")] * 2, events
    assert [e.date for s, e in events if e.trigger == "changed"] == ["2023-03"], events


def test_what_is_left_is_a_state_not_a_leaving():
    """ "there is no help left", "With nothing left to sell": "left" after "no", "nothing"
    or "there is" is what remains, no one left; "Two players left on Monday" and "The storm
    left no power" are happenings."""
    events = sentence_events(
        "Her food bank is empty and there is no help left.\n\n"
        "With nothing left to sell, the shop closed on Monday.\n\n"
        "Two players left on Monday.",
        "Thursday, March 4, 2021",
    )
    found = [(s[:12], e.trigger) for s, e in events]
    assert ("Her food ban", "left") not in found, events
    assert ("With nothing", "closed") in found, events
    assert ("With nothing", "left") not in found, events
    assert ("Two players ", "left") in found, events


def test_since_after_a_prepositional_to_is_the_changes_start():
    """ "has added 40 jobs to her bakery since July of last year": a process since a time is
    after it; "to her" is a preposition, no infinitive whose clause the "since" would be."""
    events = sentence_events(
        "Ana Ruiz has added 40 jobs to her bakery since July of last year.",
        "Tuesday, September 30, 2014",
    )
    assert [(e.date, e.dating) for s, e in events if e.trigger == "added"] == [
        ("2013-07", "after")
    ], events


def test_a_second_object_and_date_after_and_is_a_second_happening():
    """ "Similar deals were reached with Brook Press in October and Fenwick Books in
    November": the verb left out after "and" tells a second deal, in November; "opened a
    shop in March and another in May" a second opening. Not when a verb of its own stands
    between ("signed in 1994 and ratified in 2001": each verb its own date)."""
    events = sentence_events(
        "Similar deals were reached with Brook Press in October and Fenwick Books in November.\n\n"
        "The firm opened a shop in Leeds in March and another in York in May.\n\n"
        "The bill was signed in 1994 and ratified in 2001.",
        "Monday, December 1, 2031",
    )
    by_trigger: dict[str, list[str]] = {}
    for _s, e in events:
        by_trigger.setdefault(e.trigger, []).append(e.date)
    assert sorted(by_trigger["reached"]) == ["2031-10", "2031-11"], events
    assert sorted(by_trigger["opened"]) == ["2031-03", "2031-05"], events
    assert by_trigger["signed"] == ["1994"], events
    assert by_trigger["ratified"] == ["2001"], events


def test_a_participle_after_with_and_its_noun_is_a_circumstance():
    """ "With the bridge closed, drivers took the long way on Monday": the closure is the
    state the drivers met, the taking is the happening; "officials who closed the bridge on
    Monday" still closed it. "…, with 155 planes ordered" is a count, a figure."""
    events = sentence_events(
        "With the bridge closed, drivers took the long way on Monday.\n\n"
        "With his business hobbled by funding cuts, Tom Ray cut ten jobs on Friday.\n\n"
        "The mayor met officials who closed the bridge on Monday.",
        "Tuesday, September 30, 2014",
    )
    triggers = [e.trigger for _s, e in events]
    assert "took" in triggers and "cut" in triggers, events
    assert "hobbled" not in triggers, events
    counted = sentence_events(
        "The jet had suffered from slow sales throughout its history, with 155 planes "
        "ordered.\n\nThe firm collapsed in 2009, with its founder arrested.",
        "Tuesday, September 30, 2014",
    )
    assert "ordered" not in [e.trigger for _s, e in counted], counted  # a count
    assert [s[:4] for s, e in events if e.trigger == "closed"] == ["The "], events


def test_what_a_proposal_holds_is_no_happening_beside_it():
    """ "Ruiz proposed an amendment to her motion, which dropped the word 'permanent'": the
    relative clause tells what the amendment says, no second happening (it had made an entry
    "before" publication beside the proposal); "the bill, which passed the House in May"
    tells a step of the bill, a happening."""
    events = sentence_events(
        "A motion by Councillor Ana Ruiz to cap rents was defeated on Tuesday.\n\n"
        "As the debate closed, Ruiz tabled an amendment to her motion, which dropped the word "
        '"permanent."\n\n'
        "The bill, which passed the House in May, stalled in the Senate.",
        "Thursday, May 12, 2022",
    )
    triggers = {e.trigger: e.date for _s, e in events}
    assert "dropped" not in triggers, events
    assert triggers.get("passed") == "2022-05", events


def test_a_saying_in_a_released_video_is_one_entry_on_the_release_day():
    """ "Kell apologized to his former colleagues in a video released over the weekend":
    the video's release is the saying's occasion, one entry dated that weekend; the words
    for whom it was made ("to his former colleagues") stand between the verb and "in a
    video" as they do not in "said in a video released on Sunday"."""
    events = sentence_events(
        "Dan Kell apologized to his former colleagues in a video released over the weekend.",
        "Monday, April 28, 2031",
    )
    assert [(e.type, e.date) for _s, e in events] == [("statement", "2031-W17-WE")], events


def test_a_time_in_what_someone_says_would_be_moves_the_story_nowhere():
    """ "The board first heard in March that the terminal would be late. … In the evening,
    the schedule would reverse, Mr. Lim said. ¶ Kay Moss at that time asked for a
    timetable": "at that time" is March, the board's hearing; the evening Lim spoke of is no
    time the story came to. A time in a reported fact still is ("The wolf was put down
    Wednesday, the zoo said": the story is at Wednesday)."""
    events = sentence_events(
        "The harbor board on Thursday voted to delay the new ferry terminal.\n\n"
        "The board first heard in March that the terminal would not open on time. Engineer "
        "Bo Lim explained that ferries would dock only at high tide. In the evening, the "
        "schedule would reverse, Mr. Lim said.\n\n"
        "Board director Kay Moss at that time asked for a full timetable.",
        "Tuesday, November 7, 2023",
    )
    assert [e.date for s, e in events if s.startswith("Board director")] == ["2023-03"], events


def test_a_saying_by_the_then_holder_of_a_post_is_in_the_past():
    """ "The then prime minister said the system would fail": said while she held the post,
    in the past the story narrates ("Files show that in 1986 ministers fought over the
    exam"), or before publication when it names none; not at publication."""
    events = sentence_events(
        "Files released by the archives show that in 1986 ministers fought over the new "
        "exam. The then prime minister said the system would fail.\n\n"
        "Exam results rose this year.\n\n"
        "The then education secretary said the exam was fair.",
        "Monday, December 29, 2014",
    )
    said = {s[:30]: (e.date, e.dating) for s, e in events if e.type == "statement"}
    assert said["The then prime minister said t"] == ("1986", "inferred"), events
    assert said["The then education secretary s"] == ("2014-12-29", "before"), events


def test_sayings_of_papers_made_public_are_made_when_the_papers_were():
    """An archive story ("The minister tried to delay the dam, newly released files show")
    quotes papers of the past it narrates: "On May 4 the engineer wrote to him … ¶ The
    engineer said the dam was safe" was said in May 1979, not at publication; what someone
    told the paper now keeps its day. A story with no such lead keeps its sayings at
    publication."""
    body = (
        "{lead}\n\n"
        "The minister raised his doubts in the spring of 1979. On May 4 the chief engineer "
        "wrote to him insisting the plans were sound.\n\n"
        "The chief engineer said the dam would hold any flood.\n\n"
        'Asked about the papers, Lord Hale told the Gazette: "He was right to worry."'
    )
    archive = sentence_events(
        body.format(
            lead="Minister Tom Reed tried to delay the Vale dam, newly released files show."
        ),
        "Monday, December 29, 2014",
    )
    said = {s[:24]: (e.date, e.dating) for s, e in archive if e.type == "statement"}
    assert said["The chief engineer said "] == ("1979-05", "inferred"), archive
    assert said["Asked about the papers, "] == ("2014-12-29", "inferred"), archive
    news = sentence_events(
        body.format(lead="Minister Tom Reed tried to delay the Vale dam, his aides say."),
        "Monday, December 29, 2014",
    )
    said = {s[:24]: (e.date, e.dating) for s, e in news if e.type == "statement"}
    assert said["The chief engineer said "] == ("2014-12-29", "inferred"), news


def test_it_has_been_a_time_since_counts_back_from_publication():
    """ "It has been two years since the flood killed 40 people": the killing about two
    years before publication, not only before it; "three weeks since the plant closed" its
    week. "since Hilltop last allowed a goal" is a streak, a figure, no entry."""
    events = sentence_events(
        "It has been two years since the flood killed 40 people.\n\n"
        "It has been three weeks since the plant closed.\n\n"
        "It has been five weeks since the Hilltop Hawks last allowed a goal.",
        "Wednesday, November 8, 2023",
    )
    found = {e.trigger: (e.date, e.dating) for _s, e in events}
    assert found["killed"] == ("2021", "inferred"), events
    assert found["closed"] == ("2023-W42", "inferred"), events
    assert "allowed" not in found, events


def test_an_expert_asked_for_comment_spoke_as_the_story_was_written():
    """After "Four candidates met on Wednesday night in a televised debate", a professor's or
    an analyst's comment was made to the reporter, at publication, not at the debate; a
    debater's or the moderator's saying stays on the debate's day. A saying that names the
    debate in what it says ("said Haley 'came off effectively' in the debate") is not moved
    to it either; "The pilot had asked to change course during the flight" still is."""
    events = sentence_events(
        "Four candidates for mayor met on Wednesday night in a televised debate.\n\n"
        "Jane Roe, a lecturer at Easton College, said Tom Smith did well.\n\n"
        '"It was a draw," said Ann Ruiz, a political scientist at Vale University.\n\n'
        "Tom Hill, the moderator, said the rules were clear.",
        "Thursday, March 10, 2022",
    )
    said = {e.actors[0]: e.date for _s, e in events if e.type == "statement" and e.actors}
    assert said["Jane Roe"] == "2022-03-10", events
    assert said["Ann Ruiz"] == "2022-03-10", events
    assert said["Tom Hill"] == "2022-03-09", events
    scene = sentence_events(
        "A plane crashed on Sunday during a flight to Oslo.\n\n"
        "The pilot had asked to change course during the flight.",
        "Thursday, November 9, 2023",
    )
    assert [e.date for s, e in scene if s.startswith("The pilot")] == ["2023-11-05"], scene


def test_what_a_sign_stands_for_is_a_meaning_not_a_happening():
    """ "Each flag stood for one of the club's rules": a meaning, no entry; "She stood for
    parliament in 2010" ran for a seat, "They stood for hours in the rain" stood."""
    events = sentence_events(
        "Each flag stood for one of the club's founding rules.\n\n"
        "She stood for parliament in 2010.\n\n"
        "They stood for hours in the rain on Monday.",
        "Thursday, December 25, 2014",
    )
    assert sorted(s[:4] for s, e in events if e.trigger == "stood") == ["She ", "They"], events


def test_a_bare_title_opening_a_headline_like_line_is_the_one_named_with_it():
    """ "Governor Jay Inslee appointed Lewis … ¶ Governor says naming of Lewis is historic":
    the bare title speaks for the governor named before, as "The governor said" does."""
    events = sentence_events(
        "Governor Jay Inslee appointed Raquel Lewis to the court in December.\n\n"
        "Governor says naming of Lewis is historic.",
        "Wednesday, January 8, 2020",
    )
    assert [e.actors[:1] for s, e in events if s.startswith("Governor says")] == [
        ("Jay Inslee",)
    ], events


def test_a_surname_after_ms_is_no_man_of_that_name():
    """ "Peter Hall died … ¶ Mr Hall's daughter Emma said … ¶ Ms Hall added …": Ms Hall is
    not Peter Hall, whose given name is a man's; "Mr Hall" still is."""
    events = sentence_events(
        "Peter Hall, 61, died in a crash in 2019.\n\n"
        "Mr Hall's daughter Emma said he was kind.\n\n"
        "Ms Hall added that the family wanted answers.\n\n"
        "Mr Hall retired from the mill in 2015.",
        "Wednesday, November 8, 2023",
    )
    actors = {s[:10]: e.actors for s, e in events}
    assert "Peter Hall" not in actors["Ms Hall ad"], events
    assert "Peter Hall" in actors["Mr Hall re"], events


def test_the_weekend_of_a_new_paragraph_is_not_one_a_year_back():
    """ "On June 7, 2030, a tribunal found that Kell had committed fraud. ¶ Kell apologized
    in a video released over the weekend", published in April 2031: the weekend just past,
    not one near the tribunal's day; within the paragraph the story's day still anchors it."""
    events = sentence_events(
        "On June 7, 2030, a tribunal found that Dan Kell had committed fraud.\n\n"
        "Dan Kell apologized in a video released over the weekend.",
        "Monday, April 28, 2031",
    )
    assert [e.date for s, e in events if e.trigger == "apologized"] == ["2031-W17-WE"], events


def test_since_then_in_the_lead_runs_from_the_time_told():
    """ "The storm hit on Friday, Feb. 28. Since then, the town has been consumed by the
    effort to rebuild the pier": after the storm, in the lead as elsewhere; not the lead's
    news at publication."""
    events = sentence_events(
        "The storm hit on Friday, Feb. 28. Since then, the town has been consumed by the "
        "effort to rebuild the pier.",
        "Thursday, March 6, 2031",
    )
    assert [(e.date, e.dating) for s, e in events if s.startswith("Since then")] == [
        ("2031-02-28", "after")
    ], events


def test_whom_a_saying_was_told_to_does_not_say_it():
    """ "“Libraries are the glue of a town,” the librarian told the Gazette": the librarian
    speaks, to the paper; the line does not read "Gazette told the Gazette"."""
    events = sentence_events(
        "“Libraries are the glue of a town,” the librarian told the Gazette.",
        "Wednesday, May 19, 2021",
    )
    (summary,) = [e.summary for _s, e in events if e.type == "statement"]
    assert not summary.startswith("Gazette"), events


def test_a_saying_told_to_a_person_of_the_story_is_no_interview_with_the_paper():
    """ "“Leave my brother out of this,” she told Diaz", after a debate the lead dates: one
    debater to another, on the debate's night; "told the Gazette" is to the paper, at
    publication."""
    events = sentence_events(
        "Mayor Tom Diaz and Carla Moss met in a televised debate on Wednesday night.\n\n"
        "Moss attacked Diaz over the strike.\n\n"
        '"Leave my brother out of this," she told Diaz.\n\n'
        '"Nothing changed," Ann Ray, a strategist, told the Gazette.',
        "Thursday, March 13, 2031",
    )
    said = {s[:10]: e.date for s, e in events if e.type == "statement"}
    assert said['"Leave my '] == "2031-03-12", events
    assert said['"Nothing c'] == "2031-03-13", events


def test_a_saying_in_a_dated_filing_and_testimony_at_a_dated_hearing():
    """ "Lawyers disclosed the permit in a filing Friday afternoon. ¶ Ana Lee said in the
    filing that …": said in that filing, on Friday; "At a Feb. 25 hearing, Rep. Moss pushed
    for cuts. ¶ Ruth Park testified that …": at the hearing, that day."""
    events = sentence_events(
        "Lawyers for the port authority disclosed the permit in a filing Friday afternoon.\n\n"
        "Port attorney Ana Lee said in the filing that her team had a copy of the permit.\n\n"
        "At a Feb. 25 hearing of the transport committee, Rep. Carl Moss pushed for cuts.\n\n"
        "Ruth Park, director of the riders' union, testified that the cuts would hurt "
        "commuters.",
        "Thursday, March 6, 2031",
    )
    found = {e.trigger: e.date for _s, e in events}
    assert found["said"] == "2031-02-28", events
    assert found["testified"] == "2031-02-25", events


def test_though_set_off_by_commas_opens_no_clause():
    """ "Ruth Park, policy director of the riders' union, though, testified that …": the
    line keeps its subject (it had read "Though, testified that …"); "The plan passed,
    though it was late" still cuts at "though"."""
    events = sentence_events(
        "Ruth Park, policy director of the Riders Union, though, testified that the cuts "
        "would hurt.",
        "Thursday, March 6, 2031",
    )
    (summary,) = [e.summary for _s, e in events]
    assert summary.startswith("Ruth Park"), events

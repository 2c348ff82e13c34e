"""A story's past, carried where the text carries it (stop 52), each with invented sentences:
a past set by a paragraph's opening goes on through the undated paragraphs told in it, and
a year before a happening's noun dates what the happening did, whatever noun names it."""

from __future__ import annotations

from conftest import by_trigger, sentence_events


def test_a_past_set_by_an_opening_goes_on_till_a_paragraph_dates_itself_anew():
    """ "In June 1974, a spark set the docks alight. ¶ The blaze spread. ¶ Firefighters
    fought it for two days. ¶ Three men died.": every undated paragraph after the opening
    goes on in June 1974, not only the first (the third had been "before" publication). A
    paragraph that dates itself ("on Monday") leaves that past, and so does one told in the
    present ("now holds"), with what comes after it."""
    events = sentence_events(
        "In June 1974, a spark from a welding torch set the old docks alight.\n\n"
        "The blaze spread quickly through the timber warehouses.\n\n"
        "Firefighters fought it for two days.\n\n"
        "Three men died in the blaze.\n\n"
        "The mayor unveiled a plaque on Monday.\n\n"
        "The council approved a museum.",
        "Tuesday, May 28, 2024",
    )
    found = by_trigger(events)
    assert found["set"] == ("1974-06", "explicit"), events
    assert found["spread"] == ("1974-06", "inferred"), events
    assert found["fought"] == ("1974-06", "inferred"), events
    assert found["died"] == ("1974-06", "inferred"), events
    assert found["unveiled"] == ("2024-05-27", "explicit"), events
    assert found["approved"][0] != "1974-06", events

    present = by_trigger(
        sentence_events(
            "In June 1974, a spark from a welding torch set the old docks alight.\n\n"
            "The blaze spread quickly through the timber warehouses.\n\n"
            "The site now holds a park.\n\n"
            "The council approved a museum.",
            "Tuesday, May 28, 2024",
        )
    )
    assert present["approved"][0] != "1974-06", present


def test_a_year_before_any_happenings_noun_dates_what_it_did():
    """ "He lost his job in the 2008 crisis", "Prices soared during the 2012 drought": the
    year names which crisis and when it was, as "the 2011 earthquake" does, though no event
    type lists "crisis" or "drought". A year before a noun that is no happening still only
    says which thing ("the 2010 budget"), and "the 2020 final report" is a writing's year."""
    found = by_trigger(
        sentence_events(
            "He lost his job in the 2008 crisis.\n\n"
            "Prices soared during the 2012 drought.\n\n"
            "The council cut the 2010 budget on Monday.",
            "Thursday, April 2, 2020",
        )
    )
    assert found["lost"] == ("2008", "explicit"), found
    assert found["soared"] == ("2012", "explicit"), found
    assert found["cut"] == ("2020-03-30", "explicit"), found


def test_a_count_a_happening_made_is_the_happening_not_a_statistic():
    """ "The 2011 tsunami killed 18,000 people": what the tsunami did, the happening itself,
    in 2011 (it had made no entry: a count in the thousands told over a year reads as a
    statistic). A count with no happening for its subject still does ("In 2019 the port
    handled 3 million containers", "In 1850, 64 miners perished")."""
    found = by_trigger(
        sentence_events(
            "The 2011 tsunami killed 18,000 people along the coast.\n\n"
            "The fire destroyed 1,200 homes in 2019.\n\n"
            "In 2019 the port handled 3 million containers.",
            "Thursday, April 2, 2020",
        )
    )
    assert found.get("killed") == ("2011", "explicit"), found
    assert found.get("destroyed") == ("2019", "explicit"), found
    assert "handled" not in found, found


def test_later_puts_a_verb_after_the_time_its_sentence_names():
    """ "In 2003 she voted against the war, a decision she later called the proudest of her
    career": the calling came after 2003. It had been dated in 2003 and, as the saying,
    had taken the vote's place in the timeline; "which she later regretted" likewise."""
    events = sentence_events(
        "In 2003 she broke with her party to vote against the war, a decision she later "
        "called the proudest of her career.\n\n"
        "In 2005 he sold the farm, which he later regretted.",
        "Tuesday, March 10, 2026",
    )
    found = {e.trigger: (e.date, e.dating) for _s, e in events}
    assert found.get("broke") == ("2003", "explicit"), events
    assert found.get("called") == ("2003", "after"), events
    assert found.get("sold") == ("2005", "explicit"), events
    assert found.get("regretted") == ("2005", "after"), events


def test_a_ranking_over_recent_decades_leaves_its_verb_a_happening():
    """ "The worst landslide in recent decades struck Huaraz in 1970", "The worst storm in
    decades struck the city": the span bounds the ranking. The first had read as a trend
    ("rates doubled in the past decade"), the second "decades struck" as what remains
    ("eight weeks left"); neither made an entry. A trend and a count of what is left still
    make none."""
    events = sentence_events(
        "The worst landslide in recent decades struck Huaraz in 1970.\n\n"
        "The worst storm in decades struck the city on Friday.\n\n"
        "Rents nearly doubled in the past decade.\n\n"
        "She had eight weeks left on her lease.",
        "Saturday, March 7, 2026",
    )
    found = [(e.trigger, e.date, e.dating) for _s, e in events]
    assert found == [
        ("struck", "1970", "explicit"),
        ("struck", "2026-03-06", "explicit"),
    ], found


def test_a_figure_set_beside_a_result_does_not_date_it():
    """ "Net income fell to $1.2 billion in the quarter, from $2 billion a year earlier": the
    year earlier is the compared figure's time; the fall had been dated a year back."""
    found = by_trigger(
        sentence_events(
            "Net income fell to $1.2 billion in the three months to September, from "
            "$2 billion a year earlier.",
            "Thursday, October 22, 2026",
        )
    )
    assert found.get("fell", ("",))[0].startswith("2026"), found


def test_a_past_that_is_no_participle_is_no_adjective():
    """ "Similar bans took effect in Portland in 2023": "took" after a plural that could be a
    verb ("bans") and before a noun read as an adjective ("The plane promises increased fuel
    efficiency"), but "took" is no participle (that is "taken"), so it is the verb."""
    found = by_trigger(
        sentence_events("Similar bans took effect in Portland in 2023.", "Thursday, May 14, 2026")
    )
    assert found.get("took") == ("2023", "explicit"), found


def test_a_sayings_date_before_a_coordinated_clause_is_the_sayings():
    """ "The company announced the deal late last year, and regulators approved it earlier
    this month": the announcing was late last year. The comma and "regulators approved"
    after the date had read as what was said ("said last year, the economy grew"), and the
    announcing fell to publication. The said clause after a comma still keeps its date."""
    found = by_trigger(
        sentence_events(
            "The company announced the deal late last year, and regulators approved it "
            "earlier this month.\n\n"
            "Lopez said last year, the economy grew by 4 percent.",
            "Wednesday, June 10, 2026",
        )
    )
    assert found.get("announced", ("",))[0] == "2025", found
    assert found.get("approved", ("",))[0] == "2026-06", found
    assert found.get("said") == ("2026-06-10", "inferred"), found


def test_taking_over_a_post_is_an_appointment():
    """ "His deputy took over on an interim basis", "took over as chief executive": a post
    taken, not a company bought ("Acme took over its rival" still is)."""
    events = sentence_events(
        "Lee took over as chief executive in 2019.\n\n"
        "Acme took over its rival in May.\n\n"
        "His deputy took over on an interim basis.",
        "Wednesday, June 10, 2026",
    )
    assert [e.type for _s, e in events] == ["appointment", "acquisition", "appointment"], events


def test_a_past_perfect_is_a_flashback_the_story_returns_from():
    """ "Residents had opposed it for months. The mayor signed it.": after the flashback the
    story goes on in its own time, not "before publication" (a present perfect, the news of
    the day, still makes what follows background: see `main_clause_perfect`)."""
    found = by_trigger(
        sentence_events(
            "The council approved the plan on Thursday.\n\n"
            "Residents had opposed it for months. The mayor signed it.",
            "Friday, September 11, 2026",
        )
    )
    assert found.get("signed", ("", ""))[1] == "inferred", found


def test_a_possessive_date_before_a_saying_dates_what_it_owns():
    """ "Pointing to Tuesday's dismal performance, he said …": Tuesday is the performance's
    day, not the saying's own (it had been dated explicitly on Tuesday); "At Tuesday's
    debate" is the saying's scene, and dates it. "he charged that …" is a saying too."""
    sayings = [
        [
            (e.trigger, e.dating)
            for _s, e in sentence_events(text, "Thursday, November 9, 2023")
            if e.type == "statement"
        ]
        for text in (
            "Pointing to Tuesday's dismal performance, he said the party had lost its way.",
            "At Tuesday's debate, Haley said she would win.",
            "Pointing to Tuesday's poor turnout, Lee charged that the party had failed.",
        )
    ]
    assert sayings == [
        [("said", "inferred")],
        [("said", "explicit")],
        [("charged", "inferred")],
    ], sayings


def test_an_adjective_in_s_is_no_plural_subject():
    """ "the previous state Superior Court ruling": "previous" ends in s but is no plural
    subject of "state" (a bare present needs one: "Officials state that …")."""
    from dateline.store.extract.clauses import tokenise
    from dateline.store.extract.verbs import is_verb_here

    def verbs(text):
        tokens = tokenise(text)
        return [t[2] for k, t in enumerate(tokens) if t[2].isalpha() and is_verb_here(tokens, k)]

    assert "state" not in verbs("The ruling overturned the previous state court ruling.")
    assert "state" not in verbs("A famous state dinner was held.")
    assert "state" in verbs("Officials state that the road is closed.")


def test_a_sentence_opened_by_its_date_dates_its_saying():
    """ "On March 3, the founders announced they would sell", written in January: last
    March 3. The tagger reads the bare day as the coming one; a past verb takes it back a
    year, and a saying too when the date alone opens the sentence (it had fallen to
    publication). "Starting with a rally on May 1, the group said …" is still the rally's
    day, not the saying's."""
    found = by_trigger(
        sentence_events(
            "On March 3, the founders announced they would sell the business.",
            "Thursday, January 15, 2026",
        )
    )
    assert found.get("announced") == ("2025-03-03", "explicit"), found
    said = by_trigger(
        sentence_events(
            "Starting with a rally on May 1, the group said it would march every week.",
            "Sunday, March 15, 2026",
        )
    )
    assert said.get("said") == ("2026-03-15", "inferred"), said


def test_a_present_saying_takes_no_year_of_a_happening_it_names():
    """ "Looking back at the 2003 drought, the farmer says the river was the cause": he says
    it now, at publication; and the next sentence is not set in 2003 by it."""
    events = sentence_events(
        "Looking back at the 2003 drought, the farmer Ada Kell says the river was the main "
        "cause. Engineers built the dam after the war.",
        "Tuesday, May 10, 2022",
    )
    found = by_trigger(events)
    assert found.get("says") == ("2022-05-10", "inferred"), found
    assert found.get("built", ("",))[0] != "2003", found


def test_some_time_after_the_story_time_is_after_it():
    """ "In 2015 the painter moved to Oslo. Then, after 18 months, she returned home": after
    2015, not in it; so is "It wasn't long after this that riders began complaining"."""
    events = sentence_events(
        "In 2015 the painter moved to Oslo to study. Then, after 18 months, she returned home."
        "\n\nIn 2019 the firm launched a scooter line. But it wasn't long after this that "
        "riders began complaining about the brakes.",
        "Tuesday, May 10, 2022",
    )
    found = by_trigger(events)
    assert found.get("returned") == ("2015", "after"), found
    assert found.get("began") == ("2019", "after"), found


def test_a_pledge_is_a_happening_a_kept_state_is_not():
    """ "In 2019, the towns committed to cutting emissions by half": a pledge in 2019 (the
    detector missed "committed"); "The country remains committed to peace" is a state."""
    found = by_trigger(
        sentence_events(
            "In 2019, the towns committed to cutting emissions by half.\n\n"
            "The country remains committed to peace.",
            "Monday, November 20, 2023",
        )
    )
    assert found == {"committed": ("2019", "explicit")}, found


def test_the_writers_own_view_holds_no_happening():
    """ "I really do think the city dodged a bullet here", "We'd bet the mayor regrets it":
    the writer's opinion. The writer at work ("I spoke to the mayor on Monday") still is."""
    found = by_trigger(
        sentence_events(
            "I really do think the city dodged a bullet here.\n\n"
            "We'd bet the mayor regrets it.\n\n"
            "I spoke to the mayor on Monday.",
            "Wednesday, November 8, 2023",
        )
    )
    assert set(found) == {"spoke"}, found


def test_a_saying_in_the_present_is_made_by_now():
    """ "Jan. 3 2024 9:10 PMWhy Ferries MatterExperts say …" on a page of November 2023:
    another story's teaser with its time stamp, not a saying two months ahead."""
    found = by_trigger(
        sentence_events(
            "The ferry strike ended on Monday.\n\n"
            "Jan. 3 2024 9:10 PMWhy Ferries MatterExperts say the new boats are too slow.",
            "Wednesday, November 8, 2023",
        )
    )
    assert set(found) == {"ended"}, found


def test_a_perfect_over_the_past_years_is_a_habit():
    """ "For the past five years she has baked bread in the old mill": a habit over years,
    as "rents doubled in the past decade" is a trend; no happening."""
    found = by_trigger(
        sentence_events(
            "For the past five years she has baked bread in the old mill.",
            "Wednesday, November 8, 2023",
        )
    )
    assert "baked" not in found, found


def test_a_since_clause_dates_only_its_own_verb():
    """ "The bank cut rates, its first cut since the crisis began in 2008": 2008 is when the
    crisis began, the bound of the record; the cut had been dated 2008."""
    events = sentence_events(
        "The bank cut rates, its first cut since the crisis began in 2008.",
        "Wednesday, November 8, 2023",
    )
    found = by_trigger(events)
    assert found.get("began") == ("2008", "explicit"), found
    assert found.get("cut", ("",))[0] != "2008", found

"""Who an event is about, however the text names it: short forms, model numbers, plurals,
definite descriptions and pronouns; and plans ("will deliver") placed after publication."""

from __future__ import annotations

import pytest
from conftest import write_articles

from dateline.store.extract.actors import actor_matches, candidate_names, match_keys
from dateline.store.extract.article import extract
from dateline.store.formats.article import parse_article


@pytest.mark.parametrize(
    ("entity", "actor"),
    [
        ("Steve Jobs", "Jobs"),  # a surname
        ("Jobs", "Steve Jobs"),
        ("Orbital 550 Skyliner", "550"),  # a model number alone
        ("Orbital 550 Skyliner", "Orbital 550"),
        ("Orbital 550 Skyliner", "Skyliners"),  # the model's name, plural
        ("Vexa X90", "X90s"),
        ("Northwind Pacific Airlines", "Northwind Pacific"),  # first words, two or more
        ("Royal Canadian Navy", "Canadian Navy"),  # last words
        ("Royal Canadian Navy", "RCN"),  # initials
        ("EADS", "European Aeronautic Defence and Space"),
        ("Vexa X90", "Vexa 90"),  # the maker's letter dropped
        ("Vexa X90", "X90-200LR"),  # a variant of the model
        ("Orbital 550 Skyliner", "550-300"),
        ("Orbital", "Orbital Commercial Airplanes"),  # a division named by what it does
        ("Orbital", "Orbital North America"),  # its arm in a region
        ("Orbital Inc.", "Orbital"),  # the legal form asked for, the name found
        ("OHET", "Organization of the Harbour Exporting Towns"),  # "the" has no letter
        ("Kestrel", "Kestrel Group"),  # "the new Kestrel Group": the company, as a legal form
        ("Kestrel Group", "Kestrel"),
        ("Federal Reserve", "Fed"),  # short names news uses, from the lexicon
        ("Nikkei 225", "Nikkei"),
        ("FTSE 100", "Footsie"),
        ("New York Stock Exchange", "Big Board"),
        ("Fed", "Federal Reserve"),
        ("HarbourLineWorks", "HLW"),  # the initials of a name run together
        ("HarbourLineWorks", "Harbour"),  # its first part
        ("Coastal Safety Administration", "US Coastal Safety Administration"),  # its country's
    ],
)
def test_a_name_refers_to_the_entity(entity, actor):
    assert actor_matches(entity, actor)
    # the store narrows names by these keys (an acronym's by its first letter) before
    # asking: one must be in the name
    keys = match_keys(entity) | ({entity[0]} if entity.isupper() else set())
    assert any(k.casefold() in actor.casefold() for k in keys)


@pytest.mark.parametrize(
    ("entity", "actor"),
    [
        ("Orbital 550 Skyliner", "Orbital"),  # the maker, not its model
        ("Northwind Pacific Airlines", "Northwind"),  # one first word: the place or the maker
        ("Northwind Pacific Airlines", "Airlines"),  # a kind, not a name
        ("Steve Jobs", "Steve"),
        ("Vexa X90", "Vexa"),
        ("Lumo", "Lumo Records"),  # another organisation of the same first word
        ("Orbital", "Orbital 550"),  # a company's product is not the company
        ("zPad", "zPad mini"),  # a model is not its line
        ("Louis Gallois", "LG"),  # a person is not called by initials here
        ("Vexa X90", "Vexa X80"),  # another model
        ("zPad 4", "zPad 4S"),  # another model, not a variant
        ("Orbital 550 Skyliner", "Orbital 2010"),  # a year is no model
        ("Singapore", "Singapore Pacific Airlines"),  # the place's airline, not the place
        ("Singapore", "Singapore Japan"),  # a place is no company with arms
        ("Kestrel", "Kestrel Aviation Company"),  # a generic tail: another company
        ("Federal Reserve", "Dallas Fed"),  # a branch, not the whole
        ("Portugal", "Bank of Portugal"),  # a body of the place, not the place
        ("Orbital 550", "Orbital"),  # a model's number is no index's: not listed
        ("HarbourLineWorks", "Line"),  # a part other than the first
        ("Harbour", "HarbourLine Works"),  # a name of several words is not run together
    ],
)
def test_a_name_does_not_refer_to_another_entity(entity, actor):
    assert not actor_matches(entity, actor)


def _events(body: str, published: str = "Tuesday, June 2, 2015"):
    article = parse_article(f"Title\n{published}\n\n{body}\n")
    return [e for p in extract(article).paragraphs for e in p.events]


def _actors_of(events, trigger):
    """The actors of the first event told by `trigger`, or None when there is none."""
    return next((e.actors for e in events if e.trigger == trigger), None)


def _about(events, entity):
    return [e for e in events if any(actor_matches(entity, a) for a in e.actors)]


def test_a_description_stands_for_the_entity_named_before():
    events = _events(
        "Orbital Aviation unveiled its new airliner in Denver on Monday.\n\n"
        "The planemaker signed a contract with Northwind Pacific Airlines on Friday.\n\n"
        "The airline ordered 20 jets in March."
    )
    signed = [e for e in events if e.trigger == "signed"]
    assert signed and "Orbital Aviation" in signed[0].actors
    ordered = [e for e in events if e.trigger == "ordered"]
    # "the airline" is the airline named before, not the planemaker named more recently
    assert ordered and "Northwind Pacific Airlines" in ordered[0].actors
    assert "Orbital Aviation" not in ordered[0].actors


def test_descriptions_of_a_central_bank_an_agency_an_exchange_and_an_index():
    """ "the central bank" after the Federal Reserve, "the agency" after the Food and
    Drug Administration (not the drugmaker named since), "the exchange" after the Big
    Board, "the blue-chip average" after the Dow: each takes up the body it describes; a
    regional Fed named in between is not "the Fed"."""
    events = _events(
        "The Federal Reserve kept its key interest rate near zero on Tuesday.\n\n"
        "Dallas Fed president Lena Marsh dissented from the decision.\n\n"
        "The Fed said the recovery had gathered pace.\n\n"
        "The central bank cut its forecast for growth on Wednesday.\n\n"
        "The Coastal Drug Administration approved a pill made by Vexa Pharma on Monday.\n\n"
        "The agency rejected a second pill on Friday.\n\n"
        "The Big Board halted trading in Vexa shares on Monday.\n\n"
        "The exchange resumed trading an hour later.\n\n"
        "The Dow Jones Industrial Average fell 3 percent on Monday.\n\n"
        "The blue-chip average recovered on Tuesday."
    )
    assert _about([e for e in events if e.trigger == "said"], "Federal Reserve")
    assert _about([e for e in events if e.trigger == "cut"], "Federal Reserve")
    assert _actors_of(events, "rejected") == ("Coastal Drug Administration",)
    assert _about([e for e in events if e.trigger == "resumed"], "New York Stock Exchange")
    assert _about([e for e in events if e.trigger == "recovered"], "Dow Jones Industrial Average")
    # a central bank is no index: "the index" after "the Fed" alone takes up nothing
    events = _events("The Fed cut its key rate on Tuesday.\n\nThe index fell 3 percent on Tuesday.")
    assert _actors_of(events, "fell") == ()


def test_a_description_takes_up_the_body_in_view_not_one_met_in_passing():
    """ "Kestrel Motors said … The pedals were made by Orbex Parts Corporation. In
    November, the company recalled 4.2 million vehicles": the recall is the carmaker's, the
    body that spoke, not the supplier named since in passing."""
    events = _events(
        "Kestrel Motors said on Tuesday that it had stopped selling eight models.\n\n"
        "The pedals were made by Orbex Parts Corporation in Ohio.\n\n"
        "In November, the company recalled 4.2 million vehicles."
    )
    assert _actors_of(events, "recalled") == ("Kestrel Motors",)


def test_a_word_opening_the_story_after_its_dateline_opens_a_sentence():
    """ "HALDEN (KXTV) -- Starting on Sunday, …": the word after a dateline opens the story,
    a dictionary word there is no name, as it is at a sentence's start."""
    events = _events(
        "HALDEN (KXTV) -- Starting on Sunday, the Harbour Line will close at night.\n\n"
        "The line's owner said the work would last a month."
    )
    assert not [e for e in events if "Starting" in e.actors]


def test_a_bodys_own_word_alone_is_the_one_body_of_the_story_named_with_it():
    """ "The Commission said …" after "the Ruritanian Trade Commission" is that body; not
    when the story names two commissions."""
    events = _events(
        "The Ruritanian Trade Commission has fined Telmark.\n\n"
        "The Commission said on Thursday that it had found no other faults."
    )
    assert _actors_of(events, "said") == ("Ruritanian Trade Commission",)
    events = _events(
        "The Ruritanian Trade Commission has fined Telmark.\n\n"
        "The Harbour Commission also fined Orbex.\n\n"
        "The Commission said on Thursday that it had found no other faults."
    )
    assert _actors_of(events, "said") == ("Commission",)


@pytest.mark.parametrize(
    ("sentence", "trigger", "acts"),
    [
        # the subject of a regular verb the verb table need not list, past two words of
        # its verb group
        ("Portugal requested aid from the lenders on Friday.", "requested", True),
        ("Portugal has also agreed to new cuts.", "agreed", True),
        # what a verb acts on, or the owner of a thing the story tells of
        ("Moody's downgraded Portugal on Monday.", "downgraded", True),
        ("Fitch cut Portugal's rating to junk on Tuesday.", "cut", True),
        ("Ministers agreed on Sunday to lend Portugal 10 billion euros.", "agreed", True),
        # after a preposition it says where
        ("The envoy flew to Portugal on Monday.", "flew", False),
        ("Ships sailed to Portugal on Monday.", "sailed", False),
    ],
)
def test_a_country_takes_part_as_subject_object_or_owner_not_as_a_place(sentence, trigger, acts):
    """A country's government takes part when the country acts, is acted on, or owns what
    the story tells of ("Moody's downgraded Greece", "Fitch cut Greece's rating"); "flew
    to Portugal" says where."""
    assert ("Portugal" in (_actors_of(_events(sentence), trigger) or ())) is acts


def test_a_first_word_alone_is_a_longer_name_only_after_it():
    """ "Steve" after "Steve Jobs" is he; "Telmark" written before "the Telmark World
    conference" is the company, not the conference."""
    events = _events(
        "Telmark has unveiled two phones.\n\n"
        "Its chief presented them at the Telmark World conference in London.\n\n"
        "Telmark reported a loss on Thursday."
    )
    assert _actors_of(events, "reported") == ("Telmark",)


def test_a_move_or_a_decision_opening_a_sentence_is_the_body_in_views():
    """ "The emergency move, announced at 8:20 a.m., …", "The decision surprised traders",
    after the bank cut its rate: the bank's move and decision."""
    events = _events(
        "The Orvik Reserve Bank cut its key interest rate on Tuesday.\n\n"
        "The emergency move, announced at 8:20 a.m., came a week before a scheduled "
        "meeting.\n\n"
        "The decision surprised traders in London."
    )
    assert _actors_of(events, "announced") == ("Orvik Reserve Bank",)
    assert _actors_of(events, "surprised") == ("Orvik Reserve Bank",)


def test_a_happening_told_by_its_noun_alone_is_the_doings_of_the_thing_in_view():
    """ "The take-off was normal" after the X900 flew is the X900's; "The cuts will
    be made over two years" after Nordwing announced them is Nordwing's. Not when the
    sentence names its own doer, nor for a noun that is no happening ("The weather")."""
    events = _events(
        "The new Orbital X900 took off from Denver on Tuesday morning.\n\n"
        "The take-off, at 08:30, was normal and took place on time.\n\n"
        "The weather stayed calm and cleared later that day.\n\n"
        "Nordwing Aviation announced on Monday that it would shed 3,000 jobs.\n\n"
        "The cuts will be made over two years.\n\n"
        "The first deliveries to Kestrel Air took place in May."
    )
    took = [e.actors for e in events if e.trigger == "took"]
    assert took[:2] == [("Orbital X900",), ("Orbital X900",)]
    assert "Nordwing Aviation" not in took[-1] and "Kestrel Air" in took[-1]
    assert _actors_of(events, "stayed") == ()
    assert _actors_of(events, "made") == ("Nordwing Aviation",)


def test_a_product_a_quote_names_takes_part_in_its_saying():
    """ "'We plan to fly the 550 to Lima,' says Ann Lee": the saying is about the Orbital
    550 Skyliner, named before; a person or body named in a quote is not (the speaker may
    talk of anyone)."""
    events = _events(
        "Orbital unveiled its 550 Skyliner in Denver on Monday.\n\n"
        '"We plan to fly the 550 to Lima and beat Kestrel there," says Ann Lee.'
    )
    says = _actors_of(events, "says")
    assert says and says[0] == "Ann Lee"
    assert any(actor_matches("Orbital 550 Skyliner", a) for a in says)
    assert not any(actor_matches("Kestrel", a) for a in says)


def test_a_body_is_taken_up_by_its_kind_but_a_name_is_no_description():
    """ "The foundation said" is the Kestrel Foundation named before; "the University of
    Akron" is a name, not a description of the university named before."""
    events = _events(
        "The Kestrel Foundation gave $5,000 to the harbour school on Monday.\n\n"
        "The foundation said it would give more next year.\n\n"
        "Kestrel University opened a library on Monday.\n\n"
        "Ann Lake met a dean of the University of Akron on Tuesday."
    )
    said = [e for e in events if e.trigger == "said"]
    assert said and said[0].actors[0] == "Kestrel Foundation"
    met = [e for e in events if e.trigger == "met"]
    assert met and "Kestrel University" not in met[0].actors


def test_an_airline_is_no_airbus_and_its_is_the_thing_just_named():
    """ "The airline" takes up a name with the word "Airlines" or "Air" in it, not "Airbus"
    (where "Air" is part of a word); an "its" after a thing the sentence has just named is
    that thing's, so the company of the sentence before takes no part ("The Orbital 550
    finished its tour": Kestrel Foundation is not in it)."""
    events = _events(
        "Skyways Airlines ordered 20 jets on Monday.\n\n"
        "Airbus delivered a jet to another client on Monday.\n\n"
        "The airline said on Tuesday it would add routes.\n\n"
        "The Kestrel Foundation gave $5,000 to the flight school on Monday.\n\n"
        "The Orbital 550 Skyliner finished its tour in Denver on Wednesday."
    )
    said = [e for e in events if e.trigger == "said"]
    assert said and "Skyways Airlines" in said[0].actors, said
    assert "Airbus" not in said[0].actors
    finished = [e for e in events if e.trigger == "finished"]
    assert finished and "Kestrel Foundation" not in finished[0].actors, finished


def test_a_model_number_stands_for_the_product_named_with_it():
    events = _events(
        "Orbital Aviation unveiled the Orbital 550 Skyliner on Monday.\n\n"
        "The 550 completed its first test flight on Saturday."
    )
    assert [e for e in _about(events, "Orbital 550 Skyliner") if e.trigger == "completed"]
    # "its 2017 model" is a year's model, not a product called 2017
    events = _events("Orbital Aviation launched its 2017 model on Monday.")
    assert [e.actors for e in events] == [("Orbital Aviation",)]


def test_a_product_taken_up_by_its_model_number_is_the_one_a_description_means():
    """ "Boeing said its 777 would fly again" names the Boeing 777 again: "the aircraft" of
    the next sentence is that one, not the Orbital 550 named in between."""
    events = _events(
        "Boeing unveiled the Boeing 777 in 1994.\n\n"
        "Acme Air ordered the Orbital 550 on Monday.\n\n"
        "Boeing said on Tuesday its 777 would fly again.\n\n"
        "The aircraft completed a test flight on Friday."
    )
    assert _actors_of(events, "completed") == ("Boeing 777",), events


def test_a_description_takes_up_no_product_the_story_called_another_kind_of_thing():
    """ "Kestrel K900 engines" are engines: "the aircraft" of the next sentence is the
    Orbital 550 airliner named before them."""
    events = _events(
        "Orbital Aviation unveiled the Orbital 550 airliner on Monday.\n\n"
        "It will be powered by Kestrel K900 engines.\n\n"
        "The aircraft completed a test flight on Friday."
    )
    assert _actors_of(events, "completed") == ("Orbital 550",), events
    # a verb's object is no class: "lost engine power" makes no engine of the airliner
    events = _events(
        "Orbital Aviation unveiled the Orbital 550 airliner on Monday.\n\n"
        "The Orbital 550 lost engine power on Tuesday.\n\n"
        "The aircraft landed safely on Friday."
    )
    assert _actors_of(events, "landed") == ("Orbital 550",), events


def test_a_description_of_a_part_or_of_the_next_name_is_not_a_reference():
    events = _events(
        "Vexa released the Vexa X90 phone in May.\n\n"
        "Critics praised the device's camera on Friday.\n\n"
        "The animation company Brightside sued Lumo Records on Sunday."
    )
    praised = [e for e in events if e.trigger == "praised"]
    assert praised and not _about(praised, "Vexa X90")
    sued = [e for e in events if e.trigger == "sued"]
    assert sued and not _about(sued, "Vexa X90")


def test_plans_are_after_publication_and_possibilities_are_left_out():
    events = _events(
        "The council will vote on the budget.\n\n"
        "The mayor plans to sign the order.\n\n"
        "The union could strike.\n\n"
        "The board will not approve the merger."
    )
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["vote"].dating == "after" and by_trigger["vote"].start == "2015-06-02"
    assert by_trigger["sign"].dating == "after"
    assert "strike" not in by_trigger  # possible, not planned
    assert "approve" not in by_trigger  # negated


def test_a_plan_takes_its_own_date_but_not_a_past_one():
    events = _events(
        "The first jets will be delivered in 2017.\n\n"
        "The board met on Monday and the company will cut 300 jobs."
    )
    delivered = [e for e in events if e.trigger == "delivered"]
    assert delivered and (delivered[0].date, delivered[0].dating) == ("2017", "explicit")
    cut = [e for e in events if e.trigger == "cut"]
    assert cut and cut[0].dating == "after" and cut[0].start == "2015-06-02"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("He met United States Barack Obama.", ["Barack Obama"]),  # a place before a person
        ("United Airlines said it would appeal.", ["United Airlines"]),  # a place in a name
        ("Former Halvorsen chief Ann Lake resigned.", ["Halvorsen", "Ann Lake"]),
        ("Analyst Priya Raman said shares fell.", ["Priya Raman"]),
        ("The launch was at 08:30 UTC on the pad.", []),  # a time zone
        ("Published March 5, 2020 by staff", []),  # a date line
        # a title's "of" takes a portfolio, not an organisation's first word
        ("Minister of Finance Ada Obi spoke.", ["Ada Obi"]),
        ("Transport Minister Ada Obi spoke.", ["Ada Obi"]),
        ("Lee, CEO of Norvik Commercial Shipping said so.", ["Lee", "Norvik Commercial Shipping"]),
        # titles of several words, before and after the company's name
        ("It charged Halvorsen Chief Financial Officer Tom Reyes.", ["Halvorsen", "Tom Reyes"]),
        ("Halvorsen Executive Vice President Ann Lake replied.", ["Halvorsen", "Ann Lake"]),
        ("The jet reached Kestrel Airways 18 months late.", ["Kestrel Airways"]),
        ("A deal with Denver-based Halvorsen was signed.", ["Halvorsen"]),
        ("Halvorsen 787 jets flew.", ["Halvorsen 787"]),  # a model number stays
        # a country or state that does something is its government acting; where
        # something happens, or whose officials act, it is a place
        # job titles before a name ("… Ranger Supervisor Ann Lake", "Captain Ann Lake")
        ("Detective Sergeant Jon Saxby said so.", ["Jon Saxby"]),
        ("Director Laurence des Cars said so.", ["Laurence des Cars"]),  # a particle
        ("It was proposed by Anna von der Heide.", ["Anna von der Heide"]),  # two
        # a sentence's opening word is no part of the name after it
        ("So Halvorsen Shipping took old images.", ["Halvorsen Shipping"]),
        ("Unlike Tom Reyes, she stayed.", ["Tom Reyes"]),
        # a compound adjective, a party, a trade or a place before a name is none of it
        ("Award-winning reporter Ann Lake covered Peru for The Herald.", ["Ann Lake", "Herald"]),
        ("California-born Lake is eligible.", ["Lake"]),
        ("Bronx Republican Ann Lake and Boxer Tom Reyes met.", ["Ann Lake", "Tom Reyes"]),
        ("The Republican National Committee met.", ["Republican National Committee"]),
        # a body named by whose it is keeps its possessive; a possessive before another
        # name does not
        (
            "The Kent County Sheriff’s Office thanked the Parkinson’s Trust of Ontario.",
            ["Kent County Sheriff’s Office", "Parkinson’s Trust of Ontario"],
        ),
        ("They watched ESPN’s College Football Final.", ["ESPN", "College Football Final"]),
        # a holiday is a time, not an actor
        ("They shot it for the New Year sales and for Hanukkah.", []),
        ("They queued on New Year’s Eve with Eve Lake.", ["Eve Lake"]),
        # "&" joins a name; a legal form, "& Co." too, and a stock ticker are no part of it
        ("Halvorsen & Lake Co. (NYSE: HLC) rose.", ["Halvorsen & Lake"]),
        (
            "Kestrel Aeronautic Defence & Space NV sold jets.",
            ["Kestrel Aeronautic Defence & Space"],
        ),
        ("The letter was signed by Sens. Ann Lake and Tom Reyes.", ["Ann Lake", "Tom Reyes"]),
        ("Captain Ann Lake flew the plane.", ["Ann Lake"]),
        ("Russia fired two missiles.", ["Russia"]),
        ("The U.S. also signed the treaty.", ["U.S."]),
        ("China has said it will respond.", ["China"]),
        ("Officials in Texas met.", []),
        ("US officials met in Paris.", []),
        ("Russia's navy sank a boat.", []),
        # a name ending as a nationality does, before a past verb, is a name
        ("The Nikkei rose 2 percent and Mr. Kazan sank a putt.", ["Nikkei", "Kazan"]),
        ("In Tokyo, the Nikkei average climbed.", ["Nikkei"]),
        ("Indonesian rescuers searched the sea.", []),
        # a nationality of several words before a noun names no one; a person's name may
        # end as one ("Ayman Safadi"); what one holds "in" a company is no place
        ("The South Korean company and the Anglo-Dutch group met.", []),
        ("Minister Ayman Safadi met Sean Hickman.", ["Ayman Safadi", "Sean Hickman"]),
        ("Shares in Kestrel rose, and its stake in Orbex grew.", ["Kestrel", "Orbex"]),
        # a body's word, "of the", and the rest of its name: one name
        (
            "The Organization of the Harbour Exporting Towns (OHET) met.",
            ["Organization of the Harbour Exporting Towns", "OHET"],
        ),
        ("Members of the Senate voted.", ["Members", "Senate"]),
        # a surname that is a teaser's word: "Read" ends a name only where a teaser would
        ("The board said Ian Read would take over.", ["Ian Read"]),
        ("The board chose Ian Read.", ["Ian Read"]),
        ("Ann Lake ALSO READ | Storm hits", ["Ann Lake", "Storm"]),
    ],
)
def test_actor_names_are_clean(sentence, names):
    from dateline.store.extract.actors import candidate_names

    assert [n for _s, _e, n in candidate_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("He was seen at Elmwood Mall on Monday.", []),
        ("Okafor, of St Aldhelm’s Road, was fined.", ["Okafor"]),
        ("Kingsford Crown Court heard the case.", ["Kingsford Crown Court"]),  # a court acts
        ("Nathan Lane starred in the play.", ["Nathan Lane"]),  # a surname, not a lane
        # after a preposition that only places, or before a place noun: where, not who
        ("The bone was found on Kestrel beach near The Hague by Ann Lake.", ["Ann Lake"]),
        ("Police closed roads across Westminster.", []),
        ("They gathered at the Singhu border with Tom Reyes.", ["Tom Reyes"]),
        # but whose thing it is names a person: "inside Duffy's fridge", "in Velez's ward"
        ("They found cocaine inside Duffy’s fridge.", ["Duffy"]),
        ("Few homes were built in Velez's ward.", ["Velez"]),
    ],
)
def test_streets_and_sites_are_not_actors(sentence, names):
    from dateline.store.extract.actors import candidate_names

    assert [n for _s, _e, n in candidate_names(sentence)] == names


def test_a_masked_nickname_leaves_one_space_in_the_name():
    from dateline.store.extract.actors import candidate_names
    from dateline.store.extract.sentence import read_sentence

    _masked, names = read_sentence("President Joko “Jokowi” Widodo ordered a review.")
    assert [n for _s, _e, n in names] == ["Joko Widodo"]
    assert candidate_names("Ana   Ortiz spoke.")[0][2] == "Ana Ortiz"


def _entity_summaries(folder, text: str, *entities: str) -> list[list[str]]:
    """Import one article into a fresh library; each entity's timeline summaries."""
    from dateline.store.library import Library

    lib = Library(str(folder / "lib.db"))
    try:
        lib.import_paths(write_articles(folder, {"a": text}))
        return [[e.summary for e in lib.timeline(entity=name)] for name in entities]
    finally:
        lib.close()


def test_an_entity_timeline_finds_its_initials(tmp_path):
    [summaries] = _entity_summaries(
        tmp_path,
        "Navy order\nTuesday, June 2, 2015\n\n"
        "The Royal Canadian Navy ordered six ships on Monday.\n\n"
        "The RCN cancelled two of them in May.\n",
        "Royal Canadian Navy",
    )
    assert any("ordered" in s for s in summaries) and any("cancelled" in s for s in summaries)


def test_an_entity_timeline_by_initials_finds_the_full_name_and_model_variants(tmp_path):
    navy, model = _entity_summaries(
        tmp_path,
        "Tanker deal\nTuesday, June 2, 2015\n\n"
        "The Royal Canadian Navy ordered six tankers on Monday.\n\n"
        "Shares of Orbital rose on Monday.\n\n"
        "The company said on Monday that its 550-300 had flown on Sunday.\n",
        "RCN",
        "Orbital 550",
    )
    assert any("ordered" in s for s in navy)
    assert any("flown" in s for s in model)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("By Ana Ortiz The Valley Post Published 5 May", ["Ana Ortiz", "Valley Post"]),
        ("ALSO READ | Lumo sues its rival", ["Lumo"]),
        ("Is Ortiz running again?", ["Ortiz"]),
        ("Bank of The West said so.", ["Bank of The West"]),
        ("Theresa May spoke.", ["Theresa May"]),
        ("Shares of Lumo rose.", ["Lumo"]),
        ("I'm told PM Ana Obi agreed.", ["Ana Obi"]),  # a contraction, a title
        ("Orbital rolls out its first 550 Skyliner", ["Orbital", "550 Skyliner"]),  # a model
        ("He paid 300 Euros to Around 30 Lumo staff.", ["Euros", "Lumo"]),  # counts
    ],
)
def test_bylines_teasers_and_questions_leave_clean_names(sentence, names):
    from dateline.store.extract.actors import candidate_names

    assert [n for _s, _e, n in candidate_names(sentence)] == names


def test_a_prediction_about_things_is_not_a_plan():
    events = _events(
        "Harlan Motors opened a plant in Leeds on Monday.\n\n"
        "Droughts will hit the region.\n\n"
        "Harlan Motors will hire 300 workers.\n\n"
        "A few cars will likely appear in showrooms.\n\n"
        "The price of steel will rise in June.\n\n"
        "Old streets will be renamed."
    )
    triggers = {e.trigger for e in events}
    assert "hit" not in triggers  # things, not someone's plan
    assert "rise" not in triggers  # a forecast, even with a date
    assert "appear" not in triggers  # a guess
    assert {"hire", "renamed"} <= triggers  # a company's plan; a passive is someone's


def test_the_store_is_the_store_named_before():
    """ "the store" (a word the descriptions had lost when they became one table)."""
    events = _events(
        "Lumo opened its zTunes online store in April.\n\n"
        "Since then the store has sold more than 3 million songs."
    )
    sold = [e for e in events if e.trigger == "sold"]
    assert sold and any("zTunes" in a for a in sold[0].actors)


def test_names_opening_a_sentence_and_descriptions_with_a_nationality():
    """A word no dictionary knows opens a sentence as a name ("Toyota recalled"); "the
    Japanese carmaker" and "the index" take up the organisation and the index named before;
    "the American computer company" is a company, not a computer."""
    events = _events(
        "Toyota recalled 2.3 million cars last week.\n\n"
        "The Japanese carmaker said on Monday that sales had stopped.\n\n"
        "The Dow Jones Industrial Average fell 2.3% on Monday.\n\n"
        "The index lost 1.2 percent on Tuesday.\n\n"
        "Five years after its launch, the zPad sold out.\n\n"
        "Shares of the American computer company rose on Monday."
    )
    by_trigger = {e.trigger: e.actors for e in events}
    assert by_trigger["recalled"] == ("Toyota",)
    assert by_trigger["said"] == ("Toyota",)
    assert by_trigger["lost"] == ("Dow Jones Industrial Average",)
    assert "Five" not in by_trigger["sold"]
    assert "zPad" not in by_trigger["rose"]


def test_a_title_description_takes_up_the_one_named_with_that_title():
    """ "the mayor" is the person introduced as mayor, not whoever was named last."""
    events = _events(
        "Supt Ann Lake said officers found a man injured.\n\n"
        "The mayor said the road would reopen.\n\n"
        "The superintendent added that the man was in hospital.\n\n"
        "Mayor Tom Reyes announced a review on Monday.\n\n"
        "The mayor said on Monday it would take a month."
    )
    by_trigger = {}
    for e in events:
        by_trigger.setdefault(e.trigger, []).append(e.actors)
    assert by_trigger["said"] == [("Ann Lake",), (), ("Tom Reyes",)]
    assert by_trigger["added"] == [("Ann Lake",)]


def test_a_common_word_opening_a_sentence_is_a_name_when_only_a_name_fits():
    """ "Ford, which …" and "Shell's chief": a relative "which" or a possessive after a
    capitalised word that is also a dictionary word make it a name."""
    events = _events(
        "Ford, which makes the F-150 pickup, reported a loss for the fourth quarter.\n\n"
        "Shell's chief resigned on Monday."
    )
    loss = [e for e in events if "loss" in e.summary]
    assert [e.trigger for e in loss] == ["reported"]  # "which makes" is no event of then
    assert loss[0].actors[0] == "Ford"
    assert "Shell" in next(e for e in events if e.trigger == "resigned").actors


def test_a_dictionary_word_that_speaks_alone_is_a_name_in_all_its_story():
    """ "Kestrel said …" opening a sentence: a word alone that speaks is a name though a
    dictionary lists it, and so it is where it opens another sentence ("Kestrel filed for
    bankruptcy"); not a plural ("Analysts said"), nor a word the story writes in lowercase."""
    events = _events(
        "Kestrel filed for bankruptcy on Monday.\n\n"
        "Kestrel said the plan would save 2,000 jobs.\n\n"
        "Consumption fell 2 percent in May.\n\n"
        "Analysts said consumption would recover."
    )
    assert _actors_of(events, "filed") == ("Kestrel",)
    assert _actors_of(events, "fell") == ()
    assert "Analysts" not in (_actors_of(events, "said") or ())


def test_the_headline_names_what_the_first_paragraphs_refer_to():
    article = parse_article(
        "Orbital rolls out first 550 Skyliner\nTuesday, June 2, 2015\n\n"
        "Three years late, the plane was finally rolled out on Monday.\n"
    )
    events = [e for p in extract(article).paragraphs for e in p.events]
    assert _about(events, "Orbital 550 Skyliner")


def test_shouted_words_and_datelines_are_not_actors_but_acronyms_are():
    events = _events(
        "REPORTS say the ferry sank on Monday.\n\n"
        "VALLEY CITY - The harbour closed on Monday.\n\n"
        "NASA launched a probe on Monday."
    )
    actors = {a for e in events for a in e.actors}
    assert "NASA" in actors
    assert not actors & {"REPORTS", "VALLEY CITY"}


def test_every_brief_of_a_round_up_has_its_dateline_and_its_lead():
    """A round-up of briefs, each opening with a dateline, some with the dash garbled into a
    straight quote ("FLAGSTAFF, Ariz. " Mayor …"): the quote opens no quotation (the brief
    was lost), the city and a short state are places, a country still acts, and each brief's
    present perfect is its news, at publication."""
    events = _events(
        "OSLO — The shipyard said its strike had ended on Monday.\n\n"
        "The board will meet the welders.\n\n"
        "The yard's cranes moved on Monday.\n\n"
        'FLAGSTAFF, Ariz. " Mayor Rosa Delgado has ordered ski lifts to shut down.\n\n'
        "Delgado said the slopes were icy.\n\n"
        'LIMON, Costa Rica " Costa Rica has banned night fishing.'
    )
    ordered = [e for e in events if e.trigger == "ordered"]
    assert ordered and (ordered[0].date, ordered[0].dating) == ("2015-06-02", "inferred")
    assert "Rosa Delgado" in ordered[0].actors
    actors = {a for e in events for a in e.actors}
    assert not actors & {"FLAGSTAFF", "Ariz", "LIMON", "OSLO"}
    banned = [e for e in events if e.trigger == "banned"]
    assert banned and "Costa Rica" in banned[0].actors
    assert banned[0].dating == "inferred"


def test_a_short_form_defined_in_brackets_stands_for_the_name():
    events = _events(
        "Kestrel Airways (KA) received its first jet on Monday.\n\n"
        "KA said the jet would fly to Perth on Friday.\n\n"
        "Japan's (ANA) crews trained on Monday."
    )
    said = next(e for e in events if e.trigger == "said")
    assert said.actors == ("Kestrel Airways",)
    assert not any("Japan" in a for e in events for a in e.actors if e.trigger == "trained")


def test_a_short_name_stands_for_the_same_full_name_on_every_run():
    """Two full names of one length ("Italian Wikipedia", "English Wikipedia"): the short
    form is read the same way whatever order Python's sets take in this process."""
    import os
    import subprocess
    import sys

    script = (
        "from dateline.store.extract.article import extract\n"
        "from dateline.store.formats.article import parse_article\n"
        "text = 'Title\\nMonday, March 5, 2018\\n\\nEditors of the English Wikipedia and the "
        "Italian Wikipedia met on Sunday.\\n\\nWikipedia banned the tool on Monday.\\n'\n"
        "x = extract(parse_article(text))\n"
        "print([e.actors for p in x.paragraphs for e in p.events])\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 7)
    }
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Two Acme engineers said the valve failed.", ["Acme"]),  # a count, not "Two Acme"
        ("One of Corrib's best pubs has closed.", ["Corrib"]),
        ("Staff of the Ortiz 2016 campaign were paid.", ["Ortiz"]),  # the year is no part
        ("On 28th September the bridge closed.", []),  # an ordinal date
        ("Watch it at pic.twitter.com/QiXysgpqA4 tonight.", []),  # a link's code
        ("Boeing 787 Dreamliner rolled out.", ["Boeing 787 Dreamliner"]),  # a model stays
        ("the forecast for FY21 and GDP fell.", []),  # a fiscal year, a measure
    ],
)
def test_names_without_counts_years_dates_or_link_codes(text, names):
    assert [n for _a, _b, n in candidate_names(text)] == names


def test_people_at_an_organisation_name_it_and_a_speaking_it_is_no_product():
    """ "economists at Acme Bank" name where they work (not a place they are in, as "in
    Boston" is); "It said" after a product's name ("FY21", "the 787") is the organisation
    speaking, not the product."""
    assert [n for _a, _b, n in candidate_names("Economists at Goldman Sachs said so.")] == [
        "Goldman Sachs"
    ]
    assert [n for _a, _b, n in candidate_names("He was born in Boston.")] == []
    article = parse_article(
        "Title\nThursday, April 9, 2020\n\n"
        "Acme Corp said on Wednesday that its profit fell.\n\n"
        "Its new Falcon 9X drone sold poorly in March.\n\n"
        "It said: \u201cWe will cut costs.\u201d\n"
    )
    found = extract(article)
    said = [e for p in found.paragraphs for e in p.events if e.trigger == "said"]
    assert said[-1].actors == ("Acme",)


def test_it_said_takes_up_the_organisation_in_view_not_one_met_in_passing():
    """ "economists at Halvorsen Partners" shows an organisation (not a person called
    Partners); "it said, adding it hopes for help from the Reserve Board" names the board
    in passing: the next "It said" and "the brokerage said" are the speaker's again."""
    events = _events(
        "Growth will slow to 2 per cent this year, economists at Halvorsen Partners said.\n\n"
        "“We expect a weak quarter,” it said, adding it hopes for help from the Reserve "
        "Board.\n\n"
        "“Spending will fall,” it said.\n\n"
        "Exports will shrink too, the brokerage said, revising its view of trade."
    )
    said = [e for e in events if e.trigger == "said"]
    assert len(said) == 4
    assert all(_about([e], "Halvorsen Partners") for e in said)
    assert not _about(said[2:], "Reserve Board")


def test_an_it_that_stands_for_no_one_refers_to_nothing():
    events = _events(
        "Orbital Aviation opened a plant in Denver on Monday.\n\n"
        "It is expected that the plant will hire 300 workers by the spring."
    )
    assert not _about([e for e in events if e.trigger != "opened"], "Orbital Aviation")


@pytest.mark.parametrize(
    ("body", "not_actor"),
    [
        # an adjective of nationality without the usual ending
        ("A Swiss bank cut its forecast on Monday, the paper said.", "Swiss"),
        ("The Dutch carrier cancelled 40 flights on Monday.", "Dutch"),
        ("Swiss banks cut rates on Monday to match Western lenders.", "Swiss"),
        ("Swiss banks cut rates on Monday to match Western lenders.", "Western"),
        # before a plural noun that is no verb ("Ruritanian rescuers", not "Cisco states")
        ("Ruritanian rescuers pulled two bodies from the sea on Tuesday.", "Ruritanian"),
        # a common noun opening a sentence, written in lowercase elsewhere
        (
            "Consumption, which makes up half of output, fell in May.\n\n"
            "Household consumption rose in June.",
            "Consumption",
        ),
    ],
)
def test_words_that_open_a_sentence_or_describe_a_nation_are_no_actors(body, not_actor):
    events = _events(body)
    assert events and not any(not_actor in e.actors for e in events)


def test_a_common_noun_before_of_or_for_is_not_part_of_the_name():
    """ "Sales of Halvorsen Marine fell": the actor is Halvorsen Marine, not the sales;
    "Bank of Avalon" keeps its whole name (an organisation's word)."""
    events = _events(
        "Sales of Halvorsen Marine fell on Monday.\n\nBank of Avalon raised rates on Tuesday."
    )
    actors = {a for e in events for a in e.actors}
    assert "Halvorsen Marine" in actors and "Sales of Halvorsen Marine" not in actors
    assert "Bank of Avalon" in actors


def test_a_country_that_acts_is_an_actor_but_no_group_a_later_phrase_stands_for():
    """ "Wales banned plastic cutlery": Wales acts, opening its sentence or not; but "the
    group warned" after it is not Wales speaking."""
    events = _events(
        "The charity Sea Watch praised the plan on Sunday.\n\n"
        "Wales banned plastic cutlery on Monday.\n\n"
        "However, the group warned the rules had loopholes."
    )
    [banned] = [e for e in events if e.trigger == "banned"]
    [warned] = [e for e in events if e.trigger == "warned"]
    assert banned.actors == ("Wales",)
    assert "Wales" not in warned.actors


def test_a_country_met_in_passing_is_no_actor_and_no_company_a_description_stands_for():
    """Any country, not only the few the rules knew: "inflation in Jamaica" names a place,
    not who said or did anything; "the grocery giant said" is the grocer, however its name
    is shaped, once "the chief executive of Blue Harbour" has shown it is a company."""
    events = _events(
        "Prices will keep rising, Chief Executive of Blue Harbour Ina Marlowe said on "
        "Monday.\n\n"
        "Marlowe spoke after the central bank projected inflation of 7 percent this year "
        "in Jamaica.\n\n"
        "Blue Harbour revealed last week that its shelves were half empty. But the "
        "grocery giant said it had six months of canned goods."
    )
    assert not any("Jamaica" in e.actors for e in events)
    [giant] = [e for e in events if "grocery giant" in e.summary]
    assert giant.actors[0] == "Blue Harbour"


def test_an_organisation_run_into_a_persons_name_is_the_two_of_them():
    """ "Chief Executive of Blue Harbour Ina Marlowe said": the grocer named alone elsewhere
    and the person called by her surname later are two; the person speaks, and "Marlowe"
    later is Ina Marlowe. Not a title's words ("Senate Majority Leader Ada Voss") nor a
    place ("Oakland Zoo California Trail")."""
    events = _events(
        "Prices will keep rising, Chief Executive of Blue Harbour Ina Marlowe said on "
        "Monday.\n\n"
        "Blue Harbour opened two stores in May.\n\n"
        "Marlowe said on Tuesday that the stores were busy.\n\n"
        "Senate Majority Leader Ada Voss said on Monday the bill would pass.\n\n"
        "The Senate adjourned on Tuesday, and Voss said on Wednesday she was pleased."
    )
    said = [e for e in events if e.trigger == "said"]
    assert said[0].actors[0] == "Ina Marlowe"
    assert said[1].actors[0] == "Ina Marlowe"
    assert not any("Blue Harbour Ina Marlowe" in e.actors for e in events)
    # a title's words are not an organisation's name
    assert not any(a.startswith("Majority Leader") for e in events for a in e.actors)


def test_a_reporting_verb_after_a_determiner_is_an_adjective_not_a_saying():
    """ "The alleged buyers had paid cash …, police said": "alleged" reports nothing, so
    "said" is the sentence's saying and tells the paying (one entry, not two)."""
    events = _events("The alleged buyers had paid cash for the stolen car, police said.")
    assert [e.trigger for e in events] == ["said"]


def test_he_added_is_the_last_speaker_and_she_a_woman_named_recently():
    """ "He added" goes on the last speaker's statement even when another person was named
    since; "she" is not a man the given name tells of ("Omar Reyes said … She told him" is
    the woman named before him)."""
    events = _events(
        "Finance Minister Brian Okafor said the currency facility was working.\n\n"
        "Senate President Christine Lowe then cast her vote, and the motion was defeated.\n\n"
        "He added that the market would settle over time.\n\n"
        "Lena Marsh said the debate was lively.\n\n"
        "Omar Reyes said Marsh's daughter had been mentioned.\n\n"
        "She told him: \u201cLeave my daughter out of this.\u201d"
    )
    [added] = [e for e in events if e.trigger == "added"]
    assert added.actors[0] == "Brian Okafor"
    [told] = [e for e in events if e.trigger == "told"]
    assert told.actors[0] == "Lena Marsh"


def test_a_shared_surname_is_the_person_the_story_names_most_and_first():
    """ "Meadows said" is Rep. Ada Meadows, named first and most, not her husband named once
    later with a longer first name."""
    events = _events(
        "Rep. Ada Meadows announced her retirement on Thursday.\n\n"
        "Ada Meadows said she would stay in politics.\n\n"
        "Bartholomew Meadows, her husband, considered running.\n\n"
        "Meadows said on Friday that she was proud of her record."
    )
    [said] = [e for e in events if "proud" in e.summary]
    assert said.actors[0] == "Ada Meadows"


def test_a_title_case_headline_names_only_what_the_story_names():
    """ "Harbour Group Gives the Museum a $16M Boost" capitalises every word: "Harbour
    Group Gives" and "16M Boost" are no names; the museum the story names is."""
    article = parse_article(
        "Harbour Group Gives the Museum a $16M Boost to Buy a Painting\n"
        "Wednesday, November 8, 2023\n\n"
        "The conglomerate gave the Portville Museum 15 million euros on Tuesday.\n\n"
        "The money will buy a painting, the museum said.\n"
    )
    actors = {a for p in extract(article).paragraphs for e in p.events for a in e.actors}
    assert not any("Gives" in a or "Boost" in a for a in actors)


def test_a_person_a_spokeswoman_speaks_for_is_no_organisation():
    """ "A spokeswoman for Ana Lee said …": Ana Lee stays a person ("the company" later is
    still the company named before, "he"/"she" may still be her)."""
    events = _events(
        "Acme Corp cut prices on Thursday.\n\n"
        "A spokeswoman for Ana Lee said on Friday the plan would fail.\n\n"
        "The company said on Saturday it would respond."
    )
    [company] = [e for e in events if "company said" in e.summary]
    assert company.actors[0] == "Acme"


def test_a_job_opening_a_sentence_before_a_surname_is_no_part_of_the_name():
    """ "Geologist Okafor said" opening a sentence is Ruth Okafor, named before: the job is
    capitalised because it comes first, and the saying is hers (an entity timeline for her
    finds it); a given name before the surname stays ("Grant Okafor" is someone else)."""
    events = _events(
        "Rescuers searched the river for a second day on Monday, said Ruth Okafor, a "
        "geologist at the state university.\n\n"
        "Geologist Okafor said the banks could give way after more rain.\n\n"
        "Grant Okafor, her brother, said the family had left the valley."
    )
    said = [e for e in events if e.trigger == "said"]
    assert [e.actors[0] for e in said] == ["Ruth Okafor", "Ruth Okafor", "Grant Okafor"]


def test_a_politicians_party_and_state_are_no_actor_and_leave_her_verb_a_verb():
    """ "Sen. Ann Cole, D-Ore., visited Ohio": her party and state after her name are
    neither an actor nor a clause of their own, so "visited" is her visit (a name with a
    title's stop, then a comma, is taken up by what follows it)."""
    events = _events(
        "Voters met in the town hall on Monday.\n\n"
        "Sen. Ann Cole, D-Ore., visited the plant on Monday.\n\n"
        "Rep. Tom Reyes, R-Texas, said the plant would stay open."
    )
    assert _actors_of(events, "visited") == ("Ann Cole",)
    assert _actors_of(events, "said") == ("Tom Reyes",)

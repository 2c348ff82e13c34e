"""Event extraction: the seed article's required events, Wikinews articles, and general rules."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SEED_ARTICLE, SEEDS, STORY_LEAD, is_verb_in

from dateline.store.extract import events as events_module
from dateline.store.extract import story_time
from dateline.store.extract.article import extract
from dateline.store.extract.discourse import kind_of
from dateline.store.formats.article import parse_article
from dateline.store.text import may_hold


def _events(path):
    """(article, extraction, [(paragraph, source sentence, event)]) of an article file."""
    article = parse_article(path.read_text(encoding="utf-8"))
    found = extract(article)
    return article, found, _events_in(article, found)


def _events_of_text(text):
    return _events_from_article(parse_article(text))


def _events_from_article(article):
    return _events_in(article, extract(article))


def _events_in(article, found):
    return [
        (p, p.text[e.sent_start : e.sent_end], e)
        for p, x in zip(article.paragraphs, found.paragraphs, strict=True)
        for e in x.events
    ]


@pytest.fixture(scope="module")
def seed():
    return _events(SEED_ARTICLE)


def _when(events, **find) -> tuple[str | None, str]:
    """(date, dating) of the event `_find` finds."""
    e = _find(events, **find)
    return e.date, e.dating


def _triggers(events):
    """The trigger words of the events."""
    return {e.trigger for _p, _s, e in events}


def _assert_triggers(events, *, absent, present):
    """No event is told by a word of `absent`; one is told by each word of `present`."""
    got = _triggers(events)
    assert not absent & got, got
    assert present <= got, got


def _triggered(events, trigger):
    """The events whose trigger is the word `trigger`."""
    return [e for _p, _s, e in events if e.trigger == trigger]


def _datings(events, trigger):
    """(date, dating) of each event whose trigger is the word `trigger`."""
    return [(e.date, e.dating) for e in _triggered(events, trigger)]


def _dates(events, contains):
    """The dates of the events told in sentences that hold `contains`."""
    return [e.date for _p, sentence, e in events if contains in sentence]


def _find(events, *, type, contains, date=None, dating=None):
    hits = [
        e
        for _p, sentence, e in events
        if e.type == type
        and contains in sentence
        and (date is None or e.date == date)
        and (dating is None or e.dating == dating)
    ]
    assert hits, f"no {type} event in a sentence with {contains!r} ({date}, {dating})"
    return hits[0]


def test_seed_protest_from_caption(seed):
    _article, _found, events = seed
    e = _find(events, type="protest", contains="Albuquerque", date="2017-05-01", dating="explicit")
    para = next(p for p, _s, ev in events if ev is e)
    assert para.kind == "caption"


def test_seed_warning_letters(seed):
    e = _find(seed[2], type="letter", contains="Justice Department", date="2018-01-24")
    assert any("Justice Department" in a for a in e.actors)


def test_seed_boycott(seed):
    _find(seed[2], type="boycott", contains="boycotted", date="2018-01-24")


def test_seed_sessions_statement(seed):
    e = _find(seed[2], type="statement", contains="Sessions", date="2018-01-24", dating="explicit")
    assert "Jeff Sessions" in e.actors


def test_seed_de_blasio_tweet(seed):
    e = _find(seed[2], type="statement", contains="tweeted", date="2018-01-24")
    assert "Bill de Blasio" in e.actors
    assert "de Blasio" in e.summary


def test_seed_court_rulings_are_bounded(seed):
    _find(seed[2], type="legal", contains="San Francisco", date="2018-01-24", dating="before")


def test_seed_conditional_threat_is_not_on_the_timeline(seed):
    """ "If the cities don't comply, … it will issue subpoenas": a threat, not a plan."""
    for _p, sentence, e in seed[2]:
        if "will issue subpoenas" in sentence:
            assert e.trigger not in ("issue", "subpoenas", "cut"), e


def test_year_long_and_annual_are_not_dates(seed):
    _article, found, _events = seed
    for ext in found.paragraphs:
        for t in ext.timexes:
            if t.text.lower() in ("year-long", "annual"):
                assert t.type != "DATE"


def test_every_event_points_at_its_sentence(seed):
    for para, sentence, e in seed[2]:
        assert 0 <= e.sent_start < e.sent_end <= len(para.text)
        assert sentence.strip() == sentence and sentence


# ------------------------------------------------------------------ Wikinews


def test_wikinews_explicit_dates_in_the_past():
    _a, _f, events = _events(SEEDS / "10718.txt")
    _find(events, type="launch", contains="April 28, 2003", date="2003-04-28", dating="explicit")
    _find(events, type="statement", contains="Apple announced this morning", date="2008-01-09")


def test_wikinews_relative_yesterday_and_month():
    _a, _f, events = _events(SEEDS / "16844.txt")
    _find(events, type="launch", contains="unveiled iPhone 4", date="2010-06-07", dating="explicit")
    e = _find(events, type="other", contains="In April", date="2010-04")
    assert e.start == "2010-04-01" and e.end == "2010-04-30"


def test_wikinews_lawsuit_history():
    _a, _f, events = _events(SEEDS / "4596.txt")
    _find(events, type="legal", contains="settled out of court in 1981", date="1981")
    _find(events, type="legal", contains="has filed a lawsuit", date="2006-W13")


# ------------------------------------------------------------------ general rules


def _one_article(body, published="Monday, March 5, 2018"):
    return f"Title\n{published}\n\n{body}\n"


# Two paragraphs of prose that open a story, so that what follows is read outside its lead
# (a line of two words such as "Shops closed." is no prose: it leaves the lead open).


def _after_the_lead(body):
    """An article whose `body` follows the two paragraphs of its lead."""
    return _one_article(STORY_LEAD + body)


def test_conditional_and_future_events_are_skipped():
    events = _events_of_text(
        _one_article(
            "If the town refuses, the agency will sue the council. "
            "The governor would sign the bill."
        )
    )
    assert not [e for _p, _s, e in events if e.type in ("legal", "policy")]


def test_a_condition_told_by_inversion_is_no_event():
    """ "… could have been avoided had the board signed the deal": the signing never
    happened, any more than after "if"; "Had the pilots known …" neither. A pluperfect
    ("the board had signed the deal in May") and a "had" after its subject still tell one."""
    events = _events_of_text(
        _after_the_lead(
            "The strike could have been avoided had the board signed the pay deal.\n\n"
            "Had the council approved the budget, the library would have stayed open.\n\n"
            "The board had signed the pay deal in May, the union said.\n\n"
            "Its staff, who had approved the budget, left early.\n\n"
            "Smith, a ferry captain, had his boat rebuilt in 2016."
        )
    )
    supposed = {e.trigger for _p, s, e in events if s.startswith(("The strike", "Had"))}
    assert not supposed & {"signed", "approved"}, supposed
    told = {(s.split()[0], e.trigger) for _p, s, e in events}
    assert ("The", "signed") in told, told  # "The board had signed …"
    assert told & {("Its", "approved"), ("Its", "left")}, told
    assert ("Smith,", "rebuilt") in told, told  # a causative: no "would have" in sight


def test_negated_events_are_skipped():
    events = _events_of_text(_one_article("The senator did not sign the bill on Friday."))
    assert not [e for _p, _s, e in events if e.type == "policy"]


def test_past_report_without_date_is_inferred_from_publication():
    events = _events_of_text(_one_article("The company announced a recall."))
    assert _when(events, type="statement", contains="recall") == ("2018-03-05", "inferred")


def test_present_perfect_is_before_publication():
    events = _events_of_text(_one_article("Regulators have sued the firm twice."))
    assert _when(events, type="legal", contains="sued") == ("2018-03-05", "before")


def test_perfect_takes_no_date_from_a_neighbouring_clause():
    events = _events_of_text(
        _one_article(
            "Smith, born in Leeds on May 2, 1961, has sued the council twice. "
            "The union has protested since 2015."
        )
    )
    assert _when(events, type="birth", contains="born in Leeds") == ("1961-05-02", "explicit")
    assert _when(events, type="legal", contains="has sued") == ("2018-03-05", "before")
    # a process since a date: only after it (the convention of the hidden gold)
    assert _when(events, type="protest", contains="has protested") == ("2015", "after")


def test_narrative_time_carries_within_a_paragraph():
    events = _events_of_text(
        _one_article("The strike began on June 3, 2016. Workers protested outside the plant.")
    )
    assert _when(events, type="protest", contains="Workers protested") == ("2016-06-03", "inferred")


def test_no_publication_date_leaves_relative_events_undated():
    article = parse_article(
        "Title\n\nThe mayor resigned yesterday. She said on May 3, 2015 that she would stay.\n"
    )
    assert article.published is None
    events = _events_from_article(article)
    resigned = _find(events, type="appointment", contains="resigned")
    assert resigned.dating == "undated" and resigned.date is None
    said = _find(events, type="statement", contains="May 3, 2015")
    assert said.date == "2015-05-03"


def test_published_date_matters():
    events = _events_of_text(_one_article("The board met on Tuesday.", "June 1, 2020"))
    e = _find(events, type="meeting", contains="met")
    assert date.fromisoformat(e.date) == date(2020, 5, 26)


def test_speaker_is_named_and_demonyms_are_not_actors():
    events = _events_of_text(
        _one_article(
            "“We will rebuild the bridge this year,” Mayor Anna Rossi said on Monday. "
            "Kenyan officials criticized the plan on Friday."
        )
    )
    said = _find(events, type="statement", contains="Rossi said")
    assert "Anna Rossi" in said.actors
    assert said.summary.startswith("Anna Rossi said: “We will rebuild")
    criticized = _find(events, type="statement", contains="criticized")
    assert "Kenyan" not in criticized.actors


def test_newswire_quotes_are_speech_not_events():
    events = _events_of_text(
        _one_article("``The council sued us and we will appeal,'' the company said.")
    )
    assert [e.type for _p, _s, e in events] == ["statement"]


def test_british_single_quotes_are_speech_not_events():
    """ "said ‘Gangs who smuggled guns don’t care about the towns they wrecked.’": one saying,
    nothing of the quote; a one-word scare quote and an elision are no quotes."""
    events = _events_of_text(
        _after_the_lead(
            "Captain Noor Ali said ‘Gangs who smuggled guns don’t care about the towns "
            "they have wrecked.’\n\n"
            "The baker ‘wowed’ diners on Friday.\n\n"
            "The coach took the squad to ‘Bama on Friday.\n\n"
            'Her poem “The End" was published in a magazine on Friday.'  # closed by a "
        )
    )
    triggers = [e.trigger for _p, _s, e in events]
    assert "published" in triggers
    assert "said" in triggers and "smuggled" not in triggers and "wrecked" not in triggers
    assert "wowed" in triggers and "took" in triggers
    said = _triggered(events, "said")[0]
    assert "Gangs" not in said.actors


def test_a_british_quote_a_speech_verb_opens_may_close_sentences_later():
    """ "said ‘Gangs who smuggled guns care little for the towns they wrecked. That is why we
    act’.": the first sentence's quote runs to its end; a lone ‘ elsewhere opens nothing."""
    events = _events_of_text(
        _after_the_lead(
            "Captain Noor Ali said ‘Gangs who smuggled guns care little for the towns they "
            "wrecked. That is why we act’.\n\n"
            "Sgt Ivo Lund said: ‘Looters stripped the shops bare. We will find them’.\n\n"
            "Fans of ‘90s bands gathered in the park on Friday."
        )
    )
    triggers = [e.trigger for _p, _s, e in events]
    assert triggers.count("said") == 2 and "gathered" in triggers
    assert not {"smuggled", "wrecked", "stripped"} & set(triggers)


def test_generic_verbs_take_their_objects_type_and_reports_what_they_disclose():
    events = _events_of_text(
        _one_article(
            "The firm reported a third-quarter loss on Monday. "
            "The agency received only two complaints after the bombing on Friday. "
            "Secretary of State Ana Ortiz said on Friday that talks would go on."
        )
    )
    types = {(e.trigger, e.type) for _p, _s, e in events}
    assert ("reported", "financial") in types
    assert ("received", "attack") not in types  # the bombing is not what was received
    said = _find(events, type="statement", contains="Secretary of State")
    assert "Ana Ortiz" in said.actors


def test_plural_nouns_are_not_verbs():
    events = _events_of_text(_one_article("Media reports in the city have said little."))
    assert [e.trigger for _p, _s, e in events] == ["said"]


def test_a_plural_in_a_list_is_no_verb():
    """ "lakes, states and towns", "more states", "the state of Sonora": nouns, not
    sayings; a verb after a comma still is one ("…, says the mayor"), and "warn of" too."""
    events = _events_of_text(
        _after_the_lead(
            "The atlas lists lakes, states and large towns in bold.\n\n"
            "Fares will rise in May, says the mayor.\n\n"
            "The vote was close, says\n\n"  # a saying that ends the text has no one after it
            "As more states plan to raise tolls, truckers stay home.\n\n"
            "Drought hit the Mexican state of Sonora.\n\n"
            "Farmers warn of floods."
        )
    )
    assert not [e for _p, _s, e in events if e.trigger in ("states", "state")]
    assert _triggered(events, "warn")
    assert _triggered(events, "says")


def test_a_noun_before_an_adverb_and_a_past_is_no_verb():
    """ "Club notes wrongly said …", "The bogus reports first began …": the plural is
    the subject of the past verb after the adverb, not a verb of its own."""
    events = _events_of_text(
        _after_the_lead(
            "Club notes wrongly said the coach had quit.\n\n"
            "The bogus reports first began spreading in 2019."
        )
    )
    triggers = [e.trigger for _p, _s, e in events]
    assert "notes" not in triggers and "reports" not in triggers
    assert "said" in triggers and "began" in triggers


def test_places_named_as_locations_are_not_actors():
    events = _events_of_text(
        _one_article("At its Springfield headquarters, Acme Corp. announced a recall on Monday.")
    )
    e = _find(events, type="statement", contains="recall")
    assert "Acme" in e.actors and "Springfield" not in e.actors


def test_summary_keeps_what_a_relative_clause_hangs_on_and_brand_case():
    events = _events_of_text(
        _one_article(
            "Critics admired the new Lion system, which was released on May 2, 2011. "
            "iPhoto was launched on June 1, 2011."
        )
    )
    lion = _find(events, type="launch", contains="which was released")
    assert not lion.summary.startswith("Which")
    assert "Lion system, which was released" in lion.summary
    photo = _find(events, type="launch", contains="launched")
    assert photo.summary.startswith("iPhoto")


def test_summary_says_what_was_said_when_the_clause_ends_at_the_verb():
    events = _events_of_text(
        _one_article(
            "On Tuesday the transport minister said that the Tyne bridge would reopen in May."
        )
    )
    said = _find(events, type="statement", contains="minister said")
    assert said.summary.startswith("On Tuesday the transport minister said that")
    assert "Tyne bridge" in said.summary


def test_added_with_an_object_is_not_speech():
    events = _events_of_text(
        _one_article(
            "On May 4, 2017 the firm added audio recording to its phones. "
            "“The phones sell well,” the chief executive added on May 5, 2017."
        )
    )
    assert not [e for _p, s, e in events if "audio" in s and e.type == "statement"]
    said = _find(events, type="statement", contains="executive added")
    assert said.date == "2017-05-05"


def test_product_names_after_place_prepositions_are_actors():
    events = _events_of_text(
        _one_article("A lawsuit was filed on May 2, 2014 over burns from Galaxy S5 batteries.")
    )
    sued = _find(events, type="legal", contains="lawsuit")
    assert "Galaxy S5" in sued.actors


def test_a_company_that_only_tells_whose_rival_or_parent_takes_no_part():
    events = _events_of_text(
        _one_article(
            "Velora and Orbex parent Zenith Holdings won a $2 billion contract on Monday to "
            "build ferries.\n\n"
            "Korvin's closest rival, Daltec, opened a plant in Lyon on Tuesday.\n\n"
            "Marten Group, the parent company of Dutch shipbuilder Orbex, sold a yard on "
            "Wednesday."
        )
    )
    won = _find(events, type="other", contains="won")
    assert "Zenith Holdings" in won.actors and "Orbex" not in won.actors
    opened = _find(events, type="launch", contains="opened")
    assert "Daltec" in opened.actors and "Korvin" not in opened.actors
    sold = _triggered(events, "sold")[0]
    assert "Marten Group" in sold.actors and "Orbex" not in sold.actors


def test_a_pronoun_in_a_fronted_phrase_is_the_subject_after_it():
    events = _events_of_text(
        _one_article(
            "Zenith named Paul Arden as its chairman on Monday, and launched the Vega 300 "
            "drone.\n\n"
            "Before his move to Zenith, Tom Berg ran a bank in Oslo for a decade.\n\n"
            "On its website, Orbex posted a recall notice on Tuesday."
        )
    )
    ran = _triggered(events, "ran")[0]
    assert "Tom Berg" in ran.actors and "Paul Arden" not in ran.actors
    posted = _triggered(events, "posted")[0]
    assert posted.actors == ("Orbex",)


def test_a_description_is_no_function_words_before_an_indefinite_noun():
    # "that should a manufacturer": no "the manufacturer", which would be Zenith Motors
    events = _events_of_text(
        _one_article(
            "Zenith Motors unveiled a delivery drone on Monday.\n\n"
            "On Tuesday, Lee Ann Park went on to say that should a manufacturer pay the fee, "
            "the city would approve the flights."
        )
    )
    assert _triggered(events, "went")[0].actors == ("Lee Ann Park",)


def test_acronyms_do_not_make_a_name_a_person():
    assert kind_of("Orion OS X") != "person" and kind_of("Carl Berg") == "person"
    events = _events_of_text(
        _one_article(
            "Carl Berg presented the Orion OS X software on Tuesday. He said sales were slow."
        )
    )
    said = _find(events, type="statement", contains="He said")
    assert said.actors == ("Carl Berg",)


def test_speech_actors_are_the_speakers_not_those_named_in_what_is_said():
    events = _events_of_text(
        _one_article(
            "Nina Park said that Veltro Motors had recalled the cars. "
            "The brakes were faulty, said Omar Diaz. "
            "Omar Diaz, the union leader, said the plant would close."
        )
    )
    # the speaker first; those named in what is said take part in the one entry too
    assert _find(events, type="statement", contains="Nina Park").actors == (
        "Nina Park",
        "Veltro Motors",
    )
    assert _find(events, type="statement", contains="faulty").actors == ("Omar Diaz",)
    assert "Omar Diaz" in _find(events, type="statement", contains="union leader").actors


def test_a_quote_continued_from_an_earlier_sentence_is_masked():
    events = _events_of_text(
        _one_article(
            '"We are ready. We will open the plant in June," said Nina Park.\n\n'
            'Omar Diaz resigned in a letter stating," I did my part.'
        )
    )
    said = _find(events, type="statement", contains="said Nina Park")
    assert said.summary == "Nina Park said: “We will open the plant in June”"
    assert said.actors == ("Nina Park",)
    _find(events, type="appointment", contains="resigned")  # "stating,"" opens a quote


def test_adverbs_between_perfect_auxiliary_and_verb():
    events = _events_of_text(_one_article("The union has twice before sued the city."))
    e = _find(events, type="legal", contains="sued")
    assert e.dating == "before"


def test_perfect_with_several_since_dates_takes_the_one_after_it():
    events = _events_of_text(
        _one_article(
            "Lee has been fighting the council since 2012 and has been on strike since May."
        )
    )
    assert _when(events, type="other", contains="fighting") == ("2012", "after")


def test_founding_is_an_event_type_but_found_is_find():
    events = _events_of_text(
        _one_article("Ada Moss founded Loomware in 1999. Police found the stolen car on Friday.")
    )
    founded = _find(events, type="founding", contains="founded")
    assert founded.date == "1999"
    assert not [e for _p, s, e in events if "Police" in s and e.type == "founding"]


def test_nonrestrictive_relative_clause_is_background():
    events = _events_of_text(
        _one_article(
            "Officials praised Loomware, which was acquired by Ada Moss. "
            "The plan came from Omar Diaz, who said the plant was unsafe."
        )
    )
    assert _when(events, type="acquisition", contains="acquired") == ("2018-03-05", "before")
    said = _find(events, type="statement", contains="who said")
    assert said.dating == "inferred"  # speech is reported at the story's time


def test_speech_after_a_quote_and_time_words_is_still_speech():
    events = _events_of_text(
        _one_article(
            "“The phones sell well,” added Nina Park on May 5, 2017. "
            "The firm added 300 jobs on May 6, 2017."
        )
    )
    park = _find(events, type="statement", contains="Nina Park")
    assert park.date == "2017-05-05"
    assert not [e for _p, s, e in events if "300 jobs" in s and e.type == "statement"]


def test_a_perfect_takes_no_since_date_from_a_later_verb():
    events = _events_of_text(
        _one_article(
            "Smith has sued the city twice and the union has been on strike since May 2016."
        )
    )
    assert _when(events, type="legal", contains="has sued") == ("2018-03-05", "before")


def test_the_leads_present_perfect_is_the_news_of_the_day():
    """ "Harlan Motors has recalled 40,000 vans": the story's main event, at publication; the
    same tense later in the story, or iterated, is only before it."""
    events = _events_of_text(
        _one_article(
            "Harlan Motors has recalled 40,000 vans over faulty brakes.\n\n"
            "Inspectors said the vans were safe.\n\n"
            "The company has recalled other models too."
        )
    )
    lead, later = [e for _p, s, e in events if e.trigger == "recalled"]
    assert (lead.date, lead.dating) == ("2018-03-05", "inferred")
    assert (later.date, later.dating) == ("2018-03-05", "before")
    events = _events_of_text(_one_article("Harlan Motors has recalled its vans three times."))
    assert _when(events, type="other", contains="recalled")[1] == "before"


def test_an_adverb_does_not_hide_a_negation():
    events = _events_of_text(
        _one_article("The tablet had not been significantly updated since 2015.")
    )
    assert not _triggered(events, "updated")


def test_a_participle_after_a_comma_describes_a_thing():
    """ "a new screen, dubbed …": a description, not something that happened."""
    events = _events_of_text(
        _one_article("It has a brighter screen, dubbed a “glass wall”, by fans.")
    )
    assert not _triggered(events, "dubbed")


def test_a_present_verb_takes_the_nearest_date_of_its_clause():
    """ "The Hawks will face the Rovers on April 9 and the return game between the two teams
    is slated for April 14": the return game is slated for April 14, not the first date the
    sentence names."""
    events = _events_of_text(
        _after_the_lead(
            "The Hawks will face the Rovers on April 9 and the return game between the two "
            "teams is slated for April 14."
        )
    )
    assert _datings(events, "slated") == [("2018-04-14", "explicit")]
    assert _datings(events, "face") == [("2018-04-09", "explicit")]


def test_summaries_keep_numbers_times_and_the_subject_whole():
    events = _events_of_text(
        _one_article(
            "The auction began at 9:30 a.m. on Friday and raised 335,000 dollars.\n\n"
            "The archive, which holds 12,000 maps, was sold on Friday."
        )
    )
    summaries = [e.summary for _p, _s, e in events]
    assert any("9:30" in s for s in summaries) and any("335,000" in s for s in summaries)
    assert not any(s.startswith(("…000", "000", "…30", "30")) for s in summaries)
    sold = _triggered(events, "sold")
    # the clause lost its subject to the relative clause: the summary gives it back
    assert sold and sold[0].summary.startswith("The archive") and "was sold" in sold[0].summary


def test_present_sayings_are_statements_at_publication():
    """News attributes in the present: "Boeing says …" (a name ending in -ing is no
    participle), "Officials say …" (a plural subject and the bare form)."""
    events = _events_of_text(
        _one_article(
            "Boeing says it has 800 orders for the jet.\n\n"
            "Officials say the bridge reopened safely."
        )
    )
    said = [(s, e.date, e.dating) for _p, s, e in events if e.type == "statement"]
    assert ("Boeing says it has 800 orders for the jet.", "2018-03-05", "inferred") in said
    assert ("Officials say the bridge reopened safely.", "2018-03-05", "inferred") in said


def test_a_saying_in_the_present_perfect_is_made_at_publication():
    """Past the lead, "has said" still reports today's news, not something before it."""
    events = _events_of_text(
        _one_article(
            "The bridge closed in May.\n\n"
            "Engineers found cracks in two of its piers.\n\n"
            "The ministry has said that the bridge will reopen next year."
        )
    )
    assert _when(events, type="statement", contains="has said") == ("2018-03-05", "inferred")


def test_one_entry_per_sentence_and_date_keeps_every_participant():
    """Two sayings of one sentence and day make one entry; the one who replied is in it."""
    events = _events_of_text(
        _one_article(
            "The bridge closed in May.\n\n"
            "Engineers found cracks in two of its piers.\n\n"
            "When asked whether the bridge would reopen, Transport Minister Ann Lake "
            "replied that it would not."
        )
    )
    said = [e for _p, _s, e in events if e.type == "statement"]
    assert len(said) == 1 and said[0].actors == ("Ann Lake",)


def test_what_is_said_without_a_date_of_its_own_is_its_sayings_entry():
    events = _events_of_text(
        _one_article(
            "The road reopened in May.\n\n"
            "Police closed it again.\n\n"
            "Supt Ann Lake said officers found a man injured beside the road.\n\n"
            "The mayor said the road first opened in 1998."
        )
    )
    found = [e for _p, s, e in events if "officers found" in s]
    assert [(e.type, e.actors) for e in found] == [("statement", ("Ann Lake",))]
    opened = [e for _p, s, e in events if "first opened" in s]
    assert {(e.date, e.dating) for e in opened} == {
        ("2018-03-05", "inferred"),
        ("1998", "explicit"),
    }


def test_a_byline_is_no_part_of_the_lead():
    """The lead's day comes from its first paragraphs of prose, not from a byline block."""
    events = _events_of_text(
        _one_article(
            "By Ana Ortiz\n\nStaff Reporter\n\nana@example.com\n\n"
            "TWO men were hurt in a crash on the bypass yesterday.\n\n"
            "Responding officers found both drivers trapped in their cars."
        )
    )
    found = [e for _p, s, e in events if "officers found" in s]
    assert [(e.date, e.dating) for e in found] == [("2018-03-04", "inferred")]
    assert not any("TWO" in e.actors for _p, _s, e in events)  # shouted, not a name


def test_a_time_of_day_bounds_the_hour_not_the_day():
    events = _events_of_text(
        _one_article("Two men were shot yesterday.\n\nOne was shot sometime after noon.")
    )
    assert _when(events, type="attack", contains="after noon") == ("2018-03-04", "explicit")


def test_an_appeal_and_a_trailing_attribution():
    events = _events_of_text(
        _one_article(
            "The bridge closed in May.\n\n"
            "Engineers found cracks in two of its piers.\n\n"
            "Anyone with information is asked to call police.\n\n"
            "The piers had been inspected in 2015, a city spokesman said."
        )
    )
    assert not [e for _p, s, e in events if "Anyone" in s]
    said = [e for _p, s, e in events if "spokesman said" in s]
    assert {(e.type, e.date) for e in said} == {("statement", "2018-03-05"), ("other", "2015")}


def test_a_year_that_modifies_a_noun_dates_no_verb():
    """ "tracking 2016 visits" is about visits of 2016, not something done in 2016."""
    events = _events_of_text(
        _one_article("The lead.\n\nMore.\n\nThe magazine is tracking 2016 visits by candidates.")
    )
    assert not [e for _p, _s, e in events if e.date == "2016"]


def test_a_name_given_is_no_saying_and_a_pluperfect_lead_is_before():
    events = _events_of_text(
        _one_article(
            "He had bought a kettle from a shop called “Zap-Mart,” a Lisbon firm.\n\n"
            "He joined a company named Acme in 2010.\n\n"
            "The senator called the decision a disgrace."
        )
    )
    assert _when(events, type="acquisition", contains="bought") == ("2018-03-05", "before")
    said = [s for _p, s, e in events if e.type == "statement"]
    assert said == ["The senator called the decision a disgrace."]


def test_a_paragraph_the_page_repeats_tells_its_events_once():
    events = _events_of_text(
        _one_article(
            "The bridge closed in May.\n\n"
            "Engineers found cracks in two of its piers on Friday.\n\n"
            "Till Tuesday, 58 leaks were logged.\n\n"
            "Engineers found cracks in two of its piers on Friday."
        )
    )
    assert len([e for _p, s, e in events if "cracks" in s]) == 1
    assert not any("Till Tuesday" in e.actors for _p, _s, e in events)


def test_denied_and_hypothetical_happenings_are_not_events():
    events = _events_of_text(
        _one_article(
            "The bridge closed in May.\n\n"
            "Engineers found cracks in two of its piers.\n\n"
            "Nothing matched the scale of the repairs.\n\n"
            "No one on the council opposed the plan.\n\n"
            "If you crossed the bridge that day, you saw the cracks.\n\n"
            "Imagine you needed to cross the river on Monday."
        )
    )
    sentences = {s for _p, s, _e in events}
    assert not {s for s in sentences if s.startswith(("Nothing", "No one", "If", "Imagine"))}
    denied = _events_of_text(
        _one_article("A.\n\nB.\n\nPolice will not be shooting any protesters this week.")
    )
    assert not denied
    # what is said in a conditional sentence is still said
    said = _events_of_text(
        _one_article("A.\n\nB.\n\nIf towns refuse, the agency said, it will sue them.")
    )
    assert [e.type for _p, _s, e in said] == ["statement"]


def test_a_decade_does_not_date_the_sentences_after_it():
    events = _events_of_text(
        _one_article(
            "The bridge closed in May.\n\n"
            "Engineers found cracks.\n\n"
            "Critics compared it with the 1950s. The council hired new inspectors."
        )
    )
    hired = _triggered(events, "hired")
    assert hired and hired[0].date != "195X"


def test_summaries_keep_their_subject_and_close_their_brackets():
    events = _events_of_text(
        _one_article(
            "Ana Ortiz (40) and her father, Tom Ortiz (73), have been sentenced for fraud.\n\n"
            "The court heard statements.\n\n"
            "Mr Ortiz's daughter Eva (17) said the fraud had cost her everything.\n\n"
            "Asked if the fire was linked to the fraud, Supt Ann Lake said it was possible.\n\n"
            "Police said the quarry was only 20 to 40 (65 to 130 feet) metres wide, which "
            "would let teams reach the lost files and the van soon enough."
        )
    )
    summaries = {e.summary for _p, _s, e in events}
    assert [
        s
        for s in summaries
        if s.startswith("Ana Ortiz (40) and her father") and s.endswith("sentenced for fraud.")
    ]
    assert not [s for s in summaries if "Ortiz said" in s]  # the daughter spoke
    assert not [s for s in summaries if s.startswith(("Ann Lake Asked", ","))]
    assert not [s for s in summaries if s.rstrip("…").endswith("(")]


def test_a_scheduled_present_with_its_date_is_an_event():
    """ "The men take the floor on March 29th": an irregular plural subject."""
    events = _events_of_text(
        _one_article("The lead.\n\nMore.\n\nThe men take the floor on March 29th.")
    )
    assert _when(events, type="other", contains="men take") == ("2018-03-29", "explicit")


def test_a_quote_keeps_its_speaker_across_a_long_description():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\n“The lake is more of a pond than a sea now,” Ana Ortiz, a "
            "hydrologist at the University of Leeds in England told reporters."
        )
    )
    said = [e.summary for _p, _s, e in events if e.type == "statement"]
    assert said == ["Ana Ortiz told reporters: “The lake is more of a pond than a sea now”"]


def test_a_superlative_tally_is_a_record_not_an_event():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\n"
            "In Ohio, Senator Ana Ortiz has held the most rallies of any contender.\n\n"
            "Lumo has become the most valuable company in Europe."
        )
    )
    assert not [s for _p, s, _e in events if "rallies" in s]
    assert [s for _p, s, _e in events if "valuable" in s]


def test_a_line_without_a_verb_tells_no_happening():
    events = _events_of_text(
        _one_article("A.\n\nB.\n\nThe coverage of the floods and a summer of protest in 2017.")
    )
    assert not events


def test_a_time_right_after_the_speech_verb_dates_the_saying():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nLee said last month that the mine would not reopen.\n\n"
            "The minister said last week the treaty was dead."
        )
    )
    said = {s: (e.date, e.dating) for _p, s, e in events if e.type == "statement"}
    assert said["Lee said last month that the mine would not reopen."] == ("2018-02", "explicit")
    assert said["The minister said last week the treaty was dead."] == ("2018-W09", "explicit")


def test_a_birth_without_a_date_is_background():
    events = _events_of_text(
        _one_article("A.\n\nB.\n\nSince she was born in Leeds, she is a British citizen.")
    )
    assert not [e for _p, _s, e in events if e.type == "birth"]


def test_then_and_at_the_time_point_back_to_the_last_dated_sentence():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nIn 2009, the agency opened an inquiry into the order.\n\n"
            "Then, the agency accused the order of defiance.\n\n"
            "At the time, Father Ana Ortiz warned that the inquiry was unfair."
        )
    )
    assert _when(events, type="statement", contains="accused") == ("2009", "inferred")
    assert _when(events, type="statement", contains="warned") == ("2009", "inferred")


def test_what_is_said_on_the_saying_day_is_its_entry():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nFirefighters said on Sunday they had brought the blaze under "
            "control on Sunday."
        )
    )
    assert [(e.type, e.date) for _p, _s, e in events] == [("statement", "2018-03-04")]


def test_a_past_intention_is_not_a_plan_after_publication():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nSix years ago the bishop aimed to curb the order's freedom.\n\n"
            "The council is expected to approve the budget."
        )
    )
    assert not [e for _p, s, e in events if "curb" in s and e.dating == "after"]
    assert _when(events, type="policy", contains="approve") == ("2018-03-05", "after")


def test_quotes_keep_their_saying_and_their_speaker():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\n“I never saw the letter, not once,” Lee said on Sunday "
            "during a news conference.\n\n"
            "“The port will hold a seminar for the trainees,” shared Mr. Ray.\n\n"
            "“We are bringing ministers here from the region,” the Minister of Industry told "
            "the meeting."
        )
    )
    summaries = [e.summary for _p, _s, e in events]
    assert summaries == [
        "Lee said: “I never saw the letter, not once”",
        "Ray shared: “The port will hold a seminar for the trainees”",
        "The Minister of Industry told the meeting: “We are bringing ministers here from the "
        "region”",
    ]


def test_a_saying_to_the_reporter_is_made_for_the_story_not_at_the_lead_event():
    events = _events_of_text(
        _one_article(
            "The governor gave his last speech to lawmakers on Sunday.\n\n"
            "He spoke for an hour.\n\n"
            "Senator Ana Ortiz said in a phone interview that the speech was too long.\n\n"
            "Tom Ray told the Valley Post that he agreed.\n\n"
            "Lee said the speech was brave."
        )
    )
    said = {s.split()[1]: (e.date, e.dating) for _p, s, e in events if e.type == "statement"}
    assert said["Ana"] == ("2018-03-05", "inferred")  # publication
    assert said["Ray"] == ("2018-03-05", "inferred")
    assert said["said"] == ("2018-03-04", "inferred")  # "Lee said": the lead's day


def test_a_process_since_midsummer_is_after_midsummer():
    """ "Bread prices have been climbing since midsummer": a process running since the
    season, after it, not at publication; "midsummer" is one word, and is a season all the
    same."""
    events = _events_of_text(
        _one_article(
            "Bread prices have been climbing since midsummer, and shoppers have grown gloomier.",
            published="Monday, October 15, 2018",
        )
    )
    assert _datings(events, "climbing") == [("2018-SU", "after")]


def test_each_of_two_coordinated_verbs_takes_its_own_date():
    events = _events_of_text(
        _one_article(
            "The review of the bridge ended on Friday.\n\n"
            "The drawings were finished for the bridge in June and will be finished for "
            "the tunnel in the spring of 2019.\n\n"
            "The pact was drafted in 1994 and approved in 2001."
        )
    )
    dated = sorted((e.date, e.dating) for _p, s, e in events if "Friday" not in s)
    # "in June" is last June (its verb is past), not June 2019 from the next clause
    assert dated == [
        ("1994", "explicit"),
        ("2001", "explicit"),
        ("2017-06", "explicit"),
        ("2019-SP", "explicit"),
    ]


def test_a_date_that_opens_the_next_clause_is_not_the_first_verbs():
    events = _events_of_text(
        _after_the_lead(
            "Ruiz founded the bakery, and this week it opened a second shop.\n\n"
            "The senator testified on Monday and Tuesday."
        )
    )
    when = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    # this week is the opening's, not the founding's
    assert when["opened"] == ("2018-W10", "explicit")
    assert when.get("founded", (None, ""))[0] != "2018-W10"
    # two coordinated days are both the verb's: the first is not dropped for the second
    assert when["testified"] == ("2018-03-05", "explicit")


def test_a_when_clause_that_cuts_into_a_past_progressive_is_the_happening():
    """ "Lee was playing for the county when he was struck by lightning": the progressive
    sets the scene, the strike is what happened; a "when" clause before the main one is
    still its time ("When police arrived, the men were fighting")."""
    events = _events_of_text(
        _after_the_lead(
            "Ann Lee was playing for the county earlier this month when she was struck "
            "by lightning.\n\n"
            "The pilot was taxiing the jet on Sunday when a tyre exploded.\n\n"
            "When police arrived on Sunday, the men were fighting in the street."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert got["Lee"] == "struck", got
    assert got["pilot"] == "exploded", got
    assert got["police"] == "arrived", got


def test_what_is_launched_gives_the_type():
    """ "Rebels launched an attack", "released a statement", "opened a takeover bid": the
    object names the happening begun, not a product's launch; "launched the phone at a
    press conference" is still a launch (the conference is no object)."""
    events = _events_of_text(
        _after_the_lead(
            "Rebels launched an attack on the port on Friday.\n\n"
            "The ferry firm released a statement on Friday.\n\n"
            "Acme opened a takeover bid for its rival on Friday.\n\n"
            "Orbex launched the phone at a press conference on Friday."
        )
    )
    got = {s.split()[0]: e.type for _p, s, e in events if "Friday" in s}
    assert got == {"Rebels": "attack", "The": "statement", "Acme": "acquisition", "Orbex": "launch"}


def test_a_market_that_opened_lower_moved_and_a_verb_before_an_adverb_is_a_verb():
    """ "Markets opened lower", "shares opened up 2%": a market's move, not a launch ("the
    airport opened up" is one); "Shares rose sharply": "rose" is the verb, not the flower
    an adjective after "Shares" would make it."""
    events = _events_of_text(
        _after_the_lead(
            "Markets opened lower on Friday.\n\n"
            "Kestrel shares opened up 2% on Friday.\n\n"
            "A new airport terminal opened up on Friday.\n\n"
            "Shares rose sharply on Friday."
        )
    )
    got = {s.split()[0]: (e.trigger, e.type) for _p, s, e in events if "Friday" in s}
    assert got == {
        "Markets": ("opened", "financial"),
        "Kestrel": ("opened", "financial"),
        "A": ("opened", "launch"),
        "Shares": ("rose", "other"),
    }


def test_a_noun_of_a_setting_phrase_gives_no_type_to_the_verb_before_it():
    """ "The governor kept quiet during the protests": no protest of his; "Police pushed
    a man during a protest on Friday": the protest is the typed happening, told by its
    noun, not a pushing typed as one. "took part in a protest" keeps its type."""
    events = _events_of_text(
        _after_the_lead(
            "The governor largely kept quiet during the protests by farmers.\n\n"
            "Police pushed a man during a protest in the square on Friday.\n\n"
            "The union took part in a protest on Friday."
        )
    )
    assert [e.type for _p, s, e in events if "governor" in s] == ["other"]
    assert ("protest", "protest") in [(e.trigger, e.type) for _p, s, e in events if "square" in s]
    assert [e.type for _p, s, e in events if "union" in s] == ["protest"]


def test_a_meeting_ahead_of_which_something_is_done_is_the_coming_one():
    """ "ahead of the summit in June", written in April: this June's summit, not last
    June's (as "ahead of the June 23 vote" already was)."""
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe ministers are drafting a declaration ahead of the summit in June.",
            published="Thursday, April 21, 2022",
        )
    )
    assert ("meeting", "2022-06") in [(e.type, e.date) for _p, _s, e in events]


def test_set_to_do_something_is_told_by_what_is_to_be_done():
    """ "The trial is set to begin on Wednesday": the beginning, not a setting; "The judge
    set the trial for Wednesday" still tells something (the trial on its day)."""
    events = _events_of_text(
        _after_the_lead(
            "The trial is set to begin on Wednesday.\n\nThe judge set the trial for Wednesday."
        )
    )
    assert [e.trigger for _p, s, e in events if "begin" in s] == ["begin"]
    assert [e for _p, s, e in events if "judge" in s]


def test_one_released_from_prison_or_on_bail_is_no_product_launch():
    """ "released from prison", "released on bail": a step of the law; "released from
    hospital": a happening of no type; "released the phone": a launch."""
    events = _events_of_text(
        _after_the_lead(
            "Lee was released from prison on Friday.\n\n"
            "Ray was released on bail on Friday.\n\n"
            "Ann was released from hospital on Friday.\n\n"
            "Orbex released its new phone on Friday."
        )
    )
    got = {s.split()[0]: e.type for _p, s, e in events if "released" in s}
    assert got == {"Lee": "legal", "Ray": "legal", "Ann": "other", "Orbex": "launch"}


def test_only_a_result_posted_is_a_financial_event():
    """ "posted a quarterly loss" is a financial result; "posted new photos of the baby"
    posts no result: a happening of no type of the taxonomy."""
    events = _events_of_text(
        _after_the_lead(
            "Orbex posted a quarterly loss on Friday.\n\n"
            "Kestrel posted a 3% rise in sales on Friday.\n\n"
            "Mara Lind posted new photos of the baby on Friday."
        )
    )
    got = {s.split()[0]: e.type for _p, s, e in events if "posted" in s}
    assert got == {"Orbex": "financial", "Kestrel": "financial", "Mara": "other"}


def test_a_saying_takes_the_time_of_its_own_occasion():
    events = _events_of_text(
        _one_article(
            "The union reached a deal with the studios on Sunday.\n\n"
            "Smith told the Valley Post in January that he was proud of the deal.\n\n"
            "“We will not back down,” Ortiz told the Valley Post in a January interview.\n\n"
            "Lee underlined the cost of the strike."
        )
    )
    said = {s.split()[0]: (e.type, e.date, e.dating) for _p, s, e in events}
    # "in January" after the one told dates the telling, not what was said
    assert said["Smith"] == ("statement", "2018-01", "explicit")
    assert said["“We"] == ("statement", "2018-01", "explicit")  # the interview's month
    assert said["Lee"][0] == "statement"  # "underlined": a saying


def test_a_speakers_dated_saying_dates_their_later_undated_ones():
    """ "Mayor Ana Ortiz said on Saturday …" … "“…,” Ortiz added": said that Saturday, not
    at the story's time; another speaker's undated saying is still the story's. A dated
    occasion of hers ("At a rally on Friday, Ortiz announced a ban") moves her later
    sayings there."""
    events = _events_of_text(
        _after_the_lead(
            "Mayor Ana Ortiz said on Saturday that the ferry would stop running in May.\n\n"
            "“We have no money left for it,” Ortiz added.\n\n"
            "Tom Ray, a councillor, said the ferry should be saved.\n\n"
            "At a rally on Friday, Ortiz announced a ban on cars in the old town.\n\n"
            "“The centre belongs to walkers,” she said."
        )
    )
    said = [(s.split()[0], e.date, e.dating) for _p, s, e in events if e.type == "statement"]
    assert ("“We", "2018-03-03", "inferred") in said, said  # Saturday's
    assert ("Tom", "2018-03-04", "inferred") in said, said  # the story's: its lead's day
    assert ("“The", "2018-03-02", "inferred") in said, said  # Friday's rally


def test_the_times_a_happening_is_moved_between_do_not_date_the_moving():
    events = _events_of_text(
        _one_article("A.\n\nB.\n\nThe book fair was moved from October to February.")
    )
    # not October (nor February): the moving itself has no date in the text
    assert [(e.date, e.dating) for _p, _s, e in events] == [("2018-03-05", "inferred")]


def test_the_first_schedule_in_an_aside_neither_dates_the_moving_nor_is_an_event():
    """ "The fair, originally due in May, was postponed on Monday": May is when the fair was
    due, not when it was put off; "initially scheduled for …" in an aside is no happening."""
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe book fair, originally due later this year, was postponed.\n\n"
            "The ferry vote, initially scheduled for March 20, was delayed on Monday."
        )
    )
    got = [(e.trigger, e.date, e.dating) for _p, _s, e in events]
    assert got == [
        ("postponed", "2018-03-05", "inferred"),
        ("delayed", "2018-03-05", "explicit"),
    ], got


def test_a_schedule_in_an_aside_of_what_is_called_off_is_the_things_day():
    """ "The hearing, scheduled for Friday, was postponed": the postponement is the news (at
    publication), not a "scheduled" event on Friday that hides it; "The concert, planned for
    March 8, was cancelled" is no planning a year before; the aside's day is not the time
    the next sentences tell. A schedule aside before a verb of another kind still tells
    one ("The bridge, scheduled to open in May, opened on Monday")."""
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe ferry hearing, scheduled for Friday, was postponed.\n\n"
            "The harbour concert, planned for March 8, was cancelled.\n\n"
            "The dock boss Ann Lee went home.\n\n"
            "The toll bridge, scheduled to open in February, opened on Monday."
        )
    )
    got = {s.split()[1]: (e.trigger, e.date, e.dating) for _p, s, e in events}
    ferry = [e.trigger for _p, s, e in events if "ferry hearing" in s]
    harbour = [e.trigger for _p, s, e in events if "harbour concert" in s]
    assert ferry == ["postponed"] and harbour == ["cancelled"], (ferry, harbour)
    assert got["ferry"] == ("postponed", "2018-03-05", "inferred"), got
    assert got["harbour"] == ("cancelled", "2018-03-05", "inferred"), got
    assert got["dock"][1] != "2018-03-02", got  # not the hearing's Friday
    assert got["toll"] == ("opened", "2018-03-05", "explicit"), got


def test_speaking_to_someone_is_a_saying_dated_by_its_setting():
    """ "Alley spoke to reporters on Monday", "In 2014, Lee spoke to the magazine", "That
    year, Lee talked to a podcast": sayings on their days (the fronted date is the saying's
    setting, not what was said; "to reporters" is no infinitive clause between the verb
    and its day). Not a saying: "spoke no English", "speaks like no other"; and "In March
    2020, he said, the council “approved …”" dates what was said, not the saying."""
    events = _events_of_text(
        _after_the_lead(
            "Ann Alley spoke to reporters on Monday.\n\n"
            "Mayor Ortiz spoke Friday at the town hall.\n\n"
            "In 2014, Ben Lee spoke to the magazine.\n\n"
            "Ben Lee talked to a podcast in 2015.\n\n"
            "Since Ben Lee spoke no English, he had to learn fast.\n\n"
            "Everyone who speaks/understands the old dialect came to the hall.\n\n"
            "In March 2016, he said, the council “approved the plan.”"
        )
    )
    got = [(s.split()[0], e.trigger, e.date, e.dating) for _p, s, e in events]
    assert ("Ann", "spoke", "2018-03-05", "explicit") in got, got
    assert ("Mayor", "spoke", "2018-03-02", "explicit") in got, got
    assert ("In", "spoke", "2014", "explicit") in got, got
    assert ("Ben", "talked", "2015", "explicit") in got, got
    assert not [g for g in got if g[0] == "Since" and g[1] == "spoke"], got
    assert not [g for g in got if g[0] == "Everyone" and g[1] == "speaks"], got
    assert not [g for g in got if g[1] == "said" and g[2] == "2016-03"], got


def test_the_year_of_a_writing_that_opens_the_sentence_dates_its_verb():
    """ "A 2012 paper found …", "A 2003 federal law made it a crime …", "In his 1931 book, Lee
    describes …": the finding, the making, the describing, in that year. Not a person's
    year ("The 2020 candidate has laid off her staff"), nor a writing named in an aside
    ("Gray, author of a 2017 article, argued on Monday …")."""
    events = _events_of_text(
        _after_the_lead(
            "A 2012 paper found a link between rain and ferry delays.\n\n"
            "A 2003 federal law made it a crime to sell the drug.\n\n"
            "In his 1931 book, Lee describes the taste of the fish.\n\n"
            "The 2016 candidate has laid off her staff.\n\n"
            "Gray, author of a 2017 article on ferries, argued at the meeting.\n\n"
            "The 2014 harbour law was repealed by the council."
        )
    )
    got = {s.split()[1]: (e.trigger, e.date) for _p, s, e in events}
    assert got["2012"] == ("found", "2012"), got
    assert got["2003"] == ("made", "2003"), got
    assert got["his"] == ("describes", "1931"), got
    assert got["2016"][1] != "2016", got
    assert got["author"][1] != "2017", got
    assert got["2014"][1] != "2014", got  # what is done to the law is not the law's year


def test_a_state_in_the_present_and_an_existential_scene_are_no_events():
    """ "Today, the ferry company employs 30 people", "The plan costs $5m this year": a
    state, whatever date the sentence gives; "There are 40 buses lined up at the
    airport this morning": a scene described. Still events: a saying after an existential
    ("There is no end in sight, Lee said on Monday"), a past of a stative verb's kind
    ("The firm employed 30 guards in 2016" is no present state), and the crash of "There
    were 20 people hurt in the crash on Monday"."""
    events = _events_of_text(
        _after_the_lead(
            "Today, the ferry company employs 30 people in the state.\n\n"
            "The harbour plan costs $5m this year.\n\n"
            "There are 40 buses lined up at the airport this morning.\n\n"
            "There is no end in sight, Lee said on Monday.\n\n"
            "The firm employed 30 guards in 2016.\n\n"
            "There were 20 people hurt in the crash on Monday.\n\n"
            "There were 12 sailors killed on Sunday."
        )
    )
    got = {s.split()[1]: (e.trigger, e.date) for _p, s, e in events}
    assert "ferry" not in got and "harbour" not in got, got
    assert "are" not in got, got
    assert got["is"] == ("said", "2018-03-05"), got
    assert got["firm"] == ("employed", "2016"), got
    killed = [(e.trigger, e.date) for _p, s, e in events if "sailors" in s]
    assert killed == [("killed", "2018-03-04")], killed


def test_a_state_verb_in_the_past_is_no_event():
    """ "The drill involved 40 ships", "Its fleet included two ferries", "The bill totalled
    $3bn", "The village lacked a bridge", "The ferry remained in the harbour in May": what
    something was, in any tense. Still events: what is undergone ("was involved in a crash
    on Monday", "became involved in the talks in May")."""
    events = _events_of_text(
        _after_the_lead(
            "The naval drill involved 40 ships in March.\n\n"
            "The old fleet included two ferries.\n\n"
            "The relief bill totalled $3bn.\n\n"
            "The fishing village lacked a bridge.\n\n"
            "The old ferry remained in the harbour in May.\n\n"
            "A bus was involved in a crash on Monday.\n\n"
            "The mayor became involved in the talks in May."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert not {"naval", "old", "relief", "fishing"} & set(got), got
    assert got.get("bus") == "involved", got
    assert got.get("mayor") == "involved", got


def test_a_state_to_come_is_no_event_but_a_dated_plan_is():
    """ "The new ferry will seat 300 passengers", "will cost $40m", "will have a range of
    8,000 miles": what a thing will hold or be, no happening. Still events: "will carry
    the team to Calais on Friday" (a date makes it a plan), "will hold a vote" (no number:
    a plan, after publication)."""
    events = _events_of_text(
        _after_the_lead(
            "The new ferry will seat 300 passengers.\n\n"
            "The new bridge will cost $40 million.\n\n"
            "The jet will have a range of 8,000 miles.\n\n"
            "The ferry will carry the team to Calais on Friday.\n\n"
            "The council will hold a vote on the plan."
        )
    )
    got = {s.split()[1]: (e.trigger, e.date) for _p, s, e in events}
    assert "new" not in got and "jet" not in got, got
    assert got["ferry"] == ("carry", "2018-03-09"), got
    assert got["council"][0] == "hold", got


def test_the_leads_news_takes_the_day_the_body_gives_it():
    """ "Long jail sentences have been handed out to two fuel smugglers" (the lead, no
    date) … "Both men were sentenced at Hull Crown Court on Friday 23 February": the lead's
    sentencing is that Friday, not the day of publication. Not when the body's dated verb
    names another happening ("The search for the crash's cause continues on Sunday" is no
    retelling of "before it crashed"), nor when the body gives two days."""

    def lead_of(body):
        events = _events_of_text(_one_article(body))
        return [(e.trigger, e.type, e.date, e.dating) for _p, _s, e in events][0]

    assert lead_of(
        "Long jail sentences have been handed out to two fuel smugglers.\n\n"
        "The pair ran the ring for two years.\n\n"
        "Both men were sentenced at Hull Crown Court on Friday 23 February 2018."
    ) == ("handed", "legal", "2018-02-23", "inferred")
    assert (
        lead_of(
            "The ferry has crashed after a steep turn in the storm.\n\n"
            "Rescuers found two survivors.\n\n"
            "The search for the crash's cause continues on Sunday, March 4, 2018."
        )[2]
        == "2018-03-05"
    )
    assert (
        lead_of(
            "Long jail sentences have been handed out to two fuel smugglers.\n\n"
            "The pair ran the ring for two years.\n\n"
            "Lee was sentenced on Friday 23 February 2018.\n\n"
            "Ray was sentenced on Monday 26 February 2018."
        )[2]
        == "2018-03-05"
    )


def test_the_bodys_undated_retelling_takes_the_day_the_story_gives_it():
    """ "Both men were sentenced at Kingsford Crown Court on Friday 2 March" … "Reed, 41, was
    jailed for nine years": that sentencing, that Friday (inferred), not some time before
    publication. Not a record told as earlier ("had been jailed for theft", "was once
    jailed"), nor when the story gives two days of it."""

    def dated(body):
        lead = (
            "Two fuel smugglers have been given long prison terms.\n\n"
            "The pair sold stolen diesel from a garage in Kingsford.\n\n"
        )
        events = _events_of_text(_one_article(lead + body))
        return {s.split()[0]: (e.date, e.dating) for _p, s, e in events if e.type == "legal"}

    got = dated(
        "Two fuel smugglers were arrested in a dawn raid on Tuesday 3 May 2016.\n\n"
        "Reed, 41, of Mill Lane, Kingsford, was jailed for nine years.\n\n"
        "Mott had been jailed for theft.\n\n"
        "Cole was once jailed for arson.\n\n"
        "Both men were sentenced at Kingsford Crown Court on Friday 2 March 2018."
    )
    assert got["Reed,"] == ("2018-03-02", "inferred"), got
    assert got["Mott"][1] == got["Cole"][1] == "before", got
    got = dated(
        "Reed, 41, of Mill Lane, Kingsford, was jailed for nine years.\n\n"
        "Lee was sentenced on Friday 23 February 2018.\n\n"
        "Ray was sentenced on Thursday 1 March 2018."
    )
    assert got["Reed,"] == ("2018-03-05", "before"), got


def test_a_saying_told_as_recent_is_before_publication():
    """ "Recently, the minister stated that the plan would work": said some time before the
    story, not on its day; a saying with its own day keeps it ("said on Monday he had
    recently met the builders")."""
    events = _events_of_text(
        _after_the_lead(
            "Recently, the ferry minister stated that the plan would work.\n\n"
            "The mayor said on Monday he had recently met the builders."
        )
    )
    got = {s.split()[1]: (e.trigger, e.date, e.dating) for _p, s, e in events}
    assert got["the"] == ("stated", "2018-03-05", "before"), got
    assert got["mayor"] == ("said", "2018-03-05", "explicit"), got


def test_an_undated_ago_or_has_since_is_before_publication():
    """ "The quarry was sold a few years ago", "The council has since shut two pools": some
    undated time before publication, not on the day the lead narrates (Sunday); a telling of
    it ("Reyes told the court the pier collapsed weeks ago") is the story's own."""
    events = _events_of_text(
        _after_the_lead(
            "The old quarry was sold a few years ago to a builder.\n\n"
            "The council has since shut two swimming pools.\n\n"
            "Reyes told the court that the pier collapsed weeks ago."
        )
    )
    assert _datings(events, "sold") == [("2018-03-05", "before")]
    assert _datings(events, "shut") == [("2018-03-05", "before")]
    assert _datings(events, "told") == [("2018-03-04", "inferred")]


def test_some_time_later_is_after_the_story_date():
    """ "The brewer opened his bar in March 2016. He bottled his first gin a few months
    later": after March 2016, not in it; "Two years later" the tagger counts (2018)."""
    events = _events_of_text(
        _after_the_lead(
            "The brewer opened his first bar in March 2016. "
            "He bottled his first gin a few months later.\n\n"
            "The baker opened her shop in 2012. Two years later she sold the bakery."
        )
    )
    assert _datings(events, "bottled") == [("2016-03", "after")]
    assert _datings(events, "sold") == [("2014", "explicit")]


def test_a_date_after_writings_from_names_the_writings():
    """ "Letters from 1952 were found in the attic last week": the year says which letters,
    the finding was last week; "papers from 1979 released by the state archive": released
    now, not in 1979."""
    events = _events_of_text(
        _after_the_lead(
            "Letters from 1952 were found in the attic of the old mill last week.\n\n"
            "His private doubts are revealed in cabinet papers from 1979 released by the "
            "state archive in Leeds."
        )
    )
    assert _datings(events, "found") == [("2018-W09", "explicit")]
    assert all(d != "1979" for d, _dating in _datings(events, "released"))


def test_has_since_carries_to_the_verbs_it_chains():
    """ "The council has since shut two pools, sold the depot and closed a library": each
    step is some time before publication, not on the day the lead narrates; a relative
    clause ("which angered parents who protested on Sunday") is not in the chain."""
    events = _events_of_text(
        _after_the_lead(
            "The council has since shut two pools, sold the depot and closed a library."
        )
    )
    got = {(e.date, e.dating) for _p, s, e in events if s.startswith("The council")}
    assert got == {("2018-03-05", "before")}, got


def test_the_night_before_is_the_day_before_the_narrated_one():
    """ "Rangers caught a poacher on Thursday. He had set the traps the night before": on
    Wednesday, not only before Thursday; "on the two previous days" is Tuesday to Wednesday;
    "the night before he was caught" is dated by the catching, not here."""
    events = _events_of_text(
        _after_the_lead(
            "Rangers caught a poacher in the park on Thursday. "
            "He had set the traps the night before.\n\n"
            "Rangers caught a poacher in the park on Thursday. "
            "More than 300 hikers left the park on the two previous days.\n\n"
            "Rangers caught a poacher in the park on Thursday. "
            "He had hidden the rifle the night before he was caught."
        )
    )
    assert _datings(events, "set") == [("2018-02-28", "inferred")]
    left = _triggered(events, "left")
    assert [(e.start, e.end, e.dating) for e in left] == [("2018-02-27", "2018-02-28", "inferred")]
    assert _datings(events, "hidden") == [("2018-03-01", "before")]


def test_a_sentence_with_a_date_of_its_own_gives_no_spare_bound_for_its_other_verbs():
    """ "died of cancer in 2013 after the tumour had spread to his liver" is one happening, in 2013:
    not also a spreading "before" the story's day; "On March 13 the chefs are popping up at
    the bar, serving oysters" is not also a serving before publication."""
    events = _events_of_text(
        _after_the_lead(
            "Her brother died of cancer in 2013 after the tumour had spread to his liver.\n\n"
            "On March 13, the two chefs are popping up at the Old Mill, serving clams."
        )
    )
    got = [(e.trigger, e.date, e.dating) for _p, _s, e in events]
    assert ("died", "2013", "explicit") in got and ("popping", "2018-03-13", "explicit") in got
    assert not [g for g in got if g[2] in ("before", "after")], got


def test_the_day_a_thing_is_set_for_dates_the_thing_not_the_setting():
    """ "The judge set the trial for Feb. 25", written in December: the coming February is
    the trial's (read back a year it dated the setting ten months before the story), and
    the trial is an entry of its own on that day, typed by its noun; so is a protest "set
    for Friday", and so is a happening noun's own coming day ("have called a national
    strike on March 8": the strike's, not a calling a year before). A date read as past by
    the sentence stays past ("the sentencing of the two men took place in March")."""
    events = _events_of_text(
        _one_article(
            "A. B.\n\nC. D.\n\nThe judge set the ferry captain's trial for Feb. 25.\n\n"
            "The court has set his sentencing for March 4.\n\n"
            "They organised a protest set for Friday.\n\n"
            "Dock workers have called a national strike on March 8.\n\n"
            "The sentencing of the two men took place in March.",
            published="Monday, December 10, 2018",
        )
    )
    got = [(e.trigger, e.type, e.date, e.dating) for _p, _s, e in events]
    assert all(not d.startswith("2018-02") for _t, _y, d, _k in got), got
    assert ("trial", "legal", "2019-02-25", "explicit") in got, got
    assert ("sentencing", "legal", "2019-03-04", "explicit") in got, got
    assert ("protest", "protest", "2018-12-14", "explicit") in got, got
    # a happening noun's own coming day: the strike's, not a calling a year before
    assert ("strike", "protest", "2019-03-08", "explicit") in got, got
    assert not [g for g in got if g[0] == "called" and g[2].startswith("2018-03")], got
    assert ("took", "legal", "2018-03", "explicit") in got, got


def test_a_state_that_has_lasted_is_not_an_event():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nHe has lived in the city for 24 years.\n\n"
            "The firm has run the ferry for a decade.\n\n"
            "She has been jailed for 10 years."
        )
    )
    # a sentence handed down is a happening; a stay or a business that has lasted is not
    assert [s.split()[0] for _p, s, _e in events] == ["She"]


def test_lets_say_supposes_and_a_count_is_no_name():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nLet's say the union approved the deal on Sunday.\n\n"
            "More than 9,000 FTA-CWU members stopped work on Sunday."
        )
    )
    assert [(s.split()[0], e.actors) for _p, s, e in events] == [("More", ("FTA-CWU",))]


def test_a_meeting_a_modal_looks_ahead_to_is_still_to_come():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe board said the results would be released after a meeting on "
            "Friday.\n\nThe board announced on Thursday that it will merge."
        )
    )
    dated = {e.trigger: e.date for _p, _s, e in events}
    assert dated["meeting"] == "2018-03-09"  # the coming Friday (published Monday 5 March)
    assert dated["announced"] == "2018-03-01"  # the "will" after it looks ahead, not it


def test_a_plan_after_a_relative_clause_and_no_question():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nKestrel Airways, which chose the rival jet in 2016, will also buy "
            "20 Condor 90 planes.\n\nWill the airline order more planes?\n\n"
            "Has the airline's traffic grown in the past year?\n\n"
            "What did Tom Reyes say after the vote?"
        )
    )
    got = [(e.trigger, e.dating) for _p, _s, e in events]
    # the subject stands before the relative clause: a plan, not a forecast; questions
    # tell nothing that happened
    assert got == [("chose", "explicit"), ("buy", "after")]


def test_not_until_dates_the_happening_itself():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nIt was not until 2010 that the two countries signed the treaty.\n\n"
            "The bridge did not reopen until May.\n\n"
            "The council said it couldn't answer the questions until September."
        )
    )
    dated = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    assert dated["signed"] == ("2010", "explicit")  # not "before 2010"
    assert dated["reopen"] == ("2017-05", "explicit")  # it reopened, in May
    # "until September" is inside what was said, not the saying's date
    assert dated["said"] == ("2018-03-05", "inferred")


def test_what_has_happened_takes_no_narrative_time_still_to_come():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe board will meet on Friday. The strike had paralysed the studios."
        )
    )
    dated = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    assert dated["meet"] == ("2018-03-09", "explicit")
    assert dated["paralysed"] == ("2018-03-05", "before")  # not Friday, still to come


def test_a_denied_object_denies_the_happening():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe mayor has offered no endorsement.\n\n"
            "The agency gave no reason for the cut.\n\n"
            "Police said no one was hurt.\n\n"
            "The council has no plans to close the pool.\n\n"
            "The rocket will launch no later than May."
        )
    )
    assert [e.trigger for _p, _s, e in events] == ["said", "launch"]


def test_declining_to_comment_is_a_saying_for_the_story():
    events = _events_of_text(
        _one_article(
            "The governor gave his last speech to lawmakers on Sunday.\n\n"
            "A spokesman for the mayor declined to comment on the speech.\n\n"
            "Ms Ortiz refused to say whether she would run again."
        )
    )
    said = [(e.type, e.date, e.dating) for _p, s, e in events if "declined" in s or "refused" in s]
    # made to the reporter, at publication, not at Sunday's speech
    assert said == [("statement", "2018-03-05", "inferred")] * 2


def test_advice_to_the_reader_is_not_an_event():
    events = _events_of_text(
        _one_article(
            "Storm Velma closed 40 schools on Thursday.\n\n"
            "Stay updated: Keep track of the forecast on the council website.\n\n"
            "Stay indoors: Avoid unnecessary travel until the winds ease on Sunday.\n\n"
            "Check on elderly neighbours and make sure they have supplies.\n\n"
            "Stay indoors and keep windows shut, the fire service said.\n\n"
            "Report: Volunteers out in the lanes cleared branches on Friday.\n\n"
            "Work on the sea wall began in May."
        )
    )
    kept = [(s.split()[0], e.type) for _p, s, e in events]
    assert [w for w, _t in kept] == [
        "Storm",
        "Stay",  # the saying stays, the order is not an event
        "Report:",  # a label, then a subject: "Volunteers out in the lanes cleared …"
        "Work",  # a noun that is also a verb, with a verb of its own
    ]
    assert kept[1] == ("Stay", "statement")
    assert not [e for _p, _s, e in events if {"Stay", "Keep", "Check"} & set(e.actors)]


def test_a_chronology_date_heads_its_paragraph():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\n8 August 2009: The regulator opens an inquiry into the sale.\n\n"
            "9 December 2009: The agency stops the review. It says the sale broke the rules."
        )
    )
    dated = sorted((e.trigger, e.date, e.dating) for _p, _s, e in events)
    assert dated == [
        ("opens", "2009-08-08", "explicit"),
        ("says", "2009-12-09", "explicit"),
        ("stops", "2009-12-09", "explicit"),
    ]
    # a page's mistaken date line ("March 4, 2018:" on a Monday's market report that says
    # "on Monday", the 5th) heads nothing: the paragraph's news is of the day it names
    # (nor does it set the day the rest of the report is at: "Acme traded up" is Monday's)
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nMarch 4, 2018: Stocks opened lower on Monday as buyers stayed "
            "away. Copper slid to a loss of 2% as the session wore on.\n\n"
            "Acme Corp. traded up 0.7% at $63.03."
        )
    )
    assert sorted((e.trigger, e.date) for _p, _s, e in events) == [
        ("opened", "2018-03-05"),
        ("slid", "2018-03-05"),
        ("traded", "2018-03-05"),
    ]


def test_a_past_weekday_read_as_the_coming_one_is_a_week_before_not_a_year():
    from dateline.store.extract.dating import year_before
    from dateline.store.extract.temporal import Timex

    sunday = Timex(0, 6, "Sunday", "DATE", "2023-11-05", None)
    assert year_before(sunday).value == "2023-10-29"  # not 2022-11-05
    may = Timex(0, 3, "May", "DATE", "2024-05", None)
    assert year_before(may).value == "2023-05"


def test_a_bound_that_looks_ahead_is_not_moved_into_the_past():
    """ "until Sunday" in advice is the coming Sunday, not last week's."""
    article = parse_article(
        "T\nFriday, November 3, 2023\n\nA.\n\nB.\n\n"
        "Hikers are being advised to keep off the fells until Sunday as the storm passes.\n"
    )
    events = _events_from_article(article)
    assert events and all(e.start >= "2023-11-03" for _p, _s, e in events)


def test_the_tense_of_a_progressive_passive_is_its_finite_be():
    from dateline.store.extract.clauses import tokenise
    from dateline.store.extract.verbs import aspect_of

    tokens = tokenise("Drivers are being advised to stay home.")
    assert aspect_of(tokens, 3, 0) == "present"
    tokens = tokenise("Drivers were being advised to stay home.")
    assert aspect_of(tokens, 3, 0) == "past"


def test_a_saying_is_dated_by_its_own_date_not_by_what_was_said():
    events = _events_of_text(
        _one_article(
            "The chief said more than 4 million tickets were sold since the park opened in "
            "2003.\n\n"
            "The club announced a “summer fair” on May 3, 2016.\n\n"
            "The senator says poor towns still get money under the 1970s rulings."
        )
    )
    said = {e.trigger: (e.date, e.dating) for _p, _s, e in events if e.type == "statement"}
    assert said["said"] == ("2018-03-05", "inferred")  # the saying: at publication
    assert said["announced"] == ("2016-05-03", "explicit")  # its own date, after its object
    assert said["says"] == ("2018-03-05", "inferred")
    assert ("2003", "explicit") in {(e.date, e.dating) for _p, _s, e in events}  # the opening


def test_a_birth_date_sets_no_narrative_time():
    events = _events_of_text(
        _one_article("The judge was born in Lima in 1968. She studied law in Leeds.")
    )
    studied = _find(events, type="other", contains="studied")
    assert studied.date != "1968"


def test_an_undated_past_event_is_before_publication_and_a_statement_at_it():
    events = _events_of_text(
        _one_article(
            "The council approved the budget.\n\n"
            "Critics said the vote was rushed.\n\n"
            "The town banned cars from the square."
        )
    )
    # the lead's event and a statement are the day's news; other past events only before it
    assert _when(events, type="policy", contains="approved") == ("2018-03-05", "inferred")
    assert _when(events, type="statement", contains="Critics") == ("2018-03-05", "inferred")
    banned = _triggered(events, "banned")
    assert banned and (banned[0].start, banned[0].dating) == ("2018-03-05", "before")


def test_the_lead_clause_after_a_subordinate_or_parenthesis_is_the_news():
    events = _events_of_text(
        _one_article(
            "Two years after it was first promised, Harlan Motors (HM) has opened its plant."
        )
    )
    opened = _triggered(events, "opened")
    assert opened and (opened[0].date, opened[0].dating) == ("2018-03-05", "inferred")


def test_a_caption_tells_an_event_only_with_its_own_date():
    article = parse_article(
        "Title\n• Police searched the river on June 2, 2016.\n• Mayor says the town is ready\n"
        "Monday, March 5, 2018\n\nThe council met on Friday.\n"
    )
    events = _events_from_article(article)
    captions = [(s, e) for p, s, e in events if p.kind != "body"]
    assert captions and all(e.dating == "explicit" for _s, e in captions)
    assert any("searched" in s for s, _e in captions)
    assert not any("Mayor says" in s for s, _e in captions)


def test_shortly_after_a_clock_time_is_that_day():
    events = _events_of_text(
        _one_article("She left the bar shortly after 3am on Saturday June 7, 2014.")
    )
    left = _triggered(events, "left")
    assert left and (left[0].date, left[0].dating) == ("2014-06-07", "explicit")


def test_a_year_in_a_name_dates_nothing():
    events = _events_of_text(
        _one_article("The court also found that the Harbour Safety Act of 1996 applied.")
    )
    assert not [e for _p, _s, e in events if e.date == "1996"]


def test_a_past_event_is_not_dated_after_publication():
    events = _events_of_text(
        _one_article(
            "Lee and Park were named best actors on Sunday, cementing their lead for the "
            "awards in April."
        )
    )
    named = _triggered(events, "named")
    assert named and (named[0].date, named[0].dating) == ("2018-03-04", "explicit")


def test_the_weekend_after_the_story_moved_to_a_year_is_the_telling_ones():
    """ "On June 7th, 2021, a tribunal found … he resigned in 2018 … he said in a video
    released over the weekend": the weekend before publication, not the one after the
    tribunal's day, which the story has left for a year."""
    events = _events_of_text(
        _one_article(
            "The governor-elect apologised to two former aides on Monday.\n\n"
            "On June 7th, 2021, a tribunal found that he had bullied staff at the agency.\n\n"
            "He was demoted, and he resigned from the agency in 2018 to run for office.\n\n"
            '"I deeply regret my conduct," he said in a short video released over the weekend.',
            published="Tuesday, April 26, 2022",
        )
    )
    assert _datings(events, "said") == [("2022-W16-WE", "explicit")]  # the video's


def test_dates_that_belong_elsewhere_in_the_sentence():
    events = _events_of_text(
        _one_article(
            "Shops stayed open.\n\n"
            "Lena Ruiz, who has resisted closures throughout the fall, said the trends led "
            "to a hard choice.\n\n"
            "Ruiz said Tuesday the council was still focused on relief.\n\n"
            "It is her first campaign, which she will run from Leeds.\n\n"
            "The 2016 mayoral candidate sold his house in May."
        )
    )
    said = [e for _p, s, e in events if e.trigger == "said" and "trends" in s]
    assert said and said[0].dating == "inferred"  # not the relative clause's fall
    tuesday = [e for _p, s, e in events if e.trigger == "said" and "Tuesday" in s]
    assert tuesday and (tuesday[0].date, tuesday[0].dating) == ("2018-02-27", "explicit")
    run = _triggered(events, "run")
    assert run and run[0].dating == "after"  # a plan in a relative clause is still a plan
    sold = _triggered(events, "sold")
    assert sold and sold[0].date == "2017-05"  # not the candidate's 2016


def test_a_dated_sentence_gives_no_second_guess_for_its_other_verb():
    """The narrative's guess for one verb beside a dated other is a repeat of one happening."""
    events = _events_of_text(
        _one_article(
            "Shops closed early.\n\n"
            "The guild last struck in 1972. The theatres and stagehands reached a pact that "
            "brought the dispute to a close on Feb. 26."
        )
    )
    deal = [(e.date, e.dating) for p, s, e in events if "reached" in s]
    assert ("2018-02-26", "explicit") in deal and not any(d == "1972" for d, _ in deal)


def test_nouns_that_look_like_verbs_after_a_verb():
    """ "announced job cuts on Monday": the cuts are what was announced, Monday its day;
    "have put contract talks on hold": the talks are no statement."""
    events = _events_of_text(
        _one_article(
            "The company announced job cuts on Friday.\n\n"
            "The club has put contract talks on hold.\n\n"
            "She says the company plans layoffs in June."
        )
    )
    announced = _triggered(events, "announced")
    assert announced and (announced[0].date, announced[0].dating) == ("2018-03-02", "explicit")
    assert not _triggered(events, "talks")
    plans = _triggered(events, "plans")
    assert plans and plans[0].date == "2018-06"  # a plan told in the present keeps its June


def test_sayings_after_a_dated_briefing_were_made_there():
    """ "Speaking at a press conference on Friday, the minister said …": the minister's
    later undated sayings were made that day; another speaker's were not (they take the
    story's day); a bare "said on Monday" sets no such occasion."""
    events = _events_of_text(
        _one_article(
            "Schools will stay open, officials said.\n\n"
            "The ministry said on Saturday the plan was safe.\n\n"
            "The chief officer said classes would resume.\n\n"
            "Speaking at a press conference on Friday, Minister Ana Ortiz said pupils were "
            "safe.\n\n"
            "The chief officer said catch-up classes would start next term.\n\n"
            "Ortiz said exams would go ahead."
        )
    )
    said = [e for p, s, e in events if e.trigger == "said" and "chief officer" in s]
    # neither spoke at the minister's briefing: the lead's day (Saturday)
    assert [e.date for e in said] == ["2018-03-03", "2018-03-03"]
    ortiz = [e for p, s, e in events if e.trigger == "said" and s.startswith("Ortiz")]
    assert [(e.date, e.dating) for e in ortiz] == [("2018-03-02", "inferred")]
    ministry = [e for p, s, e in events if "ministry" in s]
    assert ministry and (ministry[0].date, ministry[0].dating) == ("2018-03-03", "explicit")


def test_a_closing_he_said_reports_what_came_before():
    """ "We will win the House in November 2018, he said.": November is the winning's."""
    events = _events_of_text(_after_the_lead("We will win the House in November 2018, he said."))
    said = _triggered(events, "said")
    assert said and said[0].dating == "inferred"
    win = _triggered(events, "win")
    assert win and win[0].date == "2018-11"


def test_time_left_is_not_a_leaving():
    events = _events_of_text(_after_the_lead("The tenant has just 5 weeks left."))
    assert not _triggered(events, "left")


def test_added_about_eighty_jobs_is_no_saying():
    events = _events_of_text(_after_the_lead("The firm has added about 80 jobs this year."))
    added = _triggered(events, "added")
    assert added and added[0].type != "statement"


def test_a_participle_after_a_dash_describes_a_noun():
    events = _events_of_text(
        _after_the_lead(
            "Its effects -- delayed release dates and empty shelves -- could last months."
        )
    )
    assert not _triggered(events, "delayed")


def test_a_relative_month_is_not_moved_a_year():
    """Only a bare month's name read as the coming one moves back a year for what has
    happened ("sold his house in May"); "next month" in a past clause keeps its year."""
    events = _events_of_text(
        _after_the_lead(
            "Officials said wards had filled up as he warned of more admissions by next month."
        )
    )
    # the saying takes the lead's Sunday; nothing moves back into 2017
    assert _dates(events, "next month") == ["2018-03-04"]


def test_long_as_an_adjective_is_no_habit():
    """ "has long argued" is a standing habit; "Long delays have been reported" in the
    lead is the day's news, at publication."""
    events = _events_of_text(
        _one_article(
            "Long delays have been reported at Gatwick after a radar fault.\n\n"
            "Voters met.\n\nThe mayor has long argued for a new bridge."
        )
    )
    reported = _triggered(events, "reported")
    assert [(e.date, e.dating) for e in reported] == [("2018-03-05", "inferred")]
    argued = _triggered(events, "argued")
    assert [(e.date, e.dating) for e in argued] == [("2018-03-05", "before")]


def test_an_adverb_of_how_often_in_the_verb_group_is_a_habit():
    """ "Critics frequently mocked the mayor's golf trips", "We are often asked about
    parking fees", "The ferry has always left at noon", "Lee occasionally skipped meetings": a
    habit, no one happening. Still events: "repeatedly warned" (warnings told one by
    one), an adverb that opens the clause outside the group, and "has long argued" (a
    stand still told, see above)."""
    events = _events_of_text(
        _after_the_lead(
            "Critics frequently mocked the mayor's golf trips.\n\n"
            "We are often asked about parking fees.\n\n"
            "The ferry has always left the harbour at noon.\n\n"
            "Lee occasionally skipped council meetings.\n\n"
            "The coastguard repeatedly warned sailors on Monday.\n\n"
            "As always happens in a storm, the harbour master closed the port on Friday."
        )
    )
    _assert_triggers(
        events, absent={"mocked", "asked", "left", "skipped"}, present={"warned", "closed"}
    )


def test_a_participle_after_as_is_a_comment_not_a_happening():
    """ "as reported by local media", "As shown by the map", "as planned in May": how the
    news is known or went, no happening of its own. Still events: the verbs the comment
    hangs on, and those of an "as" clause with its subject ("left as police arrived")."""
    events = _events_of_text(
        _after_the_lead(
            "The ferry will stop at two towns, as reported by local media.\n\n"
            "As shown by the new map, the harbour is larger than the old one.\n\n"
            "The bank ended its asset purchases as planned in May.\n\n"
            "The crowd left as police arrived on Friday."
        )
    )
    _assert_triggers(events, absent={"reported", "shown", "planned"}, present={"ended", "left"})


def test_a_writing_that_shows_what_it_holds_says_nothing_now():
    """ "The timeline says the council asked for the files in May", "The help page explains
    the new features", "These cases suggest a pattern": what a writing or a thing holds,
    read now, no saying at publication. Still events: the asking in May it tells of, a
    person's or a body's present saying ("The mayor says …"), and a lead's "A new report
    says …", the day's news."""
    events = _events_of_text(
        _one_article(
            "A new harbour report says the old pier is unsafe.\n\n"
            "Voters met in the town hall on Sunday to discuss the budget.\n\n"
            "Shops in the old town closed early on Sunday because of the storm.\n\n"
            "The timeline says the council asked for the files in May.\n\n"
            "The help page explains the ferry timetable.\n\n"
            "These cases suggest a pattern of neglect.\n\n"
            "The mayor says the pier will reopen."
        )
    )
    told = {(s.split()[1], e.trigger) for _p, s, e in events}
    assert not told & {("timeline", "says"), ("help", "explains"), ("cases", "suggest")}, told
    assert {("mayor", "says"), ("new", "says"), ("timeline", "asked")} <= told, told


def test_a_participle_after_a_count_describes_a_noun():
    events = _events_of_text(_after_the_lead("Forecasters expect six named storms."))
    assert not _triggered(events, "named")


def test_the_main_verb_after_a_relative_clause_is_the_news():
    """ "A man who stabbed two people last March has been jailed": the relative clause is
    background with its own date; the main verb after it is the lead's news, at
    publication, summarised with its subject."""
    events = _events_of_text(
        _one_article(
            "A man who stabbed two people in Leeds last March has been jailed for 12 years.\n\n"
            "A nurse who caught measles after a trip to Peru has been named."
        )
    )
    got = {e.trigger: (e.type, e.date, e.dating) for _p, _s, e in events}
    assert got["stabbed"] == ("attack", "2017-03", "explicit")
    assert got["jailed"][1:] == ("2018-03-05", "inferred")
    assert got["jailed"][0] == "legal"
    assert got["named"][1:] == ("2018-03-05", "inferred")
    assert got["caught"][1:] == ("2018-03-05", "before")  # undated background
    arrest = _events_of_text(_one_article("Police arrested two men who sold drugs at a school."))
    got = {e.trigger: (e.date, e.dating) for _p, _s, e in arrest}
    assert got == {"arrested": ("2018-03-05", "inferred"), "sold": ("2018-03-05", "before")}
    jailed = next(e for _p, _s, e in events if e.trigger == "jailed")
    assert jailed.summary == "A man … has been jailed for 12 years."


def test_pleading_in_court_is_legal_and_pleading_for_help_is_not():
    events = _events_of_text(
        _after_the_lead(
            "The driver pleaded not guilty on Friday.\n\n"
            "His sister pleaded online for witnesses to come forward."
        )
    )
    pleas = [(e.type, e.date) for _p, s, e in events if e.trigger == "pleaded"]
    assert ("legal", "2018-03-02") in pleas
    # the sister's appeal is a happening of its own, but no plea in court
    assert [t for t, _d in pleas].count("legal") == 1


def test_a_state_held_for_months_is_no_event():
    events = _events_of_text(
        _after_the_lead("For years, residents have campaigned against the bypass.")
    )
    assert not _triggered(events, "campaigned")


def test_a_headlines_first_word_and_a_datelines_city_are_no_actors():
    events = _events_of_text(
        "Drug dealers jailed\nMonday, March 5, 2018\n\n"
        "LONDON - A man who sold cocaine in Kent was jailed on Friday.\n"
    )
    jailed = _triggered(events, "jailed")
    assert [(e.date, e.dating) for e in jailed] == [("2018-03-02", "explicit")]
    actors = {a for _p, _s, e in events for a in e.actors}
    assert "Drug" not in actors
    assert not any(a.startswith("LONDON") for a in actors)


def test_a_present_perfect_is_before_publication_not_before_the_narrative():
    """ "The council met on 12 February. … The mayor has sold the land": before now; "had
    sold" is before the narrated February."""
    events = _events_of_text(
        _after_the_lead(
            "The council met on 12 February to discuss the bridge. "
            "The mayor has sold the land to a developer.\n\n"
            "The council met on 12 February to discuss the bridge. "
            "The mayor had sold the land to a developer."
        )
    )
    dating = _datings(events, "sold")
    assert dating == [("2018-03-05", "before"), ("2018-02-12", "before")]


def test_a_lead_a_week_old_is_not_the_time_of_the_story():
    """A lead dated within a weekend of publication is the story's day, and its undated
    sayings are at it; one a week old is background ("died on Feb. 26 … Aides said …"):
    the sayings are at publication."""
    recent = _events_of_text(
        _one_article(
            "The senator resigned on Saturday, March 3.\n\nShops closed.\n\n"
            "Her aides said the party would choose a successor."
        )
    )
    said = _datings(recent, "said")
    assert said == [("2018-03-03", "inferred")]
    old = _events_of_text(
        _one_article(
            "The senator died on Monday, Feb. 26, sparking a fight over her seat.\n\n"
            "Shops closed.\n\nHer aides said the party would choose a successor."
        )
    )
    said = _datings(old, "said")
    assert said == [("2018-03-05", "inferred")]


def test_a_participle_with_by_after_a_comma_is_no_event_of_its_own():
    """ "will play Peru on June 2, followed by a match in Chile": no second entry, and none
    in last year's June."""
    events = _events_of_text(
        _one_article("The team will play Peru on June 2, followed by a match in Chile.")
    )
    assert [(e.trigger, e.date) for _p, _s, e in events] == [("play", "2018-06-02")]


def test_the_leads_news_in_progress_is_at_publication():
    """ "Park rangers are now examining the damage" in the lead is news at
    publication; "All this praise is humbling." and "is surprising to many" are no
    events, nor is a present progressive after the lead."""
    events = _events_of_text(
        _one_article(
            "Park rangers are now examining the damage to the gate. "
            "All this praise is humbling. The result is surprising to many.\n\n"
            "Voters met in the town hall on Sunday to discuss the budget.\n\n"
            "The council is reviewing its parking rules."
        )
    )
    got = [(e.trigger, e.date, e.dating) for _p, _s, e in events if e.trigger.endswith("ing")]
    assert got == [("examining", "2018-03-05", "inferred")]
    # "now", even when the lead tells of Saturday
    events = _events_of_text(
        _one_article(
            "Vandals smashed the park gate on Saturday, March 3. "
            "Park rangers are now examining the damage."
        )
    )
    got = _datings(events, "examining")
    assert got == [("2018-03-05", "inferred")]


def test_opening_hours_and_a_denial_by_both_sides_are_no_events():
    """ "The bakery is open from 7 to 11 a.m. Tuesday through Saturday": an adjective after
    "is", a schedule, not an opening; "neither … nor … have budged": nothing happened."""
    events = _events_of_text(
        _one_article(
            "Two sisters have opened a bakery on the quay.\n\n"
            "Voters met in the town hall on Sunday to discuss the budget.\n\n"
            "The bakery is open from 7 to 11 a.m. Tuesday through Saturday.\n\n"
            "Yet neither the union nor the board has budged from its position."
        )
    )
    assert [e.trigger for _p, _s, e in events] == ["opened", "met"]


def test_a_story_set_in_another_year_keeps_its_bare_days_there():
    """ "In 2014, the firm collapsed. On December 27, its founder was arrested": the story's
    December, not the one before publication (March 2018); for the paragraph the year opens
    and the next, until the story comes back to the present."""
    events = _events_of_text(
        _after_the_lead(
            "In 2014, the firm collapsed. On December 27, its founder was arrested.\n\n"
            "On December 30, a judge froze the accounts.\n\n"
            "On May 3, the trial opened in Leeds."
        )
    )
    assert _dates(events, "founder was arrested") == ["2014-12-27"]
    assert _dates(events, "judge froze") == ["2014-12-30"]
    assert _dates(events, "trial opened") == ["2017-05-03"]  # two paragraphs on


def test_a_season_or_month_of_another_year_sets_the_rest_of_its_paragraph():
    """ "raised her concerns in the spring of 2014. However on March 6 he wrote …": that
    spring's March; a year alone inside a sentence is background ("last struck in 1972")."""
    events = _events_of_text(
        _after_the_lead(
            "The minister raised her concerns in the spring of 2014. However on March 6 "
            "her deputy wrote to her.\n\n"
            "The guild last struck in 1972. The dispute ended on March 2."
        )
    )
    assert _dates(events, "deputy wrote") == ["2014-03-06"]
    assert _dates(events, "dispute ended") == ["2018-03-02"]


def test_a_note_on_the_posts_own_edit_is_after_its_publication():
    """ "This entry was revised on 14 August to add a chart", on an entry of August 2: the
    revision came after publication, August 14 of the same year, not of the year before."""
    events = _events_of_text(
        _one_article(
            STORY_LEAD
            + "This entry was revised on 14 August to add a chart of the council's spending.",
            published="Thursday, August 2, 2018",
        )
    )
    assert _datings(events, "revised") == [("2018-08-14", "explicit")]


def test_a_past_years_story_told_month_by_month_goes_on_in_that_year():
    """ "In a memo dated May 3 1994, the minister objected … ¶ She asked for a delay. ¶ In
    late June she gave in.": June of the story's year, paragraphs on, until a sentence dates
    itself anew ("on Friday"); not a month before the story's last day, told from now, nor
    one after a span ("lasted from March 2009 to June 2011")."""
    events = _events_of_text(
        _after_the_lead(
            "In a memo dated May 3 1994, the minister objected to the levy.\n\n"
            "She asked for a delay of a year.\n\n"
            "In late June she gave in to the treasury.\n\n"
            "The board closed the pool on May 3 2015.\n\n"
            "The mayor said the roof leaked.\n\n"
            "In February the council sold the site.\n\n"
            "Lee wrote to the board on June 5 2015.\n\n"
            "The board met on Friday.\n\n"
            "In late July the builders left the site.\n\n"
            "The slump lasted from March 2009 to June 2011.\n\n"
            "In April the council sold the depot."
        )
    )
    assert _dates(events, "she gave in") == ["1994-06"]
    assert _dates(events, "sold the site") == ["2018-02"]
    assert _dates(events, "builders left") == ["2017-07"]
    assert _dates(events, "sold the depot") == ["2017-04"]  # a span is no story's day


def test_a_month_of_another_year_sets_the_bare_months_after_it_in_its_sentence():
    """ "The levy was brought in in October 1994, weeks after Lee resigned in May": May of
    1994, not the May before publication; not after a bound ("the best sales in August since
    January 2009")."""
    events = _events_of_text(
        _after_the_lead(
            "The levy was brought in in October 1994 with Ann Cole as minister, after Lee "
            "resigned in May.\n\n"
            "Sales in August rose to their highest level since January 2009."
        )
    )
    assert _datings(events, "resigned") == [("1994-05", "explicit")]
    assert _dates(events, "Sales in August") == ["2017-08"]


def test_a_title_or_initials_full_stop_does_not_hide_the_tense_of_a_bare_date():
    """ "will be held in St. Paul on January 5", told in March: the coming January, as the
    "will" before "St." says; "George W. Bush" does not cut the sentence either."""
    from dateline.store.extract.temporal import tag

    told = date(2018, 3, 5)
    assert [t.value for t in tag("The fair will be held in St. Paul on January 5.", told)] == [
        "2019-01-05"
    ]
    assert [t.value for t in tag("The rally, led by Ann W. Cole, ended on January 5.", told)] == [
        "2018-01-05"
    ]


def test_an_aside_in_another_year_leaves_the_story_in_the_present():
    """A year opening a paragraph's last sentence is an aside; a present perfect speaks from
    now ("has fallen since June"); "last December" is told from the present."""
    events = _events_of_text(
        _after_the_lead(
            "Traffic fell this week. In 2014, when the charge began, it was worse.\n\n"
            "The council said on December 27 that it would extend the zone.\n\n"
            "In 2014, the zone opened. The number of cars has fallen since June.\n\n"
            "In 2014, the zone opened. Its head quit last December."
        )
    )
    assert _dates(events, "said on December 27") == ["2017-12-27"]
    assert "2017-06" in _dates(events, "has fallen since June")
    assert _dates(events, "head quit") == ["2017-12"]


def test_what_is_said_with_a_long_subject_is_told_by_its_saying():
    """ "said the city's weekly count of burglaries per 10,000 homes has dropped", "says at
    least 38 swimmers have drowned": one entry, the saying's; but another's saying after
    ", while" is its own, and one dated happening stays one entry ("announced job cuts on
    Friday as sales fell")."""
    events = _events_of_text(
        _after_the_lead(
            "The mayor said the city's weekly count of burglaries per 10,000 homes has "
            "dropped below 30.\n\n"
            "The coastguard says at least 38 swimmers have drowned off the cape.\n\n"
            "Air Lanka says the new fuel-efficient jet will save fuel, while Air Dorne has "
            "estimated a 30% saving.\n\n"
            "The firm announced job cuts on Friday as sales fell."
        )
    )
    assert len(_dates(events, "count of burglaries")) == 1
    assert len(_dates(events, "38 swimmers")) == 1
    assert _triggered(events, "estimated")
    assert _dates(events, "job cuts") == ["2018-03-02"]


def test_a_happening_said_on_its_own_day_is_one_entry_of_its_type():
    """ "Officials said 14,000 workers stopped work on Monday to protest the cuts", told on
    Monday: one entry, the protest, on Monday (not a saying beside it); a participle after a
    verb is an adjective ("promises increased fuel efficiency")."""
    events = _events_of_text(
        _one_article(
            "Union officials said nearly 14,000 employees at four sites held a two-hour work "
            "stoppage Monday afternoon to protest the cuts.\n\n"
            "The plane promises increased fuel efficiency."
        )
    )
    protest = [(e.type, e.date, e.dating) for _p, s, e in events if "stoppage" in s]
    assert protest == [("protest", "2018-03-05", "explicit")]
    assert not _triggered(events, "increased")


def test_part_of_a_month_of_the_past_is_last_years():
    """ "In mid-May the firm sold its plant", written in March: last May's middle (the
    tagger reads the coming May); a plan keeps the coming one, and a noun's happening
    after "is scheduled to" is still to come."""
    events = _events_of_text(
        _after_the_lead(
            "In mid-May the firm sold its plant.\n\n"
            "The plant will open in early April.\n\n"
            "The assembly is scheduled to take its recess in early October before the budget "
            "vote."
        )
    )
    assert _dates(events, "sold its plant") == ["2017-05"]
    assert _dates(events, "will open") == ["2018-04"]
    assert _dates(events, "recess") == ["2018-10"]  # the coming October, not last year's


def test_a_running_count_is_no_event():
    """ "Chile has recorded nearly 52,000 cases": a total so far, a state; a count with
    a time of its own ("in the past week") or a cut of 2,000 jobs is news."""
    events = _events_of_text(
        _after_the_lead(
            "Chile has recorded nearly 52,000 cases of dengue.\n\n"
            "The agency has reported more than 7,000 deaths.\n\n"
            "The province has recorded over 900 new cases in the past week.\n\n"
            "The firm has cut 2,000 jobs."
        )
    )
    triggers = [e.trigger for _p, _s, e in events]
    assert triggers.count("recorded") == 1 and "reported" not in triggers
    assert "cut" in triggers


def test_the_one_told_is_not_the_speaker():
    """ "“Keep my son out of it,” she told Judge Tom Reyes": she speaks, to him."""
    events = _events_of_text(
        _after_the_lead("“Keep my son out of it,” she told Judge Tom Reyes on Sunday.")
    )
    told = _triggered(events, "told")
    assert told and not told[0].summary.startswith("Tom Reyes")
    assert told[0].summary.startswith("She told")


def test_a_verb_after_an_apposition_and_admitted_to_hospital():
    """ "Ann Lee, a driver from Leeds, arrived at the clinic this morning": the verb after
    the description is the sentence's (a past form after a comma is not always a participle);
    "was admitted to a clinic late on Friday" is no confession, and has its Friday."""
    events = _events_of_text(
        _after_the_lead(
            "Ann Lee, a driver from Leeds, arrived at the clinic on Monday.\n\n"
            "The driver was admitted to a clinic late on Friday after feeling faint."
        )
    )
    arrived = _triggered(events, "arrived")
    assert arrived and arrived[0].date == "2018-03-05"
    admitted = _triggered(events, "admitted")
    assert [(e.type, e.date) for e in admitted] == [("other", "2018-03-02")]


def test_the_occasion_dated_after_an_undated_lead_dates_the_story():
    """A lead that names its occasion without a date ("throughout the 90-minute debate"),
    dated only later by a possessive ("Sunday's debate opened …"): the story's undated
    narration is of that day, inferred, not only "before publication". Not when the lead
    names something else, and not for a day a week old."""
    body = (
        "Challengers went after the favourite throughout the 90-minute debate.\n\n"
        "The crowd in the hall was larger than expected for a cold night.\n\n"
        "{day}'s debate opened with questions on the economy.\n\n"
        "The senator later lashed out at his accusers."
    )
    events = _events_of_text(_one_article(body.format(day="Sunday")))
    assert _datings(events, "lashed") == [("2018-03-04", "inferred")]
    # a lead about something else: the possessive's noun is not the lead's occasion
    other = body.replace("90-minute debate", "90-minute meeting").format(day="Sunday")
    events = _events_of_text(_one_article(other))
    assert _datings(events, "lashed") == [("2018-03-05", "before")]
    # published on a Thursday, "Sunday" is four days back: older than a weekend, not the
    # story's day
    events = _events_of_text(
        _one_article(body.format(day="Sunday"), published="Thursday, March 15, 2018")
    )
    assert [e.dating for e in _triggered(events, "lashed")] == ["before"]


def test_what_a_thing_will_do_is_no_plan():
    """A future in a clause about a noun ("a seed that will resist the drought", "a trust,
    which will lend $40 million") says what the thing is for, not what anyone plans; the main
    verb after such a clause ("Parks which carry dukes' names will be renamed"), a plan said
    ("told reporters that the plant will close") and one with its own date stay."""
    events = _events_of_text(
        _one_article(
            "Farmers are waiting for a seed that will resist the drought.\n\n"
            "The region created a trust, which will lend $40 million to farms.\n\n"
            "Parks which still carry the names of former dukes will be renamed.\n\n"
            "The branches that remain open will be running with few tellers.\n\n"
            "The council approved a stadium, which will open in 2026."
        )
    )
    triggers = _triggers(events)
    assert not triggers & {"resist", "lend"}
    assert {"renamed", "running", "open"} <= triggers
    assert _dates(events, "stadium") and "2026" in _dates(events, "stadium")


def test_thanksgiving_of_the_year_before_is_its_own_thursday():
    """ "died over Thanksgiving weekend last year": the fourth Thursday of the year
    before, not the day of the month this year's fell on."""
    events = _events_of_text(
        _one_article(
            "Police said 37 cyclists died over Thanksgiving weekend last year.",
            published="Monday, November 23, 2020",
        )
    )
    # 2019's fell on the 28th; the 26th is where 2020's (the 26th) would be a year back
    assert [e.date for e in _triggered(events, "died")] == ["2019-11-28"]


def test_a_verb_coordinated_with_a_perfect_shares_its_have():
    """ "has spread and forced schools to shut": one "has" for both, one entry before
    publication, not a second one at it; "had a knife and demanded the keys" has no perfect."""
    events = _events_of_text(
        _after_the_lead(
            "Flu has spread through the county and forced schools to shut early.\n\n"
            "The intruder had a knife and demanded the keys."
        )
    )
    spread = [(e.dating) for _p, s, e in events if "spread" in s]
    assert spread == ["before"]

    assert [e.dating for e in _triggered(events, "demanded")] == ["inferred"]


def test_the_plural_of_a_product_names_its_units():
    """ "The first jets will be delivered in 2014" after an order for Dreamliners: the jets
    are the product's; "the companies" is no one company."""
    events = _events_of_text(
        _one_article(
            "Nordic Air ordered ten Boeing 787 Dreamliner aircraft on Monday.\n\n"
            "The first jets will be delivered in 2014.\n\n"
            "Acme Corp and Zenith Corp signed a pact. The companies will merge in 2019."
        )
    )
    [delivered] = _triggered(events, "delivered")
    assert "Boeing 787 Dreamliner" in delivered.actors
    [merge] = _triggered(events, "merge")
    assert merge.actors == ()


def test_how_someone_felt_is_no_event():
    """ "The mayor was impressed." is a state; "was impressed by the plan" is something the
    plan did."""
    events = _events_of_text(
        _after_the_lead("The mayor was deeply impressed.\n\nThe board was impressed by the plan.")
    )
    assert [s for _p, s, _e in events if "impressed" in s] == [
        "The board was impressed by the plan."
    ]


def test_a_count_still_running_is_no_event():
    """ "has raised £12,000 so far", "to date": a total still growing, not a happening;
    a count with its own news ("raised £500 at Saturday's fair") is one."""
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe appeal has raised over £12,000 so far. "
            "So far this season the Kestrels have won nine games. "
            "The shelter has rehomed 300 dogs to date. "
            "The choir raised £500 at a fair on Saturday."
        )
    )
    found = [s for _p, s, _e in events]
    assert not [s for s in found if "so far" in s.lower() or "to date" in s]
    assert _datings(events, "raised") == [("2018-03-03", "explicit")]


def test_so_far_keeps_its_so_in_a_summary():
    """ "So" opens a summary when it means "therefore", and stays in "So far"."""
    events = _events_of_text(
        _one_article("A.\n\nB.\n\nSo far no one has claimed the prize announced on Friday.")
    )
    assert all(not e.summary.startswith("Far") for _p, _s, e in events)


def test_a_participle_after_an_object_is_no_second_event():
    """ "recorded 412 cases reported in one day": "reported" describes the cases; after a
    saying ("said prices jumped in May") the verb is the said event's own."""
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe region recorded 412 new infections reported within one day.\n\n"
            "Traders said prices jumped in May."
        )
    )
    assert not _triggered(events, "reported")
    assert _triggered(events, "jumped")


def test_a_company_named_with_its_legal_form_is_an_actor():
    """ "Acme Corp and Zenith Corp signed": "Acme" is a dictionary word, not here."""
    events = _events_of_text(
        _one_article("A.\n\nB.\n\nAcme Corp and Zenith Corp signed a supply deal on Monday.")
    )
    assert [e.actors for _p, _s, e in events] == [("Acme", "Zenith")]


def test_a_process_since_a_dated_clause_is_after_it():
    """ "has lost 12 ships since the blockade began on Friday": after that Friday."""
    events = _events_of_text(
        _after_the_lead("The navy has lost 12 ships since the blockade began on Friday.")
    )
    assert _datings(events, "lost") == [("2018-03-02", "after")]


def test_the_day_a_state_holds_on_sets_no_lead_time():
    """ "As of Saturday, a loaf cost $2.50": the story's later narration is not that day."""
    events = _events_of_text(
        _one_article(
            "As of Saturday, the average loaf of bread cost $2.50, a survey showed.\n\n"
            "Bakers raised prices twice in the past year.\n\n"
            "We compared the figures and found a weak link."
        )
    )
    assert all(e.date != "2018-03-03" for e in _triggered(events, "compared"))


def test_a_life_story_is_background_not_the_lead_day():
    """After "on Saturday named Maria Tellez", her biography is before the story, not that
    Saturday; "served … before joining the staff in 2019" is before 2019; the lead's own
    sequel ("Tellez thanked the governor") keeps the lead's day."""
    events = _events_of_text(
        _one_article(
            "Governor Ana Ruiz on Saturday named Maria Tellez as the new health secretary.\n\n"
            "Tellez grew up in Fresno. She received her degree in nursing from a state "
            "university. She earned her M.S. in Leeds.\n\n"
            "She served as deputy director of a county hospital before joining the "
            "governor's staff in 2016.\n\n"
            "Tellez thanked the governor for the appointment."
        )
    )
    dating = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    assert dating["grew"] == ("2018-03-05", "before")
    assert dating["received"] == ("2018-03-05", "before")
    assert dating["earned"] == ("2018-03-05", "before")  # a degree written with full stops
    assert dating["served"] == ("2016", "before")
    assert dating["thanked"] == ("2018-03-03", "inferred")


def test_a_sequel_opens_after_the_last_dated_sentence():
    """ "In 2010 … Subsequently, the claim was refuted": after 2010, not in it."""
    events = _events_of_text(
        _after_the_lead(
            "In 2010, the inventor claimed the engine ran on water. Subsequently, the "
            "claim was refuted by two labs. Eventually, both sides settled."
        )
    )
    assert _datings(events, "refuted") == [("2010", "after")]
    assert _datings(events, "settled") == [("2010", "after")]


def test_what_is_said_to_have_happened_is_a_past_event():
    """ "A meteor is said to have landed there in 1911": it landed, in 1911."""
    events = _events_of_text(
        _after_the_lead("A meteor is said to have landed near the town hall in 1911.")
    )
    assert _datings(events, "landed") == [("1911", "explicit")]


def test_a_life_story_goes_on_before_the_story_after_its_background_sentence():
    """ "Lane received her degree in law from a college in Ohio. She also helped organise dock
    workers in Toledo.": the life story goes on, before publication, not on the day the
    lead tells."""
    events = _events_of_text(
        _after_the_lead(
            "Ann Lane received her degree in law from a college in Ohio. She also helped "
            "organise dock workers in Toledo for the port union."
        )
    )
    assert _datings(events, "helped") == [("2018-03-05", "before")]


def test_a_participle_before_a_noun_is_no_event():
    """ "the festival's 9 a.m. scheduled start", "the city's planned opening": adjectives;
    "he's won" is a verb."""
    events = _events_of_text(
        _after_the_lead(
            "A ruling will be given on Thursday ahead of the festival's 9 a.m. scheduled "
            "start. The city's planned opening of the pool drew crowds. This week he's won "
            "two medals."
        )
    )
    assert not _triggered(events, "scheduled") and not _triggered(events, "planned")
    assert _triggered(events, "won")


def test_the_date_of_a_comparison_dates_nothing():
    """ "was recording 65 cases a week, up from 33 a week earlier": the earlier week is the
    figure's; "stepped down from his post last month" is not a comparison."""
    events = _events_of_text(
        _after_the_lead(
            "The index climbed 4%, up from 2% a month earlier. "
            "The chief stepped down from his post last month."
        )
    )
    assert [e.date for e in _triggered(events, "climbed")] == ["2018-03-04"]  # the lead day
    assert [e.date for e in _triggered(events, "stepped")] == ["2018-02"]


def test_a_bare_word_after_the_and_a_name_is_a_noun():
    """ "the Oregon state director", "the Harris campaign office": not "state" as a saying."""
    events = _events_of_text(
        _after_the_lead("She served as the Oregon state director for the party in 2012.")
    )
    assert not _triggered(events, "state")


def test_what_a_speaker_after_the_verb_says_is_told_by_the_saying():
    """ "…, said Ana Ruiz, an economist at …" names who spoke (an apposition after her
    name); "X, speaking on condition of anonymity, said the army was moving tanks" reports
    a clause: either way what is said is the saying's entry, not a second one."""
    events = _events_of_text(
        _one_article(
            "The city has lost power twice this week.\n\n"
            "Ferry bookings have been dented by the strike, said Ana Ruiz, an economist at "
            "the state university.\n\n"
            "Two guards, speaking on condition of anonymity, said the army was moving "
            "tanks near the port."
        )
    )
    said = _triggered(events, "said")
    assert len(said) == 2
    assert "Ana Ruiz" in said[0].actors
    assert not _triggered(events, "dented") and not _triggered(events, "moving")


def test_a_later_sentence_about_the_leads_scene_is_of_its_day():
    """ "has made its first flight" is the news of the day; "The flight lasted forty
    minutes" three paragraphs on narrates that day, while an undated sentence about
    something else stays before it, and "the flight recorders" are no mention of it."""
    events = _events_of_text(
        _one_article(
            "A solar-powered plane built by students has made its first flight.\n\n"
            "The university has spent six years on the project.\n\n"
            "The students designed the wings in a garage.\n\n"
            "The flight lasted forty minutes.\n\n"
            "The flight recorders stored the data.",
            published="Thursday, May 3, 2018",
        )
    )
    assert _datings(events, "lasted") == [("2018-05-03", "inferred")]
    assert _datings(events, "designed") == [("2018-05-03", "before")]
    assert _datings(events, "stored") == [("2018-05-03", "before")]
    # a scene noun inside a name is no scene: "the storm" later is not of the lead's day
    events = _events_of_text(
        _one_article(
            "The Harbour Storm Centre has issued a warning for the coast.\n\n"
            "Shops in the old town closed early because of the rain.\n\n"
            "The storm flooded three streets.",
            published="Thursday, May 3, 2018",
        )
    )
    assert _datings(events, "flooded") == [("2018-05-03", "before")]


def test_what_comes_before_a_saying_with_a_long_tail_is_what_was_said():
    """ "Growth will slow…, a bank said on Tuesday in one of the gloomiest outlooks yet":
    the fronted clause is what was said however long the saying's tail, so a name in it is
    not the speaker; "On Saturday, the carmaker announced …" fronts its date, not a saying,
    and "…, as he talks to …" opens no speaker's saying."""
    events = _events_of_text(
        _after_the_lead(
            "Demand for Orbex Systems chips is set to shrink next year, a Swiss bank said "
            "on Tuesday in one of the gloomiest outlooks yet.\n\n"
            "Sales of Orbex Systems boards will fall too, the bank said, revising its view "
            "of trade.\n\n"
            "On Saturday, the carmaker announced 35 new orders from a leasing firm."
        )
    )
    said = _triggered(events, "said")
    assert [e.date for e in said] == ["2018-02-27", "2018-03-04"]  # Tuesday; the lead's day
    assert not any("Orbex" in a for e in said for a in e.actors)
    assert _datings(events, "announced") == [("2018-03-03", "explicit")]


def _spans(events, trigger):
    """(date, start, end) of each event whose trigger is the word `trigger`."""
    return [(e.date, e.start, e.end) for e in _triggered(events, trigger)]


def test_a_span_of_days_and_a_part_of_a_month_are_read_whole():
    """ "from June 13 to 17", "from 3 to 7 March", "between May 2 and May 4", "Monday
    through Thursday" cover their days, not the first; "early October" and "late 2017" a
    part of the period, not all of it. The date stays what TimeML tags (the first day, the
    month); the bounds say the span. A change of date ("moved from June 13 to June 17")
    is no span, and "earlier this year" is no part of the year."""
    events = _events_of_text(
        _after_the_lead(
            "The festival ran from June 13 to 17 in the old town.\n\n"
            "The trial ran from 3 to 7 February 2018 in the capital.\n\n"
            "Talks were held between May 2 and May 4 in the port.\n\n"
            "The strike lasted Tuesday through Thursday at the mill.\n\n"
            "The assembly will adjourn for its break in early October.\n\n"
            "Sales slumped in late 2017 at the plant.\n\n"
            "The vote was moved from June 13 to June 17 by the council.\n\n"
            "The mill closed earlier this year."
        )
    )
    assert _spans(events, "ran") == [
        ("2017-06-13", "2017-06-13", "2017-06-17"),  # a June after March 2018's is 2017's
        ("2018-02-03", "2018-02-03", "2018-02-07"),
    ]
    assert _spans(events, "held") == [("2017-05-02", "2017-05-02", "2017-05-04")]
    assert _spans(events, "lasted") == [("2018-02-27", "2018-02-27", "2018-03-01")]
    assert _spans(events, "adjourn") == [("2018-10", "2018-10-01", "2018-10-10")]
    assert _spans(events, "slumped") == [("2017", "2017-09-01", "2017-12-31")]
    assert all(e.start == e.end or e.dating != "explicit" for e in _triggered(events, "moved"))
    assert _spans(events, "closed")[-1] == ("2018", "2018-01-01", "2018-12-31")


def test_a_day_without_its_year_is_in_the_year_its_sentence_sets():
    """ "In 2009, the ferry ran aground near Skerry Island, Norway, on July 10": July
    10 of 2009, the finest of the sentence's dates that nest, not 2009 alone nor the July
    the publication date suggests; a day outside the setting keeps the tagger's year."""
    events = _events_of_text(
        _after_the_lead(
            "In 2009, the ferry ran aground near Skerry Island, Norway, on July 10.\n\n"
            "In 2011 the yard closed, and on March 3 its owner fled."
        )
    )
    assert _datings(events, "ran") == [("2009-07-10", "explicit")]
    assert _datings(events, "fled") == [("2011-03-03", "explicit")]


def test_a_verb_under_a_modal_further_back_is_only_possible():
    """ "we could see three big storms form": "could" governs "form" five words on;
    the release, with its Thursday, stays."""
    events = _events_of_text(
        _after_the_lead("An outlook issued Thursday suggests we could see three big storms form.")
    )
    assert not _triggered(events, "form")
    assert _datings(events, "issued") == [("2018-03-01", "explicit")]


def test_a_quote_running_over_sentences_is_said_not_told():
    """ "“… He ran the drills, I ran the team. He signed the forms.” Ruiz said." — the
    middle sentences are inside the quote: the saying's, not happenings of their own. A
    quote opened with a straight mark and closed with a curly one ends there: what follows
    is narrative again."""
    events = _events_of_text(
        _after_the_lead(
            '"He is a fine coach," Ruiz said. "We get along, but he stayed on the pitch. '
            "He ran the drills, I ran the team. He signed the forms, "
            "I signed the cheques.\u201d\n\n"
            'Rates will stay "under review,\u201d the bank said. It raised rates on Friday.'
        )
    )
    assert not _triggered(events, "ran") and not _triggered(events, "signed")
    assert _datings(events, "raised") == [("2018-03-02", "explicit")]


def test_a_contracted_negation_denies_the_happening():
    """ "hasn't forgotten", "didn’t win", "can't be made": negated like "has not"."""
    events = _events_of_text(
        _after_the_lead(
            "Ruiz hasn't forgotten the defeat.\n\n"
            "The club didn’t win the final on Saturday.\n\n"
            "A ruling can't be made yet, officials said."
        )
    )
    assert not _triggered(events, "forgotten")
    assert not _triggered(events, "win") and not _triggered(events, "made")


def test_since_then_and_a_coming_occasion_named_by_its_date():
    """ "Since then, the town has become consumed by the fight" is after the death the story
    dated (one entry: "become" is the participle's copula); "before the May 3 vote" names
    the coming vote, in May of this year, not last year's, and dates no other verb."""
    events = _events_of_text(
        _one_article(
            "The mayor died on Friday, March 2.\n\n"
            "Since then, the town has become consumed by the fight over her seat.\n\n"
            "Councillors hope to pick a successor quickly, possibly before the May 3 vote.",
            published="Monday, March 5, 2018",
        )
    )
    assert _datings(events, "consumed") == [("2018-03-02", "after")]
    assert not _triggered(events, "become")
    votes = [e for _p, s, e in events if "May 3" in s and e.date]
    assert [(e.date, e.dating) for e in votes] == [("2018-05-03", "explicit")]


def test_a_possibility_looks_ahead_to_the_date_a_noun_names():
    """ "may still be battling the virus when the storm season begins June 1", written in
    March: the coming June 1, not last year's."""
    events = _events_of_text(
        _after_the_lead(
            "Towns may still be battling the outbreak when the storm season officially begins "
            "June 1."
        )
    )
    dated = [e for _p, s, e in events if "June 1" in s and e.dating == "explicit"]
    assert dated and {e.date for e in dated} == {"2018-06-01"}


def test_a_span_whose_ends_got_their_years_apart_is_one_span():
    """ "ran from June 30 to July 2", written on June 18: the tagger reads the past June 30
    as last year's and July 2 as this year's; the span is last year's, three days. "Dec. 30
    to Jan. 2" crosses into the next year."""
    events = _events_of_text(
        _one_article(
            "The fair ran from June 30 to July 2 in the old town.\n\n"
            "The market ran from Dec. 30 to Jan. 2 in the square.",
            published="Thursday, June 18, 2020",
        )
    )
    assert _spans(events, "ran") == [
        ("2019-06-30", "2019-06-30", "2019-07-02"),
        ("2019-12-30", "2019-12-30", "2020-01-02"),
    ]


def test_a_clock_time_is_on_the_day_named_nearest_and_a_possessive_owns_a_noun():
    """ "the agency's announcement on Friday that it will close the line between 2 a.m. and 4
    a.m. starting on Wednesday, May 6": the plan is May 6's (the clock times sit by it, not
    by the Friday the tagger met first), told in the "that" clause after the
    announcement; "announcement" after a possessive is a noun, one entry (the statement)."""
    events = _events_of_text(
        _one_article(
            "Officials met on Friday.\n\n"
            "This follows the agency's announcement on Friday that it will close the "
            "tram line nightly between 2 a.m. and 4 a.m. starting on Wednesday, May 6.",
            published="Saturday, May 2, 2020",
        )
    )
    assert _datings(events, "close") == [("2020-05-06", "explicit")]
    assert [e.type for e in _triggered(events, "announcement")] == ["statement"]


def test_a_clause_that_opens_with_no_denies_its_happening():
    """ "No injuries were reported", "…, and no arrests were made", "A van driven by Ann Lee,
    no age or address reported, hit a deer": nothing was reported, no one was arrested."""
    events = _events_of_text(
        _after_the_lead(
            "A van driven by Ann Lee, no age or address reported, hit a deer on Friday.\n\n"
            "The van was towed from the scene, and no arrests were made.\n\n"
            "No injuries were reported."
        )
    )
    assert not _triggered(events, "reported") and not _triggered(events, "made")
    assert _datings(events, "hit") == [("2018-03-02", "explicit")]


def test_predictions_likenesses_and_comparatives_are_no_happenings():
    """ "Thursday is forecast to be wetter still" predicts; "looked as if spring had
    come early" compares; "two degrees lower than Tuesday's" is an adjective, not "lower" the
    verb. The cold that came on Tuesday is the happening."""
    events = _events_of_text(
        _after_the_lead(
            "A cold wave struck the coast on Tuesday.\n\n"
            "Thursday is forecast to be wetter still, with highs two degrees lower than "
            "Tuesday's.\n\n"
            "Residents said the park looked as if spring had come early to the town."
        )
    )
    assert not _triggered(events, "forecast") and not _triggered(events, "lower")
    assert not _triggered(events, "descended")
    assert _datings(events, "struck") == [("2018-02-27", "explicit")]


def test_a_verb_before_a_temporal_clause_is_no_participle():
    """ "Her sister died in 2013 after the cancer had spread": "had" is the cancer's, in a
    clause of its own, so "died" is the sentence's verb (it was read as a participle like
    "events created on a laptop would be sent") and keeps its 2013."""
    events = _events_of_text(
        _after_the_lead("Her sister died in 2013 after the cancer had spread to her liver.")
    )
    assert _datings(events, "died") == [("2013", "explicit")]


def test_review_cases_of_this_sessions_rules():
    """Edge cases of the rules above, each once wrong: a contracted negation with "until"
    ("wasn't finished until 1932": finished in 1932, and no crash); a figure's inch mark is
    no open quote; written years of a span stay ("from March 2015 to May 2017"); a figure
    after a date is no span's end ("on March 1 to 5 per cent"), nor a change of date
    ("postponed from 13 to 17 February"); "No 10 said" is Downing Street speaking; a
    happening before a noun's date ("filed suits before the Nov. 3 vote") keeps it."""
    events = _events_of_text(
        _one_article(
            "The bridge wasn't finished until 1932.\n\n"
            'The 6" pipe burst on Monday. Crews fixed it on Tuesday.\n\n'
            "The roadworks lasted from March 2015 to May 2017 in the region.\n\n"
            "The bank raised its key rate on March 1 to 5 per cent.\n\n"
            "The vote was postponed from 13 to 17 February.\n\n"
            "No 10 said the talks would resume.\n\n"
            "Lawyers filed dozens of suits before the Nov. 3 vote.",
            published="Thursday, June 18, 2020",
        )
    )
    assert _datings(events, "finished") == [("1932", "explicit")]
    assert _datings(events, "fixed") == [("2020-06-16", "explicit")]
    assert _spans(events, "lasted") == [("2015-03", "2015-03-01", "2017-05-31")]
    assert _spans(events, "raised") == [("2020-03-01", "2020-03-01", "2020-03-01")]
    assert all(e.start == e.end for e in _triggered(events, "postponed"))
    assert _triggered(events, "said")
    assert _triggered(events, "filed")


def test_a_present_verb_takes_no_date_from_the_clause_it_introduces():
    """ "A timeline published on Wednesday – at the council's request – shows the files were
    asked for in February": February is when the files were asked for; the showing has no
    date of its own (it was once dated the coming February, after publication)."""
    events = _events_of_text(
        _one_article(
            STORY_LEAD + "A timeline published by the council on Wednesday – at the bidding of the "
            "auditors – shows the files were asked for in February.\n\n"
            "The firm plans to halve its emissions by 2030.\n\n"
            "My column becomes the most shared of the month, the replies still being "
            "interesting today.",
            published="Wednesday, November 8, 2023",
        )
    )
    assert not _triggered(events, "shows")
    assert _datings(events, "asked") == [("2023-02", "explicit")]
    assert _triggered(events, "plans")  # "to halve": no finite verb between
    assert not _triggered(events, "interesting")  # after "being": an adjective


def test_firing_weapons_is_an_attack_and_firing_staff_a_departure():
    events = _events_of_text(
        _after_the_lead(
            "Troops fired tear gas at the marchers on Friday.\n\n"
            "Police fired on the crowd on Saturday.\n\n"
            "The club fired its coach on Sunday."
        )
    )
    assert [e.type for e in _triggered(events, "fired")] == ["attack", "attack", "appointment"]


def test_a_coming_period_a_deed_sets_is_not_its_date_nor_moved_back_a_year():
    """Written on July 9: "ordered a curfew from July 12 to July 18" — the curfew's days
    are this year's coming ones, not the ordering's (once read as July 2019, a year back
    for a past verb); the order is the story's, at publication. The year of a law's title
    ("the Harbour Regulation, 2020") dates nothing either."""
    events = _events_of_text(
        _one_article(
            "Under the Harbour Regulation, 2020, the mayor ordered a curfew from "
            "July 12 to July 18 in the port.\n\n"
            "The council imposed a curfew starting July 12 on Wednesday.\n\n"
            "The mayor sold her house in August.",
            published="Thursday, July 9, 2020",
        )
    )
    assert _datings(events, "ordered") == [("2020-07-09", "inferred")]
    assert _datings(events, "imposed") == [("2020-07-08", "explicit")]
    assert _datings(events, "sold") == [("2019-08", "explicit")]  # a bare month: last year's


def test_a_year_names_which_thing_but_dates_a_happening():
    """ "backed up the 2009 report" says which report, not when anyone backed it ("report"
    is a verb's form too, which once made the year date the backing); "the 2009 crash"
    dates the crash, and "In this May 1, 2017 file photo" the scene."""
    events = _events_of_text(
        _after_the_lead(
            "In April, the cardinal quashed that hope, insisting that the pope backed up "
            "the 2009 report.\n\n"
            "The loss of the ferry invites comparisons with the 2009 crash of a boat in "
            "the strait.\n\n"
            "In this May 1, 2017 file photo, advocates speak out at a rally."
        ),
    )
    assert "2009" not in _dates(events, "quashed")
    assert ("accident", "2009") in [(e.type, e.date) for e in _triggered(events, "invites")]
    assert _datings(events, "speak") == [("2017-05-01", "explicit")]


def test_a_noun_ending_in_ly_is_no_adverb_before_a_verb():
    """ "the recently announced phone": an adverb between a determiner and a participle
    makes it an adjective; "His family launched", "The assembly approved" have a noun
    there that only ends like an adverb."""
    assert is_verb_in("His family launched a fundraiser.", "launched")
    assert is_verb_in("The assembly approved the budget.", "approved")
    assert is_verb_in("Their ally signed the pact.", "signed")
    assert not is_verb_in("The recently announced phone sold out.", "announced")
    assert not is_verb_in("The newly elected mayor spoke.", "elected")


def test_a_participle_after_a_preposition_is_an_adjective():
    """ "a mix of causes, including increased emissions", "rose with increased
    demand": the participle describes a noun; nothing increased that day. Not after "to"
    ("to cut costs") nor "by" (an agent)."""
    assert not is_verb_in("They blamed factors, including increased emissions.", "increased")
    assert not is_verb_in("Prices rose with increased demand.", "increased")
    assert not is_verb_in("Aid went to injured workers.", "injured")
    assert is_verb_in("The officers injured two people.", "injured")
    assert is_verb_in("Demand increased sharply.", "increased")
    # a participle that serves as a preposition: "given the losses", "following the vote"
    assert not is_verb_in("Swaps will be popular this summer given the losses.", "given")
    assert not is_verb_in("The mayor resigned following the vote.", "following")
    assert is_verb_in("The club has given the coach a contract.", "given")
    assert is_verb_in("The prize was given to Ann Lake.", "given")


def test_a_names_words_count_once_between_a_saying_and_its_date():
    """ "“I did nothing wrong,” Ray Holt told a group of Harbour Morning Gazette editors on
    March 3, 1981": whom he told, then when; the name's words counted one by one made it a
    clause of what was said, and the saying fell to publication. Six plain words still do
    ("says poor towns still get money under the 1970s rules")."""
    events = _events_of_text(
        _one_article(
            "Voters met on Sunday.\n\n"
            "“I did nothing wrong,” Governor Ray Holt told a group of Harbour Morning Gazette "
            "editors on March 3, 1981."
        )
    )
    assert _datings(events, "told") == [("1981-03-03", "explicit")]


def test_a_word_ending_in_us_or_is_is_no_third_person():
    """ "focus", "census", "crisis", "Chris" are no "-s" form of "focu", "censu", "crisi":
    read so, a caption's "Chris" was a finite verb and the caption's noun an event ("(From
    L) Chris Dale and Ann Ruiz at the debate on Monday")."""
    from dateline.store.extract.verbs import guess_form

    for word in ("focus", "census", "bonus", "crisis", "Chris"):
        assert guess_form(word)[1] == "base", word
    assert guess_form("delivers") == ("deliver", "s")  # a third person still is one


def test_a_word_of_its_own_is_no_past_and_a_verb_before_its_object_no_adjective():
    """ "the lightning-fast speed that the site is known for convinced us": "speed" is no
    past of "spe" (nor "exceed", "hundred", "sacred" of anything), and "convinced" after the
    clause's closing "for" takes an object, so it is the verb; "stepping on Rodgers' left
    leg": after a possessive apostrophe, "left" describes the leg."""
    from dateline.store.extract.verbs import guess_form

    for word in ("speed", "exceed", "hundred", "sacred", "indeed"):
        assert guess_form(word)[1] == "base", word
    assert guess_form("tweeted")[1] == "past"  # a verb's ending still is one
    assert guess_form("proceeded") == ("proceed", "past")
    assert not is_verb_in("The lightning-fast speed won us over.", "speed")
    assert is_verb_in("The speed the site is known for convinced us to switch.", "convinced")
    assert is_verb_in("The speed the site is known for convinced the team to switch.", "convinced")
    assert not is_verb_in("Aid went to injured workers.", "injured")  # still an adjective
    assert not is_verb_in("He was seen treading on Rodgers' left ankle.", "left")
    assert not is_verb_in("The Joneses’ planned party was called off.", "planned")
    assert is_verb_in("The Rodgers left the city on Monday.", "left")
    # a figure set beside another: "34 deaths in May compared to four in April"
    assert not is_verb_in("There were 34 deaths in May compared to four in April.", "compared")
    assert is_verb_in("Analysts compared the two phones.", "compared")
    assert is_verb_in("The plan was compared to a fire sale.", "compared")
    events = _events_of_text(
        _after_the_lead("The lightning-fast speed the site is known for convinced us to switch.")
    )
    assert [e.trigger for _p, s, e in events if "speed" in s] == ["convinced"]


def test_a_plural_noun_of_a_reporting_verb_is_no_saying():
    """ "amid reports of looting", "the states of Bavaria and Hesse", "according to local
    news reports", "the body-shaming comments turned into bullying", "Published estimates
    put the share at 40 percent": nouns, no one reports, states or comments. A verb that
    takes "of" still speaks ("The mayor speaks of progress", "whom it accuses of hiding"),
    a name ending in -ing still says ("Boeing says"), and a sentence may open with a
    participle that is no adjective ("Founded in 1990, …", "Asked what he learned, …")."""
    assert not is_verb_in("The fires come amid reports of looting.", "reports")
    assert not is_verb_in("Parts of the German states of Bavaria and Hesse flooded.", "states")
    assert not is_verb_in("The town was hidden in smoke, according to news reports.", "reports")
    assert not is_verb_in("The body-shaming comments turned into bullying.", "comments")
    assert not is_verb_in("Published estimates put the share at 40 percent.", "estimates")
    assert not is_verb_in("Published estimates put the share at 40 percent.", "Published")
    assert not is_verb_in("Armed men stormed the bank.", "Armed")
    assert is_verb_in("The mayor speaks of progress.", "speaks")
    assert is_verb_in("It names the fighters whom it accuses of hiding in schools.", "accuses")
    assert is_verb_in("Boeing says it will deliver the jet.", "says")
    assert is_verb_in("Founded in 1990, the firm grew fast.", "Founded")
    assert is_verb_in("Asked what he learned, the coach shrugged.", "Asked")
    assert is_verb_in("According to police the man fled.", "fled")


def test_shares_before_a_bracketed_ticker_or_a_figure_are_a_noun():
    """ "Orbex shares (ORB) slid $3.20 in late trading": the shares slid, nobody shares
    anything (a saying at publication took the sentence); the bracket is skipped, and a past
    read as a participle counts before a figure, not before a noun it may describe ("Lee
    shares used books with pupils")."""
    events = _events_of_text(
        _after_the_lead(
            "Orbex shares (ORB) slid $3.20 in late trading on Friday.\n\n"
            "Kestrel shares slid 4 percent on Thursday.\n\n"
            "Mr Vance (pictured) fled the court on Friday."
        )
    )
    assert not _triggered(events, "shares"), _triggered(events, "shares")
    assert [e.type for e in _triggered(events, "slid")] == ["financial", "financial"]
    assert _datings(events, "fled") == [("2018-03-02", "explicit")]


def test_a_stock_is_no_happening_and_to_deal_with_is_no_deal():
    """ "a top stock to buy for 2015" tells no financial event in 2015 ("stock" and "shares"
    only type the verb beside them: "Boeing shares fell on Monday" is financial); "a plan to
    deal with cyber threats" is no acquisition (the verb "deal" is another word), while
    "reached a deal with Iran" is one and "went to trial in May" is legal; "Apple shares
    fell" is a fall, not "shares" as a verb."""
    events = _events_of_text(
        _after_the_lead(
            "Analysts call Acme a top stock to buy for 2015.\n\n"
            "Boeing shares fell 5 percent on Monday.\n\n"
            "The bank on Friday set out a plan to deal with fraud.\n\n"
            "The firm reached a deal with Iran on Tuesday.\n\n"
            "The case went to trial in May."
        )
    )
    got = {s.split()[1]: (e.trigger, e.type) for _p, s, e in events}
    assert not [e for _p, s, e in events if s.startswith("Analysts") and e.date == "2015"]
    assert got["shares"] == ("fell", "financial"), got
    assert got["bank"][1] != "acquisition", got
    assert got["firm"] == ("reached", "acquisition"), got
    assert got["case"] == ("went", "legal"), got


def test_a_verb_takes_no_date_from_the_clause_it_takes_as_object():
    """ "invited the auditors to explain how a test in 2015 grew into a full migration": 2015
    is the test's, not the inviting's; a relative clause's date still tells the sentence's news
    ("Police arrested a man who fled on Monday")."""
    events = _events_of_text(
        _after_the_lead(
            "The board invited the auditors to explain how a test in 2015 grew into a full "
            "migration.\n\n"
            "Police arrested a man who fled the scene on Monday."
        )
    )
    assert "2015" not in [e.date for e in _triggered(events, "invited")]
    assert "2018-03-05" in _dates(events, "Police arrested")


def test_a_change_over_the_last_years_is_a_trend_not_a_happening():
    events = _events_of_text(
        _after_the_lead(
            "Burglary rates nearly doubled in the last eight years.\n\n"
            "The port has lost more than 500 jobs over the past two years.\n\n"
            "The port cut 40 jobs in the past week.\n\n"
            "Protests have been building up in recent months.\n\n"
            "The clerk has sent 14 letters in the past year.\n\n"
            "The mayor was elected in the past year."
        )
    )
    assert not _triggered(events, "doubled") and not _triggered(events, "lost")
    assert not _triggered(events, "building") and not _triggered(events, "sent")
    assert _triggered(events, "cut")  # one week: a happening
    assert _triggered(events, "elected")  # once, within the year


def test_guesses_at_what_will_come_are_not_plans():
    """ "will surely be praised", "could bring flooding on Friday": guesses, not
    happenings or plans; "will vote on Friday" is a plan, and "a letter in May" a letter."""
    events = _events_of_text(
        _after_the_lead(
            "The review will surely be praised by most members.\n\n"
            "The storm could bring flooding to the coast on Friday.\n\n"
            "The council will vote on the plan on Friday.\n\n"
            "A letter in May urged staff to stay home so they could stay safe."
        )
    )
    assert not _triggered(events, "welcomed")
    assert not [e for _p, s, e in events if "could bring" in s]
    assert _datings(events, "vote") == [("2018-03-09", "explicit")]
    # one entry, last May's ("so they could stay safe" looks ahead from no letter)
    assert [e.date for _p, s, e in events if "letter" in s] == ["2017-05"]


def test_a_pluperfect_takes_its_fronted_date_and_is_no_time_for_what_follows():
    """ "On Tuesday, the opposition leader had alleged …" happened on Tuesday (it was put
    "before" the story's day); it is a look back, so the next sentence stays on the story's
    Wednesday. "gathered on Friday after the couple had arrived" keeps its Friday for
    what follows."""
    events = _events_of_text(
        _one_article(
            "The council imposed a curfew on Wednesday.\n\n"
            "On Tuesday, the opposition leader Ann Lee had alleged that the council was hiding "
            "figures. A spokesman for the mayor rejected the claim.\n\n"
            "A crowd gathered outside the hall on Friday after the mayor had arrived. Police "
            "detained two men.",
            published="Thursday, July 9, 2020",
        )
    )
    assert _datings(events, "alleged") == [("2020-07-07", "explicit")]
    assert _datings(events, "rejected") == [("2020-07-08", "inferred")]
    assert _dates(events, "Police detained") == ["2020-07-03"]


def test_a_short_aside_in_brackets_cuts_no_clause():
    """ "The Flood Watch Network (FWN) has issued warnings": the short form in
    brackets is no clause boundary (the summary read "Has issued warnings …", its subject
    lost), and "At a July 14 hearing, Rep. Ann Lee (R-Ga.) pressed for …" keeps its day."""
    events = _events_of_text(
        _after_the_lead(
            "The Flood Watch Network (FWN) has issued warnings of floods.\n\n"
            "At a July 14 hearing in the subcommittee, Rep. Ann Lee (R-Ga.) pressed for a "
            "faster pace."
        )
    )
    [issued] = _triggered(events, "issued")
    assert issued.summary.startswith("The Flood Watch Network (FWN) has issued")
    assert _dates(events, "faster pace") == ["2017-07-14"]  # one entry, the hearing's day


def test_a_coming_day_is_not_read_back_a_year_for_a_verb_of_another_clause():
    """Written on Tuesday, April 21: "a protest set for Friday" and "ahead of a Nov. 17
    meeting" are coming days; "starting with a rally on May 1 — the target the mayor set"
    dates the rally, not the setting of the target (which was read as May 1 a year back);
    "But in April, the board sold the land" still dates the sale by its opening April."""
    events = _events_of_text(
        _one_article(
            "Organizers announced a protest at the town hall set for Friday.\n\n"
            "The county sent the maps well ahead of the Nov. 17 meeting.\n\n"
            "The group will lobby lawmakers, starting with a rally at the capitol on May 1 — "
            "the target the mayor set for reopening.\n\n"
            "But in April, the board sold the land.",
            published="Tuesday, April 21, 2020",
        )
    )
    assert "2020-04-24" in _dates(events, "set for Friday")
    assert _dates(events, "Nov. 17 meeting") == ["2020-11-17"]
    assert "2019-05-01" not in _dates(events, "the target the mayor set")
    assert _datings(events, "sold") == [("2020-04", "explicit")]


def test_a_saying_made_at_the_time_is_dated_by_the_time_told():
    """ "…,” Ann Lee told reporters at the time": the saying was made then, in the July the
    story has told, not at publication ("At the time, …" opening a sentence was read so)."""
    events = _events_of_text(
        _after_the_lead(
            "The trust met in July to discuss the bus plan.\n\n"
            "“We were promised a fast service and this is not it,” Ann Lee told reporters "
            "at the time."
        )
    )
    assert _datings(events, "told") == [("2017-07", "inferred")]


def test_a_fronted_since_dates_the_main_clause_perfect_after_it():
    """ "Since 2015, the union has protested twice": after 2015 (was "before" publication,
    the "since" read only after the verb)."""
    events = _events_of_text(_after_the_lead("Since 2015, the union has protested twice."))
    assert _datings(events, "protested") == [("2015", "after")]


def test_a_scene_in_a_relative_clause_is_no_happening():
    """ "Ben Ode, who was swimming with Lane, told the paper …": the surfing sets the
    scene of the saying; it became an entry of its own, "before" publication."""
    events = _events_of_text(
        _after_the_lead(
            "Ben Ode, who was swimming with the victim, told the paper the shark swam off."
        )
    )
    assert not _triggered(events, "swimming")
    assert _triggered(events, "told")


def test_a_headline_line_tells_no_saying():
    """A teaser's headline in the body ("Harbour Trust promises to cut ferry fares"), a line
    of a few words with no closing stop, is no saying at publication; a sentence is."""
    events = _events_of_text(
        _after_the_lead(
            "Harbour Trust promises to cut ferry fares\n\n"
            "The Harbour Trust promises to cut ferry fares, its chairman says."
        )
    )
    assert [s for _p, s, e in events if e.type == "statement"] == [
        "The Harbour Trust promises to cut ferry fares, its chairman says."
    ]


@pytest.mark.parametrize(
    "sentence, summary",
    [
        # an unnamed speaker after the verb, a phrase longer than the 40 characters once
        # read: its last word kept whole
        (
            '"She roamed the widest of all the lynxes," said one of the vets who cared for '
            'the lynx. "Her loss leaves a gap."',
            "One of the vets who cared for the lynx said: “She roamed",
        ),
        # a name after a preposition does not speak ("Ann Lee said: …" once, a quote she
        # never gave)
        (
            "“The pair stayed until the final song and left by taxi,” a source close "
            "to Ann Lee said.",
            "A source close to Ann Lee said: “The pair",
        ),
        ("Tom Ray of Acme Shipping said the ferry would sail on Friday.", "Tom Ray"),
        # the person a title names speaks, not the place before the title ("Valmoria said")
        (
            "“Based on the signals we have, the wreck lies in the bay,” Valmoria "
            "search-and-rescue director Tomas Erwin said.",
            "Tomas Erwin said: “Based on the signals",
        ),
    ],
)
def test_a_saying_is_summarised_under_who_speaks(sentence, summary):
    events = _events_of_text(_after_the_lead(sentence))
    [said] = _triggered(events, "said")
    assert said.summary.startswith(summary)


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        ("“The pier will close for a month,” Ana Ruiz told Reuters.", "Ana Ruiz told Reuters: “"),
        (
            "“It felt like a trap,” Ali Noor told the Harbour Gazette while waiting at the gate.",
            "Ali Noor told the Harbour Gazette: “",
        ),
        # whom she told runs long, or is not given: the summary says she said it
        (
            "“We expect a long winter,” Mayor Ida Berg told a meeting of the county transport "
            "and roads board in Avonford.",
            "Ida Berg said: “",
        ),
        ("“The bridge is safe to cross again,” Lee Tran told.", "Lee Tran said: “"),
        # a verb that reads whole on its own keeps its word
        ("“We will appeal this ruling,” Kim Soto warned.", "Kim Soto warned: “"),
    ],
)
def test_a_sayings_summary_says_whom_it_was_told(sentence, summary):
    """ "Ana Ruiz told: “…”" reads as a line cut short: a verb of telling keeps whom it
    names, or the summary says "said"."""
    events = _events_of_text(_after_the_lead(sentence))
    [said] = [e for _p, _s, e in events if e.type == "statement"]
    assert said.summary.startswith(summary)


def test_one_clause_tells_one_happening_whatever_its_verbs_guess():
    """ "He decided dogs will no longer be allowed in" is the decision, not a decision
    before publication and an allowing after it; but a clause of its own ("who had fled",
    "as she left the court, she said") keeps its own date."""
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\n"
            "The founder's niece runs the cafe now, and she decided dogs will no longer be "
            "allowed in any of its 12 shops.\n\n"
            "The mayor, who had promised a new bridge, said the work would start soon."
        )
    )
    decided = [e for _p, s, e in events if "decided" in s]
    assert len(decided) == 1 and decided[0].dating != "after"
    mayor = sorted((e.trigger, e.dating) for _p, s, e in events if "mayor" in s)
    assert mayor == [("promised", "before"), ("said", "inferred")]


def test_the_headline_repeated_as_the_first_line_tells_nothing():
    """A page that prints its headline again above the story ("Ferry operator sued over
    late sailings") gives no entry for it: the story's own sentences tell what happened."""
    text = (
        "Ferry operator sued over late sailings\nMonday, March 5, 2018\n\n"
        "Ferry operator sued over late sailings\n\n"
        "Commuters sued the ferry operator on Monday over a year of late sailings.\n"
    )
    events = _events_of_text(text)
    assert [s for _p, s, _e in events] == [
        "Commuters sued the ferry operator on Monday over a year of late sailings."
    ]


def test_a_summary_keeps_what_was_said_and_leaves_the_dateline_out():
    """ "The ferry firm said in a statement that …" is summarised with what it said, not cut
    after "statement"; "HARBOUR CITY, Ruritania/PORTVILLE (Reuters) - Divers found …" starts at
    the story, and a name with a hyphen ("SAG-AFTRA") is no dateline."""
    events = _events_of_text(
        _one_article(
            "HARBOUR CITY, Ruritania/PORTVILLE (Reuters) - Divers found the wreck on "
            "Sunday.\n\nThe ferry firm said in a statement that the search would resume.\n\n"
            "SAG-AFTRA sought to offset the hardship on Monday."
        )
    )
    summaries = [e.summary for _p, _s, e in events]
    assert "Divers found the wreck on Sunday." in summaries
    assert "The ferry firm said in a statement that the search would resume." in summaries
    assert any(s.startswith("SAG-AFTRA sought") for s in summaries)


@pytest.mark.parametrize("verb", ["cautioned", "reiterated", "reminded senators", "countered"])
def test_more_verbs_of_saying_tell_statements(verb):
    """ "He cautioned that …", "Lee reminded MPs that …": sayings, not an order or
    an untyped happening."""
    events = _events_of_text(
        _one_article(f"A.\n\nB.\n\nThe minister {verb} that the reserves were low.")
    )
    assert [e.type for _p, _s, e in events] == ["statement"]


def test_a_coming_fixture_and_a_followed_by_link_are_of_the_coming_date():
    """ "will face Rovers on June 4 followed by an away game": one coming match on the
    coming June 4, not also a past one a year before ("followed by" links, it tells nothing)."""
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe team will face Rovers on June 4 followed by an away game "
            "at Dunmore three days later."
        )
    )
    assert sorted((e.date, e.dating) for _p, _s, e in events) == [("2018-06-04", "explicit")]


def test_a_long_sentences_summary_keeps_its_subject():
    """A summary of a long sentence starts at its subject when the clause fits, not mid-way
    ("…last year pledged to be carbon neutral by 2040" lost who pledged)."""
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe retailer, which runs the largest delivery fleet in the region, "
            "last year pledged to be carbon neutral by 2035 and to buy 80,000 electric vans."
        )
    )
    [pledged] = [e for _p, _s, e in events if e.trigger == "pledged"]
    assert pledged.summary.startswith("The retailer")


def test_an_item_whose_only_text_is_its_title_still_tells_its_event():
    """A feed item whose text is its title tells that event (only a headline printed again
    above more story is furniture); and "Some said that …" still reports what follows."""
    text = "Police arrested a man in Leeds on Friday.\nMonday, March 5, 2018\n\n"
    text += "Police arrested a man in Leeds on Friday.\n"
    assert [e.type for _p, _s, e in _events_of_text(text)] == ["legal"]
    from dateline.store.extract.clauses import reported_span, tokenise

    sentence = "Some said that police had arrested a man."
    tokens = tokenise(sentence)
    lo, hi = reported_span(tokens, [t[2] for t in tokens].index("said"))
    assert sentence[lo:hi].startswith("that police")


# (article body, publication line, [(type, words in the sentence, (date, dating))]): each
# sentence dated by its own words, against the story's day it would otherwise take
_DATED_BY_THEIR_WORDS = {
    # "has just been found", "has now tested negative": done as the story is published,
    # not some time before it ("has objected" is)
    "just and now": (
        "The ferry sank on Saturday.\n\nA second boat has reportedly just been found near the "
        "harbour.\n\nThe captain has now tested negative for alcohol.\n\nThe union has "
        "objected to the schedule.",
        None,
        [
            ("other", "just been found", ("2018-03-05", "inferred")),
            ("other", "tested negative", ("2018-03-05", "inferred")),
            ("other", "has objected", ("2018-03-05", "before")),
        ],
    ),
    # "relatives say" is said as the story comes out, not on the day of the shooting it
    # tells; a live blog's update opened by its time tells its perfect as that day's news
    "present saying and live update": (
        "Two men were shot dead on Saturday in the harbour district.\n\nPolice have not "
        "identified the victims, but relatives say one was a fisherman.\n\n02.10 Storms "
        "have forced rescuers to suspend the search for the night.",
        None,
        [
            ("statement", "relatives say", ("2018-03-05", "inferred")),
            ("other", "have forced", ("2018-03-05", "inferred")),
        ],
    ),
    # what happened "recently" is before publication, not on the story's day
    "recently": (
        "The ferry sank on Saturday.\n\nIts captain recently moved to the port.",
        None,
        [("other", "recently moved", ("2018-03-05", "before"))],
    ),
    # what "prior work" found is before the news the lead tells, in the present perfect too
    "prior work": (
        "Scientists have unearthed a stone tool coated in tar.\n\nPrior work has found "
        "traces of tar on two older tools.",
        None,
        [
            ("other", "have unearthed", ("2018-03-05", "inferred")),
            ("other", "Prior work", ("2018-03-05", "before")),
        ],
    ),
    # "Last year, … in October" is last year's October; a round-up's dateline ("BEAVERTON --")
    # is where, not who
    "last year": (
        "The ferry sank on Saturday.\n\nLast year, the crew toured the coast in October."
        "\n\nKESTREL -- Halvorsen Shipping gave $5,000 to the harbour fund.",
        None,
        [
            ("other", "toured the coast", ("2017-10", "explicit")),
            ("other", "gave $5,000", ("2018-03-03", "inferred")),
        ],
    ),
    # "affirmed in an interview" is said for the story, not in the year the sentence before
    # told
    "affirmed": (
        "The ferry sank on Saturday.\n\nHer notebooks show the hull was patched in 2012. Ann "
        "Lake affirmed in an interview that she had warned the owners.",
        None,
        [("statement", "affirmed", ("2018-03-05", "inferred"))],
    ),
    # "1990s ferries" says which ferries, not when they were bought
    "a decade before a noun": (
        "The ferry sank on Saturday.\n\nIts owners bought 1990s ferries from a lessor.",
        None,
        [("acquisition", "bought 1990s", ("2018-03-03", "inferred"))],
    ),
    # "Later that day" is the day the sentence before tells (Nov. 14), not the deadline it
    # looks ahead to
    "later that day": (
        "The mayor disclosed her plans in an interview published on Nov. 14, ahead of the "
        "sign-up cutoff at noon on Nov. 15. Later that day came the launch of her "
        "deputy's bid.",
        "Monday, December 30, 2019",
        [("launch", "Later that day", ("2019-11-14", "explicit"))],
    ),
    # "a 2014 study warned" warned in 2014; "the 2009 report" only says which report
    "a study of a year": (
        "Fires raged on Saturday.\n\nLogging could make fires common, a 2014 study warned."
        "\n\nCiting the 2009 report, the minister resigned on Sunday.",
        None,
        [
            ("statement", "study warned", ("2014", "explicit")),
            ("appointment", "resigned", ("2018-03-04", "explicit")),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(_DATED_BY_THEIR_WORDS))
def test_a_sentence_is_dated_by_its_own_words(case):
    body, published, expected = _DATED_BY_THEIR_WORDS[case]
    text = _one_article(f"A.\n\nB.\n\n{body}", *([published] if published else []))
    events = _events_of_text(text)
    for etype, words, when in expected:
        assert _when(events, type=etype, contains=words) == when, words
    assert not [e for _p, _s, e in events if {"KESTREL", "Kestrel"} & set(e.actors)]


def test_a_saying_after_its_quote_names_the_person_who_speaks():
    """Feature writing puts the verb after the quote, in the present too ("“…,” says Karen
    Holt"); the speaker is the person a title names ("said Northwind senior vice president
    Karen Holt": not Northwind), and "Karen Holt of Northwind Airlines" is Karen Holt. A
    plural noun opening a sentence ("Talks between …") is no saying."""
    events = _events_of_text(
        _after_the_lead(
            "“We plan to grow our routes across the region,” says Karen Holt.\n\n"
            "“We are opening the first new plant this week,” enthused Tom Reyes.\n\n"
            "“Nobody has built so many ships in a single year,” said Northwind senior vice "
            "president Dan Ruiz.\n\n"
            "“We will appeal the ruling as soon as we can,” said Maria Obi of Harbor Freight "
            "Lines.\n\n"
            "Talks between the port and the union have turned out to be hard."
        )
    )
    said = [(e.actors, e.summary) for _p, _s, e in events if e.type == "statement"]
    assert said == [
        (("Karen Holt",), "Karen Holt says: “We plan to grow our routes across the region”"),
        (("Tom Reyes",), "Tom Reyes enthused: “We are opening the first new plant this week”"),
        (
            ("Dan Ruiz", "Northwind"),
            "Dan Ruiz said: “Nobody has built so many ships in a single year”",
        ),
        (("Maria Obi",), "Maria Obi said: “We will appeal the ruling as soon as we can”"),
    ]


def test_a_title_after_the_verb_names_the_person_who_speaks_not_the_body_before_it():
    """ "…,” said Harbour Police detective Ed Ruiz": a body, a place or a people's name
    right after the verb only tells whose title follows; the person the title names speaks
    and comes first among the saying's actors ("declared Freedonian President Ana Vidal",
    "said Lakeside Mayor Tom Hart", "said Blue Heron CEO Nia Cole": a body's name shaped
    like a person's, a title's word after it). "…, said Ann Lee" has no title to look past."""
    events = _events_of_text(
        _after_the_lead(
            "“The van was found near the pier,” said Harbour Police detective Ed Ruiz.\n\n"
            "“The old rules have failed,” declared Freedonian President Ana Vidal.\n\n"
            "“We will rebuild the library,” said Lakeside Mayor Tom Hart.\n\n"
            "“The river is cleaner than it was,” said Blue Heron CEO Nia Cole.\n\n"
            "“The ferry will sail again in May,” said Ann Lee."
        )
    )
    said = [(e.speaker, e.actors[0]) for _p, _s, e in events if e.type == "statement"]
    assert said == [
        ("Ed Ruiz", "Ed Ruiz"),
        ("Ana Vidal", "Ana Vidal"),
        ("Tom Hart", "Tom Hart"),
        ("Nia Cole", "Nia Cole"),
        ("Ann Lee", "Ann Lee"),
    ]


def test_a_name_in_what_describes_the_speaker_does_not_speak():
    """A place or a body named in what describes the person who opens the clause is no
    speaker: "Tom Reyes, a Kestrel Bay fisherman who warned in May …" and "Ana Ruiz, a
    Lakeside nurse who tweeted about the crash, said" (an apposition whose noun the name
    modifies; a later "she said" is hers), "Father Tom Lane, a Jesuit teacher and writer
    of two books, who …, warned", "Jo Obi from the charity Clean Coasts told" (a preposition's
    phrase). Not when the person is only met in a phrase before the subject ("After
    meeting Tom Hart, a Zenith lawyer said")."""
    events = _events_of_text(
        _after_the_lead(
            "Tom Reyes, a Kestrel Bay fisherman who warned in May that the pier was unsafe, "
            "was at the meeting.\n\n"
            "“It was a terrible sight,” Ana Ruiz, a Lakeside nurse who tweeted about the "
            "crash, said.\n\n"
            "“I saw it all,” she said.\n\n"
            "At the time, Father Tom Lane, a Jesuit teacher and writer of two books, who "
            "spoke at the synod, warned the bishop not to act.\n\n"
            "Jo Obi from the charity Clean Coasts told reporters that the beach was safe.\n\n"
            "After meeting Tom Hart, a Zenith lawyer said the deal was off."
        )
    )
    said = [(e.speaker, e.actors[0]) for _p, _s, e in events if e.type == "statement"]
    assert said[:5] == [
        ("Tom Reyes", "Tom Reyes"),
        ("Ana Ruiz", "Ana Ruiz"),
        ("Ana Ruiz", "Ana Ruiz"),
        ("Father Tom Lane", "Father Tom Lane"),
        ("Jo Obi", "Jo Obi"),
    ]
    assert said[5][0] != "Tom Hart"


def test_a_plea_deal_is_legal_and_a_deal_to_buy_an_acquisition():
    """The object types a verb the taxonomy does not ("agreed a deal"): its longest noun,
    so "a plea deal" is a court matter, not a purchase."""
    events = _events_of_text(
        _after_the_lead(
            "The two brothers agreed a plea deal on Monday.\n\n"
            "Halvorsen agreed a deal to buy Kestrel Shipping on Monday."
        )
    )
    assert [e.type for _p, _s, e in events if e.trigger == "agreed"] == ["legal", "acquisition"]


def test_a_summary_keeps_a_sentences_last_few_words_and_a_quotes_point():
    """A summary is not cut a few words short of its sentence's end ("… to join the alliance
    in…" loses the month it is about), and a saying's quote keeps up to its main verb."""
    events = _events_of_text(
        _after_the_lead(
            "The date is some ten weeks later than the owners had hoped when the "
            "ferry line was formally invited to join the harbour alliance in July.\n\n"
            "“The growing number of passengers who crossed the bay this summer is fuelling "
            "calls for a second ferry,” said Ana Ruiz."
        )
    )
    summaries = [e.summary for _p, _s, e in events]
    assert any(s.endswith("to join the harbour alliance in July.") for s in summaries)
    assert (
        "Ana Ruiz said: “The growing number of passengers who crossed the bay this summer is "
        "fuelling calls for a second ferry”" in summaries
    )


def test_who_says_what_the_sentence_said_before_the_verb():
    """ "…, she is qualified, Jo Lane, a law professor, told reporters on Thursday": the speaker
    stands between what she said and the verb, and the birth in what she said takes no date
    of the telling; "…, said Justice Secretary Tom Reyes" names its speaker after the verb;
    the comma of "May 3, 1970" cuts no clause, so "said" keeps its subject."""
    events = _events_of_text(
        _after_the_lead(
            "Since she was born in the city, she is qualified to stand as mayor, Jo Lane, a law "
            "professor at Kestrel University, told reporters on Thursday.\n\n"
            "The ferries will drop Bonaire, Saba and Aruba from the list of routes, said "
            "Justice Secretary Tom Reyes.\n\n"
            "Ann Lake, who was born in Lisbon on May 3, 1970, said she would run."
        )
    )
    told = _triggered(events, "told")
    assert len(told) == 1 and told[0].actors[0] == "Jo Lane" and told[0].date == "2018-03-01"
    assert [e.date for _p, _s, e in events if e.type == "birth"] == ["1970-05-03"]
    said = _triggered(events, "said")
    assert [e.actors[0] for e in said] == ["Tom Reyes", "Ann Lake"]
    assert said[1].summary == "Ann Lake said she would run."


def test_an_events_actors_start_with_its_subject():
    """The doer first, not the first name the sentence gives: "…a move to Dunmore but Lake
    ruled that out" is Lake's; names joined by "and" keep their order."""
    events = _events_of_text(
        _after_the_lead(
            "The striker had been tipped for a move to Dunmore as part of a deal to sign Tom "
            "Reyes but Ann Lake ruled that out on Friday.\n\n"
            "Both Sam Ode and Lee Hart hit runs against the Halvorsen side on Friday."
        )
    )
    first = {e.trigger: e.actors[0] for _p, _s, e in events if e.actors}
    assert first["ruled"] == "Ann Lake"
    assert first["hit"] == "Sam Ode"
    # and ruling a move out is no court's ruling: a particle after a pronoun object is the
    # phrasal verb's as much as one right after it ("rolled it out" is a launch)
    assert [e.type for e in _triggered(events, "ruled")] == ["other"]
    rolled = _events_of_text(_after_the_lead("Halvorsen rolled it out on Friday."))
    assert [e.type for e in _triggered(rolled, "rolled")] == ["launch"]


def test_a_saying_that_closes_its_sentence_leads_with_who_said_it():
    """ "…, she is qualified to stand, Jo Lane, a law professor, told reporters on Thursday":
    the summary says who told and what, not only the attribution; a passive at the end
    ("after two cases were found on Saturday") is no such saying."""
    events = _events_of_text(
        _after_the_lead(
            "Since she was born in the harbour town, she is qualified to stand as its mayor "
            "under the charter, Jo Lane, a law professor at Kestrel University, told "
            "reporters on Thursday.\n\n"
            "Health officials in the port are testing every one of its residents again this "
            "week after two new cases were found on Saturday."
        )
    )
    (told,) = _triggered(events, "told")
    assert told.summary.startswith(
        "Jo Lane, a law professor at Kestrel University, told reporters on Thursday: Since "
        "she was born"
    )
    assert not [
        e for _p, _s, e in events if e.summary.startswith("Health officials") and ":" in e.summary
    ]


def test_a_speakers_next_saying_of_the_paragraph_is_made_at_their_dated_one():
    """ "Last week, Mayor Reed told councillors … He said …", "In 2009, Ann Lee told a
    magazine … She explained …": the second saying was made on the same occasion, not at
    publication. Not another speaker's ("Tom Hall said …"), not across a date that moves
    the paragraph on ("In 2011, Lee moved to Ohio."), not one at an occasion of its own
    ("In an interview, he said …", and those after it), nor one in the next paragraph:
    a quote opening it may be another occasion's ("In June, Lee said … | “We will need
    more”, Lee said" of the day's vote)."""
    events = _events_of_text(
        _one_article(
            "Voters met in the town hall on Sunday to discuss the budget.\n\n"
            "Last week, Mayor Tom Reed told councillors the agency asked for the files in "
            "September. He said the agency had asked for a list of names in June. "
            "Councillor Tom Hall said the files were late.\n\n"
            "In 2009, Ann Lee told a magazine she had gained weight. She explained that "
            "touring was hard. In 2011, Lee moved to Ohio. She said she liked the lakes.\n\n"
            "In 2012, Ben Cole told a radio station the plant would close. In an interview, "
            "Cole said he regretted it. He said the town had changed.\n\n"
            "He said the town had changed.",
        )
    )
    got = [(s.split()[0], e.trigger, e.date) for _p, s, e in events if e.type == "statement"]
    story = "2018-03-04"  # the lead's Sunday, the story's time for its undated sayings
    assert ("He", "said", "2018-W09") in got, got  # last week, published Monday 5 March
    assert ("Councillor", "said", story) in got, got
    assert ("She", "explained", "2009") in got, got
    assert [g for g in got if g[0] == "She" and g[1] == "said"] == [("She", "said", story)], got
    assert ("In", "said", story) in got, got  # "In an interview, Cole said …"
    assert ("He", "said", "2012") not in got, got  # … and on, at the interview
    assert got[-1] == ("He", "said", story), got  # the next paragraph's


def test_a_clock_time_alone_is_on_the_day_the_story_is_at():
    """ "Riverton at Eastfield, 7 p.m.: The Rovers played three teams …": a clock time with
    no day of its own took the day the tagger read last, a photo caption's three paragraphs
    up, and dated the season's games then; it is on the day the story is at, here none. A
    day the paragraph or the one before named is kept ("Starting on Sunday, … | The library
    will shut its doors at 11 p.m.", "arrested a man on Tuesday. … at 4 p.m.")."""
    events = _events_of_text(
        _one_article(
            "Riverton striker Sam Ode celebrates a goal against Eastfield at Mill Park on "
            "September 29, 2017.\n\n"
            "The county cup is down to eight teams. Here is a rundown of this weekend's games.\n\n"
            "Riverton at Eastfield, 7 p.m.: The Rovers played three teams with winning "
            "records and won all three.\n\n"
            "Starting on Sunday, the city library will close at night for cleaning.\n\n"
            "The library will shut its doors at 11 p.m.\n\n"
            "Police arrested a man on Tuesday. He was taken to a cell at 4 p.m.",
            published="Wednesday, November 8, 2017",
        )
    )
    assert _dates(events, "The Rovers played") == ["2017-11-08"], events
    assert _datings(events, "played") == [("2017-11-08", "before")]
    assert _dates(events, "shut its doors") == ["2017-11-12"]
    assert _dates(events, "taken to a cell") == ["2017-11-07"]


def test_once_again_tells_a_repeat_at_the_storys_time_not_a_past_habit():
    """ "Ann Cole once again accused Ben Ray …", after a paragraph dated on Wednesday's
    debate: that night's accusing, not one before it as "once" alone tells ("Ray once ran
    a bakery": before)."""
    events = _events_of_text(
        _one_article(
            "Candidates met for a debate in Dayton on Wednesday.\n\n"
            "The debate opened with taxes. Ann Cole once again accused Ben Ray of raising "
            "fees. Ray once ran a bakery in the town.",
            published="Thursday, November 9, 2017",
        )
    )
    assert _datings(events, "accused") == [("2017-11-08", "inferred")]
    assert [d for _v, d in _datings(events, "ran")] == ["before"]


def test_a_verb_form_inside_a_noun_phrase_is_no_verb():
    # a participle between an article's adjective and its noun, or on a bare verb's object
    assert not is_verb_in("She wore a tiny cropped jacket to the gala.", "cropped")
    assert not is_verb_in("The mayor plans to give extended talks on roads.", "extended")
    # … or between a preposition's adjective and its noun
    assert not is_verb_in("A flaw of current shared scooters is their brakes.", "shared")
    assert not is_verb_in("In general preserved lemons keep for a year.", "preserved")
    assert is_verb_in("In May, local farmers preserved lemons for the fair.", "preserved")
    # a bare word after a name used as an adjective, or after a name and an adjective
    assert not is_verb_in("Brazilian state radio aired the speech.", "state")
    assert not is_verb_in("Ruiz, a former Liberal state senator, spoke.", "state")
    assert not is_verb_in("The statue stands in Peru's southern Ica state (photo).", "state")
    # a plural subject of a bare verb; a name after a preposition that takes no subject
    assert not is_verb_in("Usually, phone calls tend to drop in the tunnel.", "calls")
    assert not is_verb_in("The screen froze during Zoom calls, even at night.", "calls")
    # still verbs: a name's own saying, a plural subject's, a bare verb after "to"
    assert is_verb_in("Officials in Ohio say the bridge closed.", "say")
    assert is_verb_in("A spokesman for Acme says the plant closed.", "says")
    assert is_verb_in("Fans close to Real say the board knows it.", "say")
    assert is_verb_in("Democrats pledge to fight the bill.", "pledge")
    assert is_verb_in("The poor received food parcels on Monday.", "received")
    events = _events_of_text(
        _after_the_lead("Brazilian state radio aired the speech of the governor on Friday.")
    )
    assert [e.trigger for _p, _s, e in events[-1:]] == ["aired"]


def test_a_streak_a_rate_and_a_change_over_years_are_statistics():
    stats = (
        "The Hornets have won 12 straight home games.",
        "The Owls have reached the regional final four years running.",
        "The Comets have gone 5-1 since.",
        "The district recorded 14 cases per 100,000 people in the past 14 days.",
        "The seven-day average rose from 210 cases to 380 cases in the space of ten days.",
        "The burglary rate went from 312 per 10,000 in 2012 to 518 per 10,000 in 2020.",
        "Ohio added 21,400 factory jobs between 2011 and 2016.",
        "The bakery chain hired 5,000 workers over a decade.",
        "Bicycle thefts more than tripled.",
        "Lakeside has won five in a row since losing at Hillcrest in August, and the Comets "
        "are riding a four-game win streak.",
    )
    for sentence in stats:
        events = _events_of_text(_after_the_lead(sentence))
        assert not [e for _p, s, e in events if s == sentence], sentence
    news = (
        "Shares in the bakery chain fell 3% on Tuesday.",
        "Unemployment in the county rose to 5% in May.",
        "The senator skipped her third straight hearing on Tuesday.",
        "The bakery chain doubled its dividend on Tuesday.",
        "The museum was built between 1921 and 1925.",
        "The Comets snapped a four-game losing streak on Tuesday.",
    )
    for sentence in news:
        events = _events_of_text(_after_the_lead(sentence))
        assert [e for _p, s, e in events if s == sentence], sentence


def test_a_perfect_progressive_is_under_way_not_a_happening():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nFamilies have been waiting at the harbour for news of the crew.\n\n"
            "The club had been quietly courting new investors.\n\n"
            "Mr Obi has been serving as acting mayor since the election.\n\n"
            "The ferry operator has been speaking to the families.\n\n"
            "The coastguard has suspended the search."
        )
    )
    # an activity with its start, a saying and a happening stay; a wait and a courtship
    # under way are no happening
    assert [s.split()[1] for _p, s, _e in events] == ["Obi", "ferry", "coastguard"]


def test_what_you_did_is_said_to_the_reader():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nIn case you missed it, the bakery reopened on Friday.\n\n"
            "Add a pot of tea and you've got yourself a fine afternoon.\n\n"
            "The guide helps you plan a walk along the river."
        )
    )
    # the reopening happened; what "you" did, or got, is said to anyone
    assert [e.trigger for _p, _s, e in events] == ["reopened"]


def test_what_has_become_so_is_a_state():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe night market has become a fixture of the quay.\n\n"
            "Rents in the old town have become less affordable.\n\n"
            "The mayor has come to stand for the port's old guard.\n\n"
            "Ms Tran has become the first woman to lead the dockers' union."
        )
    )
    # a first is a happening; what something has grown into is not
    assert [s.split()[0] for _p, s, _e in events] == ["Ms"]


def test_a_share_over_a_year_is_a_statistic():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nVisitor numbers at the castle fell 6 percent in 2011.\n\n"
            "By 2020, the pay gap had widened to 14 per cent.\n\n"
            "The richest tenth took about 40% of the region's income in 1995.\n\n"
            "Shares of Orlo Foods fell 3% on Tuesday."
        )
    )
    # a move on a day is news; a figure over a year or one that has come to hold is not
    assert [s.split()[0] for _p, s, _e in events] == ["Shares"]


def test_a_figure_a_writing_shows_is_a_statistic():
    """ "The data show the weekly count of X has dropped by 6,200 since March", "Council data
    indicate that 80 per cent of lorries counted … now meet the rules": what a writing holds,
    a figure, no happening; one dated to a day, a year a writing tells, and a sum paid are
    kept."""
    events = _events_of_text(
        _after_the_lead(
            "The new data also show the weekly count of diesel buses "
            "in the harbour district has dropped by 6,200 since March.\n\n"
            "Council data indicate that 80 per cent of lorries counted on the ring road now meet "
            "the emission rules.\n\n"
            "The survey shows that the ferry sank in 1998.\n\n"
            "The audit finds the mayor paid £5,000 to a cousin.\n\n"
            "The log shows that 12 boats docked on Tuesday."
        )
    )
    assert [e.trigger for _p, s, e in events if "Sunday" not in s] == ["sank", "paid", "docked"]


def test_a_sum_a_bill_allots_is_no_happening():
    """ "The rail programme received $40 million in the bill", "will get $2 billion, an
    increase of $300 million over the request", "gained extra funds under the new budget":
    items of a bill or a budget, what it holds; a sum received on a day or from a donor,
    with no bill named, is news."""
    events = _events_of_text(
        _after_the_lead(
            "The rail programme received $40 million in the spending bill.\n\n"
            "Flood defences will get $2 billion, an increase of $300 million over the "
            "ministry's request.\n\n"
            "Two coastal projects gained extra funds under the new budget.\n\n"
            "The start-up received $5 million in funding on Monday.\n\n"
            "The museum received $3 million from a donor."
        )
    )
    assert [s.split()[1] for _p, s, e in events if "Sunday" not in s] == ["start-up", "museum"]


def test_a_figure_reckoned_is_no_happening():
    """ "The agency estimates that 3.2 million homes lack power", "output was estimated to
    shrink to 2 per cent": a figure reckoned, a statistic or a forecast; one reckoned on a
    day, a deal's worth and an estimate its object names are kept."""
    events = _events_of_text(
        _after_the_lead(
            "The energy agency estimates that 3.2 million homes lack heat pumps.\n\n"
            "Output was estimated to shrink to a low of 2 per cent.\n\n"
            "Officials estimated on Tuesday that 300 sheds burned.\n\n"
            "The ferry line has estimated a 20% cut in fuel costs."
        )
    )
    assert [e.trigger for _p, s, e in events if "Sunday" not in s] == ["estimated", "estimated"]
    assert [s.split()[0] for _p, s, e in events if "Sunday" not in s] == ["Officials", "The"]


def test_what_a_thing_which_tells_holds_is_no_saying():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nThe play draws on a 1920 memoir, which tells the story of a ferryman.\n\n"
            "Ms Osei faces a new count, which accuses her of forging two deeds.\n\n"
            "The ministry says the bridge will reopen."
        )
    )
    # the ministry says so as the story is published; a memoir or a count holds its story
    assert [e.trigger for _p, _s, e in events] == ["says"]


def test_a_threat_to_a_thing_is_no_saying():
    events = _events_of_text(
        _one_article(
            "A.\n\nB.\n\nRising water from the dam threatens the old mill.\n\n"
            "The dockers' union threatens to strike over the new rota."
        )
    )
    # the union's threat is said as the story is published; the water's is a harm looming
    assert [s.split()[1] for _p, s, _e in events] == ["dockers'"]


def test_a_long_lead_paragraph_tells_its_news_first_and_background_after():
    """A lead paragraph's first sentences tell the day's news, at publication; an undated
    past told further on in the same long paragraph is background, before it. Something
    under way there is still news of the day."""
    events = _events_of_text(
        _one_article(
            "Residents of Halden are protesting against the new harbour plan. "
            "The mayor defended the plan. Opponents say the cost is too high. "
            "Organisers took the finalists on a tour of the coast. "
            "Her brother made the honours list at the naval college. "
            "Fishermen are blocking the quay."
        )
    )
    assert _datings(events, "protesting") == [("2018-03-05", "inferred")]
    assert _datings(events, "defended") == [("2018-03-05", "inferred")]
    assert _datings(events, "took") == [("2018-03-05", "before")]
    assert _datings(events, "made") == [("2018-03-05", "before")]
    assert _datings(events, "blocking") == [("2018-03-05", "inferred")]


def test_two_periods_side_by_side_are_one_span():
    """ "in June and July", "during 2014 and 2015": the clause tells of both months or
    years, not the first alone; two years apart are not one span."""
    events = _events_of_text(
        _one_article(
            "The agency mailed hundreds of letters to farmers in June and July.\n\n"
            "The fund paid out grants to 40 villages during 2014 and 2015.\n\n"
            "The club won the regional cup in 2009 and 2012."
        )
    )
    mailed = _triggered(events, "mailed")[0]
    assert (mailed.start, mailed.end) == ("2017-06-01", "2017-07-31")
    paid = _triggered(events, "paid")[0]
    assert (paid.start, paid.end) == ("2014-01-01", "2015-12-31")
    won = _triggered(events, "won")[0]
    assert (won.start, won.end) == ("2009-01-01", "2009-12-31")


def test_a_dated_saying_carries_into_the_next_paragraphs_quote():
    """ "In 2011, Olsen told a magazine …" ¶ "“…,” she said.": the quote that opens the next
    paragraph, its speaker told by a pronoun, was made then too; a speaker named anew, or
    another paragraph in between, speaks at the story's time (its lead's Sunday)."""
    events = _events_of_text(
        _after_the_lead(
            "In 2011, the farmer Maria Olsen told a farming magazine that the valley would flood."
            "\n\n"
            "“We saw the water rise every spring,” she said.\n\n"
            "“Nobody listened to us,” Olsen said."
        )
    )
    assert _datings(events, "said") == [("2011", "inferred"), ("2018-03-04", "inferred")]


def test_the_leads_news_takes_the_day_the_body_narrates_it_on():
    """ "The motion has been defeated" in the lead is at publication unless the body tells
    the same happening on its day, by a date of its own or by the day its paragraph is
    narrating ("… debated the tax on Tuesday. At the end, the motion was defeated")."""
    events = _events_of_text(
        _one_article(
            "The harbour tax motion has been defeated in the city council.\n\n"
            "The vote ended a long fight over the harbour.\n\n"
            "Councillors debated the tax on Tuesday for six hours. "
            "At the end, the motion was defeated by two votes."
        )
    )
    assert _datings(events, "defeated") == [("2018-02-27", "inferred")] * 2


def test_a_pages_time_stamp_is_no_lead_time():
    """ "March 5, 2018 at 9:15 AM | categories: …" opening the page tells no happening: it
    sets no lead time, and an undated past later in the story is before publication, not
    on the stamp's day. A lead sentence that dates its own happening still sets one."""
    events = _events_of_text(
        _one_article(
            "March 5, 2018 at 9:15 AM | categories: Rivers, Towns | View Comments\n\n"
            "The river authority has published its yearly report on the Lenne valley.\n\n"
            "The report counts the floods of the past decade.\n\n"
            "Engineers rebuilt the old weir and dredged the channel."
        )
    )
    assert _datings(events, "rebuilt") == [("2018-03-05", "before")]
    events = _events_of_text(
        _one_article(
            "Floods closed the Lenne valley road on Saturday.\n\n"
            "The report counts the floods of the past decade.\n\n"
            "Engineers inspected the old weir."
        )
    )
    assert _datings(events, "inspected") == [("2018-03-03", "inferred")]


def test_a_saying_by_email_is_made_for_the_story():
    """ "Lund said in an email that …" answers the reporter, at publication, not on the day
    of the lead's happening; "said in an email to staff" is a message of the story's own."""
    events = _events_of_text(
        _one_article(
            "Floods closed the Lenne valley road on Saturday.\n\n"
            "Crews cleared the mud from the bridge.\n\n"
            "Anna Lund, a ranger in the valley, said in an email that the water was receding.\n\n"
            "The mayor, Per Holm, said in an email to staff that the office would stay open."
        )
    )
    assert _datings(events, "said") == [("2018-03-05", "inferred"), ("2018-03-03", "inferred")]


def test_a_month_of_that_year_is_in_the_year_the_story_told():
    """ "The mill changed hands in 2011. In March of that year, the old owner died.": March
    2011, not the March of the publication's year."""
    events = _events_of_text(
        _one_article(
            "The Lenne mill changed hands in 2011. In March of that year, its old owner died "
            "in a fall.",
            published="Monday, July 15, 2019",
        )
    )
    assert _datings(events, "died") == [("2011-03", "explicit")]


def test_a_present_verb_describing_a_noun_is_no_event():
    """ "a shipping firm that builds ferries", "voters who praise the mayor's budget":
    what a thing or a group does, a description in the present simple, not a happening
    (like "drugs that will ease the shortage"). Still events: the main verb of such a
    sentence ("The firm that builds ferries opened a yard on Monday") and a dated present
    ("the fair, which opens on Friday")."""
    events = _events_of_text(
        _after_the_lead(
            "Residents met officials from a shipping firm that builds ferries.\n\n"
            "The mayor thanked voters who praise her budget.\n\n"
            "The firm that builds ferries opened a yard on Monday.\n\n"
            "Crowds are expected at the fair, which opens on Friday."
        )
    )
    got = [e.trigger for _p, _s, e in events]
    assert "builds" not in got and "praise" not in got, got
    assert "opened" in got and "opens" in got, got


def test_what_was_deferred_until_a_date_happens_then():
    """ "Another task the crew put off until the autumn of 2017 was rebuilding the north
    pier": the rebuilding came in the autumn of 2017, not before it (as "did not
    reopen until May" dates the reopening)."""
    events = _events_of_text(
        _after_the_lead(
            "One task the crew deferred until the autumn of 2017 was rebuilding the north pier."
        )
    )
    assert _datings(events, "rebuilding") == [("2017-FA", "explicit")]


def test_a_job_held_is_no_event():
    """ "She worked as a ferry pilot for a decade", "he works as a baker", "who serves as
    the club's treasurer": a post or job someone holds, a state of a career. Still events:
    "served as mayor from 2009 to 2015" (a term in office), "worked on the bridge on
    Monday", "worked as planned" (no role)."""
    events = _events_of_text(
        _after_the_lead(
            "Ines Moro worked as a ferry pilot in the north for a decade.\n\n"
            "Her brother works as a baker in Tarn.\n\n"
            "Paul Vey, who serves as the club's treasurer, lives nearby.\n\n"
            "Tom Rask served as mayor of the town from 2009 to 2015.\n\n"
            "Crews worked on the bridge on Monday.\n\n"
            "The new pumps worked as planned on Monday."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert "Moro" not in got and "brother" not in got, got
    assert "serves" not in _triggers(events), got
    assert got["Rask"] == "served", got
    assert got["worked"] == "worked", got
    assert got["new"] == "worked", got


def test_a_clause_on_a_ranked_noun_after_a_copula_is_no_event():
    """ "This isn't the first time Ruiz has donated to the museum", "Vey was not the only
    rider who finished", "It will be the third time Lee has stood": what makes the
    subject so, a characterisation, no happening told for itself. Still events: a dated
    one ("was the first rider who finished the race on Sunday") and the main verb after
    an aside ("Anna Lund, who was the first to cross, said on Monday …")."""
    events = _events_of_text(
        _after_the_lead(
            "This isn’t the first time Ruiz has donated to the museum.\n\n"
            "It will be the third time Lee has stood for the seat.\n\n"
            "Vey was not the only rider who finished the race.\n\n"
            "Anna Lund, who was the first to cross, said on Monday she was tired.\n\n"
            "Ola Berg was the first rider who finished the race on Sunday."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert not {"isn’t", "will", "was"} & set(got), got
    assert got["Lund,"] == "said", got
    assert got["Berg"] == "finished", got


def test_a_participle_of_running_after_its_noun_is_no_event():
    """ "ferries operated by a partner line", "a lab led by Dr Oto", "figures compiled by
    the agency": the participle describes the noun, no happening; the sentence's own verb
    tells it ("a lab led by Dr Oto published a study in May"). Still events: a passive
    ("The ferries were operated by a partner line in May") and a margin ("The Reds led by
    two goals at half-time on Sunday")."""
    events = _events_of_text(
        _after_the_lead(
            "Tickets cover ferries operated by a partner line.\n\n"
            "In May, a lab led by Dr Oto published a study of the reef.\n\n"
            "The port grew fast, according to figures compiled by the agency.\n\n"
            "The ferries were operated by a partner line in May.\n\n"
            "The Reds led by two goals at half-time on Sunday."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert "cover" not in got, got
    assert got["May,"] == "published", got
    assert "compiled" not in _triggers(events), got
    assert got["ferries"] == "operated", got
    assert got["Reds"] == "led", got


def test_how_something_seemed_is_no_event():
    """ "The new ferry looked like a bargain", "The hall felt as if it would burst", "The
    rule sounded too strict": how something seemed, a state. Still events: "Divers felt
    the tremor on Monday", "Police looked into the fire"."""
    events = _events_of_text(
        _after_the_lead(
            "The new ferry looked like a bargain.\n\n"
            "The packed hall felt as if it would burst.\n\n"
            "The parking rule sounded too strict.\n\n"
            "Divers felt the tremor on Monday.\n\n"
            "Police looked into the fire."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert not {"new", "packed", "parking"} & set(got), got
    assert got["felt"] == "felt", got
    assert got["looked"] == "looked", got


def test_the_sayings_of_someone_who_spoke_to_the_paper_are_at_publication():
    """A reaction piece: "Ann Lee, a professor, said the governor did well in the debate"
    and later "“…,” Lee told the Valley Herald": Lee spoke to the paper, so both sayings are
    at publication, not on the debate's day; a pollster who told no one in particular
    stays at the story's day."""
    events = _events_of_text(
        _one_article(
            "Five candidates clashed in a televised debate in Miami on Wednesday.\n\n"
            "Ann Lee, a professor at Kestrel University, said the governor did well.\n\n"
            "“She was calm and clear,” Lee told the Valley Herald.\n\n"
            "Tom Ray, a pollster, said the debate changed little.",
            published="Thursday, November 9, 2023",
        )
    )
    said = {s.split()[0]: e.date for _p, s, e in events if e.type == "statement"}
    assert said == {"Ann": "2023-11-09", "“She": "2023-11-09", "Tom": "2023-11-08"}


def test_a_graded_participle_is_an_adjective():
    """ "The cider tasted sweeter, more layered", "were quite exhausted", "We're too tired
    to stay": a participle after a word of degree is an adjective, no event. Still events:
    "She too resigned on Monday", "He more or less admitted the error"."""
    events = _events_of_text(
        _after_the_lead(
            "The new cider tasted sweeter, more layered and older than its age.\n\n"
            "The rescue crews were quite exhausted.\n\n"
            "The rules were very much tilted toward the owners.\n\n"
            "We're too tired to stay for the encore.\n\n"
            "The treasurer too resigned on Monday.\n\n"
            "The mayor more or less admitted the error on Monday."
        )
    )
    _assert_triggers(
        events, absent={"layered", "exhausted", "tired", "tilted"}, present={"resigned", "admitted"}
    )


def test_a_participle_describing_an_object_in_a_present_sentence_is_no_event():
    """ "The sample may come from cells removed in an operation", "The court papers name
    the caterer hired by the festival": a participle after its noun, in a sentence that
    tells no past, says what the noun is. Still events: a finite verb after its subject
    ("The two clubs met in Lyon") and a participle in a sentence that tells the past."""
    events = _events_of_text(
        _after_the_lead(
            "The sample may come from a scan, or from cells removed in an operation.\n\n"
            "The court papers name the catering firm hired by the festival.\n\n"
            "The lab keeps a list of dyes banned in the EU.\n\n"
            "The two clubs met in Lyon, with Ruiz scoring twice.\n\n"
            "The panel rejected a plan drafted by the mayor on Monday."
        )
    )
    _assert_triggers(events, absent={"removed", "hired", "banned"}, present={"met", "rejected"})


def test_a_participle_led_by_an_adverb_of_manner_before_its_noun_is_an_adjective():
    """ "The bakery sells freshly milled flour", "a path of neatly raked gravel": a
    participle between an adverb of manner and its noun, after a word that cannot be its
    subject, describes the noun, no event. Still events: "Banks quickly raised rates", "Guards
    came and swiftly detained two fans" (a subject or "and" before the adverb), "the newly
    elected mayor" (an adverb of time)."""
    events = _events_of_text(
        _after_the_lead(
            "The bakery sells freshly milled flour and slowly fermented rye loaves.\n\n"
            "The garden has a path of neatly raked gravel.\n\n"
            "Diners can relax while sampling carefully smoked trout.\n\n"
            "Banks quickly raised rates on Monday.\n\n"
            "Guards came and swiftly detained two fans on Monday.\n\n"
            "The newly elected mayor took office on Monday, a week after she was elected."
        )
    )
    _assert_triggers(
        events, absent={"milled", "fermented", "raked", "smoked"}, present={"raised", "detained"}
    )


def test_a_participle_before_right_and_a_preposition_describes_its_noun():
    """ "Guests can taste cheese made right in the valley": "right" before a preposition
    sharpens it, so the participle still describes the noun, in a sentence that tells no past
    (its adverb-led participles, "carefully aged", are no past either)."""
    events = _events_of_text(
        _after_the_lead(
            "Guests can taste carefully aged cheese made right in the valley.\n\n"
            "The mill ships flour packed straight from the stones.\n\n"
            "The panel on Monday rejected a plan drafted right in the town hall."
        )
    )
    got = _triggers(events)
    assert not {"aged", "made", "packed"} & got, got
    assert {"rejected", "drafted"} & got, got


def test_a_participle_pointing_into_the_text_is_no_saying():
    """ "Most of the ferries described above were built in Norway", "the steps listed
    below": the article pointing at a passage of itself, no saying. Still events: "The
    mayor described the cuts on Monday", "Smoke rose above the harbour"."""
    events = _events_of_text(
        _after_the_lead(
            "Most of the ferries described above were built in Norway.\n\n"
            "The harbour fees noted below rose by a tenth.\n\n"
            "The mayor described the cuts to the library on Monday.\n\n"
            "Smoke rose above the harbour on Monday."
        )
    )
    told = {(s.split()[0], e.trigger) for _p, s, e in events}
    assert not {("Most", "described"), ("The", "noted")} & told, told
    assert {("The", "described"), ("Smoke", "rose")} <= told, told


def test_a_thing_telling_a_story_is_no_saying():
    """ "Overall, the figures told the story of a shrinking fleet", "The data tell a grim
    tale": a writing or data "telling a story" shows something, in any tense, no saying.
    Still a saying: a person telling one ("Ruiz told the story of her escape on Monday")."""
    events = _events_of_text(
        _after_the_lead(
            "Overall, the figures told the story of a shrinking fleet.\n\n"
            "The data tell a grim tale.\n\n"
            "Ruiz told the story of her escape on Monday."
        )
    )
    told = {(s.split()[0], e.trigger) for _p, s, e in events}
    assert not {("Overall,", "told"), ("The", "tell")} & told, told
    assert ("Ruiz", "told") in told, told


def test_a_participle_used_as_a_preposition_is_no_event():
    """ "Given a set of rules, …", "Given Ruiz's record, …", "easy to read given how short
    it is": "given" with no auxiliary before it, a noun phrase or a clause after, is a
    preposition. Still events: "was given to Ruiz", "has already given the keys"."""
    events = _events_of_text(
        _after_the_lead(
            "Given a set of rules, the model first sorts the cases.\n\n"
            "Given Ruiz's record, it would seem likely that she wins.\n\n"
            "The code is easy to read given how short it is.\n\n"
            "The award was given to Ruiz on Monday.\n\n"
            "The mayor has already given the keys to Ruiz."
        )
    )
    told = [s for _p, s, e in events if e.trigger.lower() == "given"]
    assert told == [
        "The award was given to Ruiz on Monday.",
        "The mayor has already given the keys to Ruiz.",
    ], told


def test_better_before_a_bare_verb_is_advice_not_a_happening():
    """ "The hosts had better come out firing on Friday", "The Rovers better come ready":
    advice or a warning, no happening (and no past Friday). Still an event: "to better
    serve patients, it hired six nurses"."""
    events = _events_of_text(
        _after_the_lead(
            "The hosts had better come out firing on Friday.\n\n"
            "The Rovers better come ready.\n\n"
            "The clinic wants to better serve patients, and it hired six nurses on Monday."
        )
    )
    got = [e.trigger for _p, _s, e in events]
    assert "come" not in got, got
    assert "hired" in got, got


def test_a_perfect_come_under_fire_is_a_standing_state():
    """ "The zoning plan has come under fire from farmers": criticism standing, a state.
    Still events: "came under fire on Monday", "has come to the hospital"."""
    events = _events_of_text(
        _after_the_lead(
            "The zoning plan has come under fire from farmers.\n\n"
            "The bridge plan came under fire on Monday.\n\n"
            "The mayor has come to the hospital."
        )
    )
    told = sorted(s for _p, s, e in events if e.trigger in ("come", "came"))
    assert told == [
        "The bridge plan came under fire on Monday.",
        "The mayor has come to the hospital.",
    ]


def test_a_word_of_a_web_address_is_no_verb():
    """A paragraph that is a link ("https://www.example.org/TheLakeInn/posts/2800731"): its
    words are no verbs. Still an event: the report in the paragraph after it."""
    events = _events_of_text(
        _after_the_lead(
            "https://www.example.org/TheLakeInn/posts/2800731\n\n"
            "The club reported a loss on Monday."
        )
    )
    got = [e.trigger for _p, _s, e in events]
    assert "posts" not in got, got
    assert "reported" in got, got


def test_a_listed_participle_shares_the_verb_group_of_the_first():
    """ "Genes may be copied, or deleted, or moved": one modal for all, no happening;
    "When forests are cleared, burned and planted, soil is lost": a present, no past
    burning. Still an event: "was arrested, charged and jailed on Monday"; and "refused to be
    filmed and asked …" keeps the asking, the subject's own past."""
    events = _events_of_text(
        _after_the_lead(
            "In some cases genes may be copied, or deleted, or moved in some way.\n\n"
            "When these forests are cleared, burned and planted with palms, soil is lost.\n\n"
            "The suspect was arrested, charged and jailed on Monday.\n\n"
            "Reached on Friday, Ruiz refused to be filmed and asked for questions by post."
        )
    )
    _assert_triggers(
        events, absent={"deleted", "moved", "burned", "planted"}, present={"arrested", "asked"}
    )


def test_a_gathered_count_with_no_time_is_a_running_total():
    """ "The fan page has garnered some 40,000 members", "has amassed 2 million views": a
    count still running, no happening. Still an event: "garnered 500 votes on Sunday"."""
    events = _events_of_text(
        _after_the_lead(
            "The fan page has garnered some 40,000 members.\n\n"
            "The video has amassed 2 million views.\n\n"
            "Ruiz garnered 500 votes on Sunday."
        )
    )
    told = [s for _p, s, e in events if e.trigger in ("garnered", "amassed")]
    assert told == ["Ruiz garnered 500 votes on Sunday."], told


def test_a_growing_count_as_subject_is_a_trend():
    """ "A growing number of fans have put her face on mugs", "A rising share of towns
    banned cars last year": what many do more and more, no one happening. Still an event:
    the mayor's saying of it."""
    events = _events_of_text(
        _after_the_lead(
            "A growing number of fans have put her face on mugs.\n\n"
            "A rising share of towns banned cars last year.\n\n"
            "The mayor said on Monday that a growing number of firms are leaving."
        )
    )
    got = [e.trigger for _p, _s, e in events]
    assert not {"put", "banned"} & set(got), got
    assert "said" in got, got


def test_a_headline_name_that_only_tells_whose_parent_takes_no_part():
    article = parse_article(
        "Orbex parent Zenith Holdings wins ferry contract\nMonday, March 5, 2018\n\n"
        "Zenith Holdings, the parent company of shipbuilder Orbex, won a $2 billion contract "
        "on Monday to build ferries for the city.\n"
    )
    headline = extract(article).headline
    assert headline and all("Orbex" not in e.actors for e in headline)
    assert "Zenith Holdings" in headline[0].actors


def test_a_sentences_first_word_run_into_a_name_is_no_part_of_it():
    # "Revamping Hatchmap" opens a sentence: the name is Hatchmap, as written mid-sentence
    events = _events_of_text(
        _one_article(
            "Engineers at the lab released the Hatchmap viewer on Monday.\n\n"
            "Revamping Hatchmap so it reads every script took two years, Ana Ruiz said on "
            "Tuesday."
        )
    )
    assert _triggered(events, "released")[0].actors == ("Hatchmap",)
    assert "Revamping Hatchmap" not in _triggered(events, "said")[0].actors


def test_a_product_whose_users_or_buyers_act_takes_no_part():
    events = _events_of_text(
        _one_article(
            "Vega 300 buyers received a free battery from Zenith Motors on Monday.\n\n"
            "A software update reached users of older Zenith Motors phones on Tuesday."
        )
    )
    assert _triggered(events, "received")[0].actors == ("Zenith Motors",)
    # "users of older Zenith Motors phones": the phones' users, and Zenith's phones
    assert _triggered(events, "reached")[0].actors == ("Zenith Motors",)


def test_what_comes_a_week_after_dates_its_after_clause_that_much_earlier():
    """ "The league fined the club on Friday. The fine comes two weeks after its coach
    received a ban": the ban two weeks before Friday, not on it; "The mayor's remarks on
    Thursday came some days after a petition asked …": only before Thursday; "came" itself
    tells no happening."""
    events = _events_of_text(
        _one_article(
            "The league fined Harbour Rovers on Friday for crowd trouble.\n\n"
            "The fine comes just two weeks after the club's coach received a ban for insulting "
            "a referee.\n\n"
            "The mayor's remarks on Thursday came some days after a petition pressed him to "
            "act.\n\n"
            "The fine also came two days after the club announced a new stadium."
        )
    )
    assert _datings(events, "received") == [("2018-02-16", "inferred")]
    assert _datings(events, "pressed") == [("2018-03-01", "before")]
    assert _datings(events, "announced") == [("2018-02-28", "inferred")]  # the fine's Friday
    assert not _triggered(events, "came")


def test_what_a_recent_study_found_is_before_publication():
    """ "A recent survey found …", "a recent Kestrel poll reported …": the writing came out
    some time before the story, not on its day ("Doctors welcomed the clinic" still is)."""
    events = _events_of_text(
        _one_article(
            "A new heart clinic opened in Dover on Friday.\n\n"
            "Doctors welcomed the clinic, which will treat 400 patients a year.\n\n"
            "Despite new guidance, a recent Kestrel poll reported that most clinics still "
            "lack scanners.\n\n"
            "A recent survey found that most patients wait a month."
        )
    )
    assert _datings(events, "welcomed") == [("2018-03-02", "inferred")]
    assert _datings(events, "reported") == [("2018-03-05", "before")]
    assert _datings(events, "found") == [("2018-03-05", "before")]


def test_a_scene_dated_by_its_month_dates_a_later_undated_sentence_about_it():
    """ "The navy held an exercise off the coast last month." … "Television crews filmed the
    exercise via drones": the filming is of that month's exercise, not of the story's day."""
    events = _events_of_text(
        _after_the_lead(
            "The navy held a large exercise off the coast last month simulating a blockade.\n\n"
            "Television crews filmed the exercise via drones launched from a frigate."
        )
    )
    assert _datings(events, "filmed") == [("2018-02", "inferred")]


def test_what_happened_when_a_bound_ran_out_is_at_its_date():
    """ "The mill stayed shut until June 2012, when a new owner reopened it": the reopening
    in June 2012, not before it (the closure is still before it); "… until October 2016,
    when I deleted it a day before the new build was shipped": the deleting then, the
    shipping only bounded by it."""
    events = _events_of_text(
        _after_the_lead(
            "The mill stayed shut for six years until June 2012, when a new owner reopened it.\n\n"
            "The old loader survived until October 2016, when I deleted it a day before the "
            "new build was shipped."
        )
    )
    assert _datings(events, "reopened") == [("2012-06", "explicit")]
    assert _datings(events, "stayed") == [("2012-06", "before")]
    assert _datings(events, "deleted") == [("2016-10", "explicit")]
    assert _datings(events, "shipped") == [("2016-10", "before")]


def test_what_happened_within_the_past_few_days_is_before_publication():
    """ "Police found a body on Sunday. Detectives think the man was killed within the last
    few days": some time up to publication, not on Sunday; likewise "in recent days"."""
    events = _events_of_text(
        _one_article(
            "Police found a body in a flat in Leeds on Sunday.\n\n"
            "Detectives think the man was killed at some point within the last few days.\n\n"
            "Detectives questioned two neighbours in recent days.\n\n"
            "A neighbour called the police after a strong smell filled the stairwell."
        )
    )
    assert _datings(events, "killed") == [("2018-03-05", "before")]
    assert _datings(events, "questioned") == [("2018-03-05", "before")]
    assert _datings(events, "called") == [("2018-03-04", "inferred")]  # the story's Sunday


def test_a_quarter_near_a_quarterback_or_a_stadium_is_the_games():
    """A photo caption: "Riverside QB Tom Hale (7) scrambles past a linebacker in the second
    quarter at Mill Road Stadium in Dayton October 6, 2023": the game's quarter, so the day
    it names, not the second quarter of 2023."""
    events = _events_of_text(
        _one_article(
            "Riverside QB Tom Hale (7) scrambles past Oakdale linebacker Sam Ruiz (55) in "
            "the second quarter at Mill Road Stadium in Dayton October 6, 2023.",
            published="Wednesday, November 8, 2023",
        )
    )
    assert _datings(events, "scrambles") == [("2023-10-06", "explicit")]


def test_what_a_since_clause_starts_from_is_before_publication():
    """ "Norland counted 900 fresh infections on Monday, its worst day since the flu outbreak
    started": the outbreak started some time before, not on Monday; "It has been six weeks
    since the Hawks lost a game": six weeks before publication (its ISO week, counted back),
    not on the story's day (stop 51 dates it; it had been only "before")."""
    events = _events_of_text(
        _after_the_lead(
            "Norland counted 900 fresh infections on Tuesday, its worst day since the flu "
            "outbreak started.\n\n"
            "It has been six weeks since the Hawks lost a game at home."
        )
    )
    assert _datings(events, "started") == [("2018-03-05", "before")]
    assert _datings(events, "counted") == [("2018-02-27", "explicit")]
    assert _datings(events, "lost") == [("2018-W04", "inferred")]


def test_an_undated_when_clause_happens_when_the_clause_it_hangs_on_does():
    """ "The sale of a vase was blocked when the ministry announced an inquiry": one
    happening, before publication as the blocking (not an announcement at publication);
    "Ray said he was nervous when he left home" keeps what was said apart from the
    saying."""
    events = _events_of_text(
        _one_article(
            "A museum in Lyon has opened a new wing for its collection of Chinese ceramics.\n\n"
            "The wing holds 300 pieces, most of them bought at auctions in Paris.\n\n"
            "The sale of a rare vase was blocked when the ministry announced an inquiry into "
            "its export.\n\n"
            "Ray said he was nervous when he left home."
        )
    )
    told = [(e.date, e.dating) for _p, s, e in events if s.startswith("The sale")]
    assert told == [("2018-03-05", "before")]
    assert _datings(events, "said") == [("2018-03-05", "inferred")]


def test_a_lead_weekday_before_a_plan_dates_the_story():
    """ "The board refused on Monday to vote on the merger": Monday is last Monday (the
    verb it hangs on is past, though "to vote" comes nearer), so it is the lead's day and
    the story's undated sayings were made then, not at publication."""
    events = _events_of_text(
        _one_article(
            "The harbour board refused on Monday to vote on the plans for a new pier.\n\n"
            '"We believe the drawings answer every question," said Ian Holt, its engineer.',
            published="Tuesday, March 6, 2018",
        )
    )
    assert _when(events, type="statement", contains="Ian Holt") == ("2018-03-05", "inferred")


def test_a_saying_some_weeks_later_comes_after_the_story_date():
    """ "The format was published in the spring of 2004. A few weeks later, a student wrote
    up a guide to it": the guide was written after spring 2004, not at publication."""
    events = _events_of_text(
        _one_article(
            "The file format was published in the spring of 2004. "
            "A few weeks later, a student wrote up a short guide to it."
        )
    )
    assert _when(events, type="statement", contains="student wrote") == ("2004-SP", "after")


def test_last_season_is_before_the_story():
    """ "The team spent last season playing at a school across town": a sport's season
    before this one is months back, of no calendar season the tagger could name; the
    happening is before publication, not on its day."""
    events = _events_of_text(
        _one_article("The Harriers spent last season playing their home games at a school.")
    )
    assert _when(events, type="other", contains="Harriers") == ("2018-03-05", "before")


def test_a_lead_told_last_week_dates_the_story_s_undated_sayings():
    """ "The harbour board refused last week to hear the answers …" — what its members and
    officials then said, with no date of their own, was said at that meeting, last week:
    a lead's week serves as the story's time as a lead's day does."""
    events = _events_of_text(
        _one_article(
            "The harbour board refused last week to hear the engineers' answers on the new "
            "pier, calling them too late for a proper review.\n\n"
            "Ian Holt, the chief engineer, told the board that it could see the plans in a "
            "slide show.\n\n"
            '"We believe the drawings answer every question," Mr. Holt said.',
            published="Wednesday, March 7, 2018",
        )
    )
    assert _when(events, type="statement", contains="told the board") == (
        "2018-W09",
        "inferred",
    )
    assert _when(events, type="statement", contains="We believe") == ("2018-W09", "inferred")


def test_a_speaker_the_story_heard_yesterday_talked_to_the_paper_then():
    """ "Ann Lee said yesterday …" … "“…,” Lee told the Gazette": the paper says when she
    talked to it, so what she told it is of yesterday, not of publication (a speaker who
    talks to the paper with no day given still speaks at publication)."""
    events = _events_of_text(
        _one_article(
            "Loaves will keep getting dearer until the harvest, the head of Harbour Foods, "
            "Ann Lee, said yesterday.\n\n"
            "Lee expected the rise, she added, as bakers pay more for flour.\n\n"
            '"We are bracing for it," Lee told the Gazette.\n\n'
            '"Nobody warned us," Tom Reid, a baker, told the Gazette.',
            published="Wednesday, March 7, 2018",
        )
    )
    assert _when(events, type="statement", contains="bracing") == ("2018-03-06", "inferred")
    assert _when(events, type="statement", contains="Nobody") == ("2018-03-07", "inferred")


def test_a_date_in_what_a_participle_says_does_not_date_the_verb_before_it():
    """ "The bakers' guild has walked out of the talks saying 900 jobs will go this week":
    this week is when the jobs go, by the guild's words, not when it walked out (the news,
    at publication); "life-threatening" says nothing, and the day after it still dates the
    airlift."""
    events = _events_of_text(
        _one_article(
            "The bakers' guild has walked out of the talks saying 900 jobs will go this "
            "week.\n\n"
            "A climber was airlifted to a clinic, his non-life-threatening cuts bandaged, on "
            "Sunday.",
            published="Wednesday, March 7, 2018",
        )
    )
    assert _datings(events, "walked") == [("2018-03-07", "inferred")]
    assert _when(events, type="other", contains="airlifted") == ("2018-03-04", "explicit")


def test_a_record_counted_since_a_year_does_not_date_the_move():
    """ "Shares of Kestrel Motors fell 9% to $6.90, the lowest since 1950": the record is
    measured against 1950; the fall is of the story's day, news (not a change over decades,
    not "after 1950"), and so is "its first close below 10,000 since 2004"."""
    events = _events_of_text(
        _one_article(
            "Markets across Asia fell sharply on Friday as fears about the banks spread.\n\n"
            "Shares of Kestrel Motors fell 9% to $6.90, the lowest since 1950.\n\n"
            "The Harbour Index lost 370 points, or 3.6%, to close at 9,955, its first close "
            "below 10,000 since 2004."
        )
    )
    assert _datings(events, "fell")[-1] == ("2018-03-02", "inferred")
    assert _datings(events, "lost") == [("2018-03-02", "inferred")]


def test_a_record_s_year_is_not_the_time_the_story_has_come_to():
    """ "… its first close below 10,000 since 2004. The index had fallen 800 points during
    the session": the next sentence is still of the story's day, not of 2004."""
    events = _events_of_text(
        _one_article(
            "Markets across Asia fell sharply on Friday as fears about the banks spread.\n\n"
            "The Harbour Index lost 370 points to close at 9,955, its first close below 10,000 "
            "since 2004. The index then rebounded to 10,100 in late trading."
        )
    )
    assert _datings(events, "rebounded") == [("2018-03-02", "inferred")]


def test_a_company_s_own_word_alone_is_the_company_in_its_story():
    """ "Norsk Motors said …" then "Norsk shares rose 4%": the first word alone is the
    company when its other words only say it is one; not when another name of the story
    opens with it ("Kestrel Records" beside "Kestrel Group": "Kestrel" says neither)."""
    events = _events_of_text(
        _one_article(
            "Norsk Motors said on Friday it would cut 4,000 jobs.\n\n"
            "Norsk shares rose 4% in Oslo trading on Friday.\n\n"
            "Kestrel Group and Kestrel Records signed a deal on Friday. Kestrel shares fell "
            "2% on Friday."
        )
    )
    assert _find(events, type="financial", contains="Norsk shares").actors == ("Norsk Motors",)
    kestrel = _find(events, type="financial", contains="Kestrel shares").actors
    assert "Kestrel Group" not in kestrel and "Kestrel Records" not in kestrel


def test_an_index_s_first_word_alone_is_the_index_in_its_story():
    """ "The Kestrin Industrial Average fell …" then "the Kestrin rose": an index's
    first word alone is the index when its name ends with a word only an index's does;
    not a maker's alone beside its model ("Vexa" beside "Vexa 340")."""
    events = _events_of_text(
        _one_article(
            "The Kestrin Industrial Average fell 212 points on Friday.\n\n"
            "On Thursday the Kestrin rose 4.1% in late trading.\n\n"
            "The Vexa 340 flew for the first time on Friday. Vexa rose 3% on Friday."
        )
    )
    rose = _find(events, type="other", contains="the Kestrin rose").actors
    assert rose == ("Kestrin Industrial Average",)
    assert "Vexa 340" not in _find(events, type="other", contains="Vexa rose").actors


def test_a_figures_period_or_baseline_is_not_the_time_the_story_has_come_to():
    """ "U.S. sales fell 45% in May from a year earlier. Kestrin shares dropped 9%.": May is
    the month the sales figure covers and "a year earlier" what it is compared with; the
    share move is the story's day, not May nor a year before (it was dropped as that).
    A month that tells a happening still carries ("In May the firm shut a plant. It also
    closed a depot.")."""
    events = _events_of_text(
        _one_article(
            "Kestrin Motors said on Friday it would close two plants.\n\n"
            "U.S. sales fell 45% in February from a year earlier. Kestrin shares dropped 9% "
            "in Oslo trading.\n\n"
            "Exports rose 3% in January. The carmaker cut its forecast.\n\n"
            "In January the firm shut a plant in Lorca. It also closed a depot in Vigo."
        )
    )
    assert _datings(events, "dropped") == [("2018-03-02", "inferred")]
    assert _datings(events, "cut") == [("2018-03-02", "inferred")]
    assert _datings(events, "closed") == [("2018-01", "inferred")]


def test_may_with_its_capital_is_a_month_or_a_name_not_a_modal():
    """ "Theresa Holt May visited Lisbon on Friday", "In May the firm shut a plant in Lorca":
    the capital makes "May" a name or the month; read as the modal, each sentence was a
    possibility and gave no event. "The firm may shut a depot" still does not happen."""
    events = _events_of_text(
        _one_article(
            "Voters met on Sunday.\n\n"
            "Prime Minister Ada May visited Lisbon on Friday.\n\n"
            "In May the firm shut a plant in Lorca.\n\n"
            "The firm may shut a depot in Vigo.\n\n"
            "Throughout the fall, the mayor tried new rules."
        )
    )
    assert _datings(events, "visited") == [("2018-03-02", "explicit")]
    assert _datings(events, "shut") == [("2017-05", "explicit")]
    # nor is a season's word a happening ("the fall")
    assert not _triggered(events, "fall")


def test_whose_lawyer_speaks_is_not_who_speaks():
    """ "His lawyer, Ed Vance, said Holt would appeal": the lawyer named in the apposition
    speaks, not Holt whom "His" stands for (so his two sayings were two speakers'); alone,
    the owner stands for who speaks ("Levy's office said")."""
    events = _events_of_text(
        _one_article(
            "A former mayor, Dale Holt, was jailed on Friday for taking bribes.\n\n"
            "His lawyer, Ed Vance, said Holt would appeal.\n\n"
            "Holt's daughter, Ana Holt-Ruiz, said the family was shocked.\n\n"
            "The appeal will be heard in May, Nora Levy's office said."
        )
    )
    speakers = [e.speaker for _p, _s, e in events if e.type == "statement"]
    assert speakers == ["Ed Vance", "Ana Holt-Ruiz", "Nora Levy"]


def test_a_law_or_a_pact_is_no_one_a_pronoun_takes_up():
    """ "The Harbour Safety Act …" then "she wrote later in a book": a law's name is two
    capitalised words like a person's, but "she" is not the Act (nor is "the Kestrel
    Protocol" anyone's "he")."""
    events = _events_of_text(
        _one_article(
            "The Harbour Safety Act was passed in 2010 to curb the lenders.\n\n"
            "The main flaw, she wrote later in a book of memories, lay in how small it was."
        )
    )
    [wrote] = [e for _p, _s, e in events if e.trigger == "wrote"]
    assert wrote.speaker != "Harbour Safety Act"


def test_before_whom_one_appears_is_a_place_not_a_time():
    """ "The men appeared before magistrates on Thursday": Thursday is the appearance's,
    not a time it came before; "testified before the committee in May" is May's. A
    "before" that opens a clause still bounds ("resigned before the vote on Thursday")."""
    events = _events_of_text(
        _one_article(
            "Two men appeared before magistrates on Thursday.\n\n"
            "Ann Lee testified before the harbour committee in January.\n\n"
            "The mayor resigned before the vote on Thursday."
        )
    )
    assert _datings(events, "appeared") == [("2018-03-01", "explicit")]
    assert _datings(events, "testified") == [("2018-01", "explicit")]
    assert _datings(events, "resigned") == [("2018-03-01", "before")]


def test_a_remand_in_custody_is_a_legal_step():
    """ "The two men were remanded in custody on Thursday": a court's decision, typed as the
    legal step it is (and found by a `type:legal` filter), not an untyped happening."""
    events = _events_of_text(
        _one_article("The two men were remanded in custody by magistrates on Thursday.")
    )
    assert _when(events, type="legal", contains="remanded") == ("2018-03-01", "explicit")


def test_a_date_after_a_noun_s_participle_and_its_agent_is_that_participle_s():
    """ "The team analysed data gathered by the orbiting telescope in 2016 and 2017": 2016
    is when the data were gathered, not when the team analysed them; a verb's own passive
    ("The plan was approved by the council in May") keeps its date."""
    events = _events_of_text(
        _one_article(
            "A team at Kestrel University analysed data gathered by the orbiting telescope "
            "in 2016 and 2017.\n\n"
            "The harbour plan was approved by the council in January."
        )
    )
    assert "2016" not in [d for d, _ in _datings(events, "analysed")]
    assert _datings(events, "approved") == [("2018-01", "explicit")]


def test_a_phrasal_verb_s_head_without_its_particle_is_still_a_verb():
    """ "The Senate passed the spending bill on Friday" is a happening (not the "pass away"
    of a death, and no less an event for that); "stepped up the search" too. Time going by
    ("Nine years had passed since …") is none."""
    events = _events_of_text(
        _one_article(
            "The Senate passed the harbour spending bill on Friday.\n\n"
            "Divers stepped up the search for the missing trawler on Friday.\n\n"
            "Nine years had passed since the mill closed."
        )
    )
    assert _datings(events, "passed") == [("2018-03-02", "explicit")]
    assert _datings(events, "stepped") == [("2018-03-02", "explicit")]


def test_little_as_a_subject_denies_what_its_verb_tells():
    """ "Little concrete has happened since the summit" tells that nothing much did: no
    event, as "Nothing has changed" is none; "Little Rock police arrested two men" and "A
    little ferry sank" still are."""
    events = _events_of_text(
        _after_the_lead(
            "Little concrete has happened since the harbour summit.\n\n"
            "But little has changed at the mill since it reopened.\n\n"
            "Little Rock police arrested two men on Friday.\n\n"
            "A little ferry sank on Friday."
        )
    )
    assert not _triggered(events, "happened") and not _triggered(events, "changed")
    assert _triggered(events, "arrested") and _triggered(events, "sank")


def test_where_someone_is_stationed_or_based_is_a_state():
    """ "The regiment was stationed at the old barracks", "The charity is based in Derby":
    where someone or something is kept, no happening; a finding by someone ("were located
    by divers") and a happening in such a clause stay."""
    events = _events_of_text(
        _after_the_lead(
            "The regiment was stationed at the old barracks near Kelso.\n\n"
            "The charity was based in Derby.\n\n"
            "Two wrecks were located by divers off the cape.\n\n"
            "The firm, which was based in Leeds, collapsed on Friday."
        )
    )
    assert not _triggered(events, "stationed"), _triggered(events, "stationed")
    assert not _triggered(events, "based"), _triggered(events, "based")
    assert _triggered(events, "located")
    assert _datings(events, "collapsed") == [("2018-03-02", "explicit")]


def test_what_seems_or_appeared_to_be_is_a_state():
    """ "Their worries appear to match the board's views today", "The tonic appeared to be a
    fraud": how something seems or seemed, no happening; "appeared in court on Friday" is
    one."""
    events = _events_of_text(
        _after_the_lead(
            "Their worries appear to match the views of the board today.\n\n"
            "The tonic appeared to be a fraud.\n\n"
            "Ms Ruiz appeared in court on Friday."
        )
    )
    assert not _triggered(events, "appear"), _triggered(events, "appear")
    assert [s for _p, s, e in events if e.trigger == "appeared"] == [
        "Ms Ruiz appeared in court on Friday."
    ]


def test_what_happened_or_turned_out_to_be_is_a_state():
    """ "The stranger happened to be a surgeon", "The rumour turned out to be false", "The
    loan proved to be a bargain": what was so, no happening; "happened to see the crash" and
    "turned out the lights on Friday" keep theirs."""
    events = _events_of_text(
        _after_the_lead(
            "The stranger happened to be a surgeon.\n\n"
            "The rumour about the mill turned out to be false.\n\n"
            "The loan proved to be a bargain for the town.\n\n"
            "A cyclist happened to see the crash.\n\n"
            "The caretaker turned out the lights on Friday."
        )
    )
    assert [s for _p, s, e in events if e.trigger in ("happened", "turned", "proved")] == [
        "A cyclist happened to see the crash.",
        "The caretaker turned out the lights on Friday.",
    ]


def test_a_teaser_ending_in_a_read_on_link_tells_no_event():
    """ "A ferry line opened in Tarvik on Monday, and the harbour… READ THE REST": a page's
    teaser of another article, whose happenings are not this story's; "The mayor urged
    voters to read more." is a sentence of the story."""
    events = _events_of_text(
        _after_the_lead(
            "A ferry line opened in Tarvik on Monday, and the harbour is busier than ever… "
            "READ THE REST\n\n"
            "The council approved a new bridge on Friday.… Continue reading\n\n"
            "The mayor urged voters on Friday to read more."
        )
    )
    assert not _triggered(events, "opened"), _triggered(events, "opened")
    assert not _triggered(events, "approved"), _triggered(events, "approved")
    assert _triggered(events, "urged")


def test_a_future_someone_guesses_is_no_plan():
    """ "Most traders think the bank will cut rates in May", "I'm sure the fans will come
    back", "The figures suggest that prices will keep rising": a guess at what will come, no
    one's plan; "The council will vote on the budget on Monday" and "Hope Hall will open a
    library in May" (a name, no hope) are plans."""
    events = _events_of_text(
        _after_the_lead(
            "Most traders think the bank will cut rates in May.\n\n"
            "I'm sure the fans will return to the stadium.\n\n"
            "The figures suggest that the town will lose its bakery.\n\n"
            "The council will vote on the budget on Monday.\n\n"
            "Hope Hall will open a library in May."
        )
    )
    assert not _triggered(events, "cut"), _triggered(events, "cut")
    assert not _triggered(events, "return"), _triggered(events, "return")
    assert not _triggered(events, "lose"), _triggered(events, "lose")
    assert _triggered(events, "vote")
    assert _triggered(events, "open")


def test_a_quality_after_was_is_a_state():
    """ "The skipper was experienced", "The repair bill was staggering": what someone or
    something was, no happening; "The coach was encouraging the rowers on Friday" does
    something."""
    events = _events_of_text(
        _after_the_lead(
            "The skipper was experienced.\n\n"
            "The repair bill for the pier was staggering.\n\n"
            "The coach was encouraging the rowers on Friday."
        )
    )
    assert not _triggered(events, "experienced"), _triggered(events, "experienced")
    assert not _triggered(events, "staggering"), _triggered(events, "staggering")
    assert _triggered(events, "encouraging")


def test_a_name_s_possession_after_share_or_add_is_its_object_no_saying():
    """ "Tom Reyes shares Lina's love of old maps": he shares a love, he says nothing (and in
    the present, a state); "The club added Orbex's logo to its shirts" adds a logo, no
    saying; "“We will fight,” added Nina Park" still speaks."""
    events = _events_of_text(
        _after_the_lead(
            "Tom Reyes shares Lina's love of old maps.\n\n"
            "The club added Orbex's logo to its shirts on Friday.\n\n"
            "“We will fight,” added Nina Park on Friday."
        )
    )
    assert not _triggered(events, "shares"), _triggered(events, "shares")
    assert [e.type for e in _triggered(events, "added")] == ["other", "statement"]


def test_a_level_something_stood_at_is_a_statistic():
    """ "The index stood at 72.4 in March": where a figure stood, a statistic, not a
    happening in March; "The mayor stood at the podium on Friday" is one."""
    events = _events_of_text(
        _after_the_lead(
            "The price index stood at 72.4 in March, up 3 points since January.\n\n"
            "Debt stood at $3bn in 2016.\n\n"
            "The mayor stood at the podium on Friday."
        )
    )
    assert [s for _p, s, e in events if e.trigger == "stood"] == [
        "The mayor stood at the podium on Friday."
    ]


def test_an_order_to_get_something_delivered_is_no_delivery():
    """ "Get your daily dose of news delivered to your inbox each Monday": a newsletter's
    prompt to the reader, no delivery that happened."""
    events = _events_of_text(
        _after_the_lead(
            "Get your daily dose of news delivered to your inbox each Monday, by joining our "
            "mailing list.\n\n"
            "Get the top reads of each week delivered to your phone."
        )
    )
    assert not _triggered(events, "delivered"), _triggered(events, "delivered")


def test_what_continues_to_go_on_with_no_date_is_a_state():
    """ "Rents have continued to climb across the county", "The town continues to struggle
    with thefts", "as crews continued to clear the roads": a process or stance going on,
    no happening; "continued to search the lake on Tuesday" is that day's search, and "He
    continued, “…”" still speaks."""
    events = _events_of_text(
        _after_the_lead(
            "Rents have continued to climb across the county.\n\n"
            "The town continues to struggle with a wave of thefts.\n\n"
            "Divers continued to search the lake on Tuesday.\n\n"
            "He continued, “We will not stop.”"
        )
    )
    assert [s for _p, s, e in events if e.trigger in ("continued", "continues")] == [
        "Divers continued to search the lake on Tuesday.",
        "He continued, “We will not stop.”",
    ]


def test_a_verb_framing_a_quote_is_a_saying():
    """ "“…,” concluded the chair", "“…,” she recalled", "Lund mused, “…”": verbs that are
    a saying only when they frame a quote; "The inquiry concluded in May" and "The firm
    recalled 900 heaters" are no sayings."""
    events = _events_of_text(
        _after_the_lead(
            "“This plan ends a long wait for the islanders,” concluded Ines Varga.\n\n"
            "“We lost two boats that winter,” she recalled.\n\n"
            "Ola Lund mused, “The tide was never on our side.”\n\n"
            "The inquiry concluded in May.\n\n"
            "The firm recalled 900 heaters last week."
        )
    )
    said = {e.trigger for _p, _s, e in events if e.type == "statement"}
    assert {"concluded", "recalled", "mused"} <= said, said
    assert not [s for _p, s, e in events if e.type == "statement" and s.startswith("The ")], events


def test_a_saying_in_a_released_video_takes_the_video_s_date():
    """ "…,” the harbour master said in a short video released over the weekend": the
    saying is made in that video, so it is of the weekend, and "released" (which video)
    is no entry of its own; "The band released a video on Tuesday" stays a release."""
    events = _events_of_text(
        _after_the_lead(
            "“I am sorry for the delays,” the harbour master said in a short video "
            "released over the weekend.\n\n"
            "The band released a video on Tuesday."
        )
    )
    assert [(e.trigger, e.type, e.date) for _p, s, e in events if "harbour" in s] == [
        ("said", "statement", "2018-W09-WE")
    ]
    assert [e.date for e in _triggered(events, "released")] == ["2018-02-27"]


def test_what_someone_is_said_to_be_is_hearsay_no_saying():
    """ "Ms Ortiz was said to be showing no signs of illness", "The chef is reported to own
    three boats": hearsay of a state, no one speaks; "was reported to the police on Friday"
    and "is said to have proposed in November" (the proposal) stay."""
    events = _events_of_text(
        _after_the_lead(
            "Ms Ortiz was said to be showing no signs of illness on the flight.\n\n"
            "The chef is reported to own three boats.\n\n"
            "The minister was reported to the police on Friday.\n\n"
            "The singer is said to have proposed on a trip to Rome in November."
        )
    )
    assert not _triggered(events, "said"), _triggered(events, "said")
    assert [s for _p, s, e in events if e.trigger == "reported"] == [
        "The minister was reported to the police on Friday."
    ]
    assert _datings(events, "proposed") == [("2017-11", "explicit")]


def test_an_order_after_a_fronted_phrase_tells_nothing_that_happened():
    """ "For the results of Tuesday's council vote, click here", "From our daily briefing
    to a weekly digest, get the best stories sent to your inbox": a site's prompt to the
    reader; "In May, police arrested a man in Leeds" is no order."""
    events = _events_of_text(
        _after_the_lead(
            "For the results of Tuesday's council elections, click here.\n\n"
            "From our daily briefing to a weekly digest, get the best stories delivered to "
            "your inbox.\n\n"
            "In May, police arrested a man in Leeds."
        )
    )
    assert [s for _p, s, _e in events if not s.startswith(("Voters", "Shops"))] == [
        "In May, police arrested a man in Leeds."
    ]


def test_a_present_saying_a_comment_judges_or_a_that_clause_describes_is_no_saying():
    """ "It's odd that fans praise the new stadium", "It is no surprise that critics say the
    plan is weak": the writer's comment on what people say, no saying at publication; "a
    club that says it has 400 members": what the club is. "It was on Friday that the mayor
    said …" still says."""
    events = _events_of_text(
        _after_the_lead(
            "It's odd that fans praise the new stadium when the roof often leaks.\n\n"
            "It is no surprise that critics say the plan is weak.\n\n"
            "Dina Holt leads a club that says it has 400 members.\n\n"
            "It was on Friday that the mayor said the plan was dead."
        )
    )
    said = [(e.trigger, s) for _p, s, e in events if e.type == "statement"]
    assert said == [("said", "It was on Friday that the mayor said the plan was dead.")], said
    # "claims" read as a present saying inside what Lane added lent its actors to his saying
    events = _events_of_text(
        _after_the_lead(
            "Tom Lane added that Ortiz, along with Vance, came across as calm and in command "
            "of facts to support claims about local matters while taking questions."
        )
    )
    assert [e.actors for e in _triggered(events, "added")] == [("Tom Lane",)]


def test_a_perfect_kept_up_throughout_a_stretch_of_time_is_a_state():
    """ "Ms Ruiz, who has kept a photo of her father on her desk throughout her career",
    "The mayor, who has avoided new curbs throughout the autumn": a state kept up, no
    happening; "The flu has spread throughout the region" is no stretch of time."""
    events = _events_of_text(
        _after_the_lead(
            "Ms Ruiz, who has kept a photo of her father on her desk throughout her career, "
            "will lead the team.\n\n"
            "The mayor, who has avoided new curbs throughout the autumn, said on Friday the "
            "rules would change.\n\n"
            "The flu has spread throughout the region."
        )
    )
    assert not _triggered(events, "kept") and not _triggered(events, "avoided")
    assert _triggered(events, "spread") and _triggered(events, "said")


def test_what_came_about_over_time_is_a_trend():
    """ "The archive grew over time and became the town's library", "And over time, fans
    slowly grew fond of the new kit": a change bit by bit, no happening; "a row over time
    limits" is a noun's time, and a date of its own keeps a happening."""
    events = _events_of_text(
        _after_the_lead(
            "The archive grew over time and became the town's main library.\n\n"
            "And over time, fans slowly grew fond of the new kit.\n\n"
            "The mayor resigned after a row over time limits.\n\n"
            "Over time, the club built a new stand in 2015."
        )
    )
    assert not _triggered(events, "grew"), _triggered(events, "grew")
    assert _triggered(events, "resigned") and _triggered(events, "built")


def test_what_will_happen_to_the_reader_is_a_generic_warning():
    """ "Orbex will downgrade your site and hurt your ranking", "The council will send you
    a letter": what may happen to any reader, no one's plan; "The council will vote on the
    plan in May" is one."""
    events = _events_of_text(
        _after_the_lead(
            "Orbex will downgrade your site and hurt your ranking.\n\n"
            "The council will send you a letter.\n\n"
            "The council will vote on the plan in May."
        )
    )
    assert not _triggered(events, "downgrade"), _triggered(events, "downgrade")
    assert not _triggered(events, "send"), _triggered(events, "send")
    assert _triggered(events, "vote")


def test_continued_with_a_quotation_is_a_saying():
    """ "“The ruling is wrong,” she continued" and "Lee continued: “…”" are sayings, dated as
    sayings are; "Prices continued to rise" is none."""
    events = _events_of_text(
        _after_the_lead(
            '"We will appeal," Ann Lee said. "The harbour ruling is wrong," she continued.\n\n'
            'Lee continued: "The court ignored the tide charts."\n\n'
            "Fares continued to rise in February."
        )
    )
    said = [(e.type, e.sent_start) for e in _triggered(events, "continued")]
    assert [t for t, _s in said][:2] == ["statement", "statement"]
    assert not any(t == "statement" for _p, s, e in events if "Fares" in s for t in [e.type])


def test_an_occasion_told_by_its_noun_alone_is_the_company_and_product_in_view():
    """ "The ceremony drew 3,000 guests", after Vexa Motors unveiled its X90 truck: the
    unveiling's ceremony, Vexa Motors' and the X90's; not when the sentence names its own."""
    events = _events_of_text(
        "Vexa Motors shows X90 truck\nMarch 12, 2019\n\n"
        "Truck maker Vexa Motors have unveiled their new Vexa X90 truck at their plant "
        "near Kazan.\n\n"
        "The ceremony drew 3,000 workers and dealers to the plant's yard.\n\n"
        "The event was paid for by the regional government of Tatarstan."
    )
    drew = _find(events, type="other", contains="3,000 workers")
    assert "Vexa Motors" in drew.actors and "Vexa X90" in drew.actors
    paid = [e for _p, s, e in events if "paid for" in s]
    assert not paid or "Vexa Motors" not in paid[0].actors


def test_a_lead_news_in_the_present_perfect_takes_the_day_its_next_paragraph_sets():
    """ "Vexa Motors have unveiled their new X90 truck" … "The X90 was first shown to
    dealers on Monday": the unveiling was on Monday, the day the lead's paragraphs give a
    happening of the X90, not at publication (the headline's too); a present-tense saying of
    the lead is still made at publication, a perfect told after the day's sentence is news
    since ("The ferry sank on Saturday. A body has just been found":
    `test_a_sentence_is_dated_by_its_own_words`), and another's day is not the X90's."""
    article = parse_article(
        "Vexa Motors unveils new X90 truck\nMarch 12, 2019\n\n"
        "Truck maker Vexa Motors have unveiled their new X90 truck at their plant near Kazan. "
        "Chief executive Olga Sorokina says the truck is the cleanest the firm has built.\n\n"
        "The X90 was first shown to dealers on Monday at an open day in the plant."
    )
    found = extract(article)
    events = _events_in(article, found)
    assert _when(events, type="launch", contains="have unveiled") == ("2019-03-11", "inferred")
    assert _when(events, type="statement", contains="Sorokina says") == ("2019-03-12", "inferred")
    assert [e.date for e in found.headline] == ["2019-03-11"]
    other = _events_of_text(
        "Vexa Motors unveils new X90 truck\nMarch 12, 2019\n\n"
        "Truck maker Vexa Motors have unveiled their new X90 truck at their plant near Kazan."
        "\n\nA hiker was rescued from the Volga hills on Monday."
    )
    assert _when(other, type="launch", contains="have unveiled") == ("2019-03-12", "inferred")


def test_a_scene_retold_by_its_verb_is_of_the_scene_day():
    """ "The K7 has made its first flight" … "The drone flew over the lake", past the
    lead: the flight retold by its verb, on the flight's day (publication, the lead's news),
    not some time before; not a flight told as earlier still ("had flown")."""
    events = _events_of_text(
        "Largest cargo drone makes first flight\nMay 4, 2021\n\n"
        "The world's largest cargo drone, the Orbex K7, has made its first flight after "
        "lifting off from Kiruna in Sweden.\n\n"
        "The take-off, at 09:10 UTC, was normal and took place on time.\n\n"
        "The drone flew over the lake with ten tonnes of sand on board.\n\n"
        "Its makers had flown smaller drones over the same lake."
    )
    assert _datings(events, "flew") == [("2021-05-04", "inferred")]
    assert _datings(events, "flown") == [("2021-05-04", "before")]


def test_a_headline_opening_with_a_model_name_has_its_verb():
    """ "A321 lands safely in Lima": the model's name opens the headline (not the article
    "A" before "lands"), so "lands" is its verb, the lead's "has landed"."""
    article = parse_article(
        "A321 lands safely in Lima\nMay 4, 2021\n\n"
        "A Kestrel Air A321 has landed safely in Lima after losing an engine over the "
        "Andes.\n\nNobody was hurt."
    )
    found = extract(article)
    assert [(e.trigger, e.date) for e in found.headline] == [("lands", "2021-05-04")]


def test_a_headline_light_verb_names_the_happening_of_its_object():
    """ "K7 makes maiden flight to Oslo" over "A K7 is flying from Kiruna to Oslo": "makes"
    says only that the flight took place, and the flight is the lead's flying, on its day."""
    article = parse_article(
        "K7 makes maiden flight to Oslo\nMay 4, 2021\n\n"
        "Orbex has sent its new K7 cargo drone north for its first long trip.\n\n"
        "A K7 is flying from Kiruna to Oslo with ten tonnes of sand on board."
    )
    found = extract(article)
    assert [(e.trigger, e.date) for e in found.headline] == [("makes", "2021-05-04")]


def test_a_date_in_an_apposition_s_relative_clause_is_the_noun_s():
    """ "Ann Lee, a plumber who helped with the rally on Monday in Tulsa, said she urged
    calm": Monday is when she helped with the rally, an aside about her; her saying is not
    dated by it."""
    events = _events_of_text(
        _one_article(
            "Ann Lee, a plumber who helped with the harbour rally on Monday in Tulsa, said "
            "she urged marchers to stay in their cars.",
            published="Wednesday, March 7, 2018",
        )
    )
    assert _datings(events, "said") != [("2018-03-05", "explicit")]
    assert _datings(events, "helped") == [("2018-03-05", "explicit")]


def test_added_with_a_clause_and_continued_as_an_aside_are_sayings():
    """ "She added this is a setback that will pass": "this is …" is what she said, no
    object of "added" (as "added 300 jobs" has); "The harbour board, she continued, sells
    permits weekly": "continued" set off in what is said is a saying too."""
    events = _events_of_text(
        _after_the_lead(
            '"The issue is simple," Ann Lee said. She added this is a setback that will pass.'
            "\n\nThe harbour board, she continued, sells permits weekly.\n\n"
            "The plant added 300 jobs on Friday."
        )
    )
    assert [e.type for e in _triggered(events, "added")] == ["statement", "other"]
    assert [e.type for e in _triggered(events, "continued")] == ["statement"]


def test_a_body_s_name_run_into_a_person_s_is_the_person():
    """ "Deputy in the Ministry of Ports Brian Rowe said …" then "Rowe said …": the
    speaker is Brian Rowe (a given name, and the story writes his surname alone), not a
    "Ministry of Ports Brian Rowe" no one else is; both sayings are his."""
    events = _events_of_text(
        _after_the_lead(
            "Deputy in the Ministry of Ports Brian Rowe said the dues were fair."
            "\n\nRowe said the harbour dues would not rise this year."
        )
    )
    speakers = {e.actors[0] for e in _triggered(events, "said")}
    assert speakers == {"Brian Rowe"}


def test_an_s_word_after_a_plain_adjective_is_a_noun():
    """ "The app offers handy tools like sticky notes and a dictionary": "notes" after the
    adjective "sticky" is a plural noun, no saying at publication; "The official says …"
    still is one."""
    events = _events_of_text(
        _after_the_lead(
            "The harbour app offers handy tools like a tide table, sticky notes and a map.\n\n"
            "The official says the pier failed its inspection on Friday."
        )
    )
    assert not _triggered(events, "notes")
    assert [e.type for e in _triggered(events, "says")] == ["statement"]


def test_a_date_ahead_of_a_noun_is_the_nouns_not_the_verbs():
    """ "is seeking a deal ahead of the upcoming summit in June": June is the summit's, which
    the seeking goes on ahead of (the lead's news in progress, at publication); "filed suits
    ahead of the election in June" were not filed in a June; "rallies in the run-up to the
    vote on May 3": the vote's day, not the rallies'."""
    events = _events_of_text(
        _one_article(
            "The council is seeking to reach a pay deal with the unions ahead of the upcoming "
            "Budget Summit in Lima in June, as confirmed by the mayor.\n\n"
            "The unions want a rise of four percent, and the council has offered two.\n\n"
            "Dock workers are staging rallies in the run-up to the port vote on May 3.\n\n"
            "Lawyers filed suits ahead of the upcoming election in June."
        )
    )
    assert _datings(events, "seeking") == [("2018-03-05", "inferred")]
    assert ("2017-06", "explicit") not in _datings(events, "filed")
    assert _datings(events, "election") == [("2018-06", "explicit")]
    assert ("2018-05-03", "explicit") not in _datings(events, "staging")
    assert _datings(events, "vote") == [("2018-05-03", "explicit")]


def test_the_days_news_with_a_perfect_stays_on_the_day():
    """ "Gold started the day lower but has climbed 1% as the day went on": a sentence that
    tells the day's news in the simple past, at publication, keeps the story there though
    its second clause is a perfect: the indices "traded down for the day" after it are of
    that day too, not some time before it."""
    events = _events_of_text(
        _one_article(
            "Shares in Oslo opened higher on Monday as traders came back from the break. "
            "Copper started the day lower, but has climbed to a gain of about 1% as the day "
            "went on. Just before the final bell the OBX traded down 0.4% for the day, and "
            "the OMXS traded flat.",
            published="Monday, March 5, 2018",
        )
    )
    assert _datings(events, "traded") == [("2018-03-05", "inferred")]


def test_a_perfect_since_then_is_after_the_time_told():
    """ "The ferry line opened in May 1971. Since then, fares have risen fourfold": a process
    since the time the paragraph told is only after it (the gold's convention for "since
    X"), not some time before publication."""
    events = _events_of_text(
        _after_the_lead(
            "The ferry line to Arran opened in May 1971. Since then, its fares have risen "
            "fourfold.\n\n"
            "The quarry shut in 1986. Ever since, the village has lost half its shops."
        )
    )
    assert _datings(events, "risen") == [("1971-05", "after")]
    assert _datings(events, "lost") == [("1986", "after")]


def test_what_follows_a_dated_happening_comes_after_it():
    """ "The ban follows a review by the council in March": the review's March is the last
    one, and the ban comes after it (not the coming March); a date fronted before "follows"
    ("In May 2012, the next meeting follows") is not what is followed."""
    events = _events_of_text(
        _one_article(
            "The parking ban follows a review by the harbour council in March.\n\n"
            "In May 2012, the next trade fair follows, on a plan by the guild.",
            published="Thursday, November 2, 2023",
        )
    )
    assert _datings(events, "follows")[0] == ("2023-03", "after")
    assert ("2012-05", "after") not in _datings(events, "follows")


def test_a_century_dates_what_happened_in_it():
    """ "The chapel was built in the 14th century": the tagger writes a century as TimeML
    does ("13"); the calendar reads it as its hundred years (13XX), a coarse date, not none
    (which left the building at publication)."""
    events = _events_of_text(
        _after_the_lead("The stone chapel near the ford was built in the 14th century.")
    )
    assert _datings(events, "built") == [("13XX", "explicit")]
    # "the 1500s" before 1900 is the century, as writers use it, and "in the 1500s and
    # 1600s" the two centuries' span (the sentence's date, read whole), not the decade 150X
    events = _events_of_text(
        _after_the_lead("Weavers in Ghent were paid in wool during the 1500s and 1600s.")
    )
    assert [e.date for e in _triggered(events, "paid")] == ["15XX"]
    from dateline.store.extract.temporal import tag

    assert [t.value for t in tag("Ghent grew rich in the 1500s.")] == ["15"]
    assert [t.value for t in tag("Ghent grew rich in the 1950s.")] == ["195X"]


def test_a_date_of_what_is_averted_dates_no_verb():
    """ "The union worked to avert a strike in October": October is the strike's, which the
    work aims to keep from happening; it dates neither the work (not last October) nor a
    strike. A date of the verb's own ("worked in May to avert a strike") still dates it."""
    events = _events_of_text(
        _after_the_lead(
            "The dockers' union worked to avert a walkout at the end of October.\n\n"
            "The ferry crews have toiled to head off a shutdown in November.\n\n"
            "The bakers' guild worked in May to avert a walkout."
        )
    )
    worked = _datings(events, "worked")
    assert len(worked) == 2 and worked[0][0] not in ("2017-10", "2018-10"), worked
    assert worked[1] == ("2017-05", "explicit")
    assert _datings(events, "toiled") == [("2018-03-05", "before")]


def test_a_date_of_a_comparisons_did_dates_no_other_verb():
    """ "The drive helped the left as the Green wave did in 1998": 1998 is when the wave
    helped, told again by "did"; the drive's help is the story's, not of 1998. A verb's own
    date before the comparison still dates it ("swept the council in 1998, as it did in
    1994")."""
    events = _events_of_text(
        _after_the_lead(
            "The tenants' drive lifted the left as the Green wave did in 1998.\n\n"
            "The Green wave swept the harbour council in 1998, as it did in 1994."
        )
    )
    assert ("1998", "explicit") not in _datings(events, "lifted")
    assert _datings(events, "swept") == [("1998", "explicit")]


def test_a_count_as_subject_so_far_is_a_running_total():
    """ "More than 4,000 homes have been flooded so far": a count as the subject of a verb
    with "so far", "to date" or "till date" is a total still running, a statistic, as a count
    as its object is ("has raised £12,000 so far"); a happening with "so far" and no count,
    and a year before the verb, stay."""
    events = _events_of_text(
        _after_the_lead(
            "More than 4,000 homes have been flooded so far, the agency said.\n\n"
            "So far, in 2021, 12,000 walkers have already crossed the Harlow pass.\n\n"
            "Some 310 people have been discharged from Harlow clinic till date.\n\n"
            "In 2016 so far, rangers have rescued a stranded whale.\n\n"
            "The Ravens have so far dismissed their coach."
        )
    )
    assert not _triggered(events, "flooded"), _triggered(events, "flooded")
    assert not _triggered(events, "crossed"), _triggered(events, "crossed")
    assert not _triggered(events, "discharged"), _triggered(events, "discharged")
    assert _triggered(events, "rescued") and _triggered(events, "dismissed")


def test_a_total_counted_by_a_perfect_is_a_running_count():
    """ "The agency has logged a total of 12,400 suspected cases": a counting verb's number
    after "a total of" is a running count like "has recorded 12,400 cases", no saying of
    the day; a report of something else stays one."""
    events = _events_of_text(
        _after_the_lead(
            "The health agency has reported a total of 12,400 suspected cases.\n\n"
            "The ministry has reported a fault in the ferry's engine."
        )
    )
    assert [s for _p, s, e in events if e.trigger == "reported"] == [
        "The ministry has reported a fault in the ferry's engine."
    ]


def test_what_a_service_will_offer_with_no_date_is_a_description():
    """ "The course will offer six sessions on soil", "Guests will be offered a tour of the
    vineyard": what a service or a course will have on offer, with no date, describes it;
    an offer from a day ("will offer refunds from Monday") is a plan of that day."""
    events = _events_of_text(
        _after_the_lead(
            "The course will offer six sessions on soil and rivers.\n\n"
            "Guests will be offered a tour of the vineyard.\n\n"
            "The fair will cover soil care and seed saving.\n\n"
            "The ferry line will offer refunds from Monday."
        )
    )
    assert [s for _p, s, e in events if e.trigger in ("offer", "offered", "cover")] == [
        "The ferry line will offer refunds from Monday."
    ]


def test_a_duty_or_post_to_come_with_no_date_is_a_state():
    """ "As coach, Ruiz will be tasked with scouting", "Forty refugees will be employed at
    the depot", "Cyclists will still be allowed on the bridge", "The depot will be run by the
    council": a role or a rule to come, with no date, describes it, no one's plan; a leave of
    a day ("will be allowed to visit on Friday") and a passive of another verb ("will be
    charged with theft") stay plans."""
    events = _events_of_text(
        _after_the_lead(
            "As depot manager, Ann Cole will be tasked with training new drivers.\n\n"
            "Forty refugees will be employed there.\n\n"
            "Cyclists will still be allowed in the yard.\n\n"
            "The depot will be run by the council's transport arm.\n\n"
            "The mayor will be allowed to visit on Friday.\n\n"
            "The suspect will be charged with theft."
        )
    )
    assert [s for _p, s, _e in events if s not in STORY_LEAD] == [
        "The mayor will be allowed to visit on Friday.",
        "The suspect will be charged with theft.",
    ]


def test_staying_aside_or_in_a_state_is_no_happening():
    """ "The union has stayed on the sidelines", "Cafes will be staying open", "The guild has
    kept its distance from any protest", "kept a low profile": a state held, no happening;
    a stay somewhere ("stayed at an inn"), staying on in a post, keeping a thing and a dated
    stay ("stayed home on Monday") are still told."""
    events = _events_of_text(
        _after_the_lead(
            "The largest union stayed on the sidelines of the strike.\n\n"
            "Two cafes in the square will be staying open.\n\n"
            "The mayor stayed silent.\n\n"
            "The drivers' guild has kept its distance from any protest.\n\n"
            "The bakers kept a low profile during the strike.\n\n"
            "The team stayed at an inn near the harbour.\n\n"
            "Lee stayed on as coach.\n\n"
            "The mayor kept the keys.\n\n"
            "The striker stayed home on Monday."
        )
    )
    assert [s for _p, s, _e in events if s not in STORY_LEAD] == [
        "The team stayed at an inn near the harbour.",
        "Lee stayed on as coach.",
        "The mayor kept the keys.",
        "The striker stayed home on Monday.",
    ]


def test_what_follows_remain_or_stay_is_the_state_kept():
    """ "Both ferry piers will remain shut until Friday", "The deficit remains cause for
    alarm", "The gates stayed locked": the word after a verb of staying tells the state kept,
    no happening; the noun "remains" and a staying that is done ("stayed and fought") keep
    their verbs."""
    events = _events_of_text(
        _after_the_lead(
            "Both ferry piers will remain shut until Friday.\n\n"
            "The loan remained guaranteed by the cargo.\n\n"
            "The deficit remains cause for alarm.\n\n"
            "The gates stayed locked.\n\n"
            "The human remains showed signs of burning.\n\n"
            "Ruiz stayed and fought on Monday."
        )
    )
    for word in ("shut", "guaranteed", "cause"):
        assert not _triggered(events, word), _triggered(events, word)
    assert [s for _p, s, e in events if e.trigger == "stayed"] == [
        "Ruiz stayed and fought on Monday."
    ]
    assert _triggered(events, "showed")


def test_thousands_as_the_subject_over_a_year_is_a_statistic():
    """ "In 2016, some 85,000 people moved to the island", "Last year 2 million visitors came":
    a count in the thousands as the subject, over a year, is a statistic, as a percentage
    over a year is; a small count or a day keep the happening."""
    events = _events_of_text(
        _after_the_lead(
            "In 2016, some 85,000 people moved to the island.\n\n"
            "In 2015, 2 million visitors toured the old fort.\n\n"
            "In 2016, two climbers reached the summit.\n\n"
            "On Friday, 12,000 people marched through Leeds."
        )
    )
    assert not _triggered(events, "moved"), _triggered(events, "moved")
    assert not _triggered(events, "toured"), _triggered(events, "toured")
    assert _triggered(events, "reached") and _triggered(events, "marched")


def test_a_term_or_a_name_s_source_given_by_a_naming_verb_is_no_event():
    """ "gene faults (also called germline faults)", "what has been called the “open model”",
    "a trend called the “Quiet Quit”", "a lane named after a poet": a term or where a name
    comes from, no saying and no appointment; "was named best actor" and "called the Greens
    liars" keep theirs."""
    events = _events_of_text(
        _after_the_lead(
            "Some faults are inherited (also called germline faults) from a parent.\n\n"
            "The deals follow what has been called the “open model” of pricing.\n\n"
            "Offices are emptying (a trend called the “Quiet Quit”), Ms Ruiz writes.\n\n"
            "The town opened a lane named after a poet.\n\n"
            "Ortiz was named best actor on Sunday.\n\n"
            "The senator called the Greens liars on Friday."
        )
    )
    assert [s for _p, s, e in events if e.trigger in ("called", "named")] == [
        "Ortiz was named best actor on Sunday.",
        "The senator called the Greens liars on Friday.",
    ]


def test_a_side_taken_in_an_undated_perfect_is_a_stance():
    """ "Democrats have pushed for more aid", "The guild has long championed rail": taking a
    side, in a perfect with no date, is a stance held, a state; a dated one, or a push of
    something, stays."""
    events = _events_of_text(
        _after_the_lead(
            "Farm groups have pushed for cheaper diesel.\n\n"
            "The guild has long championed rail freight.\n\n"
            "Several mayors have embraced the curbs.\n\n"
            "The council has opposed the plan since March 2017.\n\n"
            "Two men have pushed the stalled bus off the bridge."
        )
    )
    for word in ("championed", "embraced"):
        assert not _triggered(events, word), _triggered(events, word)
    assert [s for _p, s, e in events if e.trigger == "pushed"] == [
        "Two men have pushed the stalled bus off the bridge."
    ]
    assert _triggered(events, "opposed")


def test_a_happening_nouns_day_dates_no_present_perfect():
    """ "Police have released photos of a suspect in the bank robbery on Dec. 4": Dec. 4 is
    the robbery's day; the release, told in the perfect, is the news at publication, not a
    release on the robbery's day. A past perfect still takes it ("had been charged over the
    attack on Saturday"), and so does a verb whose own day it is ("has approved the plan on
    Friday")."""
    events = _events_of_text(
        _one_article(
            "Detectives have released video of a man sought in the Birch Lane burglary on "
            "March 1.\n\n"
            "Officers have arrested a teenager in connection with the stabbing on Friday.",
            published="Thursday, March 8, 2018",
        )
    )
    assert _datings(events, "released") == [("2018-03-08", "inferred")]
    assert _datings(events, "arrested") == [("2018-03-08", "inferred")]
    events = _events_of_text(
        _after_the_lead(
            "A driver had been charged over the crash in Dunmore on Saturday.\n\n"
            "The parish council has approved the plan on Friday."
        )
    )
    assert _datings(events, "charged") == [("2018-03-03", "explicit")]
    assert _datings(events, "approved") == [("2018-03-02", "explicit")]


def test_a_narrated_saying_amid_a_dated_past_was_made_then():
    """ "With the 2001 crash, the boom ended. 'The party is over,' declared the minister":
    a saying told as a deed of the past the paragraph narrates was made then, not at
    publication. A reporter's "said" is still the story's quote ("The pier was built in
    1990. 'It is unsafe,' the mayor said")."""
    events = _events_of_text(
        _after_the_lead(
            'With the 2001 crash in Eldora, the boom ended. "The party is over," declared '
            "the finance minister.\n\n"
            "Photos the actor posted in May 2016 drew scorn. One fan wrote that he looked "
            "ill.\n\n"
            'The stone pier was built in 1990. "It is unsafe," the harbour master said.'
        )
    )
    assert _datings(events, "declared") == [("2001", "inferred")]
    assert _datings(events, "wrote") == [("2016-05", "inferred")]
    assert _datings(events, "said") == [("2018-03-04", "inferred")]  # the lead's day


def test_a_period_figures_cover_dates_no_verb_handing_them_over():
    """ "The harbour board has published figures for its third quarter": the quarter is what
    the figures cover; the publishing is not in it. A period before the verb is the verb's own
    ("Sales for 2019 rose 4 percent"), and a day of the verb's still dates it ("approved the
    budget for 2019 on Monday")."""
    events = _events_of_text(
        _after_the_lead(
            "The harbour board has released figures for the first half of 2017.\n\n"
            "The parish council approved the budget for 2019 on Monday."
        )
    )
    assert _datings(events, "released") == [("2018-03-05", "before")]
    assert _datings(events, "approved") == [("2018-03-05", "explicit")]


def test_a_year_inside_an_after_phrase_bounds_what_follows():
    """ "The mill cut 300 jobs after the 2001 crash": 2001 is the crash's; the cutting is
    only after it. Not a day ("resigned after the vote on Monday" is mostly that Monday),
    nor "After all, …", nor a clause with a verb of its own ("after she joined in 2010")."""
    events = _events_of_text(
        _after_the_lead(
            "The paper mill in Arlo cut 300 jobs after the 2001 crash.\n\n"
            "After taking her degree in 1995, the nurse went on to train midwives.\n\n"
            "The harbour master sold two tugs after she joined in 2010.\n\n"
            "After all, the ferry firm went bust in 2012."
        )
    )
    assert _datings(events, "cut") == [("2001", "after")]
    assert _datings(events, "went") == [("1995", "after"), ("2012", "explicit")]
    assert _datings(events, "sold") == [("2010", "explicit")]
    # "following …", "in the wake of …" too, but not "the following year"
    events = _events_of_text(
        _after_the_lead(
            "Following the 1999 flood, the town raised its levees.\n\n"
            "The ferry firm shed 40 staff in the wake of the floods in 2009."
        )
    )
    assert _datings(events, "raised") == [("1999", "after")]
    assert _datings(events, "shed") == [("2009", "after")]


def test_a_counted_time_up_to_publication_bounds_what_happened_in_it():
    """ "Over the past year, ferry lines have started to cut fares": within the year up to
    publication, so after its start (not only some time before publication). Not a vague
    count ("the past few months"), nor the time of a later verb ("after the mill was shut
    slumped in the past year": the slump's)."""
    events = _events_of_text(
        _after_the_lead(
            "Over the past year, ferry lines have started to cut their fares.\n\n"
            "In the last two weeks, wardens have fined 12 anglers.\n\n"
            "Over the past few months, rents have risen sharply.\n\n"
            "Trade in Arlo, which grew after the mill was shut slumped in the past year."
        )
    )
    assert _datings(events, "started") == [("2017-03-05", "after")]
    assert _datings(events, "fined") == [("2018-02-19", "after")]
    assert _datings(events, "risen") == [("2018-03-05", "before")]
    assert ("2017-03-05", "after") not in _datings(events, "shut")


def test_a_state_foretold_by_a_schedule_word_is_no_plan():
    """ "Next year is slated to be the wettest on record": what "slated" or "scheduled" puts
    before "to be" or "to become" is a state foretold, no one's plan; a holding, a visit or
    an act stays planned."""
    events = _events_of_text(
        _after_the_lead(
            "Next year is slated to be the wettest on record.\n\n"
            "The new tram line is scheduled to become the busiest in the region next year.\n\n"
            "The envoy was scheduled to be in Oslo on Monday.\n\n"
            "The depot is slated to be rebuilt next year.\n\n"
            "The choir was slated to open the fair on Saturday."
        )
    )
    assert [s for _p, s, e in events if e.trigger in ("slated", "scheduled")] == [
        "The envoy was scheduled to be in Oslo on Monday.",
        "The depot is slated to be rebuilt next year.",
        "The choir was slated to open the fair on Saturday.",
    ]


def test_a_return_or_peak_after_expected_is_a_forecast():
    """ "The payout is expected to return in March", "The river is expected to peak on
    Sunday": a thing's coming back or peaking, foretold, is no one's plan; a trip back
    somewhere, or a vote, stays planned."""
    events = _events_of_text(
        _after_the_lead(
            "The payout is expected to return in March.\n\n"
            "Frost is expected to return on Sunday.\n\n"
            "The river is expected to peak on Sunday.\n\n"
            "The crew is expected to return to port on Friday.\n\n"
            "The council is expected to vote on Friday."
        )
    )
    assert not _triggered(events, "peak")
    assert [s for _p, s, e in events if e.trigger == "return"] == [
        "The crew is expected to return to port on Friday."
    ]
    assert _triggered(events, "vote")


def test_what_is_done_whenever_or_every_time_is_a_habit():
    """ "Fans jeered whenever the striker touched the ball", "Each time, the clerk sent the
    forms back": what is done every time something happens is a habit, no one happening;
    a saying of it stays."""
    events = _events_of_text(
        _after_the_lead(
            "Those remarks didn't stop fans mocking Ruiz's hat whenever she posted a fresh "
            "picture.\n\n"
            "Fans jeered whenever the striker touched the ball.\n\n"
            "Each time, the clerk sent the forms back.\n\n"
            "Fans cheer whenever he scores, Ortiz said on Friday."
        )
    )
    for word in ("posted", "jeered", "touched", "sent"):
        assert not _triggered(events, word), _triggered(events, word)
    assert _triggered(events, "said")


def test_a_timetable_in_the_present_is_no_happening():
    """ "The aquarium opens at 9 a.m. every day", "The bakery opens daily at 6 a.m.": a
    present verb with a clock time and a word of a timetable tells what is done each time,
    no happening on the story's day; a dated opening still is one, and so is a past one."""
    events = _events_of_text(
        _after_the_lead(
            "The aquarium opens at 9 a.m. every day.\n\n"
            "The bakery on Dorn Street opens daily at 6 a.m.\n\n"
            "The skating rink closes at noon on Sundays.\n\n"
            "The ferry terminal opens to passengers on May 3.\n\n"
            "The council closed the rink on Sunday."
        )
    )
    assert not [e for _p, s, e in events if "every day" in s or "daily" in s or "Sundays" in s]
    assert [e.date for e in _triggered(events, "opens")] == ["2018-05-03"]
    assert _triggered(events, "closed")


def test_a_frame_with_it_is_no_happening():
    """ "When it came to spending, …", "It turned out that …": "it" with "come to" after
    "when", or with "turn out", frames what follows, no happening of its own; "It came to
    light on Friday" (a finding out) and "The vote turned out badly" stay."""
    events = _events_of_text(
        _after_the_lead(
            "When it came to spending, the board was cautious.\n\n"
            "It turned out, too, that the ledger had not been audited in years.\n\n"
            "It came to light on Friday that the ledger was forged.\n\n"
            "The vote turned out badly for the mayor."
        )
    )
    assert [s for _p, s, e in events if e.trigger in ("came", "turned")] == [
        "It came to light on Friday that the ledger was forged.",
        "The vote turned out badly for the mayor.",
    ]


def test_a_set_phrase_of_saying_set_off_by_commas_is_no_saying():
    """ "All told, the mill is a bargain", "Having said that, the club kept its coach": a set
    phrase of saying standing alone comments on the sentence, no one says; "All told the
    court on Friday that …" (all of them told it) stays."""
    events = _events_of_text(
        _after_the_lead(
            "All told, the mill is a bargain at that price.\n\n"
            "Having said that, the club kept its coach.\n\n"
            "All told the court on Friday that they were innocent."
        )
    )
    assert [s for _p, s, e in events if e.trigger in ("told", "said")] == [
        "All told the court on Friday that they were innocent."
    ]


def test_what_someone_was_wearing_or_carrying_is_a_description():
    """ "The suspect was wearing a green cap", "The ferry was carrying 240 passengers": the
    progressive of wearing or carrying describes how things stood, no happening; "Crews
    carried the injured to the boats on Monday" stays."""
    events = _events_of_text(
        _after_the_lead(
            "The suspect was wearing a green cap.\n\n"
            "The ferry was carrying 240 passengers.\n\n"
            "Crews carried the injured to the boats on Monday."
        )
    )
    assert not _triggered(events, "wearing")
    assert not _triggered(events, "carrying")
    assert _triggered(events, "carried")


def test_standing_to_gain_or_lose_is_a_prospect():
    """ "The bank stood to gain the most from the bailout", "Farmers stand to lose millions":
    "stand to" with a verb of gaining or losing is a prospect, no happening; "stood to
    applaud the singer on Friday" (a rising) stays."""
    events = _events_of_text(
        _after_the_lead(
            "As the biggest lender, the bank stood to gain the most from the bailout.\n\n"
            "The port stands to benefit handsomely.\n\n"
            "Lee stood to applaud the singer on Friday."
        )
    )
    assert [s for _p, s, e in events if e.trigger in ("stood", "stands")] == [
        "Lee stood to applaud the singer on Friday."
    ]


def test_a_cut_summary_starts_where_a_phrase_does():
    """A summary that must start mid-sentence starts at a whole phrase: a name from its
    first word, a noun with its article, a list item after its mark ("…Ramanathan drew
    criticism" lost her given name; "…growers and millers reached" its "The")."""

    def summary(text: str, trigger: str) -> str:
        events = _events_of_text(_one_article(text))
        return next(e.summary for _p, _s, e in events if e.trigger == trigger)

    assert summary(
        "Northfield Water chief executive Priya Ramanathan drew criticism last spring "
        "when she said that customers in the valley would face higher bills for a decade.",
        "said",
    ).startswith("…Priya Ramanathan drew criticism")
    assert summary(
        "The growers and millers reached a deal that brought their long dispute over prices "
        "to an end on March 3.",
        "brought",
    ).startswith("The growers and millers reached a deal")
    assert summary(
        "Kiri Walsh · 14 June, 2004 · In the final heat of the regional championship held at "
        "the old harbour, she crossed the finish line first despite a broken oar.",
        "held",
    ).startswith("…In the final heat")


def test_a_contest_is_no_one_a_pronoun_or_the_club_stands_for():
    """A contest's name ("the Northern Cup") is no person "he" takes up, and a club's
    ("Millbrook United") is the body "the club" stands for: "He said" after a cup win was
    the Cup's saying, and "The club said she …" the new signing's."""
    events = _events_of_text(
        _one_article(
            "Tomas Berg scored twice as Kestrel Rovers won the Northern Cup on Saturday.\n\n"
            "He said on Sunday that the squad would celebrate.\n\n"
            "Millbrook United signed Ana Ruiz on Friday.\n\n"
            "The club said she would join the squad in July."
        )
    )
    assert kind_of("Northern Cup") != "person" and kind_of("Millbrook United") == "org"
    assert _find(events, type="statement", contains="He said").actors == ("Tomas Berg",)
    club = _find(events, type="statement", contains="The club said")
    assert club.actors == ("Millbrook United",)


def test_a_name_after_a_prefixs_hyphen_is_whole():
    """ "an anti-Harbour Cup rally", "an ex-Orbex engineer": the name is all the words after
    the hyphen, not its last one ("Cup"); a nationality after it is no name ("pro-Ruritanian
    parties")."""
    from dateline.store.extract.actors import candidate_names

    names = [n for _s, _e, n in candidate_names("Fans held an anti-Harbour Cup rally.")]
    assert "Harbour Cup" in names and "Cup" not in names
    assert "Orbex" in [n for _s, _e, n in candidate_names("An ex-Orbex engineer spoke.")]
    assert not [
        n for _s, _e, n in candidate_names("Two pro-Ruritanian parties met.") if "Rurit" in n
    ]


def test_a_surname_that_names_a_month_is_its_person_where_it_acts():
    """ "May said …" after "Prime Minister Theresa May" is her saying (a month word alone
    was never a name, so each of her sayings had no one); "in May" stays a month."""
    events = _events_of_text(
        _one_article(
            "Prime Minister Theresa May met union leaders in London on Friday.\n\n"
            "May said the talks had been useful.\n\n"
            "Later, Mrs May told reporters that the union would reply in May."
        )
    )
    said = _find(events, type="statement", contains="May said")
    assert said.actors == ("Theresa May",)
    told = _find(events, type="statement", contains="told reporters")
    assert told.actors == ("Theresa May",) and told.speaker == "Theresa May"


def test_a_jobs_words_before_a_persons_whole_name_are_no_part_of_it():
    """ "Harbour Manager Jared Okafor", "Rear Admiral Daniel Stroud": the job is a title
    before a person's whole name, not part of an actor "Harbour Manager Jared Okafor"; a
    company named with a job word stays whole ("General Electric")."""
    from dateline.store.extract.actors import candidate_names

    def names(text):
        return [n for _s, _e, n in candidate_names(text)]

    assert names("Harbour Manager Jared Okafor said so.") == ["Jared Okafor"]
    assert names("Then Rear Admiral Daniel Stroud spoke.") == ["Daniel Stroud"]
    assert names("Rabbi Seth Abrams led the prayers.") == ["Seth Abrams"]
    assert names("General Electric fell.") == ["General Electric"]


def test_at_the_time_after_a_month_read_back_is_that_past_month():
    """ "The plan follows the mayor's reply in June to the cuts. She said at the time …",
    written in March: the reply's June is last year's, and so is the saying made "at the
    time" (the month was kept as the coming June, a time no saying can be at, so the saying
    fell back to publication)."""
    events = _events_of_text(
        _after_the_lead(
            "The plan follows the mayor's reply in June to the cuts at the clinic. "
            "She said at the time she wanted to reopen it."
        )
    )
    assert _datings(events, "said") == [("2017-06", "inferred")]


def test_a_narrated_saying_keeps_the_past_after_another_speakers_saying():
    """ "With the 2009 flood the old party lost its grip. “…,” declared the minister. The
    bank chief admitted in testimony that …": the chief too spoke in that past; the
    minister's saying dated then fixed only the minister's time, not the chief's (who fell
    back to the story's day)."""
    events = _events_of_text(
        _after_the_lead(
            "With the 2009 flood and the long slump, the old party lost its grip. "
            "“The era of easy money is over,” declared finance minister Ana Ruiz. "
            "Central bank chief Tom Hale admitted in testimony before parliament that his "
            "model was flawed."
        )
    )
    assert _datings(events, "admitted") == [("2009", "inferred")]


def test_a_dated_interview_with_an_outlet_dates_its_speakers_next_saying():
    """ "In a 2004 interview with Radio Nord, Rahel Dorn explained … (She further noted …)":
    Dorn's next saying was made in that interview; the outlet, named first among the
    interview's actors, was taken for its speaker, and the note fell to publication."""
    events = _events_of_text(
        _after_the_lead(
            "In a 2004 interview with Radio Nord, Rahel Dorn calmly explained that the groups "
            "working to stop the dam had been paid by the state. (She further noted that the "
            "budget had been cut twice.)"
        )
    )
    assert _datings(events, "noted") == [("2004", "inferred")]
    # … and in the next paragraph, where "she" was taken up as the outlet
    events = _events_of_text(
        _after_the_lead(
            "In a 2011 interview with Radio Nord, Rahel Dorn said the dam would never be "
            "finished.\n\n“We were promised a dam,” she added."
        )
    )
    assert _datings(events, "added") == [("2011", "inferred")]


def test_after_a_named_happening_of_a_year_is_after_that_year():
    """ "After the Great Flood of 2009, engineers pushed for higher levees": the pushing came
    after 2009 (a year in a name was dropped as dating nothing, and the pushing fell to
    the story's day); the year of a name still dates nothing ("After the Class of 2020
    graduated": a clause of its own follows the name)."""
    events = _events_of_text(
        _after_the_lead(
            "After the Great Flood of 2009, engineers pushed for higher levees.\n\n"
            "After the Class of 2020 graduated, the school hired new staff."
        )
    )
    assert _datings(events, "pushed") == [("2009", "after")]
    assert ("2020", "explicit") not in _datings(events, "graduated")


def test_not_long_afterward_is_after_the_time_told():
    """ "The mill closed in 1998. … The town lost its bakery not long afterward": after 1998
    (at no known distance), not only some time before publication."""
    events = _events_of_text(
        _after_the_lead(
            "The mill closed in 1998.\n\nThe town lost its last bakery not long afterward."
        )
    )
    assert _datings(events, "lost") == [("1998", "after")]


def test_last_month_name_of_the_month_just_ended_is_a_year_back():
    """ "changed her mind last October", written in November: the October a year before
    (the October just ended is "last month"); "this past October" is that one."""
    events = _events_of_text(
        _one_article(
            "The mayor changed her mind last October and backed the housing plan.\n\n"
            "The council dropped the bus plan this past October.",
            published="Wednesday, November 8, 2023",
        )
    )
    assert _datings(events, "changed") == [("2022-10", "explicit")]
    assert _datings(events, "dropped") == [("2023-10", "explicit")]


def test_where_a_thing_comes_from_or_turns_on_is_no_event():
    """ "The delays stemmed from a staff shortage", "Fares varied by route", "The row has
    centred on the cost", "The trial hinged on one witness", "Their accounts differed":
    what something was, no happening. Still an event: "Crews stemmed the leak on Monday"
    (no "from" after it)."""
    events = _events_of_text(
        _after_the_lead(
            "The rail delays stemmed from a shortage of drivers.\n\n"
            "Bus fares varied widely by route.\n\n"
            "The council row has centred on the cost of the bridge.\n\n"
            "The harbour trial hinged on one witness.\n\n"
            "Their two accounts of the night differed.\n\n"
            "Crews stemmed the leak at the dam on Monday."
        )
    )
    got = _triggers(events)
    assert not {"varied", "centred", "hinged", "differed"} & got, got
    assert [e.trigger for _p, s, e in events if "delays" in s] == [], got
    assert [e.trigger for _p, s, e in events if "leak" in s] == ["stemmed"], got


def test_a_happening_told_by_what_is_no_event():
    """ "Nobody knows what went wrong", "Rain is what kept the crowd away", "The report asks
    what exactly caused the delay": "what" as the subject makes a free relative or an
    indirect question, no happening told. Still events: "what" as the object ("The clerk
    described what she saw" keeps "described"), and the same verbs with a subject ("A
    fault caused the delay on Friday")."""
    events = _events_of_text(
        _after_the_lead(
            "Nobody at the port knows what went wrong with the crane.\n\n"
            "Heavy rain is what kept the crowd away from the fair.\n\n"
            "The inquiry report asks what exactly caused the long delay.\n\n"
            "The clerk described what she saw to the police.\n\n"
            "A signal fault caused the delay at the station on Friday."
        )
    )
    got = _triggers(events)
    assert not {"went", "kept"} & got, got
    caused = [s for _p, s, e in events if e.trigger == "caused"]
    assert caused == ["A signal fault caused the delay at the station on Friday."], caused
    assert "described" in got, got


def test_an_intention_held_before_the_story_is_no_event():
    """ "The club had planned to open the pool in May", "She had hoped to retire in June":
    in the pluperfect a plan or a wish held then, a state of mind, no happening. Still
    events: "The board had agreed to sell the plant" (an agreement), and the simple past
    "The club planned the gala" (a planning, no "to"). What was intended ("open", "retire")
    is no plan still ahead either: a plan the past held, as after "planned to"."""
    events = _events_of_text(
        _after_the_lead(
            "The swimming club had planned to open the new pool in May.\n\n"
            "The head nurse had initially hoped to retire in June.\n\n"
            "The board had agreed to sell the old mill.\n\n"
            "The rowing club planned the summer gala."
        )
    )
    got = _triggers(events)
    # nor is what was intended ("open", "retire"): never done, as far as the story goes
    assert not {e.trigger for _p, s, e in events if "had" in s} - {"agreed"}, got
    assert "agreed" in got, got
    assert [e.trigger for _p, s, e in events if "gala" in s] == ["planned"], got


def test_how_something_is_seen_is_no_event():
    """ "The port is widely regarded as the safest in the region", "In old prints the
    admiral was depicted as a giant", "The coach was deemed to have broken the rules": a
    passive judgement with no agent tells how the subject is seen, a state. Still events:
    with an agent ("was deemed unsafe by inspectors") or a date ("was described as
    stable on Monday")."""
    events = _events_of_text(
        _after_the_lead(
            "The northern port is widely regarded as the safest in the region.\n\n"
            "In old prints the admiral was depicted as a giant.\n\n"
            "The rugby coach was deemed to have broken the league rules.\n\n"
            "The footbridge was deemed unsafe by inspectors.\n\n"
            "The injured rider was described as stable on Monday."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert not {"northern", "old", "rugby"} & set(got), got
    assert got.get("footbridge") == "deemed", got
    assert got.get("injured") == "described", got


def test_a_participle_on_the_object_of_an_unlisted_present_verb_is_no_event():
    """ "The grants support clubs aimed at young readers", "Tablets provide features
    combined with better cameras": a participle describing the object of a present verb
    the table of happenings does not list ("support", "provide") says what the noun is, as
    after a listed one ("name the caterer hired by the festival"). Still an event: a
    sentence that tells the past ("The council opened clubs aimed at young readers in
    May": the opening)."""
    events = _events_of_text(
        _after_the_lead(
            "The state grants support clubs aimed at young readers.\n\n"
            "Cheap tablets provide similar features combined with better cameras.\n\n"
            "The council opened clubs aimed at young readers in May."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert not {"state", "tablets"} & set(got), got
    assert got.get("council") == "opened", got


def test_a_task_named_after_be_is_no_event():
    """ "The main goal of the early work was just getting the ferry afloat", "One of our
    obstacles was removing the old rails", "The hardest part is finding enough staff": an
    -ing word after "be" whose subject is an aim or a difficulty names a task, no
    happening. Still an event: a progressive with any other subject ("The crew was
    removing the old rails on Monday")."""
    events = _events_of_text(
        _after_the_lead(
            "The main goal of the early work was just getting the ferry afloat.\n\n"
            "One of our obstacles was removing the old rails.\n\n"
            "The hardest part is finding enough staff.\n\n"
            "The track crew was removing the old rails on Monday."
        )
    )
    got = {s.split()[1]: e.trigger for _p, s, e in events}
    assert not {"main", "of", "hardest"} & set(got), got
    assert got.get("track") == "removing", got


def _triggers_dated(body):
    """{trigger: (date, dating)} of the events of an article with `body`."""
    return {e.trigger: (e.date, e.dating) for _p, _s, e in _events_of_text(_one_article(body))}


def test_a_live_blogs_update_tells_the_news_of_its_own_day():
    """A live blog's time-stamped update ("15.05 The coastguard has winched …") tells the
    news of its time: its present perfect is that day's, at publication, not only before it,
    for the paragraphs after the stamp too; past midnight, what an update tells undated is
    the day before (updates told newest first) or after (oldest first). The same perfect in
    a story with no time stamps stays before publication."""
    opening = (
        "Rescue teams reached the stranded village of Marrow Point.\n\n"
        "Volunteers handed out blankets at the town hall.\n\n"
    )
    perfect = (
        "The coastguard has winched four fishermen from a sinking trawler.\n\n"
        "Two of the men have been lifted to hospital by helicopter.\n\n"
    )
    stamped = opening.replace("Rescue", "17.10 Rescue").replace("Volunteers", "16.45 Volunteers")
    got = _triggers_dated(
        stamped
        + "15.05 "
        + perfect
        + "00.15 Gusts tore the roof from a school in Kellby.\n\n"
        + "23.50 Forecasters have issued a red warning for the whole coast."
    )
    assert got.get("winched") == ("2018-03-05", "inferred"), got
    assert got.get("lifted") == ("2018-03-05", "inferred"), got
    assert got.get("issued") == ("2018-03-04", "inferred"), got
    got = _triggers_dated(
        "21.10 Crews began clearing the coast road.\n\n"
        "22.30 Sandbags were handed out in Kellby.\n\n"
        "23.40 Police closed the harbour bridge.\n\n"
        "00.20 Engineers have restored power to the valley."
    )
    assert got.get("restored") == ("2018-03-06", "inferred"), got
    plain = _triggers_dated(opening + perfect)
    assert plain.get("lifted") == ("2018-03-05", "before"), plain


def test_that_as_the_verbs_object_keeps_its_date():
    """ "The growers expect to open that in April", "The mill sold that in 2019":
    a "that" followed by a time phrase and no verb is the verb's object, not the opener of
    what was said, and the date is the verb's own. Still a clause: "said that in May the
    plant will close" (May is the closing's)."""
    events = _events_of_text(
        _one_article(
            "The mill sold that in 2019.\n\n"
            "The growers expect to open that in April.\n\n"
            "The mayor said that in May the plant will close.",
            "Wednesday, November 1, 2023",
        )
    )
    got = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    assert got.get("sold") == ("2019", "explicit"), got
    assert got.get("open") == ("2024-04", "explicit"), got
    assert got.get("said") == ("2023-11-01", "inferred"), got


def test_a_participle_after_a_place_preposition_is_an_adjective():
    """ "worked inside crowded wards", "marched outside boarded shops": a place preposition
    before a participle and its noun makes it an adjective, as "with increased demand"
    does; nothing was crowded or boarded that day. Not "nearby", an adverb that may end a
    subject ("Farmers nearby reported smoke")."""
    assert not is_verb_in("Nurses worked inside crowded wards all week.", "crowded")
    assert not is_verb_in("Fans marched outside boarded shops.", "boarded")
    assert not is_verb_in("Crews drove along flooded roads.", "flooded")
    assert is_verb_in("Farmers nearby reported smoke.", "reported")
    assert is_verb_in("The river flooded roads across the county.", "flooded")


def test_what_it_is_unclear_or_possible_happened_is_no_event():
    """ "It's unknown who carved this gate", "It is also possible that the ring was lost in
    the harbor in 1902": a clause "it is unclear" or "it is possible" opens tells what is not
    known, no happening. "It is clear that the dam broke" settles it, and a clause of its
    own after "but" is told."""
    events = _events_of_text(
        _after_the_lead(
            "It's unknown who carved this gate and when.\n\n"
            "It is also possible that the ring was lost in the harbor in 1902.\n\n"
            "It was not clear whether the driver fled, but police said he hid in a barn.\n\n"
            "It is clear that the dam broke on Tuesday."
        )
    )
    assert not _triggered(events, "carved")
    assert not _triggered(events, "lost")
    assert not _triggered(events, "fled")
    assert _triggered(events, "broke")
    assert _triggered(events, "said") or _triggered(events, "hid")


def test_a_site_telling_its_own_coverage_is_no_event():
    """ "We are going to pause our live coverage here for tonight", "Our photo desk has put
    together a gallery of the flooding": the site's own work, no happening of the story.
    "Police released a gallery of photos" (no site's word) and "We visited the village"
    (no coverage) stay."""
    events = _events_of_text(
        _after_the_lead(
            "We are going to pause our live coverage here for tonight, but will be back in "
            "the morning.\n\n"
            "Our photo desk has put together a gallery of the flooding.\n\n"
            "Police released a gallery of photos of the suspects on Monday.\n\n"
            "We visited the flooded village on Monday."
        )
    )
    assert not _triggered(events, "pause")
    assert not _triggered(events, "put")
    assert _triggered(events, "released")
    assert _triggered(events, "visited")


def test_the_newest_of_its_kind_told_in_the_present_is_news():
    """ "Her latest release is a pear cider called Red Hollow": the present tells the news
    by its newest item, a release just before the story. "The latest update is due in
    May" looks ahead, and "Her latest release is brilliant" names nothing."""
    events = _events_of_text(
        _after_the_lead(
            "But her latest release is a pear cider called Red Hollow, which she makes with "
            "a farmer from Kent.\n\n"
            "The firm's newest acquisition is a bakery chain in Leeds.\n\n"
            "Her latest release is brilliant."
        )
    )
    released = _triggered(events, "release")
    assert len(released) == 1 and released[0].type == "launch"
    assert released[0].dating == "before"
    assert _triggered(events, "acquisition")


def test_a_bare_title_before_a_named_apposition_is_the_names_saying():
    """ "Kenyan President, Ruth Maina, said …": the title alone is the subject and the
    apposition names who holds it, so the saying is Maina's; "Ruth Maina, a former
    minister, said …" stays the subject's."""
    events = _events_of_text(
        _one_article(
            "Kenyan President, Ruth Maina, said the dam talks had stalled.\n\n"
            "Otieno Kariuki, a former minister, said the talks would resume."
        )
    )
    said = _find(events, type="statement", contains="dam talks")
    assert said.speaker == "Ruth Maina"
    other = _find(events, type="statement", contains="would resume")
    assert other.speaker == "Otieno Kariuki"


def test_an_apposition_closed_before_the_verb_group_leaves_the_subject_the_speaker():
    """ "Ravi Menon, the Seaway Lines chief, has been speaking …": the apposition closes
    before "has been", and the subject before it speaks, not the line it names (whose
    saying the next quote's "he" then took up too)."""
    events = _events_of_text(
        _one_article(
            "Ravi Menon, the Seaway Lines chief, has been speaking at the Oban terminal "
            "about the search.\n\n"
            '"The fog is not likely to lift for a day or two," he told reporters.'
        )
    )
    speaking = _find(events, type="statement", contains="has been speaking")
    assert speaking.speaker == "Ravi Menon"
    told = _find(events, type="statement", contains="told reporters")
    assert told.speaker == "Ravi Menon"


def test_a_verb_of_a_generic_relative_describes_a_group_not_a_happening():
    """ "thanks to everyone who pitched in", "those who served in the militia", "all that
    remained was paperwork": the relative clause of a generic head describes a group, no
    happening; "the people who had signed the petition" names people the story tells of."""
    events = _events_of_text(
        _one_article(
            STORY_LEAD + "Our thanks go to the volunteers and everyone else who pitched in.\n\n"
            "The museum honours those who served in the militia.\n\n"
            "All that remained was paperwork.\n\n"
            "The mayor met the people who had signed the petition."
        )
    )
    triggers = _triggers(events)
    assert not {"pitched", "served", "remained"} & triggers
    assert "signed" in triggers


def test_a_verb_of_a_counted_noun_tells_a_figure_not_a_happening():
    """ "the number of patients who were discharged", "the number of ballots counted so far
    is", "the highest number of loans approved in a decade": what is counted, no happening;
    "A number of letters were posted" (several letters) and "The number of visitors fell"
    still tell one."""
    events = _events_of_text(
        _one_article(
            STORY_LEAD
            + "Nobody has kept a record of the number of patients who were discharged.\n\n"
            "The number of ballots counted so far is 41,000.\n\n"
            "It is the highest number of loans approved in a decade.\n\n"
            "A number of letters were posted to the council in May.\n\n"
            "Mayor Ann Lee admitted that the share of buses delayed on the Acme 9 line was "
            "higher than the share of buses delayed on the Acme 7."
        )
    )
    triggers = _triggers(events)
    assert not {"discharged", "counted", "approved"} & triggers
    assert "posted" in triggers
    admitted = _find(events, type="statement", contains="admitted")
    assert "Acme 9" in admitted.actors  # what the saying is about, still


def test_a_paragraph_ending_in_a_byline_and_date_line_is_another_storys_card():
    """ "… talks go on By Mira Patel, The Coast Weekly Published": a related story's card (its
    headline, its standfirst, its byline), none of this story's news; the story's own
    paragraphs still tell theirs."""
    events = _events_of_text(
        _one_article(
            STORY_LEAD
            + "Where does the ferry strike go from here? The union rejected the latest pay "
            "offer, but talks go on By Mira Patel, The Coast Weekly Published\n\n"
            "The harbour master resigned on Tuesday."
        )
    )
    triggers = _triggers(events)
    assert "rejected" not in triggers
    assert "resigned" in triggers


def test_the_night_before_a_dated_happening_is_that_night_and_the_story_goes_on_there():
    """ "Reid vanished on Saturday, October 12, 2013 … He had walked to a party the night
    before he disappeared. ¶ He departed about midnight": the night before the vanishing's
    day, and the clock times that follow are of that night, not the publication's day
    ten years on (which the tagger gave them, from the story's "on Friday")."""
    events = _events_of_text(
        _one_article(
            "The mother of a man missing for ten years has said she still hopes he is alive.\n\n"
            "Tomas Reid, 24, vanished in the small hours of Saturday, October 12, 2013.\n\n"
            "Police will hold a press conference about the case in Dunmore on Friday.\n\n"
            "Tomas had walked with friends to a party at a hotel the night before he "
            "disappeared.\n\n"
            "He departed about midnight and headed to a bar. A camera filmed him leaving "
            "just after 1am.",
            published="Thursday, October 12, 2023",
        )
    )
    assert _datings(events, "walked") == [("2013-10-11", "inferred")]
    assert not _triggered(events, "disappeared")
    assert _datings(events, "departed") == [("2013-10-12", "explicit")]
    assert _datings(events, "filmed") == [("2013-10-12", "explicit")]


def test_hours_after_a_dated_happening_told_by_its_noun_subject_is_its_day():
    """ "Police arrested the captain hours after the ferry sank": the sinking's day, the
    story's dated "sank … on Monday"; "the morning after it sank" the day after (its "the
    morning" no morning of publication's), and the sinking is not told again."""
    events = _events_of_text(
        _one_article(
            "The ferry sank off Rona on Monday, October 2.\n\n"
            "Divers raised the wreck the morning after it sank.\n\n"
            "Police arrested the captain hours after the ferry sank.",
            published="Thursday, October 5, 2023",
        )
    )
    assert _datings(events, "raised") == [("2023-10-03", "inferred")]
    assert _datings(events, "arrested") == [("2023-10-02", "inferred")]
    assert _datings(events, "sank") == [("2023-10-02", "explicit")]


def test_a_weekday_in_a_heading_before_a_colon_is_not_read_by_the_sentence_after_it():
    """ "Ridgeway at Vale, 1 p.m. Saturday: The sides met in Week 10": the heading's game
    is the coming Saturday's, not the past one the sentence's "met" would make it, and the
    meeting in Week 10 is no game of that Saturday."""
    from dateline.store.extract.temporal import tag

    heading = "No. 9 Ridgeway (6-3) at No. 3 Vale (7-1), 1 p.m. Saturday: The sides met in Week 10."
    (saturday,) = tag(heading, date(2023, 11, 8))
    assert saturday.value.startswith("2023-11-11")
    events = _events_of_text(_one_article(heading, published="Wednesday, November 8, 2023"))
    ((day, dating),) = _datings(events, "met")
    assert dating != "explicit" and day not in ("2023-11-04", "2023-11-11")


def test_a_name_after_a_speech_verb_with_a_subject_is_who_is_told_of():
    """ "Farm groups said Dana Kell had misled them": the groups speak and Kell is whom
    they speak of, however plain the subject ("Online records revealed …", "Sources say
    …"); a name right after the verb speaks only when no subject comes before it ("…,"
    also said Ann Lake)."""
    events = _events_of_text(
        _one_article(
            "Farm groups and anglers said Dana Kell had misled them about the quota.\n\n"
            "Court papers revealed Omar Tilly had sold the boat in May.\n\n"
            '"The quota is fair and it will stay," also said Ann Lake.'
        )
    )
    assert _find(events, type="statement", contains="misled them").speaker != "Dana Kell"
    assert _find(events, type="statement", contains="sold the boat").speaker != "Omar Tilly"
    assert _find(events, type="statement", contains="will stay").speaker == "Ann Lake"


def test_a_capitalised_common_noun_before_a_speech_verb_is_an_unnamed_speaker():
    """ "Officials said …" at a sentence's head, "Democrats countered that Ann Lake …": a
    common noun speaks, as "…, police said" does, not someone the sentence names (Lake is
    whom the saying is about); a pronoun ("They said …") is still taken up later."""
    events = _events_of_text(
        _one_article(
            "Officials said the ferry to Harwick would sail again on Friday.\n\n"
            "Democrats countered that Ann Lake had stalled the harbour bill."
        )
    )
    assert _find(events, type="statement", contains="would sail").speaker == ""
    assert _find(events, type="statement", contains="stalled the harbour").speaker == ""


def test_an_unnamed_speaker_stays_unnamed_over_a_second_speech_verb():
    """ "Mayor says naming Ana Ruiz is a first, but he called on her …": the saying's
    speaker is a title no name follows (unnamed, as "…, police said"), and the second
    speech verb's "he" does not make it unclear, nor Ruiz, whom it names, the speaker."""
    events = _events_of_text(
        _one_article(
            "Mayor says naming Ana Ruiz to the harbour board is a first, but he called on "
            "her since she knows the docks."
        )
    )
    assert _find(events, type="statement", contains="harbour board").speaker == ""


def test_a_passive_saying_is_dated_by_the_scene_its_paragraph_narrates():
    """ "Soon after sunrise on Sunday the pilot asked to climb. Her request was denied.": a
    saying told as a deed done to its subject is of the scene the paragraph narrates (Sunday),
    not of the story's day, as a source's "said" is; not the speaker's own "was speaking"."""
    events = _events_of_text(
        _one_article(
            "Rescuers searched the hills for a missing glider on Tuesday.\n\n"
            "Soon after sunrise on Sunday, the glider’s pilot asked the tower for leave to climb. "
            "Her request was denied, as two jets held the levels above.",
            published="Wednesday, March 7, 2018",
        )
    )
    assert _when(events, type="statement", contains="was denied") == ("2018-03-04", "inferred")


def test_a_decade_in_a_phrase_of_its_own_sets_the_paragraph_in_it():
    """ "Back in the '70s, Lemba was quick to criticise the papers. Lemba moved to Leeds.": a
    decade the sentence is set in by a phrase of its own dates what the paragraph goes on
    to tell, a saying told as a deed ("denounced") too; not a decade a comparison names
    ("lower than in the 1970s, when …")."""
    events = _events_of_text(
        _one_article(
            "The festival drew large crowds to the park on Sunday.\n\n"
            "Back in the '70s, Lemba was quick to criticise the papers that called some "
            "radicals spies. Lemba moved to Leeds with his family. Lemba publicly denounced "
            "the idea, saying the papers must stop guessing.\n\n"
            "Prices were lower than in the 1970s, when Lemba ran the shop. Lemba moved to "
            "York with his family.",
            published="Wednesday, March 7, 2018",
        )
    )
    assert _dates(events, "to Leeds") == ["197X"]
    assert _dates(events, "denounced") == ["197X"]
    assert _dates(events, "to York") == ["2018-03-04"]


def test_a_prediction_told_in_the_present_is_no_event():
    """ "The weather office forecasts sleet for the weekend", "Analysts predict the vote will
    be close": a prediction held, no happening; the same verb in the past ("forecast a wet
    May on Tuesday") and a saying beside it stay."""
    events = _events_of_text(
        _after_the_lead(
            "The regional weather office forecasts heavy sleet across the valley this weekend.\n\n"
            "Pollsters at Marden College predict that the harbour vote will be close.\n\n"
            "Mayor Lina Fosk said on Tuesday that the ferry would run all winter."
        )
    )
    triggers = _triggers(events)
    assert "forecasts" not in triggers
    assert "predict" not in triggers
    assert "said" in triggers


def test_a_measure_moved_over_a_stretch_is_a_statistic():
    """ "The town's burglary rate has fluctuated", "Trends have worsened in 2017", "The number
    of thefts in the first half has increased": a figure of many moved over a stretch, a
    statistic, no happening. A move in a month is news ("The jobless rate fell to 4.1% in
    February"), and a participle inside a compared subject is no move of the figure."""
    events = _events_of_text(
        _after_the_lead(
            "Over the last decade, the town's burglary rate has fluctuated.\n\n"
            "According to the police figures, trends have worsened in 2017.\n\n"
            "The number of thefts in the first half of 2017 has increased from a year before.\n\n"
            "The jobless rate fell to 4.1% in February, the agency said on Friday."
        )
    )
    triggers = _triggers(events)
    assert not triggers & {"fluctuated", "worsened", "increased"}
    assert "fell" in triggers


def test_a_seeming_verb_before_a_comparative_is_a_state():
    """ "lows that will feel even colder in the wind", "hopes of a deal were looking more
    remote": how something seems or will seem, a state, no happening."""
    events = _events_of_text(
        _after_the_lead(
            "Thursday is forecast to be wetter, with lows of one degree that will feel even "
            "colder in the wind.\n\n"
            "By then, hopes of a harbour deal were looking more remote."
        )
    )
    triggers = _triggers(events)
    assert "feel" not in triggers
    assert "looking" not in triggers


def test_an_order_after_an_opening_then_is_no_event():
    """ "Then sign up for the gym's weekly bulletin with … advanced drills": an order to the
    reader after its opener ("Then", "So", "Just"), site boilerplate, nothing that happened;
    "Then house prices rose" has a subject and stays."""
    events = _events_of_text(
        _after_the_lead(
            "Then sign up for the gym's weekly bulletin with class times and advanced drills "
            "for every level.\n\n"
            "Then house prices rose sharply in the town."
        )
    )
    triggers = _triggers(events)
    assert "advanced" not in triggers
    assert "rose" in triggers


def test_a_name_that_says_whose_staffer_speaks_is_not_the_speaker():
    """ "An unnamed Marlow campaign staffer said …": the staffer speaks, not Marlow, whose
    name only says whose staffer it is (nor "a senior Marlow adviser"); the name before
    words of the verb group still speaks ("Marlow herself also said")."""
    events = _events_of_text(
        _one_article(
            "Senator Ada Marlow spoke at a rally in Dayton on Friday.\n\n"
            "An unnamed Marlow campaign staffer said the senator would skip the next debate.\n\n"
            "A senior Marlow adviser said the campaign had raised $4 million.\n\n"
            "Marlow herself also said the race was close.\n\n"
            "Zenith chief Rita Vale caused a stir when she said the unit was for sale."
        )
    )
    assert _find(events, type="statement", contains="skip the next").speaker != "Ada Marlow"
    assert _find(events, type="statement", contains="had raised").speaker != "Ada Marlow"
    assert _find(events, type="statement", contains="race was close").speaker == "Ada Marlow"
    assert _find(events, type="statement", contains="for sale").speaker == "Rita Vale"


def test_the_speaker_is_the_mention_nearest_the_verb_pronoun_or_name():
    """ "When it comes to trade, she insisted …": the speaker is "she" (the woman named
    before), the mention nearest the verb, not the firm the "it" of "when it comes to" was
    taken to stand for, though a pronoun's mention is listed after the names."""
    events = _events_of_text(
        _one_article(
            "Rosa Quint met the bosses of Zenith in Akron on Friday.\n\n"
            "Zenith has cut 400 jobs this year.\n\n"
            "And when it comes to trade, she insisted that the tariffs had hurt farmers."
        )
    )
    assert _find(events, type="statement", contains="hurt farmers").speaker == "Rosa Quint"


def test_a_name_after_about_is_not_who_speaks_after_an_apposition():
    """ "On Monday, the founder of the Zenith group, the ferry line with routes in six
    countries, talked about the sinking of Ferry 80": the comma before the verb closes an
    apposition, not a quote, and the ferry after "about the loss of" is what the saying is
    about, not its speaker (as Ed Ruiz is in "…,” said Ed Ruiz)."""
    events = _events_of_text(
        _one_article(
            "A ferry of the Zenith group sank off Crete on Sunday.\n\n"
            "On Monday, the founder of the Zenith group, the ferry line with routes in six "
            "countries, talked about the sinking of Ferry 80.\n\n"
            '"We will find them," said Ed Ruiz.'
        )
    )
    assert _find(events, type="statement", contains="talked about").speaker != "Ferry 80"
    assert _find(events, type="statement", contains="find them").speaker == "Ed Ruiz"


def test_a_nationality_after_a_is_no_one_named():
    """ "Rosa Quint and Sen. Tom Bale - a fellow Ohioan - argued": "a fellow Ohioan" is a
    kind of person, not an actor nor the speaker (nor "a Ruritanian owned firm")."""
    events = _events_of_text(
        _one_article(
            "Rosa Quint and Sen. Tom Bale - a fellow Ohioan - argued over the tax plan on "
            "Friday.\n\n"
            "Quint vowed to ban the Zipp app, which belongs to a Ruritanian owned firm."
        )
    )
    argued = _find(events, type="statement", contains="fellow Ohioan")
    assert "Ohioan" not in argued.actors and argued.speaker != "Ohioan"
    assert not any("Ruritanian" in e.actors for _p, _s, e in events)


def test_a_group_of_a_named_body_is_not_the_last_group_named():
    """ "…," the group of U.N. envoys told reporters': the group is the one its name tells,
    not the Kurds named in the sentence before (whom "the group" would take up alone)."""
    events = _events_of_text(
        _one_article(
            "A panel of United Nations monitors said on Monday that Kurds in Zakho could "
            "starve.\n\n"
            '"Open the roads to Zakho now," the group of U.N. envoys told reporters '
            "at a briefing."
        )
    )
    assert _find(events, type="statement", contains="roads to Zakho").speaker != "Kurds"


def test_a_paragraph_about_a_past_happening_named_before_goes_on_in_its_year():
    """ "The loss recalls the 2009 wreck of a ferry. That wreck killed 40. ¶ In the wreck,
    the captain ignored a warning.": the paragraph that takes the wreck up goes on in 2009,
    not at the story's time; not one that names no such happening."""
    events = _events_of_text(
        _after_the_lead(
            "The closure recalls the 2009 wreck of the Orvado Star off Lyo. "
            "That wreck killed 40 passengers.\n\n"
            "In the wreck, the captain ignored a storm warning. "
            "The ship's pump had stopped hours earlier.\n\n"
            "Harbour officials closed the port to small boats.\n\n"
            "Lee cited the 1998 merger of two ferry lines. It ended a price war.\n\n"
            "Ferry fares rose sharply."
        )
    )
    assert _datings(events, "ignored") == [("2009", "inferred")]
    assert _datings(events, "stopped") == [("2009", "before")]
    assert _datings(events, "closed")[-1] == ("2018-03-04", "inferred")
    assert _datings(events, "rose") != [("1998", "inferred")]


def test_a_paragraph_after_one_opened_in_a_past_year_goes_on_in_it():
    """ "In 1958, the two banks merged. ¶ The new bank closed 40 branches.": the paragraph
    after one set in a past year by its opening goes on in that year; not one that opens
    back at the story's present ("The bank now employs 900 people.")."""
    events = _events_of_text(
        _after_the_lead(
            "In 1958, the Dorval and Pike banks merged in Halden.\n\n"
            "The new bank closed 40 branches across the province.\n\n"
            "In 1961, the Ostrow and Lenz mills merged in Carvel.\n\n"
            "The mill employs 900 people. Its owner sold the river barges."
        )
    )
    assert _datings(events, "closed")[-1] == ("1958", "inferred")
    assert _datings(events, "sold") != [("1961", "inferred")]


def test_a_bound_sets_no_story_year_for_the_days_after_it():
    """ "Fares have risen every month since March 2009. On December 27, the line cut its
    timetable.": "since March 2009" is a bound of the rise, not a year the story is told
    in; the December 27 is the last one before publication."""
    events = _events_of_text(
        _after_the_lead(
            "Fares have risen every month since March 2009. "
            "On December 27, the ferry line cut its timetable."
        )
    )
    assert _datings(events, "cut")[-1] == ("2017-12-27", "explicit")


def test_a_paragraph_opened_with_a_past_day_or_month_sets_the_next_one_there_too():
    """ "On November 8, 1923, rebels stormed a beer hall. ¶ The coup fizzled when police
    opposed them.": a paragraph opening with a past day (or month) of a year sets the next
    one in that past as an opening year does; the fizzling was that day, not the day of the
    story's lead, nor undated before publication."""
    events = _events_of_text(
        _after_the_lead(
            "On November 8, 1923, armed rebels stormed a beer hall in Kessel.\n\n"
            "The coup fizzled when state police opposed the rebels.\n\n"
            "In May 1961 the Ostrow and Lenz mills merged in Carvel.\n\n"
            "The new firm closed 12 of its 30 workshops."
        )
    )
    assert _datings(events, "fizzled") == [("1923-11-08", "inferred")]
    assert _datings(events, "closed")[-1] == ("1961-05", "inferred")


def test_a_scene_of_the_story_does_not_date_a_sentence_amid_a_past_the_paragraph_dated():
    """After a lead that tells of a storm on Sunday, "In the 2009 wreck, … The storm had torn
    down the radio mast" is before 2009, that wreck's storm, not before Sunday's."""
    events = _events_of_text(
        _after_the_lead(
            "The closure recalls the 2009 wreck of the Orvado Star off Lyo. "
            "That wreck killed 40 passengers.\n\n"
            "In the wreck, the captain ignored a warning. "
            "The storm had torn down the ship's radio mast."
        )
    )
    assert _datings(events, "torn") == [("2009", "before")]


def test_a_perfect_held_long_is_a_state():
    """ "Critics had long likened the ferry to a floating hotel", "The firm has long been
    involved with the fair": a view or a role held a long time, a state; "has long since
    left the board" was done long ago and stays (so does a saying, "has long argued": see
    `test_long_as_an_adjective_is_no_habit`)."""
    events = _events_of_text(
        _after_the_lead(
            "Radio, which critics had long compared to a village well, found new fans.\n\n"
            "The brewery has long been involved with the town's beer festival.\n\n"
            "The founder has long since left the board of the brewery."
        )
    )
    triggers = _triggers(events)
    assert not triggers & {"compared", "involved"}
    assert "left" in triggers


def test_what_an_aim_holds_is_no_event():
    """ "The goal is to build a map of who has visited where", "The mission of the club is
    to offer children a coach trained by former players": what is aimed at, nothing that
    happened; a "but" after it tells what did ("…, but a storm wrecked the jetty")."""
    events = _events_of_text(
        _after_the_lead(
            "The goal is to offer a simple chart of who has travelled where and how often.\n\n"
            "The mission of the Harbour Rowing Club is to give teenagers a coach, carefully "
            "trained and certified, who will stay with them.\n\n"
            "The plan was to reopen the pier by the festival, but a storm wrecked the jetty."
        )
    )
    triggers = _triggers(events)
    assert not triggers & {"travelled", "trained", "certified"}
    assert "wrecked" in triggers


def test_an_involvement_held_is_a_state():
    """ "Ten boats have been involved in the hunt for the crew", "was already involved in the
    design", "Extra costs were involved, and …": an involvement held, a state; "was involved
    in a crash on Monday" tells the crash and stays."""
    events = _events_of_text(
        _after_the_lead(
            "About 12 trawlers from three ports have been involved in the hunt.\n\n"
            "Okafor was already involved in the ferry design, overseeing the hull work.\n\n"
            "However, extra fees were involved, and the council wants the bill split.\n\n"
            "A bus was involved in a crash near the depot on Sunday."
        )
    )
    assert len(_triggered(events, "involved")) == 1
    assert _triggered(events, "involved")[0].date == "2018-03-04"


def test_a_state_kept_is_no_event():
    """ "The levy kept fares low", "The old radio kept us hooked", "The plans were kept
    secret": a state kept, no happening (nor is "hooked"); "kept a diary" stays."""
    events = _events_of_text(
        _after_the_lead(
            "The old radio kept us hooked through the long winters.\n\n"
            "The reform kept the ferry service largely the same, with a few new stops.\n\n"
            "The council's budget talks were kept so quiet that few staff knew of them.\n\n"
            "The ranger kept a diary of the storms."
        )
    )
    kept = _triggered(events, "kept")
    assert not _triggered(events, "hooked")
    assert len(kept) == 1
    assert "diary" in kept[0].summary


def test_a_season_before_a_noun_dates_no_verb():
    """ "The council cancelled the spring festival": the season says which festival, not
    when it was called off (its year is a guess); "In the spring the council closed the
    pool" still dates the closing."""
    events = _events_of_text(
        _after_the_lead(
            "The council cancelled the spring festival after the flooding.\n\n"
            "In the spring the council closed the pool."
        )
    )
    assert _datings(events, "cancelled") == [("2018-03-04", "inferred")]
    assert _datings(events, "closed")[-1] == ("2018-SP", "explicit")


def test_a_season_word_joined_to_another_is_no_season():
    """ "the winter-like weather", "a summer-long drought": an adjective, not a time of the
    calendar; "in mid-summer" still is one, and the clause takes its own day."""
    from dateline.store.extract.temporal import tag

    told = date(2018, 3, 5)
    assert [
        t.text for t in tag("Gusts will bring the winter-like chill back on Friday.", told)
    ] == ["Friday"]
    assert tag("A summer-long drought ruined the barley.", told) == []
    assert [t.value for t in tag("In mid-summer the mill closed.", told)] == ["2018-SU"]


def test_a_seeming_verb_before_any_adjectives_comparative_is_a_state():
    """ "The lows will feel colder on Sunday", "The square looked busier": an adjective's
    comparative after a seeming verb tells how something seems, whatever other parts of
    speech its stem takes ("cold" is a noun too); "felt a jolt" stays a happening."""
    events = _events_of_text(
        _after_the_lead(
            "The lows will feel colder on Sunday in the valley.\n\n"
            "By noon the market square looked busier than at any time this year.\n\n"
            "Residents of Orlby felt a sharp jolt on Tuesday night."
        )
    )
    triggers = _triggers(events)
    assert "feel" not in triggers
    assert "looked" not in triggers
    assert "felt" in triggers


def test_a_plural_noun_no_subject_can_take_is_no_verb():
    """ "Delegates at the March trade talks", "aren't waiting for the water claims", "Below
    are burglary and flood reports", "there were floods", "workshops, guest talks, and film
    nights": a plural noun after a preposition, a form of "be" or in a list, no saying;
    "The head of the union claims …" keeps its verb."""
    events = _events_of_text(
        _after_the_lead(
            "Delegates at the March trade talks in Quito, Ecuador, have agreed that tariffs "
            "must fall.\n\n"
            "The ranchers aren’t waiting for the water claims to be settled.\n\n"
            "Below are burglary and flood reports as filed with the Marlow sheriff.\n\n"
            "She had heard there were floods in the valley, but stayed calm.\n\n"
            "The museum reaches pupils through workshops, guest talks, and film nights.\n\n"
            "The head of the dockers' union claims the levy broke the law."
        )
    )
    triggers = _triggers(events)
    assert not triggers & {"talks", "reports", "floods"}
    assert len(_triggered(events, "claims")) == 1


def test_an_s_word_after_a_plural_quantifier_is_a_noun():
    """ "lower than in most states", "than those of several states": after a quantifier of
    plural nouns an -s word is a noun, not a saying."""
    events = _events_of_text(
        _after_the_lead(
            "The county's jobless rate stayed lower than in most states.\n\n"
            "Its port grew faster than those of several states, and it hired 40 staff."
        )
    )
    triggers = _triggers(events)
    assert "states" not in triggers
    assert "hired" in triggers


def test_an_s_word_after_an_opening_adjective_is_a_noun():
    """ "OSLO (AP) — Bogus claims that … have been spreading": an adjective opening the
    sentence, capital and all, makes the -s word a plural noun, no saying; a name that
    looks like an adjective ("Strong says …") keeps its verb."""
    events = _events_of_text(
        _after_the_lead(
            "OSLO (AP) — Bogus claims that Mayor Ruiz is not a resident have been spreading "
            "in online forums since May, when she filed her papers.\n\n"
            "Strong says the levy broke the law."
        )
    )
    triggers = _triggers(events)
    assert "claims" not in triggers
    assert "says" in triggers


def test_a_headline_noun_before_of_or_a_verb_is_no_verb():
    """ "Dramatic Images of the Harbour Fire", "Lee Says Banks Are Under Pressure": a word
    that may be a plural noun, before "of" or before a verb of its own, is the noun (the
    diver's "imaged" in the lead is no headline event); "Lee Warns of Floods" keeps its
    verb."""
    body = (
        "\nMay 4, 2021\n\n"
        "A fire destroyed ten boats in the harbour on Sunday, and a diver imaged the wrecks.\n\n"
        "Ann Lee, the mayor, warned of floods on Monday."
    )
    images = extract(parse_article("Dramatic Images of the Harbour Fire" + body))
    assert not images.headline
    warns = extract(parse_article("Ann Lee Warns of Floods" + body))
    assert [e.trigger for e in warns.headline] == ["Warns"]


def test_a_past_perfect_under_a_chronologys_date_is_before_it():
    """ "4 March 2011: The council halts the harbour plan. The mayor had just resigned over
    the costs.": the date heading the paragraph dates what it tells, but what it tells in the
    past perfect came before that day, not on it; its present-tense entries stay on it."""
    events = _events_of_text(
        _one_article(
            "The archive turned ten this week.\n\n"
            "4 March 2011: The council halts the harbour plan. The mayor had just resigned "
            "over the costs. The port authority appeals the same day.",
            published="Monday, March 5, 2018",
        )
    )
    told = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    assert told["resigned"] == ("2011-03-04", "before")
    assert told["halts"] == ("2011-03-04", "explicit")


def test_an_undated_repeated_doing_is_a_habit():
    """ "The senator has repeatedly criticised the ferry contract": done again and again
    with no date in its clause, a habit, no one happening; with a date the times are told
    ("repeatedly warned the board on Monday" stays)."""
    events = _events_of_text(
        _one_article(
            "The ferry contract drew fire at the council on Tuesday.\n\n"
            "Senator Dana Ruiz has repeatedly criticised the ferry contract. Residents "
            "persistently complained about the noise. Ruiz repeatedly warned the harbour "
            "board on Monday.",
            published="Wednesday, June 9, 2021",
        )
    )
    triggers = {e.trigger for _p, _s, e in events}
    assert "criticised" not in triggers
    assert "complained" not in triggers
    assert "warned" in triggers


def test_being_bored_is_a_feeling_not_a_happening():
    """ "When we were bored in the long lessons, we drew maps": how the pupils felt, a
    state, like "was impressed" (`FEELINGS`); no event on "bored"."""
    events = _events_of_text(
        _one_article(
            "The old school closed in 1998.\n\n"
            "When we were bored in the long geography lessons in 1995, we drew maps of "
            "the harbour.",
            published="Wednesday, June 9, 2021",
        )
    )
    assert "bored" not in {e.trigger for _p, _s, e in events}


def test_a_saying_of_a_writing_the_story_dated_is_at_its_date():
    """ "According to a 2015 report by the audit office, … The cranes never worked, the
    report said.": the report said it when it came out (2015), not on the story's day; a
    saying of a writing the story never dated, or of a new one ("A new report released on
    Friday …"), stays on the story's day."""
    events = _events_of_text(
        _one_article(
            "The harbour chief resigned on Friday.\n\n"
            "According to a 2015 report by the audit office, the harbour board borrowed "
            "$40 million from a bank. The cranes it bought never worked, the report said.\n\n"
            "The cranes are still idle, the letter said.\n\n"
            "A new report released on Friday counted more debts. The debts keep growing, "
            "the report said.",
            published="Monday, March 5, 2018",
        )
    )
    said = [(e.date, e.dating) for _p, s, e in events if e.trigger == "said"]
    assert said == [("2015", "inferred"), ("2018-03-02", "inferred"), ("2018-03-02", "inferred")]


def test_a_dated_writings_report_in_the_past_perfect_sets_the_paragraphs_time():
    """ "A 2015 audit found the board had borrowed $40 million. The board bought three
    cranes with the money.": the pluperfect is what the audit found, no flashback of the
    sentence's own; the purchase is told in the audit's year, as after "In a 2015 article,
    Reed reported …", not on the story's day."""
    events = _events_of_text(
        _one_article(
            "The harbour chief quit on Friday.\n\n"
            "A 2015 audit found the harbour board had borrowed $40 million. The board bought "
            "three cranes with the money.",
            published="Monday, March 5, 2018",
        )
    )
    told = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    assert told["bought"] == ("2015", "inferred")


def test_a_saying_told_to_an_outlet_after_a_dated_one_is_at_its_date():
    """ "Late in 2012 Ortega admitted …. “…,” he told the Porto Gazette.": the outlet is the
    one the dated saying was made to, not the paper; said then, not at publication."""
    events = _events_of_text(
        _one_article(
            "Rui Ortega runs a bakery in Braga.\n\n"
            "Late in 2012 Ortega admitted that the bakery was losing money. “We cannot keep "
            "the ovens on all night,” he told the Porto Gazette.",
            published="Monday, March 5, 2018",
        )
    )
    told = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    assert told["told"] == ("2012", "inferred")


def test_the_next_saying_of_a_described_speaker_is_at_its_date():
    """ "In 2009 the well-known singer spoke to Baker’s Weekly … “…,” she said.": the singer
    (not the outlet named first) spoke then, and her quote is of that year."""
    events = _events_of_text(
        _one_article(
            "Nora Vale sold out three shows in Oslo. Vale is a singer.\n\n"
            "And in 2009 the well-known singer spoke to Baker’s Weekly about her first tours. "
            "“I washed dishes for a decade,” she said.",
            published="Monday, March 5, 2018",
        )
    )
    said = {e.trigger: (e.date, e.dating) for _p, _s, e in events}
    assert said["said"] == ("2009", "inferred")


def test_a_full_date_closed_by_a_comma_before_its_noun_is_a_modifier():
    """ "We are nearing the anniversary of the Baron’s May 4, 1968, Harbour Revolt, in which
    a captain tried to seize the port.": the date (its year closed by a comma) says which
    revolt; the nearing is now, the attempt was that day. "On May 4, 1968, Baron Lutz
    seized the port" still dates the seizing."""
    events = _events_of_text(
        _one_article(
            "We are nearing the 50th anniversary of the Baron’s May 4, 1968, Harbour Revolt, "
            "in which a young captain tried to seize the port.\n\n"
            "On May 4, 1968, Baron Lutz seized the port.",
            published="Monday, March 5, 2018",
        )
    )
    dated = {e.trigger: e.date for _p, _s, e in events}
    assert dated.get("nearing") in (None, "2018-03-05")
    assert dated["tried"] == "1968-05-04"
    assert dated["seized"] == "1968-05-04"


def test_what_an_after_clause_tells_is_before_the_day_it_borrows():
    """ "The gala drew 300 guests on Friday, after the mayor dropped out of the race": the
    dropping out came before that Friday, not on it; a clause's own day stays its own, and
    a year or a month the clauses may share stays shared ("In 2017, a probe was opened after
    bones were found": found that year)."""
    events = _events_of_text(
        _after_the_lead(
            "The gala in Vesterby drew 300 guests on Friday, after the mayor dropped out of "
            "the race.\n\n"
            "The council met on Friday, after the mayor resigned on Tuesday.\n\n"
            "In 2017, a probe was opened after bones were found near the quarry."
        )
    )
    assert _datings(events, "drew") == [("2018-03-02", "explicit")]
    assert _datings(events, "dropped") == [("2018-03-02", "before")]
    assert _datings(events, "resigned") == [("2018-02-27", "explicit")]
    assert ("2017", "before") not in _datings(events, "found") + _datings(events, "opened")


def test_a_having_participle_is_done_before_publication():
    """ "The chef is no novice, having run two diners": the running lies before now, not at
    the story's day; a fronted one stands beside its own clause's happening ("Having won
    the cup twice, the coach retired": the retiring is still told)."""
    events = _events_of_text(
        _after_the_lead(
            "The chef is no novice at hosting, having run two diners before opening a bakery.\n\n"
            "Having won the cup twice, the rowing coach retired."
        )
    )
    got = {(e.trigger, e.date, e.dating) for _p, _s, e in events}
    assert ("run", "2018-03-05", "before") in got, got
    assert ("won", "2018-03-05", "before") in got, got
    assert ("retired", "2018-03-04", "inferred") in got, got


def test_a_contracted_perfect_is_a_perfect():
    """ "They've hired a new coach", "It's been renamed …": the clitic is the perfect's
    auxiliary, so the hiring lies before publication rather than on the Friday the
    paragraph narrates, and "'s been" is read as "has been", not dropped; "he'd be"
    (would) is no pluperfect."""
    events = _events_of_text(
        _after_the_lead(
            "The rowing club lost its final in Oslo on Friday. They've hired a new coach.\n\n"
            "It's been renamed the Harbour Rowing Club.\n\n"
            "Ruiz never thought he'd be replaced."
        )
    )
    assert _datings(events, "hired") == [("2018-03-05", "before")]
    assert _datings(events, "renamed") == [("2018-03-05", "before")]
    assert not _triggered(events, "replaced")


def test_a_note_that_this_story_was_updated_is_no_event():
    """ "This story was updated on Friday to correct …": the page's own upkeep, no happening
    of the story; "The ferry timetable was updated on Friday" names no page and is kept."""
    events = _events_of_text(
        _after_the_lead(
            "This story was updated on Friday to correct the name of the harbour master.\n\n"
            "This blog post has been edited to add a map of the route.\n\n"
            "The ferry timetable was updated on Friday to add a late sailing."
        )
    )
    assert not _triggered(events, "edited"), _triggered(events, "edited")
    assert [e.date for e in _triggered(events, "updated")] == ["2018-03-02"]


def test_a_present_saying_in_a_when_clause_is_a_habit():
    """ "… when we write fresh travel posts": what the writers do each time, a habit, no saying
    (nor "posts" misread as a verb); a "says" outside the clause still speaks."""
    events = _events_of_text(
        _after_the_lead(
            "We check what buyers on these forums want to hear about when we write fresh "
            "travel posts.\n\n"
            "“When we talk about rail fares, we mean the peak fares,” Lena Ortiz says."
        )
    )
    assert not _triggered(events, "write"), _triggered(events, "write")
    assert not _triggered(events, "posts"), _triggered(events, "posts")
    assert not _triggered(events, "talk"), _triggered(events, "talk")
    assert _triggered(events, "says")


def test_a_verb_joined_to_what_people_tend_to_do_is_a_habit():
    """ "Shoppers tend to browse online, or come from review sites": "come" shares the
    infinitive after "tend to", a habit; a verb told after a stop is kept."""
    events = _events_of_text(
        _after_the_lead(
            "Shoppers tend to browse for gadgets, or come from review sites like Gizmo.\n\n"
            "Fans tend to stay late; on Friday they stormed the pitch."
        )
    )
    assert not _triggered(events, "come"), _triggered(events, "come")
    assert _triggered(events, "stormed")


def test_a_shoot_of_pictures_is_no_attack():
    """ "The campaign images were shot in Lisbon", "She shot the video herself": a filming,
    typed as no attack; "A gunman shot two guards" is one."""
    events = _events_of_text(
        _after_the_lead(
            "The campaign images were shot in Lisbon in May.\n\n"
            "She shot the video herself on Friday.\n\n"
            "A gunman shot two guards outside the bank on Friday."
        )
    )
    assert [e.type for e in _triggered(events, "shot")] == ["other", "other", "attack"]


def test_a_subject_fused_with_its_be_is_a_form_of_be():
    """ "I'm told …", "We're told …" are the passive "I am told", "we are told": no saying
    of anyone, as "We are told …" is none; what they tell still counts."""
    events = _events_of_text(
        _after_the_lead(
            "I’m told the new ferry will sail to Arnholm in June.\n\n"
            "We're told the bridge over the Lenne will reopen in September.\n\n"
            "The harbour master told reporters on Monday that the quay was safe."
        )
    )
    assert [e.date for e in _triggered(events, "told")] == ["2018-03-05"]
    assert _triggered(events, "sail") and _triggered(events, "reopen")


def test_a_participle_that_is_its_base_after_a_plural_is_the_present():
    """ "The new trams come with wifi": "come" is the present (the past is "came"), a state
    with no date of its own; "The trams came back in service on Friday" is still told."""
    events = _events_of_text(
        _after_the_lead(
            "The new trams come with wifi and folding seats for every rider.\n\n"
            "The old trams came back in service on Friday."
        )
    )
    assert not _triggered(events, "come"), _triggered(events, "come")
    assert [e.date for e in _triggered(events, "came")] == ["2018-03-02"]


def test_today_after_a_plural_noun_in_the_present_means_nowadays():
    """ "The app allows farmers today to track …": the farmers of our time, no day of a happening;
    "Farmers today elected a new board" keeps its day."""
    events = _events_of_text(
        _after_the_lead(
            "The new app allows farmers today to track the moisture of every field.\n\n"
            "Farmers today elected a new board for the grain cooperative."
        )
    )
    assert not _triggered(events, "allows"), _triggered(events, "allows")
    assert [e.date for e in _triggered(events, "elected")] == ["2018-03-05"]


def test_an_embedded_post_is_read_as_of_its_own_day():
    """A page quoting a post ("… at the club today. — Ana Ortiz (@anaortiz) December 31,
    2019") tells the post's news as of the post's day: its "today" and its present perfect
    are of December 31, not of the page's January 2; and the post, an aside, sets no time
    for the story's next paragraph (whose undated saying stays at publication)."""
    events = _events_of_text(
        "Mayor golfs again\nThursday, January 2, 2020\n\n"
        "Mayor Ruiz began the new year the way he spent much of the last one: at his golf "
        "club.\n\n"
        "Ruiz has returned to his golf resort in West Bay for a round. — Ana Ortiz (@anaortiz) "
        "December 31, 2019\n\n"
        "Ruiz, who dislikes the coverage, noted that the club has meeting rooms.\n\n"
        "The mayor said he held meetings at the club today. — Ana Ortiz (@anaortiz) "
        "December 30, 2019\n"
    )
    assert [e.date for e in _triggered(events, "returned")] == ["2019-12-31"]
    assert [e.date for e in _triggered(events, "noted")] == ["2020-01-02"]
    assert [e.date for e in _triggered(events, "held")] == ["2019-12-30"]


def test_a_short_aside_between_dashes_cuts_no_clause():
    """ "Acme posted a new low — and an all-time one — on Monday": the verbless aside
    between two dashes cuts nothing, as a short one in brackets does ("(NYSE: ACM)"), so
    the line keeps the clause's end; a clause between dashes still cuts."""
    events = _events_of_text(
        _after_the_lead(
            "Acme posted a new low — and an all-time one — on Friday.\n\n"
            "The mayor — who had resigned in May — spoke at the rally on Friday."
        )
    )
    assert [(e.summary, e.date, e.dating) for e in _triggered(events, "posted")] == [
        ("Acme posted a new low — and an all-time one — on Friday.", "2018-03-02", "explicit")
    ]
    assert [e.date for e in _triggered(events, "resigned")] == ["2017-05"]


def test_have_and_a_participle_between_a_building_and_its_parts_tells_what_it_is_like():
    """ "The cabins have vaulted ceilings", "some have carved doors": "have" owns a part of
    the building, the participle is its adjective, no perfect; "others have housed famous
    guests": a room holding people, a state. Still events: "The council has closed schools",
    "Rioters have smashed windows" (no building before "have"), "The city has housed 300
    families in hotels"."""
    events = _events_of_text(
        _after_the_lead(
            "Several of the cabins have vaulted ceilings and wide bay windows; others have "
            "housed famous visitors like the Swedish king.\n\n"
            "Many rooms have tiled floors and some have carved doors.\n\n"
            "The lodge has polished stone floors.\n\n"
            "The council has closed schools across the county.\n\n"
            "Rioters have smashed windows in the square.\n\n"
            "The city has housed 300 families in hotels."
        )
    )
    got = _triggers(events)
    assert not {"vaulted", "housed", "tiled", "carved", "polished"} & {
        e.trigger for _p, s, e in events if "city" not in s
    }, got
    assert {"closed", "smashed", "housed"} <= got, got


def test_a_present_perfect_spending_a_span_of_time_is_a_tally_no_event():
    """ "The mayor has now spent at least 90 days abroad", "12 of which she has spent teaching":
    time spent up to now, tallied, no happening. Still events: "The ministry has spent $5m on
    the bridge" (money), "The couple had spent 20 years in Lima" (a stretch before a past
    time)."""
    events = _events_of_text(
        _after_the_lead(
            "The mayor has now spent at least 90 days abroad during her term.\n\n"
            "Born in Chile, Ms Vidal has lived in Norway for 30 years, 12 of which she has "
            "spent teaching at the academy.\n\n"
            "The ministry has spent $5m on the bridge.\n\n"
            "The couple had spent 20 years in Lima."
        )
    )
    spent = [s for _p, s, e in events if e.trigger == "spent"]
    assert len(spent) == 2 and all("mayor" not in s and "Vidal" not in s for s in spent), spent


def test_a_disclosed_result_is_dated_as_an_act_however_long_its_object():
    """ "The grocer posted a net loss of more than $4 million on Friday": a result made
    known is no saying, so a long object does not hide the day as words reported would;
    a reported clause still keeps its own date ("reported that sales fell in January")."""
    events = _events_of_text(
        _after_the_lead(
            "The grocer posted a net loss of more than $4 million on Friday.\n\n"
            "The ferry line reported record sales of nearly 90,000 tickets on Friday.\n\n"
            "The brewer reported that sales fell sharply at its taverns in January."
        )
    )
    assert _datings(events, "posted") == [("2018-03-02", "explicit")]
    assert _datings(events, "reported") == [
        ("2018-03-02", "explicit"),
        ("2018-03-04", "inferred"),  # the brewer's report: not in January
    ]


def test_sayings_of_a_story_led_by_a_happening_are_made_by_publication():
    """A story led by a death, an attack or an accident quotes what was said since, as it
    is written: its undated sayings are at publication, not on the happening's day; a story
    led by a scene for speaking (a debate, a vote) quotes what was said there."""
    attack = _events_of_text(
        _one_article(
            "A surfer was bitten by a shark off Pismo Beach on Sunday.\n\n"
            "The man paddled to shore and was taken to hospital.\n\n"
            "“He was very lucky,” ranger Joe Hale said.\n\n"
            "Hale added that the beach would stay open."
        )
    )
    assert _datings(attack, "bitten") == [("2018-03-04", "explicit")]
    assert _datings(attack, "said") == [("2018-03-05", "inferred")]
    assert _datings(attack, "added") == [("2018-03-05", "inferred")]
    debate = _events_of_text(
        _one_article(
            "Five candidates clashed over taxes at a debate in Austin on Sunday.\n\n"
            "The crowd cheered as the mayor walked on stage.\n\n"
            "“We will cut waste,” Ana Ruiz said.\n\n"
            "Ruiz added that she would not raise fees."
        )
    )
    assert _datings(debate, "said") == [("2018-03-04", "inferred")]
    assert _datings(debate, "added") == [("2018-03-04", "inferred")]


def test_a_death_toll_asked_about_in_an_interview_is_no_happening_lead():
    """ "The host pressed the envoy on Sunday to estimate the death toll": the lead tells
    an interview (the toll is a noun, no death that day), so its quotes were made then."""
    events = _events_of_text(
        _one_article(
            "A television host on Sunday repeatedly pressed envoy Dan Mor to estimate the "
            "death toll at the camp.\n\n"
            "The exchange lasted several minutes.\n\n"
            "“We do not want to hurt them,” Mor said."
        )
    )
    assert _datings(events, "said") == [("2018-03-04", "inferred")]


def test_sayings_at_the_scene_of_the_lead_happening_are_of_its_day():
    """ "At the scene, Inspector Lund said …": said on the day of the shooting the story is
    led by, as are his later sayings; another speaker's are at publication."""
    events = _events_of_text(
        _one_article(
            "A man was shot dead at a fruit stall in Nassau on Sunday.\n\n"
            "Medics pronounced him dead at the stall.\n\n"
            "At the scene, Inspector Ada Lund said officers were alerted at noon.\n\n"
            "Lund said the victim was a bystander.\n\n"
            "“It was awful,” a neighbour said."
        )
    )
    said = {s.split(",")[0].split(" ")[0]: e.date for _p, s, e in events if e.trigger == "said"}
    assert said["At"] == "2018-03-04"
    assert said["Lund"] == "2018-03-04"
    assert said["“It"] == "2018-03-05"


def test_asked_before_a_saying_is_one_exchange():
    """ "Asked if the shootings were linked, Lund said it was possible": the question is
    the one the saying answers, no statement of its own (even when the saying is dated
    otherwise); "Asked to leave, the man refused" has no saying to answer."""
    events = _events_of_text(
        _one_article(
            "A man was shot dead at a fruit stall in Nassau on Sunday.\n\n"
            "At the scene, Inspector Ada Lund said officers were alerted at noon.\n\n"
            "Asked if the shootings were linked, Lund said it was possible."
        )
    )
    assert not _triggered(events, "Asked")
    linked = [e for _p, s, e in events if s.startswith("Asked")]
    assert [(e.trigger, e.date) for e in linked] == [("said", "2018-03-04")]


def test_a_faceless_undated_clause_is_no_entry():
    """A clause with no type, no actor and no time but "before publication" ("Both camps
    have wrangled over a range of questions") is mostly a state or an opinion: no timeline
    entry (it is still found, and dated); one with an actor, a doer, a type or a date makes
    one, and so does one of the lead."""

    def entries(text):
        article = parse_article(text)
        found = extract(article)
        return [
            (e.trigger, e.date, e.dating)
            for k in range(len(article.paragraphs))
            for e in found.entries(k)
        ], found

    got, found = entries(
        _after_the_lead(
            "Both camps have wrangled over a range of questions.\n\n"
            "Senator Ana Ruiz has toured the plant.\n\n"
            "The arc of the decade has followed a familiar pattern.\n\n"
            "The board has shelved the harbour study.\n\n"
            "The levy was raised in 2015."
        )
    )
    triggers = [t for t, _d, _g in got]
    assert "wrangled" not in triggers and "followed" not in triggers, got
    assert ("toured", "2018-03-05", "before") in got
    assert ("shelved", "2018-03-05", "before") in got  # a common noun names its doer
    assert ("raised", "2015", "explicit") in got
    assert any(e.trigger == "wrangled" for p in found.paragraphs for e in p.events)
    lead, _found = entries(_one_article("Both camps have wrangled over a range of questions."))
    assert [t for t, _d, _g in lead] == ["wrangled"]


def test_a_participle_between_an_adjective_and_its_noun_is_an_adjective():
    """ "shown wearing dark rimmed glasses": an adjective whatever comes before it (a
    verb here); not after "the" ("The poor received aid") nor a noun ("Leaders statewide met
    on Friday")."""
    events = _events_of_text(
        _after_the_lead(
            "The thief is shown wearing dark rimmed glasses.\n\n"
            "On Friday the poor received aid.\n\n"
            "Leaders statewide met on Friday."
        )
    )
    assert not _triggered(events, "rimmed")
    assert _triggered(events, "received")
    assert _triggered(events, "met")


def test_an_adverb_of_sequel_puts_an_undated_past_verb_after_the_told_time():
    """ "The ferry company went bankrupt in May 2016. … A rival quickly bought its boats",
    "The council then hired an auditor", "The captain was later charged": no time of their
    own but after the happening told before, not at (or before) publication; a quick
    reaction's saying too. Not in a relative clause that describes ("firms that quickly
    grew"), not in what a speaker says, not after a day a weekend before publication (the
    story's scene goes on, often that day), and not "the then mayor", "by then"."""
    events = _events_of_text(
        _after_the_lead(
            "The ferry company went bankrupt in May 2016.\n\n"
            "A rival quickly bought its boats. The council then hired an auditor. "
            "The captain was later arrested by police. Unions quickly claimed the sale was "
            "rigged. Lenders that quickly sold their stakes lost little.\n\n"
            "The then mayor, Ana Ruiz, visited the harbour."
        )
    )
    for trigger in ("bought", "hired", "arrested", "claimed"):
        assert _datings(events, trigger) == [("2016-05", "after")], trigger
    assert ("2016-05", "after") not in _datings(events, "sold")
    assert ("2016-05", "after") not in _datings(events, "visited")
    recent = _events_of_text(
        _after_the_lead(
            "Police stopped a van in the harbour on Saturday.\n\n"
            "The driver was later detained by police."
        )
    )
    assert [g for _d, g in _datings(recent, "detained")] == ["inferred"]


def test_the_story_goes_on_after_a_sequel_or_a_fronted_after_phrase():
    """Once a sentence is told after a time ("A few weeks later, a clerk wrote a guide", "After
    the 2009 flood, the city raised its levees"), the paragraph's next undated sentences go on
    after it too ("Every office adopted it", "Builders moved inland"), not at that time."""
    events = _events_of_text(
        _after_the_lead(
            "The tax office opened its new portal in March 2016. A few weeks later, a clerk "
            "wrote a simple guide to the portal. Every regional office adopted the guide.\n\n"
            "After the 2009 flood, the city raised its levees. Insurers doubled their premiums."
        )
    )
    assert _datings(events, "adopted") == [("2016-03", "after")]
    assert _datings(events, "doubled") == [("2009", "after")]


def test_a_count_read_as_of_a_day_or_told_by_a_clitic_perfect_is_a_running_total():
    """ "4,120 fires have been detected in the province as of Monday": a count read on a day,
    still running, no happening; and so is "so far" after a clitic perfect that an adverb
    parts from its verb ("we’ve already vented 90 tonnes"). A day's own count stays ("On
    Monday, crews detected 40 new fires"), and so does "as of" without a count."""
    events = _events_of_text(
        _after_the_lead(
            "According to the agency, 4,120 fires have been detected in the province as of "
            "Monday.\n\n"
            "So far this season, we’ve already vented 90 tonnes of the gas.\n\n"
            "On Monday, crews detected 40 new fires in the province.\n\n"
            "As of Monday, the council has closed the harbour."
        )
    )
    detected = [s for _p, s, e in events if e.trigger == "detected"]
    assert detected == ["On Monday, crews detected 40 new fires in the province."]
    assert not _triggered(events, "vented")
    assert _triggered(events, "closed")


def test_a_count_recorded_over_a_month_or_a_year_is_a_statistic():
    """ "after 31 killings were recorded in June": a counting verb in the passive, a count
    for its subject and a month or a year for its time tells a statistic, no happening. A
    day's count is that day's news ("Six deaths were reported on Monday"), and a counting
    verb with a doer and no count stays ("In June, the council recorded a loss")."""
    events = _events_of_text(
        _after_the_lead(
            "The shootings come after 31 killings were recorded in June, the worst month in "
            "years.\n\n"
            "Some 1,200 claims were registered in 2019.\n\n"
            "Six deaths were reported on Monday.\n\n"
            "In June, the council recorded a loss."
        )
    )
    assert not _triggered(events, "registered")
    assert [s for _p, s, e in events if e.trigger == "recorded"] == [
        "In June, the council recorded a loss."
    ]
    assert _datings(events, "reported") == [("2018-03-05", "explicit")]


def test_a_subject_all_but_denied_tells_no_happening():
    """ "Barely a shot was fired", "Hardly anyone turned up", "few saw it coming": a
    subject that "barely", "hardly" or "few" opens is all but denied, nothing told. Not "A
    few fans stayed behind", nor a time ("Barely a week later, the mine reopened"), nor a
    clause after one ("Few people noticed when the bridge collapsed on Monday")."""
    events = _events_of_text(
        _after_the_lead(
            "Barely a shot was fired.\n\n"
            "Hardly anyone turned up at the rally.\n\n"
            "The deal was signed in secret, and few of the staff saw it coming.\n\n"
            "A few fans stayed behind after the match.\n\n"
            "Barely a week later, the mine reopened.\n\n"
            "Few people noticed when the bridge collapsed on Monday."
        )
    )
    for word in ("fired", "turned", "saw", "noticed"):
        assert not _triggered(events, word), word
    for word in ("signed", "stayed", "reopened", "collapsed"):
        assert _triggered(events, word), word


def test_a_claim_held_in_an_it_passive_is_no_happening():
    """ "It has been shown that the drug works", "It’s now recommended that every patient be
    screened", "It has been proposed to widen the road": a claim or a finding held, no one
    saying it at a time. Not an announcement ("It has been announced that the plant will
    close"), nor one in the past ("It was found that the valve had failed"), nor a claim
    someone makes ("The lab has shown that the drug works")."""
    events = _events_of_text(
        _after_the_lead(
            "It has been shown that the drug works in mice.\n\n"
            "It’s now recommended that every patient be screened.\n\n"
            "It has been proposed to widen the road.\n\n"
            "It has been announced that the plant will close.\n\n"
            "It was found that the valve had failed.\n\n"
            "The lab has shown that the drug works."
        )
    )
    assert not _triggered(events, "recommended")
    assert not _triggered(events, "proposed")
    assert [s for _p, s, e in events if e.trigger == "shown"] == [
        "The lab has shown that the drug works."
    ]
    assert _triggered(events, "announced")
    assert _triggered(events, "found")


def test_a_letter_and_its_writing_in_one_sentence_are_one_entry(library, tmp_path):
    """ "Mayor Ida Berg wrote a letter to … on Monday insisting that …": the letter (Monday)
    and the writing (a saying the sentence gives no day of its own) are one act, one entry;
    her later interview stays a statement of its own."""
    story = (
        "Depot row deepens\nFriday, March 9, 2018\n\n"
        "Mayor Ida Berg wrote a letter to the council chair and the deputy harbour master "
        "Tom Reyes on Monday insisting that the depot stay open.\n\n"
        "In an interview, Berg criticized both sides for the delay.\n"
    )
    path = tmp_path / "depot.txt"
    path.write_text(story, encoding="utf-8")
    library.import_paths([path])
    entries = library.timeline()

    def citing(words: str) -> list:
        return [(e.date, e.type) for e in entries if any(words in s.text for s in e.sources)]

    assert citing("wrote a letter") == [("2018-03-05", "letter")]
    assert citing("In an interview") == [("2018-03-09", "statement")]


def test_a_happenings_noun_pointing_back_is_that_happening(library, tmp_path):
    """ "… said, after the 1987 crash, that …": the noun points back at the crash the story
    told before, on the same date given in the text: one entry, whoever else its sentence
    names (the finance minister took no part in the bank's crash)."""
    story = (
        "Lessons of the crash\nFriday, March 9, 2018\n\n"
        "With the 1987 market crash, Harlow Bank lost half its deposits.\n\n"
        "Finance minister Ana Ruiz said, after the 1987 crash, that the budget would shrink.\n"
    )
    path = tmp_path / "crash.txt"
    path.write_text(story, encoding="utf-8")
    library.import_paths([path])
    crashes = [e for e in library.timeline() if e.type == "accident"]
    assert len(crashes) == 1, [(e.date, [s.text for s in e.sources]) for e in crashes]
    assert crashes[0].date == "1987" and len(crashes[0].sources) == 2


def test_a_saying_going_on_after_and_is_the_same_saying(library, tmp_path):
    """ "… Ana Ruiz warned … that she did not trust the new deck, and asked for its
    reopening to be delayed": she warned and asked in one saying, one entry (the warning
    joined the reopening it tells; the asking, read apart, stood as a second entry)."""
    story = (
        "Pier fears\nFriday, March 9, 2018\n\n"
        "The harbour board met on Tuesday.\n\n"
        "Old files show harbour master Ana Ruiz warned six months before the pier reopened "
        'in 1994 that she did not "trust the new deck", and asked for its reopening to be '
        "delayed.\n"
    )
    path = tmp_path / "pier.txt"
    path.write_text(story, encoding="utf-8")
    library.import_paths([path])
    citing = [e for e in library.timeline() if any("Old files" in s.text for s in e.sources)]
    assert len(citing) == 1, [(e.date, e.dating, e.type) for e in citing]


def test_a_kin_of_someone_named_speaks_for_themselves():
    """ "“He was a good son,” his mother said": the mother speaks, not the man "his" takes
    up, so her saying is not made at his occasion (the scene he spoke at); an office speaks
    for its owner ("Lund's office said" keeps Lund's day)."""
    events = _events_of_text(
        _one_article(
            "A man was shot dead at a fruit stall in Nassau on Sunday.\n\n"
            "Medics pronounced him dead at the stall.\n\n"
            "At the scene, Inspector Ada Lund said officers were alerted at noon.\n\n"
            "“He was a good son,” his mother said.\n\n"
            "Lund's office said the street was closed."
        )
    )
    said = {s[:5]: (e.date, e.speaker) for _p, s, e in events if e.trigger == "said"}
    assert said["“He w"][0] == "2018-03-05", said
    assert said["Lund'"][0] == "2018-03-04", said


def test_a_summary_keeps_a_scare_quote_that_closes_its_clause():
    """Quotes are masked out of a clause's tokens, so a clause cut before "which" ended
    before a quoted noun phrase: "announced three fines tied to a" lost its noun."""
    events = _events_of_text(
        _one_article(
            "Regulators on Friday announced three fines tied to a “smart meter scheme” which "
            "overcharged homes across the region.\n\n"
            "The council approved two grants given to the “green belt” which rings the town."
        )
    )
    summaries = [e.summary for _p, _s, e in events]
    assert any("fines tied to a “smart meter scheme”" in s for s in summaries), summaries
    assert any("given to the “green belt”" in s for s in summaries), summaries
    assert not [s for s in summaries if s.rstrip("…").endswith((" a", " the"))], summaries


def test_sayings_of_a_story_written_days_after_its_lead_are_made_by_publication():
    """A profile out on Friday whose lead tells Tuesday's news quotes what was said since,
    for the profile: its undated sayings are at publication, not on Tuesday. A lead of the
    day before keeps them (a council's vote on Sunday, reported on Monday), and so does a
    lead whose day is a sitting of a house, where they were said."""
    profile = _events_of_text(
        _one_article(
            "When the governor announced her bid for a second term on Tuesday in a short "
            "video, she also named her campaign team.\n\n"
            "Her campaign chief grew up on a farm near the coast.\n\n"
            "“She is calm under pressure,” an aide to the governor said.",
            published="Friday, March 9, 2018",
        )
    )
    assert ("2018-03-06", "explicit") in _datings(profile, "named")
    assert _datings(profile, "said") == [("2018-03-09", "inferred")]
    sitting = _events_of_text(
        _one_article(
            "A motion on water rates failed in the Senate on Tuesday after a tied "
            "vote.\n\n"
            "The chamber then moved on to other business.\n\n"
            "“The rates are unfair,” Senator Ana Ruiz said.",
            published="Friday, March 9, 2018",
        )
    )
    assert _datings(sitting, "said") == [("2018-03-06", "inferred")]
    vote = _events_of_text(
        _one_article(
            "The council voted on Sunday to close the old pool.\n\n"
            "The pool opened in the spring of 1961.\n\n"
            "“It is a sad day,” councillor Tom Reid said."
        )
    )
    assert _datings(vote, "said") == [("2018-03-04", "inferred")]


def test_a_features_subheading_tells_no_undated_event_of_its_own():
    """ "Wi-Fi was approved on all ferries" over the paragraph that tells how: a short line
    with no closing stop over prose is a subheading, whose words repeat the paragraph under
    it; one that dates its news keeps it, and so does a one-sentence paragraph of prose."""
    events = _events_of_text(
        _one_article(
            "Island travel changed a great deal this year.\n\n"
            "Wi-Fi was approved on all ferries\n\n"
            "Three operators added fast boats to the island routes, cutting crossings to an "
            "hour.\n\n"
            "The old pier reopened in May\n\n"
            "Builders finished the repairs two weeks early, and the first boats docked at "
            "once.\n\n"
            "A new airline dropped its fares.\n\n"
            "Tickets to the mainland now cost less than a ferry crossing."
        )
    )
    sources = {s for _p, s, _e in events}
    assert "Wi-Fi was approved on all ferries" not in sources
    assert ("2017-05", "explicit") in _datings(events, "reopened")  # the last May
    assert _datings(events, "dropped")


def test_a_great_deal_is_a_quantity_not_a_bargain():
    """ "Island travel changed a great deal this year": how much it changed, no acquisition;
    "signed a good deal for the port" is still one."""
    events = _events_of_text(
        _one_article(
            "Island travel changed a great deal this year.\n\n"
            "The two firms signed a new deal for the port on Monday."
        )
    )
    assert [e.type for e in _triggered(events, "changed")] == ["other"]
    assert [e.type for e in _triggered(events, "signed")] == ["acquisition"]


def test_someone_told_to_do_something_makes_no_saying_of_theirs():
    """ "Reed was diagnosed with cirrhosis and told to expect a long stay": Reed was told,
    by no one named; no statement of his. "Lee told reporters to stay calm" is still Lee's."""
    events = _events_of_text(
        _one_article(
            "A new way of storing livers has saved dozens of lives, doctors said.\n\n"
            "Adam Reed, 58, was diagnosed with cirrhosis and told to expect a long stay.\n\n"
            "Residents were urged to leave their homes as the river rose.\n\n"
            "Mayor Ann Lee told reporters to stay calm."
        )
    )
    assert [e.type for e in _triggered(events, "told") if "Reed" in e.summary] != ["statement"]
    assert not [e for _p, _s, e in events if e.type == "statement" and e.speaker == "Adam Reed"]
    assert [e.type for e in _triggered(events, "urged")] != ["statement"]
    assert [e.type for e in _triggered(events, "told") if "Lee" in e.summary] == ["statement"]


def test_a_title_in_apposition_names_who_the_title_is_later():
    """ "The mayor of Leeds, Tom Hart, said …" … "The mayor said …": the mayor is Tom Hart,
    as after "Mayor Tom Hart"; so is the spokeswoman after "Ann Cole, a spokeswoman for the
    ministry". A title heading another name is that one's ("The deputy mayor and party
    leader Rita Gray said")."""
    events = _events_of_text(
        _one_article(
            "The council on Sunday banned plastic cutlery in its cafes.\n\n"
            "The mayor of Leeds, Tom Hart, said the city would follow.\n\n"
            "The mayor said that the data had convinced him.\n\n"
            "Ann Cole, a spokeswoman for the ministry, welcomed the ban.\n\n"
            "The spokeswoman said that talks with caterers would resume.\n\n"
            "The deputy mayor and party leader Rita Gray said she agreed."
        )
    )
    agreed = [e for _p, s, e in events if "agreed" in s]
    assert agreed and not [e for e in agreed if "Tom Hart" in e.actors]  # Gray's own title
    convinced = [e for _p, s, e in events if "convinced" in s]
    assert convinced and all("Tom Hart" in e.actors for e in convinced)
    resume = [e for _p, s, e in events if "would resume" in s]
    assert resume and all("Ann Cole" in e.actors for e in resume)


def test_a_coming_day_a_happening_lasts_until_does_not_date_it():
    """ "Flights were suspended until January 5" (written in late December): the suspension
    is done by publication, and lasts until next January 5; it is neither before last
    January 5 nor before that coming day. A past day still bounds what ran until it."""
    events = _events_of_text(
        _one_article(
            "Storms battered the coast on Sunday.\n\n"
            "Flights were suspended until January 5.\n\n"
            "The hunt for the boat was called off until tomorrow.\n\n"
            "He served as harbour master until 2010.",
            published="Wednesday, December 27, 2023",
        )
    )
    for trigger in ("suspended", "called"):
        [(day, dating)] = _datings(events, trigger)
        assert day <= "2023-12-27" and day >= "2023-12-24", (trigger, day, dating)
    assert _datings(events, "served") == [("2010", "before")]


def test_a_season_that_says_what_kind_of_thing_dates_no_happening():
    """ "gusts that brought early summer heat": which heat, no summer the story
    tells (a season before a happening's noun, "the spring festival", is still its time)."""
    events = _events_of_text(
        _one_article(
            "Heavy rain fell on Monday.\n\n"
            "Tuesday was met with dry gusts that brought early summer heat.",
            published="Tuesday, November 7, 2023",
        )
    )
    assert not [e for _p, _s, e in events if e.date and e.date.endswith("-SU")]


def test_a_summary_cut_at_its_clause_end_leaves_no_dangling_word():
    """A clause cut before "which"/"whom" or a long quote left "…six firms, three of",
    "…would suppress the vote as" and "…to five years, out": the summary ends at the whole
    phrase before them."""
    events = _events_of_text(
        _one_article(
            "The traders later bought parts from five overseas makers, two of which were "
            "based in Cyprus.\n\n"
            "Police said they are looking for the man's parents, all of whom live nearby.\n\n"
            "The smuggler was sentenced to five years, out of which he served ten months."
        )
    )
    summaries = [e.summary for _p, _s, e in events]
    assert "The traders later bought parts from five overseas makers" in summaries, summaries
    # nor a word alone after the clause's comma: "…to five years, out | of which …"
    assert "The smuggler was sentenced to five years" in summaries, summaries
    assert not [s for s in summaries if s.endswith((" of", " as", " the", ","))], summaries


def test_a_review_of_the_year_tells_its_undated_past_in_that_year():
    """A page published in December (or January) whose headline looks back on its year
    ("Our favourite shows of 2021") tells its undated past in that year, not only before
    publication; not what it says came before ("was filmed before the floods"), nor what it
    had done before, nor a headline's year still to come."""
    body = (
        "Television kept the town company through a hard winter and a wet spring.\n\n"
        "The choir sang from their kitchens.\n\n"
        "The producers borrowed the idea from a school concert.\n\n"
        "The drama was filmed before the floods.\n\n"
        "Critics had long mocked the channel for its reruns.\n"
    )
    events = _events_of_text(f"Our favourite shows of 2021\nThursday, December 23, 2021\n\n{body}")
    assert _when(events, type="other", contains="borrowed") == ("2021", "inferred")
    assert ("2021", "inferred") in _datings(events, "sang")
    assert "2021" not in _dates(events, "filmed")
    assert "2021" not in _dates(events, "mocked")
    events = _events_of_text(f"What to watch in 2022\nThursday, December 23, 2021\n\n{body}")
    assert "2021" not in _dates(events, "borrowed")
    # out in the first days of the next year, it still looks back on that one
    events = _events_of_text(f"Our favourite shows of 2021\nMonday, January 3, 2022\n\n{body}")
    assert _when(events, type="other", contains="borrowed") == ("2021", "inferred")


def test_a_perfect_done_already_is_no_news_of_its_update():
    """A live update's present perfect is its news ("14.05 Rescuers have reached the
    ridge"), but one done "already" was done some time before it ("Relatives have already
    given DNA samples"): before, not at the update."""
    events = _events_of_text(
        _one_article(
            "Ferry sinks off the coast\n\n"
            "14.05 Rescuers have reached the ridge above the bay.\n\n"
            "13.20 Relatives have already given DNA samples to the police.\n\n"
            "12.40 Divers have found the ferry's second lifeboat.\n",
            published="Wednesday, December 31, 2014",
        )
    )
    assert _datings(events, "given") == [("2014-12-31", "before")]
    assert _datings(events, "found") == [("2014-12-31", "inferred")]


def test_a_thing_claimed_is_no_saying():
    """ "The team claimed the title on Sunday", "The storm claimed the lives of three
    fishermen": a thing won or taken, no statement; "The mayor claimed the budget was
    balanced" and "claimed that …" are sayings."""
    events = _events_of_text(
        _one_article(
            "The team claimed the title on Sunday.\n\n"
            "The storm claimed the lives of three fishermen on Monday.\n\n"
            "The mayor claimed the budget was balanced.\n\n"
            "Her rival claimed that the figures were false."
        )
    )
    claims = {s: e.type for _p, s, e in events if "claimed" in s}
    assert claims["The team claimed the title on Sunday."] != "statement"
    assert claims["The storm claimed the lives of three fishermen on Monday."] != "statement"
    assert claims["The mayor claimed the budget was balanced."] == "statement"
    assert claims["Her rival claimed that the figures were false."] == "statement"


def test_a_speech_verb_within_what_is_said_does_not_name_the_speaker():
    """ "The hunters claimed that Ray was still alive and, on the way, Ray told them he was
    cold": Ray's telling is part of what the hunters claimed, so the claim stays theirs
    (unnamed), not Ray's; "Organizers … acknowledged that Acme paid … and said they hoped
    …" is no saying of Acme's. "When asked whether …, Ann Lake replied" is still hers."""
    events = _events_of_text(
        _one_article(
            "The hunters claimed that Tom Ray was still alive and they carried him out of "
            "the woods but on the way, Ray is said to have told them he felt cold.\n\n"
            "Organizers of the march in Leeds acknowledged that Harbour Trust paid for the "
            "buses and said they hoped the march helped the mayor.\n\n"
            "When asked whether the bridge would reopen, Transport Minister Ann Lake replied "
            "that it would not."
        )
    )
    assert _find(events, type="statement", contains="still alive").speaker == ""
    assert _find(events, type="statement", contains="Harbour Trust").speaker != "Harbour Trust"
    assert _find(events, type="statement", contains="Ann Lake").actors == ("Ann Lake",)


def test_a_past_perfect_beside_a_dated_happening_is_its_own_earlier_happening():
    """ "On Thursday the appeals court overturned a lower court's ruling, which had found the
    firm to be a mere broker": the finding, told of the ruling, is an earlier happening, not
    a repeat of the overturning, so it stays, before that Thursday; so does a deed told of
    a person ("who had rescued two children"). "died in 2013 after the tumour had spread"
    stays one happening (see the test of spare bounds)."""
    events = _events_of_text(
        _one_article(
            STORY_LEAD
            + "On Thursday the appeals court overturned a lower court's ruling, which had "
            "found the firm to be a mere broker.\n\n"
            "The mayor on Friday praised the firefighter, who had carried two children from "
            "the burning flat."
        )
    )
    assert _datings(events, "found") == [("2018-03-01", "before")]
    assert _datings(events, "carried") == [("2018-03-02", "before")]
    assert _triggered(events, "overturned") and _triggered(events, "praised")


def test_a_present_perfect_sentence_takes_no_day_told_before_it():
    """ "Facebook removed the posts on Monday. Similar campaigns have drawn claims that they
    are run by rival firms": a sentence told in the present perfect sums up the time up to
    now; its other clauses ("are run", "with two million birds killed") are no happenings
    of the day the story told before it, but before publication. A past main verb after a
    perfect aside ("whose film has been snubbed, was given an award") keeps that day."""
    events = _events_of_text(
        _one_article(
            "The council voted on Monday to close two clinics.\n\n"
            "Shops in the old town closed early on Monday because of the storm.\n\n"
            "Facebook removed some posts about the clinics on Monday. And similar campaigns "
            "have sparked claims that they are not local efforts but paid efforts that are "
            "run by rival firms.\n\n"
            "The country's wildlife has taken a heavy blow, with an estimated two million "
            "birds killed.\n\n"
            "Reed, whose clinic has been praised by patients, was given an award at the "
            "council dinner.\n",
            published="Wednesday, November 8, 2023",
        )
    )
    assert "2023-11-06" not in _dates(events, "similar campaigns")
    assert "2023-11-06" not in _dates(events, "heavy blow")
    assert ("2023-11-06", "inferred") in [
        (e.date, e.dating) for _p, s, e in events if "given an award" in s
    ]


# Each pattern and the words one of which every match of it holds: the event finder looks
# for the words first (`text.may_hold`) and searches with the pattern only where they are.
_GATED_PATTERNS = {
    "_DAYS_BEFORE": (
        "_DAYS_BEFORE_WORDS",
        ["She saw him the night before.", "on the three previous days"],
    ),
    "_LATELY": ("_LATELY_WORDS", ["Prices rose in recent weeks.", "over the past few months"]),
    "_PAST_SPAN": ("_PAST_OR_LAST", ["Sales fell over the past year.", "within the last 3 weeks"]),
    "_NEAR_HAPPENING": (
        "_BEFORE_OR_AFTER",
        ["The day before he vanished, he called.", "Moments After the train stopped, smoke rose."],
    ),
    "_COMPARISON": (
        "_COMPARISON_WORDS",
        ["Output was 9 million, down from ", "up 2 points compared with "],
    ),
    "_READ_ON": (
        "_READ_ON_WORDS",
        ["The mayor spoke. Read more", "Doors open at nine: Continue reading »"],
    ),
}


@pytest.mark.parametrize("pattern", sorted(_GATED_PATTERNS))
def test_a_pattern_looked_for_by_its_words_matches_only_where_they_are(pattern: str) -> None:
    """A gate that lost a word its pattern can match would hide that match: each example
    matches, and what it matches holds one of the gate's words."""
    gate, texts = _GATED_PATTERNS[pattern]
    for text in texts:
        holder = next(m for m in (events_module, story_time) if hasattr(m, pattern))
        found = getattr(holder, pattern).search(text)
        assert found is not None, text
        assert may_hold(found.group(), getattr(holder, gate)), (pattern, found.group())


def test_a_saying_noun_after_an_infinitive_or_a_prepositions_noun_is_no_verb():
    """ "The mayor tried to address reports of leaks", "She pointed to press reports": the
    noun a verb or a preposition takes, not a finite "reports" (none follows "to" and a
    word without a comma or a "that"); "The board reports that …" and "…, the paper
    reports" are still sayings."""
    assert not is_verb_in("The mayor tried to address reports of leaks at the plant.", "reports")
    assert not is_verb_in("She pointed to press reports of a second fire.", "reports")
    assert not is_verb_in("He wanted to answer claims by the union.", "claims")
    assert is_verb_in("The board reports that the pool will close.", "reports")
    assert is_verb_in("The pool will close in May, the paper reports.", "reports")

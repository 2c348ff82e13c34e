"""The writer's own voice and the site's furniture make no timeline entry (invented news)."""

from __future__ import annotations

from conftest import sentence_events


def test_a_sign_off_of_the_sites_own_coverage_makes_no_entry_at_all():
    """ "That is all from our live updates tonight; we return at dawn as the search goes on": the
    site signing off, none of its clauses a happening; a release of a gallery by the police
    is still one."""
    events = sentence_events(
        "We will end our coverage here tonight, and we return at first light (about 5am GMT) "
        "with news as the hunt for the trawler continues.\n\n"
        "Police released a gallery of photos of the trawler as the search continues.",
        lead=True,
    )
    sources = [s for s, _e in events]
    assert not any(s.startswith("We will end") for s in sources), sources
    assert any(s.startswith("Police released") for s in sources), sources


def test_the_writer_at_work_in_the_first_person_makes_no_entry():
    """ "I have talked with two stranded drivers, who walked to the depot", "We charted the
    index against fuel prices and found that spending rose as prices fell": the writer's own
    reporting and what it met or found, no happening of the story."""
    events = sentence_events(
        "I have talked with a stranded driver who has walked to the depot beside the port."
        "\n\n"
        "We charted the monthly price index against the jobless rate (adjusted for season) "
        "and found a strong link, that is, spending rose as the jobless rate fell.\n\n"
        "We asked three of our readers which ferry they take.",
        lead=True,
    )
    sources = [s for s, _e in events]
    assert not any(s.startswith(("I have", "We")) for s in sources), sources


def test_a_first_person_deed_with_a_date_or_a_quoted_one_is_still_told():
    """A minister's "I spoke to the mayor on Monday" is her own dated deed, a quoted "I
    spoke to him twice" is the speaker's, and "Police have spoken to the families" is no
    writer's."""
    events = sentence_events(
        "I spoke to the mayor on Monday about the flooded school.\n\n"
        '"I spoke to him twice," the coach said.\n\n'
        "Police have spoken to the families of the crew.",
        lead=True,
    )
    sources = {s.split()[0] for s, _e in events}
    assert {"I", '"I', "Police"} <= sources, sources


def test_the_sites_own_people_after_our_make_no_entry():
    """ "Our correspondent Ann Lee has just arrived at the port", "Our senior analyst has just
    published his top pick": the site's own work; what it met ("where soldiers landed with
    two bodies on Tuesday") and a correspondent of another paper are still told."""
    events = sentence_events(
        "Our correspondent Ann Lee has just arrived at the port, where soldiers landed with "
        "two bodies on Tuesday.\n\n"
        "Our senior analyst has just published a report that reveals his top pick.\n\n"
        "The correspondent of the Gazette was arrested on Friday.",
        lead=True,
    )
    triggers = {e.trigger for _s, e in events}
    assert "arrived" not in triggers and "published" not in triggers, triggers
    assert {"landed", "arrested"} <= triggers, triggers


def test_a_bylines_career_makes_no_entry():
    """ "His essays have appeared in the Herald and the Courier", "She has written for the
    Gazette": the writer's career under the story, no happening; a suspect who "has appeared
    in court" and a dated piece written for a paper are still told."""
    events = sentence_events(
        "He hosts a weekly Gazette podcast, and his essays have appeared in the "
        "Herald, the Courier and the Post.\n\n"
        "She has written for the Gazette and the Post.\n\n"
        "The suspect has appeared in court charged with arson.\n\n"
        "The minister wrote for the Gazette on Monday about the closures.",
        lead=True,
    )
    firsts = {s.split()[0] + " " + s.split()[1] for s, _e in events}
    assert {"The suspect", "The minister"} <= firsts, firsts
    assert not {"He hosts", "She has"} & firsts, firsts


def test_a_firms_we_deciding_is_still_told():
    """On a firm's blog, or an interview set down without quotes, "we" is the firm: "We
    chose the Lisbon plant for its port" is its decision, a happening, not the writer's
    reporting."""
    events = sentence_events(
        "We chose the Lisbon plant for its deep-water port and our engineers' experience.",
        lead=True,
    )
    assert "chose" in {e.trigger for _s, e in events}, events


def test_a_text_the_story_sets_down_speaks_in_its_authors_first_person():
    """ "The council published the mayor's letter, which reads: Friends, …" ¶ "I have asked
    Dana Ruiz to run the city's day-to-day business.": the letter's "I" is the mayor, and
    what she asked is told; the story's own writer, back after the letter, is not."""
    events = sentence_events(
        "The council published the mayor's letter on Monday, which reads: Friends, the "
        "doctors have told me to rest.\n\n"
        "I have asked Dana Ruiz to run the city's day-to-day business.\n\n"
        "I will be back as soon as I can.\n\n"
        "The council did not say how long she would be away.\n\n"
        "I have talked with two of her aides, who walked to the town hall.",
        lead=True,
    )
    sources = [s for s, _e in events]
    assert any(s.startswith("I have asked Dana Ruiz") for s in sources), sources
    assert not any(s.startswith("I have talked") for s in sources), sources


def test_a_doer_noun_opening_its_sentence_keeps_its_entry():
    """ "Agents have inspected the vessel": a common noun of doers names who did it, even as
    the sentence's first, capitalised word (a module pattern once read it as "gents" and the
    clause was dropped as saying nothing); "Both camps have wrangled" still makes none."""
    from dateline.store.extract.article import extract
    from dateline.store.formats.article import parse_article

    article = parse_article(
        "Title\nMonday, March 5, 2018\n\nThe council met on Sunday. It voted to close the "
        "pool.\n\nThe mayor said the pool was unsafe.\n\nFans protested on Saturday.\n\n"
        "Agents have inspected the vessel.\n\nBoth camps have wrangled over the terms.\n"
    )
    found = extract(article)
    entries = [e.trigger for k in range(len(article.paragraphs)) for e in found.entries(k)]
    assert "inspected" in entries, entries
    assert "wrangled" not in entries, entries

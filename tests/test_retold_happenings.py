"""One happening told twice in other words makes one entry: a live blog's later update
that says it retells an earlier one ("As we reported earlier, …") adds no entry, while a
note that points at another story, or someone else's words, still tells its happening."""

from __future__ import annotations

from conftest import sentence_events

PUBLISHED = "Wednesday, March 7, 2029"


def _told(body: str) -> list[str]:
    """The source sentences of the events of an invented live blog."""
    return [s for s, _e in sentence_events(body, published=PUBLISHED)]


def test_an_update_retelling_an_earlier_one_makes_no_entry():
    """ "11.40 As we reported earlier, divers pulled two more bodies from the lake" tells
    again the recovery the blog's 09.10 update told: the writer's note says so, and the
    recovery already has its entry."""
    body = (
        "09.10 Divers pulled two more bodies from the lake at dawn.\n\n"
        "11.40 As we reported earlier, divers pulled two more bodies from the lake, "
        "taking the toll to five.\n\n"
        "12.05 As noted above, the ferry port will stay closed until Friday.\n"
    )
    told = _told(body)
    assert any(s.startswith("09.10") for s in told)
    assert not any("As we reported earlier" in s for s in told)
    assert not any("As noted above" in s for s in told)


def test_a_note_pointing_at_another_story_or_someone_elses_words_still_tells():
    """ "As we reported last week, the council closed the pool" points at another story:
    the closure may be told nowhere else on the page. "As the mayor said earlier, crews
    reopened the road" is the mayor's telling, not the writer's retelling."""
    body = (
        "As we reported last week, the council closed the pool on Friday.\n\n"
        "As the mayor said earlier, crews reopened the road on Tuesday.\n"
    )
    told = _told(body)
    assert any("closed the pool" in s for s in told)
    assert any("reopened the road" in s for s in told)


STORM_STORY = (
    "A winter storm swept across the valley on Tuesday, closing schools in three towns.\n\n"
    "Crews worked through the night to clear the main roads.\n\n"
    "The late-night storm also knocked down power lines near the depot.\n"
)
RULING_STORY = (
    "An appeals court ruled on Thursday that the ferry firm must repay its passengers.\n\n"
    "The firm had cancelled hundreds of sailings last winter.\n\n"
    "Thursday's ruling also struck down a fee the firm charged for changes.\n"
)


def test_more_of_what_a_happening_told_before_did_makes_no_entry_of_its_own():
    """ "The late-night storm also knocked down power lines" and "Thursday's ruling also
    struck down a fee" open on a happening the story has told ("the storm", "Thursday's
    ruling"): the verb tells more of what that happening did, a part of it, not another
    happening."""
    published = "Friday, January 4, 2030"
    storm = _sources(STORM_STORY, published)
    assert any(s.startswith("A winter storm swept") for s in storm)
    assert not any(s.startswith("The late-night storm") for s in storm)
    ruling = sentence_events(RULING_STORY, published=published)
    assert any(s.startswith("An appeals court ruled") for s, _e in ruling)
    assert not any(s.startswith("Thursday's ruling") and e.trigger == "struck" for s, e in ruling)


def test_a_first_telling_a_happening_done_or_a_new_one_is_still_told():
    """ "The storm flooded three streets" (no "also": maybe the first the story tells of
    the storm), "The deal was also signed in secret" (the deal itself, done), "A storm
    also hit the coast" (a new storm) and "The mayor said the storm …" (a saying) are still
    told."""
    body = (
        "Shops in the old town closed early because of the rain.\n\n"
        "The storm flooded three streets.\n\n"
        "The deal was also signed in secret.\n\n"
        "A second storm also hit the coast and damaged the harbour.\n\n"
        "The mayor said the storm had cost the town dearly.\n"
    )
    told = _sources(body, "Friday, January 4, 2030")
    assert any(s.startswith("The storm flooded") for s in told)
    assert any(s.startswith("The deal was also signed") for s in told)
    assert any(s.startswith("A second storm") for s in told)
    assert any(s.startswith("The mayor said") for s in told)


def _sources(body: str, published: str) -> list[str]:
    return [s for s, _e in sentence_events(body, published=published)]


def test_a_lead_in_the_perfect_takes_the_day_a_verb_that_only_dates_its_noun_gives():
    """ "An explosion has torn through a drilling rig … ¶ The blast happened late on
    Tuesday": the lead's news is Tuesday's blast (inferred), not of publication; the second
    sentence names no one, but "happened" only dates the happening its noun names."""
    found = {
        e.trigger: (e.date, e.dating)
        for _s, e in sentence_events(
            "An explosion has torn through a drilling rig off the Ruritanian coast, leaving "
            "11 workers missing.\n\n"
            "The blast happened late on Monday, about 50 miles offshore.",
            published=PUBLISHED,
        )
    }
    assert found["torn"] == ("2029-03-05", "inferred"), found
    assert found["happened"] == ("2029-03-05", "explicit"), found

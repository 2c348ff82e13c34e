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

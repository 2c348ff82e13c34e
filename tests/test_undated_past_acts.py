"""Undated past acts dated at publication: what the lead goes on to tell of the past, once its
first paragraph has told its news as under way ("Deputies are quitting …"), is an undated past
(before publication), not more news of the day. All sentences are invented."""

from tests.conftest import sentence_events

PUBLISHED = "Monday, March 5, 2018"


def _dating(body: str, trigger: str) -> tuple[str | None, str]:
    """(date, dating) of the event of the sentence holding `trigger`, not a saying."""
    for sentence, event in sentence_events(body, published=PUBLISHED):
        if trigger in sentence and event.type != "statement":
            return event.date, event.dating
    raise AssertionError(f"no event for {trigger!r}")


def test_second_lead_paragraph_past_act_is_before_publication():
    body = (
        "Deputies are quitting the sheriff's office as calls for help climb.\n\n"
        "Sgt. Amy Ross handed back her badge and blamed the board for the cuts."
    )
    assert _dating(body, "handed") == ("2018-03-05", "before")


def test_second_lead_paragraph_passive_past_is_before_publication():
    body = (
        "Prosecutors are seizing the homes of two brothers who ran the failed lender.\n\n"
        "Most of the missing cash was moved to banks offshore."
    )
    assert _dating(body, "moved") == ("2018-03-05", "before")


def test_first_lead_paragraph_past_act_is_the_news():
    body = "A man was arrested after a chase on the ring road."
    assert _dating(body, "arrested") == ("2018-03-05", "inferred")


def test_news_told_in_the_perfect_goes_on_in_the_next_paragraph():
    body = (
        "The council has picked Ann Lee to lead the harbour board.\n\n"
        "Lee was named to the post over objections from two members."
    )
    assert _dating(body, "named") == ("2018-03-05", "inferred")


def test_more_news_after_a_lead_told_in_the_past_stays_at_publication():
    body = (
        "The ferry hearing at the town hall was postponed.\n\n"
        "The harbour fireworks display was cancelled because of the gales."
    )
    assert _dating(body, "cancelled") == ("2018-03-05", "inferred")

"""An undated past happening "before publication", when the story bounds it closer: invented
news paragraphs after a lead told in the present, so that what they tell is background."""

from __future__ import annotations

from conftest import sentence_events

_PUBLISHED = "Wednesday, November 8, 2023"
_LEAD = (
    "Labs around the world are racing to use a new gene tool.\n\n"
    "The tool says much about how science works.\n\n"
)


def _dated(body: str) -> dict[str, tuple[str | None, str]]:
    return {e.trigger: (e.date, e.dating) for _s, e in sentence_events(_LEAD + body, _PUBLISHED)}


def test_what_a_dated_sequel_follows_is_before_its_date():
    """ "The enzyme was first found in soil bacteria. Then, in June 2012, two labs published
    the method": the finding came before June 2012, not just before publication; so did
    "Lee served as a deputy mayor" when "She later ran the housing office" before a
    campaign of March 2019."""
    got = _dated(
        "The enzyme was first found in soil bacteria. That search took ten years. Then, in "
        "June 2012, two labs published the method."
    )
    assert got["found"] == ("2012-06", "before"), got
    assert got["published"] == ("2012-06", "explicit"), got
    got = _dated(
        "A former teacher, Lee served as a deputy mayor under the old council. She later ran "
        "the city's housing office before joining the campaign in March 2019."
    )
    assert got["served"] == ("2019-03", "before"), got


def test_no_sequel_or_a_sequel_within_its_year_keeps_before_publication():
    """With nothing closer in the text, "before" publication stays: a sentence with no adverb
    of what came next ("In 2019, she ran for mayor"), one within the same year ("Later in
    2019"), one pointing back ("By then, in 2019, …"), or a present perfect, which runs up
    to now ("Ruiz has served on the board. Later, in 2019, …")."""
    for body in (
        "Ruiz served on the board of the port. In 2019, she ran for mayor.",
        "Ruiz served on the board of the port. Later in 2019, she ran for mayor.",
        "Ruiz served on the board of the port. By then, in 2019, she ran for mayor.",
        "Ruiz has served on the board of the port. Later, in 2019, she ran for mayor.",
    ):
        got = _dated(body)
        assert got["served"] == ("2023-11-08", "before"), (body, got)

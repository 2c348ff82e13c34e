"""Junk sayings: a speech verb that tells no one's saying here."""

from __future__ import annotations

from conftest import is_verb_in, sentence_events


def _types(events, contains):
    return [e.type for sentence, e in events if contains in sentence]


def test_a_report_in_the_passive_with_no_agent_is_no_saying():
    """ "Six new cases were reported on Monday", "Long delays were reported at two airports
    on Tuesday": what happened or was counted, told by no one; no statement. With its agent
    ("were reported by the council") it is a saying; "by Monday" is no agent, and other
    speech verbs keep their passive ("The merger was announced on Friday")."""
    events = sentence_events(
        "The town's clinics extended their opening hours on Monday.\n\n"
        "Six new flu cases were reported on Monday in the northern district.\n\n"
        "Long delays were reported at two airports in the region on Tuesday.\n\n"
        "Nine cases were reported by Sunday in the three valley towns.\n\n"
        "The new fares were reported by the council on Monday.\n\n"
        "The merger of the two banks was announced on Friday.\n\n"
        "The ministry reported on Monday that the school would reopen.",
        "Wednesday, November 8, 2023",
    )
    assert "statement" not in _types(events, "Six new flu cases"), events
    assert "statement" not in _types(events, "Long delays"), events
    assert "statement" not in _types(events, "Nine cases"), events
    assert _types(events, "Long delays") == ["other"]
    assert [e.date for s, e in events if "Long delays" in s] == ["2023-11-07"]
    assert _types(events, "The new fares") == ["statement"]
    assert _types(events, "The merger") == ["statement"]
    assert _types(events, "The ministry reported") == ["statement"]


def test_a_saying_noun_after_two_nouns_joined_by_and_is_no_verb():
    """ "Rovers put pay and contract talks on hold", "the fuel and labour estimates for the
    ferry": two nouns joined by "and" make a plural subject, which takes no "-s" verb; the
    word is their noun. A second clause's verb ("The mayor paused and then says …"), a
    pronoun's ("Rents rose and everyone says …") and a name's ("Marks and Spencer says")
    are still verbs."""
    assert not is_verb_in("Rovers have put pay and contract talks on hold until May.", "talks")
    assert not is_verb_in("It must match the fuel and labour estimates for the ferry.", "estimates")
    assert not is_verb_in("The firm denied the bribery and fraud claims in court.", "claims")
    assert is_verb_in("The mayor paused and then says the pool will close.", "says")
    assert is_verb_in("Rents rose and everyone says the deal is good.", "says")
    assert is_verb_in("Marks and Spencer says sales rose in May.", "says")

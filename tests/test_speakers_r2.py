"""Who makes a saying: the subject of its speech verb, not a name that only stands near it
(in another clause, as the owner of a word in the clause before, or as a word that tells
which of a common noun is meant)."""

from __future__ import annotations

from conftest import sentence_events


def _sayings(body):
    """(sentence, event) of each statement of a one-article text."""
    return [(s, e) for s, e in sentence_events(body) if e.type == "statement"]


def _speaker(body, contains):
    hits = [e.speaker for sentence, e in _sayings(body) if contains in sentence]
    assert hits, f"no statement in a sentence with {contains!r}"
    return hits[0]


def test_a_common_noun_subject_leaves_a_name_of_another_clause_unspeaking():
    """ "…, and passengers said …", "when staff warned …": the subject is a common noun, so
    the saying is someone the story does not name (""), not the name before it in the
    clause before (Tom Hale, whose van broke down, says nothing)."""
    body = (
        "The ferry was late after Tom Hale's van broke down on the ramp, and passengers "
        "said the crossing took four hours.\n\n"
        "Ann Lee opened the pool in May when council staff warned that the roof leaked."
    )
    assert _speaker(body, "passengers said") == ""
    assert _speaker(body, "staff warned") == ""


def test_an_official_close_to_an_inquiry_is_not_a_name_in_what_was_told():
    """ "…, well past the Harbor Authority's safety rules, an official close to the inquiry
    has told the paper": the official speaks, with its phrase "close to the inquiry"; the
    authority is a word of what was told."""
    body = (
        "The tanker sailed at dawn into the storm, well past the Harbor Authority's "
        "safety rules, an official close to the inquiry has told the paper."
    )
    assert _speaker(body, "an official close to") == ""


def test_a_name_in_the_subject_still_speaks():
    """The subject's own names keep speaking: joined by "and" ("Ann Lee and other residents
    said"), before a time ("Mayor Tom Hale last week said"), or owning the subject
    ("Ann Lee's office said")."""
    body = (
        "Ann Lee and other residents said the road was unsafe.\n\n"
        "Mayor Tom Hale last week said the pool would reopen in June.\n\n"
        "Rita Okafor's office said the bridge would close on Friday."
    )
    assert _speaker(body, "other residents said") == "Ann Lee"
    assert _speaker(body, "last week said") == "Tom Hale"
    assert _speaker(body, "office said") == "Rita Okafor"


def test_an_apposition_names_the_common_noun_a_name_only_modified():
    """ "The Zenith unit, Orbex Labs, said …": Zenith only tells which unit; the apposition
    names it, and Orbex Labs speaks ("Orbex Labs, the Zenith unit, said" stays Orbex's)."""
    body = (
        "The Zenith unit, Orbex Labs, said it would close the plant in Leeds.\n\n"
        "Orbex Labs, the Zenith unit, said the plant in York would stay open."
    )
    assert _speaker(body, "close the plant") == "Orbex Labs"
    assert _speaker(body, "would stay open") == "Orbex Labs"


def test_a_pronoun_before_the_verb_is_a_person_not_the_body_named_nearer():
    """ "Ann Lee tried to call the shop through her Zenith phone, which, she said, went
    dead": "she" is the subject, and a person speaks: the last person named before it
    (Ann Lee), not the phone's maker, the name nearest the verb."""
    body = (
        "Ann Lee tried to call the shop through her Zenith phone, which, she said, went "
        "dead at once."
    )
    assert _speaker(body, "she said") == "Ann Lee"

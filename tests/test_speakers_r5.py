"""Who makes a saying told by a body's description ("the company said", "the airline
said"): the body the description takes up, not a person or another body named nearby."""

from __future__ import annotations

from conftest import sentence_events


def _speakers(body, contains):
    """The speakers of the statements in the sentences holding `contains`."""
    hits = [
        e.speaker
        for sentence, e in sentence_events(body)
        if e.type == "statement" and contains in sentence
    ]
    assert hits, f"no statement in a sentence with {contains!r}"
    return hits


def test_a_description_takes_up_the_body_its_own_sentence_named():
    """ "Orbex Bank earned $2 billion, the company said": the bank the sentence has just
    named speaks, not nobody; "Ann Lee set up Vexa Medicine, and the startup said":
    the startup is Vexa Medicine (a name shaped like a person's, but "Vexa" is no given
    name), not a body named in an earlier sentence."""
    body = (
        "Orbex Bank earned $2 billion in the third quarter, the company said on Tuesday, "
        "in a year its chief Tom Harlow called a record.\n\n"
        "Ann Lee is a chemist at the Kestrel Institute.\n\n"
        "Lee set up Vexa Medicine in May, and on Friday the startup said it would hire "
        "forty chemists."
    )
    assert "Orbex Bank" in _speakers(body, "the company said")
    assert _speakers(body, "the startup said") == ["Vexa Medicine"]


def test_a_description_does_not_take_up_a_person_of_its_sentence():
    """ "Ann Lee quit Orbex, and the company said …": a person (Ann is a given name) is no
    company; the company is Orbex."""
    body = "Ann Lee quit Orbex on Friday, and the company said it would hire a chief."
    assert _speakers(body, "the company said") == ["Orbex"]


def test_a_description_does_not_take_up_a_name_a_preposition_governs():
    """ "In a paper in the Journal of Birds, the group describes …": the journal is where the
    group wrote, not the group."""
    body = (
        "In a paper published in the Journal of Birds, the group describes how the owls "
        "nest in winter."
    )
    assert "Journal of Birds" not in _speakers(body, "the group describes")

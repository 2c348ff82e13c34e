"""One statement, one entry: the further sayings of one speaker's exchange, told by other words
for the speaker (a post before the name, a description, a pronoun), join the statement's
entry; two speakers, or one speaker on another occasion, stay apart."""

from __future__ import annotations

from conftest import entry_paragraphs

CEO_STORY = """Charity warns on seabed mining
Wednesday, November 8, 2023

Negotiators met in Kingston this week to discuss a pause on seabed mining.

The ocean charity Deep Water Trust said mining posed a grave threat to the least explored habitats.

“We must not wreck the seabed for short-term gain,” said Deep Water CEO Ana Ruiz.

“The deal is a fair one,” said Harlow Mining CEO Tom Lee.
"""


def test_a_body_s_ceo_quoted_after_the_body_is_its_one_statement(library, tmp_path):
    """ "…," said Deep Water CEO Ana Ruiz, the paragraph after "The ocean charity Deep Water
    Trust said …": a post in capitals between the body and the name, as "Deep Water
    spokesman Ana Ruiz", so she speaks for the trust (one entry citing both), though "Deep
    Water" alone looks like a person's name."""
    by_source = entry_paragraphs(library, tmp_path / "ceo.txt", CEO_STORY, "statement")
    assert any({1, 2} <= set(e) for e in by_source), by_source


def test_another_body_s_ceo_is_a_statement_of_its_own(library, tmp_path):
    """ "…," said Harlow Mining CEO Tom Lee speaks for another body than the trust: an entry
    of its own."""
    by_source = entry_paragraphs(library, tmp_path / "ceo.txt", CEO_STORY, "statement")
    assert not any(3 in e and 2 in e for e in by_source), by_source


THEY_STORY = """Drivers rally against the lockdown
Tuesday, April 21, 2020

Hundreds of drivers circled the state capitol on Monday to protest the stay-at-home order.

Organizers of the rallies in Harlow admitted that the Kestrel Fund paid for the buses, and
claimed the drive would help the governor. But they stressed that the rallies reflected real
worries about lost jobs.

Governor Ida Moss said the order would stay in place until May. But they stressed that the
rallies were peaceful.
"""


def test_they_goes_on_with_the_group_quoted_just_before_in_its_paragraph(library, tmp_path):
    """ "Organizers of the rallies admitted … and claimed …. But they stressed …": the
    organizers are read with the fund they named, no unnamed speaker for "they" to take
    up; still no person speaks, and "they" in the same paragraph is the organizers again:
    one statement (one entry citing the paragraph twice)."""
    by_source = entry_paragraphs(library, tmp_path / "they.txt", THEY_STORY, "statement")
    assert [1, 1] in by_source, by_source


def test_they_after_a_person_s_saying_is_someone_else(library, tmp_path):
    """ "Governor Ida Moss said …. But they stressed …": "they" are not the governor, an
    entry of its own."""
    by_source = entry_paragraphs(library, tmp_path / "they.txt", THEY_STORY, "statement")
    assert by_source.count([2]) == 2, by_source


RELEASE_STORY = """Tour boat sinks in Lake Harlow
Wednesday, November 8, 2023

A tour boat sank in Lake Harlow on Monday with twelve people aboard.

“We are devastated,” the Moss family said in a statement.

Neighbours left flowers by the gate of the family home.

The statement added that the family would not speak to reporters.

Divers pulled the hull to the shore on Tuesday.

Crews began to drain the fuel tanks.

The pier was closed to visitors.

“The boat had passed every check,” the operator said in a statement.

Rescuers searched the reeds at dawn.

The harbour stayed shut all day.

Ferries were sent to another port.

The statement said the operator would pay for the funerals.
"""


def test_the_statement_going_on_with_a_saying_made_in_a_statement_is_one_entry(library, tmp_path):
    """ "“We are devastated,” the Moss family said in a statement." and, two paragraphs on,
    "The statement added that …": the family's written statement quoted again, one entry
    citing both."""
    by_source = entry_paragraphs(library, tmp_path / "boat.txt", RELEASE_STORY, "statement")
    assert any({1, 3} <= set(e) for e in by_source), by_source


def test_the_statement_far_from_a_saying_made_in_a_statement_stays_apart(library, tmp_path):
    """ "…," the operator said in a statement, and four paragraphs on "The statement said
    …": too far on to be sure it is that statement's, an entry of its own."""
    by_source = entry_paragraphs(library, tmp_path / "boat.txt", RELEASE_STORY, "statement")
    assert [11] in by_source, by_source


SPOKESMAN_STORY = """Port closes after oil spill
Wednesday, November 8, 2023

An oil tanker ran aground near Harlow on Monday.

The Harlow Port Authority said the harbour would stay closed until the spill was cleaned up.

“We expect the work to take a week,” said Tom Lee, a spokesman for the port authority.

The Kestrel Shipping Company said its tanker had lost power.

Ana Ruiz, a spokeswoman for the company, said the crew were safe.

The Harlow Dockers Union said its members had been sent home.

Ida Berg, a spokeswoman for the Kestrel Shipping Company, said the tanker would be towed away.
"""


def test_a_spokesman_for_the_body_quoted_after_it_is_its_one_statement(library, tmp_path):
    """ "…," said Tom Lee, a spokesman for the port authority, the paragraph after "The
    Harlow Port Authority said …"; "Ana Ruiz, a spokeswoman for the company, said …" after
    the shipping company's statement: each speaks for the body quoted just before, one
    statement each (one entry citing both paragraphs)."""
    by_source = entry_paragraphs(library, tmp_path / "port.txt", SPOKESMAN_STORY, "statement")
    assert any({1, 2} <= set(e) for e in by_source), by_source
    assert any({3, 4} <= set(e) for e in by_source), by_source


def test_a_spokeswoman_for_another_body_is_a_statement_of_her_own(library, tmp_path):
    """ "Ida Berg, a spokeswoman for the Kestrel Shipping Company, said …" after the union's
    statement speaks for the company, not the union: an entry apart from the union's."""
    by_source = entry_paragraphs(library, tmp_path / "port.txt", SPOKESMAN_STORY, "statement")
    assert not any({5, 6} <= set(e) for e in by_source), by_source


BANK_STORY = """Bank holds rates as prices cool
Thursday, September 24, 2020

HRB said inflation had eased for a third month in August, in its review of the economy.

Rates would stay on hold until the spring, the central bank said.

Kestrel Foods said it would cut 300 jobs at its plant in Lorne.

The cuts were a betrayal of the workers, the union said.
"""


def test_the_bank_described_after_its_acronym_is_its_one_statement(library, tmp_path):
    """ "…, the central bank said" the paragraph after "HRB said …": the body quoted last,
    described by the noun of its kind (an acronym holding its "B"), one statement."""
    by_source = entry_paragraphs(library, tmp_path / "bank.txt", BANK_STORY, "statement")
    assert any({0, 1} <= set(e) for e in by_source), by_source


def test_the_union_after_a_company_s_saying_is_the_other_side(library, tmp_path):
    """ "…, the union said" the paragraph after "Kestrel Foods said …": no union by its
    name, the workers' side answering, an entry of its own."""
    by_source = entry_paragraphs(library, tmp_path / "bank.txt", BANK_STORY, "statement")
    assert [3] in by_source, by_source

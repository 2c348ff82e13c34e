"""One statement, one entry: the further sayings of one speaker's exchange, told by other words
for the speaker (a post before the name, a description, a pronoun), join the statement's
entry; two speakers, or one speaker on another occasion, stay apart."""

from __future__ import annotations

from dateline.store.library import Library


def _entries(library: Library, path, story: str, etype: str) -> list[list[int]]:
    """Import `story` as `path`; the paragraphs each `etype` entry cites, sorted: how the
    article's reports were grouped into entries."""
    path.write_text(story, encoding="utf-8")
    library.import_paths([path])
    entries = [e for e in library.timeline() if e.type == etype]
    return sorted(sorted(s.paragraph for s in e.sources) for e in entries)


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
    by_source = _entries(library, tmp_path / "ceo.txt", CEO_STORY, "statement")
    assert any({1, 2} <= set(e) for e in by_source), by_source


def test_another_body_s_ceo_is_a_statement_of_its_own(library, tmp_path):
    """ "…," said Harlow Mining CEO Tom Lee speaks for another body than the trust: an entry
    of its own."""
    by_source = _entries(library, tmp_path / "ceo.txt", CEO_STORY, "statement")
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
    by_source = _entries(library, tmp_path / "they.txt", THEY_STORY, "statement")
    assert [1, 1] in by_source, by_source


def test_they_after_a_person_s_saying_is_someone_else(library, tmp_path):
    """ "Governor Ida Moss said …. But they stressed …": "they" are not the governor, an
    entry of its own."""
    by_source = _entries(library, tmp_path / "they.txt", THEY_STORY, "statement")
    assert by_source.count([2]) == 2, by_source

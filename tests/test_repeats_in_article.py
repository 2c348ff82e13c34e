"""One happening, one entry: a story that tells the same happening again further on (the
same dated happening retold, the same speaker quoted again in one exchange) makes one
timeline entry citing both places, while two happenings alike in their words stay apart."""

from __future__ import annotations

from conftest import entry_paragraphs

PATENT_STORY = """The enzyme that cuts both ways
Thursday, December 4, 2031

Ines Ruiz spent the autumn in a borrowed lab in Harlow.

In April, Ines Ruiz won a wide U.S. patent for the enzyme, giving her a say over its use on
farms.

Her rivals in Lorne have filed papers of their own.

Investors have put money into three startups that hope to sell the enzyme to seed firms.

In April, Ines Ruiz and the Kestrel Institute won the earliest of three patents covering the
enzyme in plants.
"""


def test_a_dated_happening_told_again_with_the_same_verb_and_object_is_one_entry(library, tmp_path):
    """ "In April, Ines Ruiz won a wide U.S. patent for the enzyme" and, three paragraphs
    on, "In April, Ines Ruiz and the Kestrel Institute won the earliest of three patents":
    one month, one verb, one thing won (a patent), the same person (the second names her
    institute too) — one win, one entry citing both. They share too few words, and the
    second names a partner, for the other ways of telling a retelling."""
    by_source = entry_paragraphs(library, tmp_path / "patent.txt", PATENT_STORY, "other")
    assert [1, 4] in by_source


MEDALS_STORY = """Harlow swimmers sweep the Lorne meet
Monday, May 12, 2031

In May, Ines Ruiz won a silver medal in the 100m final at the Lorne meet.

In May, Tom Vik won a silver medal in the relay at the same meet.

In May, Ines Ruiz won the 200m final with a club record.

In May, Ines Ruiz won the 400m final with a club record.

In May, Ines Ruiz won a grant from the city council.
"""


def test_the_same_verb_on_the_same_date_with_another_person_or_object_stays_apart(
    library, tmp_path
):
    """Close to a retelling, but five wins: Tom Vik's medal is another person's; Ines
    Ruiz's 200m and 400m finals are objects numbered apart; her grant is another thing
    won. Each stays an entry of its own."""
    by_source = entry_paragraphs(library, tmp_path / "medals.txt", MEDALS_STORY, "other")
    assert all([k] in by_source for k in (0, 1, 2, 3, 4)), by_source


OFFICIALS_STORY = """Harlow zoo loses its oldest bear
Wednesday, March 12, 2031

The oldest brown bear of the Harlow zoo died in her sleep overnight, the zoo announced on
its website.

Keepers found her in the den at dawn.

Nora came to Harlow in 1999 from a rescue centre in the hills, zoo officials said.

The bear enclosure will stay shut for a week, city officials said.

The bear was a favourite of school groups, zoo visitors said.
"""


def test_a_body_s_officials_quoted_after_the_body_are_its_one_statement(library, tmp_path):
    """ "…, the zoo announced" and, two paragraphs on, "…, zoo officials said": the zoo's
    officials speak for it, one statement of the day (one entry citing both). City
    officials are another body's, the visitors speak for no one: entries of their own."""
    by_source = entry_paragraphs(library, tmp_path / "zoo.txt", OFFICIALS_STORY, "statement")
    assert [0, 2] in by_source, by_source
    assert [3] in by_source and [4] in by_source, by_source


ASIDE_STORY = """Freighter lost off Brill Point
Tuesday, March 11, 2031

The freighter Kestrel sank off Brill Point on Sunday night with nine crew aboard.

“The hull had been cracked for months,” the harbour master said.

The harbour master, who oversees the salvage teams, added that the crew had been warned.

A diver, who asked not to be named, added that the wreck lay on its side.
"""


def test_a_description_going_on_past_an_aside_is_the_last_speaker_s_statement(library, tmp_path):
    """ "The harbour master, who oversees the salvage teams, added …" goes on with the
    harbour master's quote just before: the aside between commas does not make the subject
    another speaker's, one statement. "A diver, who asked not to be named, added …" brings
    in someone else: a statement of its own."""
    by_source = entry_paragraphs(library, tmp_path / "aside.txt", ASIDE_STORY, "statement")
    assert [1, 2] in by_source, by_source
    assert [3] in by_source, by_source


PRONOUN_STORY = """The race to patent the enzyme
Thursday, December 4, 2031

“The enzyme works in wheat as well as in rice,” Ines Ruiz says. Asked what she had learned
from Tom Vik and Ann Lee's paper, she said “not much.”

The farm ministry says the trials will go on. Asked whether Tom Vik and Ann Lee would join
them, she said “not yet.”
"""


def test_she_said_with_no_speaker_read_goes_on_with_the_person_quoted_just_before(
    library, tmp_path
):
    """ "Asked what she had learned from Tom Vik and Ann Lee's paper, she said “not
    much.”", whose speaker the extraction cannot tell among the names it holds, goes on
    with Ines Ruiz's quote just before in the paragraph: one statement. After the
    ministry's saying, "she said" is someone else (a body is no "she"): its own entry."""
    by_source = entry_paragraphs(library, tmp_path / "pronoun.txt", PRONOUN_STORY, "statement")
    assert [0, 0] in by_source, by_source
    assert [1] in by_source, by_source


COORDINATED_STORY = """Dockers end their strike
Wednesday, May 14, 2031

“We have won a fair contract for every docker in Harlow,” the union said in a written statement.

Ferries stood idle at the quay for most of the spring.

The union priced the deal at a million pounds and said the terms would follow a vote.

The council welcomed the deal and said the ferries would sail again.
"""


def test_a_saying_after_and_is_the_statement_of_the_subject_the_sentence_opens_with(
    library, tmp_path
):
    """ "The union priced the deal … and said the terms would follow": the saying verb has
    no subject of its own; the sentence's subject, "the union", speaks, and its statement
    of the day was quoted two paragraphs before: one statement. "The council welcomed the
    deal and said …" is the council's: an entry of its own."""
    by_source = entry_paragraphs(library, tmp_path / "dockers.txt", COORDINATED_STORY, "statement")
    assert [0, 2] in by_source, by_source
    assert [3] in by_source, by_source


NAMED_ZOO_STORY = """Harlow Zoo loses its oldest bear
Wednesday, March 12, 2031

The mother of the Harlow Zoo’s brown bear family died in her sleep overnight, the zoo
said on its website.

Nora came to the Harlow Zoo in 1999 from a rescue centre in the hills.

Zoo officials say the two younger bears will be watched closely in the coming weeks.

City officials say the bear enclosure will stay shut for a week.
"""


def test_a_body_s_officials_read_as_its_name_are_its_one_statement(library, tmp_path):
    """ "Zoo officials say …", opening its sentence, is read as a saying of Harlow Zoo by
    name; its words are still the zoo's officials, and the zoo announced the death two
    paragraphs before: one statement of the day. City officials speak for another body."""
    by_source = entry_paragraphs(library, tmp_path / "zoo2.txt", NAMED_ZOO_STORY, "statement")
    assert [0, 2] in by_source, by_source
    assert [3] in by_source, by_source


TEAM_STORY = """A fern that glows in the dark
Tuesday, October 22, 2030

In their paper in the Harlow Journal of Botany, the group describes a fern that glows at night.

Growing the fern in a cellar, the researchers note, takes only a few weeks.

Farm analysts said the fern could be on sale within a year.
"""


def test_a_research_team_called_by_another_noun_is_one_statement(library, tmp_path):
    """ "In their paper …, the group describes a fern …" and, in the next paragraph, "…,
    the researchers note, …": one team of researchers called by two nouns, one statement
    of the day (one entry citing both). "Farm analysts said …" is no noun of the team:
    another statement."""
    by_source = entry_paragraphs(library, tmp_path / "fern.txt", TEAM_STORY, "statement")
    assert [0, 1] in by_source, by_source
    assert [2] in by_source, by_source

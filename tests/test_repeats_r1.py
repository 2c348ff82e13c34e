"""One happening or one statement told twice in an article is one timeline entry."""

from __future__ import annotations


def _import_story(library, path, story: str) -> None:
    path.write_text(story, encoding="utf-8")
    library.import_paths([path])


def _statements(library) -> list[tuple[list[str], list[int]]]:
    """Each statement entry's speakers and the paragraphs it cites."""
    said = [e for e in library.timeline() if e.type == "statement"]
    return sorted((sorted(e.actors), sorted(s.paragraph for s in e.sources)) for e in said)


NAMED_ALIKE_STORY = """Farmers march on the capital
Monday, March 5, 2018

Thousands of farmers marched on the capital on Sunday to protest the new grain law.

The Grain Supply Office said bread prices would rise.

GSO said: "We hear the farmers and we will meet them."

Tom Dale said the march was peaceful.

Ann Dale said the police had closed the bridge.
"""


def test_a_speakers_sayings_of_a_day_under_two_forms_of_its_name_are_one_statement(
    library, tmp_path
):
    """ "The Grain Supply Office said …" and, next, "GSO said: …" are one body's statement
    of the day, whichever form of its name each saying gives: one entry. Two people of one
    surname (Tom Dale, Ann Dale) stay two."""
    _import_story(library, tmp_path / "march.txt", NAMED_ALIKE_STORY)
    assert _statements(library) == [
        (["Ann Dale"], [4]),
        (["GSO", "Grain Supply Office"], [1, 2]),
        (["Tom Dale"], [3]),
    ]


SPEAKS_FOR_STORY = """Talks on the captured sailors
Friday, March 9, 2018

Norland said it was in touch with the rebels about the captured sailors.

Norland's foreign minister Ida Berg said on Friday that the rebels had promised to free them.

Tom Lee's lawyer Ann Ray said the ship's owner would pay no ransom.

Tom Lee said the crew was well.
"""


def test_a_speaker_given_as_the_bodys_post_joins_the_bodys_statement_of_the_day(library, tmp_path):
    """ "Norland said it was in touch …" and, next, "Norland's foreign minister Ida Berg
    said on Friday …" (the day the story came out) are the body's one statement: one entry. A
    person's lawyer ("Tom Lee's lawyer Ann Ray said") speaks for herself: two entries."""
    _import_story(library, tmp_path / "sailors.txt", SPEAKS_FOR_STORY)
    assert _statements(library) == [
        (["Ann Ray"], [2]),
        (["Ida Berg", "Norland"], [0, 1]),
        (["Tom Lee"], [3]),
    ]


def test_longest_run_is_the_longest_common_run_of_words():
    """`_longest_run` (how `_same_line` tells two cuts of one sentence) finds the longest run
    of words two lines share in order, as a brute force over every pair of places does."""
    import random

    from dateline.store.db.statements import _longest_run

    def brute(a, b):
        return max(
            (
                k
                for i in range(len(a))
                for j in range(len(b))
                for k in range(1, min(len(a) - i, len(b) - j) + 1)
                if a[i : i + k] == b[j : j + k]
            ),
            default=0,
        )

    line = "the council voted on monday to close the pool".split()
    assert _longest_run(tuple(line), tuple(line[2:] + line[:2])) == len(line) - 2
    assert _longest_run(("a", "b"), ()) == 0
    rng = random.Random(7)
    for _ in range(3000):
        a = tuple(rng.choice("abc") for _ in range(rng.randint(0, 9)))
        b = tuple(rng.choice("abc") for _ in range(rng.randint(0, 9)))
        assert _longest_run(a, b) == brute(a, b) == _longest_run(b, a)

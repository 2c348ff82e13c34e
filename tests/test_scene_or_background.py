"""A later sentence's undated past happening: the dated scene's day, or before? Invented news
sentences after a scene the story dates ("Police arrested two men on Tuesday night")."""

from __future__ import annotations

from conftest import dated_by_opening, sentence_events

_PUBLISHED = "Wednesday, November 8, 2023"
_SCENE = "Police arrested two men outside the stadium on Tuesday night. "


def test_a_happening_told_as_lasting_years_is_before_not_the_scenes_day():
    """ "The owners fought over the lease for years", "The club dumped waste in the canal for
    decades", "for well over a decade": a happening that lasted so long is no happening of
    the Tuesday the paragraph narrates; an undated past, before publication."""
    events = sentence_events(
        _SCENE + "The owners fought the council over the lease for years. The club dumped "
        "waste in the canal for decades. The stadium hosted boxing for well over a decade.",
        _PUBLISHED,
    )
    for opening, verb in (
        ("The owners", "fought"),
        ("The club", "dumped"),
        ("The stadium", "hosted"),
    ):
        got = dated_by_opening(events, opening)
        assert (verb, "2023-11-08", "before") in got, got


def test_a_short_or_numbered_span_keeps_the_scenes_day():
    """ "Officers searched the car for hours", "A judge banned the fan for three years",
    "Critics accused the mayor of ignoring the warnings for months": hours fit the night
    told; a number of years measures what the act set up; the months are the ignoring's,
    not the accusing's; "Staff said the club sold fake tickets for years": the years are the
    selling's, the saying is the story's. All on the scene's Tuesday."""
    events = sentence_events(
        _SCENE + "Officers searched the car for hours. The club banned the fan for three years. "
        "Fans accused the club of ignoring the warnings for months. Staff said the club sold "
        "fake tickets for years.",
        _PUBLISHED,
    )
    for opening, verb in (
        ("Officers", "searched"),
        ("The club", "banned"),
        ("Fans", "accused"),
        ("Staff", "said"),
    ):
        got = dated_by_opening(events, opening)
        assert (verb, "2023-11-07", "inferred") in got, got


def test_the_start_of_a_long_span_or_months_of_works_is_before_the_scenes_day():
    """ "The mayor began the crisis insisting all was well", "The club started the season with
    three defeats", "The hall underwent a $5 million refit": told amid Tuesday's scene, they
    came months before it; an undated past, before publication."""
    events = sentence_events(
        "The club opened its new hall on Tuesday night. The hall underwent a $5 million refit. "
        "The mayor began the crisis insisting all was well. The club started the season with "
        "three defeats.",
        _PUBLISHED,
    )
    for opening, verb in (
        ("The hall", "underwent"),
        ("The mayor", "began"),
        ("The club started", "started"),
    ):
        got = dated_by_opening(events, opening)
        assert (verb, "2023-11-08", "before") in got, got


def test_a_beginning_within_the_scene_keeps_its_day_and_the_scene_goes_on():
    """ "Fans began the day with a march", "The club began the search for a coach": a start
    of the scene's own day, on Tuesday; and after "The hall underwent a $5 million refit"
    the paragraph is back in the scene ("Officers closed the street": Tuesday)."""
    events = sentence_events(
        "The club opened its new hall on Tuesday night. The hall underwent a $5 million refit. "
        "Officers closed the street. Fans began the day with a march. The club began the "
        "search for a coach.",
        _PUBLISHED,
    )
    for opening, verb in (
        ("Officers", "closed"),
        ("Fans", "began"),
        ("The club began", "began"),
    ):
        got = dated_by_opening(events, opening)
        assert (verb, "2023-11-07", "inferred") in got, got


_FLIGHT = "A small plane crashed into the sea on Sunday during a flight from Leeds to Oslo. "


def test_a_happening_its_clause_places_in_the_dated_scene_is_on_its_day():
    """ "The pilot had asked to change course during the flight", "During the flight, the
    co-pilot had radioed the tower": told in the past perfect, or as a saying, yet placed in
    Sunday's flight by their own clause: on that Sunday, not some time before publication."""
    events = sentence_events(
        _FLIGHT + "The pilot had asked to change course during the flight. During the flight, "
        "the co-pilot had radioed the tower.",
        _PUBLISHED,
    )
    for opening, verb in (("The pilot", "asked"), ("During the flight", "radioed")):
        got = dated_by_opening(events, opening)
        assert (verb, "2023-11-05", "inferred") in got, got


def test_another_scene_or_another_clause_keeps_the_dating():
    """ "The pilot had once landed in a field during the flight": once, an earlier flight;
    "during the previous flight": not this one; "Officials said they would discuss the checks
    at the hearing": a scene the story has not dated, the saying the story's. None is moved
    to Sunday."""
    events = sentence_events(
        _FLIGHT
        + "The pilot had once landed in a field during the flight. The airline had grounded "
        "the plane during the previous flight. Officials said they would discuss the "
        "checks at the hearing.",
        _PUBLISHED,
    )
    for opening in ("The pilot", "The airline", "Officials"):
        got = dated_by_opening(events, opening)
        assert got and all(d != "2023-11-05" or g != "inferred" for _t, d, g in got), got

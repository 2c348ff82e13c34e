"""Story grouping (`store.stories`) on invented articles of a made-up harbour town: three
developing stories over three days each — a ferry strike, a mayoral race, a bridge closure —
and one-offs that belong to none."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import write_articles
from sqlalchemy import text

from dateline.store.stories.features import read_sources
from dateline.store.stories.group import Params, Stats, group_new

FERRY = {
    "ferry1": """Ferry crews walk out in Port Elvin

Monday, May 4, 2026

Crews of Elvin Ferries walked off the job on Monday, stranding commuters on Gull Island.
The Harbour Workers Union said the strike was over pay and long shifts on the night ferries.
Union leader Dana Moss said ferry crews would stay out until Elvin Ferries raised wages.
Commuters queued at the harbour terminal as ferries sat idle at the pier.
""",
    "ferry2": """Ferry strike strands Gull Island for a second day

Tuesday, May 5, 2026

The ferry strike in Port Elvin entered its second day on Tuesday with no ferries running.
Dana Moss of the Harbour Workers Union said crews had rejected a pay offer from Elvin Ferries.
Gull Island shops ran short of bread because the ferries carry their deliveries.
Elvin Ferries said it would meet the union again on Wednesday.
""",
    "ferry3": """Ferry strike ends as crews accept pay deal

Wednesday, May 6, 2026

Ferry crews in Port Elvin ended their strike on Wednesday after Elvin Ferries agreed to raise pay.
Dana Moss said the Harbour Workers Union had won shorter shifts on the night ferries.
The first ferry left the harbour terminal for Gull Island on Wednesday evening.
""",
}
MAYOR = {
    "mayor1": """Olga Petrov enters Port Elvin mayoral race

Monday, June 8, 2026

Councillor Olga Petrov announced on Monday that she would run for mayor of Port Elvin.
Petrov promised cheaper council housing and a new library in the mayoral campaign.
The election for mayor will be held in September, the electoral office said.
""",
    "mayor2": """Rafael Quist challenges Petrov for mayor

Tuesday, June 9, 2026

Businessman Rafael Quist declared his candidacy for mayor on Tuesday, challenging Olga Petrov.
Quist said the mayoral campaign should be about council taxes, not council housing.
Petrov welcomed the challenge and proposed three debates before the mayoral election.
""",
    "mayor3": """Petrov and Quist clash in first mayoral debate

Wednesday, June 10, 2026

Mayoral candidates Olga Petrov and Rafael Quist clashed over council taxes on Wednesday.
Quist accused Petrov of wasting council money on the library plan.
Petrov said Quist had no plan for council housing in the mayoral race.
""",
}
BRIDGE = {
    "bridge1": """Kestrel Bridge closed after cracks found

Monday, July 13, 2026

Engineers closed the Kestrel Bridge on Monday after inspectors found cracks in its steel girders.
Chief engineer Tomas Falk said the bridge would stay closed to cars and lorries until repaired.
Drivers were diverted through the old quarry road, adding forty minutes to the journey.
""",
    "bridge2": """Kestrel Bridge repairs to take months, engineer says

Tuesday, July 14, 2026

Tomas Falk said on Tuesday that repairing the cracked girders of the Kestrel Bridge takes months.
The council ordered temporary steel supports for the bridge girders.
Lorries queued on the quarry road detour while engineers inspected the bridge.
""",
    "bridge3": """Kestrel Bridge reopens to pedestrians

Wednesday, July 15, 2026

The Kestrel Bridge reopened to pedestrians on Wednesday after engineers fitted steel supports.
Tomas Falk said cars and lorries would stay on the quarry road detour until new girders came.
""",
}
ONE_OFFS = {
    "bakery": """Bakery wins national sourdough prize

Thursday, August 20, 2026

A family bakery on Mill Street won the national sourdough prize on Thursday.
Baker Ingrid Lind said her grandmother's recipe used rye flour and sea salt.
""",
    "chess": """Schoolgirl wins regional chess title

Saturday, October 3, 2026

Twelve-year-old Zoe Ueda won the regional chess championship on Saturday.
She beat three grandmasters with a daring queen sacrifice in the final round.
""",
}
STORIES = {"ferry": FERRY, "mayor": MAYOR, "bridge": BRIDGE}


def _members(lib) -> dict[str, int]:
    """file name → story id."""
    path = {a.id: a.path for a in lib.articles()}
    return {Path(path[a]).stem: s.id for s in lib.stories() for a in s.articles}


def _assert_grouped(found: dict[str, int]) -> None:
    for articles in STORIES.values():
        assert len({found[name] for name in articles}) == 1, found
    assert len({found[next(iter(a))] for a in STORIES.values()}) == 3, found
    everyone = [found[n] for n in found if n not in ONE_OFFS]
    for name in ONE_OFFS:
        if name in found:
            assert found[name] not in everyone and list(found.values()).count(found[name]) == 1


def _all() -> dict[str, str]:
    return {**FERRY, **MAYOR, **BRIDGE, **ONE_OFFS}


def test_developing_stories_group_and_one_offs_stay_alone(library, tmp_path) -> None:
    library.import_paths(write_articles(tmp_path / "news", _all()))
    grouped, made = group_new(library.engine)
    assert (grouped, made) == (11, 5)
    _assert_grouped(_members(library))
    assert group_new(library.engine) == (0, 0)  # nothing new: nothing done


def test_titles_are_member_headlines_and_actors_are_named(library, tmp_path) -> None:
    library.import_paths(write_articles(tmp_path / "news", _all()))
    group_new(library.engine)
    found = _members(library)
    with library.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, title, first, last, articles, actors FROM story"))
        stories = {row[0]: row[1:] for row in rows}
    for name, articles in STORIES.items():
        title, first, last, count, actors = stories[found[next(iter(articles))]]
        assert title in {body.split("\n")[0] for body in articles.values()}, name
        assert count == 3 and first < last
        assert json.loads(actors), name
    ferry = stories[found["ferry1"]]
    assert "Dana Moss" in json.loads(ferry[4]) or "Elvin Ferries" in json.loads(ferry[4])


def test_in_any_import_order_the_clear_stories_group_alike(library, tmp_path) -> None:
    names = list(_all())[::-1]
    paths = write_articles(tmp_path / "news", _all())
    by_name = {p.stem: p for p in paths}
    for name in names:  # one at a time, last first: ids (and grouping order) reversed
        library.import_paths([by_name[name]])
    group_new(library.engine)
    _assert_grouped(_members(library))


def test_a_second_import_groups_only_the_new_articles(library, tmp_path) -> None:
    first = {k: v for k, v in _all().items() if not k.endswith("3")}
    library.import_paths(write_articles(tmp_path / "monday", first))
    group_new(library.engine)
    before = _members(library)
    later = {k: v for k, v in _all().items() if k.endswith("3")}
    library.import_paths(write_articles(tmp_path / "wednesday", later))
    grouped, _made = group_new(library.engine, batch=2)  # several transactions
    assert grouped == 3
    after = _members(library)
    for story in set(before.values()):  # old articles stay together (a bridge merge
        same = [n for n in before if before[n] == story]  # would move them all at once)
        assert len({after[n] for n in same}) == 1
    _assert_grouped(after)


def test_an_updated_article_is_taken_out_and_grouped_again(library, tmp_path) -> None:
    paths = write_articles(tmp_path / "news", _all())
    library.import_paths(paths)
    group_new(library.engine)
    before = _members(library)
    chess = next(p for p in paths if p.stem == "chess")
    # the chess page is rewritten as a fourth report of the bridge story
    chess.write_text(BRIDGE["bridge3"].replace("Wednesday", "Thursday").replace("15", "16"))
    library.import_paths([chess])
    with library.engine.connect() as conn:
        held = conn.execute(text("SELECT count(*) FROM story_member")).scalar()
        stories = conn.execute(text("SELECT count(*) FROM story")).scalar()
    assert held == 10 and stories == 4  # out of its story, which was left empty and went
    assert group_new(library.engine)[0] == 1
    after = _members(library)
    assert after["chess"] == after["bridge1"] == before["bridge1"]
    # df counts every grouped article's features once, as if grouped from scratch
    with library.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM article")).scalars())
        expected: dict[str, int] = {}
        for source in read_sources(conn, ids).values():
            for term in source.counts:
                expected[term] = expected.get(term, 0) + 1
        stored = dict(conn.execute(text("SELECT term, df FROM story_term WHERE df > 0")).all())
    assert stored == expected


def test_the_neighbourhood_is_bounded(library, tmp_path) -> None:
    """Forty small stories sharing the town's words: each article scores at most
    `neighbours` candidate stories and reads at most `probes` × `postings` postings."""
    towns = [f"{a}{b}" for a in ("Al", "Bre", "Cor", "Dun", "Eil") for b in ("ford", "wick")]
    towns += [f"{a}{b}" for a in ("Fen", "Gar", "Hol", "Ivy", "Jor") for b in ("mouth", "by")]
    articles = {}
    for k, town in enumerate(towns):
        for day in (1, 2):
            articles[f"{town}{day}"] = (
                f"Port Elvin council hears {town} plan\n\nMonday, March {day + 2 * (k % 9)}, 2026"
                f"\n\nThe Port Elvin council discussed the {town} harbour plan on Monday. "
                f"Residents of {town} asked the council for a new {town} pier.\n"
            )
    library.import_paths(write_articles(tmp_path / "towns", articles))
    params = Params(neighbours=4, probes=3, postings=5)
    stats = Stats()
    group_new(library.engine, params, stats=stats)
    assert stats.articles == len(articles)
    assert 0 < stats.most_candidates <= params.neighbours
    assert stats.postings <= stats.articles * params.probes * params.postings


def test_content_words_leave_stopwords_out_before_and_after_stemming():
    """ "This", "does", "perhaps" say nothing of a story whether or not a plural strip would
    turn them into "thi", "doe", "perhap"; "launches" and "crashes" meet "launch", "crash"."""
    from dateline.store.stories.features import content_words

    assert content_words("This does perhaps always thus say") == []
    assert content_words("Launches, crashes and wishes") == ["launch", "crash", "wish"]

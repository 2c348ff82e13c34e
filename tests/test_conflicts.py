"""Sources that disagree on a date (`db.crossday`): reports of one event on other days join
its entry, the entry is flagged and takes its best-supported date; invented articles only."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_articles
from sqlalchemy import text

from dateline.store.db.crossday import (
    Dated,
    dates_conflict,
    entry_date,
    holds_conflict,
)
from dateline.store.db.index import Report
from dateline.store.library import Library
from dateline.store.library.export import CSV_COLUMNS, export

PICKET = (
    "Striking crews of Harbour Lines picketed the ferry terminal at Port Vane {day}, "
    "halting all crossings to the island."
)


def _article(title: str, published: str, *paragraphs: str) -> str:
    return f"{title}\n\n{published}\n\n" + "\n\n".join(paragraphs) + "\n"


def _import(lib: Library, folder: Path, articles: dict[str, str]):
    """Import the articles, then link their reports as the import command does."""
    lib.import_paths(write_articles(folder, articles))
    with lib.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM article")).scalars())
    return lib.link_reports(ids), ids


def _stored(lib: Library) -> list[tuple]:
    with lib.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, cluster, conflict FROM event ORDER BY id"))
        return [(i, c, bool(f)) for i, c, f in rows]


def _entries(lib: Library, word: str):
    return [e for e in lib.timeline() if word in e.summary]


THREE_OUTLETS = {
    "monday": _article(
        "Ferry strike halts crossings", "Wednesday, March 7, 2018", PICKET.format(day="on Monday")
    ),
    "tuesday": _article(
        "Islanders stranded", "Wednesday, March 7, 2018", PICKET.format(day="on Tuesday")
    ),
    "fifth": _article(
        "No boats to the island", "Thursday, March 8, 2018", PICKET.format(day="on March 5")
    ),
}


def test_outlets_that_disagree_make_one_flagged_entry(library, tmp_path):
    done, ids = _import(library, tmp_path / "a", THREE_OUTLETS)
    assert done.joined == 1 and done.conflicts == 1
    (entry,) = _entries(library, "picketed")
    assert entry.conflict
    assert entry.date == "2018-03-05"  # two outlets of three say Monday the 5th
    assert entry.dated_by.startswith("3 of 4 explicit reports")  # the headline's report too
    assert {(s.date, s.dating) for s in entry.sources} == {
        ("2018-03-05", "explicit"),
        ("2018-03-06", "explicit"),
    }
    assert entry.to_json()["conflict"] is True
    assert {"date", "dating"} <= set(entry.to_json()["sources"][0])
    flagged = library.timeline_page(_only_conflicts())[0]
    assert [e.id for e in flagged] == [entry.id]
    before = _stored(library)
    again = library.link_reports(ids)
    assert again.joined == 0 and _stored(library) == before


def _only_conflicts():
    from dateline.store.library.records import TimelineFilter

    return TimelineFilter(only_conflicts=True)


def test_exports_give_each_source_its_own_date(tmp_path):
    lib = Library(str(tmp_path / "lib.db"))
    _import(lib, tmp_path / "a", THREE_OUTLETS)
    entries = _entries(lib, "picketed")
    md = export(entries, "md")
    assert "Sources disagree on the date; dated by 3 of 4" in md
    assert "dates it 6 Mar 2018" in md and "dates it 5 Mar 2018" in md
    ics = export(entries, "ics")
    assert "dates it 6 Mar 2018" in ics.replace("\r\n ", "")
    csv_text = export(entries, "csv")
    assert CSV_COLUMNS[-1] == "source_date" and "6 Mar 2018" in csv_text
    lib.close()


def test_a_report_published_the_next_day_joins_without_conflict(tmp_path):
    lib = Library(str(tmp_path / "lib.db"))
    articles = {
        "told": _article("Ferry strike", "Tuesday, March 6, 2018", PICKET.format(day="on Monday")),
        "next": _article("Strike goes on", "Tuesday, March 6, 2018", PICKET.format(day="")),
    }
    _import(lib, tmp_path / "a", articles)
    (entry,) = _entries(lib, "picketed")
    assert not entry.conflict and len({s.article for s in entry.sources}) == 2
    assert entry.date == "2018-03-05"  # the explicit report's day, as `entry_date` picks
    assert entry.dated_by == ""  # said only when the sources disagree
    lib.close()


LAUNCH = "Harbour Lines launched the Vane Island Express {day}, its first fast ferry."


def test_a_month_and_a_day_inside_it_join_without_conflict(tmp_path):
    lib = Library(str(tmp_path / "lib.db"))
    articles = {
        "day": _article("New ferry", "Friday, March 9, 2018", LAUNCH.format(day="on March 5")),
        "month": _article(
            "Ferries this spring", "Friday, June 1, 2018", LAUNCH.format(day="in March")
        ),
    }
    done, _ids = _import(lib, tmp_path / "a", articles)
    assert done.joined == 1 and done.conflicts == 0
    (entry,) = _entries(lib, "launched")
    assert not entry.conflict and entry.date == "2018-03-05"
    lib.close()


def test_other_speakers_and_other_objects_stay_apart(tmp_path):
    lib = Library(str(tmp_path / "lib.db"))
    said = "{who} said {day} that the ferry crossings to Vane Island would resume within a week."
    articles = {
        "mayor": _article(
            "Crossings to resume",
            "Tuesday, March 6, 2018",
            said.format(who="Mayor Anna Berg", day="on Monday"),
        ),
        "union": _article(
            "Union hopeful",
            "Friday, March 9, 2018",
            said.format(who="Union leader Tom Ray", day="on Thursday"),
        ),
        "express": _article("New ferry", "Friday, March 9, 2018", LAUNCH.format(day="on March 5")),
        "shuttle": _article(
            "Another ferry",
            "Friday, March 23, 2018",
            "Harbour Lines launched the Port Vane Shuttle on March 20, its first fast ferry.",
        ),
    }
    done, _ids = _import(lib, tmp_path / "a", articles)
    assert done.joined == 0
    assert len(_entries(lib, "launched")) == 2
    assert len(_entries(lib, "would resume")) == 2
    lib.close()


def test_an_article_that_retells_a_happening_with_another_date_is_flagged(tmp_path):
    lib = Library(str(tmp_path / "lib.db"))
    articles = {
        "retold": _article(
            "Ferry strike",
            "Friday, March 9, 2018",
            PICKET.format(day="on Monday"),
            "Shops on the island ran short of bread and milk by Wednesday.",
            PICKET.format(day="on Tuesday"),
        )
    }
    done, ids = _import(lib, tmp_path / "a", articles)
    assert done.conflicts == 1
    (entry,) = _entries(lib, "picketed")
    assert entry.conflict
    before = _stored(lib)
    assert lib.link_reports(ids).joined == 0 and _stored(lib) == before
    lib.close()


def _report(rid, article, dating, start, end=None, type_="protest"):
    return Report(rid, article, type_, start, start, end or start, dating, ["Harbour Lines"], "")


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (("explicit", "2018-03-05"), ("explicit", "2018-03-06"), True),
        (("explicit", "2018-03-05"), ("explicit", "2018-03-01", "2018-03-31"), False),
        (("explicit", "2018-03-05"), ("inferred", "2018-03-07"), False),  # published after
        (("explicit", "2018-03-05"), ("inferred", "2018-03-10"), True),  # dated by a later day
        (("explicit", "2018-03-05"), ("inferred", "2018-03-03"), True),  # before it happened
        (("inferred", "2018-03-05"), ("inferred", "2018-03-20"), False),
        (("explicit", "2018-03-05"), ("before", "2018-03-01"), False),  # a bound
    ],
)
def test_when_dates_conflict(a, b, conflict):
    first, second = _report(1, 1, *a), _report(2, 2, *b)
    assert dates_conflict(first, second) is conflict
    assert holds_conflict([first, second]) is conflict


def test_one_article_does_not_contradict_itself_by_what_it_leaves_to_be_guessed():
    told, guessed = _report(1, 1, "explicit", "2018-03-05"), _report(2, 1, "inferred", "2018-03-10")
    assert not dates_conflict(told, guessed) and not holds_conflict([told, guessed])
    other = _report(3, 2, "inferred", "2018-03-10")
    assert holds_conflict([told, guessed, other])
    assert not holds_conflict([told, _report(4, 1, "explicit", "2018-03-10", type_="statement")])


def test_entry_date_prefers_explicit_then_support_then_precision_then_first_published():
    def dated(rid, day, end=None, dating="explicit", published="2018-03-09"):
        return Dated(
            rid,
            "protest",
            day,
            day if end is None else day + "-01",
            end or day,
            dating,
            published,
            rid,
        )

    monday = dated(1, "2018-03-05")
    tuesday = dated(2, "2018-03-06", published="2018-03-07")
    march = dated(3, "2018-03", end="2018-03-31")
    # the month supports both days: a tie, the first published wins
    assert entry_date([monday, tuesday, march]) == (
        tuesday,
        "2 of 3 explicit reports, tied with 2018-03-05: the first published",
    )
    assert entry_date([monday, dated(4, "2018-03-05"), tuesday]) == (
        monday,
        "2 of 3 explicit reports",
    )
    guess = dated(5, "2018-03-10", dating="inferred")
    assert entry_date([march, guess]) == (march, "explicit over inferred")
    assert entry_date([monday]) == (monday, "")


def test_a_recurring_happening_told_in_the_same_words_months_apart_is_not_one(tmp_path):
    """A mayor who meets shopkeepers town after town is told of in the same words each
    time: wording alone never joins reports weeks apart (only the same named object
    does), nor does a chain of such meetings become one entry dated by one of them."""
    towns = ["Alden", "Brora", "Calder", "Dunmore"]
    articles = {
        f"town{k}": _article(
            f"News from {town}",
            "Friday, June 8, 2018",
            f"Mayor Anna Berg met shopkeepers of {town} on {month} 4, 2017 to discuss "
            "delivery hours.",
        )
        for k, (town, month) in enumerate(
            zip(towns, ["January", "March", "May", "July"], strict=True)
        )
    }
    lib = Library(str(tmp_path / "lib.db"))
    report, _ids = _import(lib, tmp_path / "towns", articles)
    assert report.joined == 0
    met = _entries(lib, "met shopkeepers")
    assert len(met) == 4 and not any(e.conflict for e in met)
    lib.close()

"""Dates and spans that belong to a side of the sentence, not to its happening: a "when"
clause hanging on a year, a figure set beside the event for comparison, the years a crime in
the charge lasted (invented news)."""

from __future__ import annotations

from conftest import dated_triggers as _dated
from conftest import sentence_events


def test_a_when_clause_takes_the_year_it_hangs_on():
    """ "the deadliest crash since 1996, when two trains collided": the collision is of 1996,
    not of the story's day; the main clause's "since" still bounds its own process."""
    found = _dated(
        "A commuter train struck a stopped train on Monday.\n\n"
        "The crash was the deadliest on the line since 1996, when two trains collided "
        "head-on, killing three people.",
        "Thursday, February 12, 2009",
    )
    assert found["collided"][1:] == ("1996", "explicit"), found
    assert found["struck"][1:] == ("2009-02-09", "explicit"), found
    found = _dated("Prices have risen since 2010, when the tax was cut.", "Monday, May 4, 2015")
    assert found["cut"][1:] == ("2010", "explicit"), found
    assert found["risen"][1:] == ("2010", "after"), found


def test_a_figure_compared_with_dates_nothing():
    """ "lost $1.2 billion, compared with a loss of $155 million in the year-earlier quarter":
    the loss set beside it is no event of 2004, and the year-earlier quarter does not date
    the loss reported now."""
    found = _dated(
        "The carmaker's North American unit lost $1.2 billion before taxes, compared with a "
        "loss of $155 million in the year-earlier quarter.",
        "Thursday, October 20, 2005",
    )
    assert all(not date.startswith("2004") for _t, date, _d in found.values()), found
    assert found["lost"][1:] == ("2005-10-20", "inferred"), found


def test_the_years_a_charged_crime_lasted_do_not_make_the_verdict_a_statistic():
    """ "convicted Lee of stealing $1.2 million over six years": the conviction is the news
    of its day; "created 5,000 jobs over a decade" is still a count over years."""
    found = _dated(
        "A federal jury on Thursday convicted Ronald Keefe of stealing nearly $1.2 million "
        "over six years.",
        "Friday, March 14, 2014",
    )
    assert found["convicted"] == ("legal", "2014-03-13", "explicit"), found
    assert _dated("The firm created 5,000 jobs over a decade.", "Friday, March 14, 2014") == {}


def test_a_since_of_a_later_verb_or_of_a_count_dates_nothing_else():
    """ "dropped language it had used since 2008": the using's bound; "the eighth increase
    since December 2015": a count's; neither is when the verb before it happened."""
    found = _dated(
        "The Fed raised rates on Wednesday.\n\n"
        "The central bank dropped language it had used since 2008. The Fed lifted its rate "
        "to a range of 2 percent to 2.25 percent, the eighth increase since December 2015.",
        "Wednesday, September 26, 2018",
    )
    assert found["dropped"][1:] == ("2018-09-26", "inferred"), found
    assert found["lifted"][1:] == ("2018-09-26", "inferred"), found
    # a clause's own "since" still bounds it, and a "since" after an "after" clause too
    found = _dated("The pool has been closed since 2015.", "Wednesday, September 26, 2018")
    assert list(found.values())[0][1:] == ("2015", "after"), found


def test_the_verb_after_a_relative_aside_is_the_subjects():
    """ "The firm, which has operated since 1990, shut its plant on Monday": "shut" after the
    aside's closing comma is the main verb, not a participle set off by commas."""
    found = _dated(
        "The firm, which has operated since 1990, shut its plant on Monday.",
        "Wednesday, September 26, 2018",
    )
    assert found["shut"][1:] == ("2018-09-24", "explicit"), found


def test_a_coming_verb_after_and_keeps_its_own_day():
    """ "The team lost on Sunday and will play again on Wednesday": two verbs of one subject,
    each with its day; "was taken off … and will have a scan on Monday": the scan's Monday
    is no day of the injury."""
    found = _dated(
        "The team lost on Sunday and will play again on Wednesday.", "Sunday, February 20, 2011"
    )
    assert found["lost"][1:] == ("2011-02-20", "explicit"), found
    assert found["play"][1:] == ("2011-02-23", "explicit"), found
    found = _dated(
        "The winger was taken off with a hamstring injury in the second half and will have a "
        "scan on Monday.",
        "Sunday, February 20, 2011",
    )
    assert all(date != "2011-02-14" for _t, date, _d in found.values()), found


def test_what_will_stay_closed_on_a_weekday_stays_closed_on_the_coming_one():
    """ "The council said its schools would stay closed on Friday", written on a Thursday: the
    next day, not last Friday ("stayed closed on Friday" is last Friday)."""
    import datetime as dt

    from dateline.store.extract.temporal import tag

    thursday = dt.date(2023, 11, 2)
    said = "The council said its schools would stay closed on Friday."
    assert [t.value for t in tag(said, thursday)] == ["2023-11-03"]
    assert [t.value for t in tag("The shop stayed closed on Friday.", thursday)] == ["2023-10-27"]


def test_each_update_of_a_live_blog_tells_its_own_time():
    """ "1.20pm: Heads had been told on Wednesday evening …" sets no day for the update
    below it, told earlier that morning: "11.30am: The river burst its banks …" is of the
    publication day."""
    body = (
        "4.05pm: A man has died after a tree fell on his car, police said.\n\n"
        "1.20pm: The council said its schools would stay shut. Heads had been told on "
        "Wednesday evening to prepare for closures.\n\n"
        "11.30am: The river burst its banks at Millford shortly before 11am.\n\n"
        "9.45am: Gusts of 90mph were recorded on the coast at 7am, forecasters said."
    )
    morning = [
        (e.trigger, e.date)
        for s, e in sentence_events(body, "Thursday, November 2, 2023")
        if s.startswith(("11.30am", "9.45am"))
    ]
    assert len(morning) == 2 and all(date == "2023-11-02" for _t, date in morning), morning


def test_the_moments_of_a_game_are_on_its_day():
    """ "Rovers beat Stoke on Saturday. ¶ Stoke had taken the lead in the 34th minute":
    the goal was on Saturday, not merely before it, nor at Sunday's publication; what the
    manager said after the game keeps its own time."""
    found = _dated(
        "Rovers beat Stoke 2-1 on Saturday.\n\n"
        "Stoke had taken the lead in the 34th minute. Rovers equalised just after half-time. "
        "Pedersen scored the winner in stoppage time.",
        "Sunday, February 20, 2011",
    )
    for verb in ("taken", "equalised", "scored"):
        assert found[verb][1:] == ("2011-02-19", "inferred"), found
    # no game told: an undated past stays before publication
    found = _dated("Rovers had sacked their manager.", "Sunday, February 20, 2011")
    assert all(d != "2011-02-19" for _t, d, _x in found.values()), found


def test_a_happening_a_counted_time_before_the_days_news_is_on_its_day():
    """ "ordered a ban on Thursday, a day after officials confirmed a third death": the
    confirmation was on Wednesday, counted back from the day the sentence gives."""
    found = _dated(
        "The health commissioner on Thursday ordered a ban on flavoured e-cigarettes, a day "
        "after state officials confirmed a third death.",
        "Friday, October 4, 2019",
    )
    assert found["ordered"][1:] == ("2019-10-03", "explicit"), found
    assert found["confirmed"][1] == "2019-10-02", found
    found = _dated(
        "The mayor resigned on Wednesday, a week after an inquiry opened.",
        "Friday, October 4, 2019",
    )
    assert found["opened"][1] == "2019-09-25", found


def test_the_end_of_what_lasts_dates_no_saying():
    """ "warned of further disruption through Monday", written on a Saturday: the warning is
    of that Saturday, not of last Monday."""
    found = _dated(
        "The airline cancelled about 210 flights on Saturday and warned of further disruption "
        "through Monday.",
        "Saturday, March 13, 2021",
    )
    assert all(date == "2021-03-13" for _t, date, _d in found.values()), found


def test_a_relative_clauses_year_is_its_own():
    """ "agreed to revive a currency swap that lapsed in 2008": the lapse's year, not the
    agreement's; a day there still tells the main verb's ("arrested a man who fled on
    Monday")."""
    found = _dated(
        "The leaders agreed to revive a currency swap that lapsed in 2008.",
        "Saturday, November 21, 2009",
    )
    assert all(date != "2008" for t, date, _d in found.values() if t != "lapsed"), found
    found = _dated("Police arrested a man who fled on Monday.", "Saturday, November 21, 2009")
    assert all(date == "2009-11-16" for _t, date, _d in found.values()), found


def test_the_end_of_a_reporting_period_dates_no_report():
    """ "Sales rose 7.4 percent in the three months to June 30, the grocer said on Wednesday":
    June 30 ends the period the figure covers; it is not a day anything happened."""
    found = _dated(
        "Underlying sales rose 7.4 percent in the three months to June 30, the grocer said on "
        "Wednesday.",
        "Wednesday, July 26, 2023",
    )
    assert all(date != "2023-06-30" for _t, date, _d in found.values()), found
    found = _dated(
        "Sales fell 3 percent in the nine weeks ended Dec. 30.", "Wednesday, July 26, 2023"
    )
    assert all(date != "2022-12-30" for _t, date, _d in found.values()), found


def test_the_period_a_result_covers_dates_not_its_report():
    """ "Kestrel reported a $2 billion profit for the third quarter earlier this month": the
    report is of this month; the quarter is what the profit covers (as "figures for the
    third quarter" are), not when it was reported."""
    found = _dated(
        "Kestrel reported a $2 billion profit for the third quarter earlier this month.",
        "Saturday, November 20, 2010",
    )
    assert found["reported"][1:] == ("2010-11", "explicit"), found
    found = _dated(
        "Kestrel posted a loss for the first half on Tuesday.", "Saturday, November 20, 2010"
    )
    assert found["posted"][1:] == ("2010-11-16", "explicit"), found


def test_once_before_a_noun_or_a_clause_is_no_former_time_of_the_verb():
    """ "Kestrel Motors, once the world's largest carmaker, has filed for bankruptcy": the
    aside's "once" is the carmaker's past rank, and the lead's news is at publication, not
    before it; "once ran a bakery" is still a former time."""
    found = _dated(
        "Kestrel Motors, once the world's largest carmaker, has filed for bankruptcy "
        "protection in New York.\n\n"
        "Its founder once ran a bakery in Leeds.",
        "Monday, June 1, 2009",
    )
    assert found["filed"][1:] == ("2009-06-01", "inferred"), found
    assert found["ran"][2] == "before", found


def test_a_span_after_an_infinitives_amount_is_the_infinitives():
    """ "The fund agreed on Sunday to lend Ruritania 110 billion euros over three years": the
    years are the lending's, and the agreement is a happening of Sunday, not a statistic;
    "created 5,000 jobs over a decade" still is one."""
    found = _dated(
        "The fund agreed on Sunday to lend Ruritania 110 billion euros over three years.\n\n"
        "The firm created 5,000 jobs over a decade.",
        "Monday, May 3, 2010",
    )
    assert found["agreed"][1:] == ("2010-05-02", "explicit"), found
    assert "created" not in found, found

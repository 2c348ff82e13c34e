from datetime import date

import pytest

from dateline.store.dates import bounds, dated_label, label, part_of, timex_value


@pytest.mark.parametrize(
    "value,first,last",
    [
        ("2018-01-24", date(2018, 1, 24), date(2018, 1, 24)),
        ("2018-01-24TMO", date(2018, 1, 24), date(2018, 1, 24)),
        ("2017-05", date(2017, 5, 1), date(2017, 5, 31)),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
        ("2017", date(2017, 1, 1), date(2017, 12, 31)),
        ("2018-W04", date(2018, 1, 22), date(2018, 1, 28)),
        ("2020-W03-WE", date(2020, 1, 18), date(2020, 1, 19)),  # "this weekend"
        ("2018-Q3", date(2018, 7, 1), date(2018, 9, 30)),
        ("2012-WI", date(2012, 12, 1), date(2013, 2, 28)),
        ("199X", date(1990, 1, 1), date(1999, 12, 31)),
        # spans: "from June 13 to 17", "Sept 2013 through Sept 2014"
        ("2020-06-13/2020-06-17", date(2020, 6, 13), date(2020, 6, 17)),
        ("2013-09/2014-09", date(2013, 9, 1), date(2014, 9, 30)),
    ],
)
def test_bounds(value, first, last):
    assert bounds(value) == (first, last)


@pytest.mark.parametrize(
    "value", ["P1Y", "PRESENT_REF", "XXXX-XX-XX", "", None, "2018-13-01", "2020-06-17/2020-06-13"]
)
def test_non_calendar_values_have_no_bounds(value):
    assert bounds(value) is None


def test_labels_keep_granularity_and_certainty():
    assert label("2018-01-24") == "24 Jan 2018"
    assert label("2017-05") == "May 2017"
    assert label("2020-W03-WE") == "weekend of week 3 2020"
    assert dated_label("2018-01-24", "inferred") == "~24 Jan 2018"
    assert dated_label("2018-01-24", "before") == "before 24 Jan 2018"
    assert dated_label(None, "undated") == "undated"


@pytest.mark.parametrize(
    ("value", "mod", "part", "shown"),
    [
        ("2020-10", "START", "2020-10-01/2020-10-10", "early Oct 2020"),
        ("2020-02", "END", "2020-02-21/2020-02-29", "late Feb 2020"),  # a leap year's end
        ("2019", "MID", "2019-05/2019-08", "mid 2019"),
        ("2019", "END", "2019-09/2019-12", "late 2019"),
        ("2019-05-04", "START", None, None),  # a day has no parts
        ("2019", "APPROX", None, None),  # nor "about 2019"
    ],
)
def test_a_part_of_a_month_or_year_is_a_span_labelled_by_its_part(value, mod, part, shown):
    assert part_of(value, mod) == part
    if part:
        assert label(part) == shown
        assert timex_value(part) == value  # what TimeML tags: the period, with its mod


def test_an_events_bounds_narrower_or_wider_than_its_value_are_its_label():
    """An event keeps the TIMEX3 value ("2020-06-13" for "June 13 to 17") and the span's
    days as its bounds; its label says the span, with the shared month said once."""
    assert dated_label("2020-06-13", "explicit", "2020-06-13", "2020-06-17") == "13–17 Jun 2020"
    assert (
        dated_label("2020-06-30", "inferred", "2020-06-30", "2020-07-02") == "~30 Jun – 2 Jul 2020"
    )
    assert dated_label("2019-12-30", "explicit", "2019-12-30", "2020-01-02") == (
        "30 Dec 2019 – 2 Jan 2020"
    )
    assert dated_label("2020-10", "explicit", "2020-10-01", "2020-10-10") == "early Oct 2020"
    assert dated_label("2009", "explicit", "2009-01-01", "2011-12-31") == "2009–2011"
    assert dated_label("2013-09", "explicit", "2013-09-01", "2014-09-30") == "Sep 2013 – Sep 2014"
    # a bound says only the date it is before; a value's own bounds add nothing
    assert dated_label("2020-06-13", "before", "2020-06-13", "2020-06-17") == "before 13 Jun 2020"
    assert dated_label("2020-06", "explicit", "2020-06-01", "2020-06-30") == "Jun 2020"

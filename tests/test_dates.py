from datetime import date

import pytest

from dateline.store.dates import bounds, dated_label, label


@pytest.mark.parametrize(
    "value,first,last",
    [
        ("2018-01-24", date(2018, 1, 24), date(2018, 1, 24)),
        ("2018-01-24TMO", date(2018, 1, 24), date(2018, 1, 24)),
        ("2017-05", date(2017, 5, 1), date(2017, 5, 31)),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
        ("2017", date(2017, 1, 1), date(2017, 12, 31)),
        ("2018-W04", date(2018, 1, 22), date(2018, 1, 28)),
        ("2018-Q3", date(2018, 7, 1), date(2018, 9, 30)),
        ("2012-WI", date(2012, 12, 1), date(2013, 2, 28)),
        ("199X", date(1990, 1, 1), date(1999, 12, 31)),
    ],
)
def test_bounds(value, first, last):
    assert bounds(value) == (first, last)


@pytest.mark.parametrize("value", ["P1Y", "PRESENT_REF", "XXXX-XX-XX", "", None, "2018-13-01"])
def test_non_calendar_values_have_no_bounds(value):
    assert bounds(value) is None


def test_labels_keep_granularity_and_certainty():
    assert label("2018-01-24") == "24 Jan 2018"
    assert label("2017-05") == "May 2017"
    assert dated_label("2018-01-24", "inferred") == "~24 Jan 2018"
    assert dated_label("2018-01-24", "before") == "before 24 Jan 2018"
    assert dated_label(None, "undated") == "undated"

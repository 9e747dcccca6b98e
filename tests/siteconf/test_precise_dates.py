"""Dates as precise as the reports give them (siteconf.precise_dates)."""

import datetime

import pytest
from django.utils import translation

from siteconf.precise_dates import (
    PreciseDate,
    precise_date_display,
    precise_date_parse,
)

D = datetime.date


@pytest.mark.parametrize(
    "text, first, last, precision",
    [
        ("2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
        ("2014-04", D(2014, 4, 1), D(2014, 4, 30), "month"),
        ("2016-02", D(2016, 2, 1), D(2016, 2, 29), "month"),
        ("2014-04-12", D(2014, 4, 12), D(2014, 4, 12), "day"),
    ],
)
def test_a_year_a_month_or_a_day_keeps_its_precision(text, first, last, precision):
    when = precise_date_parse(text)

    assert (when.first_day, when.last_day, when.precision) == (first, last, precision)
    assert str(when) == text


@pytest.mark.parametrize("text", ["April 2014", "2014-13", "2014-02-30", "14", ""])
def test_anything_else_is_refused_with_the_three_forms_named(text):
    with translation.override("en"), pytest.raises(ValueError) as error:
        precise_date_parse(text)

    assert "2014, 2014-04 or 2014-04-12" in str(error.value)


@pytest.mark.parametrize(
    "language, month, day",
    [
        ("sq", "Prill 2014", "12.04.2014"),
        ("en", "April 2014", "12/04/2014"),
        ("sr", "Април 2014.", "12.04.2014."),
    ],
)
def test_the_reader_sees_the_date_as_given_in_their_language(language, month, day):
    with translation.override(language):
        assert precise_date_display(D(2014, 4, 1), "year") == "2014"
        assert precise_date_display(D(2014, 4, 1), "month") == month
        assert precise_date_display(D(2014, 4, 12), "day") == day


def test_a_plain_date_is_a_day():
    assert precise_date_parse(D(2014, 4, 12)) == PreciseDate(D(2014, 4, 12), "day")

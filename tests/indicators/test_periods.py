"""Reporting periods: years, half-years, quarters and ranges."""

from datetime import date

import pytest

from trainings.indicators.periods import period_parse


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2022", date(2022, 1, 1), date(2022, 12, 31), "2022"),
        ("2022-H1", date(2022, 1, 1), date(2022, 6, 30), "2022 H1"),
        ("2022h2", date(2022, 7, 1), date(2022, 12, 31), "2022 H2"),
        ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31), "2024 Q1"),
        ("2022-Q2", date(2022, 4, 1), date(2022, 6, 30), "2022 Q2"),
        ("2022Q3", date(2022, 7, 1), date(2022, 9, 30), "2022 Q3"),
        ("2022-Q4", date(2022, 10, 1), date(2022, 12, 31), "2022 Q4"),
        (
            "2022-03-01..2022-05-15",
            date(2022, 3, 1),
            date(2022, 5, 15),
            "2022-03-01 – 2022-05-15",
        ),
    ],
)
def test_period_parse(text, start, end, label):
    period = period_parse(text)

    assert (period.start, period.end, period.label) == (start, end, label)


@pytest.mark.parametrize(
    "text", ["2022-Q5", "2022-H3", "last year", "2022-05-01..2022-01-01"]
)
def test_bad_periods_are_refused(text):
    with pytest.raises(ValueError):
        period_parse(text)


def test_file_names_stay_ascii():
    assert period_parse("2022-Q3").slug == "2022-Q3"
    assert period_parse("2022-03-01..2022-05-15").slug == "2022-03-01_2022-05-15"

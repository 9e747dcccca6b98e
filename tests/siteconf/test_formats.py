"""Each language's own way of writing a date, a count and an amount (site/formats)."""

import datetime

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation

DAY = datetime.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "sq",
            "7 dhjetor 2026|07.12.2026|50\xa0677\xa0784|2026"
            "|50\xa0677\xa0784\xa0lekë|1\xa0250\xa0000\xa0€",
        ),
        (
            "sr",
            "7. децембар 2026.|7.12.2026.|50.677.784|2026"
            "|50.677.784\xa0лека|1.250.000\xa0€",
        ),
        (
            "en",
            "7 December 2026|07/12/2026|50,677,784|2026|ALL 50,677,784|€1,250,000",
        ),
    ],
)
def test_dates_counts_and_money_are_written_as_the_language_does(language, expected):
    template = Template(
        "{% load fener_formats %}"
        '{{ day|date:"DATE_FORMAT" }}|{{ day|date:"SHORT_DATE_FORMAT" }}'
        "|{{ count|number }}|{{ year }}"
        '|{{ count|money:"ALL" }}|{{ budget|money:"EUR" }}'
    )
    context = Context(
        {"day": DAY, "count": 50_677_784, "year": 2026, "budget": 1_250_000}
    )

    with translation.override(language):
        assert template.render(context) == expected  # the year is never grouped


@pytest.mark.parametrize("language", ["sq", "sr", "en"])
def test_a_date_picker_gets_the_iso_date_it_reads(language):
    picker = forms.DateInput(attrs={"type": "date"})

    with translation.override(language):
        html = picker.render("day", DAY)

    assert 'value="2026-12-07"' in html


def test_serbian_dates_typed_by_hand_still_read():
    with translation.override("sr"):
        assert forms.DateField().clean("7.12.2026.") == DAY

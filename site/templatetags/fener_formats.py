"""`{{ value|number }}` and `{{ amount|money:currency }}` in the active language."""

from django import template

from siteconf.formats import money_text, number_text
from siteconf.precise_dates import precise_date_display

register = template.Library()


@register.filter
def number(value):
    """50677784 → "50 677 784" (sq), "50.677.784" (sr), "50,677,784" (en)."""
    return number_text(value)


@register.filter
def money(amount, currency):
    """1250000 with "EUR" → "1 250 000 €" (sq), "1.250.000 €" (sr), "€1,250,000" (en)."""
    return money_text(amount, currency)


@register.filter
def precise_date(day, precision):
    """`{{ row.date|precise_date:row.date_precision }}` → "2014", "Prill 2014" or
    the day, in the reader's language (siteconf.precise_dates)."""
    return precise_date_display(day, precision or "day")

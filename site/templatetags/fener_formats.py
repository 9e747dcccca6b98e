"""`{{ value|number }}` and `{{ amount|money:currency }}` in the active language."""

from django import template

from siteconf.formats import money_text, number_text

register = template.Library()


@register.filter
def number(value):
    """50677784 → "50 677 784" (sq), "50.677.784" (sr), "50,677,784" (en)."""
    return number_text(value)


@register.filter
def money(amount, currency):
    """1250000 with "EUR" → "1 250 000 €" (sq), "1.250.000 €" (sr), "€1,250,000" (en)."""
    return money_text(amount, currency)

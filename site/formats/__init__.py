"""Figures and money written as the active language writes them.

The date and number formats of each language live in `<lang>/formats.py`
(FORMAT_MODULE_PATH). Grouping is asked for explicitly here, where counts and
money are shown, rather than switched on everywhere with
USE_THOUSAND_SEPARATOR, which would also group years and ids ("2 026").
"""

from decimal import Decimal

from django.utils import numberformat
from django.utils.formats import get_format
from django.utils.translation import pgettext_lazy

# Where the figure goes and what names the currency, per language: "50 677 784
# lekë" (sq), "1.250.000 €" (sr), "ALL 50,677,784" and "€1,250,000" (en).
CURRENCIES = {
    "ALL": pgettext_lazy("money in Albanian lek", "ALL %(amount)s"),
    "EUR": pgettext_lazy("money in euro", "€%(amount)s"),
}


def number_text(value: object, decimals: int | None = None) -> object:
    """A count or amount grouped by thousands with the language's marks.

    Anything else (None, text such as a target's note) is returned as it is.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    return numberformat.format(
        value,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=decimals,
        grouping=get_format("NUMBER_GROUPING") or 3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


def _whole(amount) -> bool:
    return isinstance(amount, int) or amount == int(amount)


def money_text(amount: object, currency: str) -> str:
    """An amount with its currency placed as the language places it."""
    if amount is None or amount == "":
        return ""
    figure = number_text(amount, None if _whole(amount) else 2)  # cents: both digits
    pattern = CURRENCIES.get(currency)
    return str(pattern) % {"amount": figure} if pattern else f"{figure} {currency}"


def money_number_format(amount: object, currency: str) -> str:
    """An Excel number format showing the currency the same way around the figure.

    Excel groups and marks decimals as the reader's own settings say; the
    currency words come from the active language, quoted as literal text.
    """
    pattern = str(CURRENCIES.get(currency) or f"%(amount)s {currency}")
    before, _, after = pattern.partition("%(amount)s")
    digits = "#,##0" if _whole(amount) else "#,##0.00"
    return "".join(
        (f'"{before}"' if before else "", digits, f'"{after}"' if after else "")
    )

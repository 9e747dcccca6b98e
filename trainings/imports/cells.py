"""Cells only training records have: a qualifier, a number of sessions, a score."""

from decimal import Decimal

from django.utils.translation import gettext as _

from siteconf.bounds import SCORE, SESSIONS_IN_ONE_RECORD
from siteconf.import_cells import parse_number

from ..models import Qualifier


def parse_qualifier(cell: str) -> str:
    """exact (the default), about or at_least: how exact the row's count is."""
    value = (cell or Qualifier.EXACT).strip().lower()
    if value not in Qualifier.values:
        raise ValueError(
            _("'%(value)s' must be one of %(allowed)s")
            % {"value": cell, "allowed": ", ".join(Qualifier.values)}
        )
    return value


def parse_count(cell: str, default: int = 1) -> int:
    """A number of sessions a record stands for: a whole number in its bounds."""
    if not cell:
        return default
    try:
        count = int(cell)
    except ValueError:
        raise ValueError(
            _("'%(value)s' is not a whole number") % {"value": cell}
        ) from None
    return SESSIONS_IN_ONE_RECORD.check(count)


def parse_score(cell: str) -> Decimal | None:
    if not cell:
        return None
    return parse_number(cell, low=SCORE.low, high=SCORE.high)

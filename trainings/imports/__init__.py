"""Spreadsheet imports shared by the management commands and the admin import screen.

Every import reads the whole file, checks every row against the reference data
loaded once up front, and writes only when no row is bad: one transaction,
set-based (bulk) writes, so 20,000 rows take seconds.
"""

from .participants import participants_import
from .reading import ImportResult, RowError, table_read
from .reference import reference_import
from .sessions import sessions_import

__all__ = [
    "ImportResult",
    "RowError",
    "participants_import",
    "reference_import",
    "sessions_import",
    "table_read",
]

"""Whose sessions a file names: a trainer imports into the sessions they run only.

Which sessions a user may change is the policy's answer (siteconf.permissions),
asked once per file, not per row.
"""

from django.utils.translation import gettext as _

from siteconf.import_cells import chunks
from siteconf.import_table import RowError
from siteconf.permissions import may, rows_for

from ..models import TrainingSession
from .participants import SERIES_PREFIX


def others_refuse(user, table, errors, *, column: str) -> None:
    """Refuse, at `column`, every row naming a session `user` may not change
    (nothing to refuse for a command: user None)."""
    if user is None:
        return
    refs = [cells.get(column, "") for _number, cells in table.rows]
    others = sessions_of_others(user, refs)
    for number, cells in table.rows:
        if (ref := cells.get(column, "")) in others:
            errors.append(RowError(number, column, not_yours(ref)))


def sessions_of_others(user, refs) -> set[str]:
    """Of `refs` (session refs, or `series:CODE`), those naming a session `user`
    may not change: an existing session of someone else, or a series with one."""
    if may(user, "manage_all", TrainingSession):
        return set()
    prefix = len(SERIES_PREFIX)
    plain, series = set(), {}
    for ref in set(refs):
        if ref.lower().startswith(SERIES_PREFIX):
            series[ref[prefix:].strip()] = ref
        elif ref:
            plain.add(ref)
    own = rows_for(user, "change", TrainingSession).values("pk")
    others = TrainingSession.objects.exclude(pk__in=own)
    found = set()
    for part in chunks(sorted(plain)):
        found |= set(others.filter(ref__in=part).values_list("ref", flat=True))
    if series:
        codes = others.filter(series__in=series).values_list("series", flat=True)
        found |= {series[code] for code in set(codes)}
    return found


def sessions_seen_by(user):
    """The sessions an export shows `user` (all for a command, user None)."""
    if user is None:
        return None
    return rows_for(user, "view", TrainingSession)


def not_yours(ref: str) -> str:
    return _(
        "'%(ref)s' is not one of your sessions: you may import only into the "
        "sessions you run or created"
    ) % {"ref": ref}

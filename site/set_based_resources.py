"""FenerResource for tables whose rows are checked and written as a whole set.

Sessions and attendance rows are not one model row per file row: a name finds or
creates a person, head-counts of one kind add up, `series:CODE` is a head-count
of a series, links are replaced per list. Their Resources keep Fener's own
set-based pair (check every row against lists loaded once, then a few bulk
statements for 20,000 rows) and run it inside django-import-export's
`import_data`: the same reader, the same `row N, column X: reason` result, the
same transaction (rolled back on a dry run or an error) and audit entry.
"""

from trainings.services.audit import import_run_record

from .import_table import Columns, Table
from .resources import PREVIEW_ROWS, FenerResource, FenerResult

# Preview rows of these Resources have no per-row status: rows are counted
# together (a head-count may add up several rows).
SET = ""


class SetBasedResource(FenerResource):
    """Subclasses give COLUMNS, HEADER, `rows_check` and `rows_write`."""

    COLUMNS: Columns
    HEADER: list[str]
    # Cells of the template's example row, in HEADER's order.
    EXAMPLE: list[str] = []
    # What the code columns accept (the template's second sheet): column →
    # (model, its name field), or column → choices.
    CODE_LISTS: dict[str, tuple] = {}
    CHOICE_LISTS: dict[str, list] = {}

    class Meta:
        fields = ()  # the columns are HEADER, not the model's fields

    def columns(self) -> Columns:
        return self.COLUMNS

    def headers(self) -> list[str]:
        return list(self.HEADER)

    def rows_check(self, table: Table, errors, *, user) -> list:
        """The parsed rows; every bad cell appended to `errors`."""
        raise NotImplementedError

    def rows_write(self, rows: list, *, user) -> tuple[int, int]:
        """Write the checked rows set-based; (created, updated)."""
        raise NotImplementedError

    def import_data_inner(
        self, dataset, dry_run, raise_errors, using_transactions, collect_failed, **kw
    ):
        result = FenerResult(dry_run=dry_run)
        result.total_rows = len(dataset)
        numbers = getattr(self, "row_numbers", None) or range(2, len(dataset) + 2)
        headers = list(dataset.headers)
        rows = [
            (number, dict(zip(headers, values, strict=True)))
            for number, values in zip(numbers, dataset, strict=False)
        ]
        user = kw.get("user")
        parsed = self.rows_check(
            Table(columns=headers, rows=rows), result.errors, user=user
        )
        result.preview = [(n, SET, cells, set()) for n, cells in rows[:PREVIEW_ROWS]]
        if result.errors:
            return result
        result.created, result.updated = self.rows_write(parsed, user=user)
        if not dry_run:
            import_run_record(
                model=self._meta.model,
                filename=kw.get("filename", ""),
                result=result,
                user=user,
            )
        return result

    def template_rows(self) -> list[list]:
        return [self.headers(), list(self.EXAMPLE)]

    def allowed_codes(self) -> list[list]:
        rows = []
        for column, (model, name) in self.CODE_LISTS.items():
            found = model._default_manager.order_by("code").values_list("code", name)
            rows += [[column, code, label] for code, label in found]
        for column, choices in self.CHOICE_LISTS.items():
            rows += [[column, value, str(label)] for value, label in choices]
        return rows

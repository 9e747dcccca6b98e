"""Reading the report's XLSX as a person does: the table's heading is the row
just above the frozen pane, under the title rows."""


def pane_row(sheet) -> int:
    """The first row under the frozen pane."""
    return int("".join(ch for ch in sheet.freeze_panes if ch.isdigit()))


def table(sheet) -> tuple[list, list[tuple]]:
    """The heading's texts and the rows of cells under it."""
    heading_row = pane_row(sheet) - 1
    heading = [cell.value for cell in sheet[heading_row]]
    return heading, list(sheet.iter_rows(min_row=heading_row + 1))

"""What the export commands share: a table in an import's columns, as CSV."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from siteconf.spreadsheets import csv_text


class ExportCommand(BaseCommand):
    """`-o FILE` (default: standard output); the file imports back unchanged."""

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", type=Path, help="CSV file to write.")

    def table(self) -> list[list]:
        raise NotImplementedError

    def handle(self, *args, **options):
        text = csv_text(self.table())
        if options["output"]:
            options["output"].write_text(text, encoding="utf-8", newline="")
        else:
            sys.stdout.write(text)

"""What the three import commands share: read the file, run, report like the admin."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from .reading import ImportResult


class ImportCommand(BaseCommand):
    """Base for `import_*` commands: FILE, --dry-run, and the `row N, column X` report."""

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV (UTF-8) or XLSX file.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check every row and count what would change; write nothing.",
        )

    def run_import(self, options) -> ImportResult:
        raise NotImplementedError

    def handle(self, *args, **options):
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        options["data"] = path.read_bytes()
        result = self.run_import(options)
        for error in result.errors:
            self.stderr.write(str(error))
        if result.errors:
            raise CommandError(result.summary())
        self.stdout.write(self.style.SUCCESS(result.summary()))

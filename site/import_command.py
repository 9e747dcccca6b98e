"""What the import commands share: read the file (import_plan too), run, report."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from .import_files import size_problem
from .resources import FenerResult


def file_read(path: Path) -> bytes:
    """The file's bytes, refusing a missing or too big file before reading it."""
    if not path.is_file():
        raise CommandError(_("No such file: %(path)s") % {"path": path})
    if problem := size_problem(path.stat().st_size):
        raise CommandError(f"{path}: {problem}")
    return path.read_bytes()


class ImportCommand(BaseCommand):
    """Base for `import_*` commands: FILE, --dry-run, and the `row N, column X` report."""

    def add_arguments(self, parser):
        parser.add_argument(
            "file", type=Path, help="CSV (UTF-8) or XLSX, up to IMPORT_MAX_UPLOAD_MB."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check every row and count what would change; write nothing.",
        )

    def run_import(self, options) -> FenerResult:
        raise NotImplementedError

    def handle(self, *args, **options):
        options["data"] = file_read(options["file"])
        result = self.run_import(options)
        for line in result.errors.report():
            self.stderr.write(line)
        if result.errors:
            raise CommandError(result.summary())
        self.stdout.write(self.style.SUCCESS(result.summary()))

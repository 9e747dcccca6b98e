from trainings.imports import REFERENCE_KINDS, reference_import
from trainings.imports.command import ImportCommand


class Command(ImportCommand):
    help = "Import reference data by code (columns code,name). All or nothing."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(REFERENCE_KINDS))
        super().add_arguments(parser)

    def run_import(self, options):
        return reference_import(
            options["kind"],
            options["data"],
            filename=options["file"].name,
            dry_run=options["dry_run"],
        )

from siteconf.import_command import ImportCommand
from siteconf.import_kinds import REFERENCE_KINDS
from trainings.imports import reference_import


class Command(ImportCommand):
    help = (
        "Import a reference list by code (columns code,name and the list's own, "
        "e.g. kind, country, parent). All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=list(REFERENCE_KINDS))
        super().add_arguments(parser)

    def run_import(self, options):
        return reference_import(
            options["kind"],
            options["data"],
            filename=options["file"].name,
            dry_run=options["dry_run"],
        )

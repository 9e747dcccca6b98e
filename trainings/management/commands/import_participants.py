from trainings.imports import participants_import
from trainings.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Import attendance from CSV/XLSX (session_ref,full_name,gender,profession,"
        "agency,count,pre_score,post_score). All or nothing."
    )

    def run_import(self, options):
        return participants_import(
            options["data"], filename=options["file"].name, dry_run=options["dry_run"]
        )

from trainings.imports import sessions_import
from trainings.imports.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Import training sessions from CSV/XLSX (ref,title,start_date,end_date,"
        "organiser,funders,region,venue,modules,measures,trainers). All or nothing."
    )

    def run_import(self, options):
        return sessions_import(
            options["data"], filename=options["file"].name, dry_run=options["dry_run"]
        )

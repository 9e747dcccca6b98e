from siteconf.import_command import ImportCommand
from trainings.resources import SessionResource


class Command(ImportCommand):
    help = (
        "Import training sessions from CSV/XLSX (ref,title,event_type,series,"
        "sessions_count,qualifier,start_date,end_date,organiser,funders,region,venue,"
        "modules,measures,trainers,language,notes). All or nothing."
    )

    def run_import(self, options):
        return SessionResource().import_file(
            options["data"], filename=options["file"].name, dry_run=options["dry_run"]
        )

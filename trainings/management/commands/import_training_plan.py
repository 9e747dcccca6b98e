from siteconf.import_command import ImportCommand
from trainings.resources import PlannedTrainingResource


class Command(ImportCommand):
    help = (
        "Import the annual training plan (columns ref,year,month,topic,profession,"
        "module,region,sessions,people,notes; profession, module and region by "
        "code, month 1-12 or empty); rows matched by ref. All or nothing."
    )

    def run_import(self, options):
        return PlannedTrainingResource().import_file(
            options["data"], filename=options["file"].name, dry_run=options["dry_run"]
        )

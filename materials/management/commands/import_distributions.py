from materials.resources import DistributionResource
from siteconf.import_command import ImportCommand


class Command(ImportCommand):
    help = "Import distributions (columns ref,material,date,quantity,place,region,partner,measures). Rows matched by ref. All or nothing."

    def run_import(self, options):
        return DistributionResource().import_file(
            options["data"], filename=options["file"].name, dry_run=options["dry_run"]
        )

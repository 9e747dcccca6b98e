from materials.resources import PrintRunResource
from siteconf.import_command import ImportCommand


class Command(ImportCommand):
    help = "Import print runs (columns ref,material,date,quantity,funder). Rows matched by ref. All or nothing."

    def run_import(self, options):
        return PrintRunResource().import_file(
            options["data"], filename=options["file"].name, dry_run=options["dry_run"]
        )

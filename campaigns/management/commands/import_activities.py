from campaigns.resources import ActivityResource
from siteconf.import_command import ImportCommand


class Command(ImportCommand):
    help = (
        "Import awareness activities (columns ref,campaign,title,kind,start_date,"
        "end_date,place,region,organiser,funders,quantity,audience_total,"
        "audience_female,audience_male,broadcasts,articles,outlets,measures); "
        "dates as 2014, 2014-04 or 2014-04-12; rows matched by ref. All or nothing."
    )

    def run_import(self, options):
        return ActivityResource().import_file(
            options["data"], filename=options["file"].name, dry_run=options["dry_run"]
        )

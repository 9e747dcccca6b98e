from siteconf.import_command import ImportCommand
from trainings.resources import ParticipantResource


class Command(ImportCommand):
    help = (
        "Import attendance from CSV/XLSX (session_ref,full_name,gender,profession,"
        "agency,count,qualifier,pre_score,post_score; session_ref series:CODE for a "
        "whole series' head-count). All or nothing."
    )

    def run_import(self, options):
        return ParticipantResource().import_file(
            options["data"], filename=options["file"].name, dry_run=options["dry_run"]
        )

from trainings.imports.export_command import ExportCommand
from trainings.models import PersonalDataExport
from trainings.selectors.import_format import participants_table
from trainings.services.audit import personal_data_export_record


class Command(ExportCommand):
    help = (
        "Write every attendance row and series head-count in import_participants' "
        "columns (CSV, UTF-8 with BOM). Names leave Fener: the export is logged."
    )

    def table(self):
        personal_data_export_record(
            user=None,
            what=f"{PersonalDataExport.Kind.ATTENDANCE_LIST.value} (csv)",
            detail="export_participants",
        )
        return participants_table()

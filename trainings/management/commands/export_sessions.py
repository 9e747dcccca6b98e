from trainings.imports.export_command import ExportCommand
from trainings.selectors.import_format import sessions_table


class Command(ExportCommand):
    help = "Write every session in import_sessions' columns (CSV, UTF-8 with BOM)."

    def table(self):
        return sessions_table()

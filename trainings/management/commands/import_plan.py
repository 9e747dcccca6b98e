"""Load a plan's measures and indicators from the office's CSV/XLSX table."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext, ngettext

from siteconf.formats import number_text
from siteconf.import_command import file_read
from trainings.indicators import plan_import as importer
from trainings.indicators.services import plan_create_and_import
from trainings.models import Plan


class Command(BaseCommand):
    help = (
        "Import measures and indicators into a plan (an existing one, or a new one "
        "with --create and its --title, --country, --start-year, --end-year and "
        "--levels). One row per "
        "indicator; columns: code, parent, level, title, lead, contributing, "
        "start_year, end_year, timeframe, budget, indicator_code, indicator_name, "
        "unit, baseline, baseline_year, target_<year>..., counting "
        "(per_period|cumulative), source (manual, training_participants, "
        "training_unique_people, training_sessions, learning_pass_share, "
        "learning_average_gain, campaign_activities, "
        "campaign_reach, material_distributed, material_produced), breakdowns and "
        "professions (codes separated by ';'), denominator_label and "
        "denominator_<year> (a percent indicator's population). Agencies and "
        "professions by code. "
        "Any bad cell is reported as 'row N, column X: reason' and nothing is "
        "saved (not even a plan made by --create). Re-importing updates by code."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--plan", required=True, help="Plan code, e.g. AL-NAP-2021-2023"
        )
        parser.add_argument("--dry-run", action="store_true", help="Check only.")
        new = parser.add_argument_group("a new plan (with --create)")
        new.add_argument("--create", action="store_true", help="Create the plan.")
        new.add_argument("--title", default="")
        new.add_argument("--country", default="", help="AL or XK")
        new.add_argument("--start-year", type=int)
        new.add_argument("--end-year", type=int)
        new.add_argument(
            "--levels", default="", help='Level names, top first: "Goal;Measure"'
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _ in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="Language of the messages and of the errors.",
        )

    def handle(self, *args, language: str, **options):
        with translation.override(language):
            self._import(**options)

    def _import(self, *, file: Path, plan: str, dry_run: bool, **options):
        source = {"name": file.name, "content": file_read(file), "dry_run": dry_run}
        try:
            if options["create"]:
                result = self._create(plan, source, options)
            else:
                result = importer.plan_import(plan=self._existing(plan), **source)
        except importer.PlanImportError as error:
            total = error.errors.total
            heading = ngettext(
                "%(count)s error, nothing imported:",
                "%(count)s errors, nothing imported:",
                total,
            ) % {"count": number_text(total)}
            raise CommandError(f"{heading}\n{error}") from error
        self.stdout.write(self.style.SUCCESS(f"{plan}: {result.summary()}"))

    def _existing(self, code: str) -> Plan:
        try:
            return Plan.objects.get(code=code)
        except Plan.DoesNotExist as error:
            raise CommandError(
                gettext('No plan "%(code)s"; create it with --create (see --help).')
                % {"code": code}
            ) from error

    def _create(self, code: str, source: dict, options: dict):
        if Plan.objects.filter(code=code).exists():
            raise CommandError(
                gettext('Plan "%(code)s" exists; import without --create.')
                % {"code": code}
            )
        values = {
            "code": code,
            "title": options["title"],
            "country": options["country"],
            "start_year": options["start_year"],
            "end_year": options["end_year"],
            "level_names": [
                n.strip() for n in options["levels"].split(";") if n.strip()
            ],
        }
        try:
            return plan_create_and_import(values=values, **source)
        except ValidationError as error:
            reasons = [
                f"--{k.replace('_', '-')}: {' '.join(v)}"
                for k, v in error.message_dict.items()
            ]
            raise CommandError(
                gettext("Cannot create the plan:") + "\n" + "\n".join(reasons)
            ) from error

"""Load a plan's measures and indicators from the office's CSV/XLSX table."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from trainings.indicators import plan_import as importer
from trainings.models import Plan


class Command(BaseCommand):
    help = (
        "Import measures and indicators into an existing plan. One row per "
        "indicator; columns: code, parent, level, title, lead, contributing, "
        "start_year, end_year, timeframe, budget, indicator_code, indicator_name, "
        "unit, baseline, baseline_year, target_<year>..., counting "
        "(per_period|cumulative), source (manual, training_participants, "
        "training_unique_people, training_sessions, campaign_activities, "
        "campaign_reach, material_distributed, material_produced), breakdowns and "
        "professions (codes separated by ';'). Agencies and professions by code. "
        "Any bad cell is reported as 'row N, column X: reason' and nothing is "
        "saved. Re-importing updates by code."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--plan", required=True, help="Plan code, e.g. AL-NAP-2021-2023"
        )
        parser.add_argument("--dry-run", action="store_true", help="Check only.")

    def handle(self, *args, file: Path, plan: str, dry_run: bool, **options):
        try:
            target = Plan.objects.get(code=plan)
        except Plan.DoesNotExist as error:
            raise CommandError(f'No plan "{plan}"; create it first.') from error
        if not file.is_file():
            raise CommandError(f"No file {file}.")
        try:
            result = importer.plan_import(
                plan=target, name=file.name, content=file.read_bytes(), dry_run=dry_run
            )
        except importer.PlanImportError as error:
            raise CommandError(
                f"{len(error.errors)} error(s), nothing imported:\n{error}"
            ) from error
        verb = "would import" if dry_run else "imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{plan}: {verb} {result.nodes} measure(s) and "
                f"{result.indicators} indicator(s); {result.created} new row(s)."
            )
        )

"""Print the indicator report for a date range, for automation and acceptance tests."""

import json
import sys
from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext

from trainings.indicators.exports import report_csv, report_xlsx
from trainings.indicators.periods import period_range
from trainings.indicators.report import report_build
from trainings.models import Plan
from trainings.models.reference import Country


class Command(BaseCommand):
    help = (
        "Training figures and plan indicators for --from/--to (inclusive dates). "
        "json prints sessions, participants, unique_people (distinct named trainees "
        "+ head-count people), by_profession, by_gender (F, M, unknown), "
        "by_organiser, by_module, by_region and indicators (code, name, baseline, "
        "target, actual, breakdown...). csv/xlsx give the plan's own table; xlsx "
        "goes to --output or to stdout as bytes. Headings and messages are in "
        "--language (default: LANGUAGE_CODE)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, type=_date)
        parser.add_argument("--to", dest="end", required=True, type=_date)
        parser.add_argument("--plan", help="Plan code; default: every plan.")
        parser.add_argument(
            "--country",
            choices=Country.values,
            help="Without --plan: count only this country's records "
            "(a plan's report always counts its own country's).",
        )
        parser.add_argument("--format", choices=["json", "csv", "xlsx"], default="json")
        parser.add_argument("--output", "-o", help="Write to this file.")
        parser.add_argument(
            "--language",
            choices=[code for code, _ in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="Language of the table's headings and of the messages.",
        )

    def handle(self, *args, language, **options):
        with translation.override(language):
            self._report(**options)

    def _report(self, *, start, end, plan, country, format, output, **options):
        try:
            period = period_range(start, end)
        except ValueError as error:
            raise CommandError(str(error)) from error
        report = report_build(period=period, plan=_plan(plan), country=country)
        if format == "xlsx":
            content: str | bytes = report_xlsx(report)
        elif format == "csv":
            content = report_csv(report)
        else:
            content = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        self._write(content, output)

    def _write(self, content: str | bytes, output: str | None) -> None:
        if output:
            if isinstance(content, str):  # UTF-8 whatever the locale
                content = content.encode()
            with open(output, "wb") as handle:
                handle.write(content)
        elif isinstance(content, bytes):
            sys.stdout.buffer.write(content)
        else:
            self.stdout.write(content, ending="")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(
            gettext('"%(text)s" is not a date (YYYY-MM-DD).') % {"text": text}
        ) from error


def _plan(code: str | None) -> Plan | None:
    if code is None:
        return None
    try:
        return Plan.objects.get(code=code)
    except Plan.DoesNotExist as error:
        known = ", ".join(Plan.objects.values_list("code", flat=True)) or gettext(
            "none"
        )
        raise CommandError(
            gettext('No plan "%(code)s" (known: %(known)s).')
            % {"code": code, "known": known}
        ) from error

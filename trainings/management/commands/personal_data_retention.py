"""Anonymise trainees past the retention period (what the nightly task runs)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trainings.services.personal_data import trainees_retention_run


class Command(BaseCommand):
    help = (
        "Erase the name and contact details of people whose last session ended "
        "TRAINEE_RETENTION_YEARS ago or earlier (0 = keep everyone). Figures stay "
        "the same; each erasure is logged."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count the people; change nothing."
        )
        parser.add_argument(
            "--years",
            type=int,
            default=settings.TRAINEE_RETENTION_YEARS,
            help="Override TRAINEE_RETENTION_YEARS (now %(default)s).",
        )

    def handle(self, *args, dry_run, years, **options):
        if years <= 0:
            self.stdout.write(_("Retention is off (0 years): nobody is erased."))
            return
        count = trainees_retention_run(years=years, dry_run=dry_run)
        if dry_run:
            message = ngettext(
                "%(count)s person would be anonymised (%(years)s years).",
                "%(count)s people would be anonymised (%(years)s years).",
                count,
            )
        else:
            message = ngettext(
                "%(count)s person was anonymised (%(years)s years).",
                "%(count)s people were anonymised (%(years)s years).",
                count,
            )
        self.stdout.write(
            self.style.SUCCESS(message % {"count": count, "years": years})
        )

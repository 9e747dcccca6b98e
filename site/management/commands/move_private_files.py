from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from siteconf.storage import private_files_move


class Command(BaseCommand):
    help = (
        "Move sign-in sheet scans, agendas, certificates, reports and library "
        "documents from MEDIA_ROOT to PRIVATE_MEDIA_ROOT (same names). Run once "
        "after upgrading; running again moves nothing."
    )

    def handle(self, *args, **options):
        counts = private_files_move()
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "%(moved)s files moved to private storage, %(not_public)s not "
                    "in MEDIA_ROOT (already moved)."
                )
                % counts
            )
        )
        if counts["conflicts"]:
            self.stdout.write(
                self.style.WARNING(
                    _(
                        "%(conflicts)s left in MEDIA_ROOT: private storage holds "
                        "another file under the same name; compare them by hand."
                    )
                    % counts
                )
            )

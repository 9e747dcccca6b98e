from django.core.management.base import BaseCommand

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
                f"{counts['moved']} files moved to private storage, "
                f"{counts['not_public']} not in MEDIA_ROOT (already moved)."
            )
        )
        if counts["conflicts"]:
            self.stdout.write(
                self.style.WARNING(
                    f"{counts['conflicts']} left in MEDIA_ROOT: private storage "
                    "holds another file under the same name; compare them by hand."
                )
            )

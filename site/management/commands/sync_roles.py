from django.core.management.base import BaseCommand

from siteconf.roles import roles_sync


class Command(BaseCommand):
    help = "Create or update the role groups and their permissions."

    def handle(self, *args, **options):
        groups = roles_sync()
        self.stdout.write(f"Synced {len(groups)} roles: {', '.join(groups)}")

from django.core.management.base import BaseCommand
from wagtail.models import Site

from siteconf.roles import roles_grant_content, roles_sync


class Command(BaseCommand):
    help = (
        "Create or update the role groups and their permissions, and let the "
        "content roles edit every language's pages of the default site."
    )

    def handle(self, *args, **options):
        groups = roles_sync()
        self.stdout.write(f"Synced {len(groups)} roles: {', '.join(groups)}")
        # After an upgrade, so permissions added in code reach existing page trees.
        site = Site.objects.filter(is_default_site=True).first()
        if site:
            roles_grant_content(home_page=site.root_page)
            self.stdout.write(f"Content roles may edit the pages under {site}.")

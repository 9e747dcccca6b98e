from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Site

from siteconf.roles import role_label, roles_grant_content, roles_sync


class Command(BaseCommand):
    help = (
        "Create or update the role groups and their permissions, and let the "
        "content roles edit every language's pages of the default site."
    )

    def handle(self, *args, **options):
        groups = roles_sync()
        names = ", ".join(role_label(group) for group in groups.values())
        self.stdout.write(
            ngettext(
                "Synced %(count)s role: %(names)s",
                "Synced %(count)s roles: %(names)s",
                len(groups),
            )
            % {"count": len(groups), "names": names}
        )
        # After an upgrade, so permissions added in code reach existing page trees.
        site = Site.objects.filter(is_default_site=True).first()
        if site:
            roles_grant_content(home_page=site.root_page)
            self.stdout.write(
                _("Content roles may edit the pages under %(site)s.") % {"site": site}
            )

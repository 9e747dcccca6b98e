"""Who may read what in the materials library: partners-only files and partner pages.

The admin screens ask Wagtail's policies (`siteconf.permissions.may`); this module
adds the public site's rule, the one thing the policies do not know: partners.
"""

from wagtail.admin.models import Admin

from siteconf.permissions import may

PARTNER_GROUP = "Partner"


def user_is_partner(*, user) -> bool:
    """A signed-in user of a partner organisation (group Partner with an organisation)."""
    return bool(
        user.is_authenticated
        and user.organisation_id
        and user.groups.filter(name=PARTNER_GROUP).exists()
    )


def user_sees_partner_materials(*, user) -> bool:
    """Partners-only materials are for partner users and the office's own staff
    (anyone who may enter the admin: `wagtailadmin.access_admin`)."""
    return user_is_partner(user=user) or may(user, "access", Admin)


def material_can_download(*, material, user) -> bool:
    """Public files for everyone; partners-only files per `user_sees_partner_materials`."""
    return not material.partners_only or user_sees_partner_materials(user=user)

"""Who may read what in the materials library: partners-only files and partner pages.

The admin screens ask Wagtail's policies (`siteconf.permissions.may`); this module
adds the public site's rule, the one thing the policies do not know: partners, and
the partners' own distributions (`DistributionPolicy`, registered at start-up).
"""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.admin.models import Admin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from siteconf.permissions import may

from .models import Distribution

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


def distribution_edit_cutoff() -> datetime.datetime:
    """Reports made since then may still be corrected or withdrawn by their partner."""
    return timezone.now() - datetime.timedelta(days=settings.DISTRIBUTION_EDIT_DAYS)


class DistributionPolicy(ModelPermissionPolicy):
    """The office by model permission (all rows, as before); a partner user sees its
    organisation's reports and may change or delete them ("withdraw") only for
    `DISTRIBUTION_EDIT_DAYS` after reporting. Partners never reach the admin: this
    serves the partner pages, through `siteconf.permissions`."""

    partner_actions = frozenset({"view", "change", "delete"})

    def _by_model_permission(self, user, actions) -> bool:
        # Wagtail's own, not ours (its user_has_any_permission calls ours back).
        return any(
            super(DistributionPolicy, self).user_has_permission(user, a)
            for a in actions
        )

    def user_has_permission(self, user, action):
        if self._by_model_permission(user, [action]):
            return True
        return action in self.partner_actions and user_is_partner(user=user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        rows = self.instances_user_has_permission_for(user, action)
        return rows.filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        rows = self.instances_user_has_any_permission_for(user, actions)
        return rows.filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if self._by_model_permission(user, actions):
            return self.model.objects.all()
        actions = set(actions) & self.partner_actions
        if not actions or not user_is_partner(user=user):
            return self.model.objects.none()
        own = self.model.objects.filter(partner_id=user.organisation_id)
        if "view" in actions:
            return own
        return own.filter(reported_at__gte=distribution_edit_cutoff())


distribution_policy = DistributionPolicy(Distribution)


def register_policies() -> None:
    """Idempotent, since both the app's start-up and tests may call this."""
    model = distribution_policy.model
    if policy_registry.get_by_type(model, fallback=False) is not distribution_policy:
        register_permission_policy(model, distribution_policy, exact_class=True)

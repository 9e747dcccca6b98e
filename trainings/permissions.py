"""Row-level permission policies: model permissions, narrowed to the rows a user owns.

Registered with Wagtail's policy registry (imported first thing by
`wagtail_hooks`), so listings, edit URLs, choosers and action buttons all ask
the same question. The logs (audit, export, erasure) are read-only for everyone.
"""

from collections.abc import Callable

from auditlog.models import LogEntry
from django.db.models import QuerySet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from siteconf.choosers import CHOOSE

from .models import (
    Participation,
    PersonalDataErasure,
    PersonalDataExport,
    Trainee,
    TrainingSession,
)
from .selectors.sessions import (
    participation_list_for_user,
    session_list_for_user,
    trainee_list_for_user,
)


class OwnedRowsPermissionPolicy(ModelPermissionPolicy):
    """A model permission counts only on rows `visible(user=...)` returns.

    "choose" (a chooser modal, a form's choice of rows) needs the view permission,
    and offers only the visible rows `choosable` keeps.
    """

    def __init__(self, model, *, visible: Callable[..., QuerySet], choosable=None):
        super().__init__(model)
        self.visible = visible
        self.choosable = choosable or (lambda rows: rows)

    def user_has_permission(self, user, action):
        return super().user_has_permission(user, "view" if action == CHOOSE else action)

    def users_with_any_permission(self, actions):
        actions = ["view" if action == CHOOSE else action for action in actions]
        return super().users_with_any_permission(actions)

    def user_has_permission_for_instance(self, user, action, instance):
        rows = self.instances_user_has_permission_for(user, action)
        return rows.filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance)
            for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        others = [action for action in actions if action != CHOOSE]
        if others and self.user_has_any_permission(user, others):
            return self.visible(user=user)
        if CHOOSE in actions and self.user_has_permission(user, CHOOSE):
            return self.choosable(self.visible(user=user))
        return self.model.objects.none()


def _not_erased(trainees: QuerySet) -> QuerySet:
    # Erased people keep their past attendance but take no new one.
    return trainees.filter(erased_at__isnull=True)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Viewing only, for everyone including superusers: a log is never edited."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")


session_policy = OwnedRowsPermissionPolicy(
    TrainingSession, visible=session_list_for_user
)
trainee_policy = OwnedRowsPermissionPolicy(
    Trainee, visible=trainee_list_for_user, choosable=_not_erased
)
participation_policy = OwnedRowsPermissionPolicy(
    Participation, visible=participation_list_for_user
)
log_policies = [
    ReadOnlyPolicy(model)
    for model in (LogEntry, PersonalDataExport, PersonalDataErasure)
]


def register_policies() -> None:
    """Idempotent, since both the hooks module and tests may import this."""
    from wagtail.permissions import policy_registry

    for policy in (session_policy, trainee_policy, participation_policy, *log_policies):
        if policy_registry.get_by_type(policy.model, fallback=False) is not policy:
            register_permission_policy(policy.model, policy, exact_class=True)

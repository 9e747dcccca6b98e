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
    """A model permission counts only on rows `visible(user=...)` returns."""

    def __init__(self, model, *, visible: Callable[..., QuerySet]):
        super().__init__(model)
        self.visible = visible

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.visible(user=user).filter(pk=instance.pk).exists()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance)
            for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return self.visible(user=user)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Viewing only, for everyone including superusers: a log is never edited."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")


session_policy = OwnedRowsPermissionPolicy(
    TrainingSession, visible=session_list_for_user
)
trainee_policy = OwnedRowsPermissionPolicy(Trainee, visible=trainee_list_for_user)
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

"""Who may see and do what in the trainings app: the only module that decides it.

Trainers see the sessions they train or created, and only the people in them; the
office (`manage_all_sessions`) sees everything; monitoring officers see sessions
but no names. The logs (audit, export, erasure) are read-only for everyone.

Each rule is a Wagtail permission policy, registered at start-up
(`TrainingsConfig.ready`), so Wagtail's listings, edit URLs, choosers and buttons and
our own views, forms and exports (through `siteconf.permissions.may`) all ask it.
"""

from collections.abc import Callable

from auditlog.models import LogEntry
from django.db.models import Q, QuerySet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from siteconf.permissions import CHOOSE, may

from .models import (
    Indicator,
    Participation,
    PersonalDataErasure,
    PersonalDataExport,
    ReportJob,
    Submission,
    Trainee,
    TrainingSession,
)

# Which rows each role sees. The policies below ask the model permission first.
# (The module's own policies, not the registry: these run for the registry.)


def _sees_all_sessions(user) -> bool:
    """The office sees all; so do read-only roles (they get figures, not names)."""
    if session_policy.user_has_permission(user, "manage_all"):
        return True
    return not session_policy.user_has_permission(user, "change")


def _visible_sessions(*, user) -> QuerySet[TrainingSession]:
    """A trainer's own sessions (trainer or creator); all for everyone else."""
    sessions = TrainingSession.objects.all()
    if _sees_all_sessions(user):
        return sessions
    return sessions.filter(Q(trainers=user) | Q(created_by=user)).distinct()


def _visible_trainees(*, user) -> QuerySet[Trainee]:
    """All for the office; a trainer's own: in their sessions, or added by them."""
    if not trainee_policy.user_has_permission(user, "view"):
        return Trainee.objects.none()
    if session_policy.user_has_permission(user, "manage_all"):
        return Trainee.objects.all()
    own_sessions = _visible_sessions(user=user).values("pk")
    return Trainee.objects.filter(
        Q(participations__session__in=own_sessions) | Q(created_by=user)
    ).distinct()


def _visible_attendance(*, user) -> QuerySet[Participation]:
    """Attendance rows of the sessions `user` sees (all of them: no filter, so a
    listing's count is a plain count, not a semi-join over every session)."""
    if _sees_all_sessions(user):
        return Participation.objects.all()
    return Participation.objects.filter(
        session__in=_visible_sessions(user=user).values("pk")
    )


def _own_reports(*, user) -> QuerySet[ReportJob]:
    """A background report is for whoever asked for it (superusers see all)."""
    jobs = ReportJob.objects.all()
    return jobs if user.is_superuser else jobs.filter(created_by=user)


def _visible_submissions(*, user) -> QuerySet[Submission]:
    """The office's reviewers see every institution's report; a reporter only
    their own institution's (`User.organisation`)."""
    if submission_policy.user_has_permission(user, "review"):
        return Submission.objects.all()
    if not getattr(user, "organisation_id", None):
        return Submission.objects.none()
    return Submission.objects.filter(agency_id=user.organisation_id)


def _not_erased(trainees: QuerySet) -> QuerySet:
    # Erased people keep their past attendance but take no new one.
    return trainees.filter(erased_at__isnull=True)


class OwnedRowsPermissionPolicy(ModelPermissionPolicy):
    """A model permission counts only on rows `visible(user=...)` returns.

    "choose" (a chooser modal, a form's choice of rows) needs the view permission,
    and offers only the visible rows `choosable` keeps. `codenames` names the
    permission of actions that are not "<action>_<model>".
    """

    def __init__(
        self,
        model,
        *,
        visible: Callable[..., QuerySet],
        choosable=None,
        codenames: dict[str, str] | None = None,
    ):
        super().__init__(model)
        self.visible = visible
        self.choosable = choosable or (lambda rows: rows)
        self.codenames = codenames or {}

    def _get_permission_codename(self, action):
        # Wagtail's one hook from action to permission, for has_perm and user lists.
        if action == CHOOSE:
            action = "view"
        return self.codenames.get(action) or super()._get_permission_codename(action)

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


class ReportJobPolicy(OwnedRowsPermissionPolicy):
    """Reading a report needs what reading the figures needs; it is never edited."""

    def user_has_permission(self, user, action):
        return action == "view" and may(user, "view", Indicator)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Viewing only, for everyone including superusers: a log is never edited."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")


session_policy = OwnedRowsPermissionPolicy(
    TrainingSession,
    visible=_visible_sessions,
    codenames={"manage_all": "manage_all_sessions"},
)
trainee_policy = OwnedRowsPermissionPolicy(
    Trainee,
    visible=_visible_trainees,
    choosable=_not_erased,
    # "erase" is erase_trainee already.
    codenames={"export": "export_trainee_data"},
)
participation_policy = OwnedRowsPermissionPolicy(
    Participation, visible=_visible_attendance
)
report_job_policy = ReportJobPolicy(ReportJob, visible=_own_reports)
# "review": accept or return (the office); reporters add, change and view their own.
submission_policy = OwnedRowsPermissionPolicy(
    Submission,
    visible=_visible_submissions,
    codenames={"review": "review_submission"},
)
log_policies = [
    ReadOnlyPolicy(model)
    for model in (LogEntry, PersonalDataExport, PersonalDataErasure)
]


def register_policies() -> None:
    """Idempotent, since both the app's start-up and tests may call this."""
    policies = (
        session_policy,
        trainee_policy,
        participation_policy,
        report_job_policy,
        submission_policy,
    )
    for policy in (*policies, *log_policies):
        if policy_registry.get_by_type(policy.model, fallback=False) is not policy:
            register_permission_policy(policy.model, policy, exact_class=True)

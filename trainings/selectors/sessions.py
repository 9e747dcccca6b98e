"""Who may see which sessions, trainees and attendance rows.

Trainers see the sessions they train or created, and only the people in them;
the office sees everything; monitoring officers see sessions but no names.
"""

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce

from ..models import Participation, Trainee, TrainingSession

# Held by the office: every session, and every trainee, across trainers.
MANAGE_ALL = "trainings.manage_all_sessions"


def user_sees_all_sessions(*, user) -> bool:
    """The office sees all; so do read-only roles (they get figures, not names)."""
    if user.has_perm(MANAGE_ALL):
        return True
    return not user.has_perm("trainings.change_trainingsession")


def session_list_for_user(*, user) -> QuerySet[TrainingSession]:
    """Sessions `user` may open: a trainer's own (trainer or creator), else all."""
    sessions = TrainingSession.objects.all()
    if user_sees_all_sessions(user=user):
        return sessions
    return sessions.filter(Q(trainers=user) | Q(created_by=user)).distinct()


def session_user_can_edit(*, user, session: TrainingSession) -> bool:
    """Change rights on the model, and the session is the trainer's own (or office)."""
    if not user.has_perm("trainings.change_trainingsession"):
        return False
    return session_list_for_user(user=user).filter(pk=session.pk).exists()


def trainee_list_for_user(*, user) -> QuerySet[Trainee]:
    """People whose names `user` may see: all for the office, a trainer's own trainees."""
    if not user.has_perm("trainings.view_trainee"):
        return Trainee.objects.none()
    if user.has_perm(MANAGE_ALL):
        return Trainee.objects.all()
    own_sessions = session_list_for_user(user=user).values("pk")
    return Trainee.objects.filter(
        Q(participations__session__in=own_sessions) | Q(created_by=user)
    ).distinct()


def participation_list_for_user(*, user) -> QuerySet[Participation]:
    """Attendance rows of the sessions `user` may see."""
    return Participation.objects.filter(
        session__in=session_list_for_user(user=user).values("pk")
    )


def trainee_duplicates_of(*, trainee: Trainee) -> QuerySet[Trainee]:
    """Other people whose folded name is the same: candidates for a merge."""
    return Trainee.objects.filter(name_key=trainee.name_key).exclude(pk=trainee.pk)


def trainee_duplicate_keys() -> QuerySet:
    """Folded names shared by more than one person, most repeated first."""
    return (
        Trainee.objects.values("name_key")
        .annotate(people=Count("pk"))
        .filter(people__gt=1)
        .order_by("-people", "name_key")
    )


def session_list_annotate(sessions: QuerySet[TrainingSession]) -> QuerySet:
    """Add `people` (named + head-count) for listings, in the same query."""
    return sessions.select_related("region", "organiser").annotate(
        people=Coalesce(Sum("participations__count"), 0)
    )


def trainee_list_annotate(trainees: QuerySet[Trainee]) -> QuerySet:
    """Add `sessions` attended and `same_name` (people sharing the folded name)."""
    same_name = (
        Trainee.objects.filter(name_key=OuterRef("name_key"))
        .values("name_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return trainees.select_related("profession", "agency").annotate(
        sessions=Count("participations"), same_name=Subquery(same_name)
    )

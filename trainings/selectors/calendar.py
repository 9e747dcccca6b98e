"""The sessions a user's calendar feed lists: upcoming ones they may edit (a
trainer's own, all for the office), as the policy layer decides."""

from django.db.models import QuerySet
from django.utils import timezone

from siteconf.permissions import rows_for

from ..models import TrainingSession

FEED_LIMIT = 500  # a year of the office's sessions; a calendar app wants no more


def calendar_sessions(*, user) -> QuerySet[TrainingSession]:
    return (
        rows_for(user, "change", TrainingSession)
        .filter(end_date__gte=timezone.localdate())
        .select_related("region")
        .order_by("start_date", "ref")[:FEED_LIMIT]
    )

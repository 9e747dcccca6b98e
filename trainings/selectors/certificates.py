"""What the certificates page tells a trainer: each certificate's state, and counts.

States are read from the rows, never assumed from a click: a certificate with a
PDF is ready; one without is being generated until the worker marks it failed,
or until its request is older than any task may run (the worker died or never
ran), which is a failure too, so the page never says "being generated" forever.
"""

import datetime
import functools
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, CharField, Count, Q, QuerySet, Value, When
from django.utils import timezone

from siteconf.ascii import slug_ascii

from ..models import Certificate, CertificateMailing, Participation, TrainingSession

READY, GENERATING, FAILED, MISSING = "ready", "generating", "failed", "missing"


def _stale_before() -> datetime.datetime:
    # Past the task's hard time limit the worker cannot still be making it.
    return timezone.now() - datetime.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)


def _state():
    """One CASE over the attendance row's certificate, for rows and for counts."""
    return Case(
        When(certificate__isnull=True, then=Value(MISSING)),
        When(~Q(certificate__pdf=""), then=Value(READY)),
        When(
            Q(certificate__failed_at__isnull=False)
            | Q(certificate__requested_at__lt=_stale_before()),
            then=Value(FAILED),
        ),
        default=Value(GENERATING),
        output_field=CharField(),
    )


def certifiable(*, session: TrainingSession) -> QuerySet[Participation]:
    """Named, not erased, trained by the session's rule (enough days present):
    the attendance rows that get a certificate."""
    return Participation.objects.filter(
        session=session,
        trainee__isnull=False,
        trainee__erased_at__isnull=True,
        trained=True,
    )


def certificate_rows(*, session: TrainingSession) -> QuerySet[Participation]:
    """The named attendance rows with `certificate_state`, by name, in one query."""
    return (
        session.participations.filter(trainee__isnull=False)
        .select_related("trainee", "certificate")
        .annotate(certificate_state=_state())
        .order_by("trainee__full_name")
    )


@dataclass(frozen=True)
class CertificateStatus:
    ready: int
    generating: int
    failed: int
    missing: int

    @property
    def total(self) -> int:
        return self.ready + self.generating + self.failed + self.missing


def certificate_status(*, session: TrainingSession) -> CertificateStatus:
    """How many of the session's certificates are in each state (one query)."""
    counts = (
        certifiable(session=session)
        .annotate(state=_state())
        .aggregate(
            **{
                state: Count("pk", filter=Q(state=state))
                for state in (READY, GENERATING, FAILED, MISSING)
            }
        )
    )
    return CertificateStatus(**counts)


def certificate_files(*, session: TrainingSession) -> list[tuple[str, Callable]]:
    """(name in a ZIP, opener) of each PDF made: "milana-petrovic-K7XQ2M9PTA.pdf",
    the person's folded name (any unzip tool shows it) and the code (unique)."""
    certificates = (
        Certificate.objects.filter(participation__session=session)
        .exclude(pdf="")
        .select_related("participation__trainee")
        .order_by("participation__trainee__name_key")
    )
    return [
        (
            f"{slug_ascii(c.participation.trainee.full_name)}-{c.code}.pdf",
            functools.partial(c.pdf.open, "rb"),
        )
        for c in certificates
    ]


def certificate_mailing_latest(
    *, session: TrainingSession
) -> CertificateMailing | None:
    """The session's last e-mailing with `state`: "sending", "done", or "stalled"
    (unfinished past any task's time limit: the worker died or never ran)."""
    mailing = session.certificate_mailings.order_by("-requested_at").first()
    if mailing is not None:
        if mailing.finished_at:
            mailing.state = "done"
        elif mailing.requested_at < _stale_before():
            mailing.state = "stalled"
        else:
            mailing.state = "sending"
    return mailing

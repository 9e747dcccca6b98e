"""Reads for subject access and retention: everything held on one person, and who is due."""

from datetime import date

from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from ..models import Participation, PersonalDataErasure, PersonalDataExport, Trainee
from ..services.certificates import certificate_verify_url


def trainee_export_detail(*, trainee: Trainee) -> str:
    """How the export log refers to one person: by record id, never by name."""
    return f"trainee #{trainee.pk}"


def trainee_personal_data(*, trainee: Trainee) -> dict:
    """Everything Fener holds on `trainee`, as plain JSON-ready values."""
    attendance = (
        Participation.objects.filter(trainee=trainee)
        .select_related("session__region", "session__organiser", "profession", "agency")
        .order_by("session__start_date", "session__ref")
    )
    return {
        "person": _person(trainee),
        "attendance": [_attendance(row) for row in attendance],
        "certificates": [
            _certificate(row.certificate, row.session.ref)
            for row in attendance.filter(certificate__isnull=False).select_related(
                "certificate"
            )
        ],
        "exports_of_this_record": [
            {"at": _iso(entry.created_at), "what": entry.get_what_display()}
            for entry in PersonalDataExport.objects.filter(
                detail=trainee_export_detail(trainee=trainee)
            )
        ],
        "erasures": [
            {"at": _iso(entry.created_at), "reason": entry.get_reason_display()}
            for entry in PersonalDataErasure.objects.filter(trainee_id=trainee.pk)
        ],
    }


def _person(trainee: Trainee) -> dict:
    return {
        "id": trainee.pk,
        "full_name": trainee.full_name,
        "gender": trainee.get_gender_display() if trainee.gender else "",
        "profession": _name(trainee.profession),
        "agency": _name(trainee.agency),
        "region": _name(trainee.region),
        "email": trainee.email,
        "phone": trainee.phone,
        "language": trainee.language,
        "recorded_at": _iso(trainee.created_at),
        "erased_at": _iso(trainee.erased_at),
    }


def _attendance(row: Participation) -> dict:
    session = row.session
    return {
        "session_ref": session.ref,
        "session_title": session.title,
        "start_date": session.start_date.isoformat(),
        "end_date": session.end_date.isoformat(),
        "venue": session.venue,
        "region": _name(session.region),
        "organiser": _name(session.organiser),
        "profession": _name(row.profession),
        "agency": _name(row.agency),
        "gender": row.get_gender_display() if row.gender else "",
        "pre_score": _score(row.pre_score),
        "post_score": _score(row.post_score),
    }


def _certificate(certificate, session_ref: str) -> dict:
    return {
        "code": certificate.code,
        "session_ref": session_ref,
        "issued_at": _iso(certificate.issued_at),
        "verify_url": certificate_verify_url(code=certificate.code),
    }


def _name(obj) -> str:
    return str(obj) if obj else ""


def _score(value) -> float | None:
    return None if value is None else float(value)


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def trainee_ids_due_for_retention(*, years: int, today: date | None = None) -> QuerySet:
    """Ids of people not yet erased whose last session ended `years` ago or earlier.

    People recorded without any attendance count from the day they were
    recorded. `years` = 0 keeps everyone.
    """
    if years <= 0:
        return Trainee.objects.none().values_list("pk", flat=True)
    cutoff = retention_cutoff(years=years, today=today)
    return (
        Trainee.objects.filter(erased_at__isnull=True)
        .annotate(last_end=Max("participations__session__end_date"))
        .filter(
            Q(last_end__lte=cutoff)
            | Q(last_end__isnull=True, created_at__date__lte=cutoff)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def retention_cutoff(*, years: int, today: date | None = None) -> date:
    """The last day a record may date from to be past a retention of `years`."""
    return _years_before(today or timezone.localdate(), years)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)

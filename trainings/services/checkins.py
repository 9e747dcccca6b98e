"""QR self check-in: the signed ticket a session shows, what a phone sends, and the
trainer's confirmation that turns check-ins into attendance.

The ticket is "<session>.<day>" signed with the site's key: it names one day of
one session, so a photo of yesterday's code, or a code with a digit changed,
checks nobody in. It holds no name and needs no account.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from ..models import CheckIn, Trainee, TrainingSession
from ..names import name_key
from .attendance_days import attendance_days_present
from .attendance_rows import participations_add

_SIGNER = signing.Signer(salt="trainings.checkin")


class CheckInRefused(Exception):
    """Why a phone may not check in, as a sentence the person reads."""


def checkin_day_default(session: TrainingSession) -> datetime.date:
    """Today if the session runs today, else its first day (a sheet printed ahead)."""
    today = timezone.localdate()
    return today if today in session.days else session.start_date


def checkin_ticket(*, session: TrainingSession, day: datetime.date) -> str:
    return _SIGNER.sign(f"{session.pk}.{day:%Y%m%d}")


def checkin_url(*, session: TrainingSession, day: datetime.date) -> str:
    """The absolute address in the QR code, in the session's language."""
    ticket = checkin_ticket(session=session, day=day)
    path = reverse("checkin", kwargs={"ticket": ticket})
    language = session.language or settings.LANGUAGE_CODE
    path = f"/{language}/" + path.split("/", 2)[2]
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def checkin_ticket_read(ticket: str) -> tuple[TrainingSession, datetime.date]:
    """The session and day a ticket opens today, or CheckInRefused."""
    invalid = _(
        "This check-in code is not valid. Scan the QR code the trainer shows again."
    )
    try:
        pk, day = _SIGNER.unsign(ticket).split(".")
        day = datetime.datetime.strptime(day, "%Y%m%d").date()
    except (signing.BadSignature, ValueError):
        raise CheckInRefused(invalid) from None
    session = TrainingSession.objects.filter(pk=pk).first()
    if session is None or day not in session.days:
        raise CheckInRefused(invalid)
    if day != timezone.localdate():
        raise CheckInRefused(
            _(
                "This code is for %(day)s, not for today. Scan the code the trainer "
                "shows today."
            )
            % {"day": formats.date_format(day, "DATE_FORMAT")}
        )
    return session, day


@transaction.atomic
def checkin_submit(*, session: TrainingSession, day: datetime.date, data: dict) -> None:
    """Record (or, sent twice, update) one person's check-in for the day.

    Refused past CHECKIN_MAX_PER_SESSION pending check-ins: a code shared beyond
    the room cannot fill the trainer's list with thousands of rows.
    """
    # One check-in of a session at a time, so the cap holds under a rush of phones.
    TrainingSession.objects.select_for_update().filter(pk=session.pk).first()
    key = name_key(data["full_name"])
    pending = CheckIn.objects.filter(session=session)
    existing = pending.filter(day=day, name_key=key).first()
    if existing is None and pending.count() >= settings.CHECKIN_MAX_PER_SESSION:
        raise CheckInRefused(
            _(
                "Check-in for this training is full. Please sign the paper sheet "
                "or tell the trainer."
            )
        )
    checkin = existing or CheckIn(session=session, day=day)
    for field in ("full_name", "gender", "profession", "agency_id", "agency_text"):
        setattr(checkin, field, data[field])
    checkin.language = data["language"]
    checkin.consented_at = timezone.now()
    try:
        with transaction.atomic():
            checkin.save()
    except IntegrityError:  # the same person's other phone, at the same moment
        pass


@transaction.atomic
def checkins_confirm(*, session: TrainingSession, ids, user) -> int:
    """Turn the chosen pending check-ins into attendance; how many were confirmed.

    Each person folds into the one known trainee with the same folded name
    ("MILOS PETROVIC" is "Miloš Petrović"), preferring one of the same
    institution when several share it, so a name checked in on three days or
    already trained elsewhere stays one person. Where the name stays ambiguous
    a new record is made, for the office's merge screen to settle. A person
    already in the session keeps their attendance row.
    """
    checkins = list(
        session.checkins.select_for_update().filter(pk__in=ids).order_by("pk")
    )
    if not checkins:
        return 0
    people = _known_people(session, checkins)
    new = {}
    for checkin in checkins:
        if checkin.name_key not in people and checkin.name_key not in new:
            new[checkin.name_key] = Trainee(
                full_name=checkin.full_name,
                name_key=checkin.name_key,  # bulk_create skips Trainee.save
                gender=checkin.gender,
                profession=checkin.profession,
                agency=checkin.agency,
                language=checkin.language,
                created_by=user,
            )
    Trainee.objects.bulk_create(new.values())
    people |= new
    # One attendance row per person, however many days they checked in.
    participations_add(
        session=session,
        people=[(people[c.name_key], c) for c in checkins],
        user=user,
        source=f"QR check-in {session.ref}",
    )
    # Each check-in is the person's presence on its day.
    row_of = dict(
        session.participations.filter(
            trainee_id__in=[p.pk for p in people.values()]
        ).values_list("trainee_id", "pk")
    )
    attendance_days_present(
        session=session,
        marks=[(row_of[people[c.name_key].pk], c.day) for c in checkins],
    )
    CheckIn.objects.filter(pk__in=[c.pk for c in checkins]).delete()
    return len(checkins)


def _known_people(session, checkins: list[CheckIn]) -> dict[str, Trainee]:
    """Folded name → the one known person it stands for, where there is one:
    the only one of that name, else the one already in this session, else the
    only one of the same institution."""
    found: dict[str, list[Trainee]] = {}
    in_session = set(session.participations.values_list("trainee_id", flat=True))
    for trainee in Trainee.objects.filter(
        name_key__in={c.name_key for c in checkins}, erased_at__isnull=True
    ).order_by("pk"):
        found.setdefault(trainee.name_key, []).append(trainee)
    people = {}
    for checkin in checkins:
        same = found.get(checkin.name_key, [])
        if len(same) > 1:
            same = [t for t in same if t.pk in in_session] or [
                t for t in same if t.agency_id == checkin.agency_id
            ]
        if len(same) == 1:
            people[checkin.name_key] = same[0]
    return people


def checkins_discard(*, session: TrainingSession, ids) -> int:
    """Drop pending check-ins the trainer does not recognise (a prank, a typo
    sent again under another spelling)."""
    deleted, _by_model = session.checkins.filter(pk__in=ids).delete()
    return deleted


def checkins_stale_purge(*, today: datetime.date | None = None) -> int:
    """Nightly: pending check-ins of sessions that ended more than
    CHECKIN_KEEP_DAYS ago go; a name nobody confirmed is not kept."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=settings.CHECKIN_KEEP_DAYS)
    deleted, _by_model = CheckIn.objects.filter(session__end_date__lt=cutoff).delete()
    return deleted

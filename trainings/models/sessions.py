"""Training sessions and who took part: named trainees or head-count rows."""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from siteconf import bounds
from siteconf.constraints import FieldCheckConstraint
from siteconf.storage import private_storage

from ..names import name_key


class Gender(models.TextChoices):
    FEMALE = "F", _("Female")
    MALE = "M", _("Male")
    UNKNOWN = "", _("Unknown")


class Qualifier(models.TextChoices):
    """How exact a count is, as the report states it: "around 470 specialists",
    "more than 250 people"."""

    EXACT = "exact", _("exact")
    ABOUT = "about", _("about")
    AT_LEAST = "at_least", _("at least")


def qualifier_field():
    return models.CharField(
        max_length=10,
        choices=Qualifier.choices,
        default=Qualifier.EXACT,
        # Also in the database: rows written by COPY or other tools are exact.
        db_default=Qualifier.EXACT,
        verbose_name=_("count is"),
    )


def profession_field():
    return models.ForeignKey(
        "Profession",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("profession"),
    )


def agency_field():
    return models.ForeignKey(
        "Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("institution"),
    )


def gender_field():
    return models.CharField(
        max_length=1, choices=Gender.choices, blank=True, verbose_name=_("gender")
    )


class TrainingSession(ClusterableModel):
    """One training event (possibly several days) that people attended."""

    ref = models.CharField(
        max_length=40,
        unique=True,
        help_text=_("e.g. AL-2022-014"),
        verbose_name=_("reference"),
    )
    title = models.CharField(max_length=255, verbose_name=_("title"))
    event_type = models.ForeignKey(
        "EventType",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("event type"),
    )
    series = models.CharField(
        max_length=40,
        blank=True,
        db_default="",
        db_index=True,
        help_text=_(
            "Sessions sharing this code form one series (a course or cycle); a "
            "head-count may be given for the whole series."
        ),
        verbose_name=_("series"),
    )
    sessions_count = models.PositiveIntegerField(
        default=1,
        db_default=1,
        validators=bounds.SESSIONS_IN_ONE_RECORD.validators,
        help_text=_(
            "How many sessions this record stands for ('Seminars: 5 in total')."
        ),
        verbose_name=_("number of sessions"),
    )
    qualifier = qualifier_field()
    start_date = models.DateField(db_index=True, verbose_name=_("start date"))
    end_date = models.DateField(verbose_name=_("end date"))
    venue = models.CharField(max_length=255, blank=True, verbose_name=_("venue"))
    region = models.ForeignKey(
        "Region",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("region"),
    )
    organiser = models.ForeignKey(
        "Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organised_sessions",
        verbose_name=_("organiser"),
    )
    funders = models.ManyToManyField(
        "Agency", blank=True, related_name="funded_sessions", verbose_name=_("funders")
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="training_sessions",
        help_text=_("Trainers may edit this session and its attendance."),
        verbose_name=_("trainers"),
    )
    modules = models.ManyToManyField(
        "Module", blank=True, related_name="sessions", verbose_name=_("modules")
    )
    measures = models.ManyToManyField(
        "PlanNode",
        blank=True,
        related_name="sessions",
        help_text=_("Plan measures served."),
        verbose_name=_("plan measures"),
    )
    language = models.CharField(
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        verbose_name=_("language"),
    )
    trained_min_percent = models.PositiveSmallIntegerField(
        default=80,
        db_default=80,
        validators=bounds.DAYS_PERCENT.validators,
        help_text=_(
            "Who was present or late on at least this share of the session's days "
            "counts as trained and gets a certificate. A day without a mark "
            "counts as present."
        ),
        verbose_name=_("days present to count as trained, percent"),
    )
    notes = models.TextField(blank=True, verbose_name=_("notes"))
    # Private files (names, signatures): served only by trainings.views.session_file_view.
    agenda = models.FileField(
        upload_to="sessions/agendas/",
        storage=private_storage,
        blank=True,
        verbose_name=_("agenda"),
    )
    signin_sheet_scan = models.FileField(
        upload_to="sessions/evidence/",
        storage=private_storage,
        blank=True,
        help_text=_("Scanned, signed attendance sheet kept as evidence."),
        verbose_name=_("signed sign-in sheet (scan)"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["-start_date", "ref"]
        permissions = [
            ("manage_all_sessions", "Can see and edit every trainer's sessions")
        ]
        constraints = [
            FieldCheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="session_dates_in_order",
                field="end_date",
                violation_error_message=_(
                    "The end date is before the start date: a session ends on "
                    "or after the day it starts."
                ),
            ),
            bounds.SESSIONS_IN_ONE_RECORD.constraint(
                "sessions_count", name="session_sessions_count_in_range"
            ),
            bounds.DAYS_PERCENT.constraint(
                "trained_min_percent", name="session_trained_min_percent_in_range"
            ),
        ]

    def __str__(self):
        return f"{self.ref} {self.title}"

    @property
    def days(self) -> list[datetime.date]:
        """Every calendar day from the start to the end date."""
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + datetime.timedelta(days=n) for n in range(count)]


class Trainee(models.Model):
    """A person trained; one row across all the sessions they attend."""

    full_name = models.CharField(max_length=200, verbose_name=_("full name"))
    name_key = models.CharField(
        max_length=200,
        db_index=True,
        editable=False,
        help_text=_("Name folded to ASCII Latin lower case, for finding duplicates."),
        verbose_name=_("folded name"),
    )
    gender = models.CharField(
        max_length=1, choices=Gender.choices, blank=True, verbose_name=_("gender")
    )
    profession = models.ForeignKey(
        "Profession",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("profession"),
    )
    agency = models.ForeignKey(
        "Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("institution"),
    )
    region = models.ForeignKey(
        "Region",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("region"),
    )
    email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("phone"))
    language = models.CharField(
        max_length=5,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("For e-mails such as the certificate; empty: the session's."),
        verbose_name=_("language"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    erased_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the name and contact details were erased (anonymised)."),
        verbose_name=_("erased at"),
    )

    class Meta:
        verbose_name = _("trainee")
        verbose_name_plural = _("trainees")
        ordering = ["full_name"]
        # The people listing's first page, in name order, read from the index
        # instead of sorting every person (170 ms at 100,000 people).
        indexes = [models.Index(fields=["full_name"], name="trainee_full_name")]
        permissions = [
            ("export_trainee_data", "Can export everything held on one person"),
            ("erase_trainee", "Can erase (anonymise) a person's data"),
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        # Kept in step with the name on every save, so duplicate search never misses.
        self.name_key = name_key(self.full_name)
        super().save(*args, **kwargs)


class Participation(models.Model):
    """Attendance: one named trainee, or a head-count of unnamed people of one kind.

    Profession, agency and gender are stored on the row (copied from the trainee
    for named rows) so every figure is one aggregate query, and so a person's
    later change of job does not rewrite past figures.
    """

    # A ParentalKey so trainers edit attendance inline on the session form.
    session = ParentalKey(
        TrainingSession,
        on_delete=models.CASCADE,
        related_name="participations",
        verbose_name=_("session"),
    )
    trainee = models.ForeignKey(
        Trainee,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
        verbose_name=_("trainee"),
    )
    profession = profession_field()
    agency = agency_field()
    gender = gender_field()
    count = models.PositiveIntegerField(
        default=1,
        validators=bounds.PEOPLE_IN_ONE_ROW.validators,
        verbose_name=_("number of people"),
    )
    qualifier = qualifier_field()
    pre_score = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=bounds.SCORE.validators,
        verbose_name=_("score before"),
    )
    post_score = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=bounds.SCORE.validators,
        verbose_name=_("score after"),
    )
    # Kept in step with the day marks and the session's rule by
    # services.attendance_days, so every figure stays one aggregate query.
    trained = models.BooleanField(
        default=True,
        db_default=True,
        editable=False,
        verbose_name=_("counts as trained"),
    )

    class Meta:
        verbose_name = _("attendance row")
        verbose_name_plural = _("attendance rows")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "trainee"], name="unique_trainee_per_session"
            ),
            FieldCheckConstraint(
                condition=models.Q(trainee__isnull=True) | models.Q(count=1),
                name="named_participation_counts_one",
                field="count",
                violation_error_message=_(
                    "A named participant counts 1; "
                    "use a row without a name for a head-count."
                ),
            ),
            bounds.PEOPLE_IN_ONE_ROW.constraint(
                "count", name="participation_count_in_range"
            ),
            bounds.SCORE.constraint(
                "pre_score", name="participation_pre_score_in_range"
            ),
            bounds.SCORE.constraint(
                "post_score", name="participation_post_score_in_range"
            ),
        ]

    def __str__(self):
        people = self.profession or gettext("participants")
        who = self.trainee or f"{self.count} × {people}"
        return f"{self.session.ref}: {who}"

    def save(self, *args, **kwargs):
        if self.trainee_id:
            self.copy_from_trainee()
        super().save(*args, **kwargs)

    def copy_from_trainee(self) -> None:
        """Named rows count with the trainee's profession, agency and gender."""
        trainee = self.trainee
        self.profession_id = trainee.profession_id or self.profession_id
        self.agency_id = trainee.agency_id or self.agency_id
        self.gender = trainee.gender or self.gender


class AttendanceDay(models.Model):
    """A named participant's presence on one day of a multi-day session."""

    class Status(models.TextChoices):
        PRESENT = "present", _("present")
        LATE = "late", _("late")
        ABSENT = "absent", _("absent")
        EXCUSED = "excused", _("excused")

    # Present and late both count towards the session's rule.
    ATTENDED = (Status.PRESENT, Status.LATE)

    participation = models.ForeignKey(
        Participation,
        on_delete=models.CASCADE,
        related_name="days",
        verbose_name=_("attendance row"),
    )
    day = models.DateField(verbose_name=_("day"))
    status = models.CharField(
        max_length=10, choices=Status.choices, verbose_name=_("presence")
    )

    class Meta:
        verbose_name = _("attendance day")
        verbose_name_plural = _("attendance days")
        constraints = [
            models.UniqueConstraint(
                fields=["participation", "day"], name="one_mark_per_day"
            ),
        ]

    def __str__(self):
        return f"{self.day}: {self.get_status_display()}"


class SeriesAttendance(models.Model):
    """A head-count given for a whole series ("62 persons were trained in all three
    districts"): counted once, never moved onto one of the series' sessions.

    Imported with `session_ref` = `series:CODE`; the series is the code its
    sessions share (`TrainingSession.series`).
    """

    series = models.CharField(max_length=40, db_index=True, verbose_name=_("series"))
    profession = profession_field()
    agency = agency_field()
    gender = gender_field()
    count = models.PositiveIntegerField(
        validators=bounds.PEOPLE_IN_ONE_ROW.validators,
        verbose_name=_("number of people"),
    )
    qualifier = qualifier_field()

    class Meta:
        verbose_name = _("series attendance")
        verbose_name_plural = _("series attendance")
        constraints = [
            bounds.PEOPLE_IN_ONE_ROW.constraint(
                "count", name="series_attendance_count_in_range"
            ),
        ]

    def __str__(self):
        people = self.profession or gettext("participants")
        return f"series:{self.series}: {self.count} × {people}"

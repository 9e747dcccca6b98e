"""Training sessions and who took part: named trainees or head-count rows."""

from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from siteconf import bounds
from siteconf.storage import private_storage

from ..names import name_key


class Gender(models.TextChoices):
    FEMALE = "F", "Female"
    MALE = "M", "Male"
    UNKNOWN = "", "Unknown"


class TrainingSession(ClusterableModel):
    """One training event (possibly several days) that people attended."""

    ref = models.CharField(max_length=40, unique=True, help_text="e.g. AL-2022-014")
    title = models.CharField(max_length=255)
    start_date = models.DateField(db_index=True)
    end_date = models.DateField()
    venue = models.CharField(max_length=255, blank=True)
    region = models.ForeignKey(
        "Region",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    organiser = models.ForeignKey(
        "Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organised_sessions",
    )
    funders = models.ManyToManyField(
        "Agency", blank=True, related_name="funded_sessions"
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="training_sessions",
        help_text="Trainers may edit this session and its attendance.",
    )
    modules = models.ManyToManyField("Module", blank=True, related_name="sessions")
    measures = models.ManyToManyField(
        "PlanNode",
        blank=True,
        related_name="sessions",
        help_text="Plan measures served.",
    )
    language = models.CharField(
        max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    notes = models.TextField(blank=True)
    # Private files (names, signatures): served only by trainings.views.session_file_view.
    agenda = models.FileField(
        upload_to="sessions/agendas/", storage=private_storage, blank=True
    )
    signin_sheet_scan = models.FileField(
        upload_to="sessions/evidence/",
        storage=private_storage,
        blank=True,
        help_text="Scanned, signed attendance sheet kept as evidence.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "ref"]
        permissions = [
            ("manage_all_sessions", "Can see and edit every trainer's sessions")
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="session_dates_in_order",
            )
        ]

    def __str__(self):
        return f"{self.ref} {self.title}"


class Trainee(models.Model):
    """A person trained; one row across all the sessions they attend."""

    full_name = models.CharField(max_length=200)
    name_key = models.CharField(
        max_length=200,
        db_index=True,
        editable=False,
        help_text="Name folded to ASCII Latin lower case, for finding duplicates.",
    )
    gender = models.CharField(max_length=1, choices=Gender.choices, blank=True)
    profession = models.ForeignKey(
        "Profession", null=True, blank=True, on_delete=models.PROTECT
    )
    agency = models.ForeignKey(
        "Agency", null=True, blank=True, on_delete=models.PROTECT
    )
    region = models.ForeignKey(
        "Region", null=True, blank=True, on_delete=models.PROTECT
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    erased_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the name and contact details were erased (anonymised).",
    )

    class Meta:
        ordering = ["full_name"]
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
        TrainingSession, on_delete=models.CASCADE, related_name="participations"
    )
    trainee = models.ForeignKey(
        Trainee,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
    )
    profession = models.ForeignKey(
        "Profession", null=True, blank=True, on_delete=models.PROTECT
    )
    agency = models.ForeignKey(
        "Agency", null=True, blank=True, on_delete=models.PROTECT
    )
    gender = models.CharField(max_length=1, choices=Gender.choices, blank=True)
    count = models.PositiveIntegerField(
        default=1, validators=bounds.PEOPLE_IN_ONE_ROW.validators
    )
    pre_score = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=bounds.SCORE.validators,
    )
    post_score = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=bounds.SCORE.validators,
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "trainee"], name="unique_trainee_per_session"
            ),
            models.CheckConstraint(
                condition=models.Q(trainee__isnull=True) | models.Q(count=1),
                name="named_participation_counts_one",
                violation_error_message="A named participant counts 1; "
                "use a row without a name for a head-count.",
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
        who = self.trainee or f"{self.count} × {self.profession or 'participants'}"
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

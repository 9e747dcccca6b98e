"""Materials library: custom document and image models, swapped in from the start."""

from django.db import models
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class Material(AbstractDocument):
    """An awareness or training material file partners can download."""

    class Kind(models.TextChoices):
        BROCHURE = "brochure", "Brochure"
        LEAFLET = "leaflet", "Leaflet"
        POSTER = "poster", "Poster"
        FLYER = "flyer", "Flyer"
        GRAPHIC_NOVEL = "graphic_novel", "Graphic novel"
        VIDEO = "video", "Video"
        TRAINING_MANUAL = "training_manual", "Training manual"
        OTHER = "other", "Other"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.BROCHURE)
    language = models.CharField(max_length=5, blank=True, help_text="sq, en or sr")

    admin_form_fields = Document.admin_form_fields + ("kind", "language")

    class Meta(AbstractDocument.Meta):
        permissions = [("choose_material", "Can choose material")]


class CustomImage(AbstractImage):
    """Images with a credit line, required for campaign photos."""

    credit = models.CharField(max_length=255, blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        permissions = [("choose_customimage", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(
        CustomImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PrintRun(models.Model):
    """Copies of a material produced at once."""

    material = models.ForeignKey(
        Material, on_delete=models.CASCADE, related_name="print_runs"
    )
    date = models.DateField()
    quantity = models.PositiveIntegerField()
    funder = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["-date"]

    def __str__(self):
        return f"{self.material} ×{self.quantity} ({self.date})"


class Distribution(models.Model):
    """Copies handed out somewhere by a partner: what awareness indicators count."""

    material = models.ForeignKey(
        Material, on_delete=models.CASCADE, related_name="distributions"
    )
    date = models.DateField(db_index=True)
    quantity = models.PositiveIntegerField()
    place = models.CharField(max_length=255, blank=True)
    region = models.ForeignKey(
        "trainings.Region", null=True, blank=True, on_delete=models.PROTECT
    )
    partner = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reported_by = models.ForeignKey(
        "siteconf.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reported_at = models.DateTimeField(auto_now_add=True)
    measures = models.ManyToManyField(
        "trainings.PlanNode", blank=True, related_name="distributions"
    )

    class Meta:
        ordering = ["-date"]

    def __str__(self):
        return f"{self.material} ×{self.quantity} at {self.place or self.region}"

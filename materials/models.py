"""Materials library: publications, their per-language files (Wagtail documents), usage."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page

from siteconf import bounds
from siteconf.storage import private_storage


class Publication(models.Model):
    """One brochure, poster or manual, whatever the language: the shared metadata.

    Each language version is a `Material` file pointing here, so a visitor picks
    sq/en/sr of the same brochure and downloads are counted per file.
    """

    class Kind(models.TextChoices):
        BROCHURE = "brochure", _("Brochure")
        LEAFLET = "leaflet", _("Leaflet")
        POSTER = "poster", _("Poster")
        FLYER = "flyer", _("Flyer")
        GRAPHIC_NOVEL = "graphic_novel", _("Graphic novel")
        VIDEO = "video", _("Video")
        TRAINING_MANUAL = "training_manual", _("Training manual")
        OTHER = "other", _("Other")

    title = models.CharField(
        max_length=255, help_text="Working title; each file carries its own."
    )
    description = models.TextField(blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.BROCHURE)
    topic = models.CharField(
        max_length=120, blank=True, help_text="e.g. hotline 116-006, online recruitment"
    )
    audiences = models.ManyToManyField(
        "campaigns.TargetGroup", blank=True, related_name="publications"
    )
    campaigns = models.ManyToManyField(
        "campaigns.CampaignPage",
        blank=True,
        related_name="publications",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text="Campaigns (Albanian pages) this material was made for.",
    )
    measures = models.ManyToManyField(
        "trainings.PlanNode",
        blank=True,
        related_name="publications",
        help_text="Action-plan measures this material implements.",
    )
    partners_only = models.BooleanField(
        default=False,
        help_text="Only signed-in partner organisations may see and download it.",
    )
    published_on = models.DateField(null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("kind"),
        FieldPanel("topic"),
        FieldPanel("audiences"),
        FieldPanel("campaigns"),
        FieldPanel("measures"),
        FieldPanel("partners_only"),
        FieldPanel("published_on"),
    ]

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self):
        return self.title


class Material(AbstractDocument):
    """One downloadable file: a publication in one language."""

    class Language(models.TextChoices):
        SQ = "sq", "Shqip"
        EN = "en", "English"
        SR = "sr", "Srpski"

    publication = models.ForeignKey(
        Publication,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="files",
        help_text="The brochure/manual this file is a language version of.",
    )
    language = models.CharField(
        max_length=5, choices=Language.choices, default=Language.SQ
    )
    # Wagtail's field, in private storage: partners-only files must pass the gate
    # in Wagtail's serve view (wagtail_hooks.material_serve_gate), never /media/.
    file = models.FileField(
        upload_to="documents", verbose_name=_("file"), storage=private_storage
    )
    # Public: the library shows previews of every file.
    thumbnail = models.ImageField(
        upload_to="material_thumbnails", blank=True, editable=False
    )

    admin_form_fields = Document.admin_form_fields + ("publication", "language")

    class Meta(AbstractDocument.Meta):
        permissions = [("choose_material", "Can choose material")]

    @property
    def partners_only(self) -> bool:
        return bool(self.publication_id and self.publication.partners_only)


class MaterialDownload(models.Model):
    """One download of one language file, with the partner organisation if signed in."""

    material = models.ForeignKey(
        Material, on_delete=models.CASCADE, related_name="downloads"
    )
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="material_downloads",
    )

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"{self.material} {self.at:%Y-%m-%d %H:%M}"


class MaterialLibraryPage(Page):
    """The public library: filter, search, preview and download materials."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        from campaigns.forms import filters_from

        from .forms import LibraryFilterForm
        from .selectors import publication_list

        context = super().get_context(request, *args, **kwargs)
        context["filter_form"] = form = LibraryFilterForm(request.GET or None)
        context["publications"] = publication_list(
            user=request.user, **filters_from(form)
        )
        return context


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
    quantity = models.PositiveIntegerField(validators=bounds.COPIES_PRINTED.validators)
    funder = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["-date"]
        constraints = [
            bounds.COPIES_PRINTED.constraint(
                "quantity", name="print_run_quantity_in_range"
            )
        ]

    def __str__(self):
        return f"{self.material} ×{self.quantity} ({self.date})"


class Distribution(models.Model):
    """Copies handed out somewhere by a partner: what awareness indicators count."""

    material = models.ForeignKey(
        Material, on_delete=models.CASCADE, related_name="distributions"
    )
    date = models.DateField(db_index=True)
    quantity = models.PositiveIntegerField(
        validators=bounds.COPIES_HANDED_OUT.validators
    )
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
        constraints = [
            bounds.COPIES_HANDED_OUT.constraint(
                "quantity", name="distribution_quantity_in_range"
            )
        ]

    def __str__(self):
        return f"{self.material} ×{self.quantity} at {self.place or self.region}"

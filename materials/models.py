"""Materials library: publications, their per-language files (Wagtail documents), usage."""

from django.conf import settings
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index

from siteconf import bounds
from siteconf.formats import number_text
from siteconf.record_keys import KeyedRecord, ref_field
from siteconf.slugs import AsciiSlugMixin
from siteconf.storage import private_storage
from siteconf.translated import Vocabulary

from .languages import language_choices


class Topic(Vocabulary):
    """What a publication is about: the hotline, online recruitment, referral SOPs..."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Publication(index.Indexed, models.Model):
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
        _("title"),
        max_length=255,
        help_text=_("Working title; each file carries its own."),
    )
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(
        _("type"), max_length=20, choices=Kind.choices, default=Kind.BROCHURE
    )
    topic = models.ForeignKey(
        Topic,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
        verbose_name=_("topic"),
    )
    audiences = models.ManyToManyField(
        "campaigns.TargetGroup",
        verbose_name=_("audiences"),
        blank=True,
        related_name="publications",
    )
    campaigns = models.ManyToManyField(
        "campaigns.CampaignPage",
        verbose_name=_("campaigns"),
        blank=True,
        related_name="publications",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("Campaigns (Albanian pages) this material was made for."),
    )
    measures = models.ManyToManyField(
        "trainings.PlanNode",
        verbose_name=_("measures"),
        blank=True,
        related_name="publications",
        help_text=_("Action-plan measures this material implements."),
    )
    partners_only = models.BooleanField(
        _("partners only"),
        default=False,
        help_text=_("Only signed-in partner organisations may see and download it."),
    )
    published_on = models.DateField(_("published on"), null=True, blank=True)

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

    # The site search finds a brochure by its working title, description or topic
    # (its files' titles are searched as documents).
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.RelatedFields(
            "topic",
            [
                index.SearchField("name"),
                index.SearchField("name_en"),
                index.SearchField("name_sr"),
            ],
        ),
    ]

    class Meta:
        ordering = ["-published_on", "title"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def __str__(self):
        return self.title


class Material(AbstractDocument):
    """One downloadable file: a publication in one language."""

    publication = models.ForeignKey(
        Publication,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="files",
        verbose_name=_("publication"),
        help_text=_("The brochure/manual this file is a language version of."),
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
        db_index=True,
    )
    # Wagtail's field, in private storage: partners-only files must pass the gate
    # in Wagtail's serve view (wagtail_hooks.material_serve_gate), never /media/.
    file = models.FileField(
        upload_to="documents", verbose_name=_("file"), storage=private_storage
    )
    # Public: the library shows previews of every file.
    thumbnail = models.ImageField(
        _("thumbnail"), upload_to="material_thumbnails", blank=True, editable=False
    )

    admin_form_fields = Document.admin_form_fields + ("publication", "language")

    class Meta(AbstractDocument.Meta):
        permissions = [("choose_material", "Can choose material")]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    @property
    def partners_only(self) -> bool:
        return bool(self.publication_id and self.publication.partners_only)

    @property
    def label(self) -> str:
        """ "Broshura 116 006 (Shqip)": the language files of one publication often
        share a title, so lists that offer files name the language too."""
        title = self.publication.title if self.publication_id else self.title
        return f"{title} ({self.get_language_display()})"


class MaterialDownload(models.Model):
    """One download of one language file, with the partner organisation if signed in."""

    material = models.ForeignKey(
        Material,
        on_delete=models.CASCADE,
        related_name="downloads",
        verbose_name=_("material"),
    )
    at = models.DateTimeField(_("downloaded at"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="material_downloads",
        verbose_name=_("organisation"),
    )

    class Meta:
        ordering = ["-at"]
        verbose_name = _("material download")
        verbose_name_plural = _("material downloads")

    def __str__(self):
        return f"{self.material} {self.at:%Y-%m-%d %H:%M}"


class MaterialLibraryPage(AsciiSlugMixin, Page):
    """The public library: filter, search, preview and download materials."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("material library page")
        verbose_name_plural = _("material library pages")

    def get_context(self, request, *args, **kwargs):
        from campaigns.forms import filters_from
        from siteconf.pagination import page_of

        from .forms import LibraryFilterForm
        from .selectors import publication_list, with_display_files

        context = super().get_context(request, *args, **kwargs)
        context["filter_form"] = form = LibraryFilterForm(request.GET or None)
        context["publications"] = publications = page_of(
            request, publication_list(user=request.user, **filters_from(form))
        )
        publications.object_list = with_display_files(publications.object_list)
        return context


class CustomImage(AbstractImage):
    """Images with a credit line, required for campaign photos."""

    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        permissions = [("choose_customimage", "Can choose image")]
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(
        CustomImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PrintRun(KeyedRecord, models.Model):
    """Copies of a material produced at once."""

    ref_prefix = "printrun"
    ref = ref_field()

    material = models.ForeignKey(
        Material,
        on_delete=models.CASCADE,
        related_name="print_runs",
        verbose_name=_("material"),
    )
    date = models.DateField(_("date"))
    quantity = models.PositiveIntegerField(
        _("copies printed"), validators=bounds.COPIES_PRINTED.validators
    )
    funder = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("funder"),
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = _("print run")
        verbose_name_plural = _("print runs")
        constraints = [
            bounds.COPIES_PRINTED.constraint(
                "quantity", name="print_run_quantity_in_range"
            )
        ]

    def __str__(self):
        day = date_format(self.date, "SHORT_DATE_FORMAT")
        return f"{self.material} ×{number_text(self.quantity)} ({day})"


class Distribution(KeyedRecord, models.Model):
    """Copies handed out somewhere by a partner: what awareness indicators count."""

    ref_prefix = "distribution"
    ref = ref_field()

    material = models.ForeignKey(
        Material,
        on_delete=models.CASCADE,
        related_name="distributions",
        verbose_name=_("material"),
    )
    date = models.DateField(_("date"), db_index=True)
    quantity = models.PositiveIntegerField(
        _("copies handed out"), validators=bounds.COPIES_HANDED_OUT.validators
    )
    # Copies are not people: one brochure may go to a desk, forty to a briefing
    # of forty. "Persons informed" indicators (AL NAP 2.1.5-b) count this.
    people_informed = models.PositiveIntegerField(
        _("people informed"),
        null=True,
        blank=True,
        validators=bounds.PEOPLE_REACHED.validators,
        help_text=_(
            "People briefed when the copies were handed out (a briefing, an "
            "information session). Leave empty when copies were left for people "
            "to take."
        ),
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    region = models.ForeignKey(
        "trainings.Region",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("region"),
    )
    partner = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("partner"),
    )
    reported_by = models.ForeignKey(
        "siteconf.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reported_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    measures = models.ManyToManyField(
        "trainings.PlanNode",
        verbose_name=_("measures"),
        blank=True,
        related_name="distributions",
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = _("distribution")
        verbose_name_plural = _("distributions")
        constraints = [
            bounds.COPIES_HANDED_OUT.constraint(
                "quantity", name="distribution_quantity_in_range"
            ),
            bounds.PEOPLE_REACHED.constraint(
                "people_informed", name="distribution_people_informed_in_range"
            ),
        ]

    def __str__(self):
        return gettext("%(material)s ×%(quantity)s at %(place)s") % {
            "material": self.material,
            "quantity": number_text(self.quantity),
            "place": self.place or self.region,
        }

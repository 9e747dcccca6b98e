"""Campaign pages: the public face of the coordinator's awareness work."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from siteconf import bounds
from siteconf.constraints import FieldCheckConstraint
from siteconf.precise_dates import PreciseDate, Precision, precise_range_display
from siteconf.record_keys import KeyedRecord, ref_field
from siteconf.slugs import AsciiSlugMixin
from siteconf.translated import Vocabulary

from .blocks import BodyBlock
from .home_blocks import HomeBlock
from .panels import CampaignBrochuresPanel


class TargetGroup(Vocabulary):
    """Who a campaign or material speaks to: pupils, Roma and Egyptian communities..."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Channel(Vocabulary):
    """How a campaign reaches people: TV, radio, print, social media, schools, hotline."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")


class ActivityKind(Vocabulary):
    """What an awareness activity is (information session, TV spot, exhibition...).

    A list the office extends as its reports name new kinds, rather than choices
    fixed in code: the 2014 report's "conference" and "exhibition" had no place.
    """

    class Meta(Vocabulary.Meta):
        verbose_name = _("activity kind")
        verbose_name_plural = _("activity kinds")


class MediaOutlet(Vocabulary):
    """A TV channel, radio station or newspaper that aired or printed the work
    ("Top Channel, Vizion Plus and Klan TV"): a list, so outlets can be counted."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("media outlet")
        verbose_name_plural = _("media outlets")


class HomePage(AsciiSlugMixin, Page):
    """The site's root page in each language."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    hotline = models.CharField(_("hotline"), max_length=20, default="116 006")
    body = StreamField(
        HomeBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Arrange the home page: campaigns, materials and figures fill themselves."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hotline"),
        FieldPanel("body"),
    ]
    subpage_types = ["campaigns.CampaignIndexPage", "materials.MaterialLibraryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class CampaignIndexPage(AsciiSlugMixin, Page):
    """Lists the campaigns below it, filtered by year, target group, region, status."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index page")
        verbose_name_plural = _("campaign index pages")

    def get_context(self, request, *args, **kwargs):
        from siteconf.pagination import page_of

        from .forms import CampaignFilterForm, filters_from
        from .selectors import campaign_list

        context = super().get_context(request, *args, **kwargs)
        context["filter_form"] = form = CampaignFilterForm(request.GET or None)
        context["campaigns"] = page_of(
            request, campaign_list(index=self, **filters_from(form))
        )
        return context


class CampaignPage(AsciiSlugMixin, Page):
    """One awareness campaign: when, for whom, where and through which channels."""

    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        ONGOING = "ongoing", _("Ongoing")
        FINISHED = "finished", _("Finished")

    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for listings.")
    )
    objectives = RichTextField(
        _("objectives"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("What the campaign should change, as in the action plan."),
    )
    target_groups = ParentalManyToManyField(
        "campaigns.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="campaigns",
    )
    channels = ParentalManyToManyField(
        "campaigns.Channel",
        verbose_name=_("channels"),
        blank=True,
        related_name="campaigns",
    )
    regions = ParentalManyToManyField(
        "trainings.Region",
        verbose_name=_("regions"),
        blank=True,
        related_name="campaigns",
        help_text=_("Leave empty for a national campaign."),
    )
    measures = ParentalManyToManyField(
        "trainings.PlanNode",
        verbose_name=_("measures"),
        blank=True,
        related_name="campaigns",
        help_text=_("Action-plan measures this campaign implements."),
    )
    funders = ParentalManyToManyField(
        "trainings.Agency",
        verbose_name=_("funders"),
        blank=True,
        related_name="funded_campaigns",
        help_text=_("Donors and institutions paying for the campaign."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("card image"),
        help_text=_(
            "Shown on the campaign's card and when the page is shared; "
            "wide pictures work best (1200 × 630)."
        ),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("channels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions"),
                FieldPanel("measures"),
                FieldPanel("funders"),
            ],
            heading=_("Audience and plan"),
        ),
        FieldPanel("body"),
        CampaignBrochuresPanel(heading=_("Brochures")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("campaign page")
        verbose_name_plural = _("campaign pages")

    @property
    def status(self) -> str:
        """Upcoming, ongoing or finished, from the dates (no field to forget)."""
        today = timezone.localdate()
        if self.start_date and self.start_date > today:
            return self.Status.UPCOMING
        if self.end_date and self.end_date < today:
            return self.Status.FINISHED
        return self.Status.ONGOING

    @property
    def status_label(self) -> str:
        return self.Status(self.status).label

    def get_context(self, request, *args, **kwargs):
        from materials.selectors import publication_list_for_campaign

        from .selectors import campaign_activity_list

        context = super().get_context(request, *args, **kwargs)
        context["activities"] = campaign_activity_list(campaign=self)
        context["publications"] = publication_list_for_campaign(
            campaign=self, user=request.user
        )
        return context


class CampaignActivity(KeyedRecord, models.Model):
    """Awareness work (school sessions, TV spots...) and whom it reached, as the
    reports state it: "14 awareness activities in schools" is one row of 14 units;
    "in April 2014" stays a month; a figure nobody reported stays unknown (empty),
    never zero.

    Rows point at the campaign's page in the default language only, so translations
    never duplicate them and awareness indicators count each activity once. Work
    outside an office campaign (an NGO's project) has no campaign and names its
    organiser instead.
    """

    ref_prefix = "activity"

    campaign = models.ForeignKey(
        CampaignPage,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="activities",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        verbose_name=_("campaign"),
        help_text=_(
            "Empty for work outside an office campaign (then name the organiser)."
        ),
    )
    ref = ref_field()
    title = models.CharField(_("title"), max_length=255)
    # The first day the date may mean; `date_precision` says how much of it is known.
    date = models.DateField(_("date"), db_index=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=Precision.choices,
        default=Precision.DAY,
    )
    kind = models.ForeignKey(
        ActivityKind,
        on_delete=models.PROTECT,
        related_name="activities",
        verbose_name=_("kind"),
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    region = models.ForeignKey(
        "trainings.Region",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("region"),
    )
    organiser = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("organiser"),
    )
    funders = models.ManyToManyField(
        "trainings.Agency",
        verbose_name=_("funders"),
        blank=True,
        related_name="funded_activities",
    )
    quantity = models.PositiveIntegerField(
        _("activity units"),
        default=1,
        validators=bounds.ACTIVITY_UNITS.validators,
        help_text=_(
            "How many activities this row stands for (14 school sessions: 14)."
        ),
    )
    audience_total = models.PositiveIntegerField(
        _("people reached"),
        null=True,
        blank=True,
        validators=bounds.PEOPLE_REACHED.validators,
        help_text=_("Empty when unknown (not zero)."),
    )
    audience_female = models.PositiveIntegerField(
        _("women and girls reached"),
        null=True,
        blank=True,
        validators=bounds.PEOPLE_REACHED.validators,
    )
    audience_male = models.PositiveIntegerField(
        _("men and boys reached"),
        null=True,
        blank=True,
        validators=bounds.PEOPLE_REACHED.validators,
    )
    broadcasts = models.PositiveIntegerField(
        _("broadcasts"),
        null=True,
        blank=True,
        validators=bounds.BROADCASTS_OR_ARTICLES.validators,
    )
    articles = models.PositiveIntegerField(
        _("articles"),
        null=True,
        blank=True,
        validators=bounds.BROADCASTS_OR_ARTICLES.validators,
    )
    outlets = models.ManyToManyField(
        MediaOutlet,
        verbose_name=_("media outlets"),
        blank=True,
        related_name="activities",
    )
    measures = models.ManyToManyField(
        "trainings.PlanNode",
        verbose_name=_("measures"),
        blank=True,
        related_name="campaign_activities",
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = _("campaign activity")
        verbose_name_plural = _("campaign activities")
        constraints = [
            FieldCheckConstraint(
                field="audience_total",
                violation_error_message=_(
                    "Women and girls plus men and boys reached are more than "
                    "the people reached: the total includes both."
                ),
                condition=models.Q(audience_female__isnull=True)
                | models.Q(audience_male__isnull=True)
                | models.Q(
                    audience_total__gte=models.F("audience_female")
                    + models.F("audience_male")
                ),
                name="activity_gender_within_total",
            ),
            # Women and men within the total whenever the figures are known; an
            # unknown total with known parts is refused rather than left unchecked.
            FieldCheckConstraint(
                field="audience_total",
                violation_error_message=_(
                    "Give the people reached as well: women and men are part of "
                    "that total."
                ),
                condition=models.Q(audience_total__isnull=False)
                | (
                    models.Q(audience_female__isnull=True)
                    & models.Q(audience_male__isnull=True)
                ),
                name="activity_gender_needs_total",
            ),
            FieldCheckConstraint(
                field="organiser",
                violation_error_message=_(
                    "Name the organiser: work outside an office campaign is known "
                    "by who did it."
                ),
                condition=models.Q(campaign__isnull=False)
                | models.Q(organiser__isnull=False),
                name="activity_campaign_or_organiser",
            ),
            FieldCheckConstraint(
                field="end_date",
                violation_error_message=_(
                    "The end date is before the start date: an activity ends on "
                    "or after the day it starts."
                ),
                condition=models.Q(end_date__isnull=True)
                | models.Q(end_date__gte=models.F("date")),
                name="activity_end_after_start",
            ),
            bounds.ACTIVITY_UNITS.constraint(
                "quantity", name="activity_quantity_in_range"
            ),
            *(
                bounds.PEOPLE_REACHED.constraint(f, name=f"activity_{f}_in_range")
                for f in ("audience_total", "audience_female", "audience_male")
            ),
            *(
                bounds.BROADCASTS_OR_ARTICLES.constraint(
                    f, name=f"activity_{f}_in_range"
                )
                for f in ("broadcasts", "articles")
            ),
        ]

    def __str__(self):
        return f"{self.when} {self.title}"

    @property
    def start(self) -> PreciseDate | None:
        return PreciseDate(self.date, self.date_precision) if self.date else None

    @property
    def end(self) -> PreciseDate | None:
        if self.end_date is None:
            return None
        return PreciseDate(self.end_date, self.date_precision)

    @property
    def when(self) -> str:
        """The date as the report gave it, in the reader's language."""
        return precise_range_display(self.date, self.end_date, self.date_precision)

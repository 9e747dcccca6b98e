"""Campaign pages: the public face of the coordinator's awareness work."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from siteconf import bounds

from .admin_forms import CampaignPageForm
from .blocks import BodyBlock


class Vocabulary(models.Model):
    """A small list editors maintain (target groups, channels), labelled in three languages.

    Plain rows rather than translatable snippets: campaign translations share the
    same choices, and the label is picked by the visitor's language at render time.
    """

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=120, help_text="Albanian label.")
    name_en = models.CharField(max_length=120, blank=True)
    name_sr = models.CharField(max_length=120, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        """The label in the active language, falling back to Albanian."""
        language = (get_language() or settings.LANGUAGE_CODE)[:2]
        return getattr(self, f"name_{language}", "") or self.name


class TargetGroup(Vocabulary):
    """Who a campaign or material speaks to: pupils, Roma and Egyptian communities..."""


class Channel(Vocabulary):
    """How a campaign reaches people: TV, radio, print, social media, schools, hotline."""


class HomePage(Page):
    """The site's root page in each language."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    hotline = models.CharField(max_length=20, default="116 006")

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("hotline")]
    subpage_types = ["campaigns.CampaignIndexPage", "materials.MaterialLibraryPage"]
    max_count_per_parent = 1


class CampaignIndexPage(Page):
    """Lists the campaigns below it, filtered by year, target group, region, status."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        from .forms import CampaignFilterForm, filters_from
        from .selectors import campaign_list

        context = super().get_context(request, *args, **kwargs)
        context["filter_form"] = form = CampaignFilterForm(request.GET or None)
        context["campaigns"] = campaign_list(index=self, **filters_from(form))
        return context


class CampaignPage(Page):
    """One awareness campaign: when, for whom, where and through which channels."""

    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        ONGOING = "ongoing", _("Ongoing")
        FINISHED = "finished", _("Finished")

    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    summary = models.TextField(
        blank=True, help_text="One or two sentences for listings."
    )
    objectives = RichTextField(
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text="What the campaign should change, as in the action plan.",
    )
    target_groups = ParentalManyToManyField(
        "campaigns.TargetGroup", blank=True, related_name="campaigns"
    )
    channels = ParentalManyToManyField(
        "campaigns.Channel", blank=True, related_name="campaigns"
    )
    regions = ParentalManyToManyField(
        "trainings.Region",
        blank=True,
        related_name="campaigns",
        help_text="Leave empty for a national campaign.",
    )
    measures = ParentalManyToManyField(
        "trainings.PlanNode",
        blank=True,
        related_name="campaigns",
        help_text="Action-plan measures this campaign implements.",
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("summary"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("channels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions"),
                FieldPanel("measures"),
            ],
            heading="Audience and plan",
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []
    base_form_class = CampaignPageForm

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


class CampaignActivity(models.Model):
    """Something done under a campaign (school session, TV spot...) and whom it reached.

    Rows point at the campaign's page in the default language only, so translations
    never duplicate them and awareness indicators count each activity once.
    """

    class Kind(models.TextChoices):
        SCHOOL_SESSION = "school_session", "School session"
        COMMUNITY_MEETING = "community_meeting", "Community meeting"
        ROUNDTABLE = "roundtable", "Roundtable"
        TV_SPOT = "tv_spot", "TV spot broadcast"
        RADIO_SPOT = "radio_spot", "Radio spot broadcast"
        SOCIAL_MEDIA = "social_media", "Social media post"
        DISTRIBUTION_POINT = "distribution_point", "Distribution point"
        EVENT = "event", "Public event"

    campaign = models.ForeignKey(
        CampaignPage,
        on_delete=models.CASCADE,
        related_name="activities",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    title = models.CharField(max_length=255)
    date = models.DateField(db_index=True)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    place = models.CharField(max_length=255, blank=True)
    region = models.ForeignKey(
        "trainings.Region", null=True, blank=True, on_delete=models.PROTECT
    )
    organiser = models.ForeignKey(
        "trainings.Agency", null=True, blank=True, on_delete=models.PROTECT
    )
    audience_total = models.PositiveIntegerField(
        default=0, validators=bounds.PEOPLE_REACHED.validators
    )
    audience_female = models.PositiveIntegerField(
        null=True, blank=True, validators=bounds.PEOPLE_REACHED.validators
    )
    audience_male = models.PositiveIntegerField(
        null=True, blank=True, validators=bounds.PEOPLE_REACHED.validators
    )
    broadcasts = models.PositiveIntegerField(
        default=0, validators=bounds.BROADCASTS_OR_ARTICLES.validators
    )
    articles = models.PositiveIntegerField(
        default=0, validators=bounds.BROADCASTS_OR_ARTICLES.validators
    )
    measures = models.ManyToManyField(
        "trainings.PlanNode", blank=True, related_name="campaign_activities"
    )

    class Meta:
        ordering = ["-date"]
        verbose_name_plural = "campaign activities"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(audience_female__isnull=True)
                | models.Q(audience_male__isnull=True)
                | models.Q(
                    audience_total__gte=models.F("audience_female")
                    + models.F("audience_male")
                ),
                name="activity_gender_within_total",
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
        return f"{self.date} {self.title}"

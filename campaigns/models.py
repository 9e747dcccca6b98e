"""Campaign pages: the public face of the coordinator's awareness work."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import BodyBlock


class HomePage(Page):
    """The site's root page in each language."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    hotline = models.CharField(max_length=20, default="116 006")

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("hotline")]
    subpage_types = ["campaigns.CampaignIndexPage"]
    max_count_per_parent = 1


class CampaignIndexPage(Page):
    """Lists the campaigns below it."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = (
            CampaignPage.objects.child_of(self).live().order_by("-start_date")
        )
        return context


class CampaignPage(Page):
    """One awareness campaign: when, for whom, where and through which channels."""

    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    summary = models.TextField(
        blank=True, help_text="One or two sentences for listings."
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []


class CampaignActivity(models.Model):
    """Something done under a campaign (school session, TV spot...) and whom it reached."""

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
        CampaignPage, on_delete=models.CASCADE, related_name="activities"
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
    audience_total = models.PositiveIntegerField(default=0)
    audience_female = models.PositiveIntegerField(null=True, blank=True)
    audience_male = models.PositiveIntegerField(null=True, blank=True)
    broadcasts = models.PositiveIntegerField(default=0)
    articles = models.PositiveIntegerField(default=0)
    measures = models.ManyToManyField(
        "trainings.PlanNode", blank=True, related_name="campaign_activities"
    )

    class Meta:
        ordering = ["-date"]
        verbose_name_plural = "campaign activities"

    def __str__(self):
        return f"{self.date} {self.title}"

"""Reads for campaign pages, listings and the admin reports."""

import datetime

from django.conf import settings
from django.db.models import (
    Case,
    Max,
    Prefetch,
    Q,
    QuerySet,
    When,
)
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from siteconf.disclosure import is_withheld
from trainings.models import Region

from .models import CampaignActivity, CampaignIndexPage, CampaignPage, TargetGroup

CARD_RENDITIONS = ("fill-400x210", "fill-800x420")  # as the campaign list shows them


def campaign_list(
    *,
    index: CampaignIndexPage,
    year: int | None = None,
    target_group: TargetGroup | None = None,
    region: Region | None = None,
    status: str | None = None,
) -> QuerySet[CampaignPage]:
    """Live campaigns under `index`, newest first, narrowed by the visitor's filters.

    A year matches every campaign running during it, not only those starting in it,
    so the October week of a two-year campaign shows under both years.
    """
    campaigns = CampaignPage.objects.child_of(index).live()
    if year:
        campaigns = campaigns.filter(
            Q(start_date__lte=datetime.date(year, 12, 31)) | Q(start_date__isnull=True),
            Q(end_date__gte=datetime.date(year, 1, 1)) | Q(end_date__isnull=True),
        )
    if target_group:
        campaigns = campaigns.filter(target_groups=target_group)
    if region:
        campaigns = campaigns.filter(regions=region)
    if status:
        campaigns = campaigns.filter(_status_q(status))
    return _as_cards(campaigns).order_by("-start_date", "title")


def _as_cards(campaigns: QuerySet[CampaignPage]) -> QuerySet[CampaignPage]:
    """What a campaign card shows, in a fixed number of queries whatever the count:
    the card picture with its renditions, the target groups, channels, regions."""
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    return campaigns.prefetch_related(
        "target_groups", "channels", "regions", Prefetch("image", queryset=images)
    )


def home_campaigns(*, featured: list, count: int) -> list[CampaignPage]:
    """The home page's campaigns in the reader's language: the editor's featured
    ones first, then running and upcoming ones, then the most recent."""
    locale = Locale.get_active()
    keys = [page.translation_key for page in featured if page]
    live = _as_cards(CampaignPage.objects.live().filter(locale=locale))
    chosen = {
        page.translation_key: page for page in live.filter(translation_key__in=keys)
    }
    first = [chosen[key] for key in keys if key in chosen][:count]
    today = timezone.localdate()
    finished = Case(When(end_date__lt=today, then=1), default=0)
    rest = (
        live.exclude(translation_key__in=keys)
        .annotate(finished=finished)
        .order_by("finished", "-start_date", "title")
    )
    return first + list(rest[: count - len(first)])


def public_key_figures(*, year: int | None = None) -> dict:
    """A year's headline figures of the installation's country for the public,
    small counts withheld.

    Without a year: the latest year with trainings or activities, so the home page
    never opens on a row of zeros in January.
    """
    from trainings.indicators.countries import home_country
    from trainings.indicators.periods import period_year
    from trainings.indicators.report import awareness_summary, training_summary
    from trainings.models import TrainingSession

    year = year or _latest_year(
        (TrainingSession, "start_date"), (CampaignActivity, "date")
    )
    # The office's own country's work, counted as the indicator report counts it
    # (activities are units: a row of 14 school sessions is 14).
    period, country = period_year(year), home_country()
    training = training_summary(period=period, country=country)
    awareness = awareness_summary(period=period, country=country)
    figures = {
        "sessions": training["sessions"],
        "participants": training["participants"],
        "activities": awareness["activities"],
        "people_reached": awareness["people_reached"],
    }
    return {
        "year": year,
        "figures": {key: None if is_withheld(n) else n for key, n in figures.items()},
        "minimum": settings.PUBLIC_MIN_COUNT,
    }


def _latest_year(*dated: tuple) -> int:
    """The latest year up to today holding a row of any (model, date field) pair."""
    today = timezone.localdate()
    years = [
        model.objects.filter(**{f"{field}__lte": today}).aggregate(latest=Max(field))[
            "latest"
        ]
        for model, field in dated
    ]
    return max((d.year for d in years if d), default=today.year)


def _status_q(status: str) -> Q:
    today = timezone.localdate()
    if status == CampaignPage.Status.UPCOMING:
        return Q(start_date__gt=today)
    if status == CampaignPage.Status.FINISHED:
        return Q(end_date__lt=today)
    return (Q(start_date__lte=today) | Q(start_date__isnull=True)) & (
        Q(end_date__gte=today) | Q(end_date__isnull=True)
    )


def campaign_activity_list(*, campaign: CampaignPage) -> QuerySet[CampaignActivity]:
    """Activities of a campaign, whichever translation of its page is shown.

    Activities hang on the default-language page; the translation key finds them
    from the English or Serbian page too.
    """
    return CampaignActivity.objects.filter(
        campaign__translation_key=campaign.translation_key
    ).select_related("region", "organiser")

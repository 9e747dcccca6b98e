"""Admin for campaign editors: activities, vocabularies, the missing-translations report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from siteconf.formats.columns import NumberColumn
from siteconf.spreadsheets import SpreadsheetIndexView
from siteconf.translated_admin import VocabularyViewSet

from .models import CampaignActivity, Channel, TargetGroup
from .views import MissingTranslationsView


class CampaignActivityViewSet(ModelViewSet):
    """Activities held under a campaign; exported for the monitoring reports."""

    model = CampaignActivity
    icon = "date"
    menu_label = _("Activities")
    exclude_form_fields: list[str] = []
    list_display = [
        "title",
        "campaign",
        "date",
        "kind",
        "region",
        NumberColumn("audience_total", model=CampaignActivity),
    ]
    list_filter = ["kind", "region", "date"]
    list_export = [
        "date",
        "title",
        "campaign",
        "kind",
        "place",
        "region",
        "organiser",
        "audience_total",
        "audience_female",
        "audience_male",
        "broadcasts",
        "articles",
    ]
    export_filename = "campaign-activities"
    index_view_class = SpreadsheetIndexView
    search_fields = ["title", "place"]


class TargetGroupViewSet(VocabularyViewSet):
    model = TargetGroup
    menu_label = _("Target groups")


class ChannelViewSet(VocabularyViewSet):
    model = Channel
    menu_label = _("Channels")


class CampaignAdminGroup(ModelViewSetGroup):
    menu_label = _("Campaigns")
    menu_icon = "pick"
    menu_order = 200
    items = (CampaignActivityViewSet, TargetGroupViewSet, ChannelViewSet)


@hooks.register("register_admin_viewset")
def register_campaign_admin():
    return CampaignAdminGroup()


@hooks.register("register_admin_urls")
def register_missing_translations_urls():
    view = MissingTranslationsView
    return [
        path("reports/missing-translations/", view.as_view(), name=view.index_url_name),
        path(
            "reports/missing-translations/results/",
            view.as_view(results_only=True),
            name=view.index_results_url_name,
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_missing_translations_menu_item():
    return MenuItem(
        _("Missing translations"),
        reverse(MissingTranslationsView.index_url_name),
        icon_name="globe",
        order=650,
    )

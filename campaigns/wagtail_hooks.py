"""Admin for campaign editors: activities, vocabularies, the translation reports."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from siteconf.formats.columns import NumberColumn
from siteconf.spreadsheets import SpreadsheetIndexView
from siteconf.translated_admin import VocabularyViewSet

from .admin_forms import ActivityForm
from .models import ActivityKind, CampaignActivity, Channel, MediaOutlet, TargetGroup
from .translation_approval import SenderCatalog, translation_post_intercept
from .views import MissingTranslationsView, PendingTranslationsView

ACTIVITY_PANELS = [
    FieldPanel("campaign"),
    FieldPanel("title"),
    FieldPanel("kind"),
    FieldRowPanel([FieldPanel("when"), FieldPanel("until")]),
    FieldPanel("confirm_dates"),
    FieldRowPanel([FieldPanel("place"), FieldPanel("region")]),
    FieldRowPanel([FieldPanel("organiser"), FieldPanel("funders")]),
    MultiFieldPanel(
        [
            FieldRowPanel(
                [
                    FieldPanel("quantity"),
                    FieldPanel("audience_total"),
                    FieldPanel("audience_female"),
                    FieldPanel("audience_male"),
                ]
            ),
            FieldRowPanel([FieldPanel("broadcasts"), FieldPanel("articles")]),
            FieldPanel("outlets", widget=forms.CheckboxSelectMultiple),
        ],
        heading=_("Figures (leave empty what is unknown)"),
    ),
    FieldPanel("measures"),
    FieldPanel("ref"),
]


class CampaignActivityViewSet(ModelViewSet):
    """Awareness activities, inside a campaign or not; exported for the monitoring
    reports."""

    model = CampaignActivity
    icon = "date"
    menu_label = _("Activities")
    edit_handler = ObjectList(ACTIVITY_PANELS, base_form_class=ActivityForm)
    list_display = [
        "title",
        "campaign",
        Column("when", label=_("Date"), sort_key="date"),
        "kind",
        "region",
        NumberColumn("quantity", model=CampaignActivity),
        NumberColumn("audience_total", model=CampaignActivity),
        NumberColumn("broadcasts", model=CampaignActivity),
    ]
    list_filter = [
        "kind",
        "region",
        "date",
        "campaign",
        "organiser",
        "funders",
        "outlets",
    ]
    list_export = [
        "ref",
        "when",
        "title",
        "campaign",
        "kind",
        "place",
        "region",
        "organiser",
        "quantity",
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


class ActivityKindViewSet(VocabularyViewSet):
    model = ActivityKind
    menu_label = _("Activity kinds")


class MediaOutletViewSet(VocabularyViewSet):
    model = MediaOutlet
    menu_label = _("Media outlets")


class CampaignAdminGroup(ModelViewSetGroup):
    menu_label = _("Campaigns")
    menu_icon = "pick"
    menu_order = 200
    items = (
        CampaignActivityViewSet,
        TargetGroupViewSet,
        ChannelViewSet,
        ActivityKindViewSet,
        MediaOutletViewSet,
    )


@hooks.register("register_admin_viewset")
def register_campaign_admin():
    return CampaignAdminGroup()


def _report_urls(view, address: str) -> list:
    return [
        path(f"reports/{address}/", view.as_view(), name=view.index_url_name),
        path(
            f"reports/{address}/results/",
            view.as_view(results_only=True),
            name=view.index_results_url_name,
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        *_report_urls(MissingTranslationsView, "missing-translations"),
        *_report_urls(PendingTranslationsView, "pending-translations"),
        path(
            "translations/send-labels.js",
            SenderCatalog.as_view(),
            name="translation_approval_catalog",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_missing_translations_menu_item():
    return _report_menu_item(MissingTranslationsView, 650)


@hooks.register("register_reports_menu_item")
def register_pending_translations_menu_item():
    return _report_menu_item(PendingTranslationsView, 651)


def _report_menu_item(view, order: int) -> MenuItem:
    return MenuItem(
        view.page_title, reverse(view.index_url_name), icon_name="globe", order=order
    )


# Before wagtail-localize's own hook, which would refuse a non-publisher's "publish".
hooks.register("before_edit_page", translation_post_intercept, order=-1)

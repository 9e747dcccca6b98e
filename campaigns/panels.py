"""The campaign page editor's "Brochures" panel: what is linked, and an upload."""

from django.apps import apps
from django.urls import reverse
from wagtail.admin.panels import Panel

from siteconf.permissions import may


class CampaignBrochuresPanel(Panel):
    """Publications made for this campaign, with a button that uploads a new one
    (all its language files) in a modal, without leaving the page."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/campaign_brochures_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            publication = apps.get_model("materials", "Publication")
            page = self.instance
            saved = bool(page.pk)
            context["publications"] = (
                page.publications.prefetch_related("files") if saved else []
            )
            context["saved"] = saved
            if saved and may(self.request.user, "add", publication):
                context["upload_url"] = reverse(
                    "campaign_brochure_upload", args=[page.pk]
                )
            return context

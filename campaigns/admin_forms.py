"""Admin form of campaign pages (kept apart from the models it serves)."""

from wagtail.admin.forms import WagtailAdminPageForm


class CampaignPageForm(WagtailAdminPageForm):
    """Campaign editing form: plan measures shown with their wording, not just a code."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "measures" in self.fields:
            field = self.fields["measures"]
            field.queryset = field.queryset.select_related("plan")
            field.label_from_instance = _measure_label
            field.widget.attrs["size"] = 12


def _measure_label(node) -> str:
    title = node.title if len(node.title) <= 90 else f"{node.title[:88]}…"
    return f"{node.plan.code} {node.code} – {title}"

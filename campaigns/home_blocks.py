"""The home page's blocks: editors arrange them; the lists and figures fill themselves.

Each block that shows records asks a selector in its `get_context`, so the page
always shows current campaigns, the newest materials and this year's figures.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeroBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    text = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link"], required=False
    )
    image = ImageChooserBlock(label=_("Image"), required=False)

    class Meta:
        label = _("Hero")
        icon = "title"
        template = "blocks/home/hero.html"


class CampaignsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    featured = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="campaigns.CampaignPage"),
        label=_("Featured campaigns"),
        required=False,
        help_text=_("Shown first; current campaigns fill the remaining places."),
    )
    count = blocks.IntegerBlock(
        label=_("How many"), default=3, min_value=1, max_value=12
    )

    class Meta:
        label = _("Campaigns")
        icon = "list-ul"
        template = "blocks/home/campaigns.html"

    def get_context(self, value, parent_context=None):
        from .selectors import home_campaigns

        context = super().get_context(value, parent_context)
        context["campaigns"] = home_campaigns(
            featured=value["featured"], count=value["count"]
        )
        return context


class MaterialsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    count = blocks.IntegerBlock(
        label=_("How many"), default=4, min_value=1, max_value=12
    )

    class Meta:
        label = _("Latest materials")
        icon = "doc-full"
        template = "blocks/home/materials.html"

    def get_context(self, value, parent_context=None):
        from materials.selectors import publication_list, with_display_files

        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        user = getattr(request, "user", None)
        publications = publication_list(user=user)[: value["count"]]
        context["publications"] = with_display_files(publications)
        return context


class FiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    year = blocks.IntegerBlock(
        label=_("Year"),
        required=False,
        min_value=2000,
        help_text=_("Leave empty for the latest year with records."),
    )

    class Meta:
        label = _("Key figures")
        icon = "table"
        template = "blocks/home/figures.html"

    def get_context(self, value, parent_context=None):
        from .selectors import public_key_figures

        context = super().get_context(value, parent_context)
        context.update(public_key_figures(year=value["year"]))
        return context


class HotlineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        label = _("Hotline")
        icon = "warning"
        template = "blocks/home/hotline.html"


class HomeBlock(blocks.StreamBlock):
    hero = HeroBlock()
    campaigns = CampaignsBlock()
    materials = MaterialsBlock()
    figures = FiguresBlock()
    hotline = HotlineBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["bold", "italic", "link", "ul", "h2", "h3"]
    )

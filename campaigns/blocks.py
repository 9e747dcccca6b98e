"""The site's one StreamField block library: keep it small, change it rarely."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class CallToActionBlock(blocks.StructBlock):
    """A prominent link, by default to the 116-006 hotline."""

    text = blocks.CharBlock(default="Call 116 006, free and confidential")
    url = blocks.CharBlock(default="tel:116006")

    class Meta:
        icon = "warning"
        template = "blocks/call_to_action.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "h2", "h3"]
    )
    image = ImageBlock()
    video = EmbedBlock(help_text="YouTube or Vimeo address of a TV spot.")
    call_to_action = CallToActionBlock()

"""The site's one StreamField block library: keep it small, change it rarely."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.whitelist import check_url


class CallToActionBlock(blocks.StructBlock):
    """A prominent link, by default to the 116-006 hotline."""

    text = blocks.CharBlock(
        label=_("Text"), default="Call 116 006, free and confidential"
    )
    url = blocks.CharBlock(label=_("Link"), default="tel:116006")

    class Meta:
        label = _("Call to action")
        icon = "warning"
        template = "blocks/call_to_action.html"

    def clean(self, value):
        # The schemes Wagtail allows in rich text links: no javascript: or data:.
        # A check here, not a validator on the field, so no migration is needed.
        value = super().clean(value)
        if check_url(value["url"]) is None:
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Use a web address, or a tel: or mailto: link.")
                    )
                }
            )
        return value


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "h2", "h3"],
    )
    image = ImageBlock(label=_("Image"))
    video = EmbedBlock(
        label=_("Video"), help_text=_("YouTube or Vimeo address of a TV spot.")
    )
    call_to_action = CallToActionBlock()

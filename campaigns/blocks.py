"""The site's one StreamField block library: keep it small, change it rarely."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.whitelist import check_url

# The block's default text, in English as stored by pages made before it was
# translated, and in each language since (the editor's, when the block was added).
HOTLINE_CALL = gettext_noop("Call 116 006, free and confidential")


def hotline_call_for_reader(text: str) -> str:
    """The default text in the reader's language, whichever language it was stored
    in (an Albanian editor's default on an English page); an editor's own text as is."""
    defaults = {HOTLINE_CALL}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            defaults.add(gettext(HOTLINE_CALL))
    return gettext(HOTLINE_CALL) if text in defaults else text


class CallToActionBlock(blocks.StructBlock):
    """A prominent link, by default to the 116-006 hotline."""

    text = blocks.CharBlock(label=_("Text"), default=_(HOTLINE_CALL))
    url = blocks.CharBlock(label=_("Link"), default="tel:116006")

    class Meta:
        label = _("Call to action")
        icon = "warning"
        template = "blocks/call_to_action.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["text"] = hotline_call_for_reader(value["text"])
        return context

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

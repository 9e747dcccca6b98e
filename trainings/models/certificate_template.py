"""The office's certificate template: logo, signatories and wording per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.images import get_image_model_string

from siteconf.translated import Translated, translated

# Texts left empty print the built-in wording, translated (the PDF's template).
WORDING = ("heading", "intro", "attended", "closing")
ROLES = ("signatory_1_role", "signatory_2_role")


def _text(verbose_name, *, long=False, help_text=""):
    field = models.TextField if long else models.CharField
    options = {} if long else {"max_length": 200}
    return field(verbose_name, blank=True, help_text=help_text, **options)


@register_setting(icon="tick-inverse")
@translated(*WORDING, *ROLES)
class CertificateTemplate(Translated, BaseGenericSetting):
    """What every certificate of attendance says besides the person and the
    training, in Albanian with English and Serbian columns; a certificate is
    printed in its session's language. Changes apply to PDFs made afterwards."""

    logo = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    heading = _text(_("heading"), help_text=_("Empty: “Certificate of attendance”."))
    intro = _text(
        _("before the name"), help_text=_("Empty: “This is to certify that”.")
    )
    attended = _text(
        _("before the training"), help_text=_("Empty: “attended the training”.")
    )
    closing = _text(
        _("closing text"),
        long=True,
        help_text=_("Printed under the training, e.g. its partners."),
    )
    signatory_1_name = _text(_("first signatory"))
    signatory_1_role = _text(_("first signatory's role"))
    signatory_2_name = _text(_("second signatory"))
    signatory_2_role = _text(_("second signatory's role"))

    panels = [
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel(f"{name}{suffix}") for suffix in ("", "_en", "_sr")]
                )
                for name in WORDING
            ],
            heading=_("Wording"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatory_1_name"),
                FieldRowPanel(
                    [FieldPanel(f"signatory_1_role{s}") for s in ("", "_en", "_sr")]
                ),
                FieldPanel("signatory_2_name"),
                FieldRowPanel(
                    [FieldPanel(f"signatory_2_role{s}") for s in ("", "_en", "_sr")]
                ),
            ],
            heading=_("Signatories"),
        ),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return str(self._meta.verbose_name)

    def signatories(self) -> list[tuple[str, str]]:
        """(name, role in the active language) of each signatory named."""
        pairs = [
            (self.signatory_1_name, self.translation("signatory_1_role")),
            (self.signatory_2_name, self.translation("signatory_2_role")),
        ]
        return [(name, role) for name, role in pairs if name]

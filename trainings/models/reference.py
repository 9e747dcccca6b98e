"""Reference data the office maintains and imports: agencies, professions, places,
SOPs, event types."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from siteconf.translated import Translated, translated


class Country(models.TextChoices):
    ALBANIA = "AL", _("Albania")
    KOSOVO = "XK", _("Kosovo")


@translated("name")
class Agency(Translated, models.Model):
    """An institution: ministry, police directorate, NGO, international organisation, donor."""

    class Kind(models.TextChoices):
        STATE = "state", _("State institution")
        NGO = "ngo", _("Non-governmental organisation")
        IO = "io", _("International organisation")
        DONOR = "donor", _("Donor")

    code = models.CharField(
        max_length=40,
        unique=True,
        help_text=_("Acronym, e.g. GDSP."),
        verbose_name=_("code"),
    )
    name = models.CharField(max_length=255, verbose_name=_("name"))
    kind = models.CharField(
        max_length=10, choices=Kind.choices, default=Kind.STATE, verbose_name=_("kind")
    )
    country = models.CharField(
        max_length=2, choices=Country.choices, default="AL", verbose_name=_("country")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="units",
        verbose_name=_("parent"),
    )
    aliases = models.CharField(
        max_length=255,
        blank=True,
        help_text=_(
            "Other acronyms or spellings, separated by semicolons (MB; UK; MoI)."
        ),
        verbose_name=_("aliases"),
    )

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} – {self.label}"


@translated("name")
class Profession(Translated, models.Model):
    """A professional group counted in training figures (judges, labour inspectors...)."""

    code = models.CharField(max_length=40, unique=True, verbose_name=_("code"))
    name = models.CharField(max_length=255, verbose_name=_("name"))

    class Meta:
        verbose_name = _("profession")
        verbose_name_plural = _("professions")
        ordering = ["name"]

    def __str__(self):
        return self.label


@translated("name")
class Region(Translated, models.Model):
    """A qark, municipality or region; versioned because territorial reforms redraw them."""

    class Kind(models.TextChoices):
        QARK = "qark", _("Qark (county)")
        MUNICIPALITY = "municipality", _("Municipality")
        REGION = "region", _("Region")

    code = models.CharField(max_length=20, unique=True, verbose_name=_("code"))
    name = models.CharField(max_length=255, verbose_name=_("name"))
    country = models.CharField(
        max_length=2, choices=Country.choices, default="AL", verbose_name=_("country")
    )
    kind = models.CharField(
        max_length=20, choices=Kind.choices, default=Kind.QARK, verbose_name=_("kind")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("parent"),
    )
    valid_from = models.DateField(null=True, blank=True, verbose_name=_("valid from"))
    valid_to = models.DateField(
        null=True,
        blank=True,
        help_text=_("Last day this unit existed; empty if current."),
        verbose_name=_("valid to"),
    )

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["country", "code"]

    def __str__(self):
        return self.label

    @property
    def choice_label(self) -> str:
        """ "Kukës (qark)", "Kukës (bashki)": a county and its town share names."""
        return f"{self.label} ({REGION_KIND_WORDS[self.kind]})"


REGION_KIND_WORDS = {
    Region.Kind.QARK: pgettext_lazy("region kind, after a name", "county"),
    Region.Kind.MUNICIPALITY: pgettext_lazy(
        "region kind, after a name", "municipality"
    ),
    Region.Kind.REGION: pgettext_lazy("region kind, after a name", "region"),
}


@translated("title")
class SOP(Translated, models.Model):
    """A standard operating procedure that curriculum modules teach."""

    code = models.CharField(max_length=40, unique=True, verbose_name=_("code"))
    title = models.CharField(max_length=255, verbose_name=_("title"))
    country = models.CharField(
        max_length=2, choices=Country.choices, default="AL", verbose_name=_("country")
    )

    class Meta:
        verbose_name = _("SOP")
        verbose_name_plural = _("SOPs")
        ordering = ["code"]

    def __str__(self):
        return self.label


@translated("title")
class Module(Translated, models.Model):
    """A curriculum module a session covers, versioned as the SOP changes."""

    code = models.CharField(max_length=40, unique=True, verbose_name=_("code"))
    title = models.CharField(max_length=255, verbose_name=_("title"))
    version = models.CharField(max_length=20, default="1.0", verbose_name=_("version"))
    sop = models.ForeignKey(
        SOP,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="modules",
        verbose_name=_("SOP"),
    )

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.label}"


@translated("name")
class EventType(Translated, models.Model):
    """What kind of event a session is: training, seminar, study visit, round table...

    The plans count "trainings, seminars, workshops, study tours" separately, so
    the kind is reference data (imported like the other lists), not free text.
    """

    code = models.CharField(max_length=40, unique=True, verbose_name=_("code"))
    name = models.CharField(max_length=255, verbose_name=_("name"))

    class Meta:
        verbose_name = _("event type")
        verbose_name_plural = _("event types")
        ordering = ["code"]

    def __str__(self):
        return self.label

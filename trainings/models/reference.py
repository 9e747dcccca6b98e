"""Reference data the office maintains and imports: agencies, professions, places, SOPs."""

from django.db import models


class Country(models.TextChoices):
    ALBANIA = "AL", "Albania"
    KOSOVO = "XK", "Kosovo"


class Agency(models.Model):
    """An institution: ministry, police directorate, NGO, international organisation, donor."""

    class Kind(models.TextChoices):
        STATE = "state", "State institution"
        NGO = "ngo", "Non-governmental organisation"
        IO = "io", "International organisation"
        DONOR = "donor", "Donor"

    code = models.CharField(max_length=40, unique=True, help_text="Acronym, e.g. GDSP.")
    name = models.CharField(max_length=255)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.STATE)
    country = models.CharField(max_length=2, choices=Country.choices, default="AL")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="units"
    )
    aliases = models.CharField(
        max_length=255,
        blank=True,
        help_text="Other acronyms or spellings, separated by semicolons (MB; UK; MoI).",
    )

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "agencies"

    def __str__(self):
        return f"{self.code} – {self.name}"


class Profession(models.Model):
    """A professional group counted in training figures (judges, labour inspectors...)."""

    code = models.CharField(max_length=40, unique=True)
    name = models.CharField(max_length=255)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Region(models.Model):
    """A qark, municipality or region; versioned because territorial reforms redraw them."""

    class Kind(models.TextChoices):
        QARK = "qark", "Qark (county)"
        MUNICIPALITY = "municipality", "Municipality"
        REGION = "region", "Region"

    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=255)
    country = models.CharField(max_length=2, choices=Country.choices, default="AL")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.QARK)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(
        null=True, blank=True, help_text="Last day this unit existed; empty if current."
    )

    class Meta:
        ordering = ["country", "code"]

    def __str__(self):
        return self.name


class SOP(models.Model):
    """A standard operating procedure that curriculum modules teach."""

    code = models.CharField(max_length=40, unique=True)
    title = models.CharField(max_length=255)
    country = models.CharField(max_length=2, choices=Country.choices, default="AL")

    class Meta:
        ordering = ["code"]
        verbose_name = "SOP"

    def __str__(self):
        return self.title


class Module(models.Model):
    """A curriculum module a session covers, versioned as the SOP changes."""

    code = models.CharField(max_length=40, unique=True)
    title = models.CharField(max_length=255)
    version = models.CharField(max_length=20, default="1.0")
    sop = models.ForeignKey(
        SOP, null=True, blank=True, on_delete=models.PROTECT, related_name="modules"
    )

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.title}"

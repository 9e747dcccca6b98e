"""Forms of the materials library: upload checks, library filters, partner reports."""

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Locale

from campaigns.models import CampaignPage, TargetGroup
from siteconf import bounds
from siteconf.uploads import OFFICE, PDF_AND_IMAGES, UploadValidator
from trainings.models import Region

from .languages import language_choices
from .models import Material, Publication

# What the library accepts, by content (magic bytes), not by the file's name.
ALLOWED_UPLOADS = {
    **PDF_AND_IMAGES,
    "image/webp": "WebP",
    "video/mp4": "MP4",
    **OFFICE,  # training handouts (no preview: the generic icon)
}


class MaterialDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files that are too big or of the wrong kind."""

    validate_upload = UploadValidator(
        allowed=ALLOWED_UPLOADS, max_mb_setting="MATERIAL_MAX_UPLOAD_MB"
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        self.validate_upload(upload)
        return upload


class LibraryFilterForm(forms.Form):
    """Type, language, audience, campaign and free-text filters of the public library."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Type"),
        choices=[("", _("Any type")), *Publication.Kind.choices],
        required=False,
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    audience = forms.ModelChoiceField(
        label=_("Audience"),
        queryset=TargetGroup.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("Any audience"),
    )
    campaign = forms.ModelChoiceField(
        label=_("Campaign"),
        queryset=CampaignPage.objects.none(),
        required=False,
        empty_label=_("Any campaign"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the languages the library holds, not all of ISO 639.
        held = set(Material.objects.values_list("language", flat=True).distinct())
        self.fields["language"].choices = [("", _("Any language"))] + [
            (code, name) for code, name in language_choices() if code in held
        ]
        # Campaign names in the visitor's language.
        locale = Locale.objects.filter(language_code=get_language()).first()
        self.fields["campaign"].queryset = CampaignPage.objects.live().filter(
            locale=locale
        )


class MaterialChoiceField(forms.ModelChoiceField):
    """Files by title and language: "Broshura 116 006 (Shqip)", not three of the same."""

    def label_from_instance(self, obj):
        return obj.label


class DistributionReportForm(forms.Form):
    """What a partner reports after handing out copies (or corrects afterwards)."""

    material = MaterialChoiceField(
        label=_("Material"), queryset=Material.objects.none()
    )
    quantity = bounds.COPIES_HANDED_OUT.integer_field(label=_("Copies handed out"))
    people_informed = bounds.PEOPLE_REACHED.integer_field(
        label=_("People informed"),
        required=False,
        help_text=_(
            "People briefed when the copies were handed out (a briefing, an "
            "information session). Leave empty when copies were left for people "
            "to take."
        ),
    )
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    place = forms.CharField(
        label=_("Place"),
        max_length=255,
        required=False,
        help_text=_("School, border crossing point, health centre..."),
    )
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.filter(valid_to__isnull=True),
        required=False,
    )

    def __init__(self, *args, materials, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["material"].queryset = materials

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("A distribution cannot be in the future."))
        return date

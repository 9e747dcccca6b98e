"""Upload a brochure, all its language files at once, from the campaign's page editor.

Linking a brochure used to take three admin areas (the page, Publications,
Documents); the campaign page's "Brochures" panel opens this form in a modal and
shows the result in place, so the editor never leaves the page.
"""

from django import forms
from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.modal_workflow import render_modal_workflow

from campaigns.models import CampaignPage
from siteconf.permissions import policy_required

from .forms import MaterialDocumentForm
from .languages import language_choices
from .models import Publication
from .services import publication_upload


class BrochureUploadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)
    kind = forms.ChoiceField(
        label=_("Type"),
        choices=Publication.Kind.choices,
        initial=Publication.Kind.BROCHURE,
    )
    partners_only = forms.BooleanField(label=_("Partners only"), required=False)
    other_file = forms.FileField(label=_("File in another language"), required=False)
    other_language = forms.ChoiceField(label=_("Its language"), required=False)

    def __init__(self, *args, **kwargs):
        # Its own ids: the page editor behind the modal has an `id_title` too.
        super().__init__(*args, auto_id="id_brochure_%s", **kwargs)
        # One file per language of the site, then one in any other language
        # (information for asylum seekers "in languages that they understand").
        other = {
            name: self.fields.pop(name) for name in ("other_file", "other_language")
        }
        for code, name in settings.LANGUAGES:
            self.fields[f"file_{code}"] = forms.FileField(label=name, required=False)
        self.fields.update(other)
        self.fields["other_language"].choices = [("", "—"), *language_choices()]

    def _clean_upload(self, name: str):
        upload = self.cleaned_data.get(name)
        if upload:
            try:
                MaterialDocumentForm.validate_upload(upload)
            except forms.ValidationError as error:
                self.add_error(name, error)
        return upload

    def clean(self):
        cleaned = super().clean()
        for name in self.fields:
            if name.endswith("file") or name.startswith("file_"):
                self._clean_upload(name)
        if cleaned.get("other_file") and not cleaned.get("other_language"):
            self.add_error("other_language", _("Say which language this file is in."))
        if not self.files_by_language() and not self.errors:
            raise forms.ValidationError(_("Choose at least one file to upload."))
        return cleaned

    def files_by_language(self) -> dict:
        files = {
            code: self.cleaned_data.get(f"file_{code}")
            for code, _ in settings.LANGUAGES
        }
        files[self.cleaned_data.get("other_language")] = self.cleaned_data.get(
            "other_file"
        )
        return {code: upload for code, upload in files.items() if code and upload}


@policy_required("add", Publication)
def brochure_upload_view(request, campaign_id: int):
    campaign = get_object_or_404(
        CampaignPage, pk=campaign_id, locale__language_code=settings.LANGUAGE_CODE
    )
    form = BrochureUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        publication_upload(
            campaign=campaign,
            user=request.user,
            title=form.cleaned_data["title"],
            kind=form.cleaned_data["kind"],
            partners_only=form.cleaned_data["partners_only"],
            files=form.files_by_language(),
        )
        listing = render_to_string(
            "materials/admin/campaign_brochures.html",
            {"publications": campaign.publications.prefetch_related("files")},
            request=request,
        )
        return render_modal_workflow(
            request, None, None, json_data={"step": "uploaded", "list": listing}
        )
    return render_modal_workflow(
        request,
        "materials/admin/brochure_upload_modal.html",
        None,
        {"form": form, "campaign": campaign},
        json_data={"step": "form"},
    )

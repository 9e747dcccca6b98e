"""Admin form of training sessions: evidence files are checked before they are stored."""

from wagtail.admin.forms import WagtailAdminModelForm

from siteconf.uploads import PDF_AND_IMAGES, UploadValidator

# Agendas and scanned sign-in sheets: documents or photos, nothing that could run.
validate_evidence = UploadValidator(
    allowed=PDF_AND_IMAGES, max_mb_setting="SESSION_FILE_MAX_UPLOAD_MB"
)


class SessionForm(WagtailAdminModelForm):
    """The session form, refusing an agenda or scan that is too big or not PDF/JPEG/PNG.

    A form check rather than a model validator, so no migration is needed.
    """

    def clean_agenda(self):
        validate_evidence(self.cleaned_data.get("agenda"))
        return self.cleaned_data.get("agenda")

    def clean_signin_sheet_scan(self):
        validate_evidence(self.cleaned_data.get("signin_sheet_scan"))
        return self.cleaned_data.get("signin_sheet_scan")

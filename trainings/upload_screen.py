"""The admin import screens' shared loop: upload a file, run an importer, show the outcome.

Used by the sessions/participants/reference import and by the plan import, so
both show the same `row N, column X: reason` list and keep what was chosen.
"""

from collections.abc import Callable
from typing import Any

from django import forms
from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from siteconf.import_files import size_problem


class FileForm(forms.Form):
    """One spreadsheet, refused by its size before it is read."""

    file = forms.FileField(label=gettext_lazy("File"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "CSV (UTF-8) or XLSX, with a header row; at most %(limit)s MB."
        ) % {"limit": settings.IMPORT_MAX_UPLOAD_MB}

    def clean_file(self):
        """Refuse a too big file by its size alone: it is never read.

        Django has already streamed it to a temporary file (anything above
        FILE_UPLOAD_MAX_MEMORY_SIZE), so it never sat in memory either.
        """
        upload = self.cleaned_data["file"]
        if problem := size_problem(upload.size):
            raise forms.ValidationError(f"{problem[:1].upper()}{problem[1:]}.")
        return upload


class UploadForm(FileForm):
    """The file and the dry-run box; subclasses add what to import it into."""

    dry_run = forms.BooleanField(
        required=False, initial=True, label=gettext_lazy("Check only (dry run)")
    )


# run(cleaned_data, name=..., content=...) returns an outcome with `errors`
# (non-empty means nothing was written) and `summary`.
Importer = Callable[..., Any]


def upload_screen(
    request, *, form: UploadForm, run: Importer, title: str, intro: str = ""
) -> TemplateResponse:
    """Run `run` on a valid POST and render the form again with its outcome.

    The bound form is re-rendered, so a refused file keeps the chosen options.
    """
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = run(form.cleaned_data, name=upload.name, content=upload.read())
    return TemplateResponse(
        request,
        "trainings/admin/import.html",
        {"form": form, "result": result, "page_title": title, "intro": intro},
    )

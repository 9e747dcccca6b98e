"""The institution's report form: one block per measure (status, achievements,
problems, its manual indicators' values) and an evidence file. Validation only."""

import copy

from django import forms
from django.utils.translation import gettext_lazy as _

from siteconf.uploads import OFFICE, PDF_AND_IMAGES, UploadValidator

from ..indicators.forms import ManualValueForm
from ..models import ImplementationStatus

# Minutes, lists, photos, reports: documents and pictures, nothing that could run.
validate_report_evidence = UploadValidator(
    allowed={**PDF_AND_IMAGES, **OFFICE}, max_mb_setting="SESSION_FILE_MAX_UPLOAD_MB"
)
TEXT = forms.Textarea(attrs={"rows": 3})


class SubmissionForm(forms.Form):
    evidence = forms.FileField(
        label=_("Evidence file (PDF, image or office document)"),
        required=False,
        validators=[validate_report_evidence],
    )

    def __init__(self, *args, measures, indicators, submission, **kwargs):
        saved = submission.pk is not None
        entries = {e.node_id: e for e in submission.entries.all()} if saved else {}
        values = {v.indicator_id: v for v in submission.values.all()} if saved else {}
        initial = {}
        for node in measures:
            entry = entries.get(node.pk)
            initial |= {
                f"status_{node.pk}": entry.status if entry else "",
                f"achievements_{node.pk}": entry.achievements if entry else "",
                f"problems_{node.pk}": entry.problems if entry else "",
            }
        for indicator in indicators:
            value = values.get(indicator.pk)
            initial |= {
                f"value_{indicator.pk}": value.value if value else None,
                f"note_{indicator.pk}": value.note if value else "",
            }
        super().__init__(*args, initial=initial, **kwargs)
        self.measures, self.indicators = list(measures), list(indicators)
        for node in self.measures:
            self.fields[f"status_{node.pk}"] = forms.ChoiceField(
                label=_("Status"),
                choices=[("", "—"), *ImplementationStatus.choices],
                required=False,
            )
            self.fields[f"achievements_{node.pk}"] = forms.CharField(
                label=_("Achievements"), required=False, widget=TEXT
            )
            self.fields[f"problems_{node.pk}"] = forms.CharField(
                label=_("Problems encountered"), required=False, widget=TEXT
            )
        for indicator in self.indicators:
            # The Enter values form's own field: same bounds, same messages.
            value = copy.deepcopy(ManualValueForm.base_fields["value"])
            value.required, value.label = False, indicator.label
            self.fields[f"value_{indicator.pk}"] = value
            self.fields[f"note_{indicator.pk}"] = forms.CharField(
                label=_("Note"), required=False
            )
        self.order_fields([*self.fields.keys() - {"evidence"}, "evidence"])

    def blocks(self) -> list[dict]:
        """Per measure its fields and its indicators' fields, for the template."""
        by_node: dict[int, list] = {}
        for indicator in self.indicators:
            by_node.setdefault(indicator.node_id, []).append(
                (self[f"value_{indicator.pk}"], self[f"note_{indicator.pk}"])
            )
        return [
            {
                "node": node,
                "fields": [
                    self[f"{name}_{node.pk}"]
                    for name in ("status", "achievements", "problems")
                ],
                "indicators": by_node.get(node.pk, []),
            }
            for node in self.measures
        ]

    def entries(self) -> dict[int, dict]:
        data = self.cleaned_data
        return {
            node.pk: {
                name: data[f"{name}_{node.pk}"]
                for name in ("status", "achievements", "problems")
            }
            for node in self.measures
        }

    def values(self) -> dict[int, tuple]:
        data = self.cleaned_data
        return {
            ind.pk: (data[f"value_{ind.pk}"], data[f"note_{ind.pk}"])
            for ind in self.indicators
        }


class ReviewForm(forms.Form):
    """The office's decision: accept, or return with what to change."""

    comment = forms.CharField(
        label=_("Comment to the institution"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

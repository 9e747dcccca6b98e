"""The session form's participants as one compact table a trainer types into.

Wagtail's inline panel drew every row as a panel of its own (about 19 KB of
markup) with a 143-option institution and a 55-option profession list in each:
a 50-person session was 1.9 MB of HTML and 13 s to open. Here a row is a line of
plain inputs: the person's name (matched to the trainer's known people by
folded name), gender, and profession and institution typed with one shared
<datalist> each (the browser suggests as you type; no script needed), resolved
on the server by code, name in any language, alias or the suggestion shown.
"""

from django import forms
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import Panel

from .admin_forms import AttendanceForm
from .models import Agency, Profession
from .reference_text import ReferenceChoices, agency_text_field, profession_text_field

ROW_FIELDS = ["trainee", "gender", "profession", "agency", "count"]
# Each input is named by its column's heading (ids of the table's <th>s), short
# because they repeat on every line: screen readers read "Name", not nothing.
HEADINGS = {
    "full_name": "a-n",
    "gender": "a-g",
    "profession": "a-p",
    "agency": "a-i",
    "count": "a-c",
    DELETION_FIELD_NAME: "a-r",
}
# Blank lines under the people already there: typed without any script.
BLANK_ROWS = 5


class AttendanceRowForm(AttendanceForm):
    """One line of the table: a typed person, or a head-count (no name)."""

    full_name = forms.CharField(label=_("Name"), required=False, max_length=200)
    profession = profession_text_field(required=False, label=_("Profession"))
    agency = agency_text_field(required=False, label=_("Institution"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trainee"].widget = forms.HiddenInput()
        trainee = self.instance.trainee if self.instance.trainee_id else None
        if trainee is not None:
            self.initial.setdefault("full_name", trainee.full_name)

    def clean(self):
        from .services.attendance_rows import attendance_row_person

        cleaned = super().clean()
        if self.errors or not self.has_changed():
            return cleaned
        cleaned["trainee"] = attendance_row_person(
            form=self, typed=cleaned.get("full_name", ""), user=self.for_user
        )
        return cleaned

    def save(self, commit=True):
        person = self.cleaned_data.get("trainee")
        if person is not None and person.pk is None:  # a new person, typed in
            person.save()
        self.instance.trainee = person
        return super().save(commit)


class AttendanceRowFormSet(BaseChildFormSet):
    """The rows share each reference list, loaded once (not once per row)."""

    def __init__(self, data=None, files=None, instance=None, queryset=None, **kwargs):
        if queryset is None and instance is not None and instance.pk:
            # Each line shows its person's name: fetched with the rows.
            queryset = instance.participations.select_related("trainee")
        super().__init__(data, files, instance=instance, queryset=queryset, **kwargs)
        # The table's headers name the inputs; ids were a quarter of each line.
        self.auto_id = False
        self.professions = ReferenceChoices(Profession)
        self.agencies = ReferenceChoices(Agency)
        for row in self.forms:
            row.fields["profession"].choices_index = self.professions
            row.fields["agency"].choices_index = self.agencies
            row.fields[DELETION_FIELD_NAME].label = _("Remove")
            for name, heading in HEADINGS.items():
                row.fields[name].widget.attrs["aria-labelledby"] = heading


class AttendanceTablePanel(Panel):
    """The session form's attendance rows as AttendanceRowForms in one table."""

    def __init__(self, relation_name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.relation_name = relation_name

    def clone_kwargs(self):
        return super().clone_kwargs() | {"relation_name": self.relation_name}

    def get_form_options(self):
        return {
            "formsets": {
                self.relation_name: {
                    "fields": ROW_FIELDS,
                    "form": AttendanceRowForm,
                    "formset": AttendanceRowFormSet,
                    "inherit_kwargs": ["for_user"],
                    "extra": BLANK_ROWS,
                }
            }
        }

    class BoundPanel(Panel.BoundPanel):
        template_name = "trainings/admin/attendance_table.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is None:
                return
            self.formset = self.form.formsets[self.panel.relation_name]

        def get_context_data(self, parent_context=None):
            return super().get_context_data(parent_context) | {
                "formset": self.formset,
                "professions": self.formset.professions.options(),
                "agencies": self.formset.agencies.options(),
            }

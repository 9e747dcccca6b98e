"""Reference lists typed as text: one shared <datalist> per page instead of a
143-option <select> per field (trainings.attendance_table), read back on the
server by code, name in any language, alias or the suggestion shown."""

from django import forms
from django.utils.translation import gettext_lazy as _

# The ids of the page's two shared lists (templates/trainings/admin/attendance_table.html).
AGENCY_LIST = "attendance-agencies"
PROFESSION_LIST = "attendance-professions"


class ReferenceChoices:
    """One reference list, loaded once per page: what each row shows for a
    choice, and which choice a typed text names."""

    def __init__(self, model):
        self.shown: dict[int, str] = {}
        self.ids: dict[str, int] = {}
        for row in model.objects.all():
            self.shown[row.pk] = str(row)
            names = [getattr(row, f) for f in _name_columns(model)]
            aliases = getattr(row, "aliases", "").split(";")
            for text in [str(row), row.code, *names, *aliases]:
                if text and text.strip():
                    self.ids.setdefault(text.strip().casefold(), row.pk)

    def options(self) -> list[str]:
        return sorted(self.shown.values())


def _name_columns(model) -> list[str]:
    base = model.translated_fields[0]
    return [f.name for f in model._meta.fields if f.name.startswith(base)]


class ReferenceText(forms.ModelChoiceField):
    """A profession or institution typed as text, suggested from a shared list."""

    def __init__(self, model, *, list_id: str, unknown, **kwargs):
        super().__init__(
            model.objects.all(),
            widget=forms.TextInput(attrs={"list": list_id, "autocomplete": "off"}),
            **kwargs,
        )
        self.model, self.unknown = model, unknown
        self.choices_index = None  # shared by all rows of a page (the panel)

    @property
    def index(self) -> ReferenceChoices:
        if self.choices_index is None:
            self.choices_index = ReferenceChoices(self.model)
        return self.choices_index

    def prepare_value(self, value):
        if isinstance(value, self.model):
            value = value.pk
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            return self.index.shown.get(int(value), value)
        return value

    def to_python(self, value):
        text = (value or "").strip()
        if not text:
            return None
        pk = self.index.ids.get(text.casefold())
        if pk is None:
            raise forms.ValidationError(self.unknown, params={"value": text})
        return self.model(pk=pk)

    def has_changed(self, initial, data):
        return str(self.prepare_value(initial) or "") != (data or "").strip()


def agency_text_field(**kwargs) -> ReferenceText:
    from .models import Agency

    return ReferenceText(
        Agency,
        list_id=AGENCY_LIST,
        unknown=_("No institution is called '%(value)s'. Pick one from the list."),
        **kwargs,
    )


def profession_text_field(**kwargs) -> ReferenceText:
    from .models import Profession

    return ReferenceText(
        Profession,
        list_id=PROFESSION_LIST,
        unknown=_("No profession is called '%(value)s'. Pick one from the list."),
        **kwargs,
    )

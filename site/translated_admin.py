"""Admin helpers for translated rows: the three names side by side, labels in listings."""

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .translated import other_languages


def translation_columns(field: str) -> list[str]:
    """`field`'s translation columns: name_en, name_sr."""
    return [f"{field}_{language}" for language in other_languages()]


def translation_row(field: str) -> FieldRowPanel:
    """The base field and its translations side by side in an admin form."""
    return FieldRowPanel([FieldPanel(f) for f in (field, *translation_columns(field))])


def label_column(model) -> Column:
    """A listing column showing the row's label in the reader's language."""
    field = model.translated_fields[0]
    return Column(
        "label",
        label=model._meta.get_field(field).verbose_name,
        accessor="label",
        sort_key=field,
    )


class VocabularyViewSet(ModelViewSet):
    """A vocabulary's rows (`translated.Vocabulary`): three names side by side,
    listed in the reader's language."""

    panels = [FieldPanel("code"), translation_row("name")]
    icon = "tag"
    search_fields = ["code", "name", *translation_columns("name")]

    @property
    def list_display(self):
        return [label_column(self.model), "code"]

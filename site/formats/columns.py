"""Admin listing columns that write counts as the user's language does ("50 000")."""

from wagtail.admin.ui.tables import Column

from . import number_text


class NumberColumn(Column):
    """A model's count field, grouped by thousands (Wagtail leaves them ungrouped)."""

    def __init__(self, name: str, *, model=None, **kwargs):
        if model is not None:  # a model field: its own label, sortable
            kwargs.setdefault("label", model._meta.get_field(name).verbose_name)
            kwargs.setdefault("sort_key", name)
        super().__init__(name, **kwargs)

    def get_value(self, instance):
        return number_text(super().get_value(instance))

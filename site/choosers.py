"""Chooser modals whose every view asks the model's permission policy which rows to show.

Wagtail's generic chooser views read `model.objects`: choose and results can be
narrowed (`get_object_list`), but chosen and chosen-multiple answer any id, so a
narrowed listing alone still hands out every row to whoever types ids. Here all five
views (choose, results, chosen, chosen-multiple, create) read one queryset, the
policy's rows for the "choose" action, and refuse a user who may not choose at all.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from wagtail.admin.views.generic import chooser as generic
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser

from .permissions import CHOOSE, may, rows_for


def pks_clean(model, values) -> list:
    """The values that can be `model`'s primary key; the others ("abc", NUL, a number
    beyond the column's range) match no row, rather than failing in the database."""
    field, pks = model._meta.pk, []
    for value in values:
        try:
            pk = field.to_python(value)
            field.run_validators(pk)
        except ValidationError:
            continue
        pks.append(pk)
    return pks


class PolicyRowsMixin:
    """Refuse users the policy does not let choose; read rows only from the policy."""

    def dispatch(self, request, *args, **kwargs):
        if not may(request.user, CHOOSE, self.model_class):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def choosable(self) -> QuerySet:
        return rows_for(self.request.user, CHOOSE, self.model_class)


class PolicyChooseView(PolicyRowsMixin, generic.ChooseView):
    def get_object_list(self):
        return self.choosable()


class PolicyChooseResultsView(PolicyRowsMixin, generic.ChooseResultsView):
    def get_object_list(self):
        return self.choosable()


# Ids that cannot be keys never reach these: every chooser's `get` sifts them
# first (upstream_fixes._chooser_ids_clean).
class PolicyChosenView(PolicyRowsMixin, generic.ChosenView):
    def get_object(self, pk):
        return self.choosable().get(pk=pk)


class PolicyChosenMultipleView(PolicyRowsMixin, generic.ChosenMultipleView):
    def get_objects(self, pks):
        return self.choosable().filter(pk__in=pks)


class PolicyChooserCreateView(PolicyRowsMixin, generic.CreateView):
    """Also needs the "add" permission (Wagtail's own check, `can_create`)."""


class PolicyChooserWidget(BaseChooser):
    """Shows a chosen id only if its form field accepts it: a refused id re-displayed
    with the form's error shows an empty choice, never the row's name.

    The field's queryset reaches the widget as `choices` (ModelChoiceField sets it).
    """

    def get_instance(self, value):
        if value is None or isinstance(value, self.model_class):
            return super().get_instance(value)
        choices = getattr(self, "choices", None)
        rows = getattr(choices, "queryset", self.model_class.objects.all())
        return rows.filter(pk__in=pks_clean(self.model_class, [value])).first()


class PolicyChooserViewSet(ChooserViewSet):
    """A chooser that shows, and hands back, only rows the user may choose."""

    base_widget_class = PolicyChooserWidget

    choose_view_class = PolicyChooseView
    choose_results_view_class = PolicyChooseResultsView
    chosen_view_class = PolicyChosenView
    chosen_multiple_view_class = PolicyChosenMultipleView
    create_view_class = PolicyChooserCreateView

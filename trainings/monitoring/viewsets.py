"""The office's admin screen for implementation status (monitoring officers, office)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import NodeStatus, PlanNode, ReportingSchedule


class MeasureChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, node):
        return f"{node.plan.code} · {node.code} {node.label[:90]}"


class NodeStatusForm(WagtailAdminModelForm):
    """Statuses are set on measures (the plan's leaves): the roll-up counts those."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        measures = PlanNode.objects.filter(children__isnull=True).select_related("plan")
        self.fields["node"] = MeasureChoiceField(
            measures.order_by("plan__code", "position"),
            label=NodeStatus._meta.get_field("node").verbose_name,
        )

    def clean(self):
        data = super().clean()
        self.instance.period = data.get("period", "")
        try:
            self.instance.period_dates_set()
        except ValueError as error:
            self.add_error("period", str(error))
        else:
            data["period"] = self.instance.period  # "2022-h2" → "2022-H2"
        return data


class SetByMixin:
    """Who set the status last, next to when (`set_at`)."""

    def save_instance(self):
        self.form.instance.set_by = self.request.user
        return super().save_instance()


class NodeStatusCreateView(SetByMixin, generic.CreateView):
    pass


class NodeStatusEditView(SetByMixin, generic.EditView):
    pass


class NodeStatusViewSet(ModelViewSet):
    model = NodeStatus
    icon = "tasks"
    menu_label = _("Implementation status")
    menu_order = 303
    add_to_admin_menu = True
    add_view_class = NodeStatusCreateView
    edit_view_class = NodeStatusEditView
    list_display = ["node", "period", "status", "set_by", "set_at"]
    list_filter = ["node__plan", "status", "period"]
    search_fields = ["node__code", "achievements", "problems"]
    edit_handler = ObjectList(
        [
            FieldPanel("node"),
            FieldRowPanel([FieldPanel("period"), FieldPanel("status")]),
            FieldPanel("achievements"),
            FieldPanel("problems"),
        ],
        base_form_class=NodeStatusForm,
    )


node_status_viewset = NodeStatusViewSet(
    "implementation_status", url_prefix="trainings/implementation-status"
)


class ReportingScheduleViewSet(ModelViewSet):
    """Per plan: half-years or quarters, days to report, when to remind (the
    office); a plan without a row follows its country (monitoring/schedule.py)."""

    model = ReportingSchedule
    icon = "date"
    menu_label = _("Reporting deadlines")
    menu_order = 305
    add_to_admin_menu = True
    list_display = ["plan", "cadence", "deadline_days", "reminder_days"]
    form_fields = ["plan", "cadence", "deadline_days", "reminder_days"]


reporting_schedule_viewset = ReportingScheduleViewSet(
    "reporting_schedule", url_prefix="trainings/reporting-schedule"
)

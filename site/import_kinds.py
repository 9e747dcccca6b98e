"""Every kind of file Fener imports: its Resource and how the screens name it.

One table for the `import_reference` command, the admin import screens and their
templates and exports. Resources are named by path and loaded when used, since
they live in the apps (`<app>/resources.py`) that import this package.
"""

from dataclasses import dataclass

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from .permissions import may


@dataclass(frozen=True)
class ImportKind:
    resource_path: str
    label: str

    @property
    def resource_class(self):
        return import_string(self.resource_path)

    def resource(self):
        return self.resource_class()

    @property
    def model(self):
        return self.resource_class._meta.model

    def allowed(self, user) -> bool:
        """Importing adds and changes rows: both permissions, asked of the policy."""
        return may(user, "add", self.model) and may(user, "change", self.model)


REFERENCE_KINDS: dict[str, ImportKind] = {
    "agencies": ImportKind("trainings.resources.AgencyResource", _("Institutions")),
    "professions": ImportKind(
        "trainings.resources.ProfessionResource", _("Professions")
    ),
    "regions": ImportKind("trainings.resources.RegionResource", _("Regions")),
    "modules": ImportKind("trainings.resources.ModuleResource", _("Modules")),
    "event_types": ImportKind(
        "trainings.resources.EventTypeResource", _("Event types")
    ),
    "sops": ImportKind("trainings.resources.SOPResource", _("SOPs")),
    "target_groups": ImportKind(
        "campaigns.resources.TargetGroupResource", _("Target groups")
    ),
    "channels": ImportKind("campaigns.resources.ChannelResource", _("Channels")),
    "activity_kinds": ImportKind(
        "campaigns.resources.ActivityKindResource", _("Activity kinds")
    ),
    "media_outlets": ImportKind(
        "campaigns.resources.MediaOutletResource", _("Media outlets")
    ),
}
# Records (not lists): their own commands (`import_activities`...), same screens.
RECORD_KINDS: dict[str, ImportKind] = {
    "activities": ImportKind(
        "campaigns.resources.ActivityResource", _("Campaign activities")
    ),
    "print_runs": ImportKind("materials.resources.PrintRunResource", _("Print runs")),
    "distributions": ImportKind(
        "materials.resources.DistributionResource", _("Distributions")
    ),
    # Trainers too: into their own sessions only (trainings.imports.owners).
    "sessions": ImportKind(
        "trainings.resources.SessionResource", _("Training sessions")
    ),
    "participants": ImportKind(
        "trainings.resources.ParticipantResource", _("Participants (attendance)")
    ),
    "training_plan": ImportKind(
        "trainings.resources.PlannedTrainingResource", _("Training plan")
    ),
}
IMPORT_KINDS = REFERENCE_KINDS | RECORD_KINDS


def import_kinds_for(user) -> dict[str, ImportKind]:
    """The kinds `user` may import, in the table's order."""
    return {key: kind for key, kind in IMPORT_KINDS.items() if kind.allowed(user)}

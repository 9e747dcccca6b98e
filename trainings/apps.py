from django.apps import AppConfig


class TrainingsConfig(AppConfig):
    """Capacity building: reference data, action plans, sessions and participation."""

    name = "trainings"
    verbose_name = "Trainings and plans"

    def ready(self):
        # Before anything asks Wagtail's registry, or it makes a fallback policy.
        from .permissions import register_policies

        register_policies()

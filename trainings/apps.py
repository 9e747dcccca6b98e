from django.apps import AppConfig


class TrainingsConfig(AppConfig):
    """Capacity building: reference data, action plans, sessions and participation."""

    name = "trainings"
    verbose_name = "Trainings and plans"

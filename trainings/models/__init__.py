"""Trainings models, one module per concern, re-exported here for Django."""

from .plans import Indicator, IndicatorTarget, ManualValue, Plan, PlanNode
from .reference import SOP, Agency, Module, Profession, Region
from .sessions import Participation, Trainee, TrainingSession

__all__ = [
    "SOP",
    "Agency",
    "Indicator",
    "IndicatorTarget",
    "ManualValue",
    "Module",
    "Participation",
    "Plan",
    "PlanNode",
    "Profession",
    "Region",
    "Trainee",
    "TrainingSession",
]

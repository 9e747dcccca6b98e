"""Trainings models, one module per concern, re-exported here for Django."""

from .plans import (
    Indicator,
    IndicatorTarget,
    ManualValue,
    Plan,
    PlanNode,
    ReportJob,
)
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
    "ReportJob",
    "Trainee",
    "TrainingSession",
]
